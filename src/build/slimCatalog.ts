/**
 * The catalogue in the shapes the pages load (types in src/lib/catalog/shapes.ts): the wizard's, without the long
 * texts only method pages show and without the trainer's material, and the trainer's, with the ladder's texts, the
 * other ladders, the cases, the exercises, the session outlines and the speaker notes. Fields are left out, not emptied.
 */
import type { Catalog, TrainerCatalog, WizardCatalog, WizardMethod } from '../lib/catalog/types.ts';

function wizardMethod(method: Catalog['methods'][number]): WizardMethod {
	const {
		description,
		duration,
		strengths,
		weaknesses,
		avoidWhen,
		cases,
		sources,
		facilitation,
		...kept
	} = method;
	return {
		...kept,
		facilitation: { need: facilitation.need },
		...(cases ? { cases: cases.map(({ place }) => ({ place })) } : {})
	};
}

export function wizardCatalog(catalog: Catalog): WizardCatalog {
	const { ladders, cases, exercises, outlines, slideNotes, ...rest } = catalog;
	return {
		...rest,
		methods: catalog.methods.map(wizardMethod),
		levels: catalog.levels.map(({ description, mapping, methods, example, ...level }) => level),
		traits: catalog.traits.map(({ id }) => ({ id })),
		rules: catalog.rules.map(({ basis, ...rule }) => rule)
	};
}

export function trainerCatalog(catalog: Catalog): TrainerCatalog {
	const { ladders, cases, exercises, outlines, slideNotes } = catalog;
	return {
		...wizardCatalog(catalog),
		levels: catalog.levels,
		ladders,
		cases,
		exercises,
		outlines,
		slideNotes
	};
}
