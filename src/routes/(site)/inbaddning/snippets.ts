/** The code an intranet admin pastes, for the tool at `root` (its address with a trailing slash), in a language and a theme. */
import { FIRST_LANG, type Lang } from '$lib/catalog/lang.ts';
import type { Theme } from '$lib/embed/theme.ts';
import { siteTranslator } from '$lib/i18n/siteDictionary.ts';

export interface EmbedSnippets {
	iframe: string;
	script: string;
	element: string;
	/** The header the tool's server sends so that only the intranet may frame it. */
	frameAncestors: string;
}

/**
 * SharePoint's Embed web part runs no script, so its frame cannot grow with the content: about a screen's height,
 * so that the frame and its own scroll bar stay in view (the guide says why).
 */
export const FIXED_HEIGHT = 800;

export function embedSnippets(root: string, lang: Lang, theme: Theme): EmbedSnippets {
	const query = new URLSearchParams({
		lang,
		...(theme.accent ? { accent: theme.accent } : {}),
		...(theme.font ? { font: theme.font } : {})
	}).toString();
	const t = siteTranslator(lang);
	const close = '</' + 'script>';
	const fullPage = `<p><a href="${root}${lang === FIRST_LANG ? '' : `?lang=${lang}`}">${t('openFullPageLink')}</a></p>`;
	return {
		iframe: `<iframe src="${root}embed/?${query}" title="${t('frameTitle')}" height="${FIXED_HEIGHT}" style="width:100%;height:${FIXED_HEIGHT}px;border:0"></iframe>`,
		script:
			`<div data-delaktighetskarta data-lang="${lang}"${theme.accent ? ` data-accent="${theme.accent}"` : ''}></div>\n` +
			`<script src="${root}embed.js" defer>${close}\n${fullPage}`,
		element:
			`<delaktighets-karta lang="${lang}" style="--dk-accent: ${theme.accent ?? '#1d4e89'}"></delaktighets-karta>\n` +
			`<script src="${root}delaktighets-karta.js" defer>${close}`,
		frameAncestors: `Content-Security-Policy: frame-ancestors 'self' https://intranat.kommun.se`
	};
}
