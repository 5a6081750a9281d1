/** Reads catalogue files from disk for the CLI, the build and the tests (node only). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CatalogFile } from '../lib/catalog/load.ts';
import { repoRoot } from './paths.ts';

export interface CatalogSource {
	files: CatalogFile[];
	/** Where each logical path (`methods/x.yaml`) is on disk, relative to the working directory, for messages. */
	diskPath: (logicalPath: string) => string;
	absolutePath: (logicalPath: string) => string;
}

export interface CatalogDirs {
	methods?: string;
	rules?: string;
}

function yamlFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
		.sort();
}

export function readCatalog(dirs: CatalogDirs = {}): CatalogSource {
	const methodsDir = dirs.methods ?? join(repoRoot, 'methods');
	const rulesDir = dirs.rules ?? join(repoRoot, 'rules');
	const files: CatalogFile[] = [];
	const disk = new Map<string, string>();
	for (const [kind, dir] of [
		['methods', methodsDir],
		['rules', rulesDir]
	] as const) {
		for (const name of yamlFiles(dir)) {
			const path = `${kind}/${name}`;
			disk.set(path, resolve(dir, name));
			files.push({ path, text: readFileSync(join(dir, name), 'utf8') });
		}
	}
	const absolutePath = (logicalPath: string) => {
		const [kind, ...rest] = logicalPath.split('/');
		return (
			disk.get(logicalPath) ?? resolve(kind === 'methods' ? methodsDir : rulesDir, rest.join('/'))
		);
	};
	return {
		files,
		absolutePath,
		diskPath: (logicalPath) =>
			relative(process.cwd(), absolutePath(logicalPath)) || absolutePath(logicalPath)
	};
}
