/**
 * How well a method fits the answers before any rule applies (weights and tables in rules/scoring.yaml).
 * Stage, question type and groups add up by weight; the promised level then scales that sum, because a method
 * that cannot keep the promise made to citizens is not a good fit however well it suits the rest.
 *
 * Ranking scores every method many times (near misses, coverage), so the fit is computed on small numeric
 * profiles; `fitParts` turns the same shares into the reasons shown to people.
 */
import type { Answers } from './answers.ts';
import { GROUP_IDS, LEVEL_IDS, QUESTION_TYPE_IDS, STAGE_IDS } from './ids.ts';
import type { Catalog, FitReasonTexts, LevelId, Method, ScoringFile } from './types.ts';

/** A method reduced to indices and bit masks over the shared vocabularies. */
export interface MethodProfile {
	levels: number[];
	stages: number[];
	/** Bit per question type. */
	types: number;
	/** Bit per group. */
	reaches: number;
	misses: number;
}

export interface AnswerProfile {
	level: number;
	stage: number;
	/** Bit of the chosen question type. */
	type: number;
	/** Bits of the question types that differ from the chosen one in exactly one dimension. */
	typeNear: number;
	groups: number;
	groupCount: number;
}

export interface FitShares {
	level: number;
	levelSteps: number;
	levelBelow: boolean;
	stage: number;
	stageSteps: number;
	type: 'match' | 'near' | 'off';
	groups: number;
	reached: number;
	missed: number;
	/** The fit before rules, in [0, 1]. */
	base: number;
}

export interface FitPart {
	rule: 'fit.level' | 'fit.stage' | 'fit.questionType' | 'fit.groups';
	/** Contribution to the score; the level part's is what the promise gate took away (zero or negative). */
	effect: number;
	/** Does this part speak for the method? */
	favourable: boolean;
	text: keyof FitReasonTexts;
	/** Ids to name in the text, by placeholder. */
	ids: Partial<Record<'levels' | 'stages' | 'groups', readonly string[]>>;
}

const bit = (index: number) => 1 << index;
const mask = <T extends string>(order: readonly T[], items: readonly T[]) =>
	items.reduce((bits, item) => bits | bit(order.indexOf(item)), 0);
const bitCount = (bits: number) => {
	let count = 0;
	for (let rest = bits; rest; rest &= rest - 1) count++;
	return count;
};
const idsIn = <T extends string>(order: readonly T[], bits: number) => order.filter((_, index) => bits & bit(index));

export function profileMethod(method: Method): MethodProfile {
	return {
		levels: method.levels.map((level) => LEVEL_IDS.indexOf(level)),
		stages: method.stages.map((stage) => STAGE_IDS.indexOf(stage)),
		types: mask(QUESTION_TYPE_IDS, method.questionTypes),
		reaches: mask(GROUP_IDS, method.groups.reaches),
		misses: mask(GROUP_IDS, method.groups.misses)
	};
}

export function profileAnswers(catalog: Catalog, answers: Answers, effectiveLevel: LevelId): AnswerProfile {
	const wanted = catalog.questionTypes.find((type) => type.id === answers.questionType)!;
	const near = catalog.questionTypes.filter(
		(type) => (type.complex === wanted.complex) !== (type.conflict === wanted.conflict)
	);
	return {
		level: LEVEL_IDS.indexOf(effectiveLevel),
		stage: STAGE_IDS.indexOf(answers.stage),
		type: bit(QUESTION_TYPE_IDS.indexOf(answers.questionType)),
		typeNear: mask(QUESTION_TYPE_IDS, near.map((type) => type.id)),
		groups: mask(GROUP_IDS, answers.groups),
		groupCount: answers.groups.length
	};
}

function nearest(have: readonly number[], wanted: number): { steps: number; below: boolean } {
	let steps = Infinity;
	let below = false;
	for (const index of have) {
		const distance = Math.abs(index - wanted);
		if (distance < steps) {
			steps = distance;
			below = index < wanted;
		}
	}
	return { steps, below };
}

export function fitShares(scoring: ScoringFile, method: MethodProfile, answers: AnswerProfile): FitShares {
	const level = nearest(method.levels, answers.level);
	const levelShare = (level.below ? scoring.level.below : scoring.level.above)[level.steps] ?? 0;
	const stage = nearest(method.stages, answers.stage);
	const stageShare = scoring.stage[stage.steps] ?? 0;
	const type = method.types & answers.type ? 'match' : method.types & answers.typeNear ? 'near' : 'off';
	const typeShare = type === 'match' ? scoring.questionType.match : type === 'near' ? scoring.questionType.sharedDimension : scoring.questionType.none;
	const reached = method.reaches & answers.groups;
	const missed = method.misses & answers.groups;
	const groupShare = Math.min(1, Math.max(0, (bitCount(reached) - scoring.groups.missPenalty * bitCount(missed)) / answers.groupCount));
	const { weights } = scoring;
	const sum = weights.stage * stageShare + weights.questionType * typeShare + weights.groups * groupShare;
	return {
		level: levelShare,
		levelSteps: level.steps,
		levelBelow: level.below,
		stage: stageShare,
		stageSteps: stage.steps,
		type,
		groups: groupShare,
		reached,
		missed,
		base: levelShare * sum
	};
}

/** The reasons behind a fit, from the same shares; their effects add up to the fit. */
export function fitParts(scoring: ScoringFile, method: Method, answers: Answers, shares: FitShares): FitPart[] {
	const { weights } = scoring;
	const typeShare = scoring.questionType[shares.type === 'near' ? 'sharedDimension' : shares.type === 'match' ? 'match' : 'none'];
	const stagePart: FitPart = {
		rule: 'fit.stage',
		effect: weights.stage * shares.stage,
		favourable: shares.stageSteps === 0,
		text: shares.stageSteps === 0 ? 'stageMatch' : shares.stageSteps === 1 ? 'stageNear' : 'stageOff',
		ids: { stages: method.stages }
	};
	const typePart: FitPart = {
		rule: 'fit.questionType',
		effect: weights.questionType * typeShare,
		favourable: shares.type === 'match',
		text: shares.type === 'match' ? 'questionTypeMatch' : shares.type === 'near' ? 'questionTypeNear' : 'questionTypeOff',
		ids: {}
	};
	const groupEffect = weights.groups * shares.groups;
	const groupParts: FitPart[] = [];
	if (shares.reached) {
		groupParts.push({ rule: 'fit.groups', effect: groupEffect, favourable: true, text: 'groupsReach', ids: { groups: idsIn(GROUP_IDS, shares.reached) } });
	}
	if (shares.missed) {
		groupParts.push({ rule: 'fit.groups', effect: shares.reached ? 0 : groupEffect, favourable: false, text: 'groupsMiss', ids: { groups: idsIn(GROUP_IDS, shares.missed) } });
	}
	if (groupParts.length === 0) {
		groupParts.push({ rule: 'fit.groups', effect: groupEffect, favourable: false, text: 'groupsNone', ids: { groups: answers.groups } });
	}
	const sum = stagePart.effect + typePart.effect + groupEffect;
	const levelPart: FitPart = {
		rule: 'fit.level',
		effect: -(1 - shares.level) * sum,
		favourable: shares.levelSteps === 0,
		text: shares.levelSteps === 0 ? 'levelMatch' : shares.levelBelow ? 'levelBelow' : 'levelAbove',
		ids: { levels: method.levels }
	};
	return [levelPart, stagePart, typePart, ...groupParts];
}
