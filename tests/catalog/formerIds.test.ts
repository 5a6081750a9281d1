import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import type { CatalogFile } from '../../src/lib/catalog/load.ts';
import { edited, repoFiles } from '../helpers/catalog.ts';

/** The repository's catalogue with some files' texts replaced. */
function withTexts(texts: Record<string, string>): CatalogFile[] {
	return repoFiles.map((file) =>
		file.path in texts ? { ...file, text: texts[file.path]! } : file
	);
}

// `dialogmote` was split into `stormote` and `dialogkvall`; the table-group evening keeps the old id.
describe('a method’s former ids in a municipality’s catalogue', () => {
	it('reads a rule, a condition and a ladder step that name the old id as the method it became, and warns there', () => {
		const { catalog, problems } = loadCatalog(
			withTexts({
				'rules/rules.yaml': edited(
					'rules/rules.yaml',
					'{ recommended: medborgarbudget }',
					'{ recommended: dialogmote }'
				).replace('methods: [aterkopplingsmote]', 'methods: [aterkopplingsmote, dialogmote]'),
				'rules/ladder.yaml': edited(
					'rules/ladder.yaml',
					'methods: [dialogkvall, world-cafe',
					'methods: [dialogmote, world-cafe'
				)
			})
		);
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		const warnings = problems.filter((problem) => problem.keyword === 'former-id');
		expect(warnings.map((warning) => warning.file).sort()).toEqual([
			'rules/ladder.yaml',
			'rules/rules.yaml',
			'rules/rules.yaml'
		]);
		for (const warning of warnings) {
			expect(warning.severity).toBe('warning');
			expect(warning.message).toContain(
				'"dialogmote" is the former id of the method "dialogkvall"'
			);
			expect(warning.line).toBeGreaterThan(1);
		}
		const json = JSON.stringify(catalog!.rules) + JSON.stringify(catalog!.levels);
		expect(json).not.toContain('dialogmote');
		expect(catalog!.levels.find((level) => level.id === 'dialog')!.methods[0]).toBe('dialogkvall');
		expect(json).toContain('{"recommended":"dialogkvall"}');
	});

	it('refuses a former id that a method has now, or that another method claims', () => {
		const taken = loadCatalog(
			withTexts({
				'methods/dialogkvall.yaml': edited(
					'methods/dialogkvall.yaml',
					'formerIds: [dialogmote]',
					'formerIds: [dialogmote, stormote]'
				),
				'methods/world-cafe.yaml': edited(
					'methods/world-cafe.yaml',
					/^id: world-cafe$/m,
					'id: world-cafe\nformerIds: [dialogmote]'
				)
			})
		);
		expect(taken.catalog).toBeNull();
		const refusals = taken.problems.filter((problem) => problem.keyword === 'former-id-taken');
		expect(refusals.map((problem) => problem.message)).toEqual(
			expect.arrayContaining([
				expect.stringContaining(
					'"stormote" cannot be a former id of "dialogkvall": a method has that id now'
				),
				expect.stringMatching(
					/"dialogmote" cannot be a former id of "(world-cafe|dialogkvall)": it is a former id of/
				)
			])
		);
	});

	it('leaves an id that is neither a method nor a former id to the unknown-method check', () => {
		const { problems } = loadCatalog(
			withTexts({
				'rules/rules.yaml': edited(
					'rules/rules.yaml',
					'{ recommended: medborgarbudget }',
					'{ recommended: dialogmotet }'
				)
			})
		);
		expect(problems.map((problem) => problem.keyword)).toContain('unknown-method');
		expect(problems.map((problem) => problem.keyword)).not.toContain('former-id');
	});
});
