import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true,
		// The widget's .ce.svelte file is compiled as a custom element only by vite.embed.config.ts.
		warningFilter: (warning) => warning.code !== 'options_missing_custom_element'
	},
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		typescript: {
			// The CLI and the tests live outside src/routes but must be type-checked too.
			config: (tsconfig) => {
				tsconfig.include.push('../tests/**/*.ts', '../src/cli/**/*.ts', '../vite.embed.config.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
