/** The widget's loadEnglishTexts.ts (see vite.embed.config.ts): from the file beside the widget script. */
import { englishTextsFromScript } from '../embed/besideScript.ts';
import { scriptUrl } from '../embed/scriptOrigin.ts';

export const loadEnglishTexts = (): Promise<string[]> => englishTextsFromScript(scriptUrl);
