/**
 * UI text (chrome), one dictionary a language (sv.ts, en.ts). Catalogue text comes from the YAML; this covers only what the
 * interface itself says. English must have exactly the keys Swedish has: the compiler checks it.
 */
import type { Lang } from '../catalog/lang.ts';
import { en } from './en.ts';
import { sv, type Dictionary } from './sv.ts';

export type { Dictionary } from './sv.ts';

/** One dictionary per language of the catalogue's texts: the compiler asks for a new one when a language is added. */
export const dictionaries: Record<Lang, Dictionary> = { sv, en };

/** A translator for one language: `t('errorMissing', { question })`. */
export function translator(lang: Lang) {
	const dictionary = dictionaries[lang];
	return (key: keyof Dictionary, vars: Record<string, string | number> = {}) =>
		dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

export type Translate = ReturnType<typeof translator>;
