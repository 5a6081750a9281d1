/**
 * The proposed process: the steps that fired rules contribute, placed on the stages from the chosen one onwards, each
 * naming the methods of the plan it uses. A step that informs or reports back through a kind of channel takes the
 * plan's own first and otherwise adds the best one to the plan, so the mix, the process and the map say the same.
 */
import { LEVEL_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type {
	LevelId,
	ProcessStep,
	StageId,
	WizardCatalog,
	WizardMethod,
	WizardRule
} from '../catalog/types.ts';
import { canSupport, withinPromise, type Mix, type MixMember } from './mix.ts';
import type { Ranking, ScoredMethod } from './rank.ts';

export interface PlannedStep {
	step: ProcessStep;
	rule: WizardRule;
	stage: StageId;
	/** The methods of the plan this step uses, each at the step on the ladder it works at here. */
	uses: { id: string; level: LevelId }[];
}

function resolveStage(step: ProcessStep, chosen: StageId): StageId | null {
	if (step.stage === 'current') return chosen;
	const behind = STAGE_IDS.indexOf(step.stage) < STAGE_IDS.indexOf(chosen);
	if (behind) return step.onlyIfAhead ? null : chosen;
	return step.stage;
}

/** Does the method serve a step of the ladder that counts as dialogue (anything above information)? */
export function offersDialogue(catalog: WizardCatalog, method: WizardMethod): boolean {
	return catalog.levels.some((level) => level.dialogue && method.levels.includes(level.id));
}

/** The step on the ladder a member works at in the plan: the promise for a lead, else the highest it serves within it. */
function levelOf(member: MixMember, ranking: Ranking): LevelId {
	if (member.role === 'lead') return ranking.effectiveLevel;
	const promise = LEVEL_IDS.indexOf(ranking.effectiveLevel);
	const served = member.entry.method.levels.filter((level) => LEVEL_IDS.indexOf(level) <= promise);
	return served.at(-1) ?? member.entry.method.levels[0]!;
}

/** Places the plan's methods on the steps, adding to `mix` the channels the steps need. */
export function planProcess(
	catalog: WizardCatalog,
	ranking: Ranking,
	rules: readonly WizardRule[],
	mix: Mix
): PlannedStep[] {
	const candidates = rules.flatMap((rule) =>
		(rule.then.process ?? []).map((step) => ({ step, rule }))
	);
	const replaced = new Set(candidates.flatMap(({ step }) => step.replaces ?? []));
	const seen = new Set<string>();
	const byId = new Map(ranking.scored.map((entry) => [entry.method.id, entry]));
	const memberOf = (entry: ScoredMethod, step: ProcessStep) => {
		let member = mix.members.find((item) => item.entry === entry);
		if (!member) {
			member = { entry, role: 'supporting', reason: { kind: 'step', step: step.id } };
			mix.members.push(member);
		}
		return member;
	};

	const planned: { step: ProcessStep; rule: WizardRule; stage: StageId; members: MixMember[] }[] =
		[];
	for (const { step, rule } of candidates) {
		if (replaced.has(step.id) || seen.has(step.id)) continue;
		const stage = resolveStage(step, ranking.answers.stage);
		if (!stage) continue;
		seen.add(step.id);
		// A named method that would promise more than the plan does stays out (a feedback meeting for a decided question).
		const named = (step.methods ?? []).flatMap((id) => {
			const entry = byId.get(id);
			return entry && withinPromise(entry, ranking) ? [entry] : [];
		});
		planned.push({
			step,
			rule,
			stage,
			members: [...named, ...pick(step, ranking, mix)].map((entry) => memberOf(entry, step))
		});
	}

	// Every method of the plan is used somewhere: what no step took joins the dialogue itself (or the first step).
	const dialogue = planned.find(({ step }) => step.pick?.dialogue) ?? planned[0];
	for (const member of mix.members) {
		if (dialogue && !planned.some(({ members }) => members.includes(member)))
			dialogue.members.push(member);
	}

	return planned
		.sort(
			(a, b) =>
				STAGE_IDS.indexOf(a.stage) - STAGE_IDS.indexOf(b.stage) ||
				a.step.order - b.step.order ||
				(a.step.id < b.step.id ? -1 : 1)
		)
		.map(({ step, rule, stage, members }) => ({
			step,
			rule,
			stage,
			uses: [...new Set(members)].map((member) => ({
				id: member.entry.method.id,
				level: step.level ?? levelOf(member, ranking)
			}))
		}));
}

/**
 * The methods a step picks. Without a trait it is the dialogue itself: the lead and the methods that reach the
 * chosen groups. With a trait, the plan's own methods of that kind first, then the best others that may support the
 * plan, then any within the promise (a step that informs must have a channel).
 */
function pick(step: ProcessStep, ranking: Ranking, mix: Mix): ScoredMethod[] {
	if (!step.pick) return [];
	const { trait, reaches, count = 1, besides = false } = step.pick;
	if (!trait) {
		return mix.members
			.filter((member) => member.reason.kind !== 'step')
			.map((member) => member.entry);
	}
	// Whom the step speaks to: the group it names, else the chosen groups.
	const audience = reaches ? [reaches] : ranking.answers.groups;
	const speaksTo = (entry: ScoredMethod) =>
		entry.method.groups.reaches.some((group) => audience.includes(group));
	const ofKind = (entry: ScoredMethod) =>
		entry.method.traits.includes(trait) && withinPromise(entry, ranking);
	const planned = mix.members.map((member) => member.entry);
	// `besides`: methods the plan does not use yet that gather input below the promise, so a plan that hands
	// residents a decision also goes out to hear them first.
	const own = besides ? [] : planned.filter(ofKind);
	const others = ranking.scored.filter(
		(entry) =>
			ofKind(entry) &&
			!own.includes(entry) &&
			(!besides || (!planned.includes(entry) && !entry.keepsPromise))
	);
	const ranked = [
		...own.filter(speaksTo),
		...others.filter((entry) => speaksTo(entry) && canSupport(entry, ranking)),
		...others.filter(speaksTo)
	];
	// A step that informs must have a channel: if none speaks to its audience, the best of the kind.
	return (ranked.length > 0 ? [...new Set(ranked)] : [...own, ...others]).slice(0, count);
}
