/**
 * The catalogue a page should use: the built-in one, or the municipality's own named by `?catalog=` – loaded only
 * from this site and checked first. The checker is loaded only when a catalogue is asked for.
 */
import type { Catalog } from '../domain/types.ts';

/** `keep`: the query that carries the catalogue on into the address and shared links (empty for the built-in one). */
export async function catalogFromAddress(search: string, builtIn: Catalog): Promise<{ catalog: Catalog; problem: string; keep: string }> {
	const source = new URLSearchParams(search).get('catalog');
	if (!source) return { catalog: builtIn, problem: '', keep: '' };
	const keep = new URLSearchParams({ catalog: source }).toString();
	const { loadCustomCatalog } = await import('./customCatalog.ts');
	const loaded = await loadCustomCatalog(source, {
		allowedOrigins: [location.origin],
		checker: async () => (await import('./catalogCheck.ts')).checkCatalog
	});
	if (loaded.problem) console.warn(`Delaktighetskarta: ${loaded.problem}`);
	return { catalog: loaded.catalog ?? builtIn, problem: loaded.problem ?? '', keep };
}
