/**
 * UI text (chrome), one dictionary a language (sv.ts, en.ts). Catalogue text comes from the YAML; this covers only what the
 * interface itself says. English must have exactly the keys Swedish has: the compiler checks it. The site's pages
 * add their own (siteDictionary.ts), so that the widget does not carry them, and the trainer's theirs
 * (trainerDictionary.ts), so that no other page loads them.
 */
import { FIRST_LANG, type Lang } from '../catalog/lang.ts';
import { en } from './en.ts';
import { sv, type Dictionary } from './sv.ts';

export type { Dictionary } from './sv.ts';

/** One dictionary per language of the catalogue's texts: the compiler asks for a new one when a language is added. */
export const dictionaries: Record<Lang, Dictionary> = { sv, en };

/**
 * The widget's dictionaries in other languages than the first start with only what it may have to say before their
 * file beside it has come (src/build/widgetDictionary.ts); the file completes them (loadTexts.widget.ts).
 */
export function completeDictionary(lang: Lang, dictionary: Dictionary): void {
	Object.assign(dictionaries[lang], dictionary);
}

/**
 * Translators over a set of dictionaries, one a language: `translatorOf(dictionaries)('sv')('contact')`. A text not
 * there yet (a widget's dictionary before its file has come) is said in the first language.
 */
export function translatorOf<Texts extends Record<string, string>>(byLang: Record<Lang, Texts>) {
	return (lang: Lang) => {
		const dictionary = byLang[lang];
		return (key: keyof Texts, vars: Record<string, string | number> = {}) =>
			(dictionary[key] ?? byLang[FIRST_LANG][key])!.replace(/\{(\w+)\}/g, (whole, name: string) =>
				String(vars[name] ?? whole)
			);
	};
}

/** A translator for one language: `t('errorMissing', { question })`. */
export const translator = translatorOf(dictionaries);

export type Translate = ReturnType<typeof translator>;
