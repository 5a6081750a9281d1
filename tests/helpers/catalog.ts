import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalog } from '../../src/cli/readCatalog.ts';
import { loadCatalog, type CatalogFile } from '../../src/lib/catalog/load.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';

/** The repository's own catalogue files, as text. */
export const repoFiles = readCatalog().files.map((file) => {
	if ('unreadable' in file) throw new Error(`${file.path}: ${file.unreadable.message}`);
	return file;
});

let cached: Catalog | undefined;

/** The repository's catalogue, loaded through the real validator (fails loudly if it is invalid). */
export function repoCatalog(): Catalog {
	if (cached) return cached;
	const { catalog, problems } = loadCatalog(repoFiles);
	if (!catalog)
		throw new Error(
			`the repository catalogue is invalid:\n${problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n')}`
		);
	cached = catalog;
	return catalog;
}

/** The repository files with one file's text replaced (or added, or removed with `null`). */
export function withFile(path: string, text: string | null): CatalogFile[] {
	const others = repoFiles.filter((file) => file.path !== path);
	return text === null ? others : [...others, { path, text }];
}

/** The text of a repository file, with `find` replaced by `replace` (the find must exist). */
export function edited(path: string, find: string | RegExp, replace: string): string {
	const text = repoFiles.find((file) => file.path === path)?.text;
	if (text === undefined) throw new Error(`no file ${path}`);
	const next = text.replace(find, replace);
	if (next === text) throw new Error(`${String(find)} not found in ${path}`);
	return next;
}

let fixture: Catalog | undefined;

/**
 * The small catalogue the engine's mechanics are tested on (tests/fixtures/catalog): eight methods and one rule of
 * each kind, with the repository's vocabulary, scoring and questions. Its content is chosen to exercise mechanisms,
 * so these tests do not move when the real catalogue is edited.
 */
export function fixtureCatalog(): Catalog {
	if (fixture) return fixture;
	const dirs = { methods: join(fixtureRoot, 'methods'), rules: join(fixtureRoot, 'rules') };
	const own = readCatalog(dirs).files;
	const files = [
		...own,
		...repoFiles.filter(
			(file) => file.path.startsWith('rules/') && !own.some((mine) => mine.path === file.path)
		)
	];
	const { catalog, problems } = loadCatalog(files);
	if (!catalog)
		throw new Error(
			`the fixture catalogue is invalid:\n${problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n')}`
		);
	fixture = catalog;
	return catalog;
}

const fixtureRoot = fileURLToPath(new URL('../fixtures/catalog', import.meta.url));
