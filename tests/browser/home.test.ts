import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, serveStatic, type Browser, type Site } from './harness.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
	site = await serveStatic();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('home page in Chromium', () => {
	it('renders the form in Swedish with no accessibility violations', async () => {
		const { page, outside, errors } = await openPage(browser, site, '/');
		expect(await page.locator('html').getAttribute('lang')).toBe('sv');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Delaktighetskarta');
		expect(await axeViolations(page)).toEqual([]);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('answering the form by keyboard shows explained recommendations, with no violations and no outside requests', async () => {
		const { page, outside, errors } = await openPage(browser, site, '/');
		await page.getByRole('textbox', { name: 'Vad handlar frågan om?' }).fill('Trygghet i Jordbro');
		await page.getByRole('textbox', { name: /Varför vill ni föra dialog/ }).fill('Samla idéer för ett tryggare centrum inför nämndens beslut.');
		for (const name of [/Ja, frågan är öppen/, /^Boende i ett område/, /^Behov och problembild/, /^Dialog/]) {
			const control = page.getByRole(name.source.startsWith('^Boende') ? 'checkbox' : 'radio', { name });
			await control.focus();
			await page.keyboard.press('Space');
		}
		for (const group of [/komplex/i, /konflikt/i]) {
			await page.getByRole('group', { name: group }).getByRole('radio', { name: /^Ja/ }).focus();
			await page.keyboard.press('Space');
		}
		await page.getByRole('button', { name: 'Visa rekommendationer' }).focus();
		await page.keyboard.press('Enter');

		const heading = page.getByRole('heading', { name: 'Rekommendation', level: 2 });
		await heading.waitFor();
		expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
		const cards = page.getByRole('article');
		expect(await cards.count()).toBeGreaterThanOrEqual(3);
		expect(await page.getByRole('heading', { name: 'Föreslagen process' }).isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});
});
