/** Prints catalogue problems for people (with code frames), for machines (JSON) and for GitHub annotations. */
import type { Problem } from '../lib/catalog/problem.ts';
import type { CatalogSource } from './readCatalog.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function codeFrame(text: string, line: number, column: number): string {
	const lines = text.split(/\r?\n/);
	const first = Math.max(1, line - 1);
	const last = Math.min(lines.length, line + 1);
	const width = String(last).length;
	const out: string[] = [];
	for (let number = first; number <= last; number++) {
		const marker = number === line ? '>' : ' ';
		out.push(
			`  ${marker} ${String(number).padStart(width)} | ${(lines[number - 1] ?? '').replaceAll('\t', '→')}`
		);
		if (number === line)
			out.push(`    ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
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
				const message = `${problem.message} (${problem.keyword})`
					.replace(/%/g, '%25')
					.replace(/\r/g, '%0D')
					.replace(/\n/g, '%0A');
				return `::${problem.severity} file=${source.diskPath(problem.file)},line=${problem.line},col=${problem.column},title=${problem.keyword}::${message}`;
			})
			.join('\n');
	}
	const texts = new Map(
		source.files.flatMap((file) => ('text' in file ? [[file.path, file.text] as const] : []))
	);
	const blocks = problems.map((problem) => {
		const head = `${source.diskPath(problem.file)}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.message}  (${problem.keyword})`;
		const text = texts.get(problem.file);
		return text === undefined ? head : `${head}\n${codeFrame(text, problem.line, problem.column)}`;
	});
	const tail =
		problems.length === 0 ? summary : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
	return [...blocks, tail].join('\n\n');
}
