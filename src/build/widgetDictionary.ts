/**
 * The widget carries the interface's text in the first language only. Another language's travels in that language's
 * file beside the script, with the catalogue's texts in it (`virtual:delaktighetskarta/widget-dictionary` there);
 * until that file has come, the widget's dictionary for the language (`virtual:…/widget-dictionary-before-<lang>`,
 * in place of `./<lang>.ts`) holds only what may have to be said in it before then (`SAID_BEFORE`).
 */
import type { Plugin } from 'vite';
import { LANGS, type Lang } from '../lib/catalog/lang.ts';
import { dictionaries, type Dictionary } from '../lib/i18n/dictionary.ts';

/**
 * The language's own name (on the switch to it), that its file could not be fetched, and why a municipality's
 * catalogue was not used (shown before the language is ready, and written to the console in English).
 */
export const SAID_BEFORE = [
	'languageName',
	'languageTextsFailed',
	'customCatalogFailed',
	'catalogAddress',
	'catalogOrigin',
	'catalogNoOrigin',
	'catalogRedirect',
	'catalogHttp',
	'catalogNetwork',
	'catalogSize',
	'catalogSizeUnknown',
	'catalogNotJson',
	'catalogChecker',
	'catalogInvalid'
] as const satisfies readonly (keyof Dictionary)[];

/** In a language's file beside the widget: that language's whole dictionary. */
export const WIDGET_DICTIONARY_MODULE = 'virtual:delaktighetskarta/widget-dictionary';
/** In the widget, in place of a language's dictionary module (`${DICTIONARY_BEFORE_MODULE}en` for `./en.ts`). */
export const DICTIONARY_BEFORE_MODULE = 'virtual:delaktighetskarta/widget-dictionary-before-';

/** `lang` is the language of the file being built, if it is a language's file. */
export function widgetDictionaryPlugin(lang?: Lang): Plugin {
	return {
		name: 'delaktighetskarta:widget-dictionary',
		resolveId: (id) =>
			id === WIDGET_DICTIONARY_MODULE || id.startsWith(DICTIONARY_BEFORE_MODULE)
				? `\0${id}`
				: undefined,
		load(id) {
			if (id === `\0${WIDGET_DICTIONARY_MODULE}`) {
				if (!lang) this.error(`${WIDGET_DICTIONARY_MODULE} is only for a language's file`);
				return `export default ${JSON.stringify(dictionaries[lang])};`;
			}
			if (!id.startsWith(`\0${DICTIONARY_BEFORE_MODULE}`)) return undefined;
			const of = id.slice(DICTIONARY_BEFORE_MODULE.length + 1) as Lang;
			if (!LANGS.includes(of)) this.error(`no dictionary in ${of}`);
			const before = Object.fromEntries(SAID_BEFORE.map((key) => [key, dictionaries[of][key]]));
			return `export const ${of} = ${JSON.stringify(before)};`;
		}
	};
}
