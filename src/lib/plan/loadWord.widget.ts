/** The widget's loadWord.ts (see vite.embed.config.ts): the Word maker from the file beside the widget script. */
import { wordFromScript } from '../embed/besideScript.ts';
import { scriptUrl } from '../embed/scriptOrigin.ts';

export const loadWord = () => wordFromScript(scriptUrl);
