/** What the planner has answered, in one canonical form, and the question type that two plain questions give. */
import type { QuestionTypeId } from '../catalog/types.ts';
import { ROWS, type Answers } from './registry.ts';

export type { Answers } from './registry.ts';

/**
 * One canonical form per meaning, so equal answers compare and link equal: several choices deduplicated in
 * vocabulary order, free text trimmed and dropped when blank, defaults filled in.
 */
export function normalizeAnswers(answers: Answers): Answers {
	const given = answers as Record<string, unknown>;
	const normalized: Record<string, unknown> = {};
	for (const row of ROWS) {
		const value = given[row.key];
		if (row.kind === 'several') {
			normalized[row.key] = row.values!.filter((id) => (value as string[]).includes(id));
		} else if (row.kind === 'text') {
			const text = (value as string | undefined)?.trim();
			if (text) normalized[row.key] = text;
		} else if (value !== undefined) {
			normalized[row.key] = value;
		} else if (row.default !== undefined) {
			normalized[row.key] = row.default;
		}
	}
	return normalized as Answers;
}

/** The question type follows from the two plain questions the planner answers: complex? conflict? */
export function questionTypeFrom(
	questionTypes: readonly { id: QuestionTypeId; complex: boolean; conflict: boolean }[],
	complex: boolean,
	conflict: boolean
): QuestionTypeId {
	return questionTypes.find((type) => type.complex === complex && type.conflict === conflict)!.id;
}
