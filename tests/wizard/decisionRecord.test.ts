import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { decisionRecordJson, decisionRecordMarkdown } from '../../src/lib/wizard/decisionRecord.ts';
import { EMPTY_DRAFT, toAnswers, type Draft } from '../../src/lib/wizard/draft.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();
const draft: Draft = {
	...EMPTY_DRAFT,
	title: 'Trygghet i Jordbro',
	purpose: 'Samla idéer inför nämndens beslut',
	open: 'ja',
	complex: true,
	conflict: true,
	scope: 'politisk',
	level: 'dialog',
	groups: ['boende', 'svarnadda'],
	stage: 'behov'
};

describe('decision record', () => {
	const result = recommend(catalog, toAnswers(draft, catalog.questionTypes)!, { lang: 'sv' });
	const markdown = decisionRecordMarkdown(catalog, draft, result, 'sv', '24 november 2026');

	it('names the question, the date, the purpose and every answer', () => {
		expect(markdown.split('\n').slice(0, 3)).toEqual([
			'# Beslutsunderlag: val av metod för medborgardialog',
			'',
			'**Trygghet i Jordbro** · 24 november 2026'
		]);
		expect(markdown).toContain('- **Syfte och mål:** Samla idéer inför nämndens beslut');
		expect(markdown).toContain('Komplex samhällsutmaning');
		expect(markdown).toContain('Boende i ett område och Grupper som sällan deltar');
	});

	it('states the promised level, the warnings, each method with its reasons, and the process', () => {
		expect(markdown).toContain('## Det ni kan lova deltagarna: Dialog');
		expect(markdown).toContain(result.warnings[0]!.text);
		const first = result.recommendations[0]!;
		expect(markdown).toContain(
			`1. **${first.name.sv}** (passform ${Math.round(first.score * 100)} %)`
		);
		for (const reason of first.reasons) expect(markdown).toContain(reason.text);
		expect(markdown).toContain('## Föreslagen process');
		expect(markdown).toContain(result.process.at(-1)!.title);
	});

	it('exports the same record as JSON', () => {
		const json = JSON.parse(decisionRecordJson(draft, result, '2026-11-24'));
		expect(json).toMatchObject({
			date: '2026-11-24',
			title: 'Trygghet i Jordbro',
			effectiveLevel: 'dialog'
		});
		expect(json.recommendations.map((method: { id: string }) => method.id)).toEqual(
			result.recommendations.map((method) => method.id)
		);
	});
});
