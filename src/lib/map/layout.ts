/**
 * The participation map's geometry, a pure function of the plan and the width: d3 computes, Svelte (or mapSvg)
 * draws. From 480 px it is a grid, ladder steps across and decision stages down, with one mark for every use of a
 * method of the plan in its cell, the route through them in process order and the promise as a boundary with the
 * region beyond it. Narrower, it is a timeline: the stages the plan uses as rows, one mark a line with the step on
 * the ladder and the method's name written beside it.
 */
import { scaleBand } from 'd3-scale';
import { pathRound } from 'd3-path';
import { LEVEL_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type { LevelId, StageId } from '../catalog/types.ts';
import type { MapPlan, MapRole } from './plan.ts';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Label {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

/** The kinds of thing a map can show; the legend lists exactly those drawn. */
export type MapKind = 'lead' | 'supporting' | 'alternative' | 'route' | 'boundary' | 'you';

export interface MapMark {
	/** Method, stage and step on the ladder: one mark per use. */
	key: string;
	id: string;
	/** Its short label, also in the legend: A, B, C … in the order of the plan. */
	letter: string;
	role: MapRole;
	stage: StageId;
	level: LevelId;
	x: number;
	y: number;
	/** The outline of its shape (see `markShape`). */
	d: string;
	/** Beyond the promise: the engine never plans this, so the map says so when it happens. */
	beyond: boolean;
	/** The timeline only: where the step on the ladder and the method's name (`lines`) are written. */
	note: { x: number; y: number; lines: string[] } | null;
}

export interface MapLayout {
	width: number;
	height: number;
	vertical: boolean;
	/** Ladder steps across (the grid only). */
	columns: { level: LevelId; label: Label }[];
	/** Decision stages down: every stage in the grid, the stages the plan uses in the timeline. */
	rows: { stage: StageId; label: Label }[];
	/** The cells' outlines as one path (the grid only). */
	grid: string;
	marks: MapMark[];
	/** The process steps in order through their marks. */
	route: string;
	/** The line after the promised step with its bracket across the region beyond (the grid only). */
	boundary: { line: string; region: Box; label: Label } | null;
	/** The promised step at the chosen stage: the cell in the grid, the stage's row in the timeline. */
	you: Box | null;
	kinds: MapKind[];
	/** The plan's methods with their labels, in the order of the plan. */
	methods: { id: string; role: MapRole; letter: string }[];
}

/** Below this width of its container the map is a timeline instead of a shrunken grid. */
export const VERTICAL_BELOW = 480;

const EDGE = 4;
/** The promise's label and bracket above the level names. */
const BAND = 30;
const HEADER_LINE = 22;
/** Narrower columns write their names on two staggered lines, so long names never collide. */
const STAGGER_BELOW = 140;
const ROW_LABEL = 24;
/** One mark with room around it. */
const SLOT = 36;
const PAD = 4;
const EMPTY_ROW = 20;
const GAP = 6;
/** About half the width of the promise's label at 14 px: wider regions centre it. */
const LABEL_HALF = 80;
/** The timeline: the line's x, the text beside it, a text line, a character's width at 14 px (generous). */
const LINE_X = EDGE + 18;
const TEXT_X = LINE_X + 26;
const LINE = 18;
const CHAR = 8;
/** Alternatives stand beside the timeline, not on it. */
const INDENT = 30;

const round = (value: number) => Math.round(value * 10) / 10;
const ROLES: MapRole[] = ['lead', 'supporting', 'alternative'];

/** The shape of a mark: a diamond leads, a circle supports, a square is an alternative. */
export function markShape(role: MapRole, x: number, y: number): string {
	const path = pathRound(1);
	if (role === 'lead') {
		path.moveTo(x, y - 16);
		path.lineTo(x + 16, y);
		path.lineTo(x, y + 16);
		path.lineTo(x - 16, y);
		path.closePath();
	} else if (role === 'supporting') {
		path.moveTo(x + 13, y);
		path.arc(x, y, 13, 0, 2 * Math.PI);
	} else path.rect(x - 12, y - 12, 24, 24);
	return path.toString();
}

const letterOf = (index: number): string =>
	index < 26
		? String.fromCharCode(65 + index)
		: letterOf(Math.floor(index / 26) - 1) + letterOf(index % 26);

/** Greedy line breaking by words for text of about `chars` characters a line. */
export function wrap(text: string, chars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= chars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

interface Use {
	key: string;
	id: string;
	letter: string;
	role: MapRole;
	stage: StageId;
	level: LevelId;
}

/**
 * The map for a plan at a width. `names` (method id → name) are written beside the marks in the timeline.
 */
export function layoutMap(
	plan: MapPlan,
	width: number,
	names: Readonly<Record<string, string>> = {}
): MapLayout {
	const keyOf = (id: string, stage: StageId, level: LevelId) => `${id}@${stage}@${level}`;
	const drawn = plan.methods.filter((method) => method.uses.length > 0);
	const methods = drawn.map(({ id, role }, index) => ({ id, role, letter: letterOf(index) }));
	const uses: Use[] = drawn.flatMap((method, index) =>
		method.uses.map(({ stage, level }) => ({
			key: keyOf(method.id, stage, level),
			id: method.id,
			letter: methods[index]!.letter,
			role: method.role,
			stage,
			level
		}))
	);
	// The route: every use of a process step that has a mark, in process order, without standing still.
	const routeKeys: string[] = [];
	for (const step of plan.steps) {
		for (const use of step.uses) {
			const key = keyOf(use.id, step.stage, use.level);
			const marked = uses.some((item) => item.key === key && item.role !== 'alternative');
			if (marked && routeKeys.at(-1) !== key) routeKeys.push(key);
		}
	}
	const firstVisit = (key: string) => {
		const index = routeKeys.indexOf(key);
		return index === -1 ? Infinity : index;
	};
	// Marks in the order the route first reaches them (the sort is stable: the others keep the plan's order).
	const ordered = [...uses].sort((a, b) => firstVisit(a.key) - firstVisit(b.key));
	const promise = LEVEL_IDS.indexOf(plan.effectiveLevel);
	const beyond = (level: LevelId) => LEVEL_IDS.indexOf(level) > promise;

	const drawing =
		width < VERTICAL_BELOW
			? timeline(plan, ordered, routeKeys, width, names)
			: grid(plan, ordered, routeKeys, width);
	const marks = drawing.marks.map((mark) => ({
		...mark,
		d: markShape(mark.role, mark.x, mark.y),
		beyond: beyond(mark.level)
	}));
	const kinds: MapKind[] = [
		...ROLES.filter((role) => marks.some((mark) => mark.role === role)),
		...(drawing.route ? (['route'] as const) : []),
		...(drawing.boundary ? (['boundary'] as const) : []),
		...(drawing.you ? (['you'] as const) : [])
	];
	return { ...drawing, width, marks, kinds, methods };
}

type Drawing = Omit<MapLayout, 'width' | 'kinds' | 'methods' | 'marks'> & {
	marks: Omit<MapMark, 'd' | 'beyond'>[];
};

function grid(plan: MapPlan, ordered: Use[], routeKeys: string[], width: number): Drawing {
	const x = scaleBand<LevelId>()
		.domain(LEVEL_IDS)
		.range([EDGE, width - EDGE])
		.paddingInner(0.06);
	const band = x.bandwidth();
	const stagger = band < STAGGER_BELOW;
	const perLine = Math.max(1, Math.floor(band / SLOT));
	const cellOf = (stage: StageId, level: LevelId) => `${stage}@${level}`;
	const counts = new Map<string, number>();
	const placed = ordered.map((use) => {
		const cell = cellOf(use.stage, use.level);
		const index = counts.get(cell) ?? 0;
		counts.set(cell, index + 1);
		return { use, index };
	});

	let top = BAND + HEADER_LINE * (stagger ? 2 : 1) + GAP;
	const rows = STAGE_IDS.map((stage) => {
		const lines = Math.max(
			...LEVEL_IDS.map((level) => Math.ceil((counts.get(cellOf(stage, level)) ?? 0) / perLine))
		);
		// A stage the plan does not use keeps a low row, so the stages it uses stand out.
		const cellHeight = lines > 0 ? lines * SLOT + 2 * PAD : EMPTY_ROW;
		const row = { stage, top, cellTop: top + ROW_LABEL, cellHeight };
		top = row.cellTop + row.cellHeight + GAP;
		return row;
	});
	const bottom = top - GAP;
	const rowOf = (stage: StageId) => rows.find((row) => row.stage === stage)!;

	const marks = placed.map(({ use, index }) => {
		const count = counts.get(cellOf(use.stage, use.level))!;
		const line = Math.floor(index / perLine);
		const inLine = Math.min(perLine, count - line * perLine);
		return {
			...use,
			x: round(x(use.level)! + band / 2 + ((index % perLine) - (inLine - 1) / 2) * SLOT),
			y: round(rowOf(use.stage).cellTop + PAD + SLOT * (line + 0.5)),
			note: null
		};
	});

	const cells = pathRound(1);
	for (const row of rows)
		for (const level of LEVEL_IDS) cells.rect(x(level)!, row.cellTop, band, row.cellHeight);

	const promise = LEVEL_IDS.indexOf(plan.effectiveLevel);
	const right = width - EDGE;
	let boundary: Drawing['boundary'] = null;
	if (promise < LEVEL_IDS.length - 1) {
		const at = round(x(plan.effectiveLevel)! + band + (x.step() - band) / 2);
		const line = pathRound(1);
		// The bracket over the region beyond, then down the boundary itself.
		line.moveTo(right, BAND - 2);
		line.lineTo(right, BAND - 8);
		line.lineTo(at, BAND - 8);
		line.lineTo(at, bottom);
		const region = { x: at, y: BAND, width: round(right - at), height: round(bottom - BAND) };
		boundary = {
			line: line.toString(),
			region,
			label:
				region.width >= 2 * LABEL_HALF
					? { x: round(at + region.width / 2), y: BAND - 13, anchor: 'middle' }
					: { x: right, y: BAND - 13, anchor: 'end' }
		};
	}

	const you = rowOf(plan.stage);
	return {
		height: round(bottom + EDGE),
		vertical: false,
		columns: LEVEL_IDS.map((level, index) => {
			const y = BAND + 16 + (stagger && index % 2 === 1 ? HEADER_LINE : 0);
			const left = round(x(level)!);
			const label: Label =
				index === 0
					? { x: left, y, anchor: 'start' }
					: index === LEVEL_IDS.length - 1
						? { x: round(left + band), y, anchor: 'end' }
						: { x: round(left + band / 2), y, anchor: 'middle' };
			return { level, label };
		}),
		rows: rows.map((row) => ({
			stage: row.stage,
			label: { x: EDGE, y: round(row.top + 17), anchor: 'start' }
		})),
		grid: cells.toString(),
		marks,
		route: routePath(routeKeys, marks),
		boundary,
		you: {
			x: round(x(plan.effectiveLevel)!),
			y: round(you.cellTop),
			width: round(band),
			height: round(you.cellHeight)
		}
	};
}

function timeline(
	plan: MapPlan,
	ordered: Use[],
	routeKeys: string[],
	width: number,
	names: Readonly<Record<string, string>>
): Drawing {
	const stages = [...new Set(ordered.map((use) => use.stage))];
	const marks: Drawing['marks'] = [];
	const rows: Drawing['rows'] = [];
	let you: Box | null = null;
	let top = EDGE;
	for (const stage of stages) {
		const rowTop = top;
		rows.push({ stage, label: { x: EDGE, y: rowTop + 17, anchor: 'start' } });
		top += ROW_LABEL;
		for (const use of ordered.filter((item) => item.stage === stage)) {
			const indent = use.role === 'alternative' ? INDENT : 0;
			const lines = wrap(names[use.id] ?? '', Math.floor((width - EDGE - TEXT_X - indent) / CHAR));
			marks.push({
				...use,
				x: LINE_X + indent,
				y: top + SLOT / 2,
				note: { x: TEXT_X + indent, y: top + SLOT / 2 + 5, lines }
			});
			top += Math.max(SLOT, SLOT / 2 + 5 + LINE * lines.length + 8);
		}
		if (stage === plan.stage) you = { x: 2, y: rowTop - 2, width: width - 4, height: top - rowTop };
		top += GAP;
	}
	// The timeline runs straight down from the first step of the route to the last.
	const onRoute = marks.filter((mark) => routeKeys.includes(mark.key));
	const ys = onRoute.map((mark) => mark.y);
	return {
		height: top - GAP + EDGE,
		vertical: true,
		columns: [],
		rows,
		grid: '',
		marks,
		route: onRoute.length > 1 ? `M${LINE_X},${Math.min(...ys)}V${Math.max(...ys)}` : '',
		boundary: null,
		you
	};
}

/**
 * The route through the marks in process order. A step to a neighbouring mark is straight; a longer one bows to
 * the left of its direction, so it passes over the marks between (forward along a row above them, back below them)
 * and a return never hides the way out.
 */
function routePath(routeKeys: string[], marks: Drawing['marks']): string {
	if (routeKeys.length < 2) return '';
	const path = pathRound(1);
	const points = routeKeys.map((key) => marks.find((item) => item.key === key)!);
	path.moveTo(points[0]!.x, points[0]!.y);
	for (const [index, to] of points.slice(1).entries()) {
		const from = points[index]!;
		const dx = to.x - from.x;
		const dy = to.y - from.y;
		const length = Math.hypot(dx, dy);
		if (length <= SLOT * 1.1) path.lineTo(to.x, to.y);
		else {
			const bow = (SLOT * 1.2) / length;
			path.quadraticCurveTo(
				(from.x + to.x) / 2 + dy * bow,
				(from.y + to.y) / 2 - dx * bow,
				to.x,
				to.y
			);
		}
	}
	return path.toString();
}
