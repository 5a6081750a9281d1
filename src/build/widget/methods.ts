/**
 * build/delaktighets-karta-methods.js: the built-in catalogue's methods, rules and traits in the first language, loaded
 * by the widget once the planner has answered the first question (or at once for a result), as the site loads them
 * as a chunk. Hands them over in an event and leaves nothing else on the page.
 */
import part from 'virtual:delaktighetskarta/wizard-catalog-engine';
import { METHODS_EVENT } from '../../lib/embed/besideScript.ts';

document.dispatchEvent(new CustomEvent(METHODS_EVENT, { detail: { part } }));
