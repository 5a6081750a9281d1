/**
 * The scoring core: which rules fire, the effective level, every method's fit and the recommended list.
 * Text-free and cheap – near misses and coverage call it for many answer sets – so what does not depend on the
 * answers (method profiles, which methods each rule targets) is worked out once per catalogue.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import { normalizeAnswers, type Answers } from '../answers/answers.ts';
import { compileConditions, dependsOnRanking, type Predicate } from './conditions.ts';
import {
	baseFit,
	fitShares,
	methodFit,
	profileAnswers,
	type AnswerProfile,
	type FitShares,
	type MethodFit
} from './fit.ts';
import { LEVEL_IDS } from '../catalog/ids.ts';
import { targets } from './targets.ts';
import type {
	Adjustment,
	Guarantee,
	LevelId,
	WizardMethod,
	Rating,
	WizardRule,
	Target
} from '../catalog/types.ts';

export interface AppliedAdjustment {
	rule: WizardRule;
	adjustment: Adjustment;
	/** What it actually changed the score by. */
	delta: number;
}

export interface ScoredMethod {
	method: WizardMethod;
	/** The fit before rules and its parts. */
	shares: FitShares;
	/** Fit before rules, in [0, 1]. */
	base: number;
	/** Fit after rules, in [0, 1], rounded to three decimals so ties are exact. */
	score: number;
	/** The rules' raises and lowerings, in the order they applied. */
	readonly adjustments: readonly AppliedAdjustment[];
	/** Set when the method is in the list only because a rule demands one of its kind. */
	ensuredBy?: { rule: WizardRule; guarantee: Guarantee };
}

export interface Ranking {
	answers: Answers;
	effectiveLevel: LevelId;
	/** Rules that fired on the answers alone, in file order. */
	fired: WizardRule[];
	/** Every method, best first: those that keep the promise (serve the effective level) before the rest. */
	readonly scored: ScoredMethod[];
	/** The recommended methods, best first (ensured methods last). */
	recommended: ScoredMethod[];
}

type Matching = Omit<AppliedAdjustment, 'delta'>;

interface Compiled {
	fits: MethodFit[];
	costOrder: number[];
	/** Each method's place in id order, for the last tie-break without comparing strings. */
	idOrder: number[];
	answerRules: WizardRule[];
	/** Each answer rule's conditions as one function, in the same order. */
	answerTests: Predicate[];
	rankingRules: WizardRule[];
	/** For each target object in the rules: the indices of the methods it picks, and a flag per method. */
	picks: Map<Target, { indices: number[]; flags: boolean[] }>;
	/** One shared object per rule adjustment, so a ranking only collects references. */
	matching: Map<Adjustment, Matching>;
}

const compiledCatalogs = new WeakMap<WizardCatalog, Compiled>();

function compile(catalog: WizardCatalog): Compiled {
	let compiled = compiledCatalogs.get(catalog);
	if (compiled) return compiled;
	const picks: Compiled['picks'] = new Map();
	const matching: Compiled['matching'] = new Map();
	for (const rule of catalog.rules) {
		for (const { target } of [...(rule.then.adjust ?? []), ...(rule.then.ensure ?? [])]) {
			const flags = catalog.methods.map((method) => targets(target, method));
			picks.set(target, {
				flags,
				indices: flags.flatMap((picked, index) => (picked ? [index] : []))
			});
		}
		for (const adjustment of rule.then.adjust ?? []) matching.set(adjustment, { rule, adjustment });
	}
	const byId = catalog.methods
		.map((method, index) => ({ id: method.id, index }))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	const idOrder: number[] = new Array(catalog.methods.length);
	byId.forEach(({ index }, position) => (idOrder[index] = position));
	const answerRules = catalog.rules.filter((rule) => !dependsOnRanking(rule.when));
	compiled = {
		fits: catalog.methods.map((method) => methodFit(catalog, method)),
		costOrder: catalog.methods.map((method) => COST_ORDER.indexOf(method.cost)),
		idOrder,
		answerRules,
		answerTests: answerRules.map((rule) => compileConditions(rule.when)),
		rankingRules: catalog.rules.filter((rule) => dependsOnRanking(rule.when)),
		picks,
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
const COST_ORDER: readonly Rating[] = ['low', 'medium', 'high'];
const neverRecommended = () => false;
const NO_ADJUSTMENTS: readonly AppliedAdjustment[] = [];

/**
 * A raise of `by` closes that share of the gap to a perfect fit; a lowering takes that share of the fit away.
 * The score stays within [0, 1] without clamping, so two raises still rank above one. Raises apply first, so a
 * lowering always bites in proportion to the final fit. `record` receives each step's change, for the reasons.
 */
function adjust(
	base: number,
	matching: readonly Matching[],
	record?: (applied: Matching, delta: number) => void
): number {
	let score = base;
	for (const applied of matching) {
		const { by } = applied.adjustment;
		if (by <= 0) continue;
		const before = score;
		score += by * (1 - score);
		record?.(applied, score - before);
	}
	for (const applied of matching) {
		const { by } = applied.adjustment;
		if (by >= 0) continue;
		const before = score;
		score *= 1 + by;
		record?.(applied, score - before);
	}
	return score;
}

/** One ranking's numbers, shared by its entries so that each can explain itself later. */
interface RankingContext {
	scoring: WizardCatalog['scoring'];
	methods: readonly WizardMethod[];
	fits: readonly MethodFit[];
	profile: AnswerProfile;
	/** By method index: the rule adjustments that apply, the fit before rules, the score, the sort key. */
	matching: readonly (Matching[] | undefined)[];
	bases: readonly number[];
	scores: readonly number[];
	keys: readonly number[];
}

/**
 * Ranking runs thousands of times for near misses and coverage, which read only the recommended methods. So only
 * those are picked out while ranking; the full order and the other entries are made when first read.
 */
class LazyRanking implements Ranking {
	readonly recommended: Entry[] = [];
	#entries: Entry[];
	#scored: Entry[] | undefined;

	constructor(
		readonly answers: Answers,
		readonly effectiveLevel: LevelId,
		readonly fired: WizardRule[],
		private readonly context: RankingContext
	) {
		this.#entries = new Array(context.methods.length);
	}

	entry(index: number): Entry {
		const { methods, bases, scores } = this.context;
		return (this.#entries[index] ??= new Entry(
			methods[index]!,
			index,
			round(bases[index]!),
			scores[index]!,
			this.context
		));
	}

	get scored(): Entry[] {
		const { keys } = this.context;
		return (this.#scored ??= keys
			.map((_, index) => index)
			.sort((a, b) => keys[a]! - keys[b]!)
			.map((index) => this.entry(index)));
	}
}

/** A ranked method; the fit's parts and the per-rule changes are worked out when first read. */
class Entry implements ScoredMethod {
	ensuredBy?: ScoredMethod['ensuredBy'];
	#shares: FitShares | undefined;
	#adjustments: readonly AppliedAdjustment[] | undefined;

	constructor(
		readonly method: WizardMethod,
		readonly index: number,
		readonly base: number,
		readonly score: number,
		private readonly ranking: RankingContext
	) {}

	get shares(): FitShares {
		return (this.#shares ??= fitShares(
			this.ranking.scoring,
			this.ranking.fits[this.index]!,
			this.ranking.profile
		));
	}

	get adjustments(): readonly AppliedAdjustment[] {
		if (this.#adjustments) return this.#adjustments;
		const matching = this.ranking.matching[this.index];
		if (!matching) return (this.#adjustments = NO_ADJUSTMENTS);
		const adjustments: AppliedAdjustment[] = [];
		adjust(this.shares.base, matching, (applied, delta) =>
			adjustments.push({ ...applied, delta: round(delta) })
		);
		return (this.#adjustments = adjustments);
	}

	ensured(by: NonNullable<ScoredMethod['ensuredBy']>): Entry {
		const copy = new Entry(this.method, this.index, this.base, this.score, this.ranking);
		copy.ensuredBy = by;
		return copy;
	}
}

/** The indices of the `length` smallest keys, smallest first: a bounded insertion, since `length` is a handful. */
function smallest(keys: readonly number[], length: number): number[] {
	const best: number[] = [];
	for (let index = 0; index < keys.length; index++) {
		const key = keys[index]!;
		if (best.length === length && key >= keys[best[length - 1]!]!) continue;
		let at = Math.min(best.length, length - 1);
		while (at > 0 && keys[best[at - 1]!]! > key) {
			best[at] = best[at - 1]!;
			at--;
		}
		best[at] = index;
	}
	return best;
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
	const { fits, costOrder, idOrder, picks } = compiled;
	const { methods, scoring } = catalog;

	let levelIndex = LEVEL_IDS.indexOf(answers.level);
	for (const rule of fired) {
		if (rule.then.capLevel)
			levelIndex = Math.min(levelIndex, LEVEL_IDS.indexOf(rule.then.capLevel));
	}
	const effectiveLevel = LEVEL_IDS[levelIndex]!;
	const profile = profileAnswers(answers, effectiveLevel);

	const count = methods.length;
	const matching: (Matching[] | undefined)[] = new Array(count);
	for (const rule of fired) {
		for (const adjustment of rule.then.adjust ?? []) {
			const applied = compiled.matching.get(adjustment)!;
			for (const index of picks.get(adjustment.target)!.indices)
				(matching[index] ??= []).push(applied);
		}
	}

	// Best first. Methods that keep the promise (serve the effective level) come before those that do not, however
	// well those fit otherwise: a plan must not promise dialogue and recommend a survey. Then score and fit down, then
	// cost up (the effort should be proportionate to the question), then id. All five are packed into one number per
	// method, smaller is better; scores and fits are rounded to thousandths (and stay within [0, 1]), so the packing
	// is exact and no two methods share a key.
	const bases = new Array<number>(count);
	const scores = new Array<number>(count);
	const keys = new Array<number>(count);
	let goodCount = 0;
	for (let index = 0; index < count; index++) {
		const fit = fits[index]!;
		const base = baseFit(scoring, fit, profile);
		const applied = matching[index];
		const score = round(applied ? adjust(base, applied) : base);
		if (score >= scoring.thresholds.good) goodCount++;
		bases[index] = base;
		scores[index] = score;
		const keepsPromise = fit.levels[profile.level]!.steps === 0 ? 1 : 0;
		keys[index] = -(
			(((keepsPromise * 1001 + Math.round(score * 1000)) * 1001 + Math.round(base * 1000)) * 3 +
				(2 - costOrder[index]!)) *
				count +
			(count - 1 - idOrder[index]!)
		);
	}

	const ranking = new LazyRanking(answers, effectiveLevel, fired, {
		scoring,
		methods,
		fits,
		profile,
		matching,
		bases,
		scores,
		keys
	});
	const { recommended } = ranking;
	const { minRecommendations } = scoring.thresholds;
	for (const index of smallest(
		keys,
		Math.min(limit, count, Math.max(minRecommendations, goodCount))
	))
		recommended.push(ranking.entry(index));

	for (const rule of fired) {
		for (const guarantee of rule.then.ensure ?? []) {
			const { flags } = picks.get(guarantee.target)!;
			if (recommended.some((entry) => flags[entry.index])) continue;
			// The best method of the required kind that is not in the list yet.
			let candidate = -1;
			for (let index = 0; index < count; index++) {
				if (
					flags[index] &&
					(candidate < 0 || keys[index]! < keys[candidate]!) &&
					!recommended.some((entry) => entry.index === index)
				)
					candidate = index;
			}
			if (candidate < 0) continue;
			const replaceable = recommended.findLastIndex((entry) => !entry.ensuredBy);
			if (recommended.length >= limit && replaceable >= 0) recommended.splice(replaceable, 1);
			recommended.push(ranking.entry(candidate).ensured({ rule, guarantee }));
		}
	}
	return ranking;
}
