/**
 * build/delaktighets-karta-<lang>.js: the built-in catalogue's texts and the interface's in one language other than
 * the first, loaded by the widget only when it is shown in that language (`--mode texts-<lang>` picks it). Hands them
 * over in an event and leaves nothing else on the page.
 */
import dictionary from 'virtual:delaktighetskarta/widget-dictionary';
import texts from 'virtual:delaktighetskarta/widget-texts';
import { parseLang } from '../../lib/catalog/lang.ts';
import { textsEvent } from '../../lib/embed/besideScript.ts';

const lang = parseLang(import.meta.env.MODE.replace(/^texts-/, ''));
document.dispatchEvent(new CustomEvent(textsEvent(lang), { detail: { texts, dictionary } }));
