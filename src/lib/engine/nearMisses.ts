/**
 * Near misses: good methods that did not make the list, and the one answer that would bring each of them in.
 * Each alternative answer set is ranked once and shared by every candidate.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { Answers } from '../answers/answers.ts';
import { GROUP_IDS, LEVEL_IDS, QUESTION_TYPE_IDS, SCOPE_IDS, STAGE_IDS } from '../catalog/ids.ts';
import { rank, type Ranking, type ScoredMethod } from './rank.ts';

export type ChangeFact =
	'level' | 'confirmedLevel' | 'stage' | 'groups' | 'questionType' | 'open' | 'scope' | 'pbl';

export interface AnswerChange {
	fact: ChangeFact;
	/** The new value: an id, or for `groups` the group to add, or `true` for `confirmedLevel` and `pbl`. */
	value: string | boolean;
	answers: Answers;
}

export interface NearMissPlan {
	entry: ScoredMethod;
	change: AnswerChange | null;
}

/** Ids ordered by distance from `from`, nearest first (lower first on ties). */
function byDistance<T extends string>(order: readonly T[], from: T): T[] {
	const at = order.indexOf(from);
	return order
		.filter((id) => id !== from)
		.sort(
			(a, b) =>
				Math.abs(order.indexOf(a) - at) - Math.abs(order.indexOf(b) - at) ||
				order.indexOf(a) - order.indexOf(b)
		);
}

/** The answer changes worth suggesting, most plausible first: what the planner controls before what the issue is. */
export function alternativeAnswers(answers: Answers): AnswerChange[] {
	const changes: AnswerChange[] = [];
	if (answers.open !== 'ja')
		changes.push({ fact: 'open', value: 'ja', answers: { ...answers, open: 'ja' } });
	if (answers.open === 'delvis' && !answers.confirmedLevel) {
		changes.push({
			fact: 'confirmedLevel',
			value: true,
			answers: { ...answers, confirmedLevel: true }
		});
	}
	for (const level of byDistance(LEVEL_IDS, answers.level))
		changes.push({ fact: 'level', value: level, answers: { ...answers, level } });
	for (const stage of byDistance(STAGE_IDS, answers.stage))
		changes.push({ fact: 'stage', value: stage, answers: { ...answers, stage } });
	for (const group of GROUP_IDS.filter((id) => !answers.groups.includes(id))) {
		changes.push({
			fact: 'groups',
			value: group,
			answers: { ...answers, groups: [...answers.groups, group] }
		});
	}
	for (const scope of SCOPE_IDS.filter((id) => id !== answers.scope)) {
		changes.push({ fact: 'scope', value: scope, answers: { ...answers, scope } });
	}
	if (!answers.pbl) changes.push({ fact: 'pbl', value: true, answers: { ...answers, pbl: true } });
	for (const questionType of byDistance(QUESTION_TYPE_IDS, answers.questionType)) {
		changes.push({
			fact: 'questionType',
			value: questionType,
			answers: { ...answers, questionType }
		});
	}
	return changes;
}

export function findNearMisses(
	catalog: WizardCatalog,
	ranking: Ranking,
	limit: number
): NearMissPlan[] {
	const count = catalog.scoring.thresholds.nearMisses;
	if (count === 0) return [];
	const recommended = new Set(ranking.recommended.map((entry) => entry.method.id));
	const rest = ranking.scored.filter((entry) => !recommended.has(entry.method.id));
	const lowered = (entry: ScoredMethod) =>
		entry.adjustments.some(({ adjustment }) => adjustment.by < 0);
	// Good fits that a rule ranked down say the most; then simply the next best.
	const rankedDown = rest
		.filter((entry) => lowered(entry) && entry.base >= catalog.scoring.thresholds.good)
		.sort((a, b) => b.base - a.base || (a.method.id < b.method.id ? -1 : 1));
	const candidates = [...new Set([...rankedDown, ...rest])].slice(0, count);

	const alternatives = alternativeAnswers(ranking.answers);
	const rankings = new Map<AnswerChange, Set<string>>();
	const recommendedUnder = (change: AnswerChange) => {
		let ids = rankings.get(change);
		if (!ids) {
			ids = new Set(
				rank(catalog, change.answers, limit).recommended.map((entry) => entry.method.id)
			);
			rankings.set(change, ids);
		}
		return ids;
	};

	return candidates.map((entry) => ({
		entry,
		change: alternatives.find((change) => recommendedUnder(change).has(entry.method.id)) ?? null
	}));
}
