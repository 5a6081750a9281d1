/**
 * The built-in catalogue as the wizard pages and the widget load it: in the first language, and at first without
 * its methods and rules – what the questions need, so a first visit loads less. The rest, and another language's
 * texts, are fetched when they are needed: `completeCatalog` once the planner has answered the first question (or at
 * once for a link to a result), `catalogIn` when someone switches language. Nothing is changed in place.
 */
import start from 'virtual:delaktighetskarta/wizard-catalog-start';
import { languagesOf, withLanguage } from '../catalog/catalogLanguages.ts';
import { isComplete, textsOf, type EnginePart } from '../catalog/catalogParts.ts';
import { FIRST_LANG, type Lang } from '../catalog/lang.ts';
import type { WizardCatalog } from '../catalog/types.ts';
import { loadEngine } from './loadEngine.ts';
import { loadDictionary, loadTexts } from './loadTexts.ts';

export const builtIn: WizardCatalog = start;

let engine: Promise<EnginePart> | undefined;
/** The methods and rules, fetched once however many catalogues ask. */
const engineOnce = () => {
	engine ??= loadEngine();
	// Try again next time if it failed (offline).
	engine.catch(() => (engine = undefined));
	return engine;
};

/** Each catalogue's other languages, once made: switching back and forth gives the same catalogue. */
const inLanguage = new WeakMap<WizardCatalog, Map<Lang, Promise<WizardCatalog>>>();

/**
 * The catalogue ready to be shown in `lang`. One that lacks that language's texts (the built-in one) gets them
 * fetched and added; a municipality's own catalogue carries every language already, and waits only for the
 * interface's texts in it where they are fetched too (the widget).
 */
export function catalogIn(chosen: WizardCatalog, lang: Lang): Promise<WizardCatalog> {
	if (lang === FIRST_LANG) return Promise.resolve(chosen);
	if (languagesOf(chosen).includes(lang)) return loadDictionary(lang).then(() => chosen);
	const made = inLanguage.get(chosen) ?? new Map<Lang, Promise<WizardCatalog>>();
	inLanguage.set(chosen, made);
	let ready = made.get(lang);
	if (!ready) {
		ready = loadTexts(lang).then((texts) =>
			withLanguage(chosen, lang, isComplete(chosen) ? texts : textsOf(texts, 'start'))
		);
		ready.catch(() => made.delete(lang));
		made.set(lang, ready);
	}
	return ready;
}

/** The catalogue with its methods and rules, in every language it is shown in (a complete one as it is). */
export async function completeCatalog(chosen: WizardCatalog): Promise<WizardCatalog> {
	if (isComplete(chosen)) return chosen;
	let part = await engineOnce();
	for (const lang of languagesOf(chosen).filter((other) => other !== FIRST_LANG))
		part = withLanguage(part, lang, textsOf(await loadTexts(lang), 'engine'));
	return { ...chosen, ...part };
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
