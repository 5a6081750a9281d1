/** The trainer's pages: the interface's text and their own, in one translator (`t('startPresentation')`). */
import { LANGS, type Lang } from '../catalog/lang.ts';
import { dictionaries, translatorOf, type Dictionary } from './dictionary.ts';
import { trainerEn } from './trainer.en.ts';
import { trainerSv, type TrainerDictionary } from './trainer.sv.ts';

/** One a language, as the interface's dictionaries: the compiler asks for a new one when a language is added. */
const trainerTexts: Record<Lang, TrainerDictionary> = { sv: trainerSv, en: trainerEn };

export const trainerTranslator = translatorOf(
	Object.fromEntries(
		LANGS.map((lang) => [lang, { ...dictionaries[lang], ...trainerTexts[lang] }])
	) as Record<Lang, Dictionary & TrainerDictionary>
);

export type TrainerTranslate = ReturnType<typeof trainerTranslator>;
