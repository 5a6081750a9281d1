/**
 * npm run bench [-- --json] [--runs N]: figures with their targets, each the median of several runs. Benchmarks
 * print; they never fail on a timing (exit 0 unless something could not be measured at all).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTINUITY_IDS, GROUP_IDS, RESOURCES_IDS, TIME_IDS } from '../lib/catalog/ids.ts';
import { loadCatalog } from '../lib/catalog/load.ts';
import { everyCombination } from '../lib/engine/reach.ts';
import { rank, type Ranking } from '../lib/engine/rank.ts';
import { recordDocxBuffer } from '../lib/plan/docx.ts';
import { EMPTY_PLAN } from '../lib/plan/plan.ts';
import { planFigures, recordFigures } from '../lib/plan/planFigures.ts';
import { decisionRecord, fullPlan } from '../lib/plan/record.ts';
import { EMPTY_DRAFT, toAnswers, type Draft } from '../lib/wizard/draft.ts';
import { recommend } from '../lib/engine/recommend.ts';
import { launchBrowser, openPage, serveStatic } from './browser.ts';
import { integerFlag, loadOrExit, parseFlags, run } from '../cli/cli.ts';
import { readCatalog, type CatalogDirs } from '../cli/readCatalog.ts';
import { rankWithJsonRulesEngine } from './jsonRulesEngine.ts';
import { repoRoot } from '../cli/paths.ts';

const USAGE = `usage: npm run bench -- [--json] [--runs N]

Prints the engine's time over the original 3 960 answer combinations (and the same with json-rules-engine deciding
which rules fire, in the same process, with the ratio), one recommend's 95th percentile, the time to rank the whole
answer space with time, resources and continuity, the interaction time in Chromium (answer changed on the
result page → result and map redrawn), the gzip size of each page's first load, the cold time of npm run validate,
and validate's time on the catalogue and on one ten times larger (with the ratio: about 10 when checking grows
linearly). Browser figures need a build (npm run build) and Chromium.`;

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

/** The groups of the original 3 960 combinations, before relatives, staff, users of a place and minorities joined. */
const ORIGINAL_GROUPS = GROUP_IDS.filter(
	(group) => !['minoriteter', 'platsens-anvandare', 'anhoriga', 'personal'].includes(group)
);

async function engine(runs: number) {
	const catalog = loadOrExit();
	const combinations = [...everyCombination(ORIGINAL_GROUPS)];
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

	// One recommend (mix, process, near misses, every text) at a time, over every single-group combination with
	// and without time and resources: its 95th percentile.
	const each: number[] = [];
	for (const answers of [...everyCombination()]) {
		for (const means of [{}, { time: 'veckor', resources: 'sma' }] as const) {
			const start = performance.now();
			recommend(catalog, { ...answers, ...means, purpose: 'Syfte' });
			each.push(performance.now() - start);
		}
	}

	// The whole answer space, time, resources and continuity included (each may also be skipped).
	const space = [...everyCombination()].flatMap((answers) =>
		[undefined, ...TIME_IDS].flatMap((time) =>
			[undefined, ...RESOURCES_IDS].flatMap((resources) =>
				[undefined, ...CONTINUITY_IDS].map((continuity) => ({
					...answers,
					time,
					resources,
					continuity
				}))
			)
		)
	);
	const sweepMs = median(
		Array.from({ length: Math.max(1, Math.ceil(runs / 2)) }, () =>
			time(() => space.forEach((answers) => rank(catalog, answers)))
		)
	);
	const allCombinationsMs = median(ours);
	const jsonRulesEngineMs = median(theirs);
	return {
		combinations: combinations.length,
		allCombinationsMs: round(allCombinationsMs),
		jsonRulesEngineMs: round(jsonRulesEngineMs),
		ratio: round(jsonRulesEngineMs / allCombinationsMs),
		recommendMedianMs: round(median(each), 2),
		recommendP95Ms: round(percentile(each, 0.95), 2),
		sweepCombinations: space.length,
		sweepMs: round(sweepMs),
		sweepMicrosecondsEach: round((sweepMs / space.length) * 1000, 1)
	};
}

/**
 * `npm run validate` runs `node src/cli/launch.js validate`: the command bundled once and started from its bundle.
 * Timed as that command with the bundle in place (every start until a file of it changes), the same through npm
 * itself, the first start after a change (bundling first, in a fresh cache folder each run), and as tsx would start
 * it without a bundle – the difference is what the launcher saves. Timed whatever the exit code: a catalogue with
 * problems takes as long to check.
 */
function validateCold(runs: number) {
	const node = process.execPath;
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const timed = (
		command: string,
		args: string[],
		env: () => NodeJS.ProcessEnv = () => process.env
	) =>
		median(
			Array.from({ length: runs }, () => {
				const runEnv = env();
				return time(() =>
					spawnSync(command, args, { cwd: repoRoot, stdio: 'ignore', env: runEnv })
				);
			})
		);
	const launch = ['src/cli/launch.js', 'validate'];
	spawnSync(node, launch, { cwd: repoRoot, stdio: 'ignore' }); // the bundle in place
	const caches = mkdtempSync(join(tmpdir(), 'delaktighetskarta-cli-'));
	try {
		let run = 0;
		return {
			validateColdMs: round(timed(node, launch), 0),
			npmRunValidateColdMs: round(timed(npm, ['run', '--silent', 'validate']), 0),
			validateFirstStartMs: round(
				timed(node, launch, () => ({
					...process.env,
					DELAKTIGHETSKARTA_CLI_CACHE: join(caches, String(run++))
				})),
				0
			),
			validateTsxMs: round(
				timed(join(repoRoot, 'node_modules/.bin/tsx'), ['src/cli/validate.ts']),
				0
			)
		};
	} finally {
		rmSync(caches, { recursive: true, force: true });
	}
}

/**
 * How checking grows with the catalogue: reading and validating the real catalogue, and one ten times larger –
 * each method and nine copies under new ids, in a temporary folder – in this process (startup left out). Linear
 * growth gives a ratio of about 10. The check recognises a copy (a warning) and tries answers on the catalogue
 * without its copies, so once more, with the copies given names of their own: methods the engine cannot tell apart
 * yet cannot call copies, most of which no answer brings up – the reachability check's worst case, which tries every
 * relevant answer set (timed once; no target).
 */
function validateGrowth(runs: number) {
	const dir = mkdtempSync(join(tmpdir(), 'delaktighetskarta-bench-'));
	try {
		const methods = join(dir, 'methods');
		const namedCopies = join(dir, 'named');
		mkdirSync(methods);
		mkdirSync(namedCopies);
		const source = readCatalog();
		for (const file of source.files) {
			if (!file.path.startsWith('methods/') || !('text' in file)) continue;
			const id = file.path.slice('methods/'.length, -'.yaml'.length);
			for (let copy = 0; copy < 10; copy++) {
				const copyId = copy === 0 ? id : `${id}-kopia-${copy}`;
				// A copy is a new method, no renamed method's successor: its former ids stay with the original.
				const text = copy === 0 ? file.text : file.text.replace(/^formerIds: .*\n/m, '');
				writeFileSync(join(methods, `${copyId}.yaml`), text.replace(/^id: .*$/m, `id: ${copyId}`));
				const named = copy === 0 ? text : text.replace(/^(name:\n +sv: .*)$/m, `$1 ${copy}`);
				writeFileSync(
					join(namedCopies, `${copyId}.yaml`),
					named.replace(/^id: .*$/m, `id: ${copyId}`)
				);
			}
		}
		const timed = (dirs: CatalogDirs, times = runs) => {
			let count = 0;
			const check = () => {
				const { files } = readCatalog(dirs);
				count = files.filter((file) => file.path.startsWith('methods/')).length;
				loadCatalog(files);
			};
			check(); // warm up
			return { count, ms: median(Array.from({ length: times }, () => time(check))) };
		};
		const real = timed({});
		const tenfold = timed({ methods });
		const worst = timed({ methods: namedCopies }, 1);
		return {
			realMethods: real.count,
			realMs: round(real.ms, 0),
			tenfoldMethods: tenfold.count,
			tenfoldMs: round(tenfold.ms, 0),
			ratio: round(tenfold.ms / real.ms),
			worstMs: round(worst.ms, 0)
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
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
		const select = page.getByRole('combobox', { name: 'Steg på delaktighetstrappan' });
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

/**
 * The time to make the Word files a planner downloads, in Node (the browser runs the same library): the decision
 * record and the full plan of a documented case, from the document model to the .docx bytes.
 */
async function word(runs: number) {
	const catalog = loadOrExit();
	const draft: Draft = {
		...EMPTY_DRAFT,
		title: 'Ny detaljplan för bostäder vid Stadsparken',
		purpose: 'Samla synpunkter på hur parken kan bli kvar som mötesplats.',
		open: 'delvis',
		complex: true,
		conflict: true,
		scope: 'politisk',
		level: 'dialog',
		groups: ['boende', 'unga', 'platsens-anvandare'],
		stage: 'forslag',
		pbl: true,
		time: 'manader',
		resources: 'medel'
	};
	const result = recommend(catalog, toAnswers(draft, catalog.questionTypes)!);
	const plan = { ...EMPTY_PLAN, decisionDate: '2027-06-10' };
	const input = {
		catalog,
		draft,
		result,
		plan,
		lang: 'sv' as const,
		date: '30 november 2026',
		tool: 'bench',
		link: 'https://exempel.se/',
		...recordFigures(planFigures(catalog, result, plan, 'sv', '2026-11-30'))
	};
	const timed = async (make: () => Promise<unknown>) => {
		await make();
		const times: number[] = [];
		for (let run = 0; run < runs; run++) {
			const start = performance.now();
			await make();
			times.push(performance.now() - start);
		}
		return round(median(times));
	};
	return {
		recordMs: await timed(() => recordDocxBuffer(decisionRecord(input))),
		fullPlanMs: await timed(() => recordDocxBuffer(fullPlan(input)))
	};
}

const ROUTES = ['/', '/metoder/', '/trappan/', '/embed/'] as const;

async function sizes() {
	const routes = await firstLoads(ROUTES);
	const file = (name: string) =>
		existsSync(join(buildDir, name)) ? gzipSync(readFileSync(join(buildDir, name))).length : null;
	return {
		embedFirstLoadGzipBytes: routes['/embed/']!,
		widgetGzipBytes: file('delaktighets-karta.js'),
		/** Fetched by the widget once the first question is answered (the built-in catalogue's methods and rules). */
		widgetMethodsGzipBytes: file('delaktighets-karta-methods.js'),
		/** Fetched by the widget only when an element has catalog-src. */
		widgetCatalogCheckGzipBytes: file('delaktighets-karta-check.js'),
		/** Fetched by the widget only when someone asks for Word. */
		widgetWordGzipBytes: file('delaktighets-karta-word.js'),
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
	const runs = integerFlag('runs', values.runs, { min: 1, max: 100 }) ?? 5;

	const built = existsSync(join(buildDir, 'index.html'));
	const report = {
		engine: await engine(runs),
		word: await word(runs),
		interaction: built ? await interaction(30) : null,
		sizes: built ? await sizes() : null,
		...validateCold(Math.min(runs, 3)),
		validateGrowth: validateGrowth(Math.min(runs, 3)),
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
			'engine: one recommend with the mix, process and near misses (p95)',
			`${report.engine.recommendP95Ms} ms`,
			'≤ 2 ms'
		],
		['engine: one recommend (median)', `${report.engine.recommendMedianMs} ms`, '–'],
		[
			`engine: rank the whole answer space, ${report.engine.sweepCombinations} combinations`,
			`${report.engine.sweepMs} ms`,
			'–'
		],
		['engine: the same, per combination', `${report.engine.sweepMicrosecondsEach} µs`, '–'],
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
		['word: the decision record as .docx', `${report.word.recordMs} ms`, '–'],
		['word: the full dialogue plan as .docx', `${report.word.fullPlanMs} ms`, '–'],
		...(['/', '/metoder/', '/trappan/'] as const).map((route): [string, string, string] => [
			`size: ${route} first load (gzip${route === '/' ? ', without the Word library' : ''})`,
			report.sizes
				? `${(report.sizes.routes[route]! / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			route === '/' ? '≤ 100 kB' : '–'
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
			'size: widget methods and rules, after the first answer (gzip)',
			report.sizes?.widgetMethodsGzipBytes
				? `${(report.sizes.widgetMethodsGzipBytes / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			'–'
		],
		[
			'size: widget catalogue checker, only with catalog-src (gzip)',
			report.sizes?.widgetCatalogCheckGzipBytes
				? `${(report.sizes.widgetCatalogCheckGzipBytes / 1024).toFixed(1)} kB`
				: 'needs npm run build',
			'–'
		],
		[
			'size: widget Word maker, only when Word is asked for (gzip)',
			report.sizes?.widgetWordGzipBytes
				? `${(report.sizes.widgetWordGzipBytes / 1024).toFixed(1)} kB`
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
			'validate, cold: node src/cli/launch.js validate (what npm run validate runs)',
			`${report.validateColdMs} ms`,
			'≤ 1000 ms'
		],
		[
			'validate, cold: the same through npm run (adds npm’s own start)',
			`${report.npmRunValidateColdMs} ms`,
			'–'
		],
		[
			'validate, cold: the first start after a change (bundles first)',
			`${report.validateFirstStartMs} ms`,
			'–'
		],
		[
			'validate, cold: tsx src/cli/validate.ts (no bundle, as before)',
			`${report.validateTsxMs} ms`,
			'–'
		],
		[
			`validate, in process: the catalogue (${report.validateGrowth.realMethods} methods)`,
			`${report.validateGrowth.realMs} ms`,
			'–'
		],
		[
			`validate, in process: ten times larger (${report.validateGrowth.tenfoldMethods} methods)`,
			`${report.validateGrowth.tenfoldMs} ms`,
			'–'
		],
		[
			'validate, in process: the same, the copies named apart (worst case)',
			`${report.validateGrowth.worstMs} ms`,
			'–'
		],
		[
			'validate: ten times larger ÷ the catalogue',
			`${report.validateGrowth.ratio}×`,
			'≤ 10× (linear)'
		]
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	console.log(`${'figure'.padEnd(width)}  ${'measured'.padStart(20)}  target`);
	for (const [name, measured, target] of rows)
		console.log(`${name.padEnd(width)}  ${measured.padStart(20)}  ${target}`);
	console.log(`\nmedian of ${runs} runs; ${report.machine}`);
	return 0;
});
