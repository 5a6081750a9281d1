import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	generateTypes,
	generatedTypesPath,
	generatedValidatorsPath
} from '../../src/cli/generateTypes.ts';
import { checkCatalogJson } from '../../src/lib/catalog/checkCatalogJson.ts';
import { decodeUtf8 } from '../../src/lib/catalog/decode.ts';
import { LIMITS } from '../../src/lib/catalog/limits.ts';
import { fileValidatorsSource } from '../../src/lib/catalog/compileSchemas.ts';
import { loadCatalog, type CatalogFile } from '../../src/lib/catalog/load.ts';
import { schemaHash } from '../../src/lib/catalog/schemas.ts';
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

describe('the loader past its limits, on arbitrary input', () => {
	const method = repoFiles.find((file) => file.path === 'methods/enkat.yaml')!.text;
	const errorsIn = (path: string, files: CatalogFile[]) =>
		loadCatalog(files).problems.filter(
			(problem) => problem.file === path && problem.severity === 'error'
		);

	it('reads any bytes without throwing: UTF-8 as text, anything else as a positioned encoding error', () => {
		const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const decoded = decodeUtf8(bytes);
				let valid = true;
				try {
					strict.decode(bytes);
				} catch {
					valid = false;
				}
				expect('text' in decoded).toBe(valid);
				const file: CatalogFile =
					'text' in decoded
						? { path: 'methods/enkat.yaml', text: decoded.text }
						: { path: 'methods/enkat.yaml', unreadable: decoded.problem };
				const errors = errorsIn('methods/enkat.yaml', [file]);
				expect(errors.length).toBeGreaterThan(0);
				const lines = bytes.filter((byte) => byte === 0x0a).length + 1;
				for (const error of errors) {
					expect(error.line).toBeGreaterThanOrEqual(1);
					expect(error.line).toBeLessThanOrEqual(lines);
					expect(error.column).toBeGreaterThanOrEqual(1);
				}
			}),
			{ numRuns: runs(300) }
		);
	});

	it('refuses any text past the size limit at 1:1 without parsing it', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', minLength: 1, maxLength: 50 }),
				fc.integer({ min: 1, max: 4096 }),
				(piece, over) => {
					const repeats = Math.ceil((LIMITS.fileBytes + over) / piece.length);
					const errors = errorsIn('methods/enkat.yaml', [
						{ path: 'methods/enkat.yaml', text: piece.repeat(repeats) }
					]);
					expect(errors).toMatchObject([{ line: 1, column: 1, keyword: 'file-size' }]);
				}
			),
			{ numRuns: runs(30) }
		);
	});

	it('refuses any text past the length limit where it stands, whatever field holds it', () => {
		const lines = method.split('\n');
		// Lines that hold one plain text: `  sv: …` or `    en: …`.
		const textLines = lines
			.map((line, index) => ({ line, index }))
			.filter(({ line }) => /^\s+(sv|en): [^>|'"\s][^'"#]*$/.test(line));
		fc.assert(
			fc.property(
				fc.constantFrom(...textLines),
				fc.integer({ min: 1, max: 2000 }),
				fc.constantFrom('a', 'ä', '€', '😀'),
				({ line, index }, over, char) => {
					const long = char.repeat(Math.ceil((LIMITS.textLength + over) / char.length));
					const edited = line.replace(/: .*$/, `: ${long}`);
					const text = [...lines.slice(0, index), edited, ...lines.slice(index + 1)].join('\n');
					const errors = errorsIn('methods/enkat.yaml', [{ path: 'methods/enkat.yaml', text }]);
					expect(errors).toMatchObject([
						{ line: index + 1, column: line.indexOf(':') + 3, keyword: 'text-length' }
					]);
				}
			),
			{ numRuns: runs(40) }
		);
	});

	it('never throws on anchors and aliases, wherever they point', () => {
		const names = fc.constantFrom('a', 'b', 'Improvement');
		const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
			node: fc.oneof(
				{ depthSize: 'small' },
				fc.constantFrom('x', '1', 'ja'),
				names.map((name) => `*${name}`),
				fc.tuple(names, tie('node')).map(([name, inner]) => `&${name} ${inner}`),
				fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
				fc
					.array(fc.tuple(fc.constantFrom('k', 'l', 'm'), tie('node')), { maxLength: 3 })
					.map((pairs) => `{${pairs.map(([key, value]) => `${key}: ${value}`).join(', ')}}`)
			)
		})).node;
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom('p', 'q', 'r', 's'), node), { maxLength: 5 }),
				(pairs) => {
					const text = pairs.map(([key, value]) => `${key}: ${value}`).join('\n');
					const { problems } = loadCatalog([{ path: 'methods/enkat.yaml', text }]);
					for (const problem of problems) {
						expect(problem.line).toBeGreaterThanOrEqual(1);
						expect(problem.column).toBeGreaterThanOrEqual(1);
					}
				}
			),
			{ numRuns: runs(300) }
		);
	});
});

describe("the browser's check on arbitrary JSON", () => {
	const validate = Object.assign(() => false, {
		errors: [
			{ keyword: 'type', instancePath: '', schemaPath: '#/type', params: { type: 'object' } }
		]
	});

	it('never throws, and refuses anything past the limits before the schema sees it', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
				const checked = checkCatalogJson(json, validate);
				expect(checked.catalog).toBeNull();
				expect(checked.problems.length).toBeGreaterThan(0);
			}),
			{ numRuns: runs(200) }
		);
	});

	it('refuses a text past the length limit and more methods than the limit, by name', () => {
		const never = Object.assign(() => {
			throw new Error('the schema must not run on input past the limits');
		}, {});
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(50), (over, index) => {
				const long = { methods: [{ id: 'x', name: { sv: 'x'.repeat(LIMITS.textLength + over) } }] };
				expect(checkCatalogJson(long, never).problems).toEqual([
					`methods[0].name.sv is ${LIMITS.textLength + over} characters long; a text may have at most ${LIMITS.textLength}`
				]);
				const many = { methods: Array.from({ length: LIMITS.methods + 1 + index }, () => ({})) };
				expect(checkCatalogJson(many, never).problems).toEqual([
					`the catalogue has more than ${LIMITS.methods} methods; at most ${LIMITS.methods} are allowed`
				]);
			}),
			{ numRuns: runs(20) }
		);
	});
});
