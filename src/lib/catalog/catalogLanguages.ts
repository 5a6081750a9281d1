/**
 * A catalogue's texts in one language taken out, to be added back later: Swedish pages load the built-in catalogue
 * without its other languages (a third of its size each) and fetch one when someone switches to it.
 *
 * Texts are keyed by where they stand, named by ids (`methods/kartdialog/summary`, `rules/mot-deltagarna-flera-ganger/
 * then/advice`), so a text can only land where it came from; lists without ids (a method's strengths) are keyed by
 * place within their owner. Nothing is changed in place: every function returns a new catalogue.
 */
import { FIRST_LANG, LANGS, isLang, type Lang } from './lang.ts';

/** One language's texts of a catalogue, by key. */
export type LanguageTexts = Readonly<Record<string, string>>;

/** A catalogue text: an object whose keys are all languages, with the first language among them. */
function isText(node: object): node is Record<Lang, string> {
	const keys = Object.keys(node);
	return (
		keys.includes(FIRST_LANG) &&
		keys.every((key) => isLang(key) && typeof (node as Record<string, unknown>)[key] === 'string')
	);
}

const keyOf = (item: unknown, index: number): string => {
	const id = (item as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? id : String(index);
};

/** A deep copy of `node` in which every text has gone through `map`. */
function mapTexts(
	node: unknown,
	path: string,
	map: (text: Record<Lang, string>, key: string) => object
): unknown {
	if (Array.isArray(node))
		return node.map((item, index) => mapTexts(item, `${path}/${keyOf(item, index)}`, map));
	if (node === null || typeof node !== 'object') return node;
	if (isText(node)) return map(node, path);
	return Object.fromEntries(
		Object.entries(node).map(([key, value]) => [
			key,
			mapTexts(value, path ? `${path}/${key}` : key, map)
		])
	);
}

/** A copy without the texts in `lang`, and those texts by key. */
export function splitLanguage<T>(catalog: T, lang: Lang): { catalog: T; texts: LanguageTexts } {
	if (lang === FIRST_LANG)
		throw new Error(`${lang} is the first language: every catalogue keeps it`);
	const texts: Record<string, string> = {};
	const rest = mapTexts(catalog, '', (text, key) => {
		const { [lang]: taken, ...kept } = text;
		if (taken !== undefined) texts[key] = taken;
		return kept;
	});
	return { catalog: rest as T, texts };
}

/**
 * A copy with `texts` added in `lang`. Throws when a text of the catalogue has none in `texts`, or `texts` holds
 * one the catalogue does not: then they were not split from this catalogue.
 */
export function withLanguage<T>(catalog: T, lang: Lang, texts: LanguageTexts): T {
	const used = new Set<string>();
	const result = mapTexts(catalog, '', (text, key) => {
		const added = texts[key];
		if (added === undefined) throw new Error(`the ${lang} texts lack ${key}`);
		used.add(key);
		return { ...text, [lang]: added };
	});
	const foreign = Object.keys(texts).filter((key) => !used.has(key));
	if (foreign.length > 0)
		throw new Error(`the ${lang} texts do not belong to this catalogue (${foreign[0]})`);
	return result as T;
}

/** The languages every text of the catalogue has. */
export function languagesOf(catalog: unknown): Lang[] {
	const have = new Set<Lang>(LANGS);
	mapTexts(catalog, '', (text) => {
		for (const lang of LANGS) if (!(lang in text)) have.delete(lang);
		return text;
	});
	return LANGS.filter((lang) => have.has(lang));
}
