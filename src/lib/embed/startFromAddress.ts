/**
 * What a wizard page starts from, all read from its address: the catalogue – the built-in one, or the
 * municipality's own named by `?catalog=`, loaded only from this site and checked first (the checker is loaded only
 * then) – in the language asked for, and the answers of a shared link.
 */
import type { Catalog } from '../catalog/types.ts';
import { builtIn, startIn } from '../i18n/builtInCatalog.ts';
import { parseShareLink, type LinkState } from '../wizard/shareLink.ts';

export interface Start {
	catalog: Catalog;
	link: LinkState;
	/** Why the municipality's catalogue is not used, if it is not. */
	problem: string;
	/** The English was asked for but could not be fetched: the link opens in Swedish. */
	englishMissing: boolean;
	/** The query that carries the catalogue on into the address and shared links (empty for the built-in one). */
	keep: string;
}

export async function startFromAddress(search: string): Promise<Start> {
	const source = new URLSearchParams(search).get('catalog');
	const {
		catalog: chosen,
		problem,
		keep
	} = source ? await customCatalog(source) : { catalog: builtIn, problem: '', keep: '' };
	const asked = parseShareLink(search, chosen.questionTypes);
	const { catalog, lang, englishMissing } = await startIn(chosen, asked.lang);
	return { catalog, link: { ...asked, lang }, problem, englishMissing, keep };
}

async function customCatalog(
	source: string
): Promise<{ catalog: Catalog; problem: string; keep: string }> {
	const { loadCustomCatalog } = await import('./customCatalog.ts');
	const loaded = await loadCustomCatalog(source, {
		allowedOrigins: [location.origin],
		checker: async () => (await import('./catalogCheck.ts')).checkCatalog
	});
	if (loaded.problem) console.warn(`Delaktighetskarta: ${loaded.problem}`);
	return {
		catalog: loaded.catalog ?? builtIn,
		problem: loaded.problem ?? '',
		keep: new URLSearchParams({ catalog: source }).toString()
	};
}
