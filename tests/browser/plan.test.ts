/**
 * What a planner takes away, in Chromium: the printed decision record (read back from the PDF), the Word file (read
 * back with mammoth), and a dialogue plan that survives reload, Back and a save/open round trip, with the messages an
 * old or broken plan file gets and a draft that can be cleared.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeAnswer, questionOf } from '../../src/lib/answers/labels.ts';
import { ROWS } from '../../src/lib/answers/registry.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { isShown, toAnswers } from '../../src/lib/wizard/draft.ts';
import { parseShareLink } from '../../src/lib/wizard/shareLink.ts';
import { repoCatalog } from '../helpers/catalog.ts';
import { openPage, useSiteAndBrowser } from './harness.ts';
import { pdfPages } from './pdfText.ts';

const env = useSiteAndBrowser();
const catalog = repoCatalog();

const STADSPARKEN =
	'/?title=Ny+detaljplan+f%C3%B6r+bost%C3%A4der+vid+Stadsparken&purpose=Samla+synpunkter+p%C3%A5+hur+parken+kan+bli+kvar+som+m%C3%B6tesplats.&open=delvis&question-type=samhallsutmaning&scope=politisk&level=dialog&group=boende&group=unga&group=platsens-anvandare&stage=forslag&pbl=ja&time=manader&resources=medel&continuity=engang&step=result';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** Every answer the link gives, as the record must print it: the question's short label and the answer in words. */
function answerTexts(url: string, lang: 'sv' | 'en' = 'sv') {
	const { draft } = parseShareLink(new URL(url).search, catalog.questionTypes);
	const answers = toAnswers(draft, catalog.questionTypes)! as unknown as Record<string, unknown>;
	return ROWS.filter((row) => isShown(row, draft) || row.required).map((row) => ({
		label: questionOf(catalog, row.question).short[lang],
		value: describeAnswer(row, answers[row.key], catalog, lang) ?? ''
	}));
}

const mixNames = (url: string) => {
	const { draft } = parseShareLink(new URL(url).search, catalog.questionTypes);
	return recommend(catalog, toAnswers(draft, catalog.questionTypes)!).mix.map(
		(entry) => catalog.methods.find((method) => method.id === entry.id)!.name.sv
	);
};

async function download(page: Page, button: RegExp | string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return readFileSync((await file.path())!);
}

const planField = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function openPlanEditor(page: Page) {
	const fold = page.locator('details', {
		has: page.getByRole('heading', { name: 'Skriv dialogplanen' })
	});
	if (!(await fold.evaluate((element) => (element as HTMLDetailsElement).open)))
		await fold.locator(':scope > summary').click();
}

describe('the decision record and the dialogue plan in Chromium', () => {
	it('prints a record of at most two A4 pages that holds every answer, the promise and the mix', async () => {
		const { page, errors } = await openPage(env.browser, env.site, STADSPARKEN);
		await expect
			.poll(() => page.locator('[data-step-heading]').textContent())
			.toMatch(/Stadsparken/);
		const pages = await pdfPages(await page.pdf({ format: 'A4' }));
		expect(pages.length).toBeLessThanOrEqual(2);
		const text = oneLine(pages.join(' '));
		// No site chrome on paper.
		expect(text).not.toMatch(/Fråga \d+ av|English|Spara och dela|Välj metod/);
		for (const { label, value } of answerTexts(page.url())) {
			expect(text, label).toContain(label);
			expect(text, label).toContain(oneLine(value));
		}
		expect(text).toContain('Det ni kan lova deltagarna: Konsultation');
		for (const name of mixNames(page.url())) expect(text).toContain(oneLine(name));
		expect(errors).toEqual([]);
	});

	it('downloads the record and the full plan as Word files that an independent reader can read', async () => {
		const { page } = await openPage(env.browser, env.site, STADSPARKEN);
		await openPlanEditor(page);
		await planField(page, 'Diarienummer').fill('SBN 2026/123');
		const record = await download(page, 'Beslutsunderlaget som Word');
		expect(record.subarray(0, 2).toString()).toBe('PK');
		const { value } = await mammoth.extractRawText({ buffer: record });
		const text = oneLine(value);
		for (const { label, value: answer } of answerTexts(page.url())) {
			expect(text, label).toContain(label);
			expect(text, label).toContain(oneLine(answer));
		}
		for (const name of mixNames(page.url())) expect(text).toContain(name);
		expect(text).toContain('SBN 2026/123');
		await expect
			.poll(() => page.getByRole('status').allTextContents())
			.toContain('Word-filen är nedladdad.');

		const fullFile = await download(page, 'Hela dialogplanen som Word');
		const full = await mammoth.extractRawText({ buffer: fullFile });
		// The map as an image (SVG, with PNG for Word versions without SVG), its sentences as the text alternative.
		const media = Object.keys(unzipSync(fullFile)).filter((name) => name.startsWith('word/media/'));
		expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
		expect(media.some((name) => name.endsWith('.png'))).toBe(true);
		expect(strFromU8(unzipSync(fullFile)['word/document.xml']!)).toMatch(
			/descr="[^"]*Idéer och förslag/
		);
		for (const track of ['Styrning och beslut', 'Kommunikation', 'Utvärdering'])
			expect(full.value).toContain(track);
		expect(full.value.length).toBeGreaterThan(value.length);
	});

	it('keeps 5 000 characters of Swedish in the plan through reload, Back and a save/open round trip', async () => {
		const { page, errors } = await openPage(env.browser, env.site, STADSPARKEN);
		await openPlanEditor(page);
		const long = 'Vi når äldre på träffpunkten och unga på fritidsgården – även på sfi. '
			.repeat(72)
			.slice(0, 5000);
		expect(long.length).toBe(5000);
		await planField(page, 'Bakgrund, syfte och mål').fill(long);
		await planField(page, 'Nämnd').fill('Samhällsbyggnadsnämnden');
		await page.getByLabel('Datum för nämndens beslut').fill('2027-06-10');
		// Nothing of it travels in the address.
		await expect.poll(() => page.url()).toMatch(/plan=[a-z2-9]{10}/);
		expect(page.url()).not.toContain('fritidsg');

		await page.reload();
		await openPlanEditor(page);
		await expect.poll(() => planField(page, 'Bakgrund, syfte och mål').inputValue()).toBe(long);
		expect(await page.getByLabel('Datum för nämndens beslut').inputValue()).toBe('2027-06-10');

		// Back to a question and forward again: the plan is still there.
		await page.getByRole('button', { name: 'Ändra' }).first().click();
		await expect.poll(() => page.url()).not.toContain('step=result');
		await page.goBack();
		await expect.poll(() => page.url()).toContain('step=result');
		await openPlanEditor(page);
		await expect.poll(() => planField(page, 'Bakgrund, syfte och mål').inputValue()).toBe(long);

		// The timeline is worked back from the decision date.
		expect(
			await page
				.getByRole('table', { name: /räknad baklänges från beslutet den 2027-06-10/ })
				.isVisible()
		).toBe(true);

		const saved = await download(page, 'Spara planen som fil');
		const file = JSON.parse(saved.toString('utf8'));
		expect(file.format).toBe('delaktighetskarta-plan');
		expect(file.plan.text.background).toBe(long);

		await page.getByRole('button', { name: 'Börja om' }).click();
		await expect.poll(() => page.locator('[data-step-heading]').textContent()).toMatch(/Varför/);
		const [chooser] = await Promise.all([
			page.waitForEvent('filechooser'),
			page.getByRole('button', { name: 'Öppna en sparad plan' }).click()
		]);
		await chooser.setFiles({ name: 'plan.json', mimeType: 'application/json', buffer: saved });
		await expect
			.poll(() => page.locator('[data-step-heading]').textContent())
			.toMatch(/Stadsparken/);
		expect(await page.getByRole('status').filter({ hasText: 'Planen är öppnad' }).isVisible()).toBe(
			true
		);
		await openPlanEditor(page);
		expect(await planField(page, 'Bakgrund, syfte och mål').inputValue()).toBe(long);
		expect(await planField(page, 'Nämnd').inputValue()).toBe('Samhällsbyggnadsnämnden');
		expect(errors).toEqual([]);
	});

	it('opens a plan file from a newer version and a broken one with a plain message', async () => {
		const { page } = await openPage(env.browser, env.site, '/');
		await expect.poll(() => page.locator('[data-step-heading]').textContent()).toMatch(/Varför/);
		const open = async (text: string) => {
			const [chooser] = await Promise.all([
				page.waitForEvent('filechooser'),
				page.getByRole('button', { name: 'Öppna en sparad plan' }).click()
			]);
			await chooser.setFiles({
				name: 'plan.json',
				mimeType: 'application/json',
				buffer: Buffer.from(text)
			});
		};
		await open('{"format": "delaktighetskarta-plan", "version"');
		await expect
			.poll(() => page.getByRole('status').allTextContents())
			.toContainEqual(
				expect.stringContaining('inte en sparad plan från Delaktighetskarta (inte JSON)')
			);
		const answers = new URL(STADSPARKEN, 'http://x').search.slice(1);
		await open(
			JSON.stringify({
				format: 'delaktighetskarta-plan',
				version: 3,
				answers,
				plan: { text: { committee: 'Kultur- och fritidsnämnden', budget: 12 }, reach: {} }
			})
		);
		await expect
			.poll(() => page.locator('[data-step-heading]').textContent())
			.toMatch(/Stadsparken/);
		const messages = (await page.getByRole('status').allTextContents()).join(' ');
		expect(messages).toContain('nyare version av verktyget (format 3)');
		expect(messages).toContain('budget');
		await openPlanEditor(page);
		expect(await planField(page, 'Nämnd').inputValue()).toBe('Kultur- och fritidsnämnden');
	});

	it('lists the drafts kept on this computer, says so, and clears them', async () => {
		const { page } = await openPage(env.browser, env.site, STADSPARKEN);
		await openPlanEditor(page);
		await planField(page, 'Nämnd').fill('Samhällsbyggnadsnämnden');
		const second = await openPage(env.browser, env.site, '/');
		await expect
			.poll(() => second.page.locator('[data-step-heading]').textContent())
			.toMatch(/Varför/);
		expect(await second.page.getByText(/sparas som utkast i den här webbläsaren/).isVisible()).toBe(
			true
		);
		const draft = second.page
			.getByRole('link', { name: 'Ny detaljplan för bostäder vid Stadsparken' })
			.first();
		expect(await draft.isVisible()).toBe(true);
		await second.page.getByRole('button', { name: 'Rensa alla utkast' }).click();
		expect(
			await second.page.getByRole('status').filter({ hasText: 'Utkasten är borttagna' }).isVisible()
		).toBe(true);
		expect(await draft.count()).toBe(0);
		expect(
			await second.page.evaluate(() => localStorage.getItem('delaktighetskarta:utkast'))
		).toBeNull();
		await second.page.reload();
		await expect
			.poll(() => second.page.locator('[data-step-heading]').textContent())
			.toMatch(/Varför/);
		expect(await second.page.getByRole('link', { name: /Stadsparken/ }).count()).toBe(0);
	});
});
