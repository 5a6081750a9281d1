// The widget: one self-contained script defining <delaktighets-karta>, built after the site into build/.
// The files beside it, loaded only when needed, are builds of their own (a classic script cannot load chunks):
// `--mode catalog-check` checks a municipality's catalogue, `--mode texts-en` holds the catalogue's English texts.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { catalogPlugin } from './src/build/catalogPlugin.ts';

const FILES: Record<string, { entry: string; file: string }> = {
	production: { entry: 'src/build/widget/widget.ts', file: 'delaktighets-karta.js' },
	'catalog-check': { entry: 'src/build/widget/catalogCheck.ts', file: 'delaktighets-karta-check.js' },
	'texts-en': { entry: 'src/build/widget/textsEn.ts', file: 'delaktighets-karta-en.js' }
};

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
	const build = FILES[mode];
	if (!build)
		throw new Error(
			`vite.embed.config.ts: unknown --mode ${mode}; use one of ${Object.keys(FILES).join(', ')}`
		);
	return config(build);
});

function config({ entry, file }: { entry: string; file: string }): UserConfig {
	return {
		plugins: [
			catalogPlugin(),
			svelte({
				configFile: false,
				compilerOptions: { runes: true },
				dynamicCompileOptions({ filename }) {
					// Only the wrapper is the custom element; the components inside inject their styles into its shadow root.
					if (filename.endsWith('.ce.svelte')) return { customElement: true };
					return { css: 'injected' };
				}
			})
		],
		resolve: {
			alias: [
				// One classic script cannot load chunks: the result page is bundled in rather than imported on the fly…
				{
					find: /^\.\/loadResultPage\.ts$/,
					replacement: local('./src/lib/components/loadResultPage.static.ts')
				},
				// …and the catalogue's English texts come from a file beside it.
				{
					find: /^\.\/loadEnglishTexts\.ts$/,
					replacement: local('./src/lib/i18n/loadEnglishTexts.widget.ts')
				},
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
