/**
 * npm run bench [-- --json] [--runs N]: figures with their targets, each the median of several runs. Benchmarks
 * print; they never fail on a timing (exit 0 unless something could not be measured at all).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { everyCombination } from '../lib/catalog/crossCheck.ts';
import { rank, type Ranking } from '../lib/engine/rank.ts';
import { recommend } from '../lib/engine/recommend.ts';
import { launchBrowser, openPage, serveStatic } from './browser.ts';
import { UsageError, loadOrExit, parseFlags, run } from '../cli/cli.ts';
import { rankWithJsonRulesEngine } from './jsonRulesEngine.ts';
import { repoRoot } from '../cli/paths.ts';

const USAGE = `usage: npm run bench -- [--json] [--runs N]

Prints the engine's time over every answer combination (and the same with json-rules-engine deciding which rules
fire, in the same process, with the ratio), the interaction time in Chromium (answer changed on the
result page → result and map redrawn), the gzip size of each page's first load, and the cold time of npm run
validate. Browser figures need a build (npm run build) and Chromium.`;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};
const percentile = (values: number[], share: number) =>
	[...values].sort((a, b) => a - b)[
		Math.min(values.length - 1, Math.floor(values.length * share))
	]!;
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
	const recommendedIds = (ranking: Ranking) =>
		ranking.recommended.map((entry) => entry.method.id).join();
	// Warm both up, and make sure they agree before comparing their speed.
	for (const answers of combinations) {
		if (
			recommendedIds(rank(catalog, answers)) !== recommendedIds(await viaJsonRulesEngine(answers))
		) {
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
	const recommendMs = median(
		Array.from({ length: Math.max(1, Math.ceil(runs / 2)) }, () =>
			time(() => combinations.forEach((answers) => recommend(catalog, answers)))
		)
	);
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

/** `npm run validate` runs `tsx src/cli/validate.ts`; timed as that command and, separately, through npm itself. */
function validateCold(runs: number) {
	const tsx = join(repoRoot, 'node_modules/.bin/tsx');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const command = median(
		Array.from({ length: runs }, () =>
			time(() => execFileSync(tsx, ['src/cli/validate.ts'], { cwd: repoRoot, stdio: 'ignore' }))
		)
	);
	const viaNpm = median(
		Array.from({ length: runs }, () =>
			time(() =>
				execFileSync(npm, ['run', '--silent', 'validate'], { cwd: repoRoot, stdio: 'ignore' })
			)
		)
	);
	return { validateColdMs: round(command, 0), npmRunValidateColdMs: round(viaNpm, 0) };
}

/**
 * What a first visit costs, measured in Chromium rather than read from the HTML: every file the page fetches (the
 * HTML, scripts, styles, modules loaded on the fly) until it is ready and the network has been quiet for half a
 * second, each counted gzipped, as a server would send it.
 */
async function firstLoads(routes: readonly string[]): Promise<Record<string, number>> {
	const site = await serveStatic();
	try {
		const sizes: Record<string, number> = {};
		for (const route of routes) {
			// A fresh browser each time, so nothing comes from the cache.
			const browser = await launchBrowser();
			const page = await browser.context.newPage();
			const bodies: Promise<number>[] = [];
			page.on('response', (response) => {
				if (response.url().startsWith(site.origin))
					bodies.push(
						response.body().then(
							(body) => gzipSync(body).length,
							() => 0
						)
					);
			});
			await page.goto(site.origin + route);
			await page
				.locator(route === '/embed/' || route === '/' ? '[data-step-heading]' : 'h1')
				.first()
				.waitFor();
			await page.waitForLoadState('networkidle');
			sizes[route] = (await Promise.all(bodies)).reduce((total, bytes) => total + bytes, 0);
			await browser.close();
		}
		return sizes;
	} finally {
		await site.close();
	}
}

async function interaction(samples: number) {
	const site = await serveStatic();
	const browser = await launchBrowser();
	try {
		const { page } = await openPage(
			browser,
			site,
			'/?question-type=komplex&level=dialog&stage=forslag&group=unga&group=boende&purpose=bench'
		);
		await page.locator('[data-step-heading]').waitFor();
		const select = page.getByRole('combobox', { name: /Hur mycket inflytande/ });
		const levels = ['konsultation', 'dialog', 'inflytande'];
		for (let index = 0; index < samples + 3; index++)
			await select.selectOption(levels[index % levels.length]!);
		const durations = await page.evaluate(() =>
			performance.getEntriesByName('delaktighetskarta:answer-to-map').map((entry) => entry.duration)
		);
		const measured = durations.slice(3);
		return {
			samples: measured.length,
			medianMs: round(median(measured), 2),
			p95Ms: round(percentile(measured, 0.95), 2)
		};
	} finally {
		await browser.close();
		await site.close();
	}
}

const ROUTES = ['/', '/metoder/', '/trappan/', '/embed/'] as const;

async function sizes() {
	const routes = await firstLoads(ROUTES);
	const file = (name: string) =>
		existsSync(join(buildDir, name)) ? gzipSync(readFileSync(join(buildDir, name))).length : null;
	return {
		embedFirstLoadGzipBytes: routes['/embed/']!,
		widgetGzipBytes: file('delaktighets-karta.js'),
		/** Fetched by the widget only when an element has catalog-src. */
		widgetCatalogCheckGzipBytes: file('delaktighets-karta-check.js'),
		/** Fetched by the widget only when it is shown in English. */
		widgetEnglishTextsGzipBytes: file('delaktighets-karta-en.js'),
		routes
	};
}

const buildDir = join(repoRoot, 'build');

await run(USAGE, async () => {
	const { values } = parseFlags(process.argv.slice(2), {
		json: { type: 'boolean' },
		runs: { type: 'string' },
		help: { type: 'boolean' }
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const runs = values.runs === undefined ? 5 : Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1)
		throw new UsageError(`--runs must be a whole number of at least 1 (got "${values.runs}")`);

	const built = existsSync(join(buildDir, 'index.html'));
	const report = {
		engine: await engine(runs),
		interaction: built ? await interaction(30) : null,
		sizes: built ? await sizes() : null,
		...validateCold(Math.min(runs, 3)),
		machine: `${process.platform} ${process.arch}, Node ${process.version}`
	};
	if (values.json) {
		console.log(JSON.stringify(report, null, 2));
		return 0;
	}
	const rows: [string, string, string][] = [
		[
			`engine: rank all ${report.engine.combinations} combinations`,
			`${report.engine.allCombinationsMs} ms`,
			'≤ 50 ms'
		],
		[
			'engine: the same with json-rules-engine deciding the rules',
			`${report.engine.jsonRulesEngineMs} ms`,
			'–'
		],
		['engine: json-rules-engine time ÷ ours', `${report.engine.ratio}×`, '≥ 20×'],
		[
			'engine: full recommend (near misses, process) for all',
			`${report.engine.recommendAllCombinationsMs} ms`,
			'–'
		],
		[
			'interaction: answer change → result and map (median)',
			report.interaction ? `${report.interaction.medianMs} ms` : 'needs npm run build',
			'≤ 16 ms'
		],
		[
			'interaction: answer change → result and map (p95)',
			report.interaction ? `${report.interaction.p95Ms} ms` : 'needs npm run build',
			'–'
		],
		...(['/', '/metoder/', '/trappan/'] as const).map((route): [string, string, string] => [
			`size: ${route} first load (gzip)`,
			report.sizes
				? `${(report.sizes.routes[route]! / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			'–'
		]),
		[
			'size: /embed first load (gzip)',
			report.sizes
				? `${(report.sizes.embedFirstLoadGzipBytes / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			'≤ 100 kB'
		],
		[
			'size: widget file delaktighets-karta.js (gzip)',
			report.sizes?.widgetGzipBytes
				? `${(report.sizes.widgetGzipBytes / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			'≤ 90 kB'
		],
		[
			'size: widget catalogue checker, only with catalog-src (gzip)',
			report.sizes?.widgetCatalogCheckGzipBytes
				? `${(report.sizes.widgetCatalogCheckGzipBytes / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			'–'
		],
		[
			'size: widget English texts, only in English (gzip)',
			report.sizes?.widgetEnglishTextsGzipBytes
				? `${(report.sizes.widgetEnglishTextsGzipBytes / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			'–'
		],
		[
			'validate, cold: tsx src/cli/validate.ts (what npm run validate runs)',
			`${report.validateColdMs} ms`,
			'≤ 1000 ms'
		],
		[
			'validate, cold: the same through npm run (adds npm’s own start)',
			`${report.npmRunValidateColdMs} ms`,
			'–'
		]
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	console.log(`${'figure'.padEnd(width)}  ${'measured'.padStart(20)}  target`);
	for (const [name, measured, target] of rows)
		console.log(`${name.padEnd(width)}  ${measured.padStart(20)}  ${target}`);
	console.log(`\nmedian of ${runs} runs; ${report.machine}`);
	return 0;
});
