/**
 * The built-in catalogue as the wizard pages and the widget load it: Swedish, the first language, at once; the English
 * texts the first time someone asks for English.
 */
import catalog from 'virtual:delaktighetskarta/wizard-catalog-sv';
import { addLanguage } from '../catalog/catalogLanguages.ts';
import type { Catalog, Lang } from '../catalog/types.ts';
import { loadEnglishTexts } from './loadEnglishTexts.ts';

export const builtIn: Catalog = catalog;

let english: Promise<void> | undefined;

/** Resolves once the catalogue can be shown in `lang`. A municipality's own catalogue always carries both. */
export function catalogIn(chosen: Catalog, lang: Lang): Promise<Catalog> {
	if (chosen !== builtIn || lang === 'sv') return Promise.resolve(chosen);
	english ??= loadEnglishTexts().then(
		(texts) => addLanguage(builtIn, 'en', texts),
		(error: unknown) => {
			english = undefined; // try again next time
			throw error;
		}
	);
	return english.then(() => chosen);
}

/** The catalogue to start with in `lang`; Swedish, with `englishMissing` set, when the English cannot be fetched. */
export async function startIn(
	chosen: Catalog,
	lang: Lang
): Promise<{ catalog: Catalog; lang: Lang; englishMissing: boolean }> {
	try {
		return { catalog: await catalogIn(chosen, lang), lang, englishMissing: false };
	} catch (error) {
		console.warn(`Delaktighetskarta: ${error instanceof Error ? error.message : error}`);
		return { catalog: chosen, lang: 'sv', englishMissing: true };
	}
}
