/**
 * The participation map's geometry: ladder steps across, decision stages down, the planner's cell, the region
 * beyond what is promised, the recommended methods in every cell where they apply, and the proposed process as a
 * route across the stages. A pure function of the result and the size: d3 computes, Svelte draws.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import { scaleBand } from 'd3-scale';
import { path as d3Path } from 'd3-path';
import { LEVEL_IDS, STAGE_IDS } from '../catalog/ids.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import type { LevelId, StageId } from '../catalog/types.ts';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Cell extends Box {
	level: LevelId;
	stage: StageId;
	/** How many methods in the catalogue apply here (the cell's shade). */
	methods: number;
	/** Beyond the promised level. */
	beyond: boolean;
}

export interface Mark {
	/** Method id. */
	id: string;
	/** 1 for the best fit. */
	rank: number;
	level: LevelId;
	stage: StageId;
	cx: number;
	cy: number;
	r: number;
}

export interface MapLayout {
	width: number;
	height: number;
	/** Narrow screens put the stage names above their rows instead of beside them. */
	compact: boolean;
	columns: (Box & { level: LevelId })[];
	rows: (Box & { stage: StageId; labelX: number; labelY: number })[];
	cells: Cell[];
	planner: Box;
	beyond: Box | null;
	marks: Mark[];
	route: { path: string; points: { stage: StageId; x: number; y: number }[] };
	/** The most methods any cell has, for scaling the shade. */
	maxMethods: number;
}

const round = (value: number) => Math.round(value * 10) / 10;
const COMPACT_BELOW = 560;
const HEADER = 56;
const STAGE_LABEL_WIDTH = 150;
const ROW_LABEL = 22;
const ROW_HEIGHT = 84;

export function layoutMap(
	catalog: WizardCatalog,
	result: RecommendationResult,
	width: number
): MapLayout {
	const compact = width < COMPACT_BELOW;
	const left = compact ? 4 : STAGE_LABEL_WIDTH;
	const rowHeight = ROW_HEIGHT + (compact ? ROW_LABEL : 0);
	const height = HEADER + rowHeight * STAGE_IDS.length + 8;
	const x = scaleBand<LevelId>()
		.domain(LEVEL_IDS)
		.range([left, width - 4])
		.paddingInner(0.06);
	const y = scaleBand<StageId>()
		.domain(STAGE_IDS)
		.range([HEADER, HEADER + rowHeight * STAGE_IDS.length])
		.paddingInner(0.08);
	const cellTop = (stage: StageId) => y(stage)! + (compact ? ROW_LABEL : 0);
	const cellHeight = y.bandwidth() - (compact ? ROW_LABEL : 0);
	const effective = LEVEL_IDS.indexOf(result.effectiveLevel);

	const cells: Cell[] = STAGE_IDS.flatMap((stage) =>
		LEVEL_IDS.map((level) => ({
			level,
			stage,
			x: round(x(level)!),
			y: round(cellTop(stage)),
			width: round(x.bandwidth()),
			height: round(cellHeight),
			methods: catalog.methods.filter(
				(method) => method.levels.includes(level) && method.stages.includes(stage)
			).length,
			beyond: LEVEL_IDS.indexOf(level) > effective
		}))
	);

	const firstBeyond = LEVEL_IDS[effective + 1];
	const beyond = firstBeyond
		? {
				x: round(x(firstBeyond)!),
				y: HEADER,
				width: round(width - 4 - x(firstBeyond)!),
				height: round(y.range()[1] - HEADER)
			}
		: null;

	// Each recommended method keeps one slot in every cell (3 × 2), so it is easy to follow from cell to cell.
	const slots = 3;
	const slotWidth = x.bandwidth() / slots;
	const slotHeight = cellHeight / 2;
	const slotRadius = Math.max(5, Math.min(slotWidth, slotHeight) / 2 - 3);
	const marks: Mark[] = result.recommendations.slice(0, slots * 2).flatMap((method, index) =>
		method.levels.flatMap((level) =>
			method.stages.map((stage) => ({
				id: method.id,
				rank: index + 1,
				level,
				stage,
				cx: round(x(level)! + slotWidth * ((index % slots) + 0.5)),
				cy: round(cellTop(stage) + slotHeight * (Math.floor(index / slots) + 0.5)),
				// Better fits stand out: a mark's size follows its score.
				r: round(slotRadius * (0.7 + 0.3 * method.score))
			}))
		)
	);

	const routeX = x(result.effectiveLevel)! + x.bandwidth() / 2;
	const stagesInOrder = [...new Set(result.process.map((step) => step.stage))];
	const points = stagesInOrder.map((stage) => ({
		stage,
		x: round(routeX),
		y: round(cellTop(stage) + cellHeight / 2)
	}));
	// The route is straight segments, so d3-path's serializer is all it needs (d3-shape's line adds ~12 kB).
	const route = d3Path();
	points.forEach((point, index) =>
		index === 0 ? route.moveTo(point.x, point.y) : route.lineTo(point.x, point.y)
	);
	const path = points.length > 0 ? route.toString() : '';

	return {
		width,
		height,
		compact,
		columns: LEVEL_IDS.map((level) => ({
			level,
			x: round(x(level)!),
			y: 0,
			width: round(x.bandwidth()),
			height: HEADER
		})),
		rows: STAGE_IDS.map((stage) => ({
			stage,
			x: 0,
			y: round(y(stage)!),
			width: round(width),
			height: round(y.bandwidth()),
			labelX: compact ? left : 0,
			labelY: round(y(stage)! + (compact ? ROW_LABEL - 6 : y.bandwidth() / 2))
		})),
		cells,
		planner: {
			x: round(x(result.effectiveLevel)!),
			y: round(cellTop(result.answers.stage)),
			width: round(x.bandwidth()),
			height: round(cellHeight)
		},
		beyond,
		marks,
		route: { path, points },
		maxMethods: Math.max(...cells.map((cell) => cell.methods))
	};
}
