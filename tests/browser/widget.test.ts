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
			await page
				.getByRole('heading', { name: 'Kommunens intranät' })
				.evaluate((heading) => getComputedStyle(heading).fontFamily)
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
		expect(
			(await fetched(page)).filter((path) => path === '/delaktighets-karta-en.js')
		).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	it('switches to English with the interface and the catalogue from the English file beside its script', async () => {
		const intranet = await serveHost({ '/': hostPage(tool, '') });
		try {
			const { page, errors } = await openPage(browser, intranet, '/', [tool]);
			const widget = page.locator('delaktighets-karta');
			await widget.getByRole('button', { name: 'Nästa' }).waitFor();
			expect(await fetched(page)).not.toContain('/delaktighets-karta-en.js');
			await widget.getByRole('button', { name: 'English' }).click();
			await widget.getByRole('button', { name: 'Next' }).waitFor();
			expect(await widget.locator('[data-step-heading]').textContent()).toMatch(
				/Why do you want a dialogue/
			);
			expect(await widget.getByText('Question 1 of').count()).toBe(1);
			expect(await fetched(page)).toContain('/delaktighets-karta-en.js');
			expect(errors).toEqual([]);
		} finally {
			await intranet.close();
		}
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

	it('fetches its methods from beside its script once the first question is answered', async () => {
		const intranet = await serveHost({ '/': hostPage(tool, '') });
		try {
			const { page, errors } = await openPage(browser, intranet, '/', [tool]);
			const widget = page.locator('delaktighets-karta');
			await widget.locator('[data-step-heading]').waitFor();
			expect(await fetched(page)).not.toContain('/delaktighets-karta-methods.js');
			await widget.getByRole('textbox', { name: /Varför vill ni föra dialog/ }).fill('Syfte');
			await widget.getByRole('button', { name: 'Nästa' }).click();
			await expect
				.poll(async () =>
					(await fetched(page)).filter((path) => path === '/delaktighets-karta-methods.js')
				)
				.toHaveLength(1);
			expect(errors).toEqual([]);
		} finally {
			await intranet.close();
		}
	});

	it('says so on the result when its methods file was not copied beside it', async () => {
		// An admin who copied only the widget file to the intranet.
		const widget = readFileSync(
			new URL('../../build/delaktighets-karta.js', import.meta.url),
			'utf8'
		);
		const intranet = await serveHost({
			'/': '<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Intranät</title></head><body><delaktighets-karta question-type="komplex" level="dialog" stage="forslag" group="unga"></delaktighets-karta><script src="/skript/delaktighets-karta.js"></script></body></html>',
			'/skript/delaktighets-karta.js': widget
		});
		try {
			const { page } = await openPage(browser, intranet, '/');
			const element = page.locator('delaktighets-karta');
			const message = element.getByText(
				'Metoderna kunde inte hämtas, så inget resultat kan visas. Försök igen senare.'
			);
			await message.waitFor();
			expect(await message.isVisible()).toBe(true);
			expect(await element.getByText('Metoderna hämtas …').count()).toBe(0);
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

/** The paths the page has fetched so far. */
const fetched = (page: import('playwright-core').Page) =>
	page.evaluate(() =>
		performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
	);

/** A host page with the widget and whatever the intranet puts in its head. */
const hostPage = (tool: Site, head: string, more = '') =>
	`<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}<title>Intranät</title></head><body><h1>Intranät</h1><delaktighets-karta lang="sv"></delaktighets-karta>${more}<script src="${tool.origin}/delaktighets-karta.js"></script></body></html>`;

/**
 * The first step's heading (its label, which holds the text), help text and button, and the hints under the
 * second step's choices, in px as drawn.
 */
async function sizes(page: import('playwright-core').Page) {
	const widget = page.locator('delaktighets-karta');
	await widget.locator('[data-step-heading]').waitFor();
	const size = (selector: string) =>
		widget
			.locator(selector)
			.first()
			.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	const first = {
		heading: await size('[data-step-heading] label'),
		help: await size('.help'),
		button: await size('button[type="submit"]')
	};
	await widget.getByRole('textbox', { name: /Varför vill ni föra dialog/ }).fill('Syfte');
	await widget.getByRole('button', { name: 'Nästa' }).click();
	await widget.locator('.hint').first().waitFor();
	return { ...first, hint: await size('.hint') };
}

describe("the widget's text size", () => {
	it("follows the reader's default size, not a host root of 62.5 % (older Bootstrap intranets)", async () => {
		const intranet = await serveHost({
			'/': hostPage(tool, '<style>html { font-size: 62.5%; } body { font-size: 1.4rem; }</style>')
		});
		try {
			const { page, errors } = await openPage(browser, intranet, '/', [tool]);
			const drawn = await sizes(page);
			expect(drawn.help).toBe(16);
			expect(drawn.button).toBe(16);
			expect(drawn.hint).toBeGreaterThanOrEqual(14);
			expect(drawn.heading).toBeGreaterThan(drawn.help);
			// No rule in the widget is sized from the host's root.
			const remRules = await page.locator('delaktighets-karta').evaluate((element) =>
				[...element.shadowRoot!.styleSheets, ...element.shadowRoot!.adoptedStyleSheets]
					.flatMap((sheet) => [...sheet.cssRules])
					.map((rule) => rule.cssText)
					.filter((text) => /\drem\b/.test(text))
			);
			expect(remRules).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await intranet.close();
		}
	});

	it('grows with a reader who enlarges the default text size', async () => {
		const enlarged = await launchBrowser({ defaultFontSize: 24 });
		const intranet = await serveHost({
			'/': hostPage(tool, '<style>html { font-size: 62.5%; }</style>')
		});
		try {
			const { page } = await openPage(enlarged, intranet, '/', [tool]);
			const drawn = await sizes(page);
			expect(drawn.help).toBe(24);
			expect(drawn.heading).toBe(36);
		} finally {
			await intranet.close();
			await enlarged.close();
		}
	});
});

describe('the widget under a host CSP that forbids inline styles', () => {
	it('is drawn with its styles and breaks no rule of the policy', async () => {
		const intranet = await serveHost({
			'/': hostPage(
				tool,
				`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${tool.origin}; style-src 'self'; connect-src 'self' ${tool.origin}; img-src 'self' data:">`,
				// A result too: method cards and the participation map.
				'<delaktighets-karta id="result" lang="sv" question-type="komplex" level="dialog" stage="forslag" group="unga"></delaktighets-karta>'
			)
		});
		try {
			const { page, errors } = await openPage(browser, intranet, '/', [tool]);
			const next = page
				.locator('delaktighets-karta')
				.first()
				.getByRole('button', { name: 'Nästa' });
			await next.waitFor();
			expect(await next.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
				'rgb(29, 78, 137)'
			);
			await page
				.locator('delaktighets-karta')
				.first()
				.getByRole('textbox', { name: /Varför vill ni föra dialog/ })
				.fill('Syfte');
			await next.click();
			await next.click();
			await page.locator('delaktighets-karta').first().getByRole('alert').waitFor();
			const map = page.locator('#result').getByRole('img', { name: 'Delaktighetskartan' });
			await map.waitFor();
			expect((await map.boundingBox())!.height).toBeGreaterThan(100);
			expect(errors).toEqual([]);
		} finally {
			await intranet.close();
		}
	});
});
