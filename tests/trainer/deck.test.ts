import { describe, expect, it } from 'vitest';
import { trainerCatalog } from '../../src/build/slimCatalog.ts';
import { LEVEL_IDS } from '../../src/lib/catalog/ids.ts';
import {
	buildDeck,
	clamp,
	move,
	outlineOf,
	phasesOf,
	whatIfLevel,
	type DeckSlide,
	type Move,
	type Position
} from '../../src/lib/trainer/deck.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = trainerCatalog(repoCatalog());
const sixty = outlineOf(catalog, '60-minuter');
const deck = buildDeck(catalog, sixty);
const indexOf = (kind: DeckSlide['slide']['kind']) =>
	deck.findIndex((item) => item.slide.kind === kind);

describe('the deck of a session outline', () => {
	it('offers sessions of 20, 40 and 60 minutes, each adding up to its length', () => {
		expect(catalog.outlines.map((outline) => outline.minutes)).toEqual([20, 40, 60]);
		for (const outline of catalog.outlines) {
			const slides = buildDeck(catalog, outline);
			const last = slides.at(-1)!;
			expect(last.startsAt + last.minutes, outline.id).toBeCloseTo(outline.minutes);
		}
	});

	it('opens with the title, shows the five steps lowest first and ends with the closing slide', () => {
		expect(deck[0]!.slide.kind).toBe('title');
		const steps = deck.flatMap((item) => (item.slide.kind === 'step' ? [item.slide.level.id] : []));
		expect(steps).toEqual(LEVEL_IDS);
		expect(deck.at(-1)!.slide.kind).toBe('closing');
	});

	it('holds every exercise of the 60-minute outline, the comparison, Hart’s ladder and the what-if', () => {
		const exercises = deck.flatMap((item) =>
			item.slide.kind === 'exercise' ? [item.slide.exercise.id] : []
		);
		expect(exercises).toEqual(
			sixty.items.filter((item) => item.slide === 'exercise').map((item) => item.ref)
		);
		expect(new Set(exercises)).toEqual(new Set(catalog.exercises.map((exercise) => exercise.id)));
		expect(indexOf('compare')).toBeGreaterThan(0);
		expect(indexOf('children')).toBeGreaterThan(0);
		expect(indexOf('whatIf')).toBeGreaterThan(0);
	});

	it('falls back to the first outline for an unknown id', () => {
		expect(outlineOf(catalog, 'nonsense').id).toBe(catalog.outlines[0]!.id);
	});
});

describe('moving through the deck', () => {
	const exercise = indexOf('exercise');
	const whatIf = indexOf('whatIf');
	const cases: { name: string; from: Position; by: Move; expected: Position }[] = [
		{
			name: 'Next goes to the next slide',
			from: { slide: 0, phase: 0 },
			by: 'next',
			expected: { slide: 1, phase: 0 }
		},
		{
			name: 'Previous at the start stays',
			from: { slide: 0, phase: 0 },
			by: 'previous',
			expected: { slide: 0, phase: 0 }
		},
		{
			name: 'Next on an exercise reveals the answer',
			from: { slide: exercise, phase: 0 },
			by: 'next',
			expected: { slide: exercise, phase: 1 }
		},
		{
			name: 'Next after the answer goes on',
			from: { slide: exercise, phase: 1 },
			by: 'next',
			expected: { slide: exercise + 1, phase: 0 }
		},
		{
			name: 'Previous hides the answer again',
			from: { slide: exercise, phase: 1 },
			by: 'previous',
			expected: { slide: exercise, phase: 0 }
		},
		{
			name: 'Previous into an exercise lands on its answer',
			from: { slide: exercise + 1, phase: 0 },
			by: 'previous',
			expected: { slide: exercise, phase: 1 }
		},
		{
			name: 'Next on the what-if raises the step',
			from: { slide: whatIf, phase: 2 },
			by: 'next',
			expected: { slide: whatIf, phase: 3 }
		},
		{
			name: 'Previous on the what-if lowers the step',
			from: { slide: whatIf, phase: 2 },
			by: 'previous',
			expected: { slide: whatIf, phase: 1 }
		},
		{
			name: 'Next at the top step leaves the what-if',
			from: { slide: whatIf, phase: 4 },
			by: 'next',
			expected: { slide: whatIf + 1, phase: 0 }
		},
		{
			name: 'Next on the last slide stays',
			from: { slide: deck.length - 1, phase: 0 },
			by: 'next',
			expected: { slide: deck.length - 1, phase: 0 }
		},
		{
			name: 'Home goes to the first slide',
			from: { slide: whatIf, phase: 3 },
			by: 'first',
			expected: { slide: 0, phase: 0 }
		},
		{
			name: 'End goes to the last slide',
			from: { slide: 3, phase: 0 },
			by: 'last',
			expected: { slide: deck.length - 1, phase: 0 }
		}
	];
	for (const { name, from, by, expected } of cases) {
		it(name, () => {
			expect(move(deck, from, by)).toEqual(expected);
		});
	}

	it('raises the what-if one step of the ladder per phase, lowest first', () => {
		expect(phasesOf(deck[whatIf]!.slide)).toBe(LEVEL_IDS.length);
		expect([0, 1, 2, 3, 4].map(whatIfLevel)).toEqual(LEVEL_IDS);
	});

	it('keeps a position from another window inside the deck', () => {
		expect(clamp(deck, { slide: 999, phase: 7 })).toEqual({ slide: deck.length - 1, phase: 0 });
		expect(clamp(deck, { slide: whatIf, phase: 99 })).toEqual({ slide: whatIf, phase: 4 });
		expect(clamp(deck, { slide: Number.NaN, phase: -1 })).toEqual({ slide: 0, phase: 0 });
	});

	it('visits every slide and every phase with Next alone', () => {
		let at: Position = { slide: 0, phase: 0 };
		const seen = new Set([JSON.stringify(at)]);
		for (;;) {
			const next = move(deck, at, 'next');
			if (JSON.stringify(next) === JSON.stringify(at)) break;
			at = next;
			seen.add(JSON.stringify(at));
		}
		const states = deck.reduce((sum, item) => sum + phasesOf(item.slide), 0);
		expect(seen.size).toBe(states);
	});
});
