/**
 * The widget's loadTexts.ts (see vite.embed.config.ts): a language's texts from the file beside the widget script,
 * which completes the interface's dictionary in that language as it comes.
 */
import type { LanguageTexts } from '../catalog/catalogLanguages.ts';
import type { Lang } from '../catalog/lang.ts';
import { languageFromScript } from '../embed/besideScript.ts';
import { scriptUrl } from '../embed/scriptOrigin.ts';
import { completeDictionary } from './dictionary.ts';

const language = (lang: Lang) =>
	languageFromScript(scriptUrl, lang).then((file) => {
		completeDictionary(lang, file.dictionary);
		return file;
	});

export const loadTexts = (lang: Lang): Promise<LanguageTexts> =>
	language(lang).then((file) => file.texts);

export const loadDictionary = (lang: Lang): Promise<void> => language(lang).then(() => undefined);
