import { describe, expect, it } from 'vitest';
import { rankWithJsonRulesEngine } from '../../src/measure/jsonRulesEngine.ts';
import { everyCombination } from '../../src/lib/engine/reach.ts';
import { rank, type Ranking } from '../../src/lib/engine/rank.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();
const summary = (ranking: Ranking) => ({
	effectiveLevel: ranking.effectiveLevel,
	fired: ranking.fired.map((rule) => rule.id),
	recommended: ranking.recommended.map((entry) => [entry.method.id, entry.score])
});

// The benchmark's ratio means something only if json-rules-engine runs the same rules to the same result.
describe('the rules translated for json-rules-engine', () => {
	const viaJsonRulesEngine = rankWithJsonRulesEngine(catalog);
	const extras = [
		{},
		{ pbl: true, scope: 'politisk' as const },
		{ confirmedLevel: true, scope: 'verksamhet' as const, purpose: 'Ett syfte' }
	];

	it('fire exactly as the engine’s own, and rank the same, on every combination', async () => {
		let index = 0;
		for (const answers of everyCombination()) {
			const full = { ...answers, ...extras[index++ % extras.length] };
			expect(summary(await viaJsonRulesEngine(full)), JSON.stringify(full)).toEqual(
				summary(rank(catalog, full))
			);
		}
	});
});
