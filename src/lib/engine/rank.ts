/**
 * The scoring core: which rules fire, the effective level, every method's fit and the ranked methods. Text-free and
 * cheap – the mix, near misses and coverage call it for many answer sets – so what does not depend on the answers
 * (method profiles, which methods each rule targets, effort and cases) is worked out once per catalogue.
 */
import { normalizeAnswers, type Answers } from '../answers/answers.ts';
import { GROUP_IDS, LEVEL_IDS, QUESTION_TYPE_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type {
	Adjustment,
	LevelId,
	Rating,
	Target,
	WizardCatalog,
	WizardMethod,
	WizardRule
} from '../catalog/types.ts';
import { compileConditions, dependsOnRanking, type Predicate } from './conditions.ts';
import {
	fitShares,
	methodFit,
	profileAnswers,
	reachedGroups,
	type AnswerProfile,
	type FitShares,
	type MethodFit
} from './fit.ts';
import { meansFit, typicalEffort, weeksToResult, type MeansFit } from './means.ts';
import { targets } from './targets.ts';

export interface AppliedAdjustment {
	rule: WizardRule;
	adjustment: Adjustment;
	/** What it actually changed the score by. */
	delta: number;
}

/**
 * What a method can be in this plan, best first: carry the plan (it reaches a chosen group, is made for the question
 * type, keeps the promise and fits the time and resources), support it (the same, but it works at another step of
 * the ladder), only with more time or resources, or nothing (it reaches none of the chosen groups, or is not made
 * for the question type).
 */
export const TIERS = ['carries', 'supports', 'overMeans', 'irrelevant'] as const;
export type Tier = (typeof TIERS)[number];

export interface ScoredMethod {
	method: WizardMethod;
	index: number;
	/** The fit before rules and its parts. */
	shares: FitShares;
	/** Fit before rules, in [0, 1]. */
	base: number;
	/** Fit after rules, in [0, 1], rounded to three decimals so ties are exact. */
	score: number;
	/** The rules' raises and lowerings, in the order they applied. */
	readonly adjustments: readonly AppliedAdjustment[];
	tier: Tier;
	/** Serves the effective level: it can keep the promise. */
	keepsPromise: boolean;
	/** The chosen groups it reaches well, as bits (fit.ts). */
	reached: number;
	/** How it fits the time and resources given (always fits when rule 19 did not fire or nothing was given). */
	means: MeansFit;
}

export interface Ranking {
	answers: Answers;
	effectiveLevel: LevelId;
	/** Rules that fired on the answers alone, in file order. */
	fired: WizardRule[];
	/** Methods that do not fit the time and resources are left out (a rule with `limitToMeans` fired). */
	limited: boolean;
	/** Every method, best first (see `compare`). */
	readonly scored: ScoredMethod[];
	/** The methods that can carry the plan, best first: at most the limit, never padded with the rest. */
	recommended: ScoredMethod[];
	/** How many methods could carry the plan in all. */
	carrying: number;
	/** Looks up any method's entry. */
	entry(index: number): ScoredMethod;
}

type Matching = Omit<AppliedAdjustment, 'delta'>;
/** One raise or lowering of a rule: by how much, and the indices of the methods it picks. */
type Step = { by: number; indices: number[] };

/** What is worked out once per catalogue. */
interface Compiled {
	fits: MethodFit[];
	/** The fit's parts flattened by answer index × method (stride: the number of methods), for the ranking loop. */
	levelShare: Float64Array;
	levelSteps: Uint8Array;
	stageShare: Float64Array;
	typeShare: Float64Array;
	typeMatch: Uint8Array;
	reaches: Int32Array;
	misses: Int32Array;
	evidence: Float64Array;
	effort: Float64Array;
	cases: Uint16Array;
	/** Each method's place in id order, for the last tie-break. */
	idOrder: Uint16Array;
	weeksMin: Float64Array;
	weeksMax: Float64Array;
	costOrder: Uint8Array;
	staffMin: Float64Array;
	answerRules: WizardRule[];
	/** Each answer rule's conditions as one function, in the same order. */
	answerTests: Predicate[];
	rankingRules: WizardRule[];
	/** For each target object in the rules: the indices of the methods it picks, and a flag per method. */
	picks: Map<Target, { indices: number[]; flags: boolean[] }>;
	/** For each rule: its raises and its lowerings, each with the methods it picks. */
	steps: Map<WizardRule, { raises: Step[]; lowerings: Step[] }>;
	matching: Map<Adjustment, Matching>;
}

const COSTS: readonly Rating[] = ['low', 'medium', 'high'];
const compiledCatalogs = new WeakMap<WizardCatalog, Compiled>();

function compile(catalog: WizardCatalog): Compiled {
	let compiled = compiledCatalogs.get(catalog);
	if (compiled) return compiled;
	const { methods } = catalog;
	const picks: Compiled['picks'] = new Map();
	const matching: Compiled['matching'] = new Map();
	for (const rule of catalog.rules) {
		for (const { target } of [...(rule.then.adjust ?? []), ...(rule.then.ensure ?? [])]) {
			const flags = methods.map((method) => targets(target, method));
			picks.set(target, {
				flags,
				indices: flags.flatMap((picked, index) => (picked ? [index] : []))
			});
		}
		for (const adjustment of rule.then.adjust ?? []) matching.set(adjustment, { rule, adjustment });
	}
	const steps: Compiled['steps'] = new Map();
	for (const rule of catalog.rules) {
		const adjust = (rule.then.adjust ?? []).map(({ by, target }) => ({
			by,
			indices: picks.get(target)!.indices
		}));
		steps.set(rule, {
			raises: adjust.filter(({ by }) => by > 0),
			lowerings: adjust.filter(({ by }) => by < 0)
		});
	}
	const byId = methods.map((method, index) => ({ id: method.id, index }));
	byId.sort((a, b) => (a.id < b.id ? -1 : 1));
	const idOrder = new Uint16Array(methods.length);
	byId.forEach(({ index }, position) => (idOrder[index] = position));
	const answerRules = catalog.rules.filter((rule) => !dependsOnRanking(rule.when));
	const fits = methods.map((method) => methodFit(catalog, method));
	const flat = <T>(rows: number, cell: (fit: MethodFit, row: number) => T) =>
		Array.from({ length: rows * fits.length }, (_, at) =>
			cell(fits[at % fits.length]!, Math.floor(at / fits.length))
		);
	compiled = {
		fits,
		levelShare: Float64Array.from(flat(LEVEL_IDS.length, (fit, row) => fit.levels[row]!.share)),
		levelSteps: Uint8Array.from(flat(LEVEL_IDS.length, (fit, row) => fit.levels[row]!.steps)),
		stageShare: Float64Array.from(flat(STAGE_IDS.length, (fit, row) => fit.stages[row]!.share)),
		typeShare: Float64Array.from(
			flat(QUESTION_TYPE_IDS.length, (fit, row) => fit.types[row]!.share)
		),
		typeMatch: Uint8Array.from(
			flat(QUESTION_TYPE_IDS.length, (fit, row) => (fit.types[row]!.kind === 'match' ? 1 : 0))
		),
		reaches: Int32Array.from(fits, (fit) => fit.reaches),
		misses: Int32Array.from(fits, (fit) => fit.misses),
		evidence: Float64Array.from(fits, (fit) => fit.evidence),
		effort: Float64Array.from(methods, typicalEffort),
		cases: Uint16Array.from(methods, (method) => method.cases?.length ?? 0),
		idOrder,
		weeksMin: Float64Array.from(methods, (method) => weeksToResult(method).min),
		weeksMax: Float64Array.from(methods, (method) => weeksToResult(method).max),
		costOrder: Uint8Array.from(methods, (method) => COSTS.indexOf(method.cost)),
		staffMin: Float64Array.from(methods, (method) => method.time.staffHours.min),
		answerRules,
		answerTests: answerRules.map((rule) => compileConditions(rule.when)),
		rankingRules: catalog.rules.filter((rule) => dependsOnRanking(rule.when)),
		picks,
		steps,
		matching
	};
	compiledCatalogs.set(catalog, compiled);
	return compiled;
}

/** Rules that look only at the answers run before ranking; those that look at the ranking run after it. */
export function rulePhases(catalog: WizardCatalog): {
	answerRules: WizardRule[];
	rankingRules: WizardRule[];
} {
	return compile(catalog);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
/** Set bits in each group mask, looked up rather than counted: the ranking loop asks it for every method. */
const POPCOUNT = Uint8Array.from({ length: 1 << GROUP_IDS.length }, (_, bits) => {
	let count = 0;
	for (let rest = bits; rest; rest &= rest - 1) count++;
	return count;
});
const ALL_RESIDENTS = 1 << GROUP_IDS.indexOf('alla');
const neverRecommended = () => false;
const NO_ADJUSTMENTS: readonly AppliedAdjustment[] = [];
const NO_LIMITS = {} as Pick<Answers, 'time' | 'resources'>;

/**
 * A raise of `by` closes that share of the gap to a perfect fit; a lowering takes that share of the fit away.
 * The score stays within [0, 1] without clamping, so two raises still rank above one. Raises apply first, so a
 * lowering always bites in proportion to the final fit. The ranking and the explanations both step with these two.
 */
const raised = (score: number, by: number) => score + by * (1 - score);
const lowered = (score: number, by: number) => score * (1 + by);

/** The rules' changes from a method's fit to its score, each as it applied (raises first, as the ranking does). */
function explain(base: number, matching: readonly Matching[]): AppliedAdjustment[] {
	const steps: AppliedAdjustment[] = [];
	let score = base;
	for (const raise of [true, false]) {
		for (const applied of matching) {
			const { by } = applied.adjustment;
			if (raise ? by <= 0 : by >= 0) continue;
			const before = score;
			score = raise ? raised(score, by) : lowered(score, by);
			steps.push({ ...applied, delta: round(score - before) });
		}
	}
	return steps;
}

/**
 * Room for the scores while the rules apply: read only inside `rankByRules`, which runs to its end before another
 * ranking can start, so one array serves every ranking instead of a new one each time.
 */
let adjusting = new Float64Array(0);

/** One ranking's numbers by method index, what the comparator reads. */
interface Tables {
	tier: number[];
	score: number[];
	reached: number[];
	tight: number[];
	effort: Float64Array;
	cases: Uint16Array;
	idOrder: Uint16Array;
}

/**
 * The order of methods, read as the rule it implements: what can carry the plan first (its tier), then the fit
 * after the rules, then more of the chosen groups reached, then room within the time given, then less effort, then
 * documented Swedish use.
 */
function compareOnMeaning(t: Tables, a: number, b: number): number {
	return (
		t.tier[a]! - t.tier[b]! ||
		t.score[b]! - t.score[a]! ||
		t.reached[b]! - t.reached[a]! ||
		t.tight[a]! - t.tight[b]! ||
		t.effort[a]! - t.effort[b]! ||
		t.cases[b]! - t.cases[a]!
	);
}

/** Only when every meaningful signal is equal does the id decide. */
function compare(t: Tables, a: number, b: number): number {
	return compareOnMeaning(t, a, b) || t.idOrder[a]! - t.idOrder[b]!;
}

/** Equal on every signal but the id: the last tie-break decides (`npm run coverage` reports how often). */
export function tiedOnMeaning(ranking: Ranking, a: ScoredMethod, b: ScoredMethod): boolean {
	return compareOnMeaning((ranking as LazyRanking).tables, a.index, b.index) === 0;
}

/** One ranking's shared numbers, so that each entry can explain itself later. */
interface RankingContext {
	catalog: WizardCatalog;
	compiled: Compiled;
	profile: AnswerProfile;
	answers: Answers;
	effectiveLevel: LevelId;
	fired: WizardRule[];
	limited: boolean;
	bases: number[];
	tables: Tables;
}

/**
 * Ranking runs thousands of times for near misses and coverage, which read only the recommended methods. So only
 * those are picked out while ranking; the full order and the other entries are made when first read.
 */
class LazyRanking implements Ranking {
	readonly recommended: Entry[] = [];
	carrying = 0;
	#entries: Entry[];
	#scored: Entry[] | undefined;

	constructor(private readonly context: RankingContext) {
		this.#entries = new Array(context.catalog.methods.length);
	}

	get answers(): Answers {
		return this.context.answers;
	}

	get effectiveLevel(): LevelId {
		return this.context.effectiveLevel;
	}

	get fired(): WizardRule[] {
		return this.context.fired;
	}

	get limited(): boolean {
		return this.context.limited;
	}

	get tables(): Tables {
		return this.context.tables;
	}

	entry(index: number): Entry {
		return (this.#entries[index] ??= new Entry(index, this.context));
	}

	get scored(): Entry[] {
		if (this.#scored) return this.#scored;
		const order = Array.from(this.context.catalog.methods, (_, index) => index);
		order.sort((a, b) => compare(this.context.tables, a, b));
		return (this.#scored = order.map((index) => this.entry(index)));
	}
}

/** A ranked method; the fit's parts, the per-rule changes and the time it needs are worked out when first read. */
class Entry implements ScoredMethod {
	readonly method: WizardMethod;
	readonly base: number;
	readonly score: number;
	readonly tier: Tier;
	#shares: FitShares | undefined;
	#adjustments: readonly AppliedAdjustment[] | undefined;
	#means: MeansFit | undefined;

	constructor(
		readonly index: number,
		private readonly ranking: RankingContext
	) {
		this.method = ranking.catalog.methods[index]!;
		this.base = round(ranking.bases[index]!);
		this.score = ranking.tables.score[index]!;
		this.tier = TIERS[ranking.tables.tier[index]!]!;
	}

	get keepsPromise(): boolean {
		return this.ranking.compiled.fits[this.index]!.levels[this.ranking.profile.level]!.steps === 0;
	}

	get reached(): number {
		return reachedGroups(this.ranking.compiled.fits[this.index]!, this.ranking.profile);
	}

	get shares(): FitShares {
		return (this.#shares ??= fitShares(
			this.ranking.catalog.scoring,
			this.ranking.compiled.fits[this.index]!,
			this.ranking.profile
		));
	}

	get adjustments(): readonly AppliedAdjustment[] {
		if (this.#adjustments) return this.#adjustments;
		const { compiled, fired } = this.ranking;
		const matching: Matching[] = [];
		for (const rule of fired) {
			for (const adjustment of rule.then.adjust ?? []) {
				if (compiled.picks.get(adjustment.target)!.flags[this.index])
					matching.push(compiled.matching.get(adjustment)!);
			}
		}
		if (matching.length === 0) return (this.#adjustments = NO_ADJUSTMENTS);
		return (this.#adjustments = explain(this.shares.base, matching));
	}

	get means(): MeansFit {
		const { catalog, limited, answers } = this.ranking;
		// Without rule 19 the time and resources given set no limit.
		return (this.#means ??= meansFit(catalog.scoring, this.method, limited ? answers : NO_LIMITS));
	}
}

/** The indices of the `length` best methods among `pick`, best first: a bounded insertion, as `length` is small. */
function best(
	t: Tables,
	count: number,
	length: number,
	pick: (index: number) => boolean
): number[] {
	const chosen: number[] = [];
	for (let index = 0; index < count; index++) {
		if (!pick(index)) continue;
		if (chosen.length === length && compare(t, index, chosen[length - 1]!) >= 0) continue;
		let at = Math.min(chosen.length, length - 1);
		while (at > 0 && compare(t, index, chosen[at - 1]!) < 0) {
			chosen[at] = chosen[at - 1]!;
			at--;
		}
		chosen[at] = index;
	}
	return chosen;
}

export function rank(
	catalog: WizardCatalog,
	rawAnswers: Answers,
	limit = catalog.scoring.thresholds.defaultLimit
): Ranking {
	const { answerRules, answerTests } = compile(catalog);
	const answers = normalizeAnswers(rawAnswers);
	return rankByRules(
		catalog,
		answers,
		answerRules.filter((_, index) => answerTests[index]!(answers, neverRecommended)),
		limit
	);
}

/**
 * The ranking once it is known which rules fired on the answers (`answers` as `normalizeAnswers` returns them,
 * `fired` in file order). Split from `rank` so that the benchmark can let another rules engine decide the rules.
 */
export function rankByRules(
	catalog: WizardCatalog,
	answers: Answers,
	fired: WizardRule[],
	limit = catalog.scoring.thresholds.defaultLimit
): Ranking {
	const compiled = compile(catalog);
	const { methods, scoring } = catalog;

	let levelIndex = LEVEL_IDS.indexOf(answers.level);
	for (const rule of fired) {
		if (rule.then.capLevel)
			levelIndex = Math.min(levelIndex, LEVEL_IDS.indexOf(rule.then.capLevel));
	}
	const effectiveLevel = LEVEL_IDS[levelIndex]!;
	const profile = profileAnswers(scoring, answers, effectiveLevel);
	const limited = fired.some((rule) => rule.then.limitToMeans);

	const count = methods.length;
	// The limits the time and resources set, if rule 19 fired and they were given.
	const weeks = limited && answers.time ? scoring.means.weeks[answers.time] : undefined;
	const means =
		limited && answers.resources ? scoring.means.resources[answers.resources] : undefined;
	const costLimit = means ? COSTS.indexOf(means.cost) : COSTS.length;
	const staffLimit = means ? means.staffHours : Infinity;

	// Plain arrays filled in order: a ranking is made thousands of times, and V8 allocates these faster than typed
	// arrays.
	const bases: number[] = [];
	const tier: number[] = [];
	const reached: number[] = [];
	const tight: number[] = [];
	// The fit of every method (fit.ts's baseFit and reachedCount, read from the flat tables) and what it can be in
	// this plan. Every number the loop reads is taken out of its object first: V8 reads a local once, a property at
	// every turn.
	const {
		stage: stageWeight,
		questionType: typeWeight,
		groups: groupWeight,
		evidence: evidenceWeight
	} = scoring.weights;
	const missPenalty = scoring.groups.missPenalty;
	const { levelShare, levelSteps, stageShare, typeShare, typeMatch, reaches, misses, evidence } =
		compiled;
	const { weeksMin, weeksMax, costOrder, staffMin } = compiled;
	const levelRow = profile.level * count;
	const stageRow = profile.stage * count;
	const typeRow = profile.type * count;
	const { groups: wanted, groupCount, publicAlso } = profile;
	if (adjusting.length < count) adjusting = new Float64Array(count);
	for (let index = 0; index < count; index++) {
		const reach = reaches[index]!;
		const reachedCount =
			POPCOUNT[reach & wanted]! +
			(publicAlso !== 0 && (reach & ALL_RESIDENTS) === 0 && (reach & publicAlso) !== 0 ? 1 : 0);
		const missed = POPCOUNT[misses[index]! & wanted]!;
		const groupShare = Math.min(1, Math.max(0, (reachedCount - missPenalty * missed) / groupCount));
		const base =
			levelShare[levelRow + index]! *
			(stageWeight * stageShare[stageRow + index]! +
				typeWeight * typeShare[typeRow + index]! +
				groupWeight * groupShare +
				evidenceWeight * evidence[index]!);
		const relevant = reachedCount > 0 && typeMatch[typeRow + index] === 1;
		const overTime = weeks !== undefined && weeksMin[index]! > weeks;
		const overResources = costOrder[index]! > costLimit || staffMin[index]! > staffLimit;
		const carries = levelSteps[levelRow + index] === 0;
		bases.push(base);
		adjusting[index] = base;
		tier.push(!relevant ? 3 : overTime || overResources ? 2 : carries ? 0 : 1);
		reached.push(reachedCount);
		tight.push(weeks !== undefined && weeksMax[index]! > weeks ? 1 : 0);
	}

	// The rules' raises, then their lowerings, each in the order they fired – `explain`'s steps in its order, taken
	// rule by rule over the methods each picks rather than method by method.
	for (const rule of fired) {
		for (const { by, indices } of compiled.steps.get(rule)!.raises)
			for (const index of indices) adjusting[index] = raised(adjusting[index]!, by);
	}
	for (const rule of fired) {
		for (const { by, indices } of compiled.steps.get(rule)!.lowerings)
			for (const index of indices) adjusting[index] = lowered(adjusting[index]!, by);
	}

	const score: number[] = [];
	const good = scoring.thresholds.good;
	let goodCount = 0;
	let carrying = 0;
	for (let index = 0; index < count; index++) {
		const rounded = round(adjusting[index]!);
		score.push(rounded);
		if (tier[index] === 0) {
			carrying++;
			if (rounded >= good) goodCount++;
		}
	}
	const tables: Tables = {
		tier,
		score,
		reached,
		tight,
		effort: compiled.effort,
		cases: compiled.cases,
		idOrder: compiled.idOrder
	};

	const ranking = new LazyRanking({
		catalog,
		compiled,
		profile,
		answers,
		effectiveLevel,
		fired,
		limited,
		bases,
		tables
	});
	const length = Math.min(
		limit,
		carrying,
		Math.max(scoring.thresholds.minRecommendations, goodCount)
	);
	for (const index of best(tables, count, length, (i) => tables.tier[i] === 0))
		ranking.recommended.push(ranking.entry(index));
	ranking.carrying = carrying;
	return ranking;
}
