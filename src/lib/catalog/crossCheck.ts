/**
 * Checks the schema cannot express: ids that must refer to something, vocabularies that must be complete and in
 * order, rule conditions that must make sense for their fact, and methods that some answer must be able to reach.
 * Runs on schema-valid data; reports problems at the position of the offending value.
 */
import { FACT_KEYS, ROWS, YES_NO } from '../answers/registry.ts';
import { OPERATORS, dependsOnRanking, operatorOf } from '../engine/conditions.ts';
import { GROUP_IDS, LEVEL_IDS, QUESTION_TYPE_IDS, STAGE_IDS } from './ids.ts';
import type { Locate, Path, Problem, Report } from './problem.ts';
import { reachableSteps } from '../engine/reach.ts';
import { runSteps, type Steps } from './steps.ts';
import {
	FIT_PLACEHOLDERS,
	NOTICE_PLACEHOLDERS,
	RULE_PLACEHOLDERS,
	placeholders
} from '../engine/text.ts';
import { unknownId } from './suggest.ts';
import { checkTrainerMaterial } from './crossCheckTrainer.ts';
import { withCurrentIds } from './formerIds.ts';
import { targets } from '../engine/targets.ts';
import type {
	Catalog,
	Condition,
	Fact,
	CasesFile,
	ExercisesFile,
	GroupsFile,
	LadderFile,
	LaddersFile,
	MunicipalityFile,
	Method,
	QuestionsFile,
	RulesFile,
	ScoringFile,
	StagesFile,
	Target,
	Text,
	TraitsFile
} from './types.ts';

export interface ParsedFiles {
	/** The catalogue's version: a hash of its files (load.ts). */
	version: string;
	methods: { path: string; method: Method }[];
	ladder: LadderFile;
	questions: QuestionsFile;
	groups: GroupsFile;
	stages: StagesFile;
	traits: TraitsFile;
	scoring: ScoringFile;
	rules: RulesFile;
	ladders: LaddersFile;
	cases: CasesFile;
	municipality?: MunicipalityFile;
	exercises: ExercisesFile;
}

/** What a condition may compare each fact with, and how: read from the answer registry. */
const FACTS = Object.fromEntries(
	ROWS.filter((row) => (FACT_KEYS as readonly string[]).includes(row.key)).map((row) => {
		const operators = {
			choice: row.ordered ? ['is', 'in', 'atLeast', 'atMost', 'present'] : ['is', 'in', 'present'],
			several: ['has', 'hasAny'],
			yesNo: ['is', 'present'],
			text: ['present']
		}[row.kind];
		const values = row.kind === 'yesNo' ? [true, false] : row.values;
		return [row.key, { values, operators }];
	})
) as unknown as Record<
	Fact,
	{ values?: readonly (string | boolean)[]; operators: readonly string[] }
>;

export interface CrossChecked {
	catalog: Catalog;
	problems: Problem[];
}

export function crossCheck(files: ParsedFiles, locate: Locate): CrossChecked {
	return runSteps(crossCheckSteps(files, locate));
}

/** The cross-checks as steps (see steps.ts): the reachability check ranks the catalogue thousands of times. */
export function* crossCheckSteps(parsed: ParsedFiles, locate: Locate): Steps<CrossChecked> {
	const problems: Problem[] = [];
	const report = (
		file: string,
		path: Path,
		keyword: string,
		message: string,
		severity: Problem['severity'] = 'error'
	) => problems.push({ file, ...locate(file, path), severity, message, keyword });
	// A renamed or split method's old id, where the catalogue names it, is read as the method's id now.
	const files = withCurrentIds(parsed, report);

	const methodIds = new Set(files.methods.map(({ method }) => method.id));
	const traitIds = new Set(files.traits.traits.map((trait) => trait.id));
	const usedTraits = new Set<string>();

	checkMethods(files, traitIds, usedTraits, report);
	checkVocabulary(files, report);

	const ruleFile = 'rules/rules.yaml';
	const checkTarget = (target: Target, path: Path) => {
		for (const [index, id] of (target.methods ?? []).entries()) {
			if (!methodIds.has(id))
				report(
					ruleFile,
					[...path, 'methods', index],
					'unknown-method',
					unknownId('method', id, methodIds)
				);
		}
		if (target.trait) {
			usedTraits.add(target.trait);
			if (!traitIds.has(target.trait))
				report(
					ruleFile,
					[...path, 'trait'],
					'unknown-trait',
					unknownId('trait', target.trait, traitIds)
				);
		}
	};
	const checkText = (text: Text, path: Path, allowed: readonly string[], file = ruleFile) => {
		for (const name of placeholders(text)) {
			if (!allowed.includes(name)) {
				report(
					file,
					path,
					'unknown-placeholder',
					`uses the unknown placeholder {${name}}; allowed: ${allowed.map((item) => `{${item}}`).join(', ')}`
				);
			}
		}
	};

	const ruleIds = new Set<string>();
	const stepIds = new Map<string, Path>();
	const replaces: { id: string; path: Path }[] = [];
	for (const [ruleIndex, rule] of files.rules.rules.entries()) {
		const at: Path = ['rules', ruleIndex];
		if (ruleIds.has(rule.id))
			report(ruleFile, [...at, 'id'], 'duplicate-id', `rule id "${rule.id}" is used twice`);
		ruleIds.add(rule.id);
		for (const [index, condition] of (rule.when ?? []).entries()) {
			checkCondition(condition, [...at, 'when', index], methodIds, (path, keyword, message) =>
				report(ruleFile, path, keyword, message)
			);
		}
		const { then } = rule;
		if (dependsOnRanking(rule.when) && (then.capLevel || then.adjust || then.ensure)) {
			report(
				ruleFile,
				[...at, 'then'],
				'ranking-rule-effect',
				'a rule with a "recommended" condition runs after ranking, so it may only add a warning, advice or process steps'
			);
		}
		for (const [index, { target, reason }] of (then.adjust ?? []).entries()) {
			checkTarget(target, [...at, 'then', 'adjust', index, 'target']);
			checkText(reason, [...at, 'then', 'adjust', index, 'reason'], RULE_PLACEHOLDERS);
			if (!files.methods.some(({ method }) => targets(target, method))) {
				report(
					ruleFile,
					[...at, 'then', 'adjust', index, 'target'],
					'empty-target',
					'no method in the catalogue matches this target',
					'warning'
				);
			}
		}
		for (const [index, { target, reason }] of (then.ensure ?? []).entries()) {
			checkTarget(target, [...at, 'then', 'ensure', index, 'target']);
			checkText(reason, [...at, 'then', 'ensure', index, 'reason'], RULE_PLACEHOLDERS);
			if (!files.methods.some(({ method }) => targets(target, method))) {
				report(
					ruleFile,
					[...at, 'then', 'ensure', index, 'target'],
					'empty-target',
					'no method in the catalogue matches this target, so the guarantee cannot be kept'
				);
			}
		}
		if (then.warning) checkText(then.warning, [...at, 'then', 'warning'], RULE_PLACEHOLDERS);
		if (then.advice) checkText(then.advice, [...at, 'then', 'advice'], RULE_PLACEHOLDERS);
		if (then.coverGroups)
			checkText(
				then.coverGroups.unreached,
				[...at, 'then', 'coverGroups', 'unreached'],
				RULE_PLACEHOLDERS
			);
		if (then.limitToMeans)
			checkText(
				then.limitToMeans.noLead,
				[...at, 'then', 'limitToMeans', 'noLead'],
				RULE_PLACEHOLDERS
			);
		for (const [index, step] of (then.process ?? []).entries()) {
			const stepAt: Path = [...at, 'then', 'process', index];
			if (stepIds.has(step.id))
				report(
					ruleFile,
					[...stepAt, 'id'],
					'duplicate-id',
					`process step id "${step.id}" is used twice`
				);
			stepIds.set(step.id, stepAt);
			for (const [methodIndex, id] of (step.methods ?? []).entries()) {
				if (!methodIds.has(id))
					report(
						ruleFile,
						[...stepAt, 'methods', methodIndex],
						'unknown-method',
						unknownId('method', id, methodIds)
					);
			}
			if (step.pick?.trait) checkTarget({ trait: step.pick.trait }, [...stepAt, 'pick']);
			for (const [replaceIndex, id] of (step.replaces ?? []).entries())
				replaces.push({ id, path: [...stepAt, 'replaces', replaceIndex] });
			checkText(step.title, [...stepAt, 'title'], RULE_PLACEHOLDERS);
			checkText(step.text, [...stepAt, 'text'], RULE_PLACEHOLDERS);
		}
	}
	for (const { id, path } of replaces) {
		if (!stepIds.has(id))
			report(
				ruleFile,
				path,
				'unknown-step',
				unknownId('process step', id, new Set(stepIds.keys()))
			);
	}

	for (const [file, key, items] of [
		['rules/ladders.yaml', 'ladders', files.ladders.ladders],
		['rules/cases.yaml', 'cases', files.cases.cases]
	] as const) {
		const seen = new Set<string>();
		for (const [index, item] of items.entries()) {
			if (seen.has(item.id))
				report(file, [key, index, 'id'], 'duplicate-id', `"${item.id}" is listed twice`);
			seen.add(item.id);
		}
	}

	checkTrainerMaterial(files, report);

	checkScoring(
		files.scoring,
		(path, keyword, message) => report('rules/scoring.yaml', path, keyword, message),
		checkText
	);

	for (const trait of files.traits.traits) {
		if (!usedTraits.has(trait.id)) {
			const index = files.traits.traits.indexOf(trait);
			report(
				'rules/traits.yaml',
				['traits', index, 'id'],
				'unused-trait',
				`trait "${trait.id}" is neither given to a method nor used by a rule`,
				'warning'
			);
		}
	}

	const catalog: Catalog = {
		version: files.version,
		methods: files.methods.map(({ method }) => method).sort((a, b) => (a.id < b.id ? -1 : 1)),
		levels: files.ladder.levels,
		stages: files.stages.stages,
		groups: files.groups.groups,
		questions: files.questions.questions,
		questionTypes: files.questions.questionTypes,
		traits: files.traits.traits,
		scoring: files.scoring,
		rules: files.rules.rules,
		ladders: files.ladders.ladders,
		cases: files.cases.cases,
		exercises: files.exercises.exercises,
		outlines: files.exercises.outlines,
		slideNotes: files.exercises.notes,
		...(files.municipality ? { municipality: files.municipality } : {})
	};
	if (!problems.some((problem) => problem.severity === 'error')) {
		const copies = copiesOf(files.methods);
		for (const { path, method } of files.methods) {
			const original = copies.get(method.id);
			if (original)
				report(
					path,
					['id'],
					'copy',
					`has the same content as methods/${original}.yaml apart from its id, so the tool can never tell the two apart and always shows "${original}" first; give it ratings and texts of its own, or remove it`,
					'warning'
				);
		}
		// A copy ranks right after its original whatever the answers, and crowds out what would come next: the other
		// methods are tried on the catalogue without its copies, which the warning above asks to change anyway.
		const originals = catalog.methods.filter((method) => !copies.has(method.id));
		const reached = yield* reachableSteps({ ...catalog, methods: originals });
		for (const { path, method } of files.methods) {
			if (!reached.has(method.id) && !copies.has(method.id)) {
				report(
					path,
					['id'],
					'unreachable',
					'no combination of answers recommends this method; widen its levels, stages, question types or groups, or raise it with a rule'
				);
			}
		}
	}
	return { catalog, problems };
}

/** Each method that repeats an earlier one (by id) in everything but its id and former ids, with that earlier id. */
function copiesOf(methods: ParsedFiles['methods']): Map<string, string> {
	const firstWith = new Map<string, string>();
	const copies = new Map<string, string>();
	const byId = [...methods].sort((a, b) => (a.method.id < b.method.id ? -1 : 1));
	for (const { method } of byId) {
		const { id, formerIds, ...content } = method;
		const key = JSON.stringify(content);
		const original = firstWith.get(key);
		if (original) copies.set(id, original);
		else firstWith.set(key, id);
	}
	return copies;
}

function checkMethods(
	files: ParsedFiles,
	traitIds: Set<string>,
	usedTraits: Set<string>,
	report: Report
) {
	const seen = new Map<string, string>();
	for (const { path, method } of files.methods) {
		const expected = /([^/]+)\.yaml$/.exec(path)?.[1];
		if (method.id !== expected)
			report(
				path,
				['id'],
				'id-file-name',
				`id "${method.id}" must equal the file name "${expected}"`
			);
		const other = seen.get(method.id);
		if (other)
			report(path, ['id'], 'duplicate-id', `method id "${method.id}" is already used by ${other}`);
		seen.set(method.id, path);
		for (const [index, trait] of method.traits.entries()) {
			usedTraits.add(trait);
			if (!traitIds.has(trait))
				report(path, ['traits', index], 'unknown-trait', unknownId('trait', trait, traitIds));
		}
		if (method.participants.min > method.participants.max) {
			report(
				path,
				['participants', 'min'],
				'participants-range',
				`participants.min (${method.participants.min}) is larger than participants.max (${method.participants.max})`
			);
		}
		for (const group of method.groups.misses) {
			if (method.groups.reaches.includes(group)) {
				report(
					path,
					['groups', 'misses', method.groups.misses.indexOf(group)],
					'groups-conflict',
					`group "${group}" is listed both as reached and as missed`
				);
			}
		}
	}
}

/** The vocabulary files must name every id of the shared schema once, in its order. */
function checkVocabulary(files: ParsedFiles, report: Report) {
	const lists: { file: string; key: string; items: { id: string }[]; ids: readonly string[] }[] = [
		{ file: 'rules/ladder.yaml', key: 'levels', items: files.ladder.levels, ids: LEVEL_IDS },
		{ file: 'rules/stages.yaml', key: 'stages', items: files.stages.stages, ids: STAGE_IDS },
		{ file: 'rules/groups.yaml', key: 'groups', items: files.groups.groups, ids: GROUP_IDS },
		{
			file: 'rules/questions.yaml',
			key: 'questionTypes',
			items: files.questions.questionTypes,
			ids: QUESTION_TYPE_IDS
		}
	];
	for (const { file, key, items, ids } of lists) {
		const seen = new Set<string>();
		for (const [index, item] of items.entries()) {
			if (seen.has(item.id))
				report(file, [key, index, 'id'], 'duplicate-id', `"${item.id}" is listed twice`);
			else if (ids.indexOf(item.id) !== seen.size) {
				report(
					file,
					[key, index, 'id'],
					'vocabulary-order',
					`"${item.id}" is out of order; expected the order ${ids.join(', ')}`
				);
			}
			seen.add(item.id);
		}
		const missing = ids.filter((id) => !seen.has(id));
		if (missing.length > 0)
			report(
				file,
				[key],
				'vocabulary-missing',
				`missing ${missing.map((id) => `"${id}"`).join(', ')}`
			);
	}
	for (const [index, type] of files.questions.questionTypes.entries()) {
		const expected = {
			enkel: [false, false],
			konfliktfylld: [false, true],
			komplex: [true, false],
			samhallsutmaning: [true, true]
		}[type.id];
		if (type.complex !== expected[0] || type.conflict !== expected[1]) {
			report(
				'rules/questions.yaml',
				['questionTypes', index],
				'question-type-flags',
				`"${type.id}" must have complex: ${expected[0]} and conflict: ${expected[1]}`
			);
		}
	}
	const questionIds = new Set<string>();
	for (const [index, question] of files.questions.questions.entries()) {
		if (questionIds.has(question.id))
			report(
				'rules/questions.yaml',
				['questions', index, 'id'],
				'duplicate-id',
				`question "${question.id}" is listed twice`
			);
		questionIds.add(question.id);
	}
	// Answers whose options are written in questions.yaml must offer exactly the registry's values.
	const options: Partial<Record<string, readonly string[]>> = Object.fromEntries([
		...ROWS.filter((row) => row.options === 'question').map((row) => [row.question, row.values!]),
		...ROWS.flatMap((row) => (row.askedAs ?? []).map((id) => [id, YES_NO]))
	]);
	for (const [index, question] of files.questions.questions.entries()) {
		const wanted = options[question.id];
		const got = (question.options ?? []).map((option) => option.value);
		if (wanted && wanted.join() !== got.join()) {
			report(
				'rules/questions.yaml',
				['questions', index, 'options'],
				'question-options',
				`question "${question.id}" must offer the options ${wanted.join(', ')} in that order`
			);
		}
	}
}

function checkCondition(
	condition: Condition,
	path: Path,
	methodIds: Set<string>,
	report: (path: Path, keyword: string, message: string) => void
) {
	if ('any' in condition) {
		condition.any.forEach((inner, index) =>
			checkCondition(inner, [...path, 'any', index], methodIds, report)
		);
		return;
	}
	if ('not' in condition) {
		checkCondition(condition.not, [...path, 'not'], methodIds, report);
		return;
	}
	if ('recommended' in condition) {
		if (!methodIds.has(condition.recommended)) {
			report(
				[...path, 'recommended'],
				'unknown-method',
				unknownId('method', condition.recommended, methodIds)
			);
		}
		return;
	}
	const operator = operatorOf(condition);
	const fact = FACTS[condition.fact];
	if (!fact.operators.includes(operator)) {
		report(
			[...path, operator],
			'condition-operator',
			`"${operator}" does not apply to ${condition.fact}; use one of: ${fact.operators.join(', ')}`
		);
		return;
	}
	if (operator === 'present' || !fact.values) return;
	const operand = condition[operator as (typeof OPERATORS)[number]];
	const values = Array.isArray(operand) ? operand : [operand];
	values.forEach((value, index) => {
		if (!fact.values!.includes(value as string | boolean)) {
			const at = Array.isArray(operand) ? [...path, operator, index] : [...path, operator];
			report(
				at,
				'condition-value',
				`${condition.fact} cannot be ${JSON.stringify(value)}; allowed: ${fact.values!.join(', ')}`
			);
		}
	});
}

function checkScoring(
	scoring: ScoringFile,
	report: (path: Path, keyword: string, message: string) => void,
	checkText: (text: Text, path: Path, allowed: readonly string[], file?: string) => void
) {
	const sum = Object.values(scoring.weights).reduce((total, weight) => total + weight, 0);
	if (Math.abs(sum - 1) > 1e-9)
		report(
			['weights'],
			'weights-sum',
			`the weights must add up to 1 (they add up to ${Math.round(sum * 1000) / 1000})`
		);
	const tables: [Path, number[], number][] = [
		[['level', 'below'], scoring.level.below, LEVEL_IDS.length],
		[['level', 'above'], scoring.level.above, LEVEL_IDS.length],
		[['stage'], scoring.stage, STAGE_IDS.length]
	];
	for (const [path, table, length] of tables) {
		if (table.length !== length)
			report(
				path,
				'table-length',
				`needs exactly ${length} entries, one per distance 0–${length - 1} (has ${table.length})`
			);
	}
	for (const [key, text] of Object.entries(scoring.reasons)) {
		checkText(text, ['reasons', key], FIT_PLACEHOLDERS, 'rules/scoring.yaml');
	}
	for (const [key, text] of Object.entries(scoring.mix)) {
		checkText(text, ['mix', key], RULE_PLACEHOLDERS, 'rules/scoring.yaml');
	}
	for (const [key, text] of Object.entries(scoring.notices)) {
		checkText(text, ['notices', key], NOTICE_PLACEHOLDERS, 'rules/scoring.yaml');
	}
}
