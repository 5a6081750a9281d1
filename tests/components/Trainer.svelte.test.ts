import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import catalog from 'virtual:delaktighetskarta/catalog';
import FilterGroup from '../../src/lib/components/library/FilterGroup.svelte';
import LadderSteps from '../../src/lib/components/trainer/LadderSteps.svelte';
import Presentation from '../../src/lib/components/trainer/Presentation.svelte';
import { slides } from '../../src/lib/trainer/slides.ts';

describe('the ladder for trainers', () => {
	it('shows every step, highest first, with its promise, what it is not, typical methods and a case', () => {
		render(LadderSteps, { catalog, lang: 'sv' });
		const steps = within(
			screen.getByRole('list', { name: /Delaktighetstrappan med fem steg/ })
		).getAllByRole('heading', { level: 3 });
		expect(steps.map((step) => step.textContent?.replace(/^\s*\d\s*/, '').trim())).toEqual([
			'Medbestämmande',
			'Inflytande',
			'Dialog',
			'Konsultation',
			'Information'
		]);
		expect(screen.getAllByText('Löftet till invånarna:')).toHaveLength(5);
		expect(screen.getAllByText('Det här är det inte:')).toHaveLength(5);
		expect(screen.getAllByText('Svenskt exempel:').length).toBeGreaterThanOrEqual(3);
	});
});

describe('presentation mode', () => {
	const total = slides(catalog).length;

	it('moves with the keys clickers send and leaves with Escape', async () => {
		const onclose = vi.fn();
		render(Presentation, { catalog, lang: 'sv', onclose });
		const dialog = screen.getByRole('dialog', { hidden: true });
		const current = () => within(dialog).getByText(/^Bild \d+ av \d+$/).textContent;
		expect(current()).toBe(`Bild 1 av ${total}`);
		await fireEvent.keyDown(dialog, { key: 'ArrowRight' });
		await fireEvent.keyDown(dialog, { key: 'PageDown' });
		await fireEvent.keyDown(dialog, { key: ' ' });
		expect(current()).toBe(`Bild 4 av ${total}`);
		await fireEvent.keyDown(dialog, { key: 'PageUp' });
		await fireEvent.keyDown(dialog, { key: 'ArrowLeft' });
		expect(current()).toBe(`Bild 2 av ${total}`);
		expect(within(dialog).getByRole('heading', { level: 2, hidden: true }).textContent).toBe(
			'Information'
		);
		await fireEvent.keyDown(dialog, { key: 'End' });
		expect(current()).toBe(`Bild ${total} av ${total}`);
		await fireEvent(dialog, new Event('cancel', { cancelable: true }));
		expect(onclose).toHaveBeenCalledOnce();
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
