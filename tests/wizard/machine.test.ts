import { createActor, waitFor, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, type Draft, type Step } from '../../src/lib/wizard/draft.ts';
import { currentStep, wizardMachine, type WizardEvent } from '../../src/lib/wizard/machine.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();

function start(input: { draft?: Draft; step?: Step } = {}) {
	const actor = createActor(wizardMachine, { input: { catalog, ...input } });
	actor.start();
	return actor;
}

function run(
	events: WizardEvent[],
	input?: { draft?: Draft; step?: Step }
): SnapshotFrom<typeof wizardMachine> {
	const actor = start(input);
	for (const event of events) actor.send(event);
	return actor.getSnapshot();
}

const set = (answer: Partial<Draft>): WizardEvent => ({ type: 'answer.set', answer });
const next: WizardEvent = { type: 'step.next' };
const back: WizardEvent = { type: 'step.back' };

/** Answers every step of an open question, ending on the result. */
const openPath: WizardEvent[] = [
	set({ title: 'Torget', purpose: 'Idéer inför ombyggnaden' }),
	next,
	set({ open: 'ja' }),
	next,
	set({ complex: true, conflict: false }),
	next,
	set({ scope: 'politisk' }),
	next,
	set({ level: 'dialog' }),
	next,
	set({ groups: ['unga', 'boende'] }),
	next,
	set({ stage: 'forslag' }),
	next,
	// Time, resources and continuity are optional.
	next
];

describe('wizard machine', () => {
	it('starts on the purpose step with nothing answered', () => {
		const snapshot = run([]);
		expect(currentStep(snapshot)).toBe('purpose');
		expect(snapshot.context.draft).toEqual(EMPTY_DRAFT);
		expect(snapshot.can(back)).toBe(false);
	});

	it('goes through every step of an open question to an explained result', () => {
		const snapshot = run(openPath);
		expect(currentStep(snapshot)).toBe('result');
		expect(snapshot.context.result?.answers).toMatchObject({
			questionType: 'komplex',
			level: 'dialog',
			stage: 'forslag',
			groups: ['unga', 'boende'],
			scope: 'politisk',
			purpose: 'Idéer inför ombyggnaden'
		});
		expect(snapshot.context.result!.recommendations.length).toBeGreaterThanOrEqual(3);
	});

	const steps: { step: Step; events: WizardEvent[] }[] = [
		{ step: 'purpose', events: [] },
		{ step: 'open', events: openPath.slice(0, 2) },
		{ step: 'questionType', events: openPath.slice(0, 4) },
		{ step: 'scope', events: openPath.slice(0, 6) },
		{ step: 'level', events: openPath.slice(0, 8) },
		{ step: 'groups', events: openPath.slice(0, 10) },
		{ step: 'stage', events: openPath.slice(0, 12) }
	];
	for (const { step, events } of steps) {
		it(`keeps the ${step} step until it is answered, and flags it`, () => {
			const snapshot = run([...events, next]);
			expect(currentStep(snapshot)).toBe(step);
			expect(snapshot.context.missing).toBe(step);
		});
	}

	it('clears the flag as soon as the missing answer is given', () => {
		const snapshot = run([next, set({ purpose: 'Syfte' })]);
		expect(snapshot.context.missing).toBeNull();
	});

	it('goes back one step at a time', () => {
		const snapshot = run([...openPath.slice(0, 8), back, back]);
		expect(currentStep(snapshot)).toBe('questionType');
		expect(snapshot.context.draft.open).toBe('ja');
	});

	it('skips the level for a decided question and promises information only', () => {
		const decided = [...openPath.slice(0, 2), set({ open: 'nej' }), next, ...openPath.slice(4, 8)];
		const atGroups = run(decided);
		expect(currentStep(atGroups)).toBe('groups');
		expect(currentStep(run([...decided, back]))).toBe('scope');
		const result = run([...decided, ...openPath.slice(10)]);
		expect(currentStep(result)).toBe('result');
		expect(result.context.result?.effectiveLevel).toBe('information');
		expect(result.context.result?.warnings.map((warning) => warning.rule)).toContain(
			'beslutad-fraga-ar-information'
		);
	});

	it('asks for the level again when a decided question is reopened', () => {
		const snapshot = run([set({ open: 'nej', level: 'dialog' }), set({ open: 'ja' })]);
		expect(snapshot.context.draft.level).toBeUndefined();
	});

	it('updates the result when an answer is changed from the result', () => {
		const snapshot = run([...openPath, set({ level: 'konsultation' })]);
		expect(currentStep(snapshot)).toBe('result');
		expect(snapshot.context.result?.effectiveLevel).toBe('konsultation');
	});

	it('goes from the result straight to any step to change it', () => {
		expect(currentStep(run([...openPath, { type: 'step.goto', step: 'groups' }]))).toBe('groups');
	});

	it('does not go to a step whose earlier questions are unanswered', () => {
		expect(currentStep(run([{ type: 'step.goto', step: 'stage' }]))).toBe('purpose');
		expect(currentStep(run([{ type: 'step.goto', step: 'result' }]))).toBe('purpose');
	});

	it('does not go to the level step of a decided question', () => {
		expect(
			currentStep(
				run([...openPath.slice(0, 2), set({ open: 'nej' }), { type: 'step.goto', step: 'level' }])
			)
		).toBe('open');
	});

	it('starts over with empty answers', () => {
		const snapshot = run([...openPath, { type: 'wizard.restart' }]);
		expect(currentStep(snapshot)).toBe('purpose');
		expect(snapshot.context.draft).toEqual(EMPTY_DRAFT);
		expect(snapshot.context.result).toBeNull();
	});

	it('switches language and rewrites the result in it', async () => {
		const actor = start();
		for (const event of [...openPath, { type: 'lang.set', lang: 'en' } as const]) actor.send(event);
		const snapshot = await waitFor(actor, (state) => state.matches({ language: 'ready' }));
		expect(snapshot.context.lang).toBe('en');
		expect(snapshot.context.result?.process.map((step) => step.title)).toContain(
			'Report back to participants'
		);
	});

	it('opens on the result when the input carries every answer the engine needs', () => {
		const draft: Draft = {
			...EMPTY_DRAFT,
			open: 'ja',
			complex: true,
			conflict: false,
			level: 'dialog',
			groups: ['unga'],
			stage: 'forslag'
		};
		const snapshot = run([], { draft, step: 'result' });
		expect(currentStep(snapshot)).toBe('result');
		expect(snapshot.context.result?.warnings.map((warning) => warning.rule)).toContain(
			'syfte-och-mal-forst'
		);
	});

	it('falls back to the start when the input asks for a step it cannot show', () => {
		expect(currentStep(run([], { draft: EMPTY_DRAFT, step: 'result' }))).toBe('purpose');
	});

	it('loads a link (browser back and forward) onto its step with its answers', () => {
		const draft: Draft = {
			...EMPTY_DRAFT,
			purpose: 'x',
			open: 'ja',
			complex: false,
			conflict: false
		};
		const snapshot = run([
			{ type: 'link.load', draft, step: 'scope', lang: 'en', ignored: ['lang=fi'] }
		]);
		expect(currentStep(snapshot)).toBe('scope');
		expect(snapshot.context.draft).toEqual(draft);
		expect(snapshot.context.ignored).toEqual(['lang=fi']);
		expect(snapshot.context.lang).toBe('en');
	});
});
