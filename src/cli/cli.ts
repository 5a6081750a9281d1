/** What every command shares: strict flag parsing, usage errors (exit 2) and loading the catalogue (exit 1). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCatalog } from '../lib/domain/load.ts';
import type { Catalog } from '../lib/domain/types.ts';
import { formatProblems } from './report.ts';
import { readCatalog, type CatalogDirs } from './readCatalog.ts';

export class UsageError extends Error {}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
	try {
		return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const unknown = /Unknown option '([^']+)'/.exec(message);
		if (unknown) throw new UsageError(`unknown flag ${unknown[1]}`);
		const positional = /Unexpected argument '([^']+)'/.exec(message);
		if (positional) throw new UsageError(`unexpected argument "${positional[1]}"`);
		throw new UsageError(message.replace(/\. To specify .*$/s, ''));
	}
}

/** Runs a command; a usage error prints the message and usage on stderr and exits 2. */
export async function run(usage: string, main: () => Promise<number> | number): Promise<never> {
	try {
		process.exit(await main());
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
			process.exit(2);
		}
		throw error;
	}
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
	if (value === undefined) return fallback;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`--${flag} cannot be "${value}"; allowed: ${allowed.join(', ')}`);
}

/** Loads the catalogue or prints why it cannot (exit 1). */
export function loadOrExit(dirs: CatalogDirs = {}): Catalog {
	const source = readCatalog(dirs);
	const { catalog, problems } = loadCatalog(source.files);
	if (!catalog) {
		process.stderr.write(formatProblems(problems, source, 'text', '') + '\n');
		process.exit(1);
	}
	return catalog;
}
