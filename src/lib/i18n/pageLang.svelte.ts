/**
 * The language of a standalone page: `?lang=en` in the address (read only in the browser: prerendered pages are
 * Swedish), kept in step when the wizard switches language.
 */
import { browser } from '$app/environment';
import type { Lang } from '../catalog/types.ts';

export const LANG_EVENT = 'delaktighetskarta:lang';

export function pageLang() {
	const fromUrl = (): Lang =>
		browser && new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv';
	let lang: Lang = $state(fromUrl());
	if (browser) {
		window.addEventListener(LANG_EVENT, (event) => (lang = (event as CustomEvent<Lang>).detail));
		window.addEventListener('popstate', () => (lang = fromUrl()));
	}
	return {
		get current() {
			return lang;
		}
	};
}
