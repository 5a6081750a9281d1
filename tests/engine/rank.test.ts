import { describe, expect, it } from 'vitest';
import { everyCombination } from '../../src/lib/catalog/crossCheck.ts';
import { rank } from '../../src/lib/engine/rank.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();
const COST = ['low', 'medium', 'high'];

describe('rank', () => {
	const combinations = [...everyCombination()].filter((_, index) => index % 7 === 0);

	it('lists every method once: those that keep the promise first, then by score, fit, cost and id', () => {
		for (const answers of combinations) {
			const { scored, effectiveLevel } = rank(catalog, answers);
			const keeps = (entry: (typeof scored)[number]) =>
				entry.method.levels.includes(effectiveLevel) ? 1 : 0;
			expect(new Set(scored.map((entry) => entry.method.id)).size).toBe(catalog.methods.length);
			for (let at = 1; at < scored.length; at++) {
				const [a, b] = [scored[at - 1]!, scored[at]!];
				const order =
					keeps(b) - keeps(a) ||
					b.score - a.score ||
					b.base - a.base ||
					COST.indexOf(a.method.cost) - COST.indexOf(b.method.cost) ||
					(a.method.id < b.method.id ? -1 : 1);
				expect(
					order,
					`${a.method.id} before ${b.method.id} for ${JSON.stringify(answers)}`
				).toBeLessThan(0);
			}
		}
	});

	it('recommends the head of that list, the same entries, plus any method a rule requires', () => {
		for (const answers of combinations) {
			const ranking = rank(catalog, answers);
			const chosen = ranking.recommended.filter((entry) => !entry.ensuredBy);
			expect(chosen).toEqual(ranking.scored.slice(0, chosen.length));
			chosen.forEach((entry, at) => expect(entry).toBe(ranking.scored[at]));
			for (const entry of ranking.recommended.filter((entry) => entry.ensuredBy)) {
				expect(chosen.map((other) => other.method.id)).not.toContain(entry.method.id);
			}
		}
	});

	it("explains each score: the rules' changes lead from the fit to the score", () => {
		for (const answers of combinations) {
			for (const entry of rank(catalog, answers).scored) {
				const total = entry.adjustments.reduce((sum, { delta }) => sum + delta, entry.shares.base);
				expect(Math.abs(total - entry.score), entry.method.id).toBeLessThan(
					0.002 * (entry.adjustments.length + 1)
				);
				expect(entry.base).toBe(Math.round(entry.shares.base * 1000) / 1000);
			}
		}
	});
});
