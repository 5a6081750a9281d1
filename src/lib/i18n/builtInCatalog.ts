/**
 * The built-in catalogue as the wizard pages and the widget load it: in the first language at once, another language
 * the first time someone asks for it. Adding a language makes a new catalogue; the loaded one is never changed.
 */
import catalog from 'virtual:delaktighetskarta/wizard-catalog-base';
import { withLanguage } from '../catalog/catalogLanguages.ts';
import { FIRST_LANG, type Lang } from '../catalog/lang.ts';
import type { WizardCatalog } from '../catalog/types.ts';
import { loadTexts } from './loadTexts.ts';

export const builtIn: WizardCatalog = catalog;

const withTexts = new Map<Lang, Promise<WizardCatalog>>();

/**
 * The catalogue ready to be shown in `lang`. The built-in one gets that language's texts fetched and added (once);
 * a municipality's own catalogue, and a built-in one that already got them, carry every language.
 */
export function catalogIn(chosen: WizardCatalog, lang: Lang): Promise<WizardCatalog> {
	if (chosen !== builtIn || lang === FIRST_LANG) return Promise.resolve(chosen);
	let ready = withTexts.get(lang);
	if (!ready) {
		ready = loadTexts(lang).then((texts) => withLanguage(builtIn, lang, texts));
		// Try again next time if it failed (offline, a missing file).
		ready.catch(() => withTexts.delete(lang));
		withTexts.set(lang, ready);
	}
	return ready;
}

/** The catalogue to start with in `lang`; in the first language, with `languageMissing` set, when `lang` cannot be fetched. */
export async function startIn(
	chosen: WizardCatalog,
	lang: Lang
): Promise<{ catalog: WizardCatalog; lang: Lang; languageMissing: boolean }> {
	try {
		return { catalog: await catalogIn(chosen, lang), lang, languageMissing: false };
	} catch (error) {
		console.warn(`Delaktighetskarta: ${error instanceof Error ? error.message : error}`);
		return { catalog: chosen, lang: FIRST_LANG, languageMissing: true };
	}
}
