/** Prints catalogue problems for people (with code frames), for machines (JSON) and for GitHub annotations. */
import type { Problem } from '../lib/catalog/problem.ts';
import type { CatalogSource } from './readCatalog.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** Characters of a source line shown in a code frame; a longer line shows this much around the column. */
export const FRAME_WIDTH = 120;

/**
 * Terminal control characters (C0 but tab, DEL, C1), the bidirectional controls that reorder what a terminal shows
 * and the invisible ones (zero-width spaces, a byte order mark). A file's text and names reach the terminal only
 * through `printable`, so a catalogue file cannot move the cursor, recolour the screen, retitle the window or hide
 * text (an escape sequence loses its ESC and becomes visible).
 */
const CONTROL =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** One character for each, so columns stay where they were: C0 as its control picture (␛ for ESC), the rest as �. */
export function printable(text: string): string {
	return text.replace(CONTROL, (char) => {
		const code = char.charCodeAt(0);
		if (code < 0x20) return String.fromCharCode(0x2400 + code);
		if (code === 0x7f) return '\u2421';
		return '\ufffd';
	});
}

export function codeFrame(text: string, line: number, column: number): string {
	const lines = text.split(/\r?\n/, line + 1);
	const first = Math.max(1, line - 1);
	const last = Math.min(lines.length, line + 1);
	const width = String(last).length;
	// The same window on every line of the frame, so they stay aligned with the caret.
	const longest = Math.max(...lines.slice(first - 1, last).map((row) => row.length));
	const start =
		longest <= FRAME_WIDTH
			? 0
			: Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 2, longest - FRAME_WIDTH));
	const cut = (row: string) => {
		if (longest <= FRAME_WIDTH) return row;
		const shown = row.slice(start, start + FRAME_WIDTH);
		return `${start > 0 ? '…' : ''}${shown}${start + FRAME_WIDTH < row.length ? '…' : ''}`;
	};
	const out: string[] = [];
	for (let number = first; number <= last; number++) {
		const marker = number === line ? '>' : ' ';
		const row = printable(cut(lines[number - 1] ?? '').replaceAll('\t', '→'));
		out.push(`  ${marker} ${String(number).padStart(width)} | ${row}`);
		if (number === line) {
			const offset = Math.max(0, column - 1 - start) + (start > 0 ? 1 : 0);
			out.push(`    ${' '.repeat(width)} | ${' '.repeat(Math.min(offset, FRAME_WIDTH + 1))}^`);
		}
	}
	return out.join('\n');
}

function counts(problems: readonly Problem[]) {
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	return { errors, warnings: problems.length - errors };
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** GitHub's workflow commands: data escapes %, CR and LF; a property also `:` and `,`. */
const githubData = (text: string) =>
	printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const githubProperty = (text: string) => githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatProblems(
	problems: readonly Problem[],
	source: CatalogSource,
	format: Format,
	summary: string
): string {
	const { errors, warnings } = counts(problems);
	if (format === 'json') {
		const located = problems.map((problem) => ({
			...problem,
			file: source.diskPath(problem.file)
		}));
		return JSON.stringify({ errors, warnings, problems: located }, null, 2);
	}
	if (format === 'github') {
		return problems
			.map((problem) => {
				const file = githubProperty(source.diskPath(problem.file));
				const message = githubData(`${problem.message} (${problem.keyword})`);
				return `::${problem.severity} file=${file},line=${problem.line},col=${problem.column},title=${githubProperty(problem.keyword)}::${message}`;
			})
			.join('\n');
	}
	const texts = new Map(
		source.files.flatMap((file) => ('text' in file ? [[file.path, file.text] as const] : []))
	);
	const blocks = problems.map((problem) => {
		const head = printable(
			`${source.diskPath(problem.file)}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.message}  (${problem.keyword})`
		);
		const text = texts.get(problem.file);
		return text === undefined ? head : `${head}\n${codeFrame(text, problem.line, problem.column)}`;
	});
	const tail =
		problems.length === 0 ? summary : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
	return [...blocks, tail].join('\n\n');
}
