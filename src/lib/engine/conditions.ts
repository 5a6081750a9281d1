/**
 * The condition language of rules/rules.yaml: a small, flat table of named operators over the answers.
 * `recommended` conditions are answered by the caller, because they depend on the ranking.
 */
import type { Answers } from '../answers/answers.ts';
import { LEVEL_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type { Condition, Fact, FactCondition } from '../catalog/types.ts';

/** The operators a condition may use besides `fact`. */
export const OPERATORS = ['is', 'in', 'has', 'hasAny', 'atLeast', 'atMost', 'present'] as const;
export type Operator = (typeof OPERATORS)[number];

/** The answers `atLeast` and `atMost` compare, each in its order. */
export const ORDERED: Partial<Record<Fact, readonly string[]>> = {
	level: LEVEL_IDS,
	stage: STAGE_IDS
};

export function operatorOf(condition: FactCondition): Operator {
	return OPERATORS.find((operator) => condition[operator] !== undefined)!;
}

export type Predicate = (answers: Answers, isRecommended: (methodId: string) => boolean) => boolean;
type AnswerTest = (answers: Answers) => boolean;

/** Where an answer stands in its order (ORDERED), or -1 when it has none or is not given. */
function place(fact: Fact, value: unknown): number {
	return typeof value === 'string' ? (ORDERED[fact]?.indexOf(value) ?? -1) : -1;
}

/**
 * Each operator makes the test of one condition from its fact and operand. What the operand alone decides (a list
 * to look in, a place in an order) is worked out here once, because the engine asks the same rules thousands of
 * times.
 */
const operators: Record<Operator, (fact: Fact, operand: unknown) => AnswerTest> = {
	is: (fact, operand) => (answers) => answers[fact] === operand,
	in: (fact, operand) => {
		const allowed = new Set(operand as string[]);
		return (answers) => allowed.has(answers[fact] as string);
	},
	has: (fact, operand) => (answers) => {
		const value: unknown = answers[fact];
		return Array.isArray(value) && value.includes(operand);
	},
	hasAny: (fact, operand) => {
		const wanted = operand as string[];
		return (answers) => {
			const value: unknown = answers[fact];
			return Array.isArray(value) && wanted.some((item) => value.includes(item));
		};
	},
	atLeast: (fact, operand) => {
		// An answer outside the order (-1) is never at least anything.
		const least = Math.max(0, place(fact, operand));
		return (answers) => place(fact, answers[fact]) >= least;
	},
	atMost: (fact, operand) => {
		const most = place(fact, operand);
		return (answers) => {
			const at = place(fact, answers[fact]);
			return at >= 0 && at <= most;
		};
	},
	present: (fact, operand) => (answers) => {
		const value = answers[fact];
		return (value !== undefined && value !== '') === operand;
	}
};

/** A condition turned into a function once. */
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
	return operators[operator](condition.fact, condition[operator]);
}

const always: Predicate = () => true;

/** All the conditions as one function; a rule without conditions always applies. */
export function compileConditions(conditions: readonly Condition[] | undefined): Predicate {
	const parts = (conditions ?? []).map(compile);
	if (parts.length === 0) return always;
	if (parts.length === 1) return parts[0]!;
	return (answers, isRecommended) => {
		for (const holds of parts) if (!holds(answers, isRecommended)) return false;
		return true;
	};
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
