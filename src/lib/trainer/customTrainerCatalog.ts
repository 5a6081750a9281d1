/**
 * A municipality's own catalogue on the trainer's pages (`?catalog=/kommun.json`): loaded and checked exactly as
 * the wizard loads it (only from this site, the checker fetched only then), and shaped as the trainer's
 * catalogue, so its own exercises, outlines and cases are the ones presented.
 */
import { trainerCatalog } from '../../build/slimCatalog.ts';
import type { TrainerCatalog } from '../catalog/shapes.ts';
import type { Catalog } from '../catalog/types.ts';
import type { CatalogProblem } from '../embed/customCatalog.ts';

export async function customTrainerCatalog(
	source: string,
	root: string
): Promise<{ catalog: TrainerCatalog | null; problem: CatalogProblem | null }> {
	const { loadCustomCatalog } = await import('../embed/customCatalog.ts');
	const loaded = await loadCustomCatalog(source, {
		base: root,
		allowedOrigins: [location.origin],
		checker: async () => (await import('../embed/catalogCheck.ts')).checkCatalog
	});
	// The checker passes only a whole catalogue (what npm run build:catalog writes), trainer's material included.
	if (loaded.catalog) return { catalog: trainerCatalog(loaded.catalog as Catalog), problem: null };
	return { catalog: null, problem: loaded.problem ?? null };
}
