/**
 * What every command shares: strict flag parsing, whole-number flags, loading the catalogue, and failing well.
 * Whatever goes wrong ends as one line on stderr and an exit code – 2 for the command line (a flag or its value),
 * 1 for everything else – and never as a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCatalog } from '../lib/catalog/load.ts';
import { shorten } from '../lib/catalog/schemaMessages.ts';
import type { Catalog } from '../lib/catalog/types.ts';
import { formatProblems, printable } from './report.ts';
import { UnreadableFolder, readCatalog, type CatalogDirs } from './readCatalog.ts';
import { describeSystemError } from './systemErrors.ts';

/** A failure the user can act on: printed as one line, and the exit code. */
export class Failure extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

/** The command line is not understood (an unknown or missing flag): the message, then the usage; exit 2. */
export class UsageError extends Failure {
	constructor(message: string) {
		super(message, 2);
	}
}

/** A flag's value is not allowed: one line that says what is; exit 2. */
export class FlagValueError extends Failure {
	constructor(message: string) {
		super(message, 2);
	}
}

/** The catalogue's problems have been printed already; the command exits 1. */
export class InvalidCatalog extends Error {}

function report(error: unknown, usage?: string): number {
	if (error instanceof InvalidCatalog) return 1;
	let failure: Failure;
	if (error instanceof Failure) failure = error;
	else if (error instanceof UnreadableFolder) failure = new FlagValueError(error.message);
	else {
		// The last resort: a bug, not the user's doing. One line still; DEBUG=1 shows where.
		const message = error instanceof Error ? error.message : String(error);
		if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
		failure = new Failure(
			`unexpected internal error: ${message}${process.env.DEBUG ? '' : ' (run with DEBUG=1 to see where)'}`
		);
	}
	// Several messages on lines of their own (recommend's answer issues) become one line.
	const line = printable(failure.message.replace(/\s*\n\s*/g, '; '));
	process.stderr.write(
		`error: ${line}\n${failure instanceof UsageError && usage ? `\n${usage}\n` : ''}`
	);
	return failure.exitCode;
}

// Errors outside a command's own work (a failed write to stdout, a stray promise) end the same way.
const lastResort = (error: unknown) => {
	process.exitCode = report(error);
	process.exit();
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

// `npm run coverage | head` closes the pipe early: stop quietly instead of throwing EPIPE at the reader.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	lastResort(new Failure(`cannot write the output: ${describeSystemError(error)}`));
});

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
	argv: string[],
	options: T
) {
	// `--limit -1` means the value -1 (parseArgs would call it ambiguous): the number flags then say what is allowed.
	const args = argv.flatMap((arg, index) => {
		const previous = argv[index - 1];
		const takesValue = (flag: string | undefined) =>
			flag?.startsWith('--') && options[flag.slice(2)]?.type === 'string';
		if (/^-\d/.test(arg) && takesValue(previous)) return [];
		const next = argv[index + 1];
		return next !== undefined && /^-\d/.test(next) && takesValue(arg) ? [`${arg}=${next}`] : [arg];
	});
	try {
		return parseArgs({ args, options, strict: true, allowPositionals: false });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const unknown = /Unknown option '([^']+)'/.exec(message);
		if (unknown) throw new UsageError(`unknown flag ${unknown[1]}`);
		const positional = /Unexpected argument '([^']+)'/.exec(message);
		if (positional) throw new UsageError(`unexpected argument "${positional[1]}"`);
		const noValue = /Option '(--[^' ]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(
			message
		);
		if (noValue) throw new UsageError(`${noValue[1]} needs a value`);
		throw new UsageError(message.replace(/\.?\s+To specify .*$/s, ''));
	}
}

/**
 * Runs a command: its exit code, or the failure as one line and its exit code. Sets the exit code rather than
 * calling process.exit, which would cut off output still flowing into a pipe.
 */
export async function run(usage: string, main: () => Promise<number> | number): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		process.exitCode = report(error, usage);
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
	throw new FlagValueError(
		`--${flag} cannot be "${shorten(value)}"; allowed: ${allowed.join(', ')}`
	);
}

/**
 * A whole-number flag within [min, max], or undefined when it is not given. Decimal digits only: `1e1`, `0x10`,
 * `5.0` and ` 5` are not quietly read as numbers, and the message names the range.
 */
export function integerFlag(
	flag: string,
	value: string | undefined,
	{ min, max }: { min: number; max: number }
): number | undefined {
	if (value === undefined) return undefined;
	const number = /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
	if (!(number >= min && number <= max))
		throw new FlagValueError(
			`--${flag} must be a whole number from ${min} to ${max} (got "${shorten(value)}")`
		);
	return number;
}

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
