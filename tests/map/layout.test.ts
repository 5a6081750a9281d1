import { describe, expect, it } from 'vitest';
import { layoutMap, markShape, VERTICAL_BELOW, wrap } from '../../src/lib/map/layout.ts';
import type { MapPlan } from '../../src/lib/map/plan.ts';

/**
 * A plan in the shape the engine gives: information at the start, dialogue where ideas are shaped with feedback to
 * the participants, and a letter to every household after the decision.
 */
const plan: MapPlan = {
	steps: [
		{ stage: 'behov', uses: [] },
		{ stage: 'behov', uses: [{ id: 'info', level: 'information' }] },
		{
			stage: 'forslag',
			uses: [
				{ id: 'lead', level: 'dialog' },
				{ id: 'walk', level: 'dialog' }
			]
		},
		{ stage: 'forslag', uses: [{ id: 'feedback', level: 'konsultation' }] },
		{ stage: 'genomforande', uses: [{ id: 'letter', level: 'information' }] }
	],
	methods: [
		{ id: 'lead', role: 'lead', uses: [{ stage: 'forslag', level: 'dialog' }] },
		{ id: 'info', role: 'supporting', uses: [{ stage: 'behov', level: 'information' }] },
		{ id: 'walk', role: 'supporting', uses: [{ stage: 'forslag', level: 'dialog' }] },
		{ id: 'feedback', role: 'supporting', uses: [{ stage: 'forslag', level: 'konsultation' }] },
		{ id: 'letter', role: 'supporting', uses: [{ stage: 'genomforande', level: 'information' }] }
	],
	effectiveLevel: 'dialog',
	stage: 'forslag'
};
const names = {
	lead: 'Dialog i bordsgrupper',
	info: 'Brev och webb',
	walk: 'Gåtur med unga',
	feedback: 'Återkopplingsmöte',
	letter: 'Brev till alla hushåll om beslutet'
};
const marksOf = (map: ReturnType<typeof layoutMap>) =>
	map.marks.map(({ key, letter, role, x, y }) => [key, letter, role, x, y]);

describe('the participation map at 760 px: a grid', () => {
	const map = layoutMap(plan, 760, names);

	it('puts the ladder steps across, one line of names when the columns are wide enough', () => {
		expect(map.vertical).toBe(false);
		expect(map.columns.map(({ level, label }) => [level, label.x, label.y, label.anchor])).toEqual([
			['information', 4, 46, 'start'],
			['konsultation', 227.7, 46, 'middle'],
			['dialog', 380, 46, 'middle'],
			['inflytande', 532.2, 46, 'middle'],
			['medbestammande', 756, 46, 'end']
		]);
	});

	it('puts every stage down, its name above its cells, and keeps the stages the plan skips low', () => {
		expect(map.rows.map(({ stage, label }) => [stage, label.y])).toEqual([
			['behov', 75],
			['forslag', 149],
			['prioritering', 223],
			['beslut', 273],
			['genomforande', 323],
			['uppfoljning', 397]
		]);
		expect(map.grid.split('Z')[0]).toBe('M4,82h143.1v44h-143.1');
		expect(map.grid.match(/v20h/g)).toHaveLength(15);
		expect(map.height).toBe(428);
	});

	it('draws each method of the mix once per use, lead first in the labels, in route order in a cell', () => {
		expect(marksOf(map)).toEqual([
			['info@behov@information', 'B', 'supporting', 75.5, 104],
			['lead@forslag@dialog', 'A', 'lead', 362, 178],
			['walk@forslag@dialog', 'C', 'supporting', 398, 178],
			['feedback@forslag@konsultation', 'D', 'supporting', 227.8, 178],
			['letter@genomforande@information', 'E', 'supporting', 75.5, 352]
		]);
		expect(map.methods).toEqual([
			{ id: 'lead', role: 'lead', letter: 'A' },
			{ id: 'info', role: 'supporting', letter: 'B' },
			{ id: 'walk', role: 'supporting', letter: 'C' },
			{ id: 'feedback', role: 'supporting', letter: 'D' },
			{ id: 'letter', role: 'supporting', letter: 'E' }
		]);
	});

	it('tells lead and supporting methods apart by shape: a diamond and a circle', () => {
		expect(map.marks[1]!.d).toBe('M362,162L378,178L362,194L346,178Z');
		expect(map.marks[2]!.d).toBe('M411,178A13,13,0,1,1,385,178A13,13,0,1,1,411,178');
	});

	it('runs the route through the process steps in order, bowing over the marks it passes', () => {
		// Information (B), dialogue (A, then C beside it), back to feedback (D), and the letter after the decision (E).
		expect(map.route).toBe(
			'M75.5,104Q229.6,99.2,362,178L398,178Q312.9,221.2,227.8,178Q184.2,293.5,75.5,352'
		);
	});

	it('draws the promise as a line after its column, bracketing the whole region beyond with one label', () => {
		expect(map.boundary).toEqual({
			line: 'M756,28L756,22L456.1,22L456.1,424',
			region: { x: 456.1, y: 30, width: 299.9, height: 394 },
			label: { x: 606.1, y: 17, anchor: 'middle' }
		});
	});

	it('leaves nothing of the plan beyond the promise', () => {
		expect(map.marks.filter((mark) => mark.beyond)).toEqual([]);
		expect(Math.max(...map.marks.map((mark) => mark.x + 16))).toBeLessThan(map.boundary!.region.x);
	});

	it("outlines the planner's cell: the promised step at the chosen stage", () => {
		expect(map.you).toEqual({ x: 308.5, y: 156, width: 143.1, height: 44 });
	});

	it('lists exactly the kinds it draws, for the legend', () => {
		expect(map.kinds).toEqual(['lead', 'supporting', 'route', 'boundary', 'you']);
	});
});

describe('the participation map at 480 px: the narrowest grid', () => {
	const map = layoutMap(plan, VERTICAL_BELOW, names);

	it('staggers the names of the ladder steps on two lines', () => {
		expect(map.vertical).toBe(false);
		expect(map.columns.map(({ label }) => [label.x, label.y])).toEqual([
			[4, 46],
			[144.4, 68],
			[240, 46],
			[335.5, 68],
			[476, 46]
		]);
	});

	it('still centres the promise label over the region beyond', () => {
		expect(map.boundary!.region).toEqual({ x: 287.8, y: 30, width: 188.2, height: 416 });
		expect(map.boundary!.label).toEqual({ x: 381.9, y: 17, anchor: 'middle' });
	});

	it('puts the label at the right edge when the region beyond is one narrow column', () => {
		const narrow = layoutMap({ ...plan, effectiveLevel: 'inflytande' }, VERTICAL_BELOW, names);
		expect(narrow.boundary!.region.width).toBe(92.7);
		expect(narrow.boundary!.label).toEqual({ x: 476, y: 17, anchor: 'end' });
	});

	it('wraps a crowded cell onto a second line instead of overflowing it', () => {
		const crowded: MapPlan = {
			...plan,
			methods: ['a', 'b', 'c'].map((id) => ({
				id,
				role: 'supporting' as const,
				uses: [{ stage: 'forslag' as const, level: 'dialog' as const }]
			}))
		};
		expect(layoutMap(crowded, VERTICAL_BELOW).marks.map(({ x, y }) => [x, y])).toEqual([
			[222, 176],
			[258, 176],
			[240, 212]
		]);
	});
});

describe('the participation map at 320 px: a timeline', () => {
	const map = layoutMap(plan, 320, names);

	it('switches to a timeline below 480 px', () => {
		expect(layoutMap(plan, VERTICAL_BELOW - 1, names).vertical).toBe(true);
		expect(map.vertical).toBe(true);
		expect(map.columns).toEqual([]);
		expect(map.grid).toBe('');
	});

	it('has a row for each stage the plan uses, in route order', () => {
		expect(map.rows.map(({ stage, label }) => [stage, label.y])).toEqual([
			['behov', 21],
			['forslag', 100],
			['genomforande', 277]
		]);
		expect(map.height).toBe(355);
	});

	it('puts the marks on one line in route order, the step and name written beside each', () => {
		expect(marksOf(map)).toEqual([
			['info@behov@information', 'B', 'supporting', 22, 46],
			['lead@forslag@dialog', 'A', 'lead', 22, 125],
			['walk@forslag@dialog', 'C', 'supporting', 22, 174],
			['feedback@forslag@konsultation', 'D', 'supporting', 22, 223],
			['letter@genomforande@information', 'E', 'supporting', 22, 302]
		]);
		expect(map.marks.map((mark) => mark.note)).toEqual([
			{ x: 48, y: 51, lines: ['Brev och webb'] },
			{ x: 48, y: 130, lines: ['Dialog i bordsgrupper'] },
			{ x: 48, y: 179, lines: ['Gåtur med unga'] },
			{ x: 48, y: 228, lines: ['Återkopplingsmöte'] },
			{ x: 48, y: 307, lines: ['Brev till alla hushåll om', 'beslutet'] }
		]);
	});

	it('draws the route as a timeline from the first step to the last', () => {
		expect(map.route).toBe('M22,46V302');
	});

	it("outlines the chosen stage's row, and draws no boundary: each mark says its step", () => {
		expect(map.you).toEqual({ x: 2, y: 81, width: 316, height: 171 });
		expect(map.boundary).toBeNull();
		expect(map.kinds).toEqual(['lead', 'supporting', 'route', 'you']);
	});

	it('keeps every line of text inside 320 px at about 8 px a character', () => {
		for (const mark of map.marks)
			for (const line of mark.note!.lines)
				expect(mark.note!.x + line.length * 8, line).toBeLessThanOrEqual(320 - 4);
	});
});

describe('what the map draws besides the plan', () => {
	it('draws alternatives as squares beside the route, never on it', () => {
		const map = layoutMap(
			{
				...plan,
				methods: [
					...plan.methods,
					{ id: 'alt', role: 'alternative', uses: [{ stage: 'forslag', level: 'dialog' }] }
				]
			},
			760,
			names
		);
		const alternative = map.marks.find((mark) => mark.id === 'alt')!;
		expect([alternative.letter, alternative.x, alternative.y]).toEqual(['F', 416, 178]);
		expect(alternative.d).toBe('M404,166h24v24h-24Z');
		expect(map.route).toBe(
			'M75.5,104Q221.2,99.4,344,178L380,178Q303.9,221.2,227.8,178Q184.2,293.5,75.5,352'
		);
		expect(map.route).not.toContain('416,178');
		expect(map.kinds).toEqual(['lead', 'supporting', 'alternative', 'route', 'boundary', 'you']);
	});

	it('draws a use beyond the promise where it is, and marks it so the map can say why', () => {
		const map = layoutMap({ ...plan, effectiveLevel: 'konsultation' }, 760, names);
		expect(map.marks.filter((mark) => mark.beyond).map((mark) => mark.key)).toEqual([
			'lead@forslag@dialog',
			'walk@forslag@dialog'
		]);
		expect(map.marks[1]!.x).toBeGreaterThan(map.boundary!.region.x);
	});

	it('has no boundary when co-determination is promised: nothing lies beyond it', () => {
		const map = layoutMap({ ...plan, effectiveLevel: 'medbestammande' }, 760, names);
		expect(map.boundary).toBeNull();
		expect(map.kinds).not.toContain('boundary');
	});

	it('leaves out a method the process never uses, and a route of one stop', () => {
		const map = layoutMap(
			{
				...plan,
				steps: [{ stage: 'forslag', uses: [{ id: 'lead', level: 'dialog' }] }],
				methods: [plan.methods[0]!, { id: 'idle', role: 'supporting', uses: [] }]
			},
			760
		);
		expect(map.methods.map((method) => method.id)).toEqual(['lead']);
		expect(map.route).toBe('');
		expect(map.kinds).toEqual(['lead', 'boundary', 'you']);
	});
});

describe('mark shapes and line breaks', () => {
	it.each([
		['lead', 'M20,4L36,20L20,36L4,20Z'],
		['supporting', 'M33,20A13,13,0,1,1,7,20A13,13,0,1,1,33,20'],
		['alternative', 'M8,8h24v24h-24Z']
	] as const)('draws a %s as %s', (role, d) => {
		expect(markShape(role, 20, 20)).toBe(d);
	});

	it('breaks text at spaces, keeping a long word whole', () => {
		expect(wrap('Brev eller faktablad till hushållen', 14)).toEqual([
			'Brev eller',
			'faktablad till',
			'hushållen'
		]);
		expect(wrap('Ungdomsfullmäktige', 10)).toEqual(['Ungdomsfullmäktige']);
	});
});
