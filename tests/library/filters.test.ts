import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	NO_FILTERS,
	applyFilters,
	filterParams,
	parseFilters,
	type Filters
} from '../../src/lib/library/filters.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const { methods } = repoCatalog();
const ids = (filters: Partial<Filters>, lang: 'sv' | 'en' = 'sv') =>
	applyFilters(methods, { ...NO_FILTERS, ...filters }, lang).map((method) => method.id);

describe('method library filters', () => {
	it('lists every method when nothing is chosen, by name', () => {
		const all = ids({});
		expect(all).toHaveLength(methods.length);
		expect(all[0]).toBe(applyFilters(methods, NO_FILTERS, 'sv')[0]!.id);
	});

	it('finds the methods for young people, dialogue, ideas stage', () => {
		const found = ids({ groups: ['unga'], levels: ['dialog'], stages: ['forslag'] });
		expect(found.length).toBeGreaterThan(0);
		for (const id of found) {
			const method = methods.find((item) => item.id === id)!;
			expect(method.groups.reaches).toContain('unga');
			expect(method.levels).toContain('dialog');
			expect(method.stages).toContain('forslag');
		}
		expect(found).toContain('ungdomsrad');
	});

	it('matches any chosen value within a filter', () => {
		expect(ids({ levels: ['medbestammande', 'information'] }).length).toBe(
			methods.filter((m) => m.levels.includes('medbestammande') || m.levels.includes('information'))
				.length
		);
	});

	it('searches both languages, ignoring case and diacritics', () => {
		expect(ids({ query: 'FOLKOMROSTNING' })).toContain('lokal-folkomrostning');
		expect(ids({ query: 'citizens assembly' })).toContain('medborgarrad');
	});

	it('keeps methods whose typical size fits the expected number of participants', () => {
		for (const id of ids({ participants: 500 })) {
			const { participants } = methods.find((method) => method.id === id)!;
			expect(participants.min <= 500 && 500 <= participants.max).toBe(true);
		}
	});

	it('sorts by cost, cheapest first', () => {
		const costs = ids({ sort: 'cost' }).map(
			(id) => methods.find((method) => method.id === id)!.cost
		);
		expect(costs).toEqual(
			[...costs].sort(
				(a, b) => ['low', 'medium', 'high'].indexOf(a) - ['low', 'medium', 'high'].indexOf(b)
			)
		);
	});

	it('reads the same names and ids as share links, and drops unknown values', () => {
		expect(
			parseFilters(
				new URLSearchParams(
					'level=dialog&group=unga&group=marsianer&question-type=komplex&participants=abc&sort=random&q=skola'
				)
			)
		).toEqual({
			...NO_FILTERS,
			levels: ['dialog'],
			groups: ['unga'],
			questionTypes: ['komplex'],
			query: 'skola'
		});
	});

	it('round-trips filters through the URL', () => {
		const filters = fc.record({
			levels: fc.uniqueArray(
				fc.constantFrom(
					'information',
					'konsultation',
					'dialog',
					'inflytande',
					'medbestammande' as const
				)
			),
			stages: fc.constant([]),
			groups: fc.uniqueArray(fc.constantFrom('unga', 'barn', 'aldre' as const)),
			questionTypes: fc.constant([]),
			modes: fc.uniqueArray(fc.constantFrom('physical', 'digital', 'hybrid' as const)),
			costs: fc.uniqueArray(fc.constantFrom('low', 'medium', 'high' as const)),
			leadTimes: fc.constant([]),
			participants: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
			query: fc.stringMatching(/^[a-zåäö]{0,12}$/),
			sort: fc.constantFrom('name', 'cost', 'lead-time', 'participants' as const)
		}) as fc.Arbitrary<Filters>;
		fc.assert(
			fc.property(filters, (given) => {
				expect(parseFilters(filterParams(given))).toEqual(given);
			})
		);
	});
});
