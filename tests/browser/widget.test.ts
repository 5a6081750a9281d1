import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoCatalog } from '../helpers/catalog.ts';
import {
	launchBrowser,
	openPage,
	serveHost,
	serveStatic,
	type Browser,
	type Site
} from './harness.ts';

let tool: Site;
let host: Site;
let browser: Browser;

beforeAll(async () => {
	tool = await serveStatic();
	const page = readFileSync(new URL('./hosts/widget.html', import.meta.url), 'utf8').replaceAll(
		'TOOL_ORIGIN',
		tool.origin
	);
	host = await serveHost({ '/': page });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await host?.close();
	await tool?.close();
});

describe('the <delaktighets-karta> custom element on a hostile intranet page', () => {
	it("renders and works despite the host's global CSS, and keeps its own styles inside", async () => {
		const { page, outside, errors } = await openPage(browser, host, '/', [tool]);
		const first = page.locator('#first');
		const next = first.getByRole('button', { name: 'Nästa' });
		await next.waitFor();
		expect(await next.isVisible()).toBe(true);
		expect(await next.evaluate((button) => getComputedStyle(button).fontSize)).toBe('16px');
		expect(
			await first.locator('textarea').evaluate((area) => getComputedStyle(area).visibility)
		).toBe('visible');
		await first.getByRole('textbox', { name: /Varför vill ni föra dialog/ }).fill('Syfte');
		await next.click();
		expect(await first.locator('[data-step-heading]').textContent()).toBe(
			'Går frågan fortfarande att påverka?'
		);
		// Nothing of the widget's styling reaches the host page.
		expect(
			await page
				.locator('.host-button')
				.evaluate((button) => getComputedStyle(button).backgroundColor)
		).not.toBe('rgb(29, 78, 137)');
		expect(
			await page.locator('h1').evaluate((heading) => getComputedStyle(heading).fontFamily)
		).toContain('Georgia');
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('keeps two instances apart and announces each result from its own element', async () => {
		const { page } = await openPage(browser, host, '/', [tool]);
		const second = page.locator('#second');
		await second.locator('[data-step-heading]').waitFor();
		expect(await second.locator('[data-step-heading]').textContent()).toBe('Recommendation');
		expect(await page.locator('#first [data-step-heading]').textContent()).toMatch(
			/Varför vill ni föra dialog/
		);
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { recommendations: string[] }).recommendations)
			)
			.toContainEqual(expect.stringMatching(/^second:\d+$/));
		expect(await page.evaluate(() => customElements.get('delaktighets-karta') !== undefined)).toBe(
			true
		);
		expect(
			await page.evaluate(() => Object.keys(window).filter((key) => /delaktig/i.test(key)))
		).toEqual([]);
	});

	it("fetches the catalogue's English texts once, from beside its script, for the English instance", async () => {
		const { page, errors } = await openPage(browser, host, '/', [tool]);
		const card = page.locator('#second article[id^="method-"]').first();
		await card.waitFor();
		const id = await card.getAttribute('id');
		const method = repoCatalog().methods.find((item) => `method-${item.id}` === id)!;
		expect(await card.textContent()).toContain(method.summary.en);
		const fetched = await page.evaluate(() =>
			performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
		);
		expect(fetched.filter((path) => path === '/delaktighets-karta-en.js')).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	it('falls back to Swedish with a message when its English texts cannot be fetched', async () => {
		// An admin who copied only the widget file to the intranet.
		const widget = readFileSync(
			new URL('../../build/delaktighets-karta.js', import.meta.url),
			'utf8'
		);
		const intranet = await serveHost({
			'/': '<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Intranät</title></head><body><delaktighets-karta lang="en"></delaktighets-karta><script src="/skript/delaktighets-karta.js"></script></body></html>',
			'/skript/delaktighets-karta.js': widget
		});
		try {
			const { page } = await openPage(browser, intranet, '/');
			const element = page.locator('delaktighets-karta');
			await element
				.getByText('The English texts could not be loaded, so the tool is shown in Swedish.')
				.waitFor();
			expect(await element.locator('[data-step-heading]').textContent()).toMatch(
				/Varför vill ni föra dialog/
			);
		} finally {
			await intranet.close();
		}
	});

	it('has no accessibility violations inside the widget', async () => {
		const { page } = await openPage(browser, host, '/', [tool]);
		await page.locator('#second [data-step-heading]').waitFor();
		const { default: AxeBuilder } = await import('@axe-core/playwright');
		const { violations } = await new AxeBuilder({ page })
			.include('delaktighets-karta')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(violations.map((violation) => violation.id)).toEqual([]);
	});
});
