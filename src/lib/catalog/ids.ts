/** The stable ids of the product's vocabulary, in their canonical order, read from the shared schema. */
import common from '../../../rules/schemas/common.schema.json' with { type: 'json' };
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

const { definitions } = common;

export const LEVEL_IDS = definitions.LevelId.enum as readonly LevelId[];
export const STAGE_IDS = definitions.StageId.enum as readonly StageId[];
export const GROUP_IDS = definitions.GroupId.enum as readonly GroupId[];
export const QUESTION_TYPE_IDS = definitions.QuestionTypeId.enum as readonly QuestionTypeId[];
export const OPEN_IDS = definitions.OpenId.enum as readonly OpenId[];
export const SCOPE_IDS = definitions.ScopeId.enum as readonly ScopeId[];
export const TIME_IDS = definitions.TimeId.enum as readonly TimeId[];
export const RESOURCES_IDS = definitions.ResourcesId.enum as readonly ResourcesId[];
export const CONTINUITY_IDS = definitions.ContinuityId.enum as readonly ContinuityId[];
