/**
 * The map in words, to be read in five seconds: one plain sentence a stage the plan uses, named as the map's stage
 * axis names it, with each step on the ladder and the methods that work at it there ("Behov och problembild:
 * information via Informationsmöte; dialog via Trygghetsvandring och Photovoice.").
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import { joinList, type Lang } from '../catalog/lang.ts';
import { namer } from '../engine/text.ts';
import { translator } from '../i18n/dictionary.ts';
import type { MapKind } from './layout.ts';
import type { RouteStage } from './plan.ts';

export interface MapNames {
	stage: (id: string) => string;
	level: (id: string) => string;
	method: (id: string) => string;
}

/** The names the map writes: stages and steps on the ladder from the catalogue, methods by their own names. */
export function mapNames(catalog: WizardCatalog, lang: Lang): MapNames {
	const { stage, level } = namer(catalog, lang);
	const methods = new Map(catalog.methods.map((method) => [method.id, method.name[lang]]));
	return { stage, level, method: (id) => methods.get(id) ?? id };
}

/** One sentence a stage, in route order. */
export function routeSentences(
	stages: readonly RouteStage[],
	names: MapNames,
	lang: Lang
): string[] {
	const t = translator(lang);
	return stages.map(({ stage, levels }) =>
		t('mapRouteStage', {
			stage: names.stage(stage),
			uses: levels
				.map(({ level, methods }) =>
					t('mapRouteUse', {
						level: names.level(level).toLocaleLowerCase(lang),
						methods: joinList(methods.map(names.method), lang)
					})
				)
				.join('; ')
		})
	);
}

/**
 * What the key says for each kind the map can draw (the page's legend, its table and the standalone SVG), for a
 * promise at `level` and the planner at `stage`.
 */
export function kindTexts(lang: Lang, level: string, stage: string): Record<MapKind, string> {
	const t = translator(lang);
	return {
		lead: t('mapLead'),
		supporting: t('mapSupporting'),
		alternative: t('mapAlternative'),
		route: t('mapRoute'),
		boundary: t('mapBoundary', { level }),
		you: t('mapYou', { level, stage })
	};
}
