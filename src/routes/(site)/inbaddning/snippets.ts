/** The code an intranet admin pastes, for the tool at `root` (its address with a trailing slash), in a language and a theme. */
import type { Lang } from '$lib/catalog/lang.ts';
import type { Theme } from '$lib/embed/theme.ts';

export interface EmbedSnippets {
	iframe: string;
	script: string;
	element: string;
}

export function embedSnippets(root: string, lang: Lang, theme: Theme): EmbedSnippets {
	const query = new URLSearchParams({
		lang,
		...(theme.accent ? { accent: theme.accent } : {}),
		...(theme.font ? { font: theme.font } : {})
	}).toString();
	const close = '</' + 'script>';
	return {
		iframe: `<iframe src="${root}embed/?${query}" title="Delaktighetskarta" style="width:100%;height:1100px;border:0"></iframe>`,
		script:
			`<div data-delaktighetskarta data-lang="${lang}"${theme.accent ? ` data-accent="${theme.accent}"` : ''}></div>\n` +
			`<script src="${root}embed.js" defer>${close}\n<noscript><a href="${root}">Delaktighetskarta</a></noscript>`,
		element:
			`<delaktighets-karta lang="${lang}" style="--dk-accent: ${theme.accent ?? '#1d4e89'}"></delaktighets-karta>\n` +
			`<script src="${root}delaktighets-karta.js" defer>${close}`
	};
}
