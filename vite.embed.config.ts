// The widget: one self-contained script defining <delaktighets-karta>, built after the site into build/.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { catalogPlugin } from './src/cli/catalogPlugin.ts';

export default defineConfig({
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
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	build: {
		outDir: 'build',
		emptyOutDir: false,
		copyPublicDir: false,
		lib: {
			entry: 'src/embed.ts',
			// Required for an IIFE; the entry exports nothing, so no global is created under this name.
			name: 'Delaktighetskarta',
			formats: ['iife'],
			fileName: () => 'delaktighets-karta.js'
		}
	}
});
