/**
 * Which methods some answers put in a plan, and the answer sets `npm run coverage` and the tests sweep: what the
 * catalogue check uses to find methods that no answer can ever bring up.
 */
import type { Answers } from '../answers/answers.ts';
import { rowByKey } from '../answers/registry.ts';
import { GROUP_IDS, LEVEL_IDS, OPEN_IDS, QUESTION_TYPE_IDS, STAGE_IDS } from '../catalog/ids.ts';
import { runSteps, type Steps } from '../catalog/steps.ts';
import type {
	GroupId,
	LevelId,
	OpenId,
	QuestionTypeId,
	StageId,
	WizardCatalog,
	WizardMethod
} from '../catalog/types.ts';
import { composeMix } from './mix.ts';
import { rank } from './rank.ts';

/** Answers beyond the required ones that rules look at: a plan under PBL, the scope, a standing forum. */
const EXTRAS: Partial<Answers>[] = [
	{},
	{ pbl: true },
	{ scope: 'politisk' },
	{ scope: 'verksamhet' },
	{ continuity: 'aterkommande' }
];

/**
 * The answer sets the check may try, numbered: every combination of `everyCombination` (in its order) times each of
 * the extras, the extras varying fastest. A number is a cheap key for "tried already".
 */
const AXES = [QUESTION_TYPE_IDS, LEVEL_IDS, STAGE_IDS, GROUP_IDS, OPEN_IDS] as const;
const COMBINATIONS = AXES.reduce((count, axis) => count * axis.length, 1);
const ANSWER_SETS = COMBINATIONS * EXTRAS.length;
const DEFAULT_OPEN = OPEN_IDS.indexOf(rowByKey('open').default as OpenId);

function answerSet(index: number): Answers {
	const extra = EXTRAS[index % EXTRAS.length]!;
	let rest = Math.floor(index / EXTRAS.length);
	const [questionType, level, stage, group, open] = [...AXES]
		.reverse()
		.map((axis) => {
			const value = axis[rest % axis.length]!;
			rest = Math.floor(rest / axis.length);
			return value;
		})
		.reverse() as [QuestionTypeId, LevelId, StageId, GroupId, OpenId];
	return { questionType, level, stage, groups: [group], open, ...extra };
}

/** Positions on each axis of what a method lists: its question types, levels, stages and the groups it reaches. */
function profileOf(method: WizardMethod): number[][] {
	const lists = [method.questionTypes, method.levels, method.stages, method.groups.reaches];
	return lists.map((list, axis) => list.map((id) => (AXES[axis] as readonly string[]).indexOf(id)));
}

/** The number of an answer set from its positions on the first four axes, the default openness and an extra. */
function numberOf(positions: readonly number[], extra: number): number {
	let combination = 0;
	for (let axis = 0; axis < 4; axis++)
		combination = combination * AXES[axis]!.length + positions[axis]!;
	combination = combination * OPEN_IDS.length + DEFAULT_OPEN;
	return combination * EXTRAS.length + extra;
}

export function reachableMethods(catalog: WizardCatalog): Set<string> {
	return runSteps(reachableSteps(catalog));
}

/**
 * Every method that some answers bring up – recommended, in the mix, or among the first near misses (the next methods
 * that reach the chosen groups). Stops as soon as every method has been reached, and ranks each answer set at most
 * once, nearest first: the best case of each method not reached yet (its first question type, level, stage and group,
 * with each optional answer), then the rest of its own profile, then every single-group combination of
 * `npm run coverage`, alone and with each optional answer. So a catalogue whose methods fit their profiles is done
 * after a few hundred rankings, and one with an unreachable method ranks a fixed number of answer sets: the check
 * grows with the number of methods only as one ranking does. One step per ranking (a page runs it in slices).
 */
export function* reachableSteps(catalog: WizardCatalog): Steps<Set<string>> {
	const reached = new Set<string>();
	const tried = new Uint8Array(ANSWER_SETS);
	const nearMisses = catalog.scoring.thresholds.nearMisses;
	/** Profiles looked through to the end already: a copy of a method adds nothing to try. */
	const exhausted = new Set<string>();
	function* candidates(): Generator<number> {
		for (const method of catalog.methods) {
			const best = profileOf(method).map((positions) => positions[0]!);
			for (let extra = 0; extra < EXTRAS.length && !reached.has(method.id); extra++)
				yield numberOf(best, extra);
		}
		for (const method of catalog.methods) {
			const profile = profileOf(method);
			const key = JSON.stringify(profile);
			if (exhausted.has(key)) continue;
			for (const positions of product(profile)) {
				if (reached.has(method.id)) break;
				for (let extra = 0; extra < EXTRAS.length && !reached.has(method.id); extra++) {
					const index = numberOf(positions, extra);
					if (!tried[index]) yield index;
				}
			}
			if (!reached.has(method.id)) exhausted.add(key);
		}
		// Last, the whole space – but only where a method not reached yet is relevant: it reaches the group and suits
		// the question type. Elsewhere it ranks 'irrelevant' and can come up in no plan.
		const [types, levels, stages, groups, opens] = AXES.map((axis) => axis.length) as [
			number,
			number,
			number,
			number,
			number
		];
		for (let extra = 0; extra < EXTRAS.length; extra++) {
			const relevant = new Set<number>();
			for (const method of catalog.methods) {
				if (reached.has(method.id)) continue;
				const [typeList, , , groupList] = profileOf(method);
				for (const type of typeList!)
					for (const group of groupList!) relevant.add(type * groups + group);
			}
			for (let combination = 0; combination < COMBINATIONS; combination++) {
				const group = Math.floor(combination / opens) % groups;
				const type = Math.floor(combination / (opens * groups * stages * levels)) % types;
				if (relevant.has(type * groups + group)) yield combination * EXTRAS.length + extra;
			}
		}
	}
	for (const index of candidates()) {
		if (reached.size === catalog.methods.length) break;
		if (tried[index]) continue;
		tried[index] = 1;
		const ranking = rank(catalog, answerSet(index));
		for (const entry of ranking.recommended) reached.add(entry.method.id);
		for (const member of composeMix(catalog, ranking).members) reached.add(member.entry.method.id);
		for (const entry of ranking.scored.slice(0, ranking.recommended.length + nearMisses)) {
			if (entry.tier !== 'irrelevant') reached.add(entry.method.id);
		}
		yield;
	}
	return reached;
}

/** Every choice of one item from each list. */
function* product(lists: readonly (readonly number[])[]): Generator<number[]> {
	const [first, ...rest] = lists;
	if (!first) return yield [];
	for (const tail of product(rest)) for (const item of first) yield [item, ...tail];
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
