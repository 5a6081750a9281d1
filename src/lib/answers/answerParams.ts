/**
 * The answers' external language, shared by the CLI flags and share-link query parameters: the same names and ids
 * in both places. Parsing never throws; every value it cannot use comes back as an issue naming what is allowed.
 */
import type { Answers } from './answers.ts';
import {
	GROUP_IDS,
	LEVEL_IDS,
	OPEN_IDS,
	QUESTION_TYPE_IDS,
	SCOPE_IDS,
	STAGE_IDS
} from '../catalog/ids.ts';
import { suggest } from '../catalog/suggest.ts';

const YES_NO = ['ja', 'nej'] as const;

interface ParamSpec {
	key: keyof Answers;
	/** Allowed ids; absent for free text. */
	values?: readonly string[];
	multiple?: boolean;
	/** Longest accepted free text. */
	maxLength?: number;
	required?: boolean;
}

export const ANSWER_PARAMS = {
	'question-type': { key: 'questionType', values: QUESTION_TYPE_IDS, required: true },
	level: { key: 'level', values: LEVEL_IDS, required: true },
	stage: { key: 'stage', values: STAGE_IDS, required: true },
	group: { key: 'groups', values: GROUP_IDS, multiple: true, required: true },
	open: { key: 'open', values: OPEN_IDS },
	scope: { key: 'scope', values: SCOPE_IDS },
	pbl: { key: 'pbl', values: YES_NO },
	'confirmed-level': { key: 'confirmedLevel', values: YES_NO },
	title: { key: 'title', maxLength: 200 },
	purpose: { key: 'purpose', maxLength: 2000 }
} as const satisfies Record<string, ParamSpec>;

export type AnswerParam = keyof typeof ANSWER_PARAMS;
export const ANSWER_PARAM_NAMES = Object.keys(ANSWER_PARAMS) as AnswerParam[];

export interface ParamIssue {
	param: AnswerParam;
	value: string;
	message: string;
}

export interface ParsedAnswerParams {
	/** Only the answers that were given and valid. */
	answers: Partial<Answers>;
	issues: ParamIssue[];
	/** Required parameters that were not given. */
	missing: AnswerParam[];
}

export function allowedValues(param: AnswerParam): readonly string[] | undefined {
	const spec: ParamSpec = ANSWER_PARAMS[param];
	return spec.values;
}

/** Can the parameter be given more than once (`group`)? */
export function acceptsMany(param: AnswerParam): boolean {
	const spec: ParamSpec = ANSWER_PARAMS[param];
	return spec.multiple === true;
}

/** Reads each parameter's values with `get` (all occurrences, in order). */
export function parseAnswerParams(
	get: (param: AnswerParam) => readonly string[]
): ParsedAnswerParams {
	const answers: Record<string, unknown> = {};
	const issues: ParamIssue[] = [];
	const missing: AnswerParam[] = [];
	for (const param of ANSWER_PARAM_NAMES) {
		const spec: ParamSpec = ANSWER_PARAMS[param];
		const given = get(param);
		if (given.length === 0) {
			if (spec.required) missing.push(param);
			continue;
		}
		if (!spec.values) {
			const text = given.at(-1)!;
			if (text.length > spec.maxLength!) {
				issues.push({
					param,
					value: `${text.slice(0, 40)}…`,
					message: `${param} is longer than ${spec.maxLength} characters`
				});
			} else {
				answers[spec.key] = text;
			}
			continue;
		}
		const valid: string[] = [];
		for (const value of spec.multiple ? given : given.slice(-1)) {
			if (spec.values.includes(value)) valid.push(value);
			else issues.push({ param, value, message: unknownValue(param, value, spec.values) });
		}
		if (valid.length === 0) {
			if (spec.required) missing.push(param);
			continue;
		}
		if (spec.multiple) answers[spec.key] = [...new Set(valid)];
		else answers[spec.key] = spec.values === YES_NO ? valid[0] === 'ja' : valid[0];
	}
	return { answers: answers as Partial<Answers>, issues, missing };
}

function unknownValue(param: string, value: string, allowed: readonly string[]): string {
	const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	const hint = suggest(value, allowed);
	return `${param} cannot be "${shown}"${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`;
}

/** The parameters that reproduce these answers (for share links and CLI commands). */
export function answerParams(answers: Partial<Answers>): [AnswerParam, string][] {
	const params: [AnswerParam, string][] = [];
	for (const param of ANSWER_PARAM_NAMES) {
		const spec: ParamSpec = ANSWER_PARAMS[param];
		const value = answers[spec.key];
		if (value === undefined || value === '') continue;
		if (Array.isArray(value)) for (const item of value) params.push([param, item]);
		else if (typeof value === 'boolean') params.push([param, value ? 'ja' : 'nej']);
		else params.push([param, value]);
	}
	return params;
}
