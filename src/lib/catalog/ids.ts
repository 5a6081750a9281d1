/** The stable ids of the product's vocabulary, in their canonical order, as the shared schema lists them. */
import { VOCABULARY } from './catalog.generated.ts';
import type {
	ContinuityId,
	GroupId,
	LevelId,
	OpenId,
	QuestionTypeId,
	ResourcesId,
	ScopeId,
	StageId,
	TimeId
} from './types.ts';

export const LEVEL_IDS: readonly LevelId[] = VOCABULARY.LevelId;
export const STAGE_IDS: readonly StageId[] = VOCABULARY.StageId;
export const GROUP_IDS: readonly GroupId[] = VOCABULARY.GroupId;
export const QUESTION_TYPE_IDS: readonly QuestionTypeId[] = VOCABULARY.QuestionTypeId;
export const OPEN_IDS: readonly OpenId[] = VOCABULARY.OpenId;
export const SCOPE_IDS: readonly ScopeId[] = VOCABULARY.ScopeId;
export const TIME_IDS: readonly TimeId[] = VOCABULARY.TimeId;
export const RESOURCES_IDS: readonly ResourcesId[] = VOCABULARY.ResourcesId;
export const CONTINUITY_IDS: readonly ContinuityId[] = VOCABULARY.ContinuityId;
