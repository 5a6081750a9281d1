/**
 * The planner's answers while the wizard is under way, and the steps that ask for them, all read from the answer
 * registry. Pure TypeScript: the machine, the share links and the components use these definitions.
 *
 * One answer is asked in two halves: the question type follows from "is it complex?" and "is there conflict?", so
 * the draft keeps those two until both are answered.
 */
import { normalizeAnswers, questionTypeFrom, type Answers } from '../answers/answers.ts';
import {
	ALL_STEPS,
	ROWS,
	STEPS,
	type AnswerKey,
	type AnswerRowSpec,
	type AnswerValue,
	type QuestionStep,
	type Step
} from '../answers/registry.ts';
import type { QuestionType } from '../catalog/types.ts';

export { ALL_STEPS, STEPS, type QuestionStep, type Step } from '../answers/registry.ts';

type TextKey = 'title' | 'purpose';
type ListKey = 'groups';

/** Free text and lists are always there (empty until answered); every other answer is there once given. */
export type Draft = { [K in TextKey]: string } & { [K in ListKey]: AnswerValue<K> } & {
	[K in Exclude<AnswerKey, TextKey | ListKey | 'questionType'>]?: AnswerValue<K>;
} & { complex?: boolean; conflict?: boolean };

export const EMPTY_DRAFT: Draft = Object.freeze(
	Object.fromEntries(
		ROWS.flatMap((row): [string, unknown][] =>
			row.kind === 'text' ? [[row.key, '']] : row.kind === 'several' ? [[row.key, []]] : []
		)
	)
) as Draft;

/** A decided question skips the level: information is all that can be promised, and information is not dialogue. */
export function skipsLevel(draft: Draft): boolean {
	return draft.open === 'nej';
}

/** Is the row asked at all for this draft? The level only for a question that is still open, the confirmation
 * only for one that is partly open. */
export function isShown(row: AnswerRowSpec, draft: Draft): boolean {
	if (row.key === 'level') return !skipsLevel(draft);
	if (row.key === 'confirmedLevel') return draft.open === 'delvis';
	return true;
}

/** The value a row has in the draft, or undefined while it is unanswered (blank text, no groups). */
export function draftValue(row: AnswerRowSpec, draft: Draft): unknown {
	if (row.key === 'questionType') {
		return draft.complex === undefined || draft.conflict === undefined
			? undefined
			: { complex: draft.complex, conflict: draft.conflict };
	}
	const value = (draft as Record<string, unknown>)[row.key];
	if (typeof value === 'string' && value.trim() === '') return undefined;
	if (Array.isArray(value) && value.length === 0) return undefined;
	return value;
}

const rowsOf = (step: QuestionStep) => ROWS.filter((row) => row.step === step);

export function isAnswered(step: QuestionStep, draft: Draft): boolean {
	return rowsOf(step).every(
		(row) => !row.mustAnswer || !isShown(row, draft) || draftValue(row, draft) !== undefined
	);
}

/** The steps the planner actually goes through for this draft, in order: those that ask something. */
export function route(draft: Draft): QuestionStep[] {
	return STEPS.filter((step) => rowsOf(step).some((row) => isShown(row, draft)));
}

export function nextStep(step: QuestionStep, draft: Draft): Step {
	const steps = route(draft);
	return steps[steps.indexOf(step) + 1] ?? 'result';
}

/** The answers the engine needs, or null while one is missing (the purpose may be empty: the result warns). */
export function toAnswers(draft: Draft, questionTypes: readonly QuestionType[]): Answers | null {
	const answers: Record<string, unknown> = {};
	for (const row of ROWS) {
		let value = draftValue(row, draft);
		// A decided question promises information: the level step was skipped.
		if (row.key === 'level' && skipsLevel(draft)) value = 'information';
		if (row.key === 'questionType' && value) {
			const { complex, conflict } = value as { complex: boolean; conflict: boolean };
			value = questionTypeFrom(questionTypes, complex, conflict);
		}
		if (value === undefined) {
			if (row.required) return null;
			continue;
		}
		answers[row.key] = value;
	}
	return normalizeAnswers(answers as Answers);
}

/** The draft that holds these answers (the inverse of toAnswers, for links and the CLI's vocabulary). */
export function toDraft(answers: Partial<Answers>, questionTypes: readonly QuestionType[]): Draft {
	const draft: Record<string, unknown> = { ...EMPTY_DRAFT };
	for (const row of ROWS) {
		const value = (answers as Record<string, unknown>)[row.key];
		if (value === undefined) continue;
		if (row.key === 'questionType') {
			const type = questionTypes.find((candidate) => candidate.id === value);
			if (type) Object.assign(draft, { complex: type.complex, conflict: type.conflict });
		} else draft[row.key] = value;
	}
	return draft as Draft;
}

/** The answers of a draft so far, as far as they go (the question type once both halves are there). */
export function partialAnswers(
	draft: Draft,
	questionTypes: readonly QuestionType[]
): Partial<Answers> {
	const answers: Record<string, unknown> = {};
	for (const row of ROWS) {
		const value = draftValue(row, draft);
		if (value === undefined) continue;
		if (row.key === 'questionType') {
			const { complex, conflict } = value as { complex: boolean; conflict: boolean };
			answers[row.key] = questionTypeFrom(questionTypes, complex, conflict);
		} else if (row.key === 'level' && skipsLevel(draft)) continue;
		else answers[row.key] = value;
	}
	return answers as Partial<Answers>;
}

/** The steps whose answers the engine needs, or that have a default: a link opens on the first unanswered one. */
const ENGINE_STEPS = STEPS.filter((step) =>
	rowsOf(step).some((row) => row.required || row.default !== undefined)
);

/** Where a share link should open: the first step the engine still needs, or `result`. */
export function firstOpenStep(draft: Draft): Step {
	return ENGINE_STEPS.find((step) => !isAnswered(step, draft)) ?? 'result';
}

export const isStep = (value: string): value is Step =>
	(ALL_STEPS as readonly string[]).includes(value);
