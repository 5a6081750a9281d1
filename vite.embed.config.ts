// The widget: one self-contained script defining <delaktighets-karta>, built after the site into build/.
// The files beside it, loaded only when needed, are builds of their own (a classic script cannot load chunks):
// `--mode methods` holds the catalogue's methods and rules (fetched after the first answer), `--mode catalog-check`
// checks a municipality's catalogue, `--mode word` makes Word files, `--mode texts-<lang>` holds the catalogue's and the
// interface's texts in a language other than the first (`texts-en`).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { catalogPlugin, wizardTextsModule } from './src/build/catalogPlugin.ts';
import { FIRST_LANG, LANGS, type Lang } from './src/lib/catalog/lang.ts';
import {
	CATALOG_CHECK_FILE,
	METHODS_FILE,
	WORD_FILE,
	textsFile
} from './src/lib/embed/besideScript.ts';
import { widgetCssPlugin } from './src/build/widgetCss.ts';
import { DICTIONARY_BEFORE_MODULE, widgetDictionaryPlugin } from './src/build/widgetDictionary.ts';

interface WidgetFile {
	entry: string;
	file: string;
	/** The language whose texts the file carries. */
	lang?: Lang;
}

const OTHER_LANGS = LANGS.filter((lang) => lang !== FIRST_LANG);

const FILES: Record<string, WidgetFile> = {
	production: { entry: 'src/build/widget/widget.ts', file: 'delaktighets-karta.js' },
	methods: { entry: 'src/build/widget/methods.ts', file: METHODS_FILE },
	'catalog-check': { entry: 'src/build/widget/catalogCheck.ts', file: CATALOG_CHECK_FILE },
	word: { entry: 'src/build/widget/word.ts', file: WORD_FILE },
	...Object.fromEntries(
		OTHER_LANGS.map((lang) => [
			`texts-${lang}`,
			{ entry: 'src/build/widget/texts.ts', file: textsFile(lang), lang }
		])
	)
};

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
	const build = FILES[mode];
	if (!build)
		throw new Error(
			`vite.embed.config.ts: unknown --mode ${mode}; use one of ${Object.keys(FILES).join(', ')}`
		);
	return config(build, build === FILES.production);
});

function config({ entry, file, lang }: WidgetFile, main: boolean): UserConfig {
	return {
		plugins: [
			catalogPlugin(),
			svelte({
				configFile: false,
				compilerOptions: { runes: true },
				// Only the wrapper is the custom element. Every component's CSS, the wrapper's included, is gathered into
				// one sheet the element adopts (widgetCssPlugin): Svelte's injected <style> elements fall to a host's CSP.
				dynamicCompileOptions({ filename }) {
					if (filename.endsWith('.ce.svelte')) return { customElement: true };
				}
			}),
			widgetCssPlugin(),
			widgetDictionaryPlugin(lang)
		],
		resolve: {
			alias: [
				// One classic script cannot load chunks: the result page is bundled in rather than imported on the fly…
				{
					find: /^\.\/loadResultPage\.ts$/,
					replacement: local('./src/lib/components/loadResultPage.static.ts')
				},
				// …and so does the Word maker (the result page imports it as $lib/plan/loadWord.ts)…
				{
					find: /^(\$lib\/plan|\.)\/loadWord\.ts$/,
					replacement: local('./src/lib/plan/loadWord.widget.ts')
				},
				// …and it keeps no plans, so the tools for keeping them stay out…
				{
					find: /^(\$lib\/plan|\.)\/planKeeping\.ts$/,
					replacement: local('./src/lib/plan/planKeeping.widget.ts')
				},
				// …and the catalogue's methods and rules come from a file beside it, as the site fetches them after the first
				// answer…
				{
					find: /^\.\/loadEngine\.ts$/,
					replacement: local('./src/lib/i18n/loadEngine.widget.ts')
				},
				// …and the other languages, the catalogue's texts and the interface's, come from files beside it, each built
				// from the one entry: the script itself knows only what it must say in them before they have come.
				{
					find: /^\.\/loadTexts\.ts$/,
					replacement: local('./src/lib/i18n/loadTexts.widget.ts')
				},
				...(main
					? [
							{
								find: new RegExp(`^\\./(${OTHER_LANGS.join('|')})\\.ts$`),
								replacement: `${DICTIONARY_BEFORE_MODULE}$1`
							}
						]
					: []),
				...(lang
					? [
							{
								find: 'virtual:delaktighetskarta/widget-texts',
								replacement: wizardTextsModule(lang)
							}
						]
					: []),
				{ find: '$lib', replacement: local('./src/lib') }
			]
		},
		build: {
			outDir: 'build',
			emptyOutDir: false,
			copyPublicDir: false,
			lib: {
				entry,
				// Required for an IIFE; the entry exports nothing, so no global is created under this name.
				name: 'Delaktighetskarta',
				formats: ['iife'],
				fileName: () => file
			}
		}
	};
}
