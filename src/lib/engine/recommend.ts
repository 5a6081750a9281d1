/**
 * recommend(catalog, answers) → the explained result: what can honestly be promised, warnings and advice, the mix
 * a municipality would run (lead and supporting methods that together reach every chosen group), the methods that
 * could carry the plan ranked with their reasons, near misses with their trade-offs, and the process that places
 * the mix on the stages. Pure, synchronous and deterministic.
 */
import type { Answers } from '../answers/answers.ts';
import { GROUP_IDS } from '../catalog/ids.ts';
import { FIRST_LANG, formatRange, joinList, type Lang } from '../catalog/lang.ts';
import type {
	GroupId,
	LevelId,
	StageId,
	Text,
	WizardCatalog,
	WizardRule
} from '../catalog/types.ts';
import { allHold } from './conditions.ts';
import { fitParts, type FitPart } from './fit.ts';
import { composeMix, type MixMember, type MixReason, type MixRole } from './mix.ts';
import { findNearMisses, type AnswerChange } from './nearMisses.ts';
import { offersDialogue, planProcess } from './process.ts';
import { typicalEffort } from './means.ts';
import { rank, rulePhases, type Ranking, type ScoredMethod } from './rank.ts';
import { answerVars, fill, namer, type TextVars } from './text.ts';

export interface RecommendOptions {
	/** Language of every text in the result. Default: the first language. */
	lang?: Lang;
	/** Most recommendations to return. Default from rules/scoring.yaml. */
	limit?: number;
}

export interface Reason {
	/** The rule id, or `fit.level` / `fit.stage` / `fit.questionType` / `fit.groups` for the fit itself. */
	rule: string;
	text: string;
	/** What it added to the score (fit parts: their share; rules: the raise or, negative, the lowering). */
	effect: number;
	favourable: boolean;
	/** Every recommended method has this same reason: the result says it once (`sharedReasons`). */
	shared?: boolean;
}

export interface Notice {
	rule: string;
	text: string;
}

export interface MethodSummary {
	id: string;
	name: Text;
	summary: Text;
	levels: LevelId[];
	stages: StageId[];
	/** The target groups the method reaches well. */
	groups: GroupId[];
	score: number;
	/** In this plan the method gives information, not dialogue: it serves only information, or the question is decided. */
	informationOnly: boolean;
	/** What sets it apart first, then what every recommendation shares. */
	reasons: Reason[];
}

export type Recommendation = MethodSummary;

export interface NearMiss extends MethodSummary {
	/** What choosing it would cost the plan, in a line. */
	tradeOff: string | null;
	/** A change the planner controls that would bring it in, if one does. */
	change: { fact: AnswerChange['fact']; value: string | boolean; text: string } | null;
}

export interface MixEntry {
	id: string;
	name: Text;
	role: MixRole;
	/** Where the process uses it: each stage with the step on the ladder it works at there. */
	uses: { stage: StageId; level: LevelId }[];
	/** The chosen groups it reaches well. */
	groups: GroupId[];
	/** One line on why it is in the plan. */
	why: string;
	/**
	 * Why it is in the plan, as a kind: it carries the promise (`lead`), reaches chosen groups (`reaches`, `broad`), a
	 * rule requires it (`ensured`), or a process step informs or reports back through it (`step`).
	 */
	reason: MixReason['kind'];
}

export interface ProcessStepResult {
	id: string;
	stage: StageId;
	title: string;
	text: string;
	methods: string[];
	/** The methods again, each with the step on the ladder it works at in this step. */
	uses: { id: string; level: LevelId }[];
	rule: string;
}

export interface RecommendationResult {
	answers: Answers;
	/** The level that can honestly be promised, after caps (e.g. a decided question is information). */
	effectiveLevel: LevelId;
	warnings: Notice[];
	advice: Notice[];
	/** The plan: lead methods first, then the supporting ones in the order the process uses them. */
	mix: MixEntry[];
	/** Chosen groups no method of the plan reaches (a warning says what to do). */
	unreached: GroupId[];
	/** The methods that could carry the plan, best first; never padded with methods that reach no chosen group. */
	recommendations: Recommendation[];
	/** Reasons every recommendation shares, said once. */
	sharedReasons: string[];
	nearMisses: NearMiss[];
	process: ProcessStepResult[];
	/** Ids of every rule that fired, in file order. */
	rules: string[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const CATALOGUE_GAP = 'katalogen-har-for-fa';

export function recommend(
	catalog: WizardCatalog,
	answers: Answers,
	options: RecommendOptions = {}
): RecommendationResult {
	const lang = options.lang ?? FIRST_LANG;
	const limit = options.limit ?? catalog.scoring.thresholds.defaultLimit;
	const ranking = rank(catalog, answers, limit);
	const mix = composeMix(catalog, ranking);
	const recommendedIds = new Set(ranking.recommended.map((entry) => entry.method.id));
	const inMix = (id: string) => mix.members.some((member) => member.entry.method.id === id);
	const lateRules = rulePhases(catalog).rankingRules.filter((rule) =>
		allHold(rule.when, ranking.answers, (id) => recommendedIds.has(id) || inMix(id))
	);
	const fired = catalog.rules.filter(
		(rule) => ranking.fired.includes(rule) || lateRules.includes(rule)
	);
	const steps = planProcess(catalog, ranking, fired, mix);
	const vars = answerVars(catalog, ranking.answers, ranking.effectiveLevel, lang);
	const names = namer(catalog, lang);
	const notices = (pick: (rule: WizardRule) => Text | undefined): Notice[] =>
		fired.flatMap((rule) => {
			const text = pick(rule);
			return text ? [{ rule: rule.id, text: fill(text, lang, vars) }] : [];
		});
	const explain = explainer(catalog, ranking, lang, vars);

	const recommendations = markShared(ranking.recommended.map(explain));
	const sharedReasons =
		recommendations[0]?.reasons.filter((reason) => reason.shared).map((reason) => reason.text) ??
		[];

	const ordered = [
		...mix.members.filter((member) => member.role === 'lead'),
		...steps.flatMap((step) =>
			step.uses.flatMap(({ id }) =>
				mix.members.filter((member) => member.role !== 'lead' && member.entry.method.id === id)
			)
		)
	].filter((member, index, all) => all.indexOf(member) === index);

	return {
		answers: ranking.answers,
		effectiveLevel: ranking.effectiveLevel,
		warnings: [...notices((rule) => rule.then.warning), ...gapNotices()],
		advice: notices((rule) => rule.then.advice),
		mix: ordered.map((member) => ({
			id: member.entry.method.id,
			name: member.entry.method.name,
			role: member.role,
			uses: usesOf(member, steps),
			groups: member.entry.method.groups.reaches.filter((group) =>
				ranking.answers.groups.includes(group)
			),
			why: why(catalog, member, steps, lang, vars, names),
			reason: member.reason.kind
		})),
		unreached: mix.unreached,
		recommendations,
		sharedReasons,
		nearMisses: findNearMisses(
			catalog,
			ranking,
			limit,
			new Set(ordered.map((member) => member.entry.method.id))
		).map(({ entry, change }) => ({
			...explain(entry),
			tradeOff: tradeOff(catalog, entry, ranking, lang, vars),
			change: change
				? { fact: change.fact, value: change.value, text: describeChange(catalog, change, lang) }
				: null
		})),
		process: steps.map(({ step, rule, stage, uses }) => ({
			id: step.id,
			stage,
			title: fill(step.title, lang, vars),
			text: fill(step.text, lang, vars),
			methods: uses.map((use) => use.id),
			uses,
			rule: rule.id
		})),
		rules: fired.map((rule) => rule.id)
	};

	/** What the plan lacks: groups no method reaches (rule 18), no method within the means (rule 19), or a
	 * catalogue too thin for these answers. */
	function gapNotices(): Notice[] {
		const found: Notice[] = [];
		const cover = fired.find((rule) => rule.then.coverGroups);
		for (const group of mix.unreached) {
			found.push({
				rule: cover!.id,
				text: fill(cover!.then.coverGroups!.unreached, lang, {
					...vars,
					groups: names.group(group)
				})
			});
		}
		const limitRule = fired.find((rule) => rule.then.limitToMeans);
		const overMeans = ranking.scored.some(
			(entry) => entry.tier === 'overMeans' && entry.keepsPromise
		);
		if (limitRule && ranking.carrying === 0 && overMeans) {
			found.push({
				rule: limitRule.id,
				text: fill(limitRule.then.limitToMeans!.noLead, lang, vars)
			});
		} else if (ranking.carrying < catalog.scoring.thresholds.minRecommendations) {
			found.push({
				rule: CATALOGUE_GAP,
				text: fill(catalog.scoring.notices.fewRelevant, lang, {
					...vars,
					count: String(ranking.carrying)
				})
			});
		}
		return found;
	}
}

/** Where the process uses a member: each stage and step on the ladder once, in process order. */
function usesOf(member: MixMember, steps: ReturnType<typeof planProcess>): MixEntry['uses'] {
	const uses: MixEntry['uses'] = [];
	for (const step of steps) {
		for (const use of step.uses) {
			if (use.id !== member.entry.method.id) continue;
			if (!uses.some((seen) => seen.stage === step.stage && seen.level === use.level))
				uses.push({ stage: step.stage, level: use.level });
		}
	}
	return uses;
}

/** Marks the reasons every recommendation has (same rule, same text) and puts what sets each apart first. */
function markShared(summaries: MethodSummary[]): MethodSummary[] {
	if (summaries.length < 2) return summaries;
	const key = (reason: Reason) => `${reason.rule}\u0000${reason.text}`;
	const everywhere = new Set(summaries[0]!.reasons.map(key));
	for (const summary of summaries.slice(1)) {
		const own = new Set(summary.reasons.map(key));
		for (const reason of everywhere) if (!own.has(reason)) everywhere.delete(reason);
	}
	return summaries.map((summary) => {
		const reasons = summary.reasons.map((reason) =>
			everywhere.has(key(reason)) ? { ...reason, shared: true } : reason
		);
		return {
			...summary,
			reasons: [
				...reasons.filter((reason) => !reason.shared),
				...reasons.filter((reason) => reason.shared)
			]
		};
	});
}

function explainer(catalog: WizardCatalog, ranking: Ranking, lang: Lang, vars: TextVars) {
	const names = namer(catalog, lang);
	const promiseIsDialogue =
		catalog.levels.find((level) => level.id === ranking.effectiveLevel)?.dialogue ?? false;
	// Only the ids a part names are written out: joining lists is the costliest thing a reason does.
	const named = {
		levels: names.levelInText,
		stages: names.stageInText,
		groups: names.group,
		places: (id: string) => id
	};
	const fitText = (part: FitPart) => {
		const lists: Record<string, string> = {};
		for (const [key, ids] of Object.entries(part.ids) as [
			keyof typeof named,
			readonly string[]
		][]) {
			lists[key] = joinList(ids.map(named[key]), lang);
		}
		return fill(catalog.scoring.reasons[part.text], lang, { ...vars, ...lists });
	};
	const limit = ranking.fired.find((rule) => rule.then.limitToMeans);

	return (entry: ScoredMethod): MethodSummary => {
		const { method } = entry;
		const reasons: Reason[] = [
			...fitParts(catalog.scoring, method, ranking.answers, entry.shares).map((part) => ({
				rule: part.rule,
				text: fitText(part),
				effect: round(part.effect),
				favourable: part.favourable
			})),
			...entry.adjustments.map(({ rule, adjustment, delta }) => ({
				rule: rule.id,
				text: fill(adjustment.reason, lang, vars),
				effect: delta,
				favourable: adjustment.by > 0
			})),
			...(limit && entry.means.tight
				? [
						{
							rule: limit.id,
							text: fill(catalog.scoring.reasons.meansTight, lang, {
								...vars,
								weeks: weeksText(entry, lang)
							}),
							effect: 0,
							favourable: false
						}
					]
				: [])
		];
		return {
			id: method.id,
			name: method.name,
			summary: method.summary,
			levels: method.levels,
			stages: method.stages,
			groups: method.groups.reaches,
			score: entry.score,
			informationOnly: !offersDialogue(catalog, method) || !promiseIsDialogue,
			reasons
		};
	};
}

const weeksText = (entry: ScoredMethod, lang: Lang) => formatRange(entry.means.weeks, lang);

/** The option's name, in lower case, to go inside a sentence ("mindre än två månader", "små"). */
function optionText(
	catalog: WizardCatalog,
	question: 'time' | 'resources',
	value: string,
	lang: Lang
) {
	const option = catalog.questions
		.find((item) => item.id === question)
		?.options?.find((item) => item.value === value);
	return (option?.label[lang] ?? value).toLocaleLowerCase(lang);
}

/** One line on why a member is in the plan. */
function why(
	catalog: WizardCatalog,
	member: MixMember,
	steps: ReturnType<typeof planProcess>,
	lang: Lang,
	vars: TextVars,
	names: ReturnType<typeof namer>
): string {
	const { mix } = catalog.scoring;
	const { reason } = member;
	switch (reason.kind) {
		case 'lead': {
			// All residents count as reached through the public places a lead is held in (scoring.groups.publicAlso).
			const reached = GROUP_IDS.filter(
				(group) => member.entry.reached & (1 << GROUP_IDS.indexOf(group))
			);
			return fill(mix.lead, lang, { ...vars, groups: joinList(reached.map(names.group), lang) });
		}
		case 'reaches':
			return fill(mix.reaches, lang, {
				...vars,
				groups: joinList(reason.groups.map(names.group), lang)
			});
		case 'broad':
			return fill(mix.broad, lang, vars);
		case 'ensured':
			return fill(reason.guarantee.reason, lang, vars);
		case 'step': {
			const step = steps.find((planned) => planned.step.id === reason.step);
			return step ? fill(step.step.title, lang, vars) : '';
		}
	}
}

/** What choosing a near miss would cost the plan. */
function tradeOff(
	catalog: WizardCatalog,
	entry: ScoredMethod,
	ranking: Ranking,
	lang: Lang,
	vars: TextVars
): string | null {
	const { reasons } = catalog.scoring;
	const names = namer(catalog, lang);
	if (entry.tier === 'overMeans') {
		const { answers } = ranking;
		if (entry.means.over.includes('time') && answers.time) {
			return fill(reasons.overTime, lang, {
				...vars,
				weeks: weeksText(entry, lang),
				available: optionText(catalog, 'time', answers.time, lang)
			});
		}
		if (answers.resources) {
			return fill(reasons.overResources, lang, {
				...vars,
				hours: String(entry.method.time.staffHours.min),
				available: optionText(catalog, 'resources', answers.resources, lang)
			});
		}
	}
	const { shares, method } = entry;
	if (shares.levelSteps > 0) {
		return fill(shares.levelBelow ? reasons.tradeOffLevelBelow : reasons.tradeOffLevelAbove, lang, {
			...vars,
			levels: joinList(method.levels.map(names.levelInText), lang)
		});
	}
	if (shares.type !== 'match') return fill(reasons.tradeOffQuestionType, lang, vars);
	const missed = method.groups.misses.filter((group) => ranking.answers.groups.includes(group));
	if (missed.length > 0) {
		return fill(reasons.tradeOffGroups, lang, {
			...vars,
			groups: joinList(missed.map(names.group), lang)
		});
	}
	if (shares.stageSteps > 0) {
		return fill(reasons.tradeOffStage, lang, {
			...vars,
			stages: joinList(method.stages.map(names.stageInText), lang)
		});
	}
	// It could carry the plan too: say how it compares with the lead.
	const lead = ranking.recommended[0];
	if (lead && typicalEffort(method) > typicalEffort(lead.method)) {
		return fill(reasons.tradeOffEffort, lang, {
			...vars,
			hours: formatRange(method.time.staffHours, lang)
		});
	}
	if (lead && (method.cases?.length ?? 0) < (lead.method.cases?.length ?? 0)) {
		return fill(reasons.tradeOffEvidence, lang, vars);
	}
	return null;
}

function describeChange(catalog: WizardCatalog, change: AnswerChange, lang: Lang): string {
	const names = namer(catalog, lang);
	const { reasons } = catalog.scoring;
	const value = String(change.value);
	switch (change.fact) {
		case 'confirmedLevel':
			return fill(reasons.changeConfirmedLevel, lang, {
				level: names.levelInText(change.answers.level)
			});
		case 'time':
			return fill(reasons.changeTime, lang, {
				available: optionText(catalog, 'time', value, lang)
			});
		case 'resources':
			return fill(reasons.changeResources, lang, {
				available: optionText(catalog, 'resources', value, lang)
			});
	}
}
