/**
 * The language of the standalone site's pages: `?lang=` in the address (read in the browser; prerendered pages are
 * in the first language), and whatever the wizard switches to (its `onlangchange`). One state that every page and
 * the site's chrome read.
 */
import { browser } from '$app/environment';
import { FIRST_LANG, parseLang, type Lang } from '../catalog/lang.ts';

const fromAddress = (): Lang =>
	browser ? parseLang(new URLSearchParams(location.search).get('lang')) : FIRST_LANG;

const language = $state({ current: fromAddress() });
if (browser) window.addEventListener('popstate', () => (language.current = fromAddress()));

/** The page's language, as `.current`. */
export function pageLang(): { readonly current: Lang } {
	return language;
}

/** The wizard switched language: the page's chrome and `<html lang>` follow. */
export function setPageLang(lang: Lang): void {
	language.current = lang;
	document.documentElement.lang = lang;
}

/**
 * What keeps a link in the page's language: nothing for the first language, else `?lang=<lang>` (or `&lang=<lang>`
 * after a query of its own).
 */
export const langQuery = (lang: Lang, separator: '?' | '&' = '?'): string =>
	lang === FIRST_LANG ? '' : `${separator}lang=${lang}`;
