/** The widget's loadTexts.ts (see vite.embed.config.ts): a language's texts from the file beside the widget script. */
import type { LanguageTexts } from '../catalog/catalogLanguages.ts';
import type { Lang } from '../catalog/lang.ts';
import { textsFromScript } from '../embed/besideScript.ts';
import { scriptUrl } from '../embed/scriptOrigin.ts';

export const loadTexts = (lang: Lang): Promise<LanguageTexts> => textsFromScript(scriptUrl, lang);
