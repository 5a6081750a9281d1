/**
 * npm run build:catalog -- --methods <dir> --rules <dir> --out <file.json>
 * Validates a municipality's own catalogue with the same checks and messages as npm run validate, and writes it as
 * one JSON file that the site (?catalog=), /embed?catalog= and <delaktighets-karta catalog-src> can load.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LIMITS, formatBytes } from '../lib/catalog/limits.ts';
import { loadCatalog } from '../lib/catalog/load.ts';
import { Failure, FlagValueError, UsageError, parseFlags, run } from './cli.ts';
import { readCatalog } from './readCatalog.ts';
import { formatProblems } from './report.ts';
import { describeSystemError } from './systemErrors.ts';

const USAGE = `usage: npm run build:catalog -- --methods <dir> --rules <dir> --out <file.json>

Checks the YAML in <dir>s exactly as npm run validate does (exit 1 with every problem on errors) and writes the
catalogue as JSON. Put the file on the same site as the pages that load it.`;

/**
 * Writes beside the target and renames, so that a full disk or a crash leaves the old file as it was instead of
 * half a catalogue.
 */
function writeWhole(path: string, text: string) {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(temporary, text, { flag: 'wx' });
		renameSync(temporary, path);
	} catch (error) {
		try {
			rmSync(temporary, { force: true });
		} catch {
			// The message below says what went wrong first.
		}
		throw new Failure(`cannot write ${path}: ${describeSystemError(error)}`);
	}
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

await run(USAGE, () => {
	const { values } = parseFlags(process.argv.slice(2), {
		methods: { type: 'string' },
		rules: { type: 'string' },
		out: { type: 'string' },
		help: { type: 'boolean' }
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const missing = (['methods', 'rules', 'out'] as const).filter((flag) => !values[flag]);
	if (missing.length > 0)
		throw new UsageError(`missing ${missing.map((flag) => `--${flag}`).join(', ')}`);
	const out = resolve(values.out!);
	// Said before the catalogue is checked, not after.
	if (isFolder(out))
		throw new FlagValueError(
			`--out ${values.out} is a folder; name the file to write, e.g. ${join(values.out!, 'kommun.json')}`
		);
	const source = readCatalog({ methods: values.methods, rules: values.rules });
	const { catalog, problems } = loadCatalog(source.files);
	if (problems.length > 0) console.error(formatProblems(problems, source, 'text', ''));
	if (!catalog) return 1;
	const json = JSON.stringify(catalog) + '\n';
	const bytes = Buffer.byteLength(json);
	if (bytes > LIMITS.catalogBytes)
		throw new Failure(
			`the catalogue is ${formatBytes(bytes)} as JSON, and a browser loads at most ${formatBytes(LIMITS.catalogBytes)}; shorten its texts or split it`
		);
	writeWhole(out, json);
	console.log(
		`wrote ${out}: ${catalog.methods.length} methods, ${catalog.rules.length} rules${catalog.municipality ? `, ${catalog.municipality.name}` : ''}`
	);
	return 0;
});
