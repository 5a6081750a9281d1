/** The widget's loadEngine.ts (see vite.embed.config.ts): the methods and rules from the file beside the widget script. */
import type { EnginePart } from '../catalog/catalogParts.ts';
import { methodsFromScript } from '../embed/besideScript.ts';
import { scriptUrl } from '../embed/scriptOrigin.ts';

export const loadEngine = (): Promise<EnginePart> => methodsFromScript(scriptUrl);
