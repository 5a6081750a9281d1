/**
 * How well a method fits the answers before any rule applies (weights and tables in rules/scoring.yaml).
 * Stage, question type and groups add up by weight; the promised level then scales that sum, because a method
 * that cannot keep the promise made to citizens is not a good fit however well it suits the rest.
 *
 * Ranking scores every method many times (near misses, coverage), so the fit is looked up in tables made once
 * per catalogue; `fitParts` turns the same shares into the reasons shown to people.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { Answers } from '../answers/answers.ts';
import { GROUP_IDS, LEVEL_IDS, QUESTION_TYPE_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type { FitReasonTexts, LevelId, WizardMethod, ScoringFile } from '../catalog/types.ts';

/**
 * A method's fit on every answer that does not involve groups, worked out once per catalogue: by level index,
 * stage index and question-type index. Groups are bit masks, counted per ranking.
 */
export interface MethodFit {
	levels: readonly { share: number; steps: number; below: boolean }[];
	stages: readonly { share: number; steps: number }[];
	types: readonly { kind: FitShares['type']; share: number }[];
	/** Bit per group. */
	reaches: number;
	misses: number;
	/** Documented Swedish use: n / (n + 1) for n cases. */
	evidence: number;
}

export interface AnswerProfile {
	level: number;
	stage: number;
	type: number;
	/** The chosen groups, a bit each. */
	groups: number;
	groupCount: number;
	/** When all residents are chosen: the groups that count as reaching the public too (scoring.groups.publicAlso). */
	publicAlso: number;
}

export interface FitShares {
	level: number;
	levelSteps: number;
	levelBelow: boolean;
	stage: number;
	stageSteps: number;
	type: 'match' | 'near' | 'off';
	groups: number;
	evidence: number;
	reached: number;
	missed: number;
	/** The fit before rules, in [0, 1]. */
	base: number;
}

export interface FitPart {
	rule: 'fit.level' | 'fit.stage' | 'fit.questionType' | 'fit.groups' | 'fit.evidence';
	/** Contribution to the score; the level part's is what the promise gate took away (zero or negative). */
	effect: number;
	/** Does this part speak for the method? */
	favourable: boolean;
	text: keyof FitReasonTexts;
	/** Ids to name in the text, by placeholder. */
	ids: Partial<Record<'levels' | 'stages' | 'groups' | 'places', readonly string[]>>;
}

const bit = (index: number) => 1 << index;
const mask = <T extends string>(order: readonly T[], items: readonly T[]) =>
	items.reduce((bits, item) => bits | bit(order.indexOf(item)), 0);
const bitCount = (bits: number) => {
	let count = 0;
	for (let rest = bits; rest; rest &= rest - 1) count++;
	return count;
};
const idsIn = <T extends string>(order: readonly T[], bits: number) =>
	order.filter((_, index) => bits & bit(index));

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

export function methodFit(catalog: WizardCatalog, method: WizardMethod): MethodFit {
	const { scoring } = catalog;
	const levels = method.levels.map((level) => LEVEL_IDS.indexOf(level));
	const stages = method.stages.map((stage) => STAGE_IDS.indexOf(stage));
	const types = mask(QUESTION_TYPE_IDS, method.questionTypes);
	return {
		levels: LEVEL_IDS.map((_, wanted) => {
			const { steps, below } = nearest(levels, wanted);
			return {
				share: (below ? scoring.level.below : scoring.level.above)[steps] ?? 0,
				steps,
				below
			};
		}),
		stages: STAGE_IDS.map((_, wanted) => {
			const { steps } = nearest(stages, wanted);
			return { share: scoring.stage[steps] ?? 0, steps };
		}),
		types: QUESTION_TYPE_IDS.map((id) => {
			const wanted = catalog.questionTypes.find((type) => type.id === id)!;
			// A question type that differs in exactly one dimension (complexity or conflict) is near.
			const near = catalog.questionTypes.filter(
				(type) => (type.complex === wanted.complex) !== (type.conflict === wanted.conflict)
			);
			const kind =
				types & bit(QUESTION_TYPE_IDS.indexOf(id))
					? 'match'
					: types &
						  mask(
								QUESTION_TYPE_IDS,
								near.map((type) => type.id)
						  )
						? 'near'
						: 'off';
			return {
				kind,
				share:
					kind === 'match'
						? scoring.questionType.match
						: kind === 'near'
							? scoring.questionType.sharedDimension
							: scoring.questionType.none
			};
		}),
		reaches: mask(GROUP_IDS, method.groups.reaches),
		misses: mask(GROUP_IDS, method.groups.misses),
		evidence: (method.cases?.length ?? 0) / ((method.cases?.length ?? 0) + 1)
	};
}

export function profileAnswers(
	scoring: ScoringFile,
	answers: Answers,
	effectiveLevel: LevelId
): AnswerProfile {
	return {
		level: LEVEL_IDS.indexOf(effectiveLevel),
		stage: STAGE_IDS.indexOf(answers.stage),
		type: QUESTION_TYPE_IDS.indexOf(answers.questionType),
		groups: mask(GROUP_IDS, answers.groups),
		groupCount: answers.groups.length,
		publicAlso: answers.groups.includes('alla') ? mask(GROUP_IDS, scoring.groups.publicAlso) : 0
	};
}

const ALL_RESIDENTS = bit(GROUP_IDS.indexOf('alla'));

/**
 * The chosen groups a method reaches well, as bits. All residents count as reached by a method that reaches the
 * public where it is held (scoring.groups.publicAlso); the reasons name the group it actually reaches.
 */
export function reachedGroups(method: MethodFit, answers: AnswerProfile): number {
	return method.reaches & (answers.groups | answers.publicAlso);
}

/** How many of the chosen groups a method reaches well. */
export function reachedCount(method: MethodFit, answers: AnswerProfile): number {
	const direct = bitCount(method.reaches & answers.groups);
	const viaPublic =
		answers.publicAlso !== 0 &&
		(method.reaches & ALL_RESIDENTS) === 0 &&
		(method.reaches & answers.publicAlso) !== 0;
	return direct + (viaPublic ? 1 : 0);
}

function groupShare(scoring: ScoringFile, method: MethodFit, answers: AnswerProfile): number {
	const reached = reachedCount(method, answers);
	const missed = bitCount(method.misses & answers.groups);
	return Math.min(
		1,
		Math.max(0, (reached - scoring.groups.missPenalty * missed) / answers.groupCount)
	);
}

/** The fit before rules, in [0, 1]: what ranking needs for every method, without the parts. */
export function baseFit(scoring: ScoringFile, method: MethodFit, answers: AnswerProfile): number {
	const { weights } = scoring;
	const sum =
		weights.stage * method.stages[answers.stage]!.share +
		weights.questionType * method.types[answers.type]!.share +
		weights.groups * groupShare(scoring, method, answers) +
		weights.evidence * method.evidence;
	return method.levels[answers.level]!.share * sum;
}

export function fitShares(
	scoring: ScoringFile,
	method: MethodFit,
	answers: AnswerProfile
): FitShares {
	const level = method.levels[answers.level]!;
	const stage = method.stages[answers.stage]!;
	return {
		level: level.share,
		levelSteps: level.steps,
		levelBelow: level.below,
		stage: stage.share,
		stageSteps: stage.steps,
		type: method.types[answers.type]!.kind,
		groups: groupShare(scoring, method, answers),
		evidence: method.evidence,
		reached: reachedGroups(method, answers),
		missed: method.misses & answers.groups,
		base: baseFit(scoring, method, answers)
	};
}

/** The reasons behind a fit, from the same shares; their effects add up to the fit. */
export function fitParts(
	scoring: ScoringFile,
	method: WizardMethod,
	answers: Answers,
	shares: FitShares
): FitPart[] {
	const { weights } = scoring;
	const typeShare =
		scoring.questionType[
			shares.type === 'near' ? 'sharedDimension' : shares.type === 'match' ? 'match' : 'none'
		];
	const stagePart: FitPart = {
		rule: 'fit.stage',
		effect: weights.stage * shares.stage,
		favourable: shares.stageSteps === 0,
		text:
			shares.stageSteps === 0 ? 'stageMatch' : shares.stageSteps === 1 ? 'stageNear' : 'stageOff',
		ids: { stages: method.stages }
	};
	const typePart: FitPart = {
		rule: 'fit.questionType',
		effect: weights.questionType * typeShare,
		favourable: shares.type === 'match',
		text:
			shares.type === 'match'
				? 'questionTypeMatch'
				: shares.type === 'near'
					? 'questionTypeNear'
					: 'questionTypeOff',
		ids: {}
	};
	const groupEffect = weights.groups * shares.groups;
	const groupParts: FitPart[] = [];
	if (shares.reached) {
		groupParts.push({
			rule: 'fit.groups',
			effect: groupEffect,
			favourable: true,
			text: 'groupsReach',
			ids: { groups: idsIn(GROUP_IDS, shares.reached) }
		});
	}
	if (shares.missed) {
		groupParts.push({
			rule: 'fit.groups',
			effect: shares.reached ? 0 : groupEffect,
			favourable: false,
			text: 'groupsMiss',
			ids: { groups: idsIn(GROUP_IDS, shares.missed) }
		});
	}
	if (groupParts.length === 0) {
		groupParts.push({
			rule: 'fit.groups',
			effect: groupEffect,
			favourable: false,
			text: 'groupsNone',
			ids: { groups: answers.groups }
		});
	}
	const places = [...new Set((method.cases ?? []).map((item) => item.place))];
	const evidencePart: FitPart = {
		rule: 'fit.evidence',
		effect: weights.evidence * shares.evidence,
		favourable: places.length > 0,
		text: places.length > 0 ? 'evidenceSome' : 'evidenceNone',
		ids: { places: places.slice(0, 3) }
	};
	const sum = stagePart.effect + typePart.effect + groupEffect + evidencePart.effect;
	const levelPart: FitPart = {
		rule: 'fit.level',
		effect: -(1 - shares.level) * sum,
		favourable: shares.levelSteps === 0,
		text: shares.levelSteps === 0 ? 'levelMatch' : shares.levelBelow ? 'levelBelow' : 'levelAbove',
		ids: { levels: method.levels }
	};
	return [levelPart, stagePart, typePart, ...groupParts, evidencePart];
}
