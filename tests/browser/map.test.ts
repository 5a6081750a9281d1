import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useSiteAndBrowser } from './harness.ts';

const env = useSiteAndBrowser();

/** Real answers that open on the result, with plans of different shapes. */
const PLANS = [
	'question-type=komplex&level=dialog&stage=behov&group=boende&group=unga&purpose=x',
	'question-type=konfliktfylld&level=konsultation&stage=forslag&group=alla&purpose=x',
	'question-type=enkel&level=information&stage=genomforande&group=barn&purpose=x',
	'question-type=samhallsutmaning&level=inflytande&stage=prioritering&group=aldre&group=flersprakiga&purpose=x'
];

async function openResult(query: string, width = 1024) {
	const opened = await openPage(env.browser, env.site, `/?${query}`);
	await opened.page.setViewportSize({ width, height: 900 });
	await map(opened.page)
		.getByRole('img', { name: /Delaktighetskartan|participation map/ })
		.waitFor();
	return opened;
}

const map = (page: Page) => page.locator('.result .map');

/** What the drawing shows, by kind, as the legend names its kinds. */
const drawnKinds = (page: Page) =>
	map(page)
		.locator('svg[role="img"]')
		.evaluate((svg) =>
			[
				['lead', '.map-lead'],
				['supporting', '.map-supporting'],
				['alternative', '.map-alternative'],
				['route', '.map-route'],
				['boundary', '.map-boundary'],
				['you', '.map-you']
			]
				.filter(([, selector]) => svg.querySelector(selector!))
				.map(([kind]) => kind)
		);
const legendKinds = (page: Page) =>
	map(page)
		.locator('[data-kind]')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));

describe('the participation map in Chromium', () => {
	it('says the route in one sentence a stage, matching the process list, for several real plans', async () => {
		for (const query of PLANS) {
			const { page } = await openResult(query);
			const methodNames = await map(page)
				.locator('.map-methods button > span')
				.evaluateAll((spans) => spans.map((span) => span.firstChild!.textContent!.trim()));
			const steps = await page.locator('ol.process > li').evaluateAll((items) =>
				items.map((item) => ({
					stage: item.querySelector('.stage')!.textContent!.trim(),
					methods: item.querySelector('.methods')?.textContent ?? ''
				}))
			);
			const used = steps
				.map((step) => ({
					stage: step.stage,
					methods: methodNames.filter((name) => step.methods.includes(name))
				}))
				.filter((step) => step.methods.length > 0);
			const stages = [...new Set(used.map((step) => step.stage))];
			expect(stages.length, query).toBeGreaterThan(0);
			const text = (await map(page).locator('.map-route-text').textContent())!;
			const starts = stages.map((stage) => text.indexOf(`${stage}:`));
			expect(starts, query).toEqual([...starts].sort((a, b) => a - b));
			expect(starts[0], query).toBe(0);
			const sentence = (stage: string) => {
				const index = stages.indexOf(stage);
				return text.slice(starts[index], starts[index + 1]);
			};
			for (const step of used)
				for (const name of step.methods) expect(sentence(step.stage), query).toContain(name);
			await page.close();
		}
	});

	it('keys exactly the kinds it draws, with swatches drawn like the marks, alternatives only on demand', async () => {
		const { page, errors } = await openResult(PLANS[0]!);
		expect(await legendKinds(page)).toEqual(await drawnKinds(page));
		expect(await drawnKinds(page)).not.toContain('alternative');
		const style = (selector: string) =>
			map(page)
				.locator(selector)
				.first()
				.evaluate((element) => {
					const css = getComputedStyle(element);
					return [css.fill, css.stroke, css.strokeDasharray];
				});
		for (const kind of ['lead', 'supporting'])
			expect(await style(`[data-kind="${kind}"] path`), kind).toEqual(
				await style(`svg[role="img"] .map-${kind} path`)
			);
		expect(await style('[data-kind="route"] path')).toEqual(
			await style('svg[role="img"] .map-route')
		);

		const toggle = map(page).getByRole('button', { name: /Visa alternativ/ });
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await drawnKinds(page)).toContain('alternative');
		expect(await legendKinds(page)).toEqual(await drawnKinds(page));
		expect(await style('[data-kind="alternative"] path')).toEqual(
			await style('svg[role="img"] .map-alternative path')
		);
		// One button for each method drawn, with the mark's letter.
		const marked = await map(page)
			.locator('svg[role="img"] .map-mark')
			.evaluateAll((marks) => [
				...new Set(marks.map((mark) => `${mark.getAttribute('data-method')} ${mark.textContent}`))
			]);
		expect(await map(page).locator('.map-methods button').count()).toBe(marked.length);
		await toggle.click();
		expect(await drawnKinds(page)).not.toContain('alternative');
		expect(errors).toEqual([]);
	});

	it('draws nothing of the plan beyond the promise', async () => {
		for (const query of PLANS) {
			const { page } = await openResult(query);
			const boundary = map(page).locator('svg[role="img"] .map-boundary');
			if ((await boundary.count()) === 0) continue;
			const limit = (await boundary.boundingBox())!.x;
			const rights = await map(page)
				.locator('svg[role="img"] .map-mark path')
				.evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().right));
			expect(rights.length, query).toBeGreaterThan(0);
			expect(Math.max(...rights), query).toBeLessThan(limit);
			expect(await map(page).locator('.map-warning').count(), query).toBe(0);
			await page.close();
		}
	});

	it('highlights a method on its card and its process steps when its mark is pointed at', async () => {
		const { page } = await openResult(PLANS[0]!);
		const lead = map(page).locator('svg[role="img"] .map-lead').first();
		const id = await lead.getAttribute('data-method');
		await lead.hover();
		expect(await page.locator(`#method-${id}`).getAttribute('class')).toContain('highlighted');
		expect(await page.locator('ol.process > li.highlighted').count()).toBeGreaterThan(0);
		expect(await map(page).locator('.map-methods button[aria-pressed="true"]').count()).toBe(1);
		await page.mouse.move(0, 0);
		expect(await page.locator('ol.process > li.highlighted').count()).toBe(0);
	});

	it('is a timeline at 320 px, without horizontal scroll and with no text under 14 px', async () => {
		const { page } = await openResult(PLANS[0]!, 320);
		await expect.poll(() => map(page).locator('.map-column').count()).toBe(0);
		expect(await map(page).locator('svg[role="img"] .map-note').count()).toBeGreaterThan(0);
		const overflow = await map(page).evaluate((element) => {
			const right = Math.max(
				...[element, ...element.querySelectorAll('*')].map(
					(child) => child.getBoundingClientRect().right
				)
			);
			return { right, scroll: element.scrollWidth - element.clientWidth };
		});
		expect(overflow.scroll).toBeLessThanOrEqual(0);
		expect(overflow.right).toBeLessThanOrEqual(320);
		expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
		await map(page).getByText('Kartan som tabell').click();
		expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('measures its own container, not the window: a narrow column gets the timeline', async () => {
		const { page } = await openResult(PLANS[1]!, 1280);
		expect(await map(page).locator('.map-column').count()).toBe(5);
		await page.addStyleTag({ content: '.result-page { max-width: 400px; }' });
		await expect.poll(() => map(page).locator('.map-column').count()).toBe(0);
		expect(await map(page).locator('svg[role="img"]').getAttribute('width')).toBe(
			String(await map(page).evaluate((element) => element.clientWidth))
		);
	});

	for (const lang of ['sv', 'en'] as const) {
		it(`has no accessibility violations with alternatives shown (${lang})`, async () => {
			const { page, outside } = await openResult(`${PLANS[0]}&lang=${lang}`);
			await map(page)
				.getByRole('button', { name: /Visa alternativ|Show alternatives/ })
				.click();
			await map(page).locator('summary').click();
			expect(await axeViolations(page)).toEqual([]);
			expect(outside).toEqual([]);
		});
	}

	it('moves nothing when the reader asks for reduced motion', async () => {
		const { page } = await openResult(PLANS[0]!);
		const duration = () =>
			map(page)
				.locator('svg[role="img"] .map-mark path')
				.first()
				.evaluate((path) => getComputedStyle(path).transitionDuration);
		expect(await duration()).toBe('0.2s');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await duration()).toBe('0s');
	});

	it('prints in black and white, told apart by shape and dash, without its buttons', async () => {
		const { page } = await openResult(PLANS[0]!);
		// The planner asks for the map on paper; it follows the decision record on a page of its own.
		await page.getByRole('checkbox', { name: /Skriv ut delaktighetskartan också/ }).check();
		// A mark dimmed for a highlighted method, as the screen shows it; on paper it stands in full.
		// (Pressing a key button cannot carry this over: printing hides the button, and the blur clears it.)
		const dimmed = map(page).locator('svg[role="img"] .map-mark').first();
		await dimmed.evaluate((mark) => mark.classList.add('map-dimmed'));
		const opacity = () => dimmed.evaluate((mark) => getComputedStyle(mark).opacity);
		expect(Number(await opacity())).toBeLessThan(1);
		await page.emulateMedia({ media: 'print' });
		const paint = (selector: string) =>
			map(page)
				.locator(`svg[role="img"] ${selector}`)
				.first()
				.evaluate((element) => {
					const css = getComputedStyle(element);
					return [css.fill, css.stroke, css.strokeDasharray];
				});
		// Every kind reaches paper (the site's print sheet hides a class named `lead`, so marks avoid such names).
		for (const kind of await drawnKinds(page))
			expect(await map(page).locator(`[data-kind="${kind}"]`).isVisible(), `key: ${kind}`).toBe(
				true
			);
		for (const selector of ['.map-lead', '.map-supporting', '.map-route', '.map-boundary'])
			expect(
				await map(page).locator(`svg[role="img"] ${selector}`).first().isVisible(),
				selector
			).toBe(true);
		expect(await paint('.map-lead path')).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'none']);
		expect(await paint('.map-supporting path')).toEqual([
			'rgb(255, 255, 255)',
			'rgb(0, 0, 0)',
			'none'
		]);
		expect(await paint('.map-route')).toEqual(['none', 'rgb(0, 0, 0)', '7px, 4px']);
		expect(await paint('.map-boundary')).toEqual(['none', 'rgb(0, 0, 0)', 'none']);
		expect(await opacity()).toBe('1');
		expect(
			await map(page)
				.getByRole('button', { name: /Visa alternativ/ })
				.isVisible()
		).toBe(false);
		expect(await map(page).getByRole('img', { name: 'Delaktighetskartan' }).isVisible()).toBe(true);
	});
});

/** The smallest rendered font size of any visible text in the map, SVG text scaled as drawn. */
function smallestText(page: Page) {
	return map(page).evaluate((root) => {
		const sizes: number[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement!;
			if (!node.textContent!.trim() || element.closest('title, desc')) continue;
			if (!element.checkVisibility()) continue;
			const svg = element.closest('svg');
			const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
			sizes.push(parseFloat(getComputedStyle(element).fontSize) * scale);
		}
		if (sizes.length < 20) throw new Error(`only ${sizes.length} texts found`);
		return Math.min(...sizes);
	});
}
