/** The site loads the catalogue's methods and rules as a chunk; the widget swaps this module for loadEngine.widget.ts. */
import type { EnginePart } from '../catalog/catalogParts.ts';

export const loadEngine = (): Promise<EnginePart> =>
	import('virtual:delaktighetskarta/wizard-catalog-engine').then((module) => module.default);
