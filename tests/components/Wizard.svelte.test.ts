import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

// Every actor the runes bridge starts, so a test can watch what becomes of the wizard's own.
const started = vi.hoisted(() => [] as { getSnapshot(): { status: string } }[]);
vi.mock('../../src/lib/wizard/useActor.svelte.ts', async (importOriginal) => {
	const bridge = await importOriginal<typeof import('../../src/lib/wizard/useActor.svelte.ts')>();
	return {
		useActor: ((...args: Parameters<typeof bridge.useActor>) => {
			const owned = bridge.useActor(...args);
			started.push(owned.actor);
			return owned;
		}) as typeof bridge.useActor
	};
});
// The same validated catalogue the app gets from the build.
import catalog from 'virtual:delaktighetskarta/catalog';
import { startPart } from '../../src/lib/catalog/catalogParts.ts';
import type { WizardCatalog } from '../../src/lib/catalog/types.ts';
import Wizard from '../../src/lib/components/Wizard.svelte';
import { parseShareLink } from '../../src/lib/wizard/shareLink.ts';

type User = ReturnType<typeof userEvent.setup>;
const next = (user: User) =>
	user.click(screen.getByRole('button', { name: /^(Nästa|Visa resultatet)$/ }));
const heading = () => document.querySelector<HTMLElement>('[data-step-heading]')!;
const waitForFocus = () => new Promise((resolve) => setTimeout(resolve, 0));
// A widget whose methods file was not copied beside its script.
const methodsMissing = () =>
	Promise.reject(new Error('delaktighets-karta-methods.js could not be loaded'));
const methodsFailed =
	'Metoderna kunde inte hämtas, så inget resultat kan visas. Försök igen senare.';

async function answerToResult(user: User) {
	await user.type(
		screen.getByRole('textbox', { name: /Varför vill ni föra dialog/ }),
		'Samla idéer inför ombyggnaden'
	);
	await next(user);
	await user.click(screen.getByRole('radio', { name: /Ja, frågan är öppen/ }));
	await next(user);
	await user.click(
		within(screen.getByRole('group', { name: /komplex/i })).getByRole('radio', { name: /^Ja/ })
	);
	await user.click(
		within(screen.getByRole('group', { name: /konflikt/i })).getByRole('radio', { name: /^Nej/ })
	);
	await next(user);
	await user.click(screen.getByRole('radio', { name: /^En politisk fråga/ }));
	await next(user);
	await user.click(screen.getByRole('radio', { name: /^Dialog/ }));
	await next(user);
	await user.click(screen.getByRole('checkbox', { name: /^Unga/ }));
	await next(user);
	await user.click(screen.getByRole('radio', { name: /^Idéer och förslag/ }));
	await next(user);
	// Time, resources and continuity are optional.
	await next(user);
	// The result page is loaded on the fly the first time.
	await screen.findByText('Rekommendation', { selector: '[data-step-heading]' });
}

describe('Wizard', () => {
	it('asks one question a step, with the question as the heading, and moves focus to it', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		expect(heading().textContent).toMatch(/Varför vill ni föra dialog/);
		expect(screen.getByText('Fråga 1 av 8')).toBeTruthy();
		await user.type(screen.getByRole('textbox', { name: /Varför vill ni föra dialog/ }), 'Syfte');
		await next(user);
		await waitForFocus();
		expect(heading().textContent).toBe('Går frågan fortfarande att påverka?');
		expect(document.activeElement).toBe(heading());
		// The screen and a screen reader count the same questions.
		expect(screen.getByText('Fråga 2 av 8')).toBeTruthy();
		expect(screen.getByRole('status', { hidden: true, name: '' }).textContent).toBe(
			'Fråga 2 av 8: Går frågan fortfarande att påverka?'
		);
	});

	it('shows an error summary that takes focus when a step is left unanswered', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await user.type(screen.getByRole('textbox', { name: /Varför vill ni föra dialog/ }), 'Syfte');
		await next(user);
		await next(user);
		const summary = screen.getByRole('alert');
		expect(document.activeElement).toBe(summary);
		const link = within(summary).getByRole('link');
		expect(link.textContent).toBe(
			'Svara på frågan innan du går vidare: Går frågan fortfarande att påverka?'
		);
		expect(document.querySelector(link.getAttribute('href')!)?.tagName).toBe('FIELDSET');
		expect(heading().textContent).toBe('Går frågan fortfarande att påverka?');
	});

	it('goes back to the previous step with its answer kept', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await user.type(screen.getByRole('textbox', { name: /Varför vill ni föra dialog/ }), 'Syfte');
		await next(user);
		await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
		expect(
			(screen.getByRole('textbox', { name: /Varför vill ni föra dialog/ }) as HTMLTextAreaElement)
				.value
		).toBe('Syfte');
	});

	it('ends on an explained result drawn on the participation map', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await answerToResult(user);
		expect(heading().textContent).toBe('Rekommendation');
		const cards = within(
			screen.getByRole('heading', { name: 'Metoderna och varför' }).closest('details')!
		).getAllByRole('article');
		expect(cards.length).toBeGreaterThanOrEqual(3);
		expect(within(cards[0]!).getByText('Varför')).toBeTruthy();
		expect(screen.getByRole('img', { name: /Delaktighetskartan/ })).toBeTruthy();
		expect(screen.getByRole('table', { name: /Delaktighetskartan/ })).toBeTruthy();
	});

	it('lists the channels the process informs and reports back through apart from the methods of the dialogue', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await answerToResult(user);
		const channels = screen.getByText('Kanaler för information och återkoppling');
		const list = channels.nextElementSibling as HTMLElement;
		const names = within(list)
			.getAllByRole('link')
			.map((link) => link.textContent);
		// The feedback meeting reports back; it is no method of the dialogue itself.
		expect(names).toContain('Återkopplingsmöte');
		const methods = screen.queryByText('Stödmetoder')?.nextElementSibling as
			HTMLElement | undefined;
		const supporting = methods
			? within(methods)
					.queryAllByRole('link')
					.map((link) => link.textContent)
			: [];
		expect(supporting).not.toContain('Återkopplingsmöte');
	});

	it('updates the result when an answer is changed on the result page', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await answerToResult(user);
		expect(screen.getByText(/Det ni kan lova deltagarna: Dialog\./)).toBeTruthy();
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'Steg på delaktighetstrappan' }),
			'konsultation'
		);
		expect(screen.getByText(/Det ni kan lova deltagarna: Konsultation\./)).toBeTruthy();
	});

	it('highlights a method on its card when it is focused in the map legend', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await answerToResult(user);
		const legend = screen.getAllByRole('button', { pressed: false })[0]!;
		await user.click(legend);
		expect(legend.getAttribute('aria-pressed')).toBe('true');
		expect(document.querySelector('article.highlighted')).not.toBeNull();
	});

	it('opens a complete share link on the result and says what it ignored', async () => {
		const link = parseShareLink(
			'?question-type=komplex&level=dialog&stage=forslag&group=unga&group=martians',
			catalog.questionTypes
		);
		render(Wizard, { catalog, link });
		// The result page is loaded on the fly.
		expect(
			(await screen.findByRole('heading', { level: 2, name: 'Rekommendation' })).textContent
		).toBe('Rekommendation');
		expect(
			screen.getByText(
				/Länken innehöll värden som inte kunde användas och har hoppats över: group=martians\./
			)
		).toBeTruthy();
	});

	it('switches to English', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await user.click(screen.getByRole('button', { name: 'English' }));
		expect(await screen.findByRole('button', { name: 'Next' })).toBeTruthy();
		expect(heading().textContent).toMatch(/Why do you want a dialogue/);
	});

	it("waits for the other language's texts before switching, and stays put with a notice if they fail", async () => {
		const user = userEvent.setup();
		const asked: string[] = [];
		let fail = true;
		const prepareLanguage = async (ready: WizardCatalog, lang: string) => {
			asked.push(lang);
			if (fail) throw new Error('offline');
			return ready;
		};
		render(Wizard, { catalog, prepareLanguage });
		await user.click(screen.getByRole('button', { name: 'English' }));
		expect(
			await screen.findByText('Texterna på engelska kunde inte hämtas. Försök igen senare.')
		).toBeTruthy();
		expect(heading().textContent).toMatch(/Varför vill ni föra dialog/);
		fail = false;
		await user.click(screen.getByRole('button', { name: 'English' }));
		await screen.findByRole('button', { name: 'Next' });
		expect(heading().textContent).toMatch(/Why do you want a dialogue/);
		expect(screen.queryByText(/could not be loaded|kunde inte hämtas/)).toBeNull();
		expect(asked).toEqual(['en', 'en']);
	});

	it('says so once the methods cannot be fetched after the first answer', async () => {
		const user = userEvent.setup();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		render(Wizard, { catalog: startPart(catalog), completeCatalog: methodsMissing });
		expect(screen.queryByText(methodsFailed)).toBeNull();
		await user.type(screen.getByRole('textbox', { name: /Varför vill ni föra dialog/ }), 'Syfte');
		await next(user);
		expect((await screen.findByText(methodsFailed)).getAttribute('role')).toBe('status');
		expect(warn).toHaveBeenCalledWith(
			'Delaktighetskarta: delaktighets-karta-methods.js could not be loaded'
		);
		warn.mockRestore();
	});

	it('says on the result, instead of waiting, that the methods cannot be fetched', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const link = parseShareLink(
			'?question-type=komplex&level=dialog&stage=forslag&group=unga',
			catalog.questionTypes
		);
		render(Wizard, { catalog: startPart(catalog), link, completeCatalog: methodsMissing });
		expect(await screen.findByText(methodsFailed)).toBeTruthy();
		expect(screen.queryByText('Metoderna hämtas …')).toBeNull();
		warn.mockRestore();
	});

	it('starts over from the result', async () => {
		const user = userEvent.setup();
		render(Wizard, { catalog });
		await answerToResult(user);
		await user.click(screen.getByRole('button', { name: 'Börja om' }));
		expect(heading().textContent).toMatch(/Varför vill ni föra dialog/);
		expect(
			(screen.getByRole('textbox', { name: /Varför vill ni föra dialog/ }) as HTMLTextAreaElement)
				.value
		).toBe('');
	});
});

describe('the wizard actor', () => {
	it('stops when the wizard that owns it is destroyed', () => {
		const { unmount } = render(Wizard, { catalog });
		const actor = started.at(-1)!;
		expect(actor.getSnapshot().status).toBe('active');
		unmount();
		expect(actor.getSnapshot().status).toBe('stopped');
	});
});
