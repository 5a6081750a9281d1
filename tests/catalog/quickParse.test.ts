/**
 * The quick reading of catalogue YAML (js-yaml, no places) must never give other data than yaml, the parser whose
 * places every message names: where the two could differ, the quick reading must step aside.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import { LineCounter } from 'yaml';
import { loadCatalog, quickParse, topLevelValue } from '../../src/lib/catalog/load.ts';
import { runs } from '../helpers/fuzz.ts';
import { repoFiles, withFile } from '../helpers/catalog.ts';

const texts = repoFiles.flatMap((file) => ('text' in file ? [file.text] : []));

/** What yaml makes of a text, or undefined where it finds an error or warns. */
function readByYaml(text: string): { data: unknown } | undefined {
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
	return doc.errors.length > 0 || doc.warnings.length > 0 ? undefined : { data: doc.toJS() };
}

/** The property: whatever the quick reading accepts, yaml reads without complaint and to the same data. */
function agrees(text: string): boolean {
	const quick = quickParse(text);
	if (!quick) return true;
	const slow = readByYaml(text);
	return slow !== undefined && isDeepStrictEqual(quick.data, slow.data);
}

describe('the quick reading of catalogue YAML', () => {
	it('reads nearly every catalogue file, to the same data as yaml', () => {
		const quick = texts.filter((text) => quickParse(text));
		expect(quick.length / texts.length).toBeGreaterThan(0.8);
		expect(texts.filter((text) => !agrees(text))).toEqual([]);
	});

	it.each([
		['a directive', '%YAML 1.2\n---\na: b\n'],
		['an anchor and an alias', 'a: &x b\nc: *x\n'],
		['a tag', 'a: !!binary aGk=\n'],
		['an unknown tag', 'a: !custom b\n'],
		['a flow collection over two lines', 'a: [b,\n  c]\n'],
		['a key without a name', 'a: [b, : c]\n'],
		['a block key without a name', '? \n: c\n'],
		['a repeated key', 'a: 1\na: 2\n'],
		['two documents', 'a: 1\n---\nb: 2\n'],
		['an empty file', '']
	])('leaves %s to yaml', (_, text) => {
		expect(quickParse(text)).toBeUndefined();
	});

	it('gives the same plain values as yaml 1.2 core', () => {
		const scalars = [
			'1_000',
			'0b101',
			'0o17',
			'017',
			'0x1F',
			'+12',
			'.5',
			'1e3',
			'.inf',
			'-.Inf',
			'.NaN'
		];
		const more = [
			'~',
			'Null',
			'TRUE',
			'yes',
			'on',
			'2026-11-30',
			'1:20',
			"'it''s'",
			'"\\u00e5\\t"'
		];
		for (const scalar of [...scalars, ...more]) {
			const text = `a: ${scalar}\n`;
			expect(quickParse(text), scalar).toEqual(readByYaml(text));
		}
	});

	it('agrees with yaml on damaged copies of the catalogue files', () => {
		const pieces = [
			':',
			'-',
			' ',
			'\t',
			'"',
			"'",
			'[',
			'{',
			']',
			'}',
			'#',
			'\n',
			'|',
			'>',
			'?',
			',',
			'&',
			'*',
			'!'
		];
		const damage = fc.record({
			at: fc.nat(),
			cut: fc.nat(3),
			insert: fc.constantFrom('', ...pieces)
		});
		fc.assert(
			fc.property(
				fc.nat(texts.length - 1),
				fc.array(damage, { minLength: 1, maxLength: 3 }),
				(file, damages) => {
					let text = texts[file]!;
					for (const { at, cut, insert } of damages) {
						const place = at % (text.length + 1);
						text = text.slice(0, place) + insert + text.slice(place + cut);
					}
					expect(agrees(text), text).toBe(true);
				}
			),
			{ numRuns: runs(1500) }
		);
	});

	it('still names the line and column of a schema problem in a file it read', () => {
		const path = 'methods/enkat.yaml';
		const text = texts[repoFiles.findIndex((file) => file.path === path)]!;
		const broken = text.replace(/^cost: .*$/m, 'cost: gratis');
		expect(quickParse(broken)).toBeDefined();
		const line = broken.split('\n').findIndex((row) => row.startsWith('cost:')) + 1;
		const problem = loadCatalog(withFile(path, broken)).problems.find((p) => p.file === path);
		expect(problem).toMatchObject({ line, column: 7, severity: 'error' });
	});

	it("places every top-level value on its key's line where yaml does, without parsing the file again", () => {
		let checked = 0;
		for (const text of texts.filter((each) => quickParse(each))) {
			const lines = new LineCounter();
			const doc = parseDocument(text, { lineCounter: lines });
			if (!isMap(doc.contents)) continue;
			for (const pair of doc.contents.items) {
				if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
				const found = topLevelValue(text, pair.key.value);
				if (!found) continue;
				const { line, col } = lines.linePos((pair.value as { range: number[] }).range[0]!);
				expect(found, `${pair.key.value} in ${text.slice(0, 80)}`).toEqual({ line, column: col });
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(500);
		// A value on the next line, or after a comment, is left to yaml.
		expect(topLevelValue('a:\n  - b\n', 'a')).toBeUndefined();
		expect(topLevelValue('a: # note\n  b\n', 'a')).toBeUndefined();
	});
});
