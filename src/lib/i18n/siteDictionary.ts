/** The site's pages: the interface's text and their own, in one translator (`t('navLibrary')`). */
import { LANGS, type Lang } from '../catalog/lang.ts';
import { dictionaries, translatorOf, type Dictionary } from './dictionary.ts';
import { siteEn } from './site.en.ts';
import { siteSv, type SiteDictionary } from './site.sv.ts';

/** One a language, as the interface's dictionaries: the compiler asks for a new one when a language is added. */
const siteTexts: Record<Lang, SiteDictionary> = { sv: siteSv, en: siteEn };

let merged: Record<Lang, Dictionary & SiteDictionary> | undefined;

/**
 * The interface's dictionaries with the site's texts, merged on first use: merged on load, they would stay in every
 * bundle that imports a component of the site's, the widget's too, drawn or not.
 */
export const siteDictionaries = (): Record<Lang, Dictionary & SiteDictionary> =>
	(merged ??= Object.fromEntries(
		LANGS.map((lang) => [lang, { ...dictionaries[lang], ...siteTexts[lang] }])
	) as Record<Lang, Dictionary & SiteDictionary>);

export const siteTranslator = (lang: Lang) => translatorOf(siteDictionaries())(lang);
