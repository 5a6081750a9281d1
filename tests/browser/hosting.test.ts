/**
 * One build on a plain static web server (no rewrite rules, no fallback to .html), at the server's root and under
 * a sub-path, as a municipality hosts it: every page reached by clicking, a method page reloaded, old links without
 * the slash, and the iframe snippet on an intranet page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	launchBrowser,
	openPage,
	serveHost,
	serveStatic,
	type Browser,
	type Site
} from './harness.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** Every response that failed: a link or asset that points past the build (to the server's root, say) shows here. */
function failures(page: Page): string[] {
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	return failed;
}

const heading = (page: Page) => page.locator('h1').textContent();

for (const base of ['/', '/verktyg/']) {
	describe(`the build served by a plain static server at ${base}`, () => {
		let site: Site;
		beforeAll(async () => {
			site = await serveStatic({ base });
		});
		afterAll(async () => {
			await site?.close();
		});
		const at = (path = '') => `${site.origin}${base}${path}`;

		it('reaches every page by clicking and reloads a method page', async () => {
			const { page, errors, outside } = await openPage(browser, site, base);
			const failed = failures(page);
			await page.locator('[data-step-heading]').waitFor();

			await page.getByRole('link', { name: 'Metoder', exact: true }).click();
			await page.waitForURL(at('metoder/'));
			expect(await heading(page)).toBe('Metodbiblioteket');

			await page.getByRole('link', { name: 'Medborgarråd', exact: true }).click();
			await page.waitForURL(at('metoder/medborgarrad/'));
			expect(await heading(page)).toBe('Medborgarråd');
			await page.reload();
			expect(await heading(page)).toBe('Medborgarråd');
			await page.getByRole('link', { name: 'Till metodbiblioteket' }).waitFor();

			await page.getByRole('link', { name: 'Använd metoden i guiden' }).click();
			await page.waitForURL((url) => url.href.startsWith(at('?')));
			await page.locator('[data-step-heading]').waitFor();

			await page.getByRole('link', { name: 'Delaktighetstrappan', exact: true }).click();
			await page.waitForURL(at('trappan/'));
			expect(await heading(page)).toBe('Delaktighetstrappan');

			await page.getByRole('link', { name: 'Bädda in på intranätet' }).click();
			await page.waitForURL(at('inbaddning/'));
			expect(await heading(page)).toBe('Bädda in på intranätet');
			// The snippets name the tool where it is, sub-path included.
			await expect
				.poll(async () => (await page.locator('pre').allTextContents()).join('\n'))
				.toContain(`${at('embed.js')}`);

			await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
			await page.waitForURL(at('tillganglighet/'));
			expect(await heading(page)).toBe('Tillgänglighetsredogörelse');

			await page.getByRole('link', { name: 'Välj metod', exact: true }).click();
			// The wizard writes its step into the query at once: the path is what counts.
			await page.waitForURL((url) => url.origin + url.pathname === at());
			await page.locator('[data-step-heading]').waitFor();

			await page.goto(at('embed/'));
			await page.locator('[data-step-heading]').waitFor();
			expect(failed).toEqual([]);
			expect(errors).toEqual([]);
			expect(outside).toEqual([]);
		});

		it('opens share links and old links without the slash, which the server redirects', async () => {
			const { page, errors } = await openPage(
				browser,
				site,
				`${base}?question-type=komplex&level=dialog&stage=forslag&group=unga`
			);
			const failed = failures(page);
			expect(await page.locator('[data-step-heading]').textContent()).toBe('Rekommendation');

			await page.goto(at('metoder?group=unga'));
			expect(page.url()).toBe(at('metoder/?group=unga'));
			await expect
				.poll(() => page.getByRole('checkbox', { name: 'Unga (13–25 år)' }).isChecked())
				.toBe(true);

			await page.goto(at('metoder/medborgarrad'));
			expect(await heading(page)).toBe('Medborgarråd');

			await page.goto(at('embed?lang=en'));
			expect(await page.locator('[data-step-heading]').textContent()).toMatch(/Why/);
			expect(failed).toEqual([]);
			expect(errors).toEqual([]);
		});

		it("looks for a relative ?catalog= at the site's root, from any page", async () => {
			const { page } = await openPage(browser, site, `${base}embed/?catalog=kommun.json`);
			await expect
				.poll(() => page.getByRole('status').first().textContent())
				.toContain(`Servern svarade med felkod 404 för ${base}kommun.json.`);
		});

		it('copies share links that point at the site, sub-path included, from the frame and the widget', async () => {
			const host = await serveHost({
				'/': `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Intranät</title></head><body><delaktighets-karta lang="sv" question-type="komplex" level="dialog" stage="forslag" group="unga"></delaktighets-karta><script src="${at('delaktighets-karta.js')}"></script></body></html>`
			});
			const copied = async (page: Page) => {
				await page.getByRole('button', { name: 'Kopiera länk' }).click();
				await page.getByText('Länken är kopierad.').waitFor();
				return new URL(await page.evaluate(() => navigator.clipboard.readText()));
			};
			try {
				for (const origin of [site.origin, host.origin])
					await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
						origin
					});
				const frame = await openPage(
					browser,
					site,
					`${base}embed/?question-type=komplex&level=dialog&stage=forslag&group=unga`
				);
				const fromFrame = await copied(frame.page);
				expect(fromFrame.origin + fromFrame.pathname).toBe(at());
				expect(fromFrame.searchParams.get('step')).toBe('result');
				const widget = await openPage(browser, host, '/', [site]);
				const fromWidget = await copied(widget.page);
				expect(fromWidget.origin + fromWidget.pathname).toBe(at());
				expect(fromWidget.searchParams.get('question-type')).toBe('komplex');
			} finally {
				await browser.context.clearPermissions();
				await host.close();
			}
		});

		it('runs the iframe snippet from an intranet page: the frame beside embed.js, titles of their own, a full-page link', async () => {
			const host = await serveHost({
				'/': `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Intranät</title></head><body><h1>Intranät</h1><div data-delaktighetskarta data-lang="sv"></div><div data-delaktighetskarta data-lang="sv" data-question-type="komplex" data-level="dialog" data-stage="forslag" data-group="unga"></div><script src="${at('embed.js')}"></script></body></html>`
			});
			try {
				const { page, errors, outside } = await openPage(browser, host, '/', [site]);
				const failed = failures(page);
				const frames = page.locator('iframe');
				await expect.poll(() => frames.count()).toBe(2);
				expect(await frames.nth(0).getAttribute('src')).toBe(at('embed/?lang=sv'));
				expect(
					await frames.evaluateAll((all) => all.map((frame) => (frame as HTMLIFrameElement).title))
				).toEqual([
					'Delaktighetskarta – välj metod för medborgardialog',
					'Delaktighetskarta – välj metod för medborgardialog (2)'
				]);
				const second = page.frameLocator('iframe >> nth=1');
				await second.locator('[data-step-heading]').waitFor();
				const link = second.getByRole('link', { name: /Öppna i helsida/ });
				// The full site, one folder up from /embed/, with the answers so far.
				await expect
					.poll(() => link.evaluate((anchor) => (anchor as HTMLAnchorElement).href))
					.toContain('step=result');
				const full = new URL(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href));
				expect(full.origin + full.pathname).toBe(at());
				expect(full.searchParams.get('question-type')).toBe('komplex');
				expect(await link.getAttribute('target')).toBe('_blank');
				// The frames load lazily: the second is below the fold until the reader scrolls to it.
				await frames.nth(1).scrollIntoViewIfNeeded();
				await expect
					.poll(() => frames.nth(1).evaluate((frame) => (frame as HTMLIFrameElement).style.height))
					.toMatch(/^\d+px$/);
				expect(failed).toEqual([]);
				expect(errors).toEqual([]);
				expect(outside).toEqual([]);
			} finally {
				await host.close();
			}
		});
	});
}
