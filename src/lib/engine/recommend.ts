/**
 * recommend(catalog, answers) → the explained result: effective level, warnings and advice, ranked
 * recommendations with their reasons, near misses with what would change them, and the proposed process.
 * Pure, synchronous and deterministic.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { Answers } from '../answers/answers.ts';
import { allHold } from './conditions.ts';
import { fitParts, type FitPart } from './fit.ts';
import { findNearMisses, type AnswerChange } from './nearMisses.ts';
import { offersDialogue, planProcess } from './process.ts';
import { rank, rulePhases, type Ranking, type ScoredMethod } from './rank.ts';
import { FIRST_LANG, joinList } from '../catalog/lang.ts';
import { answerVars, fill, namer, type TextVars } from './text.ts';
import type { GroupId, Lang, LevelId, WizardRule, StageId, Text } from '../catalog/types.ts';

export interface RecommendOptions {
	/** Language of every text in the result. Default `sv`. */
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
	reasons: Reason[];
}

export interface Recommendation extends MethodSummary {
	/** The rule that put the method in the list because one of its kind was required. */
	ensuredBy?: string;
}

export interface NearMiss extends MethodSummary {
	/** The single answer change that would bring the method into the list, if one does. */
	change: { fact: AnswerChange['fact']; value: string | boolean; text: string } | null;
}

export interface ProcessStepResult {
	id: string;
	stage: StageId;
	title: string;
	text: string;
	methods: string[];
	rule: string;
}

export interface RecommendationResult {
	answers: Answers;
	/** The level that can honestly be promised, after caps (e.g. a decided question is information). */
	effectiveLevel: LevelId;
	warnings: Notice[];
	advice: Notice[];
	recommendations: Recommendation[];
	nearMisses: NearMiss[];
	process: ProcessStepResult[];
	/** Ids of every rule that fired, in file order. */
	rules: string[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function recommend(
	catalog: WizardCatalog,
	answers: Answers,
	options: RecommendOptions = {}
): RecommendationResult {
	const lang = options.lang ?? FIRST_LANG;
	const limit = options.limit ?? catalog.scoring.thresholds.defaultLimit;
	const ranking = rank(catalog, answers, limit);
	const recommendedIds = new Set(ranking.recommended.map((entry) => entry.method.id));
	const lateRules = rulePhases(catalog).rankingRules.filter((rule) =>
		allHold(rule.when, ranking.answers, (id) => recommendedIds.has(id))
	);
	const fired = catalog.rules.filter(
		(rule) => ranking.fired.includes(rule) || lateRules.includes(rule)
	);
	const vars = answerVars(catalog, ranking.answers, ranking.effectiveLevel, lang);
	const notices = (pick: (rule: WizardRule) => Text | undefined): Notice[] =>
		fired.flatMap((rule) => {
			const text = pick(rule);
			return text ? [{ rule: rule.id, text: fill(text, lang, vars) }] : [];
		});
	const explain = explainer(catalog, ranking, lang, vars);

	return {
		answers: ranking.answers,
		effectiveLevel: ranking.effectiveLevel,
		warnings: notices((rule) => rule.then.warning),
		advice: notices((rule) => rule.then.advice),
		recommendations: ranking.recommended.map((entry) => ({
			...explain(entry),
			...(entry.ensuredBy ? { ensuredBy: entry.ensuredBy.rule.id } : {})
		})),
		nearMisses: findNearMisses(catalog, ranking, limit).map(({ entry, change }) => ({
			...explain(entry),
			change: change
				? { fact: change.fact, value: change.value, text: describeChange(catalog, change, lang) }
				: null
		})),
		process: planProcess(catalog, ranking, fired).map(({ step, rule, stage, methods }) => ({
			id: step.id,
			stage,
			title: fill(step.title, lang, vars),
			text: fill(step.text, lang, vars),
			methods,
			rule: rule.id
		})),
		rules: fired.map((rule) => rule.id)
	};
}

function explainer(catalog: WizardCatalog, ranking: Ranking, lang: Lang, vars: TextVars) {
	const names = namer(catalog, lang);
	const promiseIsDialogue =
		catalog.levels.find((level) => level.id === ranking.effectiveLevel)?.dialogue ?? false;
	const fitText = (part: FitPart) =>
		fill(catalog.scoring.reasons[part.text], lang, {
			...vars,
			levels: joinList((part.ids.levels ?? []).map(names.level), lang),
			stages: joinList((part.ids.stages ?? []).map(names.stage), lang),
			groups: joinList((part.ids.groups ?? []).map(names.group), lang)
		});

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
			...(entry.ensuredBy
				? [
						{
							rule: entry.ensuredBy.rule.id,
							text: fill(entry.ensuredBy.guarantee.reason, lang, vars),
							effect: 0,
							favourable: true
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

function describeChange(catalog: WizardCatalog, change: AnswerChange, lang: Lang): string {
	const names = namer(catalog, lang);
	const { reasons } = catalog.scoring;
	const value = String(change.value);
	switch (change.fact) {
		case 'level':
			return fill(reasons.changeLevel, lang, { level: names.level(value) });
		case 'confirmedLevel':
			return fill(reasons.changeConfirmedLevel, lang, { level: names.level(change.answers.level) });
		case 'stage':
			return fill(reasons.changeStage, lang, { stage: names.stage(value) });
		case 'groups':
			return fill(reasons.changeGroup, lang, { groups: names.group(value) });
		case 'questionType':
			return fill(reasons.changeQuestionType, lang, { questionType: names.questionType(value) });
		case 'open':
			return fill(reasons.changeOpen, lang, { open: names.open(value) });
		case 'scope':
			return fill(reasons.changeScope, lang, { scope: names.scope(value) });
		case 'pbl':
			return fill(reasons.changePbl, lang);
	}
}
