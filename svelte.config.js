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
		// Every stylesheet is a few kB: inlined, none holds up the first paint (style-src allows inline styles, below).
		inlineStyleThreshold: 8192,
		// A strict policy in a <meta> tag on every prerendered page: scripts only from this site or hashed inline ones
		// (SvelteKit's start-up script), no eval. style-src allows inline styles on purpose: prerendered markup carries
		// style attributes from Svelte's style: directives (the ladder's steps, the comparison grid, the theme tokens),
		// which cannot be hashed. No data leaves through styles, and scripts stay locked down.
		// frame-ancestors cannot be set from a <meta> tag: the hosting server sends it (see /inbaddning).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
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
