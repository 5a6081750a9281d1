/**
 * The planner's wizard: one question a step, guards that keep a step from continuing without an answer, and the
 * result computed here, so the machine is the single source of truth for what the planner sees.
 */
import { and, assign, setup } from 'xstate';
import { recommend, type RecommendationResult } from '../engine/recommend.ts';
import type { Catalog, Lang } from '../catalog/types.ts';
import {
	ALL_STEPS,
	EMPTY_DRAFT,
	STEPS,
	firstOpenStep,
	isAnswered,
	nextStep,
	route,
	toAnswers,
	type Draft,
	type QuestionStep,
	type Step
} from './draft.ts';

export interface WizardContext {
	catalog: Catalog;
	lang: Lang;
	draft: Draft;
	/** The step whose question was left unanswered when the planner tried to continue. */
	missing: QuestionStep | null;
	result: RecommendationResult | null;
	/** What a share link contained that could not be used (shown, so the planner knows). */
	ignored: string[];
	/** The step an input asked to open on; used once, at start. */
	requested: Step | null;
}

export interface WizardInput {
	catalog: Catalog;
	lang?: Lang;
	draft?: Draft;
	/** Where to start, e.g. from a share link; the machine falls back to the first open step. */
	step?: Step;
	ignored?: string[];
}

export type WizardEvent =
	| { type: 'answer.set'; answer: Partial<Draft> }
	| { type: 'step.next' }
	| { type: 'step.back' }
	| { type: 'step.goto'; step: Step }
	| { type: 'wizard.restart' }
	| { type: 'lang.set'; lang: Lang }
	| { type: 'link.load'; draft: Draft; step: Step; lang: Lang; ignored: string[] };

const compute = (
	context: Pick<WizardContext, 'catalog' | 'draft' | 'lang'>
): RecommendationResult | null => {
	const answers = toAnswers(context.draft, context.catalog.questionTypes);
	return answers ? recommend(context.catalog, answers, { lang: context.lang }) : null;
};

/** Can the planner see this step now? Every answer the engine needs before it must be there (and the level step
 * only exists for a question that is still open). */
const reachable = (step: Step, draft: Draft): boolean =>
	ALL_STEPS.indexOf(step) <= ALL_STEPS.indexOf(firstOpenStep(draft)) &&
	(step !== 'level' || route(draft).includes('level'));

export const wizardMachine = setup({
	types: {
		context: {} as WizardContext,
		events: {} as WizardEvent,
		input: {} as WizardInput
	},
	guards: {
		answered: ({ context }, params: { step: QuestionStep }) =>
			isAnswered(params.step, context.draft),
		levelSkipped: ({ context }) => context.draft.open === 'nej',
		/** The input asked to open on this step, and the planner may see it. */
		startsAt: ({ context }, params: { step: Step }) =>
			context.requested === params.step && reachable(params.step, context.draft),
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
			if (context.draft.open === 'nej' && draft.open !== 'nej' && !('level' in event.answer))
				delete draft.level;
			return {
				draft,
				missing: context.missing && isAnswered(context.missing, draft) ? null : context.missing
			};
		}),
		flagMissing: assign((_, params: { step: QuestionStep }) => ({ missing: params.step })),
		clearMissing: assign({ missing: null }),
		computeResult: assign(({ context }) => ({ result: compute(context) })),
		restart: assign({ draft: EMPTY_DRAFT, missing: null, result: null, ignored: [] }),
		setLang: assign(({ context, event }) => {
			if (event.type !== 'lang.set') return {};
			return {
				lang: event.lang,
				result: context.result ? compute({ ...context, lang: event.lang }) : null
			};
		}),
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
		lang: input.lang ?? 'sv',
		draft: input.draft ?? EMPTY_DRAFT,
		missing: null,
		result: null,
		ignored: input.ignored ?? [],
		requested: input.step ?? null
	}),
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
		...Object.fromEntries(STEPS.map((step) => [step, questionState(step)])),
		result: {
			entry: 'computeResult',
			on: {
				'answer.set': { actions: ['setAnswer', 'computeResult'] },
				'step.back': { target: 'stage' }
			}
		}
	},
	on: {
		'answer.set': { actions: 'setAnswer' },
		'step.goto': goto(),
		'link.load': goto('loadLink'),
		'wizard.restart': { target: '.purpose', actions: 'restart' },
		'lang.set': { actions: 'setLang' }
	}
});

function goto(action?: 'loadLink') {
	return ALL_STEPS.map((step) => ({
		guard: { type: 'asksFor' as const, params: { step } },
		target: `.${step}`,
		// A loaded link may land on the result it was already showing, so the result is computed here too.
		actions: action ? [action, 'computeResult' as const] : ['clearMissing' as const]
	}));
}

function questionState(step: QuestionStep) {
	const previous = STEPS[STEPS.indexOf(step) - 1];
	const answered = { type: 'answered' as const, params: { step } };
	// Where "next" leads when the question is open or decided; they differ only where the level step is skipped.
	const whenOpen = nextStep(step, { ...EMPTY_DRAFT, open: 'ja' });
	const whenDecided = nextStep(step, { ...EMPTY_DRAFT, open: 'nej' });
	return {
		on: {
			'step.next': [
				...(whenDecided !== whenOpen
					? [
							{
								guard: and([answered, 'levelSkipped']),
								target: whenDecided,
								actions: 'clearMissing' as const
							}
						]
					: []),
				{ guard: answered, target: whenOpen, actions: 'clearMissing' as const },
				{ actions: { type: 'flagMissing' as const, params: { step } } }
			],
			...(previous
				? {
						'step.back': [
							...(previous === 'level'
								? [
										{
											guard: 'levelSkipped' as const,
											target: 'scope',
											actions: 'clearMissing' as const
										}
									]
								: []),
							{ target: previous, actions: 'clearMissing' as const }
						]
					}
				: {})
		}
	};
}
