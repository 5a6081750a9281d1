/**
 * The benchmark's comparison: the catalogue's answer rules run through json-rules-engine, the general-purpose rules
 * engine a developer would otherwise reach for. Only deciding which rules fire moves there; the fit and the ranking
 * stay ours (`rankByRules`), so the ratio is what handing the rules to json-rules-engine would cost, and both paths
 * must give the same recommendations (the benchmark and a test check that they do).
 */
import type { WizardCatalog } from '../lib/catalog/shapes.ts';
import { Engine, type NestedCondition, type RuleProperties } from 'json-rules-engine';
import { normalizeAnswers, type Answers } from '../lib/answers/answers.ts';
import { ORDERED, operatorOf } from '../lib/engine/conditions.ts';
import { rankByRules, rulePhases, type Ranking } from '../lib/engine/rank.ts';
import type { Condition, Fact } from '../lib/catalog/types.ts';

function ordered(fact: Fact): readonly string[] {
	const order = ORDERED[fact];
	if (!order) throw new Error(`atLeast and atMost need an ordered fact, not "${fact}"`);
	return order;
}

/** Our condition in json-rules-engine's terms: its built-in operators where one means the same, two of our own. */
function translate(condition: Condition): NestedCondition {
	if ('any' in condition) return { any: condition.any.map(translate) };
	if ('not' in condition) return { not: translate(condition.not) };
	if ('recommended' in condition)
		throw new Error(
			'rules that look at the ranking run after it; they are not part of the comparison'
		);
	const { fact } = condition;
	switch (operatorOf(condition)) {
		case 'is':
			return { fact, operator: 'equal', value: condition.is! };
		case 'in':
			return { fact, operator: 'in', value: condition.in! };
		case 'has':
			return { fact, operator: 'contains', value: condition.has! };
		case 'hasAny':
			return { fact, operator: 'containsAny', value: condition.hasAny! };
		case 'atLeast': {
			const order = ordered(fact);
			return { fact, operator: 'in', value: order.slice(order.indexOf(condition.atLeast!)) };
		}
		case 'atMost': {
			const order = ordered(fact);
			return { fact, operator: 'in', value: order.slice(0, order.indexOf(condition.atMost!) + 1) };
		}
		case 'present':
			return { fact, operator: 'present', value: condition.present! };
	}
}

/** Ranks like `rank`, with json-rules-engine deciding which answer rules fire. */
export function rankWithJsonRulesEngine(
	catalog: WizardCatalog
): (answers: Answers) => Promise<Ranking> {
	const { answerRules } = rulePhases(catalog);
	const engine = new Engine([], { allowUndefinedFacts: true });
	engine.addOperator<string[], string[]>(
		'containsAny',
		(value, wanted) => Array.isArray(value) && wanted.some((item) => value.includes(item))
	);
	engine.addOperator<unknown, boolean>(
		'present',
		(value, wanted) => (value !== undefined && value !== '') === wanted
	);
	answerRules.forEach((rule, index) => {
		const properties: RuleProperties = {
			name: rule.id,
			conditions: { all: (rule.when ?? []).map(translate) },
			event: { type: 'fired', params: { index } }
		};
		engine.addRule(properties);
	});

	return async (rawAnswers) => {
		const answers = normalizeAnswers(rawAnswers);
		const { events } = await engine.run({ ...answers });
		// json-rules-engine reports in its own order; the ranking wants file order.
		const fired = events.map((event) => event.params!.index as number).sort((a, b) => a - b);
		return rankByRules(
			catalog,
			answers,
			fired.map((index) => answerRules[index]!)
		);
	};
}
