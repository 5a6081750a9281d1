/**
 * Loads a municipality's own catalogue at run time: only from the allowed origins, without cookies, checked with
 * the precompiled validator. Whatever goes wrong comes back as a problem to show; the caller keeps the built-in
 * catalogue.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { CatalogChecker } from './catalogCheck.ts';

export interface LoadedCatalog {
	catalog?: WizardCatalog;
	problem?: string;
}

export interface LoadOptions {
	/** What a relative address is resolved against (the page by default). */
	base?: string;
	allowedOrigins: readonly string[];
	/** Loads the checker; it is asked for only once a catalogue has arrived. */
	checker: () => Promise<CatalogChecker>;
	fetch?: typeof fetch;
}

export async function loadCustomCatalog(
	source: string,
	options: LoadOptions
): Promise<LoadedCatalog> {
	let url: URL;
	try {
		url = new URL(source, options.base ?? location.href);
	} catch {
		return { problem: `the catalogue address "${source}" is not a valid URL` };
	}
	if (!options.allowedOrigins.includes(url.origin)) {
		return {
			problem: `a catalogue is only loaded from ${options.allowedOrigins.join(' or ')}, not from ${url.origin}`
		};
	}
	// The checker loads while the catalogue downloads.
	const checker = options.checker();
	checker.catch(() => undefined);
	let json: unknown;
	try {
		const response = await (options.fetch ?? fetch)(url, { credentials: 'omit' });
		if (!response.ok)
			return {
				problem: `the catalogue ${url.pathname} could not be loaded (HTTP ${response.status})`
			};
		json = await response.json();
	} catch {
		return { problem: `the catalogue ${url.pathname} could not be loaded or is not JSON` };
	}
	let check: CatalogChecker;
	try {
		check = await checker;
	} catch {
		return { problem: 'the catalogue checker could not be loaded, so the catalogue was not used' };
	}
	const checked = check(json);
	if (!checked.catalog)
		return { problem: `the catalogue ${url.pathname} is invalid: ${checked.problems.join('; ')}` };
	return { catalog: checked.catalog };
}
