import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import catalog from 'virtual:delaktighetskarta/trainer-catalog';
import FilterGroup from '../../src/lib/components/library/FilterGroup.svelte';
import LadderComparison from '../../src/lib/components/trainer/LadderComparison.svelte';
import LadderSteps from '../../src/lib/components/trainer/LadderSteps.svelte';
import Presentation from '../../src/lib/components/trainer/Presentation.svelte';
import { buildDeck, comparedLadders, outlineOf, phasesOf } from '../../src/lib/trainer/deck.ts';

describe('the ladder for trainers', () => {
	it('shows every step, highest first, with its promise, what it is not, hand-picked methods and a sourced case', () => {
		render(LadderSteps, { catalog, lang: 'sv' });
		const list = screen.getByRole('list', { name: /Delaktighetstrappan med fem steg/ });
		const steps = within(list).getAllByRole('heading', { level: 3 });
		expect(steps.map((step) => step.textContent?.replace(/^\s*\d\s*/, '').trim())).toEqual([
			'Medbestämmande',
			'Inflytande',
			'Dialog',
			'Konsultation',
			'Information'
		]);
		expect(screen.getAllByText('Löftet till invånarna:')).toHaveLength(5);
		expect(screen.getAllByText('Det här är det inte:')).toHaveLength(5);
		expect(screen.getAllByText('Svenskt exempel:')).toHaveLength(5);
		expect(within(list).getByText(/Enkät och webbenkät, Samråd/)).toBeTruthy();
		expect(within(list).getByRole('link', { name: 'Umeå kommun' })).toBeTruthy();
	});

	it('compares the ladders in one table, with Arnstein’s tokenism and its source under it', () => {
		render(LadderComparison, {
			catalog,
			lang: 'en',
			ladders: comparedLadders(catalog),
			caption: 'The ladders'
		});
		const table = screen.getByRole('table', { name: 'The ladders' });
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((cell) => cell.textContent)
		).toEqual(['SKR', 'Boverket', 'IAP2', 'Arnstein']);
		const dialogue = within(table).getByRole('row', { name: /^Dialogue/ });
		expect(dialogue.textContent).toMatch(/Consultation\s*Placation\s*Tokenism/);
		expect(
			screen.getByText(/Arnstein herself calls informing, consultation and placation/)
		).toBeTruthy();
		expect(
			screen.getByRole('link', { name: 'Community Tool Box, University of Kansas' })
		).toBeTruthy();
	});
});

describe('presentation mode', () => {
	const sixty = outlineOf(catalog, '60-minuter');
	const deck = buildDeck(catalog, sixty);
	const total = deck.length;
	const firstExercise = deck.findIndex((item) => item.slide.kind === 'exercise');
	const whatIf = deck.findIndex((item) => item.slide.kind === 'whatIf');

	function present() {
		const onclose = vi.fn();
		render(Presentation, { catalog, lang: 'sv', outline: '60-minuter', onclose });
		const dialog = screen.getByRole('dialog', { hidden: true });
		const press = (key: string, options: Partial<KeyboardEventInit> = {}) =>
			fireEvent.keyDown(dialog, { key, ...options });
		const counter = () => within(dialog).getByText(/^Bild \d+ av \d+$/).textContent;
		const heading = () =>
			within(dialog).getByRole('heading', { level: 2, hidden: true }).textContent?.trim();
		const times = async (count: number, key: string) => {
			for (let index = 0; index < count; index++) await press(key);
		};
		return { dialog, press, counter, heading, times, onclose };
	}

	it('moves with the keys clickers send, has one slide counter, and leaves with Escape', async () => {
		const { dialog, press, counter, heading, onclose } = present();
		expect(within(dialog).getAllByText(/\d+ (av|\/) \d+/)).toHaveLength(1);
		expect(counter()).toBe(`Bild 1 av ${total}`);
		await press('ArrowRight');
		await press('PageDown');
		await press(' ');
		expect(counter()).toBe(`Bild 4 av ${total}`);
		await press('PageUp');
		await press('ArrowLeft');
		expect(counter()).toBe(`Bild 2 av ${total}`);
		expect(heading()).toBe('Information');
		await press('ArrowRight', { ctrlKey: true });
		expect(counter()).toBe(`Bild 2 av ${total}`);
		await press('End');
		expect(counter()).toBe(`Bild ${total} av ${total}`);
		await press('Home');
		expect(counter()).toBe(`Bild 1 av ${total}`);
		await fireEvent(dialog, new Event('cancel', { cancelable: true }));
		expect(onclose).toHaveBeenCalledOnce();
	});

	it('blanks the screen with B or full stop, and any key brings it back without moving', async () => {
		const { dialog, press, counter } = present();
		const blanked = () => within(dialog).queryByText(/Skärmen är släckt/);
		await press('b');
		expect(blanked()).not.toBeNull();
		await press('b');
		expect(blanked()).toBeNull();
		await press('.');
		expect(blanked()).not.toBeNull();
		await press('PageDown');
		expect(blanked()).toBeNull();
		expect(counter()).toBe(`Bild 1 av ${total}`);
		await press('.');
		await press('.');
		expect(blanked()).toBeNull();
	});

	it('reveals an exercise’s answer with Next, on the same slide, and hides it with Previous', async () => {
		const { dialog, press, counter, heading, times } = present();
		await times(firstExercise, 'PageDown');
		const exercise = deck[firstExercise]!.slide;
		if (exercise.kind !== 'exercise') throw new Error('not an exercise');
		expect(heading()).toBe(`${exercise.exercise.place}: ${exercise.exercise.title.sv}`);
		expect(within(dialog).getByText('Var på trappan hamnar det här?')).toBeTruthy();
		expect(within(dialog).getByText('Diskutera i rummet. Nästa visar svaret.')).toBeTruthy();
		expect(within(dialog).queryByText(/^Svaret:/)).toBeNull();
		await press('PageDown');
		expect(counter()).toBe(`Bild ${firstExercise + 1} av ${total}`);
		expect(within(dialog).getByText(/^Svaret:/).parentElement?.textContent).toMatch(
			/Svaret:\s*Information\./
		);
		expect(within(dialog).getByText(exercise.exercise.explanation.sv)).toBeTruthy();
		await press('PageUp');
		expect(within(dialog).queryByText(/^Svaret:/)).toBeNull();
		await press('PageDown');
		await press('PageDown');
		expect(counter()).toBe(`Bild ${firstExercise + 2} av ${total}`);
	});

	it('raises the what-if one step with each Next and lowers it with Previous', async () => {
		const { dialog, press, counter, times } = present();
		const before = deck.slice(0, whatIf).reduce((sum, item) => sum + phasesOf(item.slide), 0);
		const step = () =>
			within(dialog)
				.getByRole('img', { name: /^Delaktighetstrappan, steg/, hidden: true })
				.getAttribute('aria-label');
		await times(before, 'PageDown');
		expect(step()).toBe('Delaktighetstrappan, steg 1 av 5: Information');
		await times(5, 'PageDown');
		expect(counter()).toBe(`Bild ${whatIf + 2} av ${total}`);
		// Coming back from the next slide lands on the top step.
		await press('PageUp');
		expect(step()).toBe('Delaktighetstrappan, steg 5 av 5: Medbestämmande');
		await times(4, 'PageUp');
		expect(step()).toBe('Delaktighetstrappan, steg 1 av 5: Information');
		expect(within(dialog).getByText(/Det vi kan lova: Information/)).toBeTruthy();
		await press('ArrowRight');
		await press('ArrowRight');
		expect(step()).toBe('Delaktighetstrappan, steg 3 av 5: Dialog');
		expect(within(dialog).getByText(/Det vi kan lova: Dialog/)).toBeTruthy();
		expect(counter()).toBe(`Bild ${whatIf + 1} av ${total}`);
	});
});

describe('a library filter', () => {
	it('reports the values chosen', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(FilterGroup, {
			legend: 'Trappsteg',
			name: 'level',
			options: [
				{ value: 'dialog', label: 'Dialog' },
				{ value: 'inflytande', label: 'Inflytande' }
			],
			chosen: ['dialog'],
			onchange
		});
		await user.click(screen.getByRole('checkbox', { name: 'Inflytande' }));
		expect(onchange).toHaveBeenCalledWith(['dialog', 'inflytande']);
		await user.click(screen.getByRole('checkbox', { name: 'Dialog' }));
		expect(onchange).toHaveBeenLastCalledWith([]);
	});
});
