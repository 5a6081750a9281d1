/**
 * The condition language of rules/rules.yaml: a small, flat table of named operators over the answers.
 * `recommended` conditions are answered by the caller, because they depend on the ranking.
 */
import type { Answers } from './answers.ts';
import { LEVEL_IDS, STAGE_IDS } from './ids.ts';
import type { Condition, Fact, FactCondition } from './types.ts';

type FactValue = string | boolean | readonly string[] | undefined;

/** The operators a condition may use besides `fact`. */
export const OPERATORS = ['is', 'in', 'has', 'hasAny', 'atLeast', 'atMost', 'present'] as const;
export type Operator = (typeof OPERATORS)[number];

const ORDERED: Partial<Record<Fact, readonly string[]>> = { level: LEVEL_IDS, stage: STAGE_IDS };

export function factValue(answers: Answers, fact: Fact): FactValue {
	return answers[fact];
}

export function operatorOf(condition: FactCondition): Operator {
	return OPERATORS.find((operator) => condition[operator] !== undefined)!;
}

function rank(fact: Fact, value: FactValue): number {
	return typeof value === 'string' ? (ORDERED[fact]?.indexOf(value) ?? -1) : -1;
}

const operators: Record<Operator, (value: FactValue, operand: unknown, fact: Fact) => boolean> = {
	is: (value, operand) => value === operand,
	in: (value, operand) => typeof value === 'string' && (operand as string[]).includes(value),
	has: (value, operand) => Array.isArray(value) && value.includes(operand as string),
	hasAny: (value, operand) => Array.isArray(value) && (operand as string[]).some((item) => value.includes(item)),
	atLeast: (value, operand, fact) => rank(fact, value) >= 0 && rank(fact, value) >= rank(fact, operand as string),
	atMost: (value, operand, fact) => rank(fact, value) >= 0 && rank(fact, value) <= rank(fact, operand as string),
	present: (value, operand) => (value !== undefined && value !== '') === operand
};

export function holds(
	condition: Condition,
	answers: Answers,
	isRecommended: (methodId: string) => boolean
): boolean {
	if ('any' in condition) return condition.any.some((inner) => holds(inner, answers, isRecommended));
	if ('not' in condition) return !holds(condition.not, answers, isRecommended);
	if ('recommended' in condition) return isRecommended(condition.recommended);
	const operator = operatorOf(condition);
	return operators[operator](factValue(answers, condition.fact), condition[operator], condition.fact);
}

export function allHold(
	conditions: readonly Condition[] | undefined,
	answers: Answers,
	isRecommended: (methodId: string) => boolean
): boolean {
	return (conditions ?? []).every((condition) => holds(condition, answers, isRecommended));
}

/** Does the rule look at the ranking? Such rules run after it and may not change scores. */
export function dependsOnRanking(conditions: readonly Condition[] | undefined): boolean {
	return (conditions ?? []).some(
		(condition) =>
			'recommended' in condition ||
			('any' in condition && dependsOnRanking(condition.any)) ||
			('not' in condition && dependsOnRanking([condition.not]))
	);
}
