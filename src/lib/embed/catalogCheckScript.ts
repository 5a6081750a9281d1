/**
 * The widget is one classic script and cannot split itself into chunks, so the catalogue checker is a second file
 * beside it (build/delaktighets-karta-check.js), added to the page only when an element has `catalog-src`. The file
 * hands its checker over in an event on the document: no global is created on the host page.
 */
import type { CatalogChecker } from './catalogCheck.ts';

export const CATALOG_CHECK_FILE = 'delaktighets-karta-check.js';
export const CATALOG_CHECK_EVENT = 'delaktighetskarta:catalog-check';

export interface CatalogCheckEvent extends CustomEvent<{ check: CatalogChecker }> {
	type: typeof CATALOG_CHECK_EVENT;
}

let loading: Promise<CatalogChecker> | undefined;

/** Loads the checker once per widget script, however many elements ask. `base`: the widget script's own URL. */
export function checkerFromScript(base: string): Promise<CatalogChecker> {
	loading ??= new Promise<CatalogChecker>((resolve, reject) => {
		const script = document.createElement('script');
		const receive = (event: Event) => {
			const check = (event as CatalogCheckEvent).detail?.check;
			if (typeof check !== 'function') return;
			document.removeEventListener(CATALOG_CHECK_EVENT, receive);
			resolve(check);
		};
		document.addEventListener(CATALOG_CHECK_EVENT, receive);
		script.src = new URL(CATALOG_CHECK_FILE, base).href;
		script.async = true;
		script.onerror = () => {
			document.removeEventListener(CATALOG_CHECK_EVENT, receive);
			loading = undefined;
			reject(new Error(`${script.src} could not be loaded`));
		};
		document.head.append(script);
	});
	return loading;
}
