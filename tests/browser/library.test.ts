import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	axeViolations,
	launchBrowser,
	openPage,
	serveStatic,
	type Browser,
	type Site
} from './harness.ts';

let site: Site;
let browser: Browser;
let noScript: Browser;

beforeAll(async () => {
	site = await serveStatic();
	browser = await launchBrowser();
	noScript = await launchBrowser({ javaScriptEnabled: false });
});

afterAll(async () => {
	await browser?.close();
	await noScript?.close();
	await site?.close();
});

const count = async (page: import('playwright-core').Page) =>
	Number((await page.locator('#library-count').textContent())?.match(/^(\d+)/)?.[1]);

describe('the method library in Chromium', () => {
	it('finds methods for young people, dialogue, ideas stage in three clicks, and keeps the filters in the address', async () => {
		const { page, outside, errors } = await openPage(browser, site, '/metoder');
		const total = await count(page);
		await page.getByRole('checkbox', { name: 'Unga (13–25 år)' }).click();
		await page
			.getByRole('group', { name: 'Trappsteg' })
			.getByRole('checkbox', { name: 'Dialog' })
			.click();
		await page.getByRole('checkbox', { name: 'Idéer och förslag' }).click();
		const filtered = await count(page);
		expect(filtered).toBeGreaterThan(0);
		expect(filtered).toBeLessThan(total);
		expect(new URL(page.url()).search).toBe('?level=dialog&stage=forslag&group=unga');
		await page.reload();
		// The prerendered page lists everything; the filters from the address apply once it is hydrated.
		await expect.poll(() => count(page)).toBe(filtered);
		expect(await page.getByRole('checkbox', { name: 'Unga (13–25 år)' }).isChecked()).toBe(true);
		const shared = await openPage(browser, site, '/metoder?level=dialog&stage=forslag&group=unga');
		await expect.poll(() => count(shared.page)).toBe(filtered);
		expect(await shared.page.locator('article h2').allTextContents()).toEqual(
			await page.locator('article h2').allTextContents()
		);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('searches in both languages', async () => {
		const { page } = await openPage(browser, site, '/metoder?q=citizens%20assembly');
		await expect.poll(() => page.locator('article h2').allTextContents()).toContain('Medborgarråd');
		expect(await count(page)).toBeLessThan(10);
	});

	it('lists every method without JavaScript', async () => {
		const { page } = await openPage(noScript, site, '/metoder');
		expect(await page.locator('article').count()).toBeGreaterThanOrEqual(40);
		// Relative, so the build works under any sub-path; a folder of its own, so any static server serves it.
		const link = page.getByRole('link', { name: 'Förbättringsvandring och utvecklingsdialog' });
		expect(await link.getAttribute('href')).toBe('../metoder/forbattringsvandring/');
		expect(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).toBe(
			`${site.origin}/metoder/forbattringsvandring/`
		);
	});

	it('shows every attribute of a method without JavaScript', async () => {
		const { page } = await openPage(noScript, site, '/metoder/forbattringsvandring');
		const text = await page.locator('main').textContent();
		for (const heading of [
			'Så går det till',
			'Styrkor',
			'Svagheter',
			'Använd inte metoden när',
			'Har använts i Sverige',
			'Källor'
		])
			expect(text).toContain(heading);
		expect(text).toContain('Kalmar');
		expect(text).toContain('Trappsteg den kan leverera');
		const wizard = new URL(
			await page
				.getByRole('link', { name: 'Använd metoden i guiden' })
				.evaluate((anchor) => (anchor as HTMLAnchorElement).href)
		);
		expect(wizard.pathname).toBe('/');
		for (const param of ['question-type', 'level', 'stage', 'group'])
			expect(wizard.searchParams.get(param), param).toMatch(/^\w+$/);
	});

	it('opens an old link to a method that was split or renamed, says so and links to its address now', async () => {
		// `dialogmote` was split into `stormote` and `dialogkvall`; the table-group evening keeps the old id.
		const { page } = await openPage(noScript, site, '/metoder/dialogmote/');
		expect(await page.locator('h1').textContent()).toBe('Dialogkväll i smågrupper');
		expect(await page.locator('main').textContent()).toContain('hade förut id:t ”dialogmote”');
		expect(
			await page.locator('link[rel="canonical"]').evaluate((link) => (link as HTMLLinkElement).href)
		).toBe(`${site.origin}/metoder/dialogkvall/`);
		await page.getByRole('link', { name: 'Metodens nya adress' }).click();
		await page.waitForURL(`${site.origin}/metoder/dialogkvall/`);
		expect(await page.locator('h1').textContent()).toBe('Dialogkväll i smågrupper');
		expect(await page.locator('main').textContent()).not.toContain('hade förut id:t');
	});

	it('opens the wizard from a method page with its answers filled in', async () => {
		const { page } = await openPage(browser, site, '/metoder/medborgarrad');
		await page.getByRole('link', { name: 'Använd metoden i guiden' }).click();
		await page.locator('[data-step-heading]').waitFor();
		expect(page.url()).toContain('question-type=');
		await page.getByRole('textbox', { name: /Varför vill ni föra dialog/ }).fill('Klimatstrategi');
		for (let step = 0; step < 8; step++)
			await page.getByRole('button', { name: /^(Nästa|Visa resultatet)$/ }).click();
		await expect
			.poll(() => page.locator('[data-step-heading]').textContent())
			.toMatch(/^Rekommendation/);
		expect(await page.locator('article[id="method-medborgarrad"]').count()).toBe(1);
	});

	for (const lang of ['sv', 'en'] as const) {
		it(`has no accessibility violations on the library and a method page (${lang})`, async () => {
			for (const path of ['/metoder', '/metoder/medborgarbudget']) {
				const { page } = await openPage(browser, site, `${path}?lang=${lang}`);
				await page.locator('h1').waitFor();
				expect(await axeViolations(page), `${path} ${lang}`).toEqual([]);
				await page.close();
			}
		});
	}
});
