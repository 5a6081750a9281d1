/** After a schema edit the precompiled validators are out of date: checking says so rather than use old schemas. */
import { describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { repoFiles } from '../helpers/catalog.ts';

vi.mock('../../src/lib/catalog/validators.generated.ts', () => ({ schemaHash: 'stale' }));

describe('validators older than the schemas', () => {
	it('refuse the catalogue with one problem that names the command to run', () => {
		const { catalog, problems } = loadCatalog(repoFiles);
		expect(catalog).toBeNull();
		expect(problems).toMatchObject([
			{ keyword: 'stale-validators', severity: 'error', line: 1, column: 1 }
		]);
		expect(problems[0]!.message).toContain('npm run gen:types');
	});
});
