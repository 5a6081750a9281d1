/** A problem found in a catalogue file, positioned for editors and CI annotations. */
export interface Problem {
	/** Path relative to the catalogue root, e.g. `methods/enkat.yaml`. */
	file: string;
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
	severity: 'error' | 'warning';
	message: string;
	/** The schema keyword, YAML error code or cross-reference check that found it. */
	keyword: string;
}

/** Looks up where a value sits in a file; falls back to the nearest existing parent. */
export type Locate = (
	file: string,
	path: readonly (string | number)[]
) => { line: number; column: number };

export function compareProblems(a: Problem, b: Problem): number {
	return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** A place in a file's data: keys and indexes from its root. */
export type Path = (string | number)[];

/** How a cross-check reports a problem at a place in a file; the caller positions it. */
export type Report = (
	file: string,
	path: Path,
	keyword: string,
	message: string,
	severity?: Problem['severity']
) => void;
