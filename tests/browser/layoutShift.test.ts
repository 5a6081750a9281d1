import { describe, expect, it } from 'vitest';
import { openPage, useSiteAndBrowser } from './harness.ts';

const context = useSiteAndBrowser();

/** The page's layout shift while it loads and its script takes over, as Chromium reports it (the CLS sum). */
async function shiftWhileLoading(path: string, viewport: { width: number; height: number }) {
	const { page } = await openPage(context.browser, context.site, path);
	await page.setViewportSize(viewport);
	await page.reload();
	await page.waitForLoadState('networkidle');
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[]) {
						if (!entry.hadRecentInput) total += entry.value;
					}
				}).observe({ type: 'layout-shift', buffered: true });
				// Buffered entries arrive at once; when there are none the callback never runs.
				setTimeout(() => resolve(total), 300);
			})
	);
}

describe('pages hold still while their script takes over', () => {
	for (const path of ['/', '/metoder', '/trappan', '/embed']) {
		for (const [device, viewport] of [
			['phone', { width: 412, height: 823 }],
			['laptop', { width: 1366, height: 768 }]
		] as const) {
			it(`${path} on a ${device}`, async () => {
				expect(await shiftWhileLoading(path, viewport)).toBeLessThan(0.02);
			});
		}
	}
});
