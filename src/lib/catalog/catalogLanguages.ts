/**
 * A catalogue's texts in one language taken out, to be put back later: Swedish pages load the built-in catalogue
 * without its English (a third of its size) and fetch the English only when someone switches to it.
 */
import type { Catalog, Lang, Text } from './types.ts';

/** Every Text in the catalogue, in the same order for the same shape of catalogue (JSON key order). */
function eachText(node: unknown, visit: (text: Text) => void): void {
	if (Array.isArray(node)) {
		for (const item of node) eachText(item, visit);
		return;
	}
	if (node === null || typeof node !== 'object') return;
	const record = node as Record<string, unknown>;
	const keys = Object.keys(record);
	if (keys.length === 2 && typeof record.sv === 'string' && typeof record.en === 'string') {
		visit(record as unknown as Text);
		return;
	}
	for (const key of keys) eachText(record[key], visit);
}

/** A copy with every text in `lang` emptied, and those texts in order. */
export function withoutLanguage(
	catalog: Catalog,
	lang: Lang
): { catalog: Catalog; texts: string[] } {
	const copy = structuredClone(catalog);
	const texts: string[] = [];
	eachText(copy, (text) => {
		texts.push(text[lang]);
		text[lang] = '';
	});
	return { catalog: copy, texts };
}

/** Puts the texts `withoutLanguage` took out back into the catalogue (in place). */
export function addLanguage(catalog: Catalog, lang: Lang, texts: readonly string[]): void {
	let count = 0;
	eachText(catalog, () => count++);
	if (count !== texts.length)
		throw new Error(`the catalogue has ${count} texts, but ${texts.length} came in ${lang}`);
	let index = 0;
	eachText(catalog, (text) => {
		text[lang] = texts[index++]!;
	});
}
