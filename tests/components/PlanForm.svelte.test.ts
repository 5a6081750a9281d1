import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import PlanForm from '../../src/lib/components/PlanForm.svelte';
import Page from '../../src/routes/+page.svelte';
// The same validated catalogue the app gets from the build.
import catalog from 'virtual:delaktighetskarta/catalog';

async function answerAll(user: ReturnType<typeof userEvent.setup>) {
	await user.type(screen.getByRole('textbox', { name: 'Vad handlar frågan om?' }), 'Trygghet i Jordbro');
	await user.click(within(screen.getByRole('group', { name: 'Går frågan fortfarande att påverka?' })).getByRole('radio', { name: /Ja, frågan är öppen/ }));
	await user.click(within(screen.getByRole('group', { name: /komplex/i })).getByRole('radio', { name: /^Ja/ }));
	await user.click(within(screen.getByRole('group', { name: /konflikt/i })).getByRole('radio', { name: /^Ja/ }));
	await user.click(screen.getByRole('radio', { name: /^Dialog/ }));
	await user.click(screen.getByRole('checkbox', { name: /^Boende i ett område/ }));
	await user.click(screen.getByRole('radio', { name: /^Behov och problembild/ }));
}

describe('PlanForm', () => {
	it('lists every unanswered question in an error summary that takes focus, and sends nothing', async () => {
		const user = userEvent.setup();
		const onsubmit = vi.fn();
		render(PlanForm, { catalog, lang: 'sv', onsubmit });
		await user.click(screen.getByRole('button', { name: 'Visa rekommendationer' }));
		const summary = screen.getByRole('alert');
		expect(document.activeElement).toBe(summary);
		expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
			'Välj ett svar på frågan: Går frågan fortfarande att påverka?',
			expect.stringMatching(/^Välj ett svar på frågan: .*komplex/i),
			expect.stringMatching(/^Välj ett svar på frågan: .*konflikt/i),
			expect.stringMatching(/^Välj ett svar på frågan: Hur mycket inflytande/),
			expect.stringMatching(/^Välj ett svar på frågan: /),
			'Välj minst en målgrupp'
		]);
		expect(onsubmit).not.toHaveBeenCalled();
	});

	it('derives the question type from complexity and conflict and sends the answers', async () => {
		const user = userEvent.setup();
		const onsubmit = vi.fn();
		render(PlanForm, { catalog, lang: 'sv', onsubmit });
		await answerAll(user);
		expect(screen.getByText(/Komplex samhällsutmaning/)).toBeTruthy();
		await user.click(screen.getByRole('button', { name: 'Visa rekommendationer' }));
		expect(onsubmit).toHaveBeenCalledWith({ questionType: 'samhallsutmaning', level: 'dialog', stage: 'behov', groups: ['boende'], open: 'ja', title: 'Trygghet i Jordbro', purpose: '' });
	});
});

describe('home page', () => {
	it('shows explained recommendations after the form is answered and moves focus to them', async () => {
		const user = userEvent.setup();
		render(Page);
		await answerAll(user);
		await user.click(screen.getByRole('button', { name: 'Visa rekommendationer' }));
		const heading = screen.getByRole('heading', { name: 'Rekommendation', level: 2 });
		expect(document.activeElement).toBe(heading);
		expect(screen.getByRole('status').textContent).toMatch(/^\d+ metoder rekommenderas\. Lovat steg: Dialog\.$/);
		const methods = within(screen.getByRole('heading', { name: 'Rekommenderade metoder' }).parentElement!).getAllByRole('article');
		expect(methods.length).toBeGreaterThanOrEqual(3);
		expect(screen.getByText(/Syfte och mål saknas/)).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Föreslagen process' })).toBeTruthy();
	});
});
