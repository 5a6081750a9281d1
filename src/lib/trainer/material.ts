/**
 * Lookups over the trainer's catalogue that several slides and the handout share: a step's hand-picked methods and
 * its Swedish example, and every source the session cites. Pure.
 */
import type { TrainerCatalog, WizardMethod } from '../catalog/shapes.ts';
import type { Case, Level, Outline, Source } from '../catalog/types.ts';
import { childrenLadder, comparedLadders } from './deck.ts';

export interface StepMaterial {
	methods: WizardMethod[];
	example: { text: Level['example']['text']; case: Case };
}

export function stepMaterial(catalog: TrainerCatalog, level: Level): StepMaterial {
	return {
		methods: level.methods.map((id) => catalog.methods.find((method) => method.id === id)!),
		example: {
			text: level.example.text,
			case: catalog.cases.find((item) => item.id === level.example.case)!
		}
	};
}

/** The exercises of an outline, in the order the session meets them. */
export function outlineExercises(catalog: TrainerCatalog, outline: Outline) {
	return outline.items.flatMap((item) =>
		item.slide === 'exercise' ? catalog.exercises.filter((e) => e.id === item.ref) : []
	);
}

/** Every source the handout of an outline cites, each once, in the order they first appear. */
export function handoutSources(catalog: TrainerCatalog, outline: Outline): Source[] {
	const ladders = [...comparedLadders(catalog), ...[childrenLadder(catalog) ?? []].flat()];
	const cases = outline.items.flatMap((item) =>
		item.slide === 'whatIf' ? catalog.cases.filter((c) => c.id === item.ref) : []
	);
	const all = [
		...catalog.levels.map((level) => stepMaterial(catalog, level).example.case.source),
		...ladders.flatMap((ladder) => [ladder.source, ...(ladder.notes ?? []).map((n) => n.source)]),
		...outlineExercises(catalog, outline).map((exercise) => exercise.source),
		...cases.map((item) => item.source)
	];
	const key = (source: Source) => source.url ?? `${source.publisher}\u0000${source.title}`;
	return all.filter(
		(source, index) => all.findIndex((other) => key(other) === key(source)) === index
	);
}
