import { GROUP_IDS } from '../catalog/ids.ts';
import type {
	GroupId,
	LevelId,
	OpenId,
	QuestionTypeId,
	ScopeId,
	StageId
} from '../catalog/types.ts';

/** What the planner has answered. The ids are the same in the CLI, share links and widget attributes. */
export interface Answers {
	questionType: QuestionTypeId;
	/** The step on the ladder the decision-makers offer. */
	level: LevelId;
	stage: StageId;
	/** At least one. Order and repeats do not matter. */
	groups: GroupId[];
	/** Can the question still be influenced? Defaults to `ja`. */
	open?: OpenId;
	scope?: ScopeId;
	/** A physical plan under the Planning and Building Act. */
	pbl?: boolean;
	/** The decision-makers confirmed that a partly open question is open to the chosen level. */
	confirmedLevel?: boolean;
	title?: string;
	/** Purpose and goal of the dialogue, in the planner's words. */
	purpose?: string;
}

/** One canonical form per meaning: groups deduplicated in vocabulary order, blank text dropped, open defaulted. */
export function normalizeAnswers(answers: Answers): Answers {
	const normalized: Answers = {
		questionType: answers.questionType,
		level: answers.level,
		stage: answers.stage,
		groups: GROUP_IDS.filter((group) => answers.groups.includes(group)),
		open: answers.open ?? 'ja'
	};
	if (answers.scope) normalized.scope = answers.scope;
	if (answers.pbl !== undefined) normalized.pbl = answers.pbl;
	if (answers.confirmedLevel !== undefined) normalized.confirmedLevel = answers.confirmedLevel;
	const title = answers.title?.trim();
	if (title) normalized.title = title;
	const purpose = answers.purpose?.trim();
	if (purpose) normalized.purpose = purpose;
	return normalized;
}

/** The question type follows from the two plain questions the planner answers: complex? conflict? */
export function questionTypeFrom(
	questionTypes: readonly { id: QuestionTypeId; complex: boolean; conflict: boolean }[],
	complex: boolean,
	conflict: boolean
): QuestionTypeId {
	return questionTypes.find((type) => type.complex === complex && type.conflict === conflict)!.id;
}
