// The widget: one self-contained script defining <delaktighets-karta>, built after the site into build/.
// `--mode catalog-check` builds the file beside it that checks a municipality's catalogue (loaded only when needed):
// a classic script cannot load chunks, so it is a second build.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { catalogPlugin } from './src/cli/catalogPlugin.ts';

export default defineConfig(({ mode }) => ({
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
			// One classic script cannot load chunks: the result page is bundled in rather than imported on the fly.
			{ find: /^\.\/loadResultPage\.ts$/, replacement: fileURLToPath(new URL('./src/lib/components/loadResultPage.static.ts', import.meta.url)) },
			{ find: '$lib', replacement: fileURLToPath(new URL('./src/lib', import.meta.url)) }
		]
	},
	build: {
		outDir: 'build',
		emptyOutDir: false,
		copyPublicDir: false,
		lib: {
			entry: mode === 'catalog-check' ? 'src/embedCatalogCheck.ts' : 'src/embed.ts',
			// Required for an IIFE; the entry exports nothing, so no global is created under this name.
			name: 'Delaktighetskarta',
			formats: ['iife'],
			fileName: () => (mode === 'catalog-check' ? 'delaktighets-karta-check.js' : 'delaktighets-karta.js')
		}
	}
}));
