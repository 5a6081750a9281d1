import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	generateTypes,
	generatedTypesPath,
	generatedValidatorsPath
} from '../../src/cli/generateTypes.ts';
import { fileValidatorsSource, loadCatalog, schemaHash } from '../../src/lib/catalog/load.ts';
import { GROUP_IDS, LEVEL_IDS, STAGE_IDS } from '../../src/lib/catalog/ids.ts';
import { runs } from '../helpers/fuzz.ts';
import { repoCatalog, repoFiles } from '../helpers/catalog.ts';

describe('the repository catalogue', () => {
	it('loads with no errors and no warnings', () => {
		expect(loadCatalog(repoFiles).problems).toEqual([]);
	});

	it('has at least 40 methods, each with sources', () => {
		const { methods } = repoCatalog();
		expect(methods.length).toBeGreaterThanOrEqual(40);
		expect(methods.filter((method) => method.sources.length === 0)).toEqual([]);
	});

	it('covers every ladder step, stage and target group with several methods', () => {
		const { methods } = repoCatalog();
		for (const level of LEVEL_IDS)
			expect(methods.filter((m) => m.levels.includes(level)).length, level).toBeGreaterThanOrEqual(
				4
			);
		for (const stage of STAGE_IDS)
			expect(methods.filter((m) => m.stages.includes(stage)).length, stage).toBeGreaterThanOrEqual(
				8
			);
		for (const group of GROUP_IDS)
			expect(
				methods.filter((m) => m.groups.reaches.includes(group)).length,
				group
			).toBeGreaterThanOrEqual(4);
	});

	it('includes the information channels Swedish municipalities use', () => {
		const ids = repoCatalog().methods.map((method) => method.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'webbinformation',
				'informationsmote',
				'brev-till-hushall',
				'oppet-hus',
				'sociala-medier'
			])
		);
	});

	it('has types generated from the current schemas (run `npm run gen:types` after editing a schema)', async () => {
		expect(await generateTypes()).toEqual(readFileSync(generatedTypesPath, 'utf8'));
	});

	it('has precompiled validators for the current schemas (run `npm run gen:types` after editing a schema)', async () => {
		const generated = readFileSync(generatedValidatorsPath, 'utf8');
		expect(generated).toContain(`export const schemaHash = '${schemaHash()}';`);
		expect(generated).toEqual(fileValidatorsSource());
	});
});

describe('the loader on arbitrary input', () => {
	const method = repoFiles.find((file) => file.path === 'methods/enkat.yaml')!.text;
	const lineCount = (text: string) => text.split('\n').length;

	const assertPositioned = (text: string) => {
		const { catalog, problems } = loadCatalog([{ path: 'methods/enkat.yaml', text }]);
		// Without the rules files the catalogue can never be complete: there is always at least one error.
		expect(catalog).toBeNull();
		expect(problems.some((problem) => problem.severity === 'error')).toBe(true);
		for (const problem of problems) {
			expect(problem.line).toBeGreaterThanOrEqual(1);
			expect(problem.column).toBeGreaterThanOrEqual(1);
			if (problem.file === 'methods/enkat.yaml')
				expect(problem.line).toBeLessThanOrEqual(lineCount(text) + 1);
			expect(problem.message.length).toBeGreaterThan(0);
		}
	};

	it('never throws on any text, and answers with positioned errors', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), assertPositioned), {
			numRuns: runs(200)
		});
	});

	it('never throws on a method file with lines deleted, repeated, indented with tabs or cut short', () => {
		const lines = method.split('\n');
		const mutation = fc.oneof(
			fc.nat(lines.length - 1).map((at) => lines.filter((_, index) => index !== at)),
			fc
				.nat(lines.length - 1)
				.map((at) => [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)]),
			fc
				.nat(lines.length - 1)
				.map((at) => lines.map((line, index) => (index === at ? `\t${line}` : line))),
			fc
				.nat(lines.length - 1)
				.map((at) =>
					lines.map((line, index) =>
						index === at ? line.slice(0, Math.floor(line.length / 2)) : line
					)
				)
		);
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutated) =>
				assertPositioned(mutated.at(-1)!.join('\n'))
			),
			{ numRuns: runs(150) }
		);
	});

	it('reports a problem inside the file for an invalid method on its own', () => {
		const broken = method.replace(/^levels: .*$/m, 'levels: 42');
		const { problems } = loadCatalog([
			...repoFiles.filter((file) => file.path !== 'methods/enkat.yaml'),
			{ path: 'methods/enkat.yaml', text: broken }
		]);
		expect(
			problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file)
		).toEqual(['methods/enkat.yaml']);
	});
});
