/**
 * The presentation as data: the slides of a session outline, where the trainer is (a slide and, on slides that
 * unfold, a phase), and how the clicker's keys move through them. An exercise unfolds in two phases (the question,
 * then the answer) and the what-if in one phase per ladder step, so Next reveals and raises, and Previous takes
 * back. Pure.
 */
import { LEVEL_IDS } from '../catalog/ids.ts';
import type { TrainerCatalog } from '../catalog/shapes.ts';
import type { Case, Exercise, Level, LevelId, OtherLadder, Outline } from '../catalog/types.ts';

export type Slide =
	| { kind: 'title' }
	| { kind: 'step'; level: Level }
	| { kind: 'compare' }
	| { kind: 'children'; ladder: OtherLadder }
	| { kind: 'exercise'; exercise: Exercise }
	| { kind: 'whatIf'; example: Case }
	| { kind: 'closing' };

export interface DeckSlide {
	slide: Slide;
	/** The minutes the outline gives it (an item of several slides shares its minutes). */
	minutes: number;
	/** Minutes planned before it starts. */
	startsAt: number;
}

/** Where the trainer is: the slide, and how far it has unfolded. */
export interface Position {
	slide: number;
	phase: number;
}

export type Move = 'next' | 'previous' | 'first' | 'last';

export const START: Position = { slide: 0, phase: 0 };

/** The outline with this id, or the first (the shortest session the file lists first). */
export function outlineOf(catalog: TrainerCatalog, id: string | null | undefined): Outline {
	return catalog.outlines.find((outline) => outline.id === id) ?? catalog.outlines[0]!;
}

/** The ladder shown beside SKR's when the topic is children and young people (Hart's), if the catalogue has one. */
export function childrenLadder(catalog: TrainerCatalog): OtherLadder | undefined {
	return catalog.ladders.find((ladder) => ladder.groups);
}

/** The ladders of the general comparison: those not kept for particular groups. */
export function comparedLadders(catalog: TrainerCatalog): OtherLadder[] {
	return catalog.ladders.filter((ladder) => !ladder.groups);
}

function slidesOf(catalog: TrainerCatalog, item: Outline['items'][number]): Slide[] {
	switch (item.slide) {
		case 'steps':
			return catalog.levels.map((level) => ({ kind: 'step', level }));
		case 'exercise':
			return [{ kind: 'exercise', exercise: catalog.exercises.find((e) => e.id === item.ref)! }];
		case 'whatIf':
			return [{ kind: 'whatIf', example: catalog.cases.find((c) => c.id === item.ref)! }];
		case 'children': {
			const ladder = childrenLadder(catalog);
			return ladder ? [{ kind: 'children', ladder }] : [];
		}
		default:
			return [{ kind: item.slide }];
	}
}

export function buildDeck(catalog: TrainerCatalog, outline: Outline): DeckSlide[] {
	const deck: DeckSlide[] = [];
	let clock = 0;
	for (const item of outline.items) {
		const slides = slidesOf(catalog, item);
		for (const slide of slides) {
			deck.push({ slide, minutes: item.minutes / slides.length, startsAt: clock });
			clock += item.minutes / slides.length;
		}
	}
	return deck;
}

/** How many states a slide unfolds through. */
export function phasesOf(slide: Slide): number {
	if (slide.kind === 'exercise') return 2;
	if (slide.kind === 'whatIf') return LEVEL_IDS.length;
	return 1;
}

/** The what-if's step at a phase: the lowest first, one step higher with each Next. */
export const whatIfLevel = (phase: number): LevelId =>
	LEVEL_IDS[Math.min(LEVEL_IDS.length - 1, Math.max(0, phase))]!;

/** A position that exists in this deck (one from the other window may come from a longer outline). */
export function clamp(deck: readonly DeckSlide[], position: Position): Position {
	const slide = Math.min(deck.length - 1, Math.max(0, Math.trunc(position.slide) || 0));
	const phases = phasesOf(deck[slide]!.slide);
	return { slide, phase: Math.min(phases - 1, Math.max(0, Math.trunc(position.phase) || 0)) };
}

export function move(deck: readonly DeckSlide[], from: Position, by: Move): Position {
	const at = clamp(deck, from);
	const last = deck.length - 1;
	const phases = (index: number) => phasesOf(deck[index]!.slide);
	switch (by) {
		case 'first':
			return START;
		case 'last':
			return { slide: last, phase: 0 };
		case 'next':
			if (at.phase < phases(at.slide) - 1) return { slide: at.slide, phase: at.phase + 1 };
			return at.slide < last ? { slide: at.slide + 1, phase: 0 } : at;
		case 'previous':
			if (at.phase > 0) return { slide: at.slide, phase: at.phase - 1 };
			return at.slide > 0 ? { slide: at.slide - 1, phase: phases(at.slide - 1) - 1 } : at;
	}
}
