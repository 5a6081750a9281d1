/**
 * Data flows one way: YAML → load → engine → machine → components → SVG. Each module's imports, read as text,
 * must not run back up that flow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/cli/paths.ts';

const lib = join(repoRoot, 'src/lib');

/** Every TypeScript module under src/lib, by its path from there. */
function modules(): string[] {
	return readdirSync(lib, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.ts'))
		.sort();
}

/**
 * What a module imports, statically or dynamically: for its own code the path from src/lib (outside it, starting
 * with ".."), for a package its name.
 */
function importsOf(path: string): { target: string; own: boolean }[] {
	const source = readFileSync(join(lib, path), 'utf8');
	return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'([^']+)'/g)].map(([, specifier]) => {
		if (specifier!.startsWith('$lib/'))
			return { target: specifier!.slice('$lib/'.length), own: true };
		if (specifier!.startsWith('.'))
			return { target: relative(lib, resolve(dirname(join(lib, path)), specifier!)), own: true };
		return { target: specifier!, own: false };
	});
}

const folder = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');

/** The pure core and what each part of it may import from src/lib: the layers below it. */
const CORE: Record<string, readonly string[]> = {
	answers: ['catalog'],
	catalog: ['answers', 'engine'],
	engine: ['answers', 'catalog']
};

describe('the direction of imports', () => {
	const all = modules();

	it('finds the modules and their imports', () => {
		expect(all).toContain('engine/rank.ts');
		expect(importsOf('engine/rank.ts')).toContainEqual({ target: 'catalog/ids.ts', own: true });
	});

	it('keeps the domain free of the interface: no module imports a component, Svelte or SvelteKit', () => {
		const wrong = all
			// Svelte modules (.svelte.ts) are the interface's own; the components folder loads its pages.
			.filter((path) => !path.endsWith('.svelte.ts') && folder(path) !== 'components')
			.flatMap((path) =>
				importsOf(path)
					.map(({ target }) => target)
					.filter(
						(target) =>
							target.endsWith('.svelte') ||
							folder(target) === 'components' ||
							target === 'svelte' ||
							target.startsWith('svelte/') ||
							target.startsWith('$app/')
					)
					// The site's own root address, for links outside the wizard; not the domain.
					.filter(() => path !== 'siteRoot.ts')
					.map((target) => `${path} → ${target}`)
			);
		expect(wrong).toEqual([]);
	});

	it('keeps the catalogue, the answers and the engine below the machine, the plan and the map', () => {
		const wrong = all
			.filter((path) => folder(path) in CORE)
			.flatMap((path) =>
				importsOf(path)
					.filter(({ target, own }) => own && !target.startsWith('..'))
					.map(({ target }) => target)
					.filter((target) => folder(target) !== folder(path))
					.filter((target) => !CORE[folder(path)]!.includes(folder(target)))
					.map((target) => `${path} → ${target}`)
			);
		expect(wrong).toEqual([]);
	});
});
