import { describe, expect, it } from 'vitest';
import { checkCatalogJsonSteps } from '../../src/lib/catalog/checkCatalogJson.ts';
import { everyCombination, reachableSteps } from '../../src/lib/engine/reach.ts';
import { runSteps, runStepsInSlices, type Steps } from '../../src/lib/catalog/steps.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import { repoCatalog } from '../helpers/catalog.ts';

function* countTo(count: number, clock: { now: number }): Steps<number> {
	for (let step = 0; step < count; step++) {
		clock.now += 3;
		yield;
	}
	return count;
}

/**
 * The catalogue with each method `times` times: itself, and methods with its ratings under new ids and names (no
 * method's successor). They tie with the original, so most can never make a list: the reachability check's worst case.
 * With `sameName`, the others are plain copies, which the check recognises.
 */
function repeated(catalog: Catalog, times: number, { sameName = false } = {}): Catalog {
	const methods = Array.from({ length: times }, (_, copy) =>
		catalog.methods.map(({ formerIds, ...method }) => {
			if (copy === 0) return { ...method, formerIds };
			const name = sameName
				? method.name
				: { sv: `${method.name.sv} ${copy}`, en: `${method.name.en} ${copy}` };
			return { ...method, id: `${method.id}-${copy}`, name };
		})
	).flat();
	return { ...catalog, methods };
}

/** How many steps a check takes, and the longest of them in milliseconds. */
function measure<T>(steps: Steps<T>): { count: number; longestMs: number; value: T } {
	let count = 0;
	let longestMs = 0;
	for (;;) {
		const start = performance.now();
		const next = steps.next();
		longestMs = Math.max(longestMs, performance.now() - start);
		if (next.done) return { count, longestMs, value: next.value };
		count++;
	}
}

/** The answer sets the reachability check can try at most: every combination, alone and with each optional answer. */
// Every single-group combination, alone and with each of the five optional answers.
const ANSWER_SETS = 5 * [...everyCombination()].length;

describe('checks in steps', () => {
	it('run straight through, or in slices with a pause whenever a slice has run its time', async () => {
		const clock = { now: 0 };
		let pauses = 0;
		const value = await runStepsInSlices(countTo(100, clock), {
			sliceMs: 10,
			now: () => clock.now,
			pause: async () => {
				pauses++;
			}
		});
		expect(value).toBe(100);
		// A pause after every fourth step of 3 ms: 100 steps, 25 slices.
		expect(pauses).toBe(25);
		expect(runSteps(countTo(7, { now: 0 }))).toBe(7);
	});

	it('check a catalogue of three times the methods in the browser in short steps, never one long task', () => {
		const json = JSON.parse(JSON.stringify(repeated(repoCatalog(), 3)));
		const { count, longestMs, value } = measure(checkCatalogJsonSteps(json, () => true));
		expect(value.problems[0]).toMatch(/no combination of answers recommends this method/);
		expect(count).toBeGreaterThan(1000);
		expect(longestMs).toBeLessThan(200);
	});
});

describe('the reachability check', () => {
	it('reaches every method of the repository catalogue in a few hundred rankings', () => {
		const { count, value } = measure(reachableSteps(repoCatalog()));
		expect(value.size).toBe(repoCatalog().methods.length);
		expect(count).toBeLessThan(1000);
	});

	it('ranks each answer set at most once, so three times the methods, unreachable ones among them, cost no more rankings', () => {
		const large = repeated(repoCatalog(), 3);
		const { count, value } = measure(reachableSteps(large));
		// Copies tie with their originals, so most of them can never make the list.
		expect(value.size).toBeLessThan(large.methods.length);
		expect(count).toBeLessThanOrEqual(ANSWER_SETS);
	});

	it('does not look for plain copies, which it cannot tell from their originals', () => {
		const real = measure(reachableSteps(repoCatalog()));
		const large = JSON.parse(JSON.stringify(repeated(repoCatalog(), 10, { sameName: true })));
		const { count, value } = measure(checkCatalogJsonSteps(large, () => true));
		expect(value.problems).toEqual([]);
		// About as many rankings as the catalogue itself takes, each ten times the work: linear.
		expect(count).toBeLessThan(real.count * 2 + 100);
	});
});
