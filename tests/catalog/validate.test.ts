import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/catalog/limits.ts';
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

	it('warns about a plain copy of a method, and does not call it unreachable', () => {
		const copy = edited('methods/enkat.yaml', /^id: enkat$/m, 'id: enkat-kopia');
		const problems = loadCatalog(withFile('methods/enkat-kopia.yaml', copy)).problems;
		expect(problems).toMatchObject([
			{ file: 'methods/enkat-kopia.yaml', severity: 'warning', keyword: 'copy' }
		]);
		expect(problems[0]?.message).toContain('methods/enkat.yaml');
	});

	it('warns when the schema comment line is missing', () => {
		const problems = loadCatalog(withFile(FILE, methodWith(1, '# a method'))).problems;
		expect(problems).toMatchObject([
			{ file: FILE, line: 1, column: 1, severity: 'warning', keyword: 'schema-comment' }
		]);
	});
});

describe('the loader at its limits', () => {
	const valid = methodWith(1, METHOD_LINES[0]!);
	const located = (files: ReturnType<typeof withFile>) =>
		loadCatalog(files).problems.map(({ file, line, column, keyword }) => ({
			file,
			line,
			column,
			keyword
		}));

	const cases: { name: string; text: string; expected: [number, number, string][] }[] = [
		{
			name: 'a byte order mark',
			text: '\uFEFF' + valid,
			expected: [[1, 1, 'byte-order-mark']]
		},
		{
			name: 'an alias with no anchor',
			text: methodWith(3, 'name: { sv: Provmetod, en: *Improvement }'),
			expected: [[3, 28, 'unknown-alias']]
		},
		{
			name: 'an alias inside the value it names',
			text: methodWith(27, 'traits: &own [platsbaserad, *own]'),
			expected: [[27, 29, 'circular-alias']]
		},
		{
			name: 'aliases that expand a billion times',
			text: [
				...METHOD_LINES.slice(0, 27),
				'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
				...'bcdefghi'
					.split('')
					.map(
						(name, index) =>
							`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`
					)
			].join('\n'),
			expected: [[29, 8, 'alias-count']]
		},
		{
			name: 'a text longer than the limit',
			text: methodWith(4, `summary: { sv: ${'å'.repeat(LIMITS.textLength + 1)}, en: Short. }`),
			expected: [[4, 16, 'text-length']]
		},
		{
			name: 'a file larger than the limit (a 30 MB name)',
			text: methodWith(3, `name: { sv: ${'x'.repeat(30 * 1024 * 1024)}, en: Name }`),
			expected: [[1, 1, 'file-size']]
		}
	];

	for (const { name, text, expected } of cases) {
		it(`refuses ${name} with a positioned error`, () => {
			expect(located(withFile(FILE, text)).filter((problem) => problem.file === FILE)).toEqual(
				expected.map(([line, column, keyword]) => ({ file: FILE, line, column, keyword }))
			);
		});
	}

	it('says how large a file is and what the limit is', () => {
		const text = methodWith(3, `name: { sv: ${'x'.repeat(30 * 1024 * 1024)}, en: Name }`);
		const [problem] = loadCatalog(withFile(FILE, text)).problems;
		expect(problem?.message).toBe('the file is 30 MB; a catalogue file may be at most 256 kB');
	});

	it("lists every other file's problems beside an alias bomb", () => {
		const bomb = cases.find((item) => item.name.includes('billion'))!.text;
		const other = edited('methods/enkat.yaml', /^cost: .*$/m, 'cost: free');
		const files = withFile(FILE, bomb).filter((file) => file.path !== 'methods/enkat.yaml');
		expect(
			located([...files, { path: 'methods/enkat.yaml', text: other }]).map(
				(problem) => `${problem.file} ${problem.keyword}`
			)
		).toEqual(['methods/enkat.yaml enum', `${FILE} alias-count`]);
	});

	it('refuses more methods than the limit once, at the first one past it', () => {
		const many = Array.from({ length: LIMITS.methods + 5 }, (_, index) => ({
			path: `methods/m${String(index).padStart(4, '0')}.yaml`,
			text: 'id: x\n'
		}));
		const problems = loadCatalog(many).problems.filter(
			(problem) => problem.keyword === 'method-count'
		);
		expect(problems).toEqual([
			expect.objectContaining({
				file: `methods/m${LIMITS.methods}.yaml`,
				line: 1,
				column: 1,
				message: `the catalogue has more than ${LIMITS.methods} methods; at most ${LIMITS.methods} are allowed`
			})
		]);
	});

	it('reports a file that could not be read where it lies, and does not call it missing', () => {
		const unreadable = {
			keyword: 'encoding',
			message: 'the file is not UTF-8',
			line: 4,
			column: 9
		};
		const files = [
			...withFile('rules/stages.yaml', null),
			{ path: 'rules/stages.yaml', unreadable }
		];
		expect(located(files)).toEqual([
			{ file: 'rules/stages.yaml', line: 4, column: 9, keyword: 'encoding' }
		]);
	});
});
