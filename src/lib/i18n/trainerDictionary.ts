/** The trainer's pages: the interface's text, the site's and their own, in one translator (`t('startPresentation')`). */
import { LANGS, type Lang } from '../catalog/lang.ts';
import { translatorOf, type Dictionary } from './dictionary.ts';
import { siteDictionaries } from './siteDictionary.ts';
import type { SiteDictionary } from './site.sv.ts';
import { trainerEn } from './trainer.en.ts';
import { trainerSv, type TrainerDictionary } from './trainer.sv.ts';

/** One a language, as the interface's dictionaries: the compiler asks for a new one when a language is added. */
const trainerTexts: Record<Lang, TrainerDictionary> = { sv: trainerSv, en: trainerEn };

export const trainerTranslator = translatorOf(
	Object.fromEntries(
		LANGS.map((lang) => [lang, { ...siteDictionaries()[lang], ...trainerTexts[lang] }])
	) as Record<Lang, Dictionary & SiteDictionary & TrainerDictionary>
);

export type TrainerTranslate = ReturnType<typeof trainerTranslator>;
