/**
 * The planner's wizard as a chart: one question a step, guards that keep a step from continuing without an answer,
 * and the result computed here, so the machine is the single source of truth for what the planner sees. Two regions
 * run side by side: the step the planner is on, and the language, whose texts may have to be fetched first.
 *
 * The steps and their order come from the answer registry (src/lib/answers/registry.ts); every state is written
 * out below so that this file reads as the chart. `tests/wizard/machine.test.ts` fails when the two disagree.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import { and, assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import { LAST_STEP } from '../answers/registry.ts';
import { FIRST_LANG, type Lang } from '../catalog/lang.ts';
import { recommend, type RecommendationResult } from '../engine/recommend.ts';
import { EMPTY_PLAN, type PlanFields } from '../plan/plan.ts';
import {
	ALL_STEPS,
	EMPTY_DRAFT,
	firstOpenStep,
	isAnswered,
	route,
	skipsLevel,
	toAnswers,
	type Draft,
	type QuestionStep,
	type Step
} from './draft.ts';

export interface WizardContext {
	catalog: WizardCatalog;
	lang: Lang;
	draft: Draft;
	/** The step whose question was left unanswered when the planner tried to continue. */
	missing: QuestionStep | null;
	result: RecommendationResult | null;
	/** What a share link contained that could not be used (shown, so the planner knows). */
	ignored: string[];
	/** The step an input asked to open on; used once, at start. */
	requested: Step | null;
	/** The language last asked for, while it is being prepared or when it could not be. */
	askedLang: Lang | null;
	/** The dialogue plan the planner writes on the result page; never in the address. */
	plan: PlanFields;
}

export interface WizardInput {
	catalog: WizardCatalog;
	lang?: Lang;
	draft?: Draft;
	/** Where to start, e.g. from a share link; the machine falls back to the first open step. */
	step?: Step;
	ignored?: string[];
	plan?: PlanFields;
}

export type WizardEvent =
	| { type: 'answer.set'; answer: Partial<Draft> }
	| { type: 'step.next' }
	| { type: 'step.back' }
	| { type: 'step.goto'; step: Step }
	| { type: 'wizard.restart' }
	| { type: 'lang.set'; lang: Lang }
	| { type: 'link.load'; draft: Draft; step: Step; lang: Lang; ignored: string[] }
	| { type: 'plan.set'; plan: PlanFields }
	/** A plan file opened: its answers and its plan, on the result. */
	| { type: 'plan.open'; draft: Draft; plan: PlanFields }
	/** The catalogue's methods and rules arrived (the site loads them after the first answer). */
	| { type: 'catalog.complete'; catalog: WizardCatalog };

export interface LanguageReady {
	catalog: WizardCatalog;
	lang: Lang;
}

/**
 * Makes the catalogue ready to be shown in a language (the site and the widget fetch the built-in catalogue's
 * English texts on demand): resolves to the catalogue with those texts, or rejects. Pages provide their own;
 * this default suits a catalogue that already carries every language.
 */
export const prepareLanguage = fromPromise<LanguageReady, LanguageReady>(
	async ({ input }) => input
);

const compute = (
	context: Pick<WizardContext, 'catalog' | 'draft' | 'lang'>
): RecommendationResult | null => {
	// Until the methods have arrived there is nothing to recommend from.
	if (context.catalog.methods.length === 0) return null;
	const answers = toAnswers(context.draft, context.catalog.questionTypes);
	return answers ? recommend(context.catalog, answers, { lang: context.lang }) : null;
};

/** Can the planner see this step now? Every answer the engine needs before it must be there (and the level step
 * only exists for a question that is still open). */
const reachable = (step: Step, draft: Draft): boolean =>
	ALL_STEPS.indexOf(step) <= ALL_STEPS.indexOf(firstOpenStep(draft)) &&
	(step === 'result' || route(draft).includes(step));

export const wizardMachine = setup({
	types: {
		context: {} as WizardContext,
		events: {} as WizardEvent,
		input: {} as WizardInput
	},
	actors: { prepareLanguage },
	guards: {
		answered: ({ context }, params: { step: QuestionStep }) =>
			isAnswered(params.step, context.draft),
		levelSkipped: ({ context }) => skipsLevel(context.draft),
		/** The input asked to open on this step, and the planner may see it. */
		startsAt: ({ context }, params: { step: Step }) =>
			context.requested === params.step && reachable(params.step, context.draft),
		/** An opened plan carries every answer the engine needs. */
		opensOnResult: ({ event }) =>
			event.type === 'plan.open' && firstOpenStep(event.draft) === 'result',
		/** A step.goto or link.load event asks for this step, and the planner may go there. */
		asksFor: ({ context, event }, params: { step: Step }) => {
			if (event.type === 'link.load')
				return event.step === params.step && reachable(params.step, event.draft);
			return (
				event.type === 'step.goto' &&
				event.step === params.step &&
				reachable(params.step, context.draft)
			);
		}
	},
	actions: {
		setAnswer: assign(({ context, event }) => {
			if (event.type !== 'answer.set') return {};
			const draft = { ...context.draft, ...event.answer };
			// Leaving "decided" behind: the level was skipped, so it must be asked again.
			if (skipsLevel(context.draft) && !skipsLevel(draft) && !('level' in event.answer))
				delete draft.level;
			return {
				draft,
				missing: context.missing && isAnswered(context.missing, draft) ? null : context.missing
			};
		}),
		flagMissing: assign((_, params: { step: QuestionStep }) => ({ missing: params.step })),
		clearMissing: assign({ missing: null }),
		computeResult: assign(({ context }) => ({ result: compute(context) })),
		restart: assign({
			draft: EMPTY_DRAFT,
			missing: null,
			result: null,
			ignored: [],
			plan: EMPTY_PLAN
		}),
		setPlan: assign(({ event }) => (event.type === 'plan.set' ? { plan: event.plan } : {})),
		useCatalog: assign(({ event }) =>
			event.type === 'catalog.complete' ? { catalog: event.catalog } : {}
		),
		openPlan: assign(({ event }) =>
			event.type === 'plan.open'
				? { draft: event.draft, plan: event.plan, missing: null, ignored: [] }
				: {}
		),
		askLanguage: assign(({ event }) =>
			event.type === 'lang.set' ? { askedLang: event.lang } : {}
		),
		useLanguage: assign((_, params: LanguageReady) => ({ ...params, askedLang: null })),
		recomputeShownResult: assign(({ context }) => ({
			result: context.result ? compute(context) : null
		})),
		loadLink: assign(({ event }) =>
			event.type === 'link.load'
				? { draft: event.draft, lang: event.lang, ignored: event.ignored, missing: null }
				: {}
		),
		forgetIgnored: assign({ ignored: [] })
	}
}).createMachine({
	id: 'wizard',
	context: ({ input }) => ({
		catalog: input.catalog,
		lang: input.lang ?? FIRST_LANG,
		draft: input.draft ?? EMPTY_DRAFT,
		missing: null,
		result: null,
		ignored: input.ignored ?? [],
		requested: input.step ?? null,
		askedLang: null,
		plan: input.plan ?? EMPTY_PLAN
	}),
	type: 'parallel',
	states: {
		step: {
			initial: 'start',
			states: {
				// Decides where an input (e.g. a share link) opens: the asked-for step if it can be shown, else the first.
				start: {
					always: [
						...ALL_STEPS.map((step) => ({
							guard: { type: 'startsAt' as const, params: { step } },
							target: step
						})),
						{ target: 'purpose' }
					]
				},
				purpose: {
					on: { 'step.next': forward('purpose', 'open') }
				},
				open: {
					on: { 'step.next': forward('open', 'questionType'), 'step.back': back('purpose') }
				},
				questionType: {
					on: { 'step.next': forward('questionType', 'scope'), 'step.back': back('open') }
				},
				scope: {
					on: {
						// A decided question skips the level: information is all it can promise.
						'step.next': [
							{
								guard: and([
									{ type: 'answered', params: { step: 'scope' as const } },
									'levelSkipped'
								]),
								target: 'groups',
								actions: 'clearMissing'
							},
							...forward('scope', 'level')
						],
						'step.back': back('questionType')
					}
				},
				level: {
					on: { 'step.next': forward('level', 'groups'), 'step.back': back('scope') }
				},
				groups: {
					on: {
						'step.next': forward('groups', 'stage'),
						'step.back': [
							{ guard: 'levelSkipped', target: 'scope', actions: 'clearMissing' },
							...back('level')
						]
					}
				},
				stage: {
					on: { 'step.next': forward('stage', 'means'), 'step.back': back('groups') }
				},
				// Time, resources and continuity: optional, so next always goes on.
				means: {
					on: { 'step.next': forward('means', 'result'), 'step.back': back('stage') }
				},
				result: {
					entry: 'computeResult',
					on: {
						'answer.set': { actions: ['setAnswer', 'computeResult'] },
						'step.back': { target: LAST_STEP },
						'catalog.complete': { actions: ['useCatalog', 'computeResult'] }
					}
				}
			},
			on: {
				'step.goto': goto(),
				'link.load': goto('loadLink'),
				'wizard.restart': { target: '.purpose', actions: 'restart' },
				'plan.open': [
					{
						guard: 'opensOnResult',
						target: '.result',
						actions: ['openPlan', 'computeResult']
					},
					{ target: '.purpose', actions: 'openPlan' }
				]
			}
		},
		language: {
			initial: 'ready',
			states: {
				ready: {
					on: { 'lang.set': { target: 'switching', actions: 'askLanguage' } }
				},
				// The texts of the new language may have to be fetched; until they arrive, the old language stays.
				switching: {
					invoke: {
						src: 'prepareLanguage',
						input: ({ context }) => ({
							catalog: context.catalog,
							lang: context.askedLang ?? context.lang
						}),
						onDone: {
							target: 'ready',
							actions: [
								{ type: 'useLanguage', params: ({ event }) => event.output },
								'recomputeShownResult'
							]
						},
						onError: { target: 'unavailable' }
					},
					on: { 'lang.set': { target: 'switching', actions: 'askLanguage', reenter: true } }
				},
				// The texts could not be fetched (offline, a missing file): the old language stays, and the page says so.
				unavailable: {
					on: { 'lang.set': { target: 'switching', actions: 'askLanguage' } }
				}
			}
		}
	},
	on: {
		'answer.set': { actions: 'setAnswer' },
		'plan.set': { actions: 'setPlan' },
		'catalog.complete': { actions: 'useCatalog' }
	}
});

/** Next: to `target` once the step is answered, else flag the unanswered question. */
function forward(step: QuestionStep, target: Step) {
	return [
		{
			guard: { type: 'answered' as const, params: { step } },
			target,
			actions: 'clearMissing' as const
		},
		{ actions: { type: 'flagMissing' as const, params: { step } } }
	];
}

function back(target: QuestionStep) {
	return [{ target, actions: 'clearMissing' as const }];
}

function goto(action?: 'loadLink') {
	return ALL_STEPS.map((step) => ({
		guard: { type: 'asksFor' as const, params: { step } },
		target: `.${step}`,
		// A loaded link may land on the result it was already showing, so the result is computed here too.
		actions: action ? [action, 'computeResult' as const] : ['clearMissing' as const]
	}));
}

/** The step the planner is on. */
export const currentStep = (snapshot: SnapshotFrom<typeof wizardMachine>): Step | 'start' =>
	(snapshot.value as { step: Step | 'start' }).step;
