/**
 * The scoring core: which rules fire, the effective level, every method's fit and the recommended list.
 * Text-free and cheap, so near misses and coverage can call it for many answer sets.
 */
import { normalizeAnswers, type Answers } from './answers.ts';
import { allHold, dependsOnRanking } from './conditions.ts';
import { fitParts, type FitPart } from './fit.ts';
import { LEVEL_IDS } from './ids.ts';
import { targets } from './targets.ts';
import type { Adjustment, Catalog, Guarantee, LevelId, Method, Rating, Rule } from './types.ts';

export interface AppliedAdjustment {
	rule: Rule;
	adjustment: Adjustment;
	/** What it actually changed the score by. */
	delta: number;
}

export interface ScoredMethod {
	method: Method;
	/** Fit before rules, in [0, 1]. */
	base: number;
	/** Fit after rules, in [0, 1], rounded to three decimals so ties are exact. */
	score: number;
	parts: FitPart[];
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

const rulesByPhase = new WeakMap<Catalog, { answerRules: Rule[]; rankingRules: Rule[] }>();

/** Rules that look only at the answers run before ranking; those that look at the ranking run after it. */
export function rulePhases(catalog: Catalog): { answerRules: Rule[]; rankingRules: Rule[] } {
	let phases = rulesByPhase.get(catalog);
	if (!phases) {
		phases = {
			answerRules: catalog.rules.filter((rule) => !dependsOnRanking(rule.when)),
			rankingRules: catalog.rules.filter((rule) => dependsOnRanking(rule.when))
		};
		rulesByPhase.set(catalog, phases);
	}
	return phases;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const COST_ORDER: readonly Rating[] = ['low', 'medium', 'high'];

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
const neverRecommended = () => false;

export function rank(catalog: Catalog, rawAnswers: Answers, limit = catalog.scoring.thresholds.defaultLimit): Ranking {
	const answers = normalizeAnswers(rawAnswers);
	const fired = rulePhases(catalog).answerRules.filter((rule) => allHold(rule.when, answers, neverRecommended));

	let levelIndex = LEVEL_IDS.indexOf(answers.level);
	for (const rule of fired) {
		if (rule.then.capLevel) levelIndex = Math.min(levelIndex, LEVEL_IDS.indexOf(rule.then.capLevel));
	}
	const effectiveLevel = LEVEL_IDS[levelIndex]!;

	const scored = catalog.methods.map((method): ScoredMethod => {
		const parts = fitParts(catalog, method, answers, effectiveLevel);
		const base = parts.reduce((sum, part) => sum + part.effect, 0);
		const matching: Omit<AppliedAdjustment, 'delta'>[] = [];
		for (const rule of fired) {
			for (const adjustment of rule.then.adjust ?? []) {
				if (targets(adjustment.target, method)) matching.push({ rule, adjustment });
			}
		}
		const { score, adjustments } = adjust(base, matching);
		return { method, base: round(base), score, parts, adjustments };
	});
	// Among equal fits the cheaper method comes first: the effort should be proportionate to the question.
	scored.sort(
		(a, b) =>
			b.score - a.score ||
			b.base - a.base ||
			COST_ORDER.indexOf(a.method.cost) - COST_ORDER.indexOf(b.method.cost) ||
			(a.method.id < b.method.id ? -1 : 1)
	);

	const { good, minRecommendations } = catalog.scoring.thresholds;
	const goodCount = scored.filter((entry) => entry.score >= good).length;
	const recommended = scored.slice(0, Math.min(limit, Math.max(minRecommendations, goodCount)));

	for (const rule of fired) {
		for (const guarantee of rule.then.ensure ?? []) {
			if (recommended.some((entry) => targets(guarantee.target, entry.method))) continue;
			const candidate = scored.find((entry) => !recommended.includes(entry) && targets(guarantee.target, entry.method));
			if (!candidate) continue;
			const ensured = { ...candidate, ensuredBy: { rule, guarantee } };
			const replaceable = recommended.findLastIndex((entry) => !entry.ensuredBy);
			if (recommended.length >= limit && replaceable >= 0) recommended.splice(replaceable, 1);
			recommended.push(ensured);
		}
	}

	return { answers, effectiveLevel, fired, scored, recommended };
}
