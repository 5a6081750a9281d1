/**
 * The scoring core: which rules fire, the effective level, every method's fit and the recommended list.
 * Text-free and cheap – near misses and coverage call it for many answer sets – so what does not depend on the
 * answers (method profiles, which methods each rule targets) is worked out once per catalogue.
 */
import { normalizeAnswers, type Answers } from './answers.ts';
import { allHold, dependsOnRanking } from './conditions.ts';
import { fitShares, profileAnswers, profileMethod, type FitShares, type MethodProfile } from './fit.ts';
import { LEVEL_IDS } from './ids.ts';
import { targets } from './targets.ts';
import type { Adjustment, Catalog, Guarantee, LevelId, Method, Rating, Rule, Target } from './types.ts';

export interface AppliedAdjustment {
	rule: Rule;
	adjustment: Adjustment;
	/** What it actually changed the score by. */
	delta: number;
}

export interface ScoredMethod {
	method: Method;
	/** The fit before rules and its parts. */
	shares: FitShares;
	/** Fit before rules, in [0, 1]. */
	base: number;
	/** Fit after rules, in [0, 1], rounded to three decimals so ties are exact. */
	score: number;
	adjustments: AppliedAdjustment[];
	/** Set when the method is in the list only because a rule demands one of its kind. */
	ensuredBy?: { rule: Rule; guarantee: Guarantee };
}

export interface Ranking {
	answers: Answers;
	effectiveLevel: LevelId;
	/** Rules that fired on the answers alone, in file order. */
	fired: Rule[];
	/** Every method, best first. */
	scored: ScoredMethod[];
	/** The recommended methods, best first (ensured methods last). */
	recommended: ScoredMethod[];
}

interface Compiled {
	profiles: MethodProfile[];
	costOrder: number[];
	answerRules: Rule[];
	rankingRules: Rule[];
	/** For each target object in the rules: does it pick method i? */
	picks: Map<Target, boolean[]>;
}

const compiledCatalogs = new WeakMap<Catalog, Compiled>();

function compile(catalog: Catalog): Compiled {
	let compiled = compiledCatalogs.get(catalog);
	if (compiled) return compiled;
	const picks = new Map<Target, boolean[]>();
	for (const rule of catalog.rules) {
		for (const { target } of [...(rule.then.adjust ?? []), ...(rule.then.ensure ?? [])]) {
			picks.set(target, catalog.methods.map((method) => targets(target, method)));
		}
	}
	compiled = {
		profiles: catalog.methods.map(profileMethod),
		costOrder: catalog.methods.map((method) => COST_ORDER.indexOf(method.cost)),
		answerRules: catalog.rules.filter((rule) => !dependsOnRanking(rule.when)),
		rankingRules: catalog.rules.filter((rule) => dependsOnRanking(rule.when)),
		picks
	};
	compiledCatalogs.set(catalog, compiled);
	return compiled;
}

/** Rules that look only at the answers run before ranking; those that look at the ranking run after it. */
export function rulePhases(catalog: Catalog): { answerRules: Rule[]; rankingRules: Rule[] } {
	return compile(catalog);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const COST_ORDER: readonly Rating[] = ['low', 'medium', 'high'];
const neverRecommended = () => false;
const NO_ADJUSTMENTS: AppliedAdjustment[] = [];

/**
 * A raise of `by` closes that share of the gap to a perfect fit; a lowering takes that share of the fit away.
 * The score stays within [0, 1] without clamping, so two raises still rank above one. Raises apply first, so a
 * lowering always bites in proportion to the final fit.
 */
function adjust(base: number, matching: Omit<AppliedAdjustment, 'delta'>[]): { score: number; adjustments: AppliedAdjustment[] } {
	let score = base;
	const ordered = [...matching.filter(({ adjustment }) => adjustment.by > 0), ...matching.filter(({ adjustment }) => adjustment.by < 0)];
	const adjustments = ordered.map((applied) => {
		const before = score;
		score = applied.adjustment.by > 0 ? score + applied.adjustment.by * (1 - score) : score * (1 + applied.adjustment.by);
		return { ...applied, delta: round(score - before) };
	});
	return { score: round(score), adjustments };
}

interface Entry extends ScoredMethod {
	cost: number;
}

// Among equal fits the cheaper method comes first: the effort should be proportionate to the question.
function byFit(a: Entry, b: Entry): number {
	return b.score - a.score || b.base - a.base || a.cost - b.cost || (a.method.id < b.method.id ? -1 : 1);
}

export function rank(catalog: Catalog, rawAnswers: Answers, limit = catalog.scoring.thresholds.defaultLimit): Ranking {
	const { profiles, costOrder, answerRules, picks } = compile(catalog);
	const answers = normalizeAnswers(rawAnswers);
	const fired = answerRules.filter((rule) => allHold(rule.when, answers, neverRecommended));

	let levelIndex = LEVEL_IDS.indexOf(answers.level);
	for (const rule of fired) {
		if (rule.then.capLevel) levelIndex = Math.min(levelIndex, LEVEL_IDS.indexOf(rule.then.capLevel));
	}
	const effectiveLevel = LEVEL_IDS[levelIndex]!;
	const profile = profileAnswers(catalog, answers, effectiveLevel);
	// Which methods each fired adjustment picks was worked out once per catalogue; look it up once per ranking.
	const adjustments = fired.flatMap((rule) =>
		(rule.then.adjust ?? []).map((adjustment) => ({ rule, adjustment, picked: picks.get(adjustment.target)! }))
	);

	const scored: Entry[] = new Array(catalog.methods.length);
	for (let index = 0; index < catalog.methods.length; index++) {
		const shares = fitShares(catalog.scoring, profiles[index]!, profile);
		let matching: Omit<AppliedAdjustment, 'delta'>[] | undefined;
		for (const { rule, adjustment, picked } of adjustments) {
			if (picked[index]) (matching ??= []).push({ rule, adjustment });
		}
		const adjusted = matching ? adjust(shares.base, matching) : { score: round(shares.base), adjustments: NO_ADJUSTMENTS };
		scored[index] = { method: catalog.methods[index]!, shares, base: round(shares.base), cost: costOrder[index]!, score: adjusted.score, adjustments: adjusted.adjustments };
	}
	scored.sort(byFit);

	const { good, minRecommendations } = catalog.scoring.thresholds;
	const goodCount = scored.filter((entry) => entry.score >= good).length;
	const recommended = scored.slice(0, Math.min(limit, Math.max(minRecommendations, goodCount)));

	for (const rule of fired) {
		for (const guarantee of rule.then.ensure ?? []) {
			const picked = picks.get(guarantee.target)!;
			const isPicked = (entry: ScoredMethod) => picked[catalog.methods.indexOf(entry.method)];
			if (recommended.some(isPicked)) continue;
			const candidate = scored.find((entry) => !recommended.includes(entry) && isPicked(entry));
			if (!candidate) continue;
			const replaceable = recommended.findLastIndex((entry) => !entry.ensuredBy);
			if (recommended.length >= limit && replaceable >= 0) recommended.splice(replaceable, 1);
			recommended.push({ ...candidate, ensuredBy: { rule, guarantee } });
		}
	}

	return { answers, effectiveLevel, fired, scored, recommended };
}
