/**
 * rules/exercises.yaml is validated and cross-checked like the rest of the catalogue: a broken file gets errors at
 * the position of what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { edited, repoFiles, withFile } from '../helpers/catalog.ts';

const FILE = 'rules/exercises.yaml';

/** The 1-based line and column of the first occurrence of `needle` in `source` (after `after`, if given). */
function positionOf(source: string, needle: string, after = '') {
	const start = after ? source.indexOf(after) : 0;
	const index = source.indexOf(needle, start);
	const before = source.slice(0, index).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

function errors(path: string, broken: string) {
	return loadCatalog(withFile(path, broken))
		.problems.filter((problem) => problem.severity === 'error')
		.map(({ file, line, column, keyword, message }) => ({ file, line, column, keyword, message }));
}

describe('rules/exercises.yaml', () => {
	it('validates, and the catalogue carries its exercises, outlines and speaker notes', () => {
		const { catalog, problems } = loadCatalog(repoFiles);
		expect(problems.filter((problem) => problem.file === FILE)).toEqual([]);
		expect(catalog?.exercises.length).toBeGreaterThanOrEqual(10);
		expect(catalog?.outlines.map((outline) => outline.id)).toEqual([
			'20-minuter',
			'40-minuter',
			'60-minuter'
		]);
		expect(catalog?.slideNotes.whatIf.sv.length).toBeGreaterThan(0);
	});

	it('is required, like the other rules files', () => {
		expect(
			loadCatalog(withFile(FILE, null)).problems.map(({ file, keyword }) => ({ file, keyword }))
		).toContainEqual({ file: FILE, keyword: 'missing-file' });
	});

	const cases: {
		name: string;
		find: string;
		replace: string;
		at: string;
		after?: string;
		keyword: string;
		message?: RegExp;
	}[] = [
		{
			name: 'an outline that refers to an unknown exercise',
			find: 'ref: plats-kalmar, minutes: 3 }',
			replace: 'ref: plats-kalmr, minutes: 3 }',
			at: 'plats-kalmr',
			keyword: 'unknown-exercise',
			message: /did you mean "plats-kalmar"/
		},
		{
			name: 'a what-if on an unknown case',
			find: '{ slide: whatIf, ref: kalmar, minutes: 5 }',
			replace: '{ slide: whatIf, ref: kalmer, minutes: 5 }',
			at: 'kalmer',
			keyword: 'unknown-case'
		},
		{
			name: 'an exercise that names an unknown method',
			find: 'methods: [informationsmote]',
			replace: 'methods: [informationsmöte]',
			at: 'informationsmöte',
			after: 'methods: [',
			keyword: 'pattern'
		},
		{
			name: 'an exercise that names a method the catalogue lacks',
			find: 'methods: [informationsmote]',
			replace: 'methods: [informationsmotet]',
			at: 'informationsmotet',
			keyword: 'unknown-method'
		},
		{
			name: 'an answer that is not a step on the ladder',
			find: '    level: medbestammande\n    explanation:',
			replace: '    level: medbestamande\n    explanation:',
			at: 'medbestamande',
			keyword: 'enum',
			message: /did you mean "medbestammande"/
		},
		{
			name: 'an unknown kind of exercise',
			find: 'kind: placement',
			replace: 'kind: placing',
			at: 'placing',
			keyword: 'enum'
		},
		{
			name: 'an outline whose minutes do not add up',
			find: '    minutes: 20\n',
			replace: '    minutes: 25\n',
			at: '25',
			after: 'id: 20-minuter',
			keyword: 'outline-minutes',
			message: /add up to 20 minutes, not 25/
		},
		{
			name: 'a slide that takes no reference',
			find: '{ slide: closing, minutes: 2 }',
			replace: '{ slide: closing, ref: kalmar, minutes: 2 }',
			at: 'kalmar, minutes: 2 }',
			keyword: 'unexpected-ref'
		}
	];
	for (const { name, find, replace, at, after, keyword, message } of cases) {
		it(`reports ${name} at its position`, () => {
			const broken = edited(FILE, find, replace);
			const found = errors(FILE, broken);
			expect(found.map(({ keyword: k }) => k)).toEqual([keyword]);
			expect(found[0]).toMatchObject({
				file: FILE,
				...positionOf(broken, at, after)
			});
			if (message) expect(found[0]!.message).toMatch(message);
		});
	}

	it('reports an exercise of a kind without the answer it needs, at the exercise', () => {
		const broken = edited(
			FILE,
			/ {4}level: information\n {4}explanation:\n {6}sv: >-\n {8}Information\. Mölndals/,
			'    explanation:\n      sv: >-\n        Information. Mölndals'
		);
		const found = errors(FILE, broken);
		expect(found.map(({ keyword }) => keyword)).toEqual(['required']);
		expect(found[0]).toMatchObject(positionOf(broken, 'id: plats-molndal'));
		expect(found[0]!.message).toMatch(/level/);
	});

	it('reports a promise exercise on an open question', () => {
		const broken = edited(FILE, '      open: nej\n', '      open: ja\n');
		expect(errors(FILE, broken).map(({ keyword }) => keyword)).toEqual(['promise-open']);
	});
});

describe('the trainer’s material in rules/ladder.yaml', () => {
	it('reports a typical method that does not serve its step', () => {
		const broken = edited(
			'rules/ladder.yaml',
			'methods: [informationsmote, webbinformation, brev-till-hushall]',
			'methods: [informationsmote, enkat, brev-till-hushall]'
		);
		const found = errors('rules/ladder.yaml', broken);
		expect(found.map(({ keyword }) => keyword)).toEqual(['method-level']);
		expect(found[0]).toMatchObject(positionOf(broken, 'enkat'));
	});

	it('reports an example that is not a case', () => {
		const broken = edited('rules/ladder.yaml', 'case: molndal', 'case: molndahl');
		expect(errors('rules/ladder.yaml', broken).map(({ keyword }) => keyword)).toEqual([
			'unknown-case'
		]);
	});
});
