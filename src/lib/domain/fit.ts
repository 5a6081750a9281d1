/**
 * How well a method fits the answers before any rule applies (weights and tables in rules/scoring.yaml).
 * Stage, question type and groups add up by weight; the promised level then scales that sum, because a method
 * that cannot keep the promise made to citizens is not a good fit however well it suits the rest.
 * Each part carries the reason to show for it, and the parts' effects add up to the fit.
 */
import type { Answers } from './answers.ts';
import { LEVEL_IDS, STAGE_IDS } from './ids.ts';
import type { Catalog, FitReasonTexts, GroupId, LevelId, Method, ScoringFile } from './types.ts';

export interface FitPart {
	rule: 'fit.level' | 'fit.stage' | 'fit.questionType' | 'fit.groups';
	/** Contribution to the score. The level part's is what the promise gate took away (zero or negative). */
	effect: number;
	/** Does this part speak for the method? */
	favourable: boolean;
	text: keyof FitReasonTexts;
	/** Ids to name in the text, by placeholder. */
	ids: Partial<Record<'levels' | 'stages' | 'groups', readonly string[]>>;
}

/** Distance to the nearest item the method has, in an ordered vocabulary. */
function distance<T extends string>(order: readonly T[], wanted: T, have: readonly T[]): { steps: number; below: boolean } {
	const at = order.indexOf(wanted);
	let best = { steps: Infinity, below: false };
	for (const item of have) {
		const steps = Math.abs(order.indexOf(item) - at);
		if (steps < best.steps) best = { steps, below: order.indexOf(item) < at };
	}
	return best;
}

function byDistance(table: readonly number[], steps: number): number {
	return table[steps] ?? 0;
}

function levelShare(scoring: ScoringFile, method: Method, level: LevelId): { share: number; part: Omit<FitPart, 'effect'> } {
	const { steps, below } = distance(LEVEL_IDS, level, method.levels);
	const share = byDistance(below ? scoring.level.below : scoring.level.above, steps);
	const text = steps === 0 ? 'levelMatch' : below ? 'levelBelow' : 'levelAbove';
	return { share, part: { rule: 'fit.level', favourable: steps === 0, text, ids: { levels: method.levels } } };
}

function stagePart(scoring: ScoringFile, method: Method, answers: Answers): FitPart {
	const { steps } = distance(STAGE_IDS, answers.stage, method.stages);
	const text = steps === 0 ? 'stageMatch' : steps === 1 ? 'stageNear' : 'stageOff';
	return {
		rule: 'fit.stage',
		effect: scoring.weights.stage * byDistance(scoring.stage, steps),
		favourable: steps === 0,
		text,
		ids: { stages: method.stages }
	};
}

function questionTypePart(catalog: Catalog, method: Method, answers: Answers): FitPart {
	const { scoring, questionTypes } = catalog;
	const wanted = questionTypes.find((type) => type.id === answers.questionType)!;
	let share = scoring.questionType.none;
	let text: FitPart['text'] = 'questionTypeOff';
	if (method.questionTypes.includes(wanted.id)) {
		share = scoring.questionType.match;
		text = 'questionTypeMatch';
	} else if (
		questionTypes.some(
			(type) =>
				method.questionTypes.includes(type.id) &&
				(type.complex === wanted.complex) !== (type.conflict === wanted.conflict)
		)
	) {
		share = scoring.questionType.sharedDimension;
		text = 'questionTypeNear';
	}
	return { rule: 'fit.questionType', effect: scoring.weights.questionType * share, favourable: text === 'questionTypeMatch', text, ids: {} };
}

function groupParts(scoring: ScoringFile, method: Method, groups: readonly GroupId[]): FitPart[] {
	const reached = groups.filter((group) => method.groups.reaches.includes(group));
	const missed = groups.filter((group) => method.groups.misses.includes(group));
	const share = Math.min(1, Math.max(0, (reached.length - scoring.groups.missPenalty * missed.length) / groups.length));
	const effect = scoring.weights.groups * share;
	const parts: FitPart[] = [];
	if (reached.length > 0) {
		parts.push({ rule: 'fit.groups', effect, favourable: true, text: 'groupsReach', ids: { groups: reached } });
	}
	if (missed.length > 0) {
		parts.push({ rule: 'fit.groups', effect: reached.length > 0 ? 0 : effect, favourable: false, text: 'groupsMiss', ids: { groups: missed } });
	}
	if (parts.length === 0) {
		parts.push({ rule: 'fit.groups', effect, favourable: false, text: 'groupsNone', ids: { groups } });
	}
	return parts;
}

export function fitParts(catalog: Catalog, method: Method, answers: Answers, effectiveLevel: LevelId): FitPart[] {
	const others = [
		stagePart(catalog.scoring, method, answers),
		questionTypePart(catalog, method, answers),
		...groupParts(catalog.scoring, method, answers.groups)
	];
	const level = levelShare(catalog.scoring, method, effectiveLevel);
	const sum = others.reduce((total, part) => total + part.effect, 0);
	return [{ ...level.part, effect: -(1 - level.share) * sum }, ...others];
}
