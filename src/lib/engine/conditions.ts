/**
 * The condition language of rules/rules.yaml: a small, flat table of named operators over the answers.
 * `recommended` conditions are answered by the caller, because they depend on the ranking.
 */
import type { Answers } from '../answers/answers.ts';
import { LEVEL_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type { Condition, Fact, FactCondition } from '../catalog/types.ts';

type FactValue = string | boolean | readonly string[] | undefined;

/** The operators a condition may use besides `fact`. */
export const OPERATORS = ['is', 'in', 'has', 'hasAny', 'atLeast', 'atMost', 'present'] as const;
export type Operator = (typeof OPERATORS)[number];

/** The answers `atLeast` and `atMost` compare, each in its order. */
export const ORDERED: Partial<Record<Fact, readonly string[]>> = {
	level: LEVEL_IDS,
	stage: STAGE_IDS
};

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
	hasAny: (value, operand) =>
		Array.isArray(value) && (operand as string[]).some((item) => value.includes(item)),
	atLeast: (value, operand, fact) =>
		rank(fact, value) >= 0 && rank(fact, value) >= rank(fact, operand as string),
	atMost: (value, operand, fact) =>
		rank(fact, value) >= 0 && rank(fact, value) <= rank(fact, operand as string),
	present: (value, operand) => (value !== undefined && value !== '') === operand
};

export type Predicate = (answers: Answers, isRecommended: (methodId: string) => boolean) => boolean;

/** A condition turned into a function once, because the engine asks the same rules thousands of times. */
function compile(condition: Condition): Predicate {
	if ('any' in condition) {
		const inner = condition.any.map(compile);
		return (answers, isRecommended) => inner.some((holds) => holds(answers, isRecommended));
	}
	if ('not' in condition) {
		const inner = compile(condition.not);
		return (answers, isRecommended) => !inner(answers, isRecommended);
	}
	if ('recommended' in condition) {
		const id = condition.recommended;
		return (_answers, isRecommended) => isRecommended(id);
	}
	const operator = operatorOf(condition);
	const test = operators[operator];
	const { fact } = condition;
	const operand = condition[operator];
	return (answers) => test(factValue(answers, fact), operand, fact);
}

const always: Predicate = () => true;

/** All the conditions as one function; a rule without conditions always applies. */
export function compileConditions(conditions: readonly Condition[] | undefined): Predicate {
	const parts = (conditions ?? []).map(compile);
	if (parts.length === 0) return always;
	if (parts.length === 1) return parts[0]!;
	return (answers, isRecommended) => parts.every((holds) => holds(answers, isRecommended));
}

const compiled = new WeakMap<readonly Condition[], Predicate>();

/** Do all the conditions hold? (A rule without conditions always applies.) */
export function allHold(
	conditions: readonly Condition[] | undefined,
	answers: Answers,
	isRecommended: (methodId: string) => boolean
): boolean {
	if (!conditions) return true;
	let predicate = compiled.get(conditions);
	if (!predicate) compiled.set(conditions, (predicate = compileConditions(conditions)));
	return predicate(answers, isRecommended);
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
