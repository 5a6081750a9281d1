/**
 * The browser test harness: the built site and Chromium from src/measure/browser.ts, plus axe-core for WCAG 2.1 AA.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveStatic, type Browser, type Site } from '../../src/measure/browser.ts';

export {
	launchBrowser,
	openPage,
	serveHost,
	serveStatic,
	type Browser,
	type Respond,
	type Site
} from '../../src/measure/browser.ts';

/** axe-core violations for WCAG 2.0/2.1 A and AA, as `rule: targets` lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

/** The built site and a browser for one test file: started before its tests, closed after them. */
export function useSiteAndBrowser(): { readonly site: Site; readonly browser: Browser } {
	const env = {} as { site: Site; browser: Browser };
	beforeAll(async () => {
		env.site = await serveStatic();
		env.browser = await launchBrowser();
	});
	afterAll(async () => {
		await env.browser?.close();
		await env.site?.close();
	});
	return env;
}
