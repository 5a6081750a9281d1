import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useSiteAndBrowser } from './harness.ts';

const env = useSiteAndBrowser();

describe('the trainer mode in Chromium', () => {
	it('runs a presentation from the keyboard alone, and Escape returns to the page', async () => {
		const { page, errors } = await openPage(env.browser, env.site, '/trappan');
		await page.setViewportSize({ width: 1280, height: 720 });
		const start = page.getByRole('button', { name: 'Starta presentationen' });
		await start.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await dialog.waitFor();
		const counter = () => dialog.getByText(/^Bild \d+ av \d+$/).textContent();
		expect(await counter()).toMatch(/^Bild 1 av/);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('PageDown');
		await page.keyboard.press('Space');
		expect(await counter()).toMatch(/^Bild 4 av/);
		await page.keyboard.press('PageUp');
		expect(await counter()).toMatch(/^Bild 3 av/);
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });
		expect(await start.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(errors).toEqual([]);
	});

	for (const [width, height] of [
		[1280, 720],
		[1920, 1080]
	] as const) {
		it(`fits every slide on a ${width}×${height} screen`, async () => {
			const { page } = await openPage(env.browser, env.site, '/trappan');
			await page.setViewportSize({ width, height });
			await page.getByRole('button', { name: 'Starta presentationen' }).click();
			const dialog = page.getByRole('dialog');
			const total = Number(
				(await dialog.getByText(/^Bild \d+ av \d+$/).textContent())?.match(/av (\d+)/)?.[1]
			);
			for (let slide = 1; slide <= total; slide++) {
				const overflow = await page
					.locator('.slide')
					.evaluate((element) => element.scrollHeight - element.clientHeight);
				expect(overflow, `slide ${slide}`).toBeLessThanOrEqual(0);
				await page.keyboard.press('ArrowRight');
			}
		});
	}

	it('changes the recommendations and the map when the trainer moves the level', async () => {
		const { page } = await openPage(env.browser, env.site, '/trappan');
		const status = page.locator('.what-if [role="status"]');
		const before = await status.textContent();
		const methodsBefore = await page.locator('.what-if .top li').allTextContents();
		await page.getByRole('button', { name: 'Ett steg ned' }).click();
		expect(await status.textContent()).not.toBe(before);
		expect(await page.locator('.what-if .top li').allTextContents()).not.toEqual(methodsBefore);
		expect(
			await page.locator('.what-if').getByRole('img', { name: 'Delaktighetskartan' }).isVisible()
		).toBe(true);
	});

	for (const lang of ['sv', 'en'] as const) {
		it(`has no accessibility violations on the trainer view (${lang})`, async () => {
			const { page, outside } = await openPage(env.browser, env.site, `/trappan?lang=${lang}`);
			await page.locator('h1').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			expect(outside).toEqual([]);
		});
	}
});
