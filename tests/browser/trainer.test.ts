import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { edited, repoFiles } from '../helpers/catalog.ts';
import { axeViolations, openPage, serveStatic, useSiteAndBrowser } from './harness.ts';

const env = useSiteAndBrowser();

/** Clicker keys: what a presenter's remote sends for Next and for Previous, taken in turn. */
const NEXT = ['ArrowRight', 'PageDown', 'Space'] as const;
const PREVIOUS = ['ArrowLeft', 'PageUp'] as const;

async function startPresentation(page: Page, outline = '60-minuter') {
	await page.locator(`input[value="${outline}"]`).check();
	const start = page.getByRole('button', {
		name: /^(Starta presentationen|Start the presentation)$/
	});
	await start.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog');
	await dialog.waitFor();
	return dialog;
}

/** Where the presentation is: the counter, the slide's kind and everything that changes within a slide. */
async function state(dialog: Locator) {
	return dialog.evaluate((element) => {
		const slide = element.querySelector<HTMLElement>('.slide')!;
		return {
			counter: element.querySelector('.controls p')!.textContent!.trim(),
			kind: slide.dataset.kind!,
			heading: slide.querySelector('h2')!.textContent!.trim(),
			revealed: slide.querySelector('.answer') !== null,
			step:
				slide
					.querySelector(
						'.what-if [role="img"][aria-label*=", steg"], .what-if [role="img"][aria-label*=", step"]'
					)
					?.getAttribute('aria-label') ?? null,
			blank: element.querySelector('.blank') !== null
		};
	});
}

/** The counter on the last slide: "Bild 25 av 25", "Slide 25 of 25". */
const isLast = (counter: string) => /(\d+) (av|of) \1$/.test(counter);

/**
 * Words (runs of letters and digits) in `selector` that do not stay on one line, or that stick out of the element
 * holding them: a word broken mid-word or overflowing its box. Empty when every word fits.
 */
function brokenWords(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((selector) => {
		const problems: string[] = [];
		for (const root of document.querySelectorAll<HTMLElement>(selector)) {
			if (root.getClientRects().length === 0) continue;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const holder = node.parentElement!;
				if (holder.getClientRects().length === 0 || holder.closest('caption')) continue;
				const box = holder.closest('td, th, dd, dt, li, p')?.getBoundingClientRect();
				for (const match of node.textContent!.matchAll(/[\p{L}\p{N}]+/gu)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
					const lines = new Set(rects.map((rect) => Math.round(rect.top)));
					if (lines.size > 1) problems.push(`${match[0]} breaks over ${lines.size} lines`);
					const outside = rects.some(
						(rect) => box && (rect.right > box.right + 1 || rect.left < box.left - 1)
					);
					if (outside) problems.push(`${match[0]} sticks out of its box`);
				}
			}
		}
		return problems;
	}, selector);
}

describe('the trainer’s presentation in Chromium', () => {
	it('runs the 60-minute session from the first slide to the last with clicker keys alone', async () => {
		const { page, errors } = await openPage(env.browser, env.site, '/trappan');
		await page.setViewportSize({ width: 1280, height: 720 });
		const dialog = await startPresentation(page);
		const first = await state(dialog);
		const total = Number(first.counter.match(/av (\d+)/)![1]);
		expect(first.counter).toBe(`Bild 1 av ${total}`);

		const visited = new Set<string>([first.counter]);
		const exercises = new Map<string, boolean>();
		const whatIfSteps: string[] = [];
		let presses = 0;
		let wentDown = false;
		let blanked = false;
		const next = () => page.keyboard.press(NEXT[presses++ % NEXT.length]!);
		const previous = () => page.keyboard.press(PREVIOUS[presses++ % PREVIOUS.length]!);

		for (let guard = 0; guard < 200; guard++) {
			const now = await state(dialog);
			visited.add(now.counter);
			if (['placement', 'promise', 'reach'].includes(now.kind))
				exercises.set(now.heading, (exercises.get(now.heading) ?? false) || now.revealed);
			if (now.step) whatIfSteps.push(now.step.replace(/^.*steg (\d) av 5.*$/, '$1'));
			// On the what-if's top step, go down two steps and up again before moving on.
			if (now.step?.includes('steg 5 av 5') && !wentDown) {
				wentDown = true;
				await previous();
				await previous();
				continue;
			}
			// Blank the screen once, mid-session, and bring it back.
			if (now.kind === 'compare' && !blanked) {
				blanked = true;
				await page.keyboard.press('b');
				expect((await state(dialog)).blank).toBe(true);
				await page.keyboard.press('b');
				const back = await state(dialog);
				expect(back.blank).toBe(false);
				expect(back.counter).toBe(now.counter);
				continue;
			}
			if (now.counter === `Bild ${total} av ${total}`) break;
			await next();
		}

		expect([...visited].sort()).toEqual(
			Array.from({ length: total }, (_, index) => `Bild ${index + 1} av ${total}`).sort()
		);
		expect(exercises.size).toBeGreaterThanOrEqual(10);
		expect([...exercises].filter(([, revealed]) => !revealed)).toEqual([]);
		expect(whatIfSteps).toEqual(['1', '2', '3', '4', '5', '3', '4', '5']);
		expect(blanked).toBe(true);
		expect(errors).toEqual([]);

		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });
		expect(
			await page
				.getByRole('button', { name: 'Starta presentationen' })
				.evaluate((element) => element === document.activeElement)
		).toBe(true);
	});

	it('draws the what-if’s map large enough for the room: the drawing and its methods, nothing to open', async () => {
		const { page } = await openPage(env.browser, env.site, '/trappan');
		await page.setViewportSize({ width: 1280, height: 720 });
		const dialog = await startPresentation(page, '20-minuter');
		while ((await state(dialog)).kind !== 'whatIf') await page.keyboard.press('PageDown');
		const map = dialog.locator('.what-if .map');
		// Said beside it on the slide, or not for a clicker: the route in words, the alternatives, the table.
		expect(await map.locator('.map-route-text, details, table').count()).toBe(0);
		expect(await map.getByRole('button', { name: /Visa alternativ/ }).count()).toBe(0);
		// Every method of the plan keyed by its mark, and the drawing over most of its half of the slide.
		const methods = await map.locator('.map-methods button').allTextContents();
		expect(methods.length).toBeGreaterThanOrEqual(2);
		const drawing = await map.locator('svg[role="img"]').boundingBox();
		expect(drawing!.width).toBeGreaterThan(1280 * 0.4);
		const keySize = await map
			.locator('.map-methods button span')
			.first()
			.evaluate((span) => span.getBoundingClientRect().height);
		expect(keySize).toBeGreaterThanOrEqual(14);
	});

	it('keeps the controls off the projected image until the mouse moves', async () => {
		const { page } = await openPage(env.browser, env.site, '/trappan');
		await page.setViewportSize({ width: 1280, height: 720 });
		const dialog = await startPresentation(page, '20-minuter');
		const controls = dialog.locator('.controls');
		const opacity = () => controls.evaluate((element) => getComputedStyle(element).opacity);
		expect(await opacity()).toBe('0');
		await page.mouse.move(300, 300);
		await page.mouse.move(320, 310);
		await expect.poll(opacity).toBe('1');
		await expect.poll(opacity, { timeout: 6000 }).toBe('0');
	});

	for (const [width, height, lang] of [
		[1280, 720, 'sv'],
		[1920, 1080, 'sv'],
		[1280, 720, 'en'],
		[1920, 1080, 'en']
	] as const) {
		it(
			`fits every slide of the 60-minute session on a ${width}×${height} screen${width === 1920 ? ', with text at least 28 px' : ''} (${lang})`,
			{ timeout: 240_000 },
			async () => {
				const { page } = await openPage(env.browser, env.site, `/trappan?lang=${lang}`);
				await page.setViewportSize({ width, height });
				const dialog = await startPresentation(page);
				for (let guard = 0; guard < 200; guard++) {
					const now = await state(dialog);
					const problems = await dialog.evaluate(
						(element, minimum) => {
							const slide = element.querySelector<HTMLElement>('.slide')!;
							const bounds = slide.getBoundingClientRect();
							const found: string[] = [];
							if (slide.scrollHeight > slide.clientHeight)
								found.push(`taller by ${slide.scrollHeight - slide.clientHeight} px`);
							if (slide.scrollWidth > slide.clientWidth)
								found.push(`wider by ${slide.scrollWidth - slide.clientWidth} px`);
							const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
							for (let node = walker.nextNode(); node; node = walker.nextNode()) {
								const holder = node.parentElement!;
								if (!node.textContent!.trim() || holder.closest('caption')) continue;
								// Text in a closed disclosure (the map's table) is not on the screen.
								if (
									!holder.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })
								)
									continue;
								const range = document.createRange();
								range.selectNodeContents(node);
								for (const rect of range.getClientRects()) {
									if (rect.width === 0) continue;
									if (
										rect.bottom > bounds.bottom + 1 ||
										rect.right > bounds.right + 1 ||
										rect.left < bounds.left - 1 ||
										rect.top < bounds.top - 1
									)
										found.push(`cut off: ${node.textContent!.trim().slice(0, 40)}`);
								}
								// The participation map is a picture scaled to fit; the rule is for the slide's text.
								if (minimum && !holder.closest('.box')) {
									const size = parseFloat(getComputedStyle(holder).fontSize);
									if (size < minimum)
										found.push(`${size} px: ${node.textContent!.trim().slice(0, 40)}`);
								}
							}
							return found;
						},
						width === 1920 ? 28 : 0
					);
					expect(problems, `${now.counter} (${now.kind}, ${now.heading})`).toEqual([]);
					if (isLast(now.counter)) break;
					await page.keyboard.press('PageDown');
				}
			}
		);
	}

	for (const lang of ['sv', 'en'] as const) {
		it(`has no accessibility violations on any slide (${lang})`, { timeout: 300_000 }, async () => {
			const { page, outside } = await openPage(env.browser, env.site, `/trappan?lang=${lang}`);
			await page.setViewportSize({ width: 1280, height: 720 });
			const dialog = await startPresentation(page);
			for (let guard = 0; guard < 200; guard++) {
				const now = await state(dialog);
				// Focus in the controls keeps them shown, so they are checked too, once they have faded fully in.
				await dialog.locator('.controls button').last().focus();
				await expect
					.poll(() => dialog.locator('.controls').evaluate((e) => getComputedStyle(e).opacity))
					.toBe('1');
				expect(await axeViolations(page), now.counter).toEqual([]);
				if (isLast(now.counter)) break;
				await page.keyboard.press('PageDown');
			}
			expect(outside).toEqual([]);
		});
	}
});

describe('the presenter window', () => {
	it('follows the projected presentation and drives it with the clicker’s keys', async () => {
		const { page, errors } = await openPage(env.browser, env.site, '/trappan');
		await page.setViewportSize({ width: 1280, height: 720 });
		const dialog = await startPresentation(page);
		await page.mouse.move(200, 200);
		const opened = page.waitForEvent('popup');
		await dialog.getByRole('button', { name: 'Öppna talarfönstret' }).click();
		const presenter = await opened;
		await presenter.locator('h1').waitFor();
		const now = presenter.locator('#presenter-now');
		await expect.poll(() => now.textContent()).toMatch(/Nu: Delaktighetstrappan/);
		expect(await presenter.getByRole('status').textContent()).toMatch(/Klickern styr båda/);

		await page.keyboard.press('PageDown');
		await expect.poll(() => now.textContent()).toMatch(/Nu: Information/);
		expect(await presenter.locator('.now').textContent()).toMatch(/Kommunen berättar om en fråga/);

		await presenter.keyboard.press('PageDown');
		await expect.poll(() => state(dialog).then((s) => s.heading)).toBe('Konsultation');
		await presenter.keyboard.press('b');
		await expect.poll(() => state(dialog).then((s) => s.blank)).toBe(true);
		await presenter.keyboard.press('b');
		await expect.poll(() => state(dialog).then((s) => s.blank)).toBe(false);
		expect(await axeViolations(presenter)).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('the trainer page', () => {
	for (const width of [1280, 768, 375]) {
		it(`breaks no word in the ladder comparison at ${width} px, and nothing is wider than the screen`, async () => {
			const { page } = await openPage(env.browser, env.site, '/trappan');
			await page.setViewportSize({ width, height: 900 });
			await page.locator('.comparison').first().waitFor();
			expect(await brokenWords(page, '.screen .comparison')).toEqual([]);
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				)
			).toBeLessThanOrEqual(0);
		});
	}

	it('changes the promise, the plan and the map when the trainer moves the level', async () => {
		const { page } = await openPage(env.browser, env.site, '/trappan');
		const whatIf = page.locator('.what-if');
		const status = whatIf.locator('[role="status"]');
		const before = await status.textContent();
		const planBefore = await whatIf.locator('.mix').textContent();
		await page.getByRole('button', { name: 'Ett steg ned' }).click();
		expect(await status.textContent()).not.toBe(before);
		expect(await whatIf.locator('.mix').textContent()).not.toBe(planBefore);
		expect(await whatIf.getByText(/\(bär löftet\)/).count()).toBeGreaterThan(0);
		expect(await whatIf.getByRole('img', { name: 'Delaktighetskartan' }).isVisible()).toBe(true);
	});

	for (const lang of ['sv', 'en'] as const) {
		it(`has no accessibility violations on the page (${lang})`, async () => {
			const { page, outside } = await openPage(env.browser, env.site, `/trappan?lang=${lang}`);
			await page.locator('h1').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			expect(outside).toEqual([]);
		});
	}

	it('prints a handout with a title, the date, the comparison unbroken, the cases and the sources', async () => {
		const { page, errors } = await openPage(env.browser, env.site, '/trappan');
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.locator('.comparison').first().waitFor();
		await page.emulateMedia({ media: 'print' });
		const handout = page.locator('.handout');
		expect(await handout.isVisible()).toBe(true);
		expect(await page.locator('.screen').isVisible()).toBe(false);
		expect(await handout.locator('h2.title').textContent()).toBe('Delaktighetstrappan – underlag');
		expect(await handout.locator('.date').textContent()).toMatch(
			/^Utskrivet \d{1,2} \p{L}+ \d{4} · 60 minuter/u
		);
		expect(await handout.locator('table').count()).toBe(2);
		expect(await brokenWords(page, '.handout .comparison')).toEqual([]);
		expect(await handout.locator('.case').count()).toBeGreaterThanOrEqual(10);
		const sources = await handout.locator('.sources li').allTextContents();
		expect(sources.length).toBeGreaterThan(10);
		expect(sources.join('\n')).toMatch(/Community Tool Box, University of Kansas/);
		expect(sources.join('\n')).toMatch(/UNICEF/);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(20_000);
		expect(errors).toEqual([]);
	});

	it('prints the speaker’s script of the chosen session for a room with one screen', async () => {
		const { page } = await openPage(env.browser, env.site, '/trappan');
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await page.locator('input[value="20-minuter"]').check();
		await page.getByRole('button', { name: 'Skriv ut talarmanus' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		const script = page.locator('.script');
		expect(await script.isVisible()).toBe(true);
		expect(await page.locator('.handout').isVisible()).toBe(false);
		expect(await script.locator('h2').textContent()).toBe(
			'Talarmanus: 20 minuter – trappan i korthet'
		);
		expect(await script.locator('li').count()).toBe(10);
		expect(await script.textContent()).toMatch(/Svar: Dialog\./);
	});

	it('presents a municipality’s own exercises from its catalogue (?catalog=)', async () => {
		const text = edited(
			'rules/exercises.yaml',
			'{ sv: Ett möte om ett fattat beslut, en: A meeting about a decision already taken }',
			'{ sv: Vårt eget fall, en: Our own case }'
		);
		const files = repoFiles.map((file) =>
			file.path === 'rules/exercises.yaml' ? { ...file, text } : file
		);
		const { catalog } = loadCatalog(files);
		const site = await serveStatic({ extra: { '/kommun.json': JSON.stringify(catalog) } });
		try {
			const { page, errors } = await openPage(env.browser, site, '/trappan?catalog=/kommun.json');
			await page.setViewportSize({ width: 1280, height: 720 });
			await page.emulateMedia({ media: 'print' });
			await expect
				.poll(() => page.locator('.handout h4').allTextContents())
				.toContain('Var på trappan hamnar det här? Mölndal: Vårt eget fall');
			expect(errors).toEqual([]);
		} finally {
			await site.close();
		}
	});
});
