/**
 * The languages of the product, as data: every catalogue text is a `Text` with one key per language, first
 * language first (rules/schemas/common.schema.json). A third language is a key there, a dictionary and the pages'
 * prose; no code compares a language with a literal.
 */
import { VOCABULARY, type Text } from './catalog.generated.ts';

export type Lang = keyof Text;

export const LANGS: Lang[] = [...VOCABULARY.Lang];
/** The first language: Swedish. Pages are prerendered in it and everything falls back to it. */
export const FIRST_LANG: Lang = LANGS[0]!;

export const isLang = (value: unknown): value is Lang => (LANGS as unknown[]).includes(value);

/** Each language's locale for dates, numbers and lists; a new language must add its own (the compiler asks). */
export const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** Intl's formatters take long to make and nothing to use: one of each per language. */
function cached<T>(make: (locale: string) => T): (lang: Lang) => T {
	const made = new Map<Lang, T>();
	return (lang) => {
		let formatter = made.get(lang);
		if (!formatter) made.set(lang, (formatter = make(LOCALES[lang])));
		return formatter;
	};
}
const lists = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const numbers = cached((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));

/** "a, b och c" / "a, b and c": a list as each language writes it. */
export const joinList = (items: readonly string[], lang: Lang): string => lists(lang).format(items);

/** "4–8" / "2 000–40 000" / "0,2": a range of numbers as the language writes them (one number when equal). */
export function formatRange({ min, max }: { min: number; max: number }, lang: Lang): string {
	const number = numbers(lang);
	return min === max ? number.format(min) : `${number.format(min)}–${number.format(max)}`;
}

/** The language a parameter or attribute asks for; anything else means the first language. */
export const parseLang = (value: string | null | undefined): Lang =>
	isLang(value) ? value : FIRST_LANG;
