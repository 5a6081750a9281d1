/**
 * npm run build:catalog -- --methods <dir> --rules <dir> --out <file.json>
 * Validates a municipality's own catalogue with the same checks and messages as npm run validate, and writes it as
 * one JSON file that the site (?catalog=), /embed?catalog= and <delaktighets-karta catalog-src> can load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadCatalog } from '../lib/catalog/load.ts';
import { UsageError, parseFlags, run } from './cli.ts';
import { readCatalog } from './readCatalog.ts';
import { formatProblems } from './report.ts';

const USAGE = `usage: npm run build:catalog -- --methods <dir> --rules <dir> --out <file.json>

Checks the YAML in <dir>s exactly as npm run validate does (exit 1 with every problem on errors) and writes the
catalogue as JSON. Put the file on the same site as the pages that load it.`;

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
	let source;
	try {
		source = readCatalog({ methods: values.methods, rules: values.rules });
	} catch (error) {
		throw new UsageError(`cannot read the catalogue: ${(error as Error).message}`);
	}
	const { catalog, problems } = loadCatalog(source.files);
	if (problems.length > 0) console.error(formatProblems(problems, source, 'text', ''));
	if (!catalog) return 1;
	const out = resolve(values.out!);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, JSON.stringify(catalog) + '\n');
	console.log(
		`wrote ${out}: ${catalog.methods.length} methods, ${catalog.rules.length} rules${catalog.municipality ? `, ${catalog.municipality.name}` : ''}`
	);
	return 0;
});
