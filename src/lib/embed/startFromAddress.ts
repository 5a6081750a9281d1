/**
 * What a wizard page starts from, all read from its address: the catalogue – the built-in one, or the
 * municipality's own named by `?catalog=`, loaded only from this site and checked first (the checker is loaded only
 * then) – in the language asked for, and the answers of a shared link.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { Lang } from '../catalog/lang.ts';
import { builtIn, completeCatalog, startIn } from '../i18n/builtInCatalog.ts';
import { catalogProblemText } from '../i18n/format.ts';
import type { CatalogProblem } from './customCatalog.ts';
import { parseShareLink, type LinkState } from '../wizard/shareLink.ts';

export interface Start {
	catalog: WizardCatalog;
	link: LinkState;
	/** Why the municipality's catalogue is not used, if it is not. */
	problem: CatalogProblem | null;
	/** The language asked for could not be fetched: the link opens in the first language. */
	languageMissing: boolean;
	/** The language the address asked for. */
	asked: Lang;
	/** The query that carries the catalogue on into the address and shared links (empty for the built-in one). */
	keep: string;
}

/** `root` is the site's root: a relative `?catalog=kommun.json` names the file there, on any page and sub-path. */
export async function startFromAddress(search: string, root: string): Promise<Start> {
	const source = new URLSearchParams(search).get('catalog');
	const {
		catalog: chosen,
		problem,
		keep
	} = source ? await customCatalog(source, root) : { catalog: builtIn, problem: null, keep: '' };
	const link = parseShareLink(search, chosen.questionTypes);
	const { catalog: shown, lang, languageMissing } = await startIn(chosen, link.lang);
	// A link to a result needs the methods and rules at once; otherwise they come after the first answer.
	const catalog = link.step === 'result' ? await completeCatalog(shown) : shown;
	return { catalog, link: { ...link, lang }, problem, languageMissing, asked: link.lang, keep };
}

async function customCatalog(
	source: string,
	root: string
): Promise<{ catalog: WizardCatalog; problem: CatalogProblem | null; keep: string }> {
	const { loadCustomCatalog } = await import('./customCatalog.ts');
	const loaded = await loadCustomCatalog(source, {
		base: root,
		allowedOrigins: [location.origin],
		checker: async () => (await import('./catalogCheck.ts')).checkCatalog
	});
	if (loaded.problem)
		console.warn(`Delaktighetskarta: ${catalogProblemText(loaded.problem, 'en')}`);
	return {
		catalog: loaded.catalog ?? builtIn,
		problem: loaded.problem ?? null,
		keep: new URLSearchParams({ catalog: source }).toString()
	};
}
