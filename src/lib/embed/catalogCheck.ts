/**
 * The browser's check of a municipality's catalogue: ajv's precompiled validator (no eval, so a strict CSP holds)
 * and the same cross-checks as `npm run validate`. About 30 kB, so pages and the widget load it only when a
 * catalogue is asked for: the site as a chunk of its own, the widget as the file beside it (src/build/widget/catalogCheck.ts).
 */
import validate from 'virtual:delaktighetskarta/catalog-validator';
import { checkCatalogJson, type CatalogCheck } from '../catalog/checkCatalogJson.ts';

export type CatalogChecker = (json: unknown) => CatalogCheck;

export const checkCatalog: CatalogChecker = (json) => checkCatalogJson(json, validate);
