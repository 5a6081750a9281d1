/**
 * build/delaktighets-karta-word.js: the Word maker (the docx library), loaded by the widget only when someone asks for
 * a Word file. Hands it over in an event and leaves nothing else on the page.
 */
import { WORD_EVENT } from '../../lib/embed/besideScript.ts';
import { recordDocxBlob } from '../../lib/plan/docx.ts';

document.dispatchEvent(new CustomEvent(WORD_EVENT, { detail: { make: recordDocxBlob } }));
