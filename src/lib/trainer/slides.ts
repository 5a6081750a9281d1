/**
 * The trainer's material, built from the catalogue: typical methods for each ladder step and the slides of the
 * presentation (one idea a slide). Pure.
 */
import type { TrainerCatalog } from '../catalog/shapes.ts';
import type { Case, Level, LevelId, WizardMethod } from '../catalog/types.ts';

/** Methods that belong most clearly to a step: those serving it, the most specific (fewest steps) first. */
export function typicalMethods(catalog: TrainerCatalog, level: LevelId, count = 4): WizardMethod[] {
	return catalog.methods
		.filter((method) => method.levels.includes(level))
		.sort((a, b) => a.levels.length - b.levels.length || a.id.localeCompare(b.id))
		.slice(0, count);
}

export function caseFor(catalog: TrainerCatalog, level: LevelId): Case | undefined {
	return catalog.cases.find((item) => item.level === level);
}

export type Slide =
	| { kind: 'title' }
	| { kind: 'step'; level: Level; methods: WizardMethod[]; example: Case | undefined }
	| { kind: 'compare' }
	| { kind: 'case'; example: Case }
	| { kind: 'closing' };

export function slides(catalog: TrainerCatalog): Slide[] {
	return [
		{ kind: 'title' },
		...catalog.levels.map((level) => ({
			kind: 'step' as const,
			level,
			methods: typicalMethods(catalog, level.id, 3),
			example: caseFor(catalog, level.id)
		})),
		{ kind: 'compare' },
		...catalog.cases.map((example) => ({ kind: 'case' as const, example })),
		{ kind: 'closing' }
	];
}
