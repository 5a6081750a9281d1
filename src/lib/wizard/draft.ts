/**
 * The planner's answers while the wizard is under way, and the steps that ask for them. Pure TypeScript: the
 * machine, the share links and the components all use these definitions.
 */
import { normalizeAnswers, questionTypeFrom, type Answers } from '../answers/answers.ts';
import type { GroupId, LevelId, OpenId, QuestionType, ScopeId, StageId } from '../catalog/types.ts';

/** The questions in the order the wizard asks them; `result` comes after the last. */
export const STEPS = [
	'purpose',
	'open',
	'questionType',
	'scope',
	'level',
	'groups',
	'stage'
] as const;
export type QuestionStep = (typeof STEPS)[number];
export type Step = QuestionStep | 'result';
export const ALL_STEPS: readonly Step[] = [...STEPS, 'result'];

export interface Draft {
	title: string;
	purpose: string;
	open?: OpenId;
	complex?: boolean;
	conflict?: boolean;
	scope?: ScopeId;
	level?: LevelId;
	confirmedLevel?: boolean;
	groups: GroupId[];
	stage?: StageId;
	pbl?: boolean;
}

export const EMPTY_DRAFT: Draft = { title: '', purpose: '', groups: [] };

/** A decided question skips the level: information is all that can be promised, and information is not dialogue. */
export function skipsLevel(draft: Draft): boolean {
	return draft.open === 'nej';
}

export function isAnswered(step: QuestionStep, draft: Draft): boolean {
	switch (step) {
		case 'purpose':
			return draft.purpose.trim() !== '';
		case 'open':
			return draft.open !== undefined;
		case 'questionType':
			return draft.complex !== undefined && draft.conflict !== undefined;
		case 'scope':
			return draft.scope !== undefined;
		case 'level':
			return skipsLevel(draft) || draft.level !== undefined;
		case 'groups':
			return draft.groups.length > 0;
		case 'stage':
			return draft.stage !== undefined;
	}
}

/** The steps the planner actually goes through for this draft, in order. */
export function route(draft: Draft): QuestionStep[] {
	return STEPS.filter((step) => !(step === 'level' && skipsLevel(draft)));
}

export function nextStep(step: QuestionStep, draft: Draft): Step {
	const steps = route(draft);
	return steps[steps.indexOf(step) + 1] ?? 'result';
}

/** The answers the engine needs, or null while one is missing (the purpose may be empty: the result warns). */
export function toAnswers(draft: Draft, questionTypes: readonly QuestionType[]): Answers | null {
	const level = skipsLevel(draft) ? 'information' : draft.level;
	if (
		draft.complex === undefined ||
		draft.conflict === undefined ||
		!level ||
		!draft.stage ||
		draft.groups.length === 0
	)
		return null;
	return normalizeAnswers({
		questionType: questionTypeFrom(questionTypes, draft.complex, draft.conflict),
		level,
		stage: draft.stage,
		groups: draft.groups,
		open: draft.open ?? 'ja',
		...(draft.scope ? { scope: draft.scope } : {}),
		...(draft.pbl !== undefined ? { pbl: draft.pbl } : {}),
		...(draft.confirmedLevel !== undefined ? { confirmedLevel: draft.confirmedLevel } : {}),
		title: draft.title,
		purpose: draft.purpose
	});
}

/** The steps whose answers the engine needs (purpose and scope only sharpen the result). */
const ENGINE_STEPS: readonly QuestionStep[] = ['open', 'questionType', 'level', 'groups', 'stage'];

/** Where a share link should open: the first step the engine still needs, or `result`. */
export function firstOpenStep(draft: Draft): Step {
	return ENGINE_STEPS.find((step) => !isAnswered(step, draft)) ?? 'result';
}
