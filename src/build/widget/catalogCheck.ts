/**
 * build/delaktighets-karta-check.js: the catalogue checker for the widget, loaded by it only when an element has
 * `catalog-src`. Hands the checker to the widget in an event and leaves nothing else on the page.
 */
import { checkCatalog } from '../../lib/embed/catalogCheck.ts';
import { CATALOG_CHECK_EVENT } from '../../lib/embed/besideScript.ts';

document.dispatchEvent(new CustomEvent(CATALOG_CHECK_EVENT, { detail: { check: checkCatalog } }));
