import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	axeViolations,
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
	const page = readFileSync(new URL('./hosts/iframe.html', import.meta.url), 'utf8').replaceAll(
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

const frameHeight = (page: import('playwright-core').Page) =>
	page.locator('iframe').evaluate((frame) => (frame as HTMLIFrameElement).style.height);

describe('embedding with an iframe on an intranet page', () => {
	it('puts one titled frame on the page, even when the script is loaded twice, and sizes it to its content', async () => {
		const { page, outside, errors } = await openPage(browser, host, '/', [tool]);
		expect(await page.locator('iframe').count()).toBe(1);
		expect(await page.locator('iframe').getAttribute('title')).toBe(
			'Delaktighetskarta – välj metod för medborgardialog'
		);
		await expect.poll(() => frameHeight(page)).toMatch(/^\d+px$/);
		const frame = page.frameLocator('iframe');
		expect(await frame.locator('[data-step-heading]').textContent()).toMatch(
			/Varför vill ni föra dialog/
		);
		const before = await frameHeight(page);
		await frame.getByRole('textbox', { name: /Varför vill ni föra dialog/ }).fill('Syfte');
		await frame.getByRole('button', { name: 'Nästa' }).click();
		await frame.getByRole('button', { name: 'Nästa' }).click();
		await frame.getByRole('alert').waitFor();
		await expect.poll(() => frameHeight(page)).not.toBe(before);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	it("ignores resize messages that do not come from its frame at the tool's origin", async () => {
		const { page } = await openPage(browser, host, '/', [tool]);
		await expect.poll(() => frameHeight(page)).toMatch(/^\d+px$/);
		const height = await frameHeight(page);
		await page.evaluate(() =>
			window.postMessage({ type: 'delaktighetskarta:resize', height: 7 }, '*')
		);
		await page.waitForTimeout(200);
		expect(await frameHeight(page)).toBe(height);
	});

	it('has no accessibility violations on the host page with the frame, or on the embed route', async () => {
		const { page } = await openPage(browser, host, '/', [tool]);
		await page.frameLocator('iframe').locator('[data-step-heading]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		const embed = await openPage(
			browser,
			tool,
			'/embed?question-type=komplex&level=dialog&stage=forslag&group=unga&lang=en'
		);
		await embed.page.locator('[data-step-heading]').waitFor();
		expect(await embed.page.locator('header').count()).toBe(0);
		expect(await axeViolations(embed.page)).toEqual([]);
	});

	it('applies a valid accent colour and warns about an invalid one', async () => {
		const warnings: string[] = [];
		const valid = await openPage(browser, tool, '/embed?accent=%23005a3c');
		await valid.page.locator('[data-step-heading]').waitFor();
		expect(
			await valid.page
				.getByRole('button', { name: 'Nästa' })
				.evaluate((button) => getComputedStyle(button).backgroundColor)
		).toBe('rgb(0, 90, 60)');
		const invalid = await browser.context.newPage();
		invalid.on(
			'console',
			(message) => message.type() === 'warning' && warnings.push(message.text())
		);
		await invalid.goto(`${tool.origin}/embed?accent=%23ffff00&font=x;}body{display:none`);
		await invalid.locator('[data-step-heading]').waitFor();
		expect(warnings.join('\n')).toContain(
			'ignored invalid theme values: accent=#ffff00 (too light for white text'
		);
		expect(warnings.join('\n')).toContain('font=x;}body{display:none');
	});
});

describe('the embedding guide and the accessibility statement', () => {
	it("gives snippets with this site's address and previews the theme live", async () => {
		const { page, outside } = await openPage(browser, tool, '/inbaddning');
		// The prerendered snippets name a placeholder address until the page's script fills in this site's.
		const code = async () => (await page.locator('pre').allTextContents()).join('\n');
		await expect.poll(code).toContain(`${tool.origin}/embed.js`);
		expect(await code()).toContain(`${tool.origin}/delaktighets-karta.js`);
		expect(await code()).toContain("frame-ancestors 'self'");
		const next = page
			.getByRole('region', { name: 'Förhandsvisning' })
			.getByRole('button', { name: 'Nästa' });
		await page.getByLabel('Accentfärg').fill('#005a3c');
		await expect
			.poll(() => next.evaluate((button) => getComputedStyle(button).backgroundColor))
			.toBe('rgb(0, 90, 60)');
		await page.getByLabel('Accentfärg').fill('#ffee00');
		await page.getByText(/Används inte:\s+accent=#ffee00/).waitFor();
		expect(outside).toEqual([]);
	});

	it('copies every snippet with a button that works from the keyboard and says so', async () => {
		await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: tool.origin
		});
		try {
			const { page } = await openPage(browser, tool, '/inbaddning/');
			await expect
				.poll(async () => (await page.locator('pre').allTextContents()).join('\n'))
				.toContain(tool.origin);
			const snippets = await page.locator('pre').allTextContents();
			const buttons = page.getByRole('button', { name: /^Kopiera koden – / });
			expect(await buttons.count()).toBe(snippets.length);
			const names = await buttons.evaluateAll((all) => all.map((button) => button.textContent));
			expect(new Set(names).size).toBe(names.length);
			for (const [index, snippet] of snippets.entries()) {
				await buttons.nth(index).focus();
				await page.keyboard.press('Enter');
				const status = page.getByRole('status').filter({ hasText: 'Koden är kopierad.' });
				await expect.poll(() => status.count()).toBeGreaterThan(0);
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
			}
		} finally {
			await browser.context.clearPermissions();
		}
	});

	it('gives SharePoint a frame about a screen high, says why, and a full-page link in the frame', async () => {
		const { page } = await openPage(browser, tool, '/inbaddning/');
		const iframe = (await page.locator('pre').first().textContent()) ?? '';
		expect(iframe).toMatch(/^<iframe [^>]*height="800"[^>]*style="[^"]*height:800px/);
		expect(iframe).toContain('title="Delaktighetskarta – välj metod för medborgardialog"');
		const guide = (await page.locator('main').textContent()) ?? '';
		expect(guide).toContain('7 000–9 000');
		expect(guide).toContain('Öppna i helsida');
		const embed = await openPage(browser, tool, '/embed/?lang=en');
		const link = embed.page.getByRole('link', { name: /^Open full page/ });
		await link.waitFor();
		expect(await link.getAttribute('target')).toBe('_blank');
	});

	for (const lang of ['sv', 'en'] as const) {
		it(`has no accessibility violations on the guide and the statement (${lang})`, async () => {
			for (const path of ['/inbaddning', '/tillganglighet']) {
				const { page } = await openPage(browser, tool, `${path}?lang=${lang}`);
				await page.locator('h1').waitFor();
				expect(await axeViolations(page), `${path} ${lang}`).toEqual([]);
				await page.close();
			}
		});
	}
});
