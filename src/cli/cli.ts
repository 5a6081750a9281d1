/** What every command shares: strict flag parsing, usage errors (exit 2) and loading the catalogue (exit 1). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCatalog } from '../lib/catalog/load.ts';
import type { Catalog } from '../lib/catalog/types.ts';
import { formatProblems } from './report.ts';
import { readCatalog, type CatalogDirs } from './readCatalog.ts';

export class UsageError extends Error {}

// `npm run coverage | head` closes the pipe early: stop quietly instead of throwing EPIPE at the reader.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
	argv: string[],
	options: T
) {
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

/**
 * Runs a command; a usage error prints the message and usage on stderr and exits 2.
 * Sets the exit code rather than calling process.exit, which would cut off output still flowing into a pipe.
 */
export async function run(usage: string, main: () => Promise<number> | number): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		if (error instanceof InvalidCatalog) {
			process.exitCode = 1;
			return;
		}
		if (!(error instanceof UsageError)) throw error;
		process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
		process.exitCode = 2;
	}
}

export function oneOf<T extends string>(
	flag: string,
	value: string | undefined,
	allowed: readonly T[],
	fallback: T
): T {
	if (value === undefined) return fallback;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`--${flag} cannot be "${value}"; allowed: ${allowed.join(', ')}`);
}

export class InvalidCatalog extends Error {}

/** Loads the catalogue, or prints why it cannot and throws (the command exits 1). */
export function loadOrExit(dirs: CatalogDirs = {}): Catalog {
	const source = readCatalog(dirs);
	const { catalog, problems } = loadCatalog(source.files);
	if (!catalog) {
		process.stderr.write(
			`the catalogue is invalid:\n\n${formatProblems(problems, source, 'text', '')}\n`
		);
		throw new InvalidCatalog();
	}
	return catalog;
}
