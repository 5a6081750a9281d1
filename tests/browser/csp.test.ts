import { describe, expect, it } from 'vitest';
import { openPage, useSiteAndBrowser } from './harness.ts';

const env = useSiteAndBrowser();

describe('the strict content security policy', () => {
	const pages = [
		'/',
		'/?question-type=komplex&level=dialog&stage=forslag&group=unga',
		'/metoder?group=unga',
		'/metoder/medborgarrad',
		'/trappan',
		'/embed?question-type=enkel&level=konsultation&stage=behov&group=alla',
		'/inbaddning',
		'/tillganglighet'
	];

	it('is in every page and forbids eval and scripts from elsewhere', async () => {
		const { page } = await openPage(env.browser, env.site, '/');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).toContain("object-src 'none'");
	});

	for (const path of pages) {
		it(`loads ${path} with no violation, no error and no request leaving the site`, async () => {
			const { page, errors, outside } = await openPage(env.browser, env.site, path);
			await page.locator('h1, [data-step-heading]').first().waitFor();
			await page.waitForTimeout(200);
			expect(errors).toEqual([]);
			expect(outside).toEqual([]);
		});
	}

	it("checks a municipality's catalogue without eval", async () => {
		const { page, errors } = await openPage(
			env.browser,
			env.site,
			'/embed?catalog=/does-not-exist.json'
		);
		await page.getByText(/kunde inte läsas in/).waitFor();
		expect(errors.filter((error) => error.startsWith('CSP'))).toEqual([]);
	});
});
