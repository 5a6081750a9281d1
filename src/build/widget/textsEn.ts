/**
 * build/delaktighets-karta-en.js: the English texts of the built-in catalogue, loaded by the widget only when it is
 * shown in English. Hands them over in an event and leaves nothing else on the page.
 */
import texts from 'virtual:delaktighetskarta/wizard-texts-en';
import { TEXTS_EN_EVENT } from '../../lib/embed/besideScript.ts';

document.dispatchEvent(new CustomEvent(TEXTS_EN_EVENT, { detail: { texts } }));
