/** npm run validate [-- --format text|json|github] [--methods <dir>] [--rules <dir>] */
import { loadCatalog } from '../lib/catalog/load.ts';
import { FORMATS, formatProblems } from './report.ts';
import { oneOf, parseFlags, run } from './cli.ts';
import { readCatalog } from './readCatalog.ts';

const USAGE = `usage: npm run validate -- [--format text|json|github] [--methods <dir>] [--rules <dir>]

Checks every method and rule file against its JSON Schema and against each other.
Exits 0 when there are no errors (warnings allowed), 1 on errors, 2 on bad flags.`;

await run(USAGE, () => {
	const { values } = parseFlags(process.argv.slice(2), {
		format: { type: 'string' },
		methods: { type: 'string' },
		rules: { type: 'string' },
		help: { type: 'boolean' }
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const format = oneOf('format', values.format, FORMATS, 'text');
	const source = readCatalog({ methods: values.methods, rules: values.rules });
	const { catalog, problems } = loadCatalog(source.files);
	const summary = catalog
		? `✓ ${catalog.methods.length} methods and ${catalog.rules.length} rules: no problems`
		: '';
	const output = formatProblems(problems, source, format, summary);
	if (output) console.log(output);
	return catalog ? 0 : 1;
});
