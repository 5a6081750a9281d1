/**
 * The catalogue as the wizard and the widget need it: everything the engine and the result cards use, without the
 * long texts only method pages show (descriptions, strengths and weaknesses, cases, sources), without the trainer's
 * ladders, cases, step descriptions and ladder mapping, and without the traits' names (the engine uses their ids). It keeps the Catalog shape – those fields are emptied, not removed – so the same code runs on
 * both.
 */
import type { Catalog, Method } from '../lib/catalog/types.ts';

const EMPTY = { sv: '', en: '' };

function slimMethod(method: Method): Method {
	return {
		...method,
		description: EMPTY,
		duration: EMPTY,
		facilitation: { need: method.facilitation.need, text: EMPTY },
		// The schema wants at least one entry in these lists: one empty entry keeps the type honest about the shape.
		strengths: [EMPTY],
		weaknesses: [EMPTY],
		avoidWhen: [EMPTY],
		cases: [],
		sources: [{ title: '', publisher: '' }]
	};
}

export function slimCatalog(catalog: Catalog): Catalog {
	return {
		...catalog,
		methods: catalog.methods.map(slimMethod),
		levels: catalog.levels.map((level) => ({
			...level,
			description: EMPTY,
			mapping: { iap2: '', boverket: '', arnstein: '' }
		})),
		traits: catalog.traits.map((trait) => ({ ...trait, name: EMPTY, description: EMPTY })),
		rules: catalog.rules.map((rule) => ({ ...rule, basis: '' })),
		ladders: [],
		cases: []
	};
}

/** For the trainer's page: the slim catalogue with the ladder's full texts, the ladder comparison and the cases. */
export function trainerCatalog(catalog: Catalog): Catalog {
	return {
		...slimCatalog(catalog),
		levels: catalog.levels,
		ladders: catalog.ladders,
		cases: catalog.cases
	};
}
