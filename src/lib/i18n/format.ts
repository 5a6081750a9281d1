/**
 * Dates, sizes, language names and a catalogue's problems as each language writes them (the locales, lists and ranges
 * are in src/lib/catalog/lang.ts).
 */
export { formatRange } from '../catalog/lang.ts';
import { FIRST_LANG, LOCALES, type Lang } from '../catalog/lang.ts';
import { formatBytes } from '../catalog/limits.ts';
import type { CatalogProblem } from '../embed/customCatalog.ts';
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

/** Why a municipality's catalogue was not used, as one or two sentences in `lang`. */
export function catalogProblemText(problem: CatalogProblem, lang: Lang): string {
	const t = translator(lang);
	const either = (origins: readonly string[]) =>
		new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' }).format(origins);
	const size = (bytes: number) => formatBytes(bytes, LOCALES[lang]);
	switch (problem.kind) {
		case 'address':
			return t('catalogAddress', { source: problem.source });
		case 'origin':
		case 'redirect':
			if (problem.allowed.length === 0) return t('catalogNoOrigin', { origin: problem.origin });
			return t(problem.kind === 'origin' ? 'catalogOrigin' : 'catalogRedirect', {
				origin: problem.origin,
				allowed: either(problem.allowed)
			});
		case 'http':
			return t('catalogHttp', { path: problem.path, status: problem.status });
		case 'network':
			return t('catalogNetwork', { path: problem.path });
		case 'size':
			return problem.bytes === null
				? t('catalogSizeUnknown', { path: problem.path, limit: size(problem.limit) })
				: t('catalogSize', {
						path: problem.path,
						size: size(problem.bytes),
						limit: size(problem.limit)
					});
		case 'not-json':
			return t('catalogNotJson', { path: problem.path });
		case 'checker':
			return t('catalogChecker');
		case 'invalid': {
			// The details end a sentence of their own: no second full stop after a question mark.
			const details = problem.details.join('; ').replace(/[.?!]$/, '');
			return t('catalogInvalid', { path: problem.path, details });
		}
	}
}
