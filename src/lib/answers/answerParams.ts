/**
 * The answers' external language, shared by CLI flags, share-link query parameters and the widget's attributes:
 * the names and ids of the answer registry. Parsing never throws; every value it cannot use comes back as an issue
 * naming what is allowed.
 */
import { suggest } from '../catalog/suggest.ts';
import { ROWS, type AnswerParam, type Answers } from './registry.ts';

export { ANSWER_PARAMS, type AnswerParam } from './registry.ts';

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

const rowOf = (param: AnswerParam) => ROWS.find((row) => row.param === param)!;

export function allowedValues(param: AnswerParam): readonly string[] | undefined {
	return rowOf(param).values;
}

/** Can the parameter be given more than once (`group`)? */
export function acceptsMany(param: AnswerParam): boolean {
	return rowOf(param).kind === 'several';
}

/** Reads each parameter's values with `get` (all occurrences, in order). */
export function parseAnswerParams(
	get: (param: AnswerParam) => readonly string[]
): ParsedAnswerParams {
	const answers: Record<string, unknown> = {};
	const issues: ParamIssue[] = [];
	const missing: AnswerParam[] = [];
	for (const row of ROWS) {
		const param = row.param as AnswerParam;
		const given = get(param);
		if (given.length === 0) {
			if (row.required) missing.push(param);
			continue;
		}
		if (!row.values) {
			const text = given.at(-1)!;
			if (text.length > row.maxLength!) {
				issues.push({
					param,
					value: `${text.slice(0, 40)}…`,
					message: `${param} is longer than ${row.maxLength} characters`
				});
			} else {
				answers[row.key] = text;
			}
			continue;
		}
		const valid: string[] = [];
		for (const value of row.kind === 'several' ? given : given.slice(-1)) {
			if (row.values.includes(value)) valid.push(value);
			else issues.push({ param, value, message: unknownValue(param, value, row.values) });
		}
		if (valid.length === 0) {
			if (row.required) missing.push(param);
			continue;
		}
		if (row.kind === 'several') answers[row.key] = [...new Set(valid)];
		else answers[row.key] = row.kind === 'yesNo' ? valid[0] === 'ja' : valid[0];
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
	const given = answers as Record<string, unknown>;
	for (const row of ROWS) {
		const param = row.param as AnswerParam;
		const value = given[row.key];
		if (value === undefined || value === '') continue;
		if (Array.isArray(value)) for (const item of value) params.push([param, item]);
		else if (typeof value === 'boolean') params.push([param, value ? 'ja' : 'nej']);
		else params.push([param, String(value)]);
	}
	return params;
}

/** `--question-type <enkel|konfliktfylld|…>` lines for a command's usage text, required answers first. */
export function usageLines(): string[] {
	const line = (row: (typeof ROWS)[number]) => {
		const value =
			row.kind === 'text'
				? '<text>'
				: `<${row.values!.join('|')}>${row.kind === 'several' ? ' …' : ''}`;
		const flag = `--${row.param} ${value}`;
		return row.required ? `  ${flag}` : `  [${flag}]`;
	};
	return [...ROWS.filter((row) => row.required), ...ROWS.filter((row) => !row.required)].map(line);
}
