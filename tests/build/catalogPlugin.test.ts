import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_MODULE, catalogPlugin } from '../../src/build/catalogPlugin.ts';
import { repoRoot } from '../../src/cli/paths.ts';

type Hook = (this: unknown, id: string) => unknown;

/** Runs the plugin's resolve and load hooks the way Vite does, with a context that throws on `error`. */
function loadModule(plugin: ReturnType<typeof catalogPlugin>): unknown {
	const context = {
		addWatchFile: () => undefined,
		warn: () => undefined,
		error: (message: string) => {
			throw new Error(message);
		}
	};
	const resolved = (plugin.resolveId as Hook).call(context, CATALOG_MODULE) as string;
	return (plugin.load as Hook).call(context, resolved);
}

describe('the build-time catalogue plugin', () => {
	const dir = mkdtempSync(join(tmpdir(), 'delaktighetskarta-plugin-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('hands the app the validated catalogue as JSON, with no schema code', async () => {
		const code = String(loadModule(catalogPlugin()));
		expect(code.startsWith('export default JSON.parse(')).toBe(true);
		expect(code).not.toContain('ajv');
		// The module evaluates to the same catalogue the loader returns, apostrophes and all.
		const { default: catalog } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
		const expected = (await import('../helpers/catalog.ts')).repoCatalog();
		expect(catalog).toEqual(expected);
	});

	it("fails the build with the validator's positioned messages when the catalogue is broken", () => {
		cpSync(join(repoRoot, 'methods'), join(dir, 'methods'), { recursive: true });
		cpSync(join(repoRoot, 'rules'), join(dir, 'rules'), { recursive: true });
		const file = join(dir, 'rules', 'stages.yaml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('  - id: prioritering', '  - id: prioritising')
		);
		const line =
			readFileSync(file, 'utf8')
				.split('\n')
				.findIndex((row) => row.includes('prioritising')) + 1;
		expect(() =>
			loadModule(catalogPlugin({ methods: join(dir, 'methods'), rules: join(dir, 'rules') }))
		).toThrow(
			new RegExp(
				`stages\\.yaml:${line}:9  error  stages\\[2\\]\\.id must be one of: .*\\(got "prioritising"\\) – did you mean "prioritering"\\?  \\(enum\\)`
			)
		);
	});
});
