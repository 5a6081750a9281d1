import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoCatalog } from '../helpers/catalog.ts';
import { axeViolations, openPage, useSiteAndBrowser } from './harness.ts';

const env = useSiteAndBrowser();

/** Presses Tab until the element has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60) {
	for (let presses = 0; presses < limit; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with Tab`);
}

/**
 * Selects a checkbox, or a radio button the way keyboards do: Tab reaches the group (one tab stop), the arrow keys
 * move to and select the option.
 */
async function choose(page: Page, target: Locator) {
	const isRadio = (await target.getAttribute('type')) === 'radio';
	if (!isRadio) {
		await tabTo(page, target);
		await page.keyboard.press('Space');
		return;
	}
	const group = await target.getAttribute('name');
	for (let presses = 0; presses < 60; presses++) {
		const focusedName = await page.evaluate(
			() => (document.activeElement as HTMLInputElement | null)?.name
		);
		if (focusedName === group) break;
		await page.keyboard.press('Tab');
	}
	for (let presses = 0; presses < 10; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) break;
		await page.keyboard.press('ArrowDown');
	}
	await page.keyboard.press('Space');
}

const stepHeading = (page: Page) => page.locator('[data-step-heading]');

async function nextByKeyboard(page: Page) {
	await tabTo(
		page,
		page.getByRole('button', { name: /^(Nästa|Visa resultatet|Next|Show the result)$/ })
	);
	await page.keyboard.press('Enter');
}

const recommendationIds = (page: Page) =>
	page.locator('article[id^="method-"]').evaluateAll((cards) => cards.map((card) => card.id));

describe('the wizard in Chromium', () => {
	it('can be answered with the keyboard alone, from the first step to a printable result', async () => {
		const { page, outside, errors } = await openPage(env.browser, env.site, '/');
		await page.keyboard.press('Tab');
		await tabTo(page, page.getByRole('textbox', { name: /Varför vill ni föra dialog/ }));
		await page.keyboard.type('Samla idéer för ett tryggare centrum inför nämndens beslut.');
		await tabTo(page, page.getByRole('textbox', { name: 'Vad handlar frågan om?' }));
		await page.keyboard.type('Trygghet i centrum');
		await nextByKeyboard(page);
		await expect
			.poll(() => stepHeading(page).textContent())
			.toBe('Går frågan fortfarande att påverka?');
		expect(await stepHeading(page).evaluate((element) => element === document.activeElement)).toBe(
			true
		);
		await choose(page, page.getByRole('radio', { name: /Ja, frågan är öppen/ }));
		await nextByKeyboard(page);
		await choose(
			page,
			page.getByRole('group', { name: /komplex/i }).getByRole('radio', { name: /^Ja/ })
		);
		await choose(
			page,
			page.getByRole('group', { name: /konflikt/i }).getByRole('radio', { name: /^Ja/ })
		);
		await nextByKeyboard(page);
		await choose(page, page.getByRole('radio', { name: /^En politisk fråga/ }));
		await nextByKeyboard(page);
		await choose(page, page.getByRole('radio', { name: /^Dialog/ }));
		await nextByKeyboard(page);
		await choose(page, page.getByRole('checkbox', { name: /^Boende i ett område/ }));
		await choose(page, page.getByRole('checkbox', { name: /^Grupper som sällan deltar/ }));
		await nextByKeyboard(page);
		await choose(page, page.getByRole('radio', { name: /^Behov och problembild/ }));
		await nextByKeyboard(page);
		await expect.poll(() => stepHeading(page).textContent()).toMatch(/Hur lång tid/);
		await choose(page, page.getByRole('radio', { name: /^Två till sex månader/ }));
		await choose(page, page.getByRole('radio', { name: /^Medelstora/ }));
		await nextByKeyboard(page);

		await expect
			.poll(() => stepHeading(page).textContent())
			.toBe('Rekommendation: Trygghet i centrum');
		expect((await recommendationIds(page)).length).toBeGreaterThanOrEqual(3);
		await expect.poll(() => page.url()).toContain('step=result');
		expect(await axeViolations(page)).toEqual([]);

		// On paper: the decision record alone, without the site's header or the controls.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header').first().isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Kopiera länk' }).isVisible()).toBe(false);
		expect(
			await page.getByRole('heading', { name: 'Beslutsunderlag: Trygghet i centrum' }).isVisible()
		).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('reproduces the exact result from a copied link in a fresh page', async () => {
		const first = await openPage(
			env.browser,
			env.site,
			'/?question-type=komplex&level=dialog&stage=forslag&group=unga&group=boende&scope=politisk&title=Parken&purpose=Id%C3%A9er'
		);
		await expect.poll(() => stepHeading(first.page).textContent()).toBe('Rekommendation: Parken');
		await first.page
			.getByRole('combobox', { name: 'Steg på delaktighetstrappan' })
			.selectOption('inflytande');
		// The address is written once the result is drawn (historySync.ts), a moment after the answer.
		await expect.poll(() => first.page.url()).toContain('level=inflytande');
		const link = first.page.url();
		const shown = await recommendationIds(first.page);
		const second = await openPage(
			env.browser,
			env.site,
			new URL(link).pathname + new URL(link).search
		);
		await expect.poll(() => recommendationIds(second.page)).toEqual(shown);
		expect(
			await second.page.getByText(/Det ni kan lova deltagarna: Inflytande\./).isVisible()
		).toBe(true);
	});

	it('falls back to a valid state on a tampered link and says what it ignored', async () => {
		const { page, errors } = await openPage(
			env.browser,
			env.site,
			'/?question-type=komplex&level=%3Cscript%3E&stage=forslag&group=unga&step=%00&lang=xx&colour=red'
		);
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'Länken innehöll' }).count())
			.toBe(1);
		expect(await stepHeading(page).textContent()).toBe(
			'Hur mycket inflytande är beslutsfattarna verkligen beredda att ge?'
		);
		expect(errors).toEqual([]);
	});

	it("moves through the steps with the browser's Back and Forward", async () => {
		const { page } = await openPage(env.browser, env.site, '/');
		await page.getByRole('textbox', { name: /Varför vill ni föra dialog/ }).fill('Syfte');
		await page.getByRole('button', { name: 'Nästa' }).click();
		await page.getByRole('radio', { name: /Ja, frågan är öppen/ }).check();
		await page.getByRole('button', { name: 'Nästa' }).click();
		await expect
			.poll(() => stepHeading(page).textContent())
			.toBe('Hur komplex och konfliktfylld är frågan?');
		await page.goBack();
		await expect
			.poll(() => stepHeading(page).textContent())
			.toBe('Går frågan fortfarande att påverka?');
		await page.goBack();
		await expect.poll(() => stepHeading(page).textContent()).toMatch(/Varför vill ni föra dialog/);
		await page.goForward();
		await expect
			.poll(() => stepHeading(page).textContent())
			.toBe('Går frågan fortfarande att påverka?');
	});

	for (const lang of ['sv', 'en'] as const) {
		it(`has no accessibility violations on any step in ${lang === 'sv' ? 'Swedish' : 'English'}`, async () => {
			const answers =
				'purpose=x&open=ja&question-type=komplex&scope=politisk&level=dialog&group=unga&stage=forslag';
			for (const step of [
				'purpose',
				'open',
				'questionType',
				'scope',
				'level',
				'groups',
				'stage',
				'result'
			]) {
				const { page, outside } = await openPage(
					env.browser,
					env.site,
					`/?${answers}&lang=${lang}&step=${step}`
				);
				await page.locator('[data-step-heading]').waitFor();
				expect(await page.locator('html').getAttribute('lang'), step).toBe(lang);
				expect(await axeViolations(page), `${lang} ${step}`).toEqual([]);
				expect(outside).toEqual([]);
				await page.close();
			}
		});
	}

	// Swedish pages load the catalogue without its English texts; they arrive when asked for.
	it('fetches the English catalogue texts on switching language, and shows them', async () => {
		const catalog = repoCatalog();
		const purpose = catalog.questions.find((question) => question.id === 'purpose')!;
		const { page, errors } = await openPage(env.browser, env.site, '/');
		await expect.poll(() => stepHeading(page).textContent()).toBe(purpose.label.sv);
		await page.getByRole('button', { name: 'English' }).click();
		await expect.poll(() => stepHeading(page).textContent()).toBe(purpose.label.en);
		expect(await page.getByText(purpose.help.en).count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('opens an English link with the English catalogue on the method cards', async () => {
		const catalog = repoCatalog();
		const { page } = await openPage(
			env.browser,
			env.site,
			'/?question-type=komplex&level=dialog&stage=forslag&group=unga&lang=en'
		);
		const card = page.locator('article[id^="method-"]').first();
		await card.waitFor();
		const id = await card.getAttribute('id');
		const method = catalog.methods.find((item) => `method-${item.id}` === id)!;
		expect(await card.textContent()).toContain(method.name.en);
		expect(await card.textContent()).toContain(method.summary.en);
	});

	it('shows the error summary without accessibility violations', async () => {
		const { page } = await openPage(env.browser, env.site, '/?step=open&purpose=x');
		await page.getByRole('button', { name: 'Nästa' }).click();
		await page.getByRole('alert').waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});

	it('is usable 320 px wide', async () => {
		const { page } = await openPage(
			env.browser,
			env.site,
			'/?question-type=komplex&level=dialog&stage=forslag&group=unga'
		);
		await page.setViewportSize({ width: 320, height: 800 });
		await stepHeading(page).waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(await axeViolations(page)).toEqual([]);
	});
});
