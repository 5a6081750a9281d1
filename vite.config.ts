import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { catalogPlugin } from './src/build/catalogPlugin.ts';

export default defineConfig({
	plugins: [catalogPlugin(), sveltekit()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					// The all-combinations tests run the engine ~10 000 times.
					testTimeout: 30_000,
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/**/*.svelte.test.ts', 'tests/browser/**']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				// Without 'module' first, @xstate/svelte-style CJS wrappers pull in a second Svelte runtime.
				resolve: { conditions: ['module', 'browser', 'development|production'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					setupFiles: ['tests/components/setup.ts'],
					include: ['tests/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// A page answers in milliseconds, but a loaded CI machine can take seconds; a poll waits for it.
					expect: { poll: { timeout: 10_000 } },
					fileParallelism: false
				}
			}
		]
	}
});
