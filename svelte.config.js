import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		typescript: {
			// The CLI and the tests live outside src/routes but must be type-checked too.
			config: (tsconfig) => {
				tsconfig.include.push('../tests/**/*.ts', '../src/cli/**/*.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
