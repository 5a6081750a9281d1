/**
 * Loads a municipality's own catalogue at run time: only from the allowed origins, without cookies, checked with
 * the precompiled validator. Whatever goes wrong comes back as a problem to show; the caller keeps the built-in
 * catalogue.
 */
import validate from 'virtual:delaktighetskarta/catalog-validator';
import { checkCatalogJson } from '../domain/checkCatalogJson.ts';
import type { Catalog } from '../domain/types.ts';

export interface LoadedCatalog {
	catalog?: Catalog;
	problem?: string;
}

export async function loadCustomCatalog(source: string, options: { allowedOrigins: readonly string[]; fetch?: typeof fetch }): Promise<LoadedCatalog> {
	let url: URL;
	try {
		url = new URL(source, location.href);
	} catch {
		return { problem: `the catalogue address "${source}" is not a valid URL` };
	}
	if (!options.allowedOrigins.includes(url.origin)) {
		return { problem: `a catalogue is only loaded from ${options.allowedOrigins.join(' or ')}, not from ${url.origin}` };
	}
	let json: unknown;
	try {
		const response = await (options.fetch ?? fetch)(url, { credentials: 'omit' });
		if (!response.ok) return { problem: `the catalogue ${url.pathname} could not be loaded (HTTP ${response.status})` };
		json = await response.json();
	} catch {
		return { problem: `the catalogue ${url.pathname} could not be loaded or is not JSON` };
	}
	const checked = checkCatalogJson(json, validate);
	if (!checked.catalog) return { problem: `the catalogue ${url.pathname} is invalid: ${checked.problems.join('; ')}` };
	return { catalog: checked.catalog };
}
