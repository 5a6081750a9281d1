/**
 * The dialogue plan's form: suggestions from the answers and the mix in every field, what the planner writes replacing
 * them (and "restore" bringing them back), a field per chosen group, meeting dates read from free text, and the
 * child-impact prompt only where children or young people are concerned.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import catalog from 'virtual:delaktighetskarta/catalog';
import type { WizardCatalog } from '../../src/lib/catalog/types.ts';
import PlanEditor from '../../src/lib/components/plan/PlanEditor.svelte';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { EMPTY_PLAN, type PlanFields } from '../../src/lib/plan/plan.ts';
import type { Answers } from '../../src/lib/answers/answers.ts';

const wizardCatalog = catalog as WizardCatalog;
const answers = (groups: Answers['groups']): Answers => ({
	questionType: 'komplex',
	level: 'dialog',
	stage: 'forslag',
	groups,
	scope: 'politisk',
	open: 'ja',
	purpose: 'Samla idéer för ett tryggare torg.'
});

function editor(groups: Answers['groups'], plan: PlanFields = EMPTY_PLAN) {
	const changes: PlanFields[] = [];
	const result = recommend(wizardCatalog, answers(groups));
	const view = render(PlanEditor, {
		catalog: wizardCatalog,
		lang: 'sv',
		result,
		plan,
		idBase: 'test',
		onchange: (next: PlanFields) => changes.push(next)
	});
	return { changes, view, result };
}

const field = (name: string) =>
	screen.getByRole('textbox', { name: (accessible) => accessible === name }) as
		HTMLInputElement | HTMLTextAreaElement;

describe('the plan editor', () => {
	it('fills each field with a suggestion from the answers, and asks where only the planner knows', () => {
		editor(['boende']);
		expect(field('Bakgrund, syfte och mål').value).toBe('Samla idéer för ett tryggare torg.');
		expect(field('Löftet till deltagarna').value).toBe(
			wizardCatalog.levels.find((level) => level.id === 'dialog')!.promise.sv
		);
		// A prompt is a placeholder, never printed as if it were the answer.
		expect(field('Det dialogen kan påverka').value).toBe('');
		expect(field('Det dialogen kan påverka').getAttribute('placeholder')).toMatch(
			/vad dialogen kan påverka/
		);
	});

	it('replaces a suggestion with what the planner writes, and restores it on request', async () => {
		const { changes, view, result } = editor(['boende']);
		await fireEvent.input(field('Löftet till deltagarna'), { target: { value: 'Vi lyssnar.' } });
		const written = changes.at(-1)!;
		expect(written.text.promise).toBe('Vi lyssnar.');
		await view.rerender({ plan: written, result });
		const restore = screen.getByRole('button', {
			name: /Återställ förslaget: Löftet till deltagarna/
		});
		await fireEvent.click(restore);
		expect(changes.at(-1)!.text).not.toHaveProperty('promise');
	});

	it('has a field for how each chosen group will be reached, naming the methods that reach it', () => {
		const { result } = editor(['boende', 'unga']);
		for (const name of [/Så når vi boende i ett område/, /Så når vi unga/]) {
			const reach = screen.getByRole('textbox', { name }) as HTMLTextAreaElement;
			expect(reach.value.length).toBeGreaterThan(20);
		}
		const youngMethods = result.mix.filter((entry) => entry.groups.includes('unga'));
		expect(youngMethods.length).toBeGreaterThan(0);
		expect(
			(screen.getByRole('textbox', { name: /Så når vi unga/ }) as HTMLTextAreaElement).value
		).toContain(youngMethods[0]!.name.sv);
	});

	it('reads the committee’s meeting dates from free text, one a line or separated by commas', async () => {
		const { changes } = editor(['boende']);
		await fireEvent.change(field('Nämndens sammanträden'), {
			target: { value: '2027-03-18\n2027-04-22, 2027-05-20; inte ett datum' }
		});
		expect(changes.at(-1)!.meetingDates).toEqual(['2027-03-18', '2027-04-22', '2027-05-20']);
	});

	it('asks for a child-impact assessment only when children or young people are concerned', () => {
		editor(['boende']);
		expect(field('Barnkonsekvensanalys').getAttribute('placeholder') ?? '').toBe('');
		document.body.innerHTML = '';
		editor(['unga']);
		expect(field('Barnkonsekvensanalys').getAttribute('placeholder')).toMatch(/barn/i);
	});
});
