/**
 * Reads catalogue files from disk for the CLI, the build and the tests (node only). Reads only regular files lying
 * in the folders it is given: a symbolic link (to /proc/self/environ, say), a folder named `x.yaml` or a device is
 * listed as a file that cannot be read, and never opened. A file is read only up to the size limit and must be
 * UTF-8; whatever is wrong with one file is that file's problem, and every other file is still read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeUtf8 } from '../lib/catalog/decode.ts';
import type { CatalogFile, FileContent } from '../lib/catalog/load.ts';
import { LIMITS, fileTooLarge } from '../lib/catalog/limits.ts';
import { describeSystemError } from './systemErrors.ts';
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

/** A folder that cannot be listed: the command cannot start. */
export class UnreadableFolder extends Error {}

const isYaml = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');

function yamlEntries(kind: string, dir: string) {
	try {
		return readdirSync(dir, { withFileTypes: true })
			.filter((entry) => isYaml(entry.name))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch (error) {
		throw new UnreadableFolder(
			`cannot read the ${kind} folder ${dir}: ${describeSystemError(error)}`
		);
	}
}

/** O_NOFOLLOW refuses a link that replaced the file after the folder was listed; O_NONBLOCK keeps a FIFO from hanging. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const refuse = (keyword: string, message: string): FileContent => ({
	unreadable: { keyword, message }
});

/** A file's text, or why it was not read. */
function readFile(path: string, isLink: boolean): FileContent {
	if (isLink)
		return refuse(
			'not-a-file',
			'is a symbolic link; the catalogue reads only regular files in its folder, so copy the file here instead'
		);
	let fd: number;
	try {
		fd = openSync(path, OPEN_FLAGS);
	} catch (error) {
		return refuse('unreadable', `cannot be read: ${describeSystemError(error)}`);
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) return refuse('not-a-file', 'is a folder, not a file');
		if (!stat.isFile())
			return refuse(
				'not-a-file',
				'is not a regular file (a device, pipe or socket); the catalogue reads only regular files'
			);
		if (stat.size > LIMITS.fileBytes) return refuse('file-size', fileTooLarge(stat.size));
		// Up to one byte more than allowed: a file that grows while it is read, or one in /proc that says it is
		// empty, is still caught.
		const buffer = Buffer.alloc(LIMITS.fileBytes + 1);
		let length = 0;
		for (;;) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			length += read;
			if (read === 0 || length === buffer.length) break;
		}
		if (length > LIMITS.fileBytes) return refuse('file-size', fileTooLarge(length));
		const decoded = decodeUtf8(buffer.subarray(0, length));
		return 'text' in decoded ? decoded : { unreadable: decoded.problem };
	} catch (error) {
		return refuse('unreadable', `cannot be read: ${describeSystemError(error)}`);
	} finally {
		closeSync(fd);
	}
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
		// The loader refuses more than the method limit; one file past it is enough for it to say so.
		for (const entry of yamlEntries(kind, dir).slice(0, LIMITS.methods + 1)) {
			const path = `${kind}/${entry.name}`;
			disk.set(path, resolve(dir, entry.name));
			files.push({ path, ...readFile(join(dir, entry.name), entry.isSymbolicLink()) });
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
