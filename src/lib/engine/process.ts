/**
 * The proposed process: the steps that fired rules contribute, placed on the stages from the chosen one onwards,
 * each naming the methods that fit it best under the current answers.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import { STAGE_IDS } from '../catalog/ids.ts';
import type { Ranking } from './rank.ts';
import type { WizardMethod, ProcessStep, WizardRule, StageId } from '../catalog/types.ts';

export interface PlannedStep {
	step: ProcessStep;
	rule: WizardRule;
	stage: StageId;
	methods: string[];
}

function resolveStage(step: ProcessStep, chosen: StageId): StageId | null {
	if (step.stage === 'current') return chosen;
	const behind = STAGE_IDS.indexOf(step.stage) < STAGE_IDS.indexOf(chosen);
	if (behind) return step.onlyIfAhead ? null : chosen;
	return step.stage;
}

function methodsFor(step: ProcessStep, catalog: WizardCatalog, ranking: Ranking): string[] {
	const known = new Set(catalog.methods.map((method) => method.id));
	const named = (step.methods ?? []).filter((id) => known.has(id));
	if (!step.pick) return named;
	const { trait, count } = step.pick;
	// Without a trait the step is the dialogue itself: prefer recommended methods that are more than information.
	const dialogue = ranking.recommended.filter((entry) => offersDialogue(catalog, entry.method));
	const pool = trait
		? ranking.scored.filter((entry) => entry.method.traits.includes(trait))
		: dialogue.length > 0
			? dialogue
			: ranking.recommended;
	const picked = pool.map((entry) => entry.method.id).filter((id) => !named.includes(id));
	return [...named, ...picked.slice(0, count)];
}

/** Does the method serve a step of the ladder that counts as dialogue (anything above information)? */
export function offersDialogue(catalog: WizardCatalog, method: WizardMethod): boolean {
	return catalog.levels.some((level) => level.dialogue && method.levels.includes(level.id));
}

export function planProcess(
	catalog: WizardCatalog,
	ranking: Ranking,
	rules: readonly WizardRule[]
): PlannedStep[] {
	const candidates = rules.flatMap((rule) =>
		(rule.then.process ?? []).map((step) => ({ step, rule }))
	);
	const replaced = new Set(candidates.flatMap(({ step }) => step.replaces ?? []));
	const seen = new Set<string>();
	const planned: PlannedStep[] = [];
	for (const { step, rule } of candidates) {
		if (replaced.has(step.id) || seen.has(step.id)) continue;
		const stage = resolveStage(step, ranking.answers.stage);
		if (!stage) continue;
		seen.add(step.id);
		planned.push({ step, rule, stage, methods: methodsFor(step, catalog, ranking) });
	}
	return planned.sort(
		(a, b) =>
			STAGE_IDS.indexOf(a.stage) - STAGE_IDS.indexOf(b.stage) ||
			a.step.order - b.step.order ||
			(a.step.id < b.step.id ? -1 : 1)
	);
}
