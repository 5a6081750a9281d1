/**
 * Every answer a planner gives, one row each: the one definition that the engine's `Answers`, the wizard's draft
 * and steps, share links, CLI flags, the widget's attributes, the record, the answer summary and the rule
 * conditions' facts are all read from. A new question is its YAML (rules/questions.yaml), one row here and, if it
 * needs a step of its own, one state in the wizard's machine; `tests/answers/registry.test.ts` fails for any
 * surface that does not know a row.
 */
import {
	CONTINUITY_IDS,
	GROUP_IDS,
	LEVEL_IDS,
	OPEN_IDS,
	QUESTION_TYPE_IDS,
	RESOURCES_IDS,
	SCOPE_IDS,
	STAGE_IDS,
	TIME_IDS
} from '../catalog/ids.ts';
import type { QuestionId } from '../catalog/types.ts';

/** The wizard's questions in the order it asks them; the result comes after the last. */
export const STEPS = [
	'purpose',
	'open',
	'questionType',
	'scope',
	'level',
	'groups',
	'stage',
	'means'
] as const;
export type QuestionStep = (typeof STEPS)[number];
export type Step = QuestionStep | 'result';
export const ALL_STEPS: readonly Step[] = [...STEPS, 'result'];
/** Where Back leads from the result: the last question (every route ends with it). */
export const LAST_STEP: QuestionStep = STEPS[STEPS.length - 1]!;

export const YES_NO = ['ja', 'nej'] as const;

/**
 * Where an answer's options get their names and help: a vocabulary file of the catalogue, or the options of its
 * question in rules/questions.yaml.
 */
export type OptionSource = 'levels' | 'stages' | 'groups' | 'questionTypes' | 'question';

interface Row {
	/** The answer's key in `Answers` and the fact rule conditions test. */
	readonly key: string;
	/** Its name in share links, CLI flags (`--<param>`) and the widget's attributes. */
	readonly param: string;
	/**
	 * choice: one of `values`; several: any number of `values`; yesNo: ja or nej, a boolean in the answers;
	 * text: free text of at most `maxLength` characters.
	 */
	readonly kind: 'choice' | 'several' | 'yesNo' | 'text';
	/** The allowed ids, in their canonical order, from rules/schemas/common.schema.json. */
	readonly values?: readonly string[];
	/** Choices that form a scale (the ladder, the stages): conditions may compare them with atLeast and atMost. */
	readonly ordered?: boolean;
	readonly options?: OptionSource;
	readonly maxLength?: number;
	/** The question in rules/questions.yaml that carries the answer's label, short label and help. */
	readonly question: QuestionId;
	/** The wizard step that asks it. */
	readonly step: QuestionStep;
	/** The engine cannot recommend without it (CLI and links must give it). */
	readonly required?: boolean;
	/** The wizard does not go on from its step without it (unless the row is hidden there). */
	readonly mustAnswer?: boolean;
	/** What an unanswered optional choice means, where it means something. */
	readonly default?: string;
	/** Yes/no questions the wizard asks instead of the choice itself (the question type: complex? conflict?). */
	readonly askedAs?: readonly QuestionId[];
	/** false: the engine never reads it, so rule conditions cannot test it (a title only names the plan). */
	readonly engine?: false;
}

export const ANSWER_ROWS = [
	{
		key: 'purpose',
		param: 'purpose',
		kind: 'text',
		maxLength: 600,
		question: 'purpose',
		step: 'purpose',
		mustAnswer: true
	},
	{
		key: 'title',
		param: 'title',
		kind: 'text',
		maxLength: 150,
		question: 'title',
		step: 'purpose',
		engine: false
	},
	{
		key: 'open',
		param: 'open',
		kind: 'choice',
		values: OPEN_IDS,
		options: 'question',
		question: 'open',
		step: 'open',
		mustAnswer: true,
		default: 'ja'
	},
	{
		key: 'questionType',
		param: 'question-type',
		kind: 'choice',
		values: QUESTION_TYPE_IDS,
		options: 'questionTypes',
		question: 'questionType',
		askedAs: ['complexity', 'conflict'],
		step: 'questionType',
		required: true,
		mustAnswer: true
	},
	{
		key: 'scope',
		param: 'scope',
		kind: 'choice',
		values: SCOPE_IDS,
		options: 'question',
		question: 'scope',
		step: 'scope',
		mustAnswer: true
	},
	{
		key: 'level',
		param: 'level',
		kind: 'choice',
		values: LEVEL_IDS,
		ordered: true,
		options: 'levels',
		question: 'level',
		step: 'level',
		required: true,
		mustAnswer: true
	},
	{
		key: 'confirmedLevel',
		param: 'confirmed-level',
		kind: 'yesNo',
		values: YES_NO,
		options: 'question',
		question: 'confirmedLevel',
		step: 'level'
	},
	{
		key: 'groups',
		param: 'group',
		kind: 'several',
		values: GROUP_IDS,
		options: 'groups',
		question: 'groups',
		step: 'groups',
		required: true,
		mustAnswer: true
	},
	{
		key: 'stage',
		param: 'stage',
		kind: 'choice',
		values: STAGE_IDS,
		ordered: true,
		options: 'stages',
		question: 'stage',
		step: 'stage',
		required: true,
		mustAnswer: true
	},
	{
		key: 'pbl',
		param: 'pbl',
		kind: 'yesNo',
		values: YES_NO,
		options: 'question',
		question: 'pbl',
		step: 'stage'
	},
	// What the municipality has: all optional, and a skipped answer means no constraint.
	{
		key: 'time',
		param: 'time',
		kind: 'choice',
		values: TIME_IDS,
		ordered: true,
		options: 'question',
		question: 'time',
		step: 'means'
	},
	{
		key: 'resources',
		param: 'resources',
		kind: 'choice',
		values: RESOURCES_IDS,
		ordered: true,
		options: 'question',
		question: 'resources',
		step: 'means'
	},
	{
		key: 'continuity',
		param: 'continuity',
		kind: 'choice',
		values: CONTINUITY_IDS,
		options: 'question',
		question: 'continuity',
		step: 'means'
	}
] as const satisfies readonly Row[];

export type AnswerRow = (typeof ANSWER_ROWS)[number];
export type AnswerKey = AnswerRow['key'];
export type AnswerParam = AnswerRow['param'];

type ValueOf<R> = R extends { kind: 'several'; values: readonly (infer V)[] }
	? V[]
	: R extends { kind: 'yesNo' }
		? boolean
		: R extends { kind: 'choice'; values: readonly (infer V)[] }
			? V
			: string;

type RequiredRow = Extract<AnswerRow, { required: true }>;
type OptionalRow = Exclude<AnswerRow, { required: true }>;

/**
 * What the planner has answered, as the engine reads it. The ids are the same in the CLI, share links and the
 * widget's attributes. Groups: at least one; order and repeats do not matter.
 */
export type Answers = { [R in RequiredRow as R['key']]: ValueOf<R> } & {
	[R in OptionalRow as R['key']]?: ValueOf<R>;
};

/** The value type of one answer. */
export type AnswerValue<K extends AnswerKey> = ValueOf<Extract<AnswerRow, { key: K }>>;

/** One row, as a plain `Row` for code that walks them all. */
export const ROWS: readonly Row[] = ANSWER_ROWS;

export const rowByKey = (key: AnswerKey): Row => ROWS.find((row) => row.key === key)!;
export const rowByParam = (param: string): Row | undefined =>
	ROWS.find((row) => row.param === param);
export const rowsOfStep = (step: QuestionStep): readonly Row[] =>
	ROWS.filter((row) => row.step === step);
export const ANSWER_PARAMS: readonly AnswerParam[] = ANSWER_ROWS.map((row) => row.param);
/** The answers the engine reads, which rule conditions may test. */
export const FACT_KEYS = ANSWER_ROWS.filter((row) => !('engine' in row)).map((row) => row.key);

export type { Row as AnswerRowSpec };
