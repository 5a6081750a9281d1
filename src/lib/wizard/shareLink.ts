/**
 * Share links: every answer lives in the URL, in the CLI's language (`question-type`, `level`, `stage`, `group`,
 * `open`, `scope`, …) plus `title`, `purpose`, `step` and `lang`. Parsing never throws: whatever cannot be used is
 * left out and listed, so the page can say what it ignored.
 */
import {
	ANSWER_PARAMS,
	answerParams,
	parseAnswerParams,
	type AnswerParam
} from '../answers/answerParams.ts';
import { FIRST_LANG, isLang, parseLang, type Lang } from '../catalog/lang.ts';
import type { QuestionType } from '../catalog/types.ts';
import { ROWS } from '../answers/registry.ts';
import {
	ALL_STEPS,
	EMPTY_DRAFT,
	firstOpenStep,
	isStep,
	partialAnswers,
	toDraft,
	type Draft,
	type Step
} from './draft.ts';

/** Longer queries are not links anyone shared: they are ignored whole. */
export const MAX_QUERY_LENGTH = 6000;

export interface IgnoredParam {
	param: string;
	value: string;
}

export interface LinkState {
	draft: Draft;
	step: Step;
	lang: Lang;
	ignored: IgnoredParam[];
	/** The draft of a dialogue plan kept on this device (the address names it; its text is never in the address). */
	planId?: string;
}

/** A plan id as `newPlanId` writes it. */
export const PLAN_ID = /^[a-z2-9]{10}$/;

// Read by the page, not the wizard: the language, a municipality's catalogue, the embed route's theme and the draft.
const OTHER_PARAMS = ['step', 'lang', 'catalog', 'accent', 'font', 'plan'] as const;

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}...` : value);

export function parseShareLink(search: string, questionTypes: readonly QuestionType[]): LinkState {
	const query = search.startsWith('?') ? search.slice(1) : search;
	if (query.length > MAX_QUERY_LENGTH) {
		return {
			draft: EMPTY_DRAFT,
			step: 'purpose',
			lang: FIRST_LANG,
			ignored: [{ param: '*', value: `${query.length}` }]
		};
	}
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		return {
			draft: EMPTY_DRAFT,
			step: 'purpose',
			lang: FIRST_LANG,
			ignored: [{ param: '*', value: shorten(query) }]
		};
	}
	const ignored: IgnoredParam[] = [];
	for (const [param, value] of params) {
		if (
			!(ANSWER_PARAMS as readonly string[]).includes(param) &&
			!(OTHER_PARAMS as readonly string[]).includes(param)
		) {
			ignored.push({ param: shorten(param), value: shorten(value) });
		}
	}
	const { answers, issues } = parseAnswerParams((param: AnswerParam) => params.getAll(param));
	ignored.push(...issues.map((issue) => ({ param: issue.param, value: shorten(issue.value) })));

	const draft = toDraft(answers, questionTypes);
	// A link that gives answers but not every default (the openness) means what the CLI assumes.
	const givesAnswers = ROWS.some(
		(row) => row.required && (answers as Record<string, unknown>)[row.key] !== undefined
	);
	if (givesAnswers) {
		for (const row of ROWS) {
			if (row.default !== undefined && (draft as Record<string, unknown>)[row.key] === undefined) {
				Object.assign(draft, { [row.key]: row.default });
			}
		}
	}

	const lang = params.get('lang');
	if (lang !== null && !isLang(lang)) ignored.push({ param: 'lang', value: shorten(lang) });

	// A step can be opened once every answer the engine needs before it is there.
	const open = firstOpenStep(draft);
	const requested = params.get('step');
	let step: Step = givesAnswers ? open : 'purpose';
	if (requested !== null) {
		if (!isStep(requested)) ignored.push({ param: 'step', value: shorten(requested) });
		else if (ALL_STEPS.indexOf(requested) <= ALL_STEPS.indexOf(open)) step = requested;
		else step = open;
	}
	const planId = params.get('plan');
	if (planId !== null && !PLAN_ID.test(planId))
		ignored.push({ param: 'plan', value: shorten(planId) });
	return {
		draft,
		step,
		lang: parseLang(lang),
		ignored,
		...(planId !== null && PLAN_ID.test(planId) ? { planId } : {})
	};
}

/** The query string (without `?`) that reproduces the draft, the step and the language. */
export function shareLinkQuery(
	draft: Draft,
	step: Step,
	lang: Lang,
	questionTypes: readonly QuestionType[]
): string {
	const params = new URLSearchParams(answerParams(partialAnswers(draft, questionTypes)));
	params.set('step', step);
	if (lang !== FIRST_LANG) params.set('lang', lang);
	return params.toString();
}
