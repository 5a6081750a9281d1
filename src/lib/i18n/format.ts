/** Dates and language names as each language writes them (the locales, lists and ranges: src/lib/catalog/lang.ts). */
export { formatRange } from '../catalog/lang.ts';
import { FIRST_LANG, LOCALES, type Lang } from '../catalog/lang.ts';
import { translator } from './dictionary.ts';

/** "30 november 2026" / "30 November 2026". */
export const formatDate = (date: Date, lang: Lang): string =>
	new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(date);

/** The name of a language in another: `languageName('en', 'sv')` is "engelska". */
export const languageName = (of: Lang, inLang: Lang): string =>
	new Intl.DisplayNames([LOCALES[inLang]], { type: 'language' }).of(of) ?? of;

/** Said in `asked` when its texts could not be fetched and the tool is shown in the first language. */
export const languageTextsFailed = (asked: Lang): string =>
	translator(asked)('languageTextsFailed', {
		language: languageName(asked, asked),
		first: languageName(FIRST_LANG, asked)
	});
