/**
 * Share links: every answer lives in the URL, in the CLI's language (`question-type`, `level`, `stage`, `group`,
 * `open`, `scope`, …) plus `title`, `purpose`, `step` and `lang`. Parsing never throws: whatever cannot be used is
 * left out and listed, so the page can say what it ignored.
 */
import {
	ANSWER_PARAM_NAMES,
	answerParams,
	parseAnswerParams,
	type AnswerParam
} from '../answers/answerParams.ts';
import { questionTypeFrom } from '../answers/answers.ts';
import { LANGS, type Lang, type QuestionType } from '../catalog/types.ts';
import {
	ALL_STEPS,
	EMPTY_DRAFT,
	firstOpenStep,
	skipsLevel,
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
}

// Read by the page, not the wizard: the language, a municipality's catalogue and the embed route's theme.
const OTHER_PARAMS = ['step', 'lang', 'catalog', 'accent', 'font'] as const;

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}...` : value);

export function parseShareLink(search: string, questionTypes: readonly QuestionType[]): LinkState {
	const query = search.startsWith('?') ? search.slice(1) : search;
	if (query.length > MAX_QUERY_LENGTH) {
		return {
			draft: EMPTY_DRAFT,
			step: 'purpose',
			lang: 'sv',
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
			lang: 'sv',
			ignored: [{ param: '*', value: shorten(query) }]
		};
	}
	const ignored: IgnoredParam[] = [];
	for (const [param, value] of params) {
		if (
			!(ANSWER_PARAM_NAMES as string[]).includes(param) &&
			!(OTHER_PARAMS as readonly string[]).includes(param)
		) {
			ignored.push({ param: shorten(param), value: shorten(value) });
		}
	}
	const { answers, issues } = parseAnswerParams((param: AnswerParam) => params.getAll(param));
	ignored.push(...issues.map((issue) => ({ param: issue.param, value: shorten(issue.value) })));

	const draft: Draft = {
		...EMPTY_DRAFT,
		title: answers.title ?? '',
		purpose: answers.purpose ?? '',
		groups: answers.groups ?? []
	};
	const type = questionTypes.find((candidate) => candidate.id === answers.questionType);
	if (type) {
		draft.complex = type.complex;
		draft.conflict = type.conflict;
	}
	for (const key of ['open', 'scope', 'level', 'stage', 'pbl', 'confirmedLevel'] as const) {
		if (answers[key] !== undefined) Object.assign(draft, { [key]: answers[key] });
	}
	// A link that gives answers but no openness means an open question, as the CLI assumes.
	const givesAnswers = answers.questionType || answers.level || answers.stage || answers.groups;
	if (givesAnswers && draft.open === undefined) draft.open = 'ja';

	const lang = params.get('lang');
	if (lang !== null && !(LANGS as readonly string[]).includes(lang))
		ignored.push({ param: 'lang', value: shorten(lang) });

	// A step can be opened once every answer the engine needs before it is there.
	const open = firstOpenStep(draft);
	const requested = params.get('step');
	let step: Step = givesAnswers ? open : 'purpose';
	if (requested !== null) {
		if (!(ALL_STEPS as readonly string[]).includes(requested))
			ignored.push({ param: 'step', value: shorten(requested) });
		else if (ALL_STEPS.indexOf(requested as Step) <= ALL_STEPS.indexOf(open))
			step = requested as Step;
		else step = open;
	}
	return { draft, step, lang: lang === 'en' ? 'en' : 'sv', ignored };
}

/** The query string (without `?`) that reproduces the draft, the step and the language. */
export function shareLinkQuery(
	draft: Draft,
	step: Step,
	lang: Lang,
	questionTypes: readonly QuestionType[]
): string {
	const questionType =
		draft.complex !== undefined && draft.conflict !== undefined
			? questionTypeFrom(questionTypes, draft.complex, draft.conflict)
			: undefined;
	const params = new URLSearchParams(
		answerParams({
			title: draft.title,
			purpose: draft.purpose,
			open: draft.open,
			questionType,
			scope: draft.scope,
			level: skipsLevel(draft) ? undefined : draft.level,
			confirmedLevel: draft.confirmedLevel,
			groups: draft.groups,
			stage: draft.stage,
			pbl: draft.pbl
		})
	);
	params.set('step', step);
	if (lang !== 'sv') params.set('lang', lang);
	return params.toString();
}
