/** Reads catalogue files from disk for the CLI, the build and the tests (node only). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogFile } from '../lib/domain/load.ts';
import { repoRoot } from './paths.ts';

export interface CatalogSource {
	files: CatalogFile[];
	/** Where each logical path (`methods/x.yaml`) is on disk, for messages that editors can open. */
	diskPath: (logicalPath: string) => string;
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
	for (const [kind, dir] of [['methods', methodsDir], ['rules', rulesDir]] as const) {
		for (const name of yamlFiles(dir)) {
			const path = `${kind}/${name}`;
			disk.set(path, join(dir, name));
			files.push({ path, text: readFileSync(join(dir, name), 'utf8') });
		}
	}
	return {
		files,
		diskPath: (logicalPath) => {
			const kind = logicalPath.split('/')[0];
			const onDisk = disk.get(logicalPath) ?? join(kind === 'methods' ? methodsDir : rulesDir, logicalPath.split('/').slice(1).join('/'));
			return relative(process.cwd(), onDisk) || onDisk;
		}
	};
}
