import { describe, expect, it } from 'vitest';
import type { RecommendationResult } from '../../src/lib/engine/recommend.ts';
import type { Catalog, Method } from '../../src/lib/catalog/types.ts';
import { layoutMap } from '../../src/lib/map/layout.ts';

/** A tiny catalogue: only what the layout reads. */
const method = (id: string, levels: Method['levels'], stages: Method['stages']) =>
	({ id, levels, stages }) as Method;
const catalog = {
	methods: [
		method('a', ['konsultation', 'dialog'], ['behov', 'forslag']),
		method('b', ['dialog'], ['forslag']),
		method('c', ['information'], ['beslut'])
	]
} as Catalog;

const summary = (
	id: string,
	levels: Method['levels'],
	stages: Method['stages'],
	score: number
) => ({
	id,
	name: { sv: id, en: id },
	summary: { sv: '', en: '' },
	levels,
	stages,
	groups: [],
	score,
	informationOnly: false,
	reasons: []
});

const result = {
	mix: [],
	unreached: [],
	sharedReasons: [],
	answers: {
		questionType: 'komplex',
		level: 'dialog',
		stage: 'forslag',
		groups: ['unga'],
		open: 'ja'
	},
	effectiveLevel: 'dialog',
	warnings: [],
	advice: [],
	recommendations: [
		summary('a', ['konsultation', 'dialog'], ['behov', 'forslag'], 0.9),
		summary('b', ['dialog'], ['forslag'], 0.8)
	],
	nearMisses: [],
	process: [
		{ id: 'p1', stage: 'forslag', title: '', text: '', methods: [], uses: [], rule: 'r' },
		{ id: 'p2', stage: 'forslag', title: '', text: '', methods: [], uses: [], rule: 'r' },
		{ id: 'p3', stage: 'beslut', title: '', text: '', methods: [], uses: [], rule: 'r' },
		{ id: 'p4', stage: 'uppfoljning', title: '', text: '', methods: [], uses: [], rule: 'r' }
	],
	rules: []
} as RecommendationResult;

describe('participation map layout at 760 px', () => {
	const map = layoutMap(catalog, result, 760);

	it('puts the five ladder steps across, after the stage labels', () => {
		expect(map.compact).toBe(false);
		expect(map.columns.map(({ level, x, width }) => [level, x, width])).toEqual([
			['information', 150, 115.3],
			['konsultation', 272.7, 115.3],
			['dialog', 395.3, 115.3],
			['inflytande', 518, 115.3],
			['medbestammande', 640.7, 115.3]
		]);
	});

	it('puts the six stages down, below the 56 px header', () => {
		expect(map.rows.map(({ stage, y, height }) => [stage, y, height])).toEqual([
			['behov', 56, 78.3],
			['forslag', 141.1, 78.3],
			['prioritering', 226.3, 78.3],
			['beslut', 311.4, 78.3],
			['genomforande', 396.5, 78.3],
			['uppfoljning', 481.7, 78.3]
		]);
		expect(map.height).toBe(568);
	});

	it("marks the planner's cell: the promised level at the chosen stage", () => {
		expect(map.planner).toEqual({ x: 395.3, y: 141.1, width: 115.3, height: 78.3 });
	});

	it('shades the region beyond the promised level', () => {
		expect(map.beyond).toEqual({ x: 518, y: 56, width: 238, height: 504 });
		expect(map.cells.filter((cell) => cell.beyond).map((cell) => cell.level)).toEqual(
			Array(6).fill(['inflytande', 'medbestammande']).flat()
		);
	});

	it("counts the catalogue's methods in every cell", () => {
		const count = (level: string, stage: string) =>
			map.cells.find((cell) => cell.level === level && cell.stage === stage)!.methods;
		expect([
			count('dialog', 'forslag'),
			count('konsultation', 'behov'),
			count('information', 'beslut'),
			count('information', 'behov')
		]).toEqual([2, 1, 1, 0]);
		expect(map.maxMethods).toBe(2);
	});

	it('draws each recommended method in every cell where it applies, in its own slot, sized by fit', () => {
		expect(
			map.marks.map(({ id, rank, level, stage, cx, cy, r }) => [id, rank, level, stage, cx, cy, r])
		).toEqual([
			['a', 1, 'konsultation', 'behov', 291.9, 75.6, 15.7],
			['a', 1, 'konsultation', 'forslag', 291.9, 160.7, 15.7],
			['a', 1, 'dialog', 'behov', 414.6, 75.6, 15.7],
			['a', 1, 'dialog', 'forslag', 414.6, 160.7, 15.7],
			['b', 2, 'dialog', 'forslag', 453, 160.7, 15.2]
		]);
	});

	it('draws the process as a route down the promised column, one point per stage', () => {
		expect(map.route.points).toEqual([
			{ stage: 'forslag', x: 453, y: 180.3 },
			{ stage: 'beslut', x: 453, y: 350.6 },
			{ stage: 'uppfoljning', x: 453, y: 520.8 }
		]);
		expect(map.route.path).toBe('M453,180.3L453,350.6L453,520.8');
	});
});

describe('participation map layout at 320 px', () => {
	const map = layoutMap(catalog, result, 320);

	it('puts the stage names above their rows and uses the whole width for the ladder', () => {
		expect(map.compact).toBe(true);
		expect(map.columns[0]!.x).toBe(4);
		expect(map.columns.at(-1)!.x + map.columns.at(-1)!.width).toBeCloseTo(316, 0);
		expect(map.rows[0]).toMatchObject({ stage: 'behov', labelX: 4, labelY: 72 });
		expect(map.planner.y).toBeGreaterThan(map.rows[1]!.y);
	});

	it('keeps marks inside their cells', () => {
		for (const mark of map.marks) {
			const cell = map.cells.find(
				(candidate) => candidate.level === mark.level && candidate.stage === mark.stage
			)!;
			expect(mark.cx - mark.r).toBeGreaterThanOrEqual(cell.x - 0.1);
			expect(mark.cx + mark.r).toBeLessThanOrEqual(cell.x + cell.width + 0.1);
			expect(mark.cy - mark.r).toBeGreaterThanOrEqual(cell.y - 0.1);
			expect(mark.cy + mark.r).toBeLessThanOrEqual(cell.y + cell.height + 0.1);
		}
	});
});
