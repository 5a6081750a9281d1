/**
 * The browser's check of a municipality's catalogue: ajv's precompiled validator (no eval, so a strict CSP holds)
 * and the same cross-checks as `npm run validate`, run in slices so that the page stays responsive. About 30 kB, so
 * pages and the widget load it only when a catalogue is asked for: the site as a chunk of its own, the widget as
 * the file beside it (src/build/widget/catalogCheck.ts).
 */
import validate from 'virtual:delaktighetskarta/catalog-validator';
import { checkCatalogJsonSteps, type CatalogCheck } from '../catalog/checkCatalogJson.ts';
import { runStepsInSlices } from '../catalog/steps.ts';

/** Asynchronous: a checker file from an older build that answers at once is awaited just the same. */
export type CatalogChecker = (json: unknown) => Promise<CatalogCheck> | CatalogCheck;

export const checkCatalog: CatalogChecker = (json) =>
	runStepsInSlices(checkCatalogJsonSteps(json, validate));
