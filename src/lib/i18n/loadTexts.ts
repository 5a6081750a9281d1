/**
 * The site loads the catalogue's other languages as chunks and has every language's interface text already; the
 * widget swaps this module for loadTexts.widget.ts.
 */
import { textLoaders } from 'virtual:delaktighetskarta/wizard-texts';
import type { LanguageTexts } from '../catalog/catalogLanguages.ts';
import type { Lang } from '../catalog/lang.ts';

export const loadTexts = (lang: Lang): Promise<LanguageTexts> =>
	textLoaders[lang]?.() ?? Promise.reject(new Error(`no catalogue texts in ${lang}`));

/** The interface's dictionary in a language, complete: the site has them all already. */
export const loadDictionary: (lang: Lang) => Promise<void> = () => Promise.resolve();
