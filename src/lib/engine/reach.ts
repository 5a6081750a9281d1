/**
 * Which methods some answers put in a plan, and the answer sets `npm run coverage` and the tests sweep: what the
 * catalogue check uses to find methods that no answer can ever bring up.
 */
import type { Answers } from '../answers/answers.ts';
import { GROUP_IDS, LEVEL_IDS, OPEN_IDS, QUESTION_TYPE_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type { GroupId, WizardCatalog } from '../catalog/types.ts';
import { composeMix } from './mix.ts';
import { rank } from './rank.ts';

/**
 * Every method that some answers bring up – recommended, in the mix, or among the first near misses (the next methods
 * that reach the chosen groups) – stopping as soon as every method has been reached:
 * first each method's own best case (its first level, stage, question type, scope and group), which finds nearly all
 * of them at once, then the single-group combinations of `npm run coverage`, then those with the optional answers.
 */
export function reachableMethods(catalog: WizardCatalog): Set<string> {
	const reached = new Set<string>();
	const add = (answers: Answers) => {
		const ranking = rank(catalog, answers);
		for (const entry of ranking.recommended) reached.add(entry.method.id);
		for (const member of composeMix(catalog, ranking).members) reached.add(member.entry.method.id);
		const shown = ranking.recommended.length + catalog.scoring.thresholds.nearMisses;
		for (const entry of ranking.scored.slice(0, shown)) {
			if (entry.tier !== 'irrelevant') reached.add(entry.method.id);
		}
		return reached.size === catalog.methods.length;
	};
	for (const method of catalog.methods) {
		const own: Answers = {
			questionType: method.questionTypes[0],
			level: method.levels[0],
			stage: method.stages[0],
			groups: [method.groups.reaches[0]],
			scope: method.scopes[0]
		};
		if (add(own)) return reached;
	}
	const extras: Partial<Answers>[] = [
		{},
		{ pbl: true },
		{ scope: 'politisk' },
		{ scope: 'verksamhet' },
		{ continuity: 'aterkommande' }
	];
	for (const extra of extras) {
		for (const answers of everyCombination()) {
			if (add({ ...answers, ...extra })) return reached;
		}
	}
	return reached;
}

/** question type × level × stage × single target group × openness; `groups` narrows the groups swept. */
export function* everyCombination(groups: readonly GroupId[] = GROUP_IDS) {
	for (const questionType of QUESTION_TYPE_IDS) {
		for (const level of LEVEL_IDS) {
			for (const stage of STAGE_IDS) {
				for (const group of groups) {
					for (const open of OPEN_IDS) yield { questionType, level, stage, groups: [group], open };
				}
			}
		}
	}
}
