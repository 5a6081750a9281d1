/**
 * The languages of the product, as data: every catalogue text is a `Text` with one key per language, first
 * language first (rules/schemas/common.schema.json). A third language is a key there, a dictionary and the pages'
 * prose; no code compares a language with a literal.
 */
import common from '../../../rules/schemas/common.schema.json' with { type: 'json' };
import type { Text } from './catalog.generated.ts';

export type Lang = keyof Text;

export const LANGS = Object.keys(common.definitions.Text.properties) as Lang[];
/** The first language: Swedish. Pages are prerendered in it and everything falls back to it. */
export const FIRST_LANG: Lang = LANGS[0]!;

export const isLang = (value: unknown): value is Lang => (LANGS as unknown[]).includes(value);

/** Each language's locale for dates, numbers and lists; a new language must add its own (the compiler asks). */
export const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** "a, b och c" / "a, b and c": a list as each language writes it. */
export const joinList = (items: readonly string[], lang: Lang): string =>
	new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);

/** The language a parameter or attribute asks for; anything else means the first language. */
export const parseLang = (value: string | null | undefined): Lang =>
	isLang(value) ? value : FIRST_LANG;
