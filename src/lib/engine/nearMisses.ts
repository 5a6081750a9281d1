/**
 * Near misses: good methods that did not make the plan, each with the trade-off it would bring and, where one exists,
 * a change the planner controls that would bring it in: the stage, more time or resources, or the decision-makers'
 * confirmation. Never a lower promise or another target group just to get a method. Each alternative answer set is
 * ranked once and shared by every candidate.
 */
import type { Answers } from '../answers/answers.ts';
import { RESOURCES_IDS, TIME_IDS } from '../catalog/ids.ts';
import type { WizardCatalog } from '../catalog/types.ts';
import { rank, type Ranking, type ScoredMethod } from './rank.ts';

export type ChangeFact = 'confirmedLevel' | 'time' | 'resources';

export interface AnswerChange {
	fact: ChangeFact;
	/** The new value: an id, or `true` for `confirmedLevel`. */
	value: string | boolean;
	answers: Answers;
}

export interface NearMissPlan {
	entry: ScoredMethod;
	change: AnswerChange | null;
}

/**
 * The changes worth suggesting, most plausible first: the decision-makers' confirmation, then more time or resources.
 * The promise, the groups, the stage and the question itself are facts of the case, not levers to get a method.
 */
export function alternativeAnswers(answers: Answers): AnswerChange[] {
	const changes: AnswerChange[] = [];
	if (answers.open === 'delvis' && !answers.confirmedLevel) {
		changes.push({
			fact: 'confirmedLevel',
			value: true,
			answers: { ...answers, confirmedLevel: true }
		});
	}
	const more = <T extends string>(order: readonly T[], given: T | undefined) =>
		given === undefined ? [] : order.slice(order.indexOf(given) + 1);
	for (const time of more(TIME_IDS, answers.time))
		changes.push({ fact: 'time', value: time, answers: { ...answers, time } });
	for (const resources of more(RESOURCES_IDS, answers.resources))
		changes.push({ fact: 'resources', value: resources, answers: { ...answers, resources } });
	return changes;
}

/** The next methods that reach the chosen groups but are not in the plan: those that would support it, then those
 * that need more time or means. */
export function findNearMisses(
	catalog: WizardCatalog,
	ranking: Ranking,
	limit: number,
	inPlan: ReadonlySet<string>
): NearMissPlan[] {
	const count = catalog.scoring.thresholds.nearMisses;
	if (count === 0) return [];
	const recommended = new Set(ranking.recommended.map((entry) => entry.method.id));
	const candidates = ranking.scored
		.filter(
			(entry) =>
				entry.tier !== 'irrelevant' &&
				!recommended.has(entry.method.id) &&
				!inPlan.has(entry.method.id)
		)
		.slice(0, count);

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
