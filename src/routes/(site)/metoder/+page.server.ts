import catalog from 'virtual:delaktighetskarta/catalog';
import type { ListedMethod } from '$lib/library/filters.ts';

// Runs at build time: the page gets the listing, not the whole catalogue.
export function load() {
	const methods: ListedMethod[] = catalog.methods.map(
		({
			id,
			name,
			summary,
			description,
			levels,
			stages,
			groups,
			questionTypes,
			modes,
			cost,
			time,
			participants
		}) => ({
			id,
			name,
			summary,
			description,
			levels,
			stages,
			groups,
			questionTypes,
			modes,
			cost,
			time,
			participants
		})
	);
	const { levels, stages, groups, questionTypes } = catalog;
	return { methods, vocabulary: { levels, stages, groups, questionTypes } };
}
