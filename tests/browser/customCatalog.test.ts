import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { edited, repoFiles } from '../helpers/catalog.ts';
import {
	launchBrowser,
	openPage,
	serveHost,
	serveStatic,
	type Browser,
	type Respond,
	type Site
} from './harness.ts';

/** A municipality's catalogue, built the way `npm run build:catalog` builds it: our files plus its own. */
function municipalityCatalog(): string {
	const files = repoFiles.filter((file) => file.path !== 'methods/forbattringsvandring.yaml');
	const method = edited(
		'methods/forbattringsvandring.yaml',
		/^sources:/m,
		'contact: { name: Anna Andersson, unit: Landsbygdsenheten, email: anna.andersson@exempel.se }\nsources:'
	);
	const policy =
		'# yaml-language-server: $schema=./schemas/municipality.schema.json\nname: Exempelby kommun\npolicy:\n  sv: Vi för dialog bara i frågor som går att påverka.\n  en: We hold dialogues only on questions that can still be influenced.\ncontact: dialog@exempel.se\n';
	const { catalog, problems } = loadCatalog([
		...files,
		{ path: 'methods/forbattringsvandring.yaml', text: method },
		{ path: 'rules/municipality.yaml', text: policy }
	]);
	if (!catalog) throw new Error(problems.map((problem) => problem.message).join('\n'));
	return JSON.stringify(catalog);
}

let tool: Site;
let host: Site;
/** A third site, open to every origin (CORS), that the intranet's server sends a catalogue request on to. */
let third: Site;
let browser: Browser;

/** 3 MB of valid JSON, its length told: a catalogue past the 2 MB limit. */
const large: Respond = (_request, response) => {
	const body = JSON.stringify({ padding: 'x'.repeat(3 * 1024 * 1024) });
	response
		.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
		.end(body);
};

/** A body without a Content-Length that does not end (up to 64 MB): only counting while reading stops it. */
const endless: Respond = (_request, response) => {
	response.writeHead(200, { 'content-type': 'application/json' });
	const chunk = ' '.repeat(64 * 1024);
	let sent = 0;
	const more = () => {
		while (sent < 1024 && response.write(chunk)) sent++;
		if (sent >= 1024) response.end();
		else response.once('drain', more);
	};
	response.write('{"padding":"');
	more();
};

beforeAll(async () => {
	const good = municipalityCatalog();
	const broken = good.replace('"levels":["konsultation","dialog"]', '"levels":["superhigh"]');
	tool = await serveStatic({
		extra: {
			'/kommun.json': good,
			'/trasig.json': broken,
			'/inte-json.json': '<html>',
			'/stor.json': large,
			'/utan-slut.json': endless
		}
	});
	third = await serveHost({
		'/kommun.json': (_request, response) =>
			response
				.writeHead(200, {
					'content-type': 'application/json',
					'access-control-allow-origin': '*'
				})
				.end(good)
	});
	// The intranet keeps its catalogue on its own site: the widget fetches it from the page's origin.
	const page = (body: string) =>
		`<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Intranät</title></head><body>${body}<script src="${tool.origin}/delaktighets-karta.js"></script></body></html>`;
	host = await serveHost({
		'/': page('<delaktighets-karta lang="sv" catalog-src="/kommun.json"></delaktighets-karta>'),
		'/trasig': page(
			'<delaktighets-karta lang="sv" catalog-src="/trasig.json" question-type="komplex" level="dialog" stage="behov" group="boende aldre"></delaktighets-karta>'
		),
		'/inbyggd': page('<delaktighets-karta lang="sv"></delaktighets-karta>'),
		'/engelska': page(
			'<delaktighets-karta lang="en" catalog-src="/kommun.json"></delaktighets-karta>'
		),
		'/vidare': page(
			'<delaktighets-karta lang="sv" catalog-src="/vidare.json"></delaktighets-karta>'
		),
		'/vidare.json': (_request, response) =>
			response.writeHead(302, { location: `${third.origin}/kommun.json` }).end(),
		'/kommun.json': good,
		'/trasig.json': broken
	});
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await host?.close();
	await third?.close();
	await tool?.close();
});

const resultLink =
	'question-type=komplex&level=dialog&stage=behov&group=boende&group=aldre&group=foreningar';

describe("a municipality's own catalogue", () => {
	it('loads in /embed with its policy on the first step and its contacts on the method cards', async () => {
		const { page, outside, errors } = await openPage(browser, tool, '/embed?catalog=/kommun.json');
		await page.getByText('Exempelby kommun: så arbetar vi med medborgardialog').waitFor();
		expect(
			await page.getByText('Vi för dialog bara i frågor som går att påverka.').isVisible()
		).toBe(true);
		const result = await openPage(browser, tool, `/embed?catalog=/kommun.json&${resultLink}`);
		await result.page.locator('#method-forbattringsvandring').waitFor();
		expect(await result.page.locator('#method-forbattringsvandring').textContent()).toContain(
			'Anna Andersson, Landsbygdsenheten, anna.andersson@exempel.se'
		);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('loads on the site too', async () => {
		const { page } = await openPage(browser, tool, '/?catalog=/kommun.json');
		await page.getByText('Exempelby kommun: så arbetar vi med medborgardialog').waitFor();
		expect(new URL(page.url()).searchParams.get('catalog')).toBe('/kommun.json');
	});

	for (const [name, path, detail] of [
		[
			'an invalid catalogue',
			'/trasig.json',
			/Filen \/trasig\.json klarade inte kontrollen \(på engelska\): methods\[\d+\]\.levels\[0\] must be one of: information, konsultation, dialog, inflytande, medbestammande \(got "superhigh"\)/
		],
		[
			'a file that is not JSON',
			'/inte-json.json',
			'Filen /inte-json.json är inte en katalog i JSON-format'
		],
		[
			'a catalogue on another site',
			'https://example.org/katalog.json',
			/Den ligger på https:\/\/example\.org, men en katalog hämtas bara från http:\/\/127\.0\.0\.1:\d+\./
		],
		[
			'a catalogue past the size limit, told by its length',
			'/stor.json',
			'Filen /stor.json är 3 MB, men en katalog får vara högst 2 MB.'
		],
		[
			'a catalogue past the size limit, counted while it downloads',
			'/utan-slut.json',
			'Filen /utan-slut.json är större än 2 MB, som är det mesta en katalog får vara.'
		]
	] as const) {
		it(`falls back to the built-in catalogue with a message for ${name}`, async () => {
			const { page, outside } = await openPage(
				browser,
				tool,
				`/embed?catalog=${encodeURIComponent(path)}&${resultLink}`
			);
			const message = page.getByText(/Kommunens egen metodkatalog kunde inte läsas in/);
			await message.waitFor();
			const text = (await message.textContent())!;
			if (typeof detail === 'string') expect(text).toContain(detail);
			else expect(text).toMatch(detail);
			expect(text).not.toMatch(/undefined|Allowed: *[;)]/);
			// The result may draw a moment after the message on a busy machine.
			await page.locator('article[id^="method-"]').nth(2).waitFor();
			expect(outside).toEqual([]);
		});
	}

	const fetched = (page: Awaited<ReturnType<typeof openPage>>['page']) =>
		page.evaluate(() =>
			performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
		);

	it('loads in the custom element from catalog-src, with the checker fetched beside the widget and no global left', async () => {
		const { page, outside, errors } = await openPage(browser, host, '/', [tool]);
		await page
			.locator('delaktighets-karta')
			.getByText('Exempelby kommun: så arbetar vi med medborgardialog')
			.waitFor();
		expect(await fetched(page)).toContain('/delaktighets-karta-check.js');
		const globals = await page.evaluate(() =>
			Object.keys(window).filter((key) => /delaktighet|check|validat/i.test(key))
		);
		expect(globals).toEqual([]);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	it("shows its own catalogue in English with the interface's English from beside the widget", async () => {
		const { page, errors } = await openPage(browser, host, '/engelska', [tool]);
		const widget = page.locator('delaktighets-karta');
		await widget.getByRole('button', { name: 'Next' }).waitFor();
		expect(await widget.locator('[data-step-heading]').textContent()).toMatch(
			/Why do you want a dialogue/
		);
		expect(await fetched(page)).toContain('/delaktighets-karta-en.js');
		expect(errors).toEqual([]);
	});

	it('falls back in the custom element too, when its catalogue is invalid', async () => {
		const { page } = await openPage(browser, host, '/trasig', [tool]);
		const message = page
			.locator('delaktighets-karta')
			.getByText(/Kommunens egen metodkatalog kunde inte läsas in/);
		await message.waitFor();
		expect(await message.textContent()).toContain('Filen /trasig.json klarade inte kontrollen');
		expect(
			await page.locator('delaktighets-karta').locator('article[id^="method-"]').count()
		).toBeGreaterThanOrEqual(3);
	});

	it('refuses a catalogue past the size limit quickly, before downloading it all', async () => {
		const started = Date.now();
		const { page } = await openPage(browser, tool, `/embed?catalog=/utan-slut.json&${resultLink}`);
		await page.getByText(/större än 2 MB/).waitFor();
		expect(Date.now() - started).toBeLessThan(10_000);
		const received = await page.evaluate(
			() =>
				(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
					entry.name.endsWith('/utan-slut.json')
				)?.decodedBodySize ?? 0
		);
		expect(received).toBeLessThan(16 * 1024 * 1024);
	});

	it('refuses in the custom element a catalog-src that the server sends on to another site', async () => {
		const { page } = await openPage(browser, host, '/vidare', [tool, third]);
		const message = page
			.locator('delaktighets-karta')
			.getByText(/Kommunens egen metodkatalog kunde inte läsas in/);
		await message.waitFor();
		expect(await message.textContent()).toContain(
			`Servern skickade vidare till ${third.origin}, men en katalog hämtas bara från ${host.origin} eller ${tool.origin}.`
		);
		// The built-in catalogue, not the one from the third site.
		await page.locator('delaktighets-karta [data-step-heading]').waitFor();
		expect(await page.locator('delaktighets-karta').getByText('Exempelby kommun').count()).toBe(0);
	});

	it('leaves the checker and the English texts unloaded for the built-in catalogue in Swedish', async () => {
		const { page } = await openPage(browser, host, '/inbyggd', [tool]);
		await page.locator('delaktighets-karta [data-step-heading]').waitFor();
		await page.waitForLoadState('networkidle');
		expect(await fetched(page)).not.toContain('/delaktighets-karta-check.js');
		// A Swedish widget needs none of the English texts either.
		expect(await fetched(page)).not.toContain('/delaktighets-karta-en.js');
	});
});
