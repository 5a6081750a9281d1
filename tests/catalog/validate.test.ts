import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import type { Problem } from '../../src/lib/catalog/problem.ts';
import { edited, withFile } from '../helpers/catalog.ts';

/** A complete, valid method; each case below breaks one line of it. Line numbers are fixed by this text. */
const METHOD_LINES = [
	'# yaml-language-server: $schema=./method.schema.json',
	'id: provmetod',
	'name: { sv: Provmetod, en: Test method }',
	'summary: { sv: En kort rad., en: A short line. }',
	'description: { sv: En längre text., en: A longer text. }',
	'levels: [konsultation, dialog]',
	'questionTypes: [enkel]',
	'stages: [behov]',
	'scopes: [politisk]',
	'groups:',
	'  reaches: [boende]',
	'  misses: []',
	'participants: { min: 5, max: 20 }',
	'continuity: [engang]',
	'duration: { sv: En kväll., en: One evening. }',
	'cost: low',
	'modes: [physical]',
	'facilitation:',
	'  need: low',
	'  text: { sv: En samtalsledare., en: One facilitator. }',
	'strengths:',
	'  - { sv: Enkel., en: Simple. }',
	'weaknesses:',
	'  - { sv: Få deltagare., en: Few participants. }',
	'avoidWhen:',
	'  - { sv: Frågan är stor., en: The question is big. }',
	'traits: [platsbaserad]',
	'sources:',
	'  - { title: Generella tips, publisher: Boverket, url: "https://www.boverket.se/" }',
	'time:',
	'  preparationWeeks: { min: 1, max: 2 }',
	'  activityWeeks: { min: 0.2, max: 0.2 }',
	'  compilationWeeks: { min: 1, max: 1 }',
	'  staffHours: { min: 10, max: 20 }',
	'  basis: assessment'
];
const FILE = 'methods/provmetod.yaml';

function methodWith(line: number, replacement: string | null): string {
	const lines = [...METHOD_LINES];
	if (replacement === null) lines.splice(line - 1, 1);
	else lines[line - 1] = replacement;
	return lines.join('\n') + '\n';
}

function errorsOf(
	files: ReturnType<typeof withFile>
): Pick<Problem, 'file' | 'line' | 'column' | 'keyword'>[] {
	return loadCatalog(files)
		.problems.filter((problem) => problem.severity === 'error')
		.map(({ file, line, column, keyword }) => ({ file, line, column, keyword }));
}

describe('validator', () => {
	it('accepts the valid fixture method alongside the repository catalogue', () => {
		const result = loadCatalog(withFile(FILE, methodWith(1, METHOD_LINES[0]!)));
		expect(result.problems).toEqual([]);
		expect(result.catalog?.methods.some((method) => method.id === 'provmetod')).toBe(true);
	});

	const methodCases: {
		name: string;
		line: number;
		replacement: string | null;
		expected: [number, number, string][];
	}[] = [
		{
			name: 'bad indentation',
			line: 12,
			replacement: '    misses: []',
			expected: [[12, 1, 'BAD_INDENT']]
		},
		{
			name: 'a tab used for indentation',
			line: 19,
			replacement: '\tneed: low',
			expected: [[19, 1, 'TAB_AS_INDENT']]
		},
		{
			name: 'a duplicate key',
			line: 16,
			replacement: 'continuity: [aterkommande]',
			expected: [[16, 1, 'DUPLICATE_KEY']]
		},
		{
			name: 'a list given as a single value (wrong type)',
			line: 6,
			replacement: 'levels: dialog',
			expected: [[6, 9, 'type']]
		},
		{
			name: 'an unknown ladder step',
			line: 6,
			replacement: 'levels: [konsultation, dialogue]',
			expected: [[6, 24, 'enum']]
		},
		{
			name: 'an unknown field',
			line: 4,
			replacement: 'sumary: { sv: En kort rad., en: A short line. }',
			expected: [
				[2, 1, 'required'],
				[4, 1, 'additionalProperties']
			]
		},
		{
			name: 'a missing translation',
			line: 3,
			replacement: 'name: { sv: Provmetod }',
			expected: [[3, 7, 'required']]
		},
		{
			name: 'blank text',
			line: 3,
			replacement: 'name: { sv: Provmetod, en: " " }',
			expected: [[3, 28, 'pattern']]
		},
		{
			name: 'a number where text is expected',
			line: 16,
			replacement: 'cost: 3',
			expected: [[16, 7, 'enum']]
		},
		{
			name: 'an unknown trait',
			line: 27,
			replacement: 'traits: [platsbunden]',
			expected: [[27, 10, 'unknown-trait']]
		},
		{
			name: 'an id that differs from the file name',
			line: 2,
			replacement: 'id: provmetoden',
			expected: [[2, 5, 'id-file-name']]
		},
		{
			name: 'a participant range upside down',
			line: 13,
			replacement: 'participants: { min: 50, max: 20 }',
			expected: [[13, 22, 'participants-range']]
		},
		{ name: 'a list left empty', line: 29, replacement: null, expected: [[28, 9, 'type']] }
	];

	for (const { name, line, replacement, expected } of methodCases) {
		it(`reports ${name} at its position`, () => {
			const errors = errorsOf(withFile(FILE, methodWith(line, replacement)));
			expect(errors).toEqual(
				expected.map(([l, column, keyword]) => ({ file: FILE, line: l, column, keyword }))
			);
		});
	}

	it('suggests the likely id for a typo and lists what is allowed', () => {
		const [problem] = loadCatalog(
			withFile(FILE, methodWith(6, 'levels: [konsultation, dialogue]'))
		).problems;
		expect(problem?.message).toBe(
			'levels[1] must be one of: information, konsultation, dialog, inflytande, medbestammande (got "dialogue") – did you mean "dialog"?'
		);
	});

	it('reports an empty file as a file that must be a map', () => {
		expect(errorsOf(withFile(FILE, ''))).toEqual([
			{ file: FILE, line: 1, column: 1, keyword: 'type' }
		]);
	});

	it('reports a missing rules file', () => {
		expect(errorsOf(withFile('rules/stages.yaml', null))).toEqual([
			{ file: 'rules/stages.yaml', line: 1, column: 1, keyword: 'missing-file' }
		]);
	});

	it('reports a rule that targets an unknown method', () => {
		const text = edited(
			'rules/rules.yaml',
			'target: { methods: [skr-modellen-komplexa-fragor] }',
			'target: { methods: [skr-modellen] }'
		);
		const errors = loadCatalog(withFile('rules/rules.yaml', text)).problems.filter(
			(problem) => problem.severity === 'error'
		);
		const line = text.split('\n').findIndex((row) => row.includes('methods: [skr-modellen] }')) + 1;
		expect(errors.map(({ line: l, column, keyword }) => ({ line: l, column, keyword }))).toEqual([
			{
				line,
				column: text.split('\n')[line - 1]!.indexOf('skr-modellen') + 1,
				keyword: 'unknown-method'
			}
		]);
	});

	it('reports a duplicate rule id', () => {
		const text = edited('rules/rules.yaml', 'id: brukardialog', 'id: politisk-fraga-med-politiker');
		expect(
			loadCatalog(withFile('rules/rules.yaml', text)).problems.map((problem) => problem.keyword)
		).toEqual(['duplicate-id']);
	});

	it('reports a condition value that does not fit its fact', () => {
		const text = edited(
			'rules/rules.yaml',
			'{ fact: level, atLeast: inflytande }',
			'{ fact: level, atLeast: influence }'
		);
		const [problem] = loadCatalog(withFile('rules/rules.yaml', text)).problems;
		expect(problem).toMatchObject({ file: 'rules/rules.yaml', keyword: 'condition-value' });
		expect(problem?.message).toContain(
			'allowed: information, konsultation, dialog, inflytande, medbestammande'
		);
	});

	it('reports a misspelt operator with the operator it probably meant', () => {
		const text = edited(
			'rules/rules.yaml',
			'{ fact: level, atLeast: inflytande }',
			'{ fact: level, atleast: inflytande }'
		);
		const [problem] = loadCatalog(withFile('rules/rules.yaml', text)).problems;
		expect(problem).toMatchObject({ keyword: 'additionalProperties' });
		expect(problem?.message).toContain('did you mean "atLeast"?');
	});

	it('reports scoring weights that do not add up to 1', () => {
		const text = edited('rules/scoring.yaml', 'evidence: 0.1 }', 'evidence: 0.2 }');
		expect(loadCatalog(withFile('rules/scoring.yaml', text)).problems).toMatchObject([
			{ file: 'rules/scoring.yaml', line: 7, column: 10, keyword: 'weights-sum' }
		]);
	});

	it('reports a method that no answer can reach', () => {
		const rules = edited(
			'rules/rules.yaml',
			/^rules:\n/m,
			'rules:\n  - id: aldrig\n    title: { sv: Aldrig, en: Never }\n    basis: test\n    then:\n      adjust:\n        - target: { methods: [provmetod] }\n          by: -1\n          reason: { sv: Aldrig, en: Never }\n'
		);
		const files = withFile(FILE, methodWith(1, METHOD_LINES[0]!)).filter(
			(file) => file.path !== 'rules/rules.yaml'
		);
		const problems = loadCatalog([...files, { path: 'rules/rules.yaml', text: rules }]).problems;
		expect(
			problems.map(({ file, line, column, keyword }) => ({ file, line, column, keyword }))
		).toEqual([{ file: FILE, line: 2, column: 5, keyword: 'unreachable' }]);
	});

	it('warns when the schema comment line is missing', () => {
		const problems = loadCatalog(withFile(FILE, methodWith(1, '# a method'))).problems;
		expect(problems).toMatchObject([
			{ file: FILE, line: 1, column: 1, severity: 'warning', keyword: 'schema-comment' }
		]);
	});
});
