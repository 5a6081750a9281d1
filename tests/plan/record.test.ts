/**
 * The decision record and the full plan, in every format: the document model, Markdown that shows exactly what was
 * typed, and a Word file read back with an independent reader (mammoth) and unzipped for its language.
 */
import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROWS } from '../../src/lib/answers/registry.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { recordDocxBuffer } from '../../src/lib/plan/docx.ts';
import { EMPTY_PLAN, type PlanFields } from '../../src/lib/plan/plan.ts';
import {
	decisionRecord,
	escapeMarkdown,
	fullPlan,
	toMarkdown,
	type RecordInput
} from '../../src/lib/plan/record.ts';
import { EMPTY_DRAFT, toAnswers, type Draft } from '../../src/lib/wizard/draft.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();
const draft: Draft = {
	...EMPTY_DRAFT,
	title: 'Ny detaljplan för bostäder vid Stadsparken',
	purpose: 'Samla synpunkter på hur parken kan bli kvar som mötesplats när bostäderna byggs.',
	open: 'delvis',
	confirmedLevel: false,
	complex: true,
	conflict: true,
	scope: 'politisk',
	level: 'dialog',
	groups: ['boende', 'unga', 'platsens-anvandare'],
	stage: 'forslag',
	pbl: true,
	time: 'manader',
	resources: 'medel',
	continuity: 'engang'
};
const plan: PlanFields = {
	...EMPTY_PLAN,
	text: { committee: 'Samhällsbyggnadsnämnden', caseNumber: 'SBN 2026/123' },
	reach: {}
};
const input = (lang: 'sv' | 'en' = 'sv'): RecordInput => ({
	catalog,
	draft,
	result: recommend(catalog, toAnswers(draft, catalog.questionTypes)!, { lang }),
	plan,
	lang,
	date: '30 november 2026',
	tool: '0.2.0',
	link: 'https://delaktighetskarta.exempel.se/?question-type=samhallsutmaning'
});
const shortLabel = (question: string) =>
	catalog.questions.find((item) => item.id === question)!.short.sv;

describe('the decision record', () => {
	const record = decisionRecord(input());
	const text = JSON.stringify(record.blocks);

	it('names every answer, the case, the mix, the process and the link back', () => {
		for (const row of ROWS) expect(text, row.key).toContain(shortLabel(row.question));
		expect(text).toContain('SBN 2026/123');
		expect(text).toContain('Samhällsbyggnadsnämnden');
		const result = input().result;
		for (const entry of result.mix)
			expect(text).toContain(catalog.methods.find((m) => m.id === entry.id)!.name.sv);
		for (const step of result.process) expect(text).toContain(step.title);
		expect(text).toContain(input().link);
	});

	it('says what was asked for against what can be promised, and why', () => {
		const result = input().result;
		expect(result.effectiveLevel).toBe('konsultation');
		const facts = record.blocks.flatMap((block) => (block.kind === 'facts' ? block.rows : []));
		const promised = facts.find((row) => row.term === 'Det ni kan lova deltagarna')!;
		expect(promised.value).toMatch(/^Konsultation – Frågan är bara delvis öppen/);
	});

	it('keeps the full plan for the full export, with the four tracks', () => {
		const full = JSON.stringify(fullPlan(input()).blocks);
		for (const track of ['Styrning och beslut', 'Dialog', 'Kommunikation', 'Utvärdering'])
			expect(full).toContain(track);
		expect(full.length).toBeGreaterThan(text.length);
	});
});

describe('Markdown', () => {
	it('shows exactly what was typed: no raw HTML, links, headings or reversed text from user text', () => {
		const hostile =
			'<img src=x onerror=alert(1)> <script>x</script> [x](javascript:alert(1)) \n# Rubrik \u202Eevil';
		const escaped = escapeMarkdown(hostile);
		// Every character that could start markup is escaped; line breaks and bidirectional controls are gone.
		expect(escaped).not.toMatch(/(?<!\\)[<[\]()#]|\n|\u202E/);
		expect(escaped).toContain('\\<img');
		const markdown = toMarkdown(
			decisionRecord({ ...input(), draft: { ...draft, title: hostile } })
		);
		expect(markdown).not.toContain('<script>');
		// The typed heading stays inside the title's line, escaped: it starts no heading of its own.
		expect(markdown.split('\n').some((line) => /^#+\s*Rubrik/.test(line))).toBe(false);
		expect(markdown).toContain('\\# Rubrik');
	});
});

describe('Word', () => {
	it('reads back, with an independent reader, every answer and the mix, in a document marked as Swedish', async () => {
		const bytes = await recordDocxBuffer(decisionRecord(input()));
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
		for (const row of ROWS) expect(value, row.key).toContain(shortLabel(row.question));
		for (const entry of input().result.mix)
			expect(value).toContain(catalog.methods.find((m) => m.id === entry.id)!.name.sv);
		const files = unzipSync(bytes);
		expect(strFromU8(files['word/styles.xml']!)).toContain('w:val="sv-SE"');
		expect(strFromU8(files['word/document.xml']!)).toContain('w:tblHeader');
		const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
		expect(html).toMatch(/<h1>Beslutsunderlag/);
		expect(html).toContain('<table>');
		expect(html).toContain('<ul>');
	});

	it('is marked as English in English', async () => {
		const files = unzipSync(await recordDocxBuffer(decisionRecord(input('en'))));
		expect(strFromU8(files['word/styles.xml']!)).toContain('w:val="en-GB"');
	});
});
