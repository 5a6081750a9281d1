/**
 * npm run lighthouse [-- --json] [--gate]: Lighthouse (mobile preset) on the built site served locally with Debian's
 * Chromium, for /, /metoder/, /trappan/ and /embed/. Prints the four category scores next to their targets. With --gate
 * it exits 1 when accessibility, best practices or SEO is below 100 (performance is only printed).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveStatic } from './browser.ts';
import { parseFlags, run } from '../cli/cli.ts';
import { repoRoot } from '../cli/paths.ts';

const USAGE = `usage: npm run lighthouse -- [--json] [--gate]

Runs Lighthouse 12 (mobile) against the built site (npm run build first) for /, /metoder/, /trappan/ and /embed/.`;

const ROUTES = ['/', '/metoder/', '/trappan/', '/embed/'] as const;
const CATEGORIES = {
	performance: 'performance',
	accessibility: 'accessibility',
	bestPractices: 'best-practices',
	seo: 'seo'
} as const;
const TARGETS = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100 } as const;
const CHROME_FLAGS =
	'--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

type Scores = Record<keyof typeof CATEGORIES, number>;

async function audit(url: string): Promise<Scores> {
	const dir = mkdtempSync(join(tmpdir(), 'delaktighetskarta-lighthouse-'));
	try {
		const output = join(dir, 'report.json');
		await promisify(execFile)(
			process.execPath,
			[
				join(repoRoot, 'node_modules/lighthouse/cli/index.js'),
				url,
				'--quiet',
				`--chrome-flags=${CHROME_FLAGS}`,
				'--output=json',
				`--output-path=${output}`
			],
			{
				env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
				maxBuffer: 64 * 1024 * 1024
			}
		);
		const report = JSON.parse(readFileSync(output, 'utf8')) as {
			categories: Record<string, { score: number | null }>;
			runtimeError?: { message: string };
		};
		if (report.runtimeError)
			throw new Error(`Lighthouse failed on ${url}: ${report.runtimeError.message}`);
		return Object.fromEntries(
			Object.entries(CATEGORIES).map(([key, id]) => [
				key,
				Math.round((report.categories[id]?.score ?? 0) * 100)
			])
		) as Scores;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await run(USAGE, async () => {
	const { values } = parseFlags(process.argv.slice(2), {
		json: { type: 'boolean' },
		gate: { type: 'boolean' },
		help: { type: 'boolean' }
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const site = await serveStatic();
	const results: Record<string, Scores> = {};
	try {
		for (const route of ROUTES) results[route] = await audit(site.origin + route);
	} finally {
		await site.close();
	}
	if (values.json) console.log(JSON.stringify(results, null, 2));
	else {
		console.log(
			`${'route'.padEnd(10)}${Object.keys(CATEGORIES)
				.map((key) => key.padStart(15))
				.join('')}`
		);
		for (const route of ROUTES)
			console.log(
				`${route.padEnd(10)}${Object.keys(CATEGORIES)
					.map((key) => String(results[route]![key as keyof Scores]).padStart(15))
					.join('')}`
			);
		console.log(
			`${'target'.padEnd(10)}${Object.values(TARGETS)
				.map((target) => `≥ ${target}`.padStart(15))
				.join('')}`
		);
	}
	const failing = ROUTES.flatMap((route) =>
		(['accessibility', 'bestPractices', 'seo'] as const)
			.filter((key) => results[route]![key] < TARGETS[key])
			.map((key) => `${route} ${key} ${results[route]![key]}`)
	);
	if (failing.length > 0) console.error(`below target: ${failing.join(', ')}`);
	return values.gate && failing.length > 0 ? 1 : 0;
});
