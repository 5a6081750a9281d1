/**
 * npm run bench [-- --json] [--runs N]: figures with their targets, each the median of several runs. Benchmarks
 * print; they never fail on a timing (exit 0 unless something could not be measured at all).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { everyCombination } from '../lib/domain/crossCheck.ts';
import { rank, type Ranking } from '../lib/domain/rank.ts';
import { recommend } from '../lib/domain/recommend.ts';
import { launchBrowser, openPage, serveStatic } from './browser.ts';
import { UsageError, loadOrExit, parseFlags, run } from './cli.ts';
import { rankWithJsonRulesEngine } from './jsonRulesEngine.ts';
import { repoRoot } from './paths.ts';

const USAGE = `usage: npm run bench -- [--json] [--runs N]

Prints the engine's time over every answer combination (and the same with json-rules-engine deciding which rules
fire, in the same process, with the ratio), the interaction time in Chromium (answer changed on the
result page → result and map redrawn), the gzip size of each page's first load, and the cold time of npm run
validate. Browser figures need a build (npm run build) and Chromium.`;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function time(work: () => void): number {
	const start = performance.now();
	work();
	return performance.now() - start;
}

async function engine(runs: number) {
	const catalog = loadOrExit();
	const combinations = [...everyCombination()];
	const viaJsonRulesEngine = rankWithJsonRulesEngine(catalog);
	const recommendedIds = (ranking: Ranking) => ranking.recommended.map((entry) => entry.method.id).join();
	// Warm both up, and make sure they agree before comparing their speed.
	for (const answers of combinations) {
		if (recommendedIds(rank(catalog, answers)) !== recommendedIds(await viaJsonRulesEngine(answers))) {
			throw new Error(`json-rules-engine and the engine disagree on ${JSON.stringify(answers)}`);
		}
	}
	const ours: number[] = [];
	const theirs: number[] = [];
	for (let run = 0; run < runs; run++) {
		ours.push(time(() => combinations.forEach((answers) => rank(catalog, answers))));
		const start = performance.now();
		for (const answers of combinations) await viaJsonRulesEngine(answers);
		theirs.push(performance.now() - start);
	}
	const recommendMs = median(Array.from({ length: Math.max(1, Math.ceil(runs / 2)) }, () => time(() => combinations.forEach((answers) => recommend(catalog, answers)))));
	const allCombinationsMs = median(ours);
	const jsonRulesEngineMs = median(theirs);
	return {
		combinations: combinations.length,
		allCombinationsMs: round(allCombinationsMs),
		jsonRulesEngineMs: round(jsonRulesEngineMs),
		ratio: round(jsonRulesEngineMs / allCombinationsMs),
		recommendAllCombinationsMs: round(recommendMs)
	};
}

function validateCold(runs: number): number {
	const times = Array.from({ length: runs }, () =>
		time(() => execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/validate.ts')], { cwd: repoRoot, stdio: 'ignore' }))
	);
	return round(median(times), 0);
}

/** Bytes, gzipped, of the HTML and every script, style and preloaded module the page's HTML loads. */
function firstLoadGzip(buildDir: string, htmlFile: string): number {
	const html = readFileSync(join(buildDir, htmlFile), 'utf8');
	const assets = new Set([...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]!));
	// SvelteKit starts the app with dynamic imports written inline; those modules load on first visit too.
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) assets.add(match[1]!);
	let total = gzipSync(html).length;
	for (const asset of assets) {
		const file = join(buildDir, asset.replace(/^(\.\/|\/)/, ''));
		if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
	}
	return total;
}

async function interaction(samples: number) {
	const site = await serveStatic();
	const browser = await launchBrowser();
	try {
		const { page } = await openPage(browser, site, '/?question-type=komplex&level=dialog&stage=forslag&group=unga&group=boende&purpose=bench');
		await page.locator('[data-step-heading]').waitFor();
		const select = page.getByRole('combobox', { name: /Hur mycket inflytande/ });
		const levels = ['konsultation', 'dialog', 'inflytande'];
		for (let index = 0; index < samples + 3; index++) await select.selectOption(levels[index % levels.length]!);
		const durations = await page.evaluate(() => performance.getEntriesByName('delaktighetskarta:answer-to-map').map((entry) => entry.duration));
		const measured = durations.slice(3);
		return { samples: measured.length, medianMs: round(median(measured), 2), p95Ms: round(percentile(measured, 0.95), 2) };
	} finally {
		await browser.close();
		await site.close();
	}
}

await run(USAGE, async () => {
	const { values } = parseFlags(process.argv.slice(2), { json: { type: 'boolean' }, runs: { type: 'string' }, help: { type: 'boolean' } });
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const runs = values.runs === undefined ? 5 : Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number of at least 1 (got "${values.runs}")`);

	const buildDir = join(repoRoot, 'build');
	const built = existsSync(join(buildDir, 'index.html'));
	const report = {
		engine: await engine(runs),
		interaction: built ? await interaction(30) : null,
		sizes: built
			? {
					embedFirstLoadGzipBytes: firstLoadGzip(buildDir, 'embed.html'),
					widgetGzipBytes: existsSync(join(buildDir, 'delaktighets-karta.js')) ? gzipSync(readFileSync(join(buildDir, 'delaktighets-karta.js'))).length : null,
					routes: Object.fromEntries(['/', '/metoder', '/trappan', '/embed'].map((route) => [route, firstLoadGzip(buildDir, route === '/' ? 'index.html' : `${route.slice(1)}.html`)]))
				}
			: null,
		validateColdMs: validateCold(Math.min(runs, 3)),
		machine: `${process.platform} ${process.arch}, Node ${process.version}`
	};
	if (values.json) {
		console.log(JSON.stringify(report, null, 2));
		return 0;
	}
	const rows: [string, string, string][] = [
		[`engine: rank all ${report.engine.combinations} combinations`, `${report.engine.allCombinationsMs} ms`, '≤ 50 ms'],
		['engine: the same with json-rules-engine deciding the rules', `${report.engine.jsonRulesEngineMs} ms`, '–'],
		['engine: json-rules-engine time ÷ ours', `${report.engine.ratio}×`, '≥ 20×'],
		['engine: full recommend (near misses, process) for all', `${report.engine.recommendAllCombinationsMs} ms`, '–'],
		['interaction: answer change → result and map (median)', report.interaction ? `${report.interaction.medianMs} ms` : 'needs npm run build', '≤ 16 ms'],
		['interaction: answer change → result and map (p95)', report.interaction ? `${report.interaction.p95Ms} ms` : 'needs npm run build', '–'],
		...(['/', '/metoder', '/trappan'] as const).map((route): [string, string, string] => [`size: ${route} first load (gzip)`, report.sizes ? `${(report.sizes.routes[route]! / 1024).toFixed(1)} kB` : 'needs npm run build', '–']),
		['size: /embed first load (gzip)', report.sizes ? `${(report.sizes.embedFirstLoadGzipBytes / 1024).toFixed(1)} kB` : 'needs npm run build', '≤ 100 kB'],
		['size: widget file delaktighets-karta.js (gzip)', report.sizes?.widgetGzipBytes ? `${(report.sizes.widgetGzipBytes / 1024).toFixed(1)} kB` : 'needs npm run build', '≤ 90 kB'],
		['npm run validate, cold', `${report.validateColdMs} ms`, '≤ 1000 ms']
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	console.log(`${'figure'.padEnd(width)}  ${'measured'.padStart(20)}  target`);
	for (const [name, measured, target] of rows) console.log(`${name.padEnd(width)}  ${measured.padStart(20)}  ${target}`);
	console.log(`\nmedian of ${runs} runs; ${report.machine}`);
	return 0;
});
