import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME_WIDTH, codeFrame, formatProblems, printable } from '../../src/cli/report.ts';
import type { CatalogSource } from '../../src/cli/readCatalog.ts';
import type { Problem } from '../../src/lib/catalog/problem.ts';
import { runs } from '../helpers/fuzz.ts';

/** Anything a terminal would act on instead of showing: C0 but newline, DEL, C1, bidirectional controls. */
const CONTROL =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The source row and the caret row of a frame's marked line, without the gutter. */
function marked(frame: string): { row: string; caret: number } {
	const lines = frame.split('\n');
	const at = lines.findIndex((line) => line.startsWith('  > '));
	const gutter = lines[at]!.indexOf('| ') + 2;
	return { row: lines[at]!.slice(gutter), caret: lines[at + 1]!.indexOf('^') - gutter };
}

describe('code frames', () => {
	it('show escape sequences and other control characters as visible symbols, in their columns', () => {
		const text = 'id: x\nname: { sv: "\u001b[2J\u001b]0;pwned\u0007\u009b31m", en: x }\nz: 1';
		const frame = codeFrame(text, 2, 14);
		expect(frame).not.toMatch(CONTROL);
		expect(marked(frame).row).toBe('name: { sv: "␛[2J␛]0;pwned␇�31m", en: x }');
		expect(marked(frame).caret).toBe(13);
	});

	it('show a window around the column of a 200 kB line, with ellipses, and the caret under its character', () => {
		const line = Array.from({ length: 20_000 }, (_, index) => `${index}`.padStart(10, '.')).join(
			''
		);
		const column = 123_457;
		const frame = codeFrame(`a: 1\nb: ${line}\nc: 2`, 2, column);
		expect(frame.length).toBeLessThan(3 * (FRAME_WIDTH + 20));
		const { row, caret } = marked(frame);
		expect(row.startsWith('…') && row.endsWith('…')).toBe(true);
		expect(row[caret]).toBe(`b: ${line}`[column - 1]);
	});

	it('never print a control character or a row wider than the window, whatever the text and position', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 600 }),
				fc.integer({ min: 1, max: 20 }),
				fc.integer({ min: 1, max: 700 }),
				(text, line, column) => {
					const frame = codeFrame(text, line, column);
					expect(frame).not.toMatch(CONTROL);
					for (const row of frame.split('\n'))
						expect(row.length).toBeLessThanOrEqual(FRAME_WIDTH + 16);
				}
			),
			{ numRuns: runs(300) }
		);
	});
});

describe('problem reports', () => {
	const problem: Problem = {
		file: 'methods/x,y\u001b[31m.yaml',
		line: 1,
		column: 1,
		severity: 'error',
		message: 'has an unknown field "a,b:c\u001b]0;t\u0007"\nsecond line',
		keyword: 'additionalProperties'
	};
	const source: CatalogSource = {
		files: [{ path: problem.file, text: 'a,b:c: 1\n' }],
		diskPath: (path) => path,
		absolutePath: (path) => path
	};

	it('print names and messages from the catalogue without control characters', () => {
		const text = formatProblems([problem], source, 'text', '');
		for (const line of text.split('\n')) expect(line).not.toMatch(CONTROL);
		expect(text.split('\n')[0]).toBe(
			'methods/x,y␛[31m.yaml:1:1  error  has an unknown field "a,b:c␛]0;t␇"␊second line  (additionalProperties)'
		);
	});

	it('escape what GitHub would read as the end of a property or a new command', () => {
		expect(formatProblems([problem], source, 'github', '')).toBe(
			'::error file=methods/x%2Cy␛[31m.yaml,line=1,col=1,title=additionalProperties::has an unknown field "a,b:c␛]0;t␇"%0Asecond line (additionalProperties)'
		);
	});

	it('map C0 controls to their control pictures and others to a replacement character', () => {
		expect(printable('a\u0000b\u001bc\u007fd\u202ee\ufefff')).toBe('a␀b␛c␡d�e�f');
	});
});
