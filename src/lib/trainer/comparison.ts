/**
 * The ladder comparison as table rows: SKR's steps from the top down, then a row for what is not participation,
 * and for each other ladder the steps that match the row. A run of rows that match the same steps becomes one cell
 * spanning them (Boverket's Delaktighet covers Dialog and Inflytande). Pure.
 */
import type { Level, LevelId, OtherLadder, OtherLadderStep } from '../catalog/types.ts';

export interface ComparisonCell {
	steps: OtherLadderStep[];
	/** Rows the cell spans; 0 where a cell above already covers this row. */
	rowspan: number;
}

export interface ComparisonRow {
	/** null: the row for steps outside participation (Arnstein's manipulation and therapy). */
	level: Level | null;
	cells: ComparisonCell[];
}

const matches = (step: OtherLadderStep, level: LevelId | null) =>
	level === null ? step.levels.length === 0 : step.levels.includes(level);

export function comparisonRows(
	levels: readonly Level[],
	ladders: readonly OtherLadder[]
): ComparisonRow[] {
	const order = [...[...levels].reverse(), null];
	const rows: ComparisonRow[] = order.map((level) => ({
		level,
		cells: ladders.map((ladder) => ({
			steps: ladder.steps.filter((step) => matches(step, level?.id ?? null)),
			rowspan: 1
		}))
	}));
	for (const [column] of ladders.entries()) {
		let start = 0;
		for (let index = 1; index <= rows.length; index++) {
			const same =
				index < rows.length &&
				rows[index]!.level !== null &&
				rows[index]!.cells[column]!.steps.length > 0 &&
				sameSteps(rows[index]!.cells[column]!.steps, rows[start]!.cells[column]!.steps);
			if (same) continue;
			rows[start]!.cells[column]!.rowspan = index - start;
			for (let covered = start + 1; covered < index; covered++)
				rows[covered]!.cells[column]!.rowspan = 0;
			start = index;
		}
	}
	return rows;
}

function sameSteps(a: readonly OtherLadderStep[], b: readonly OtherLadderStep[]): boolean {
	return a.length === b.length && a.every((step, index) => step.id === b[index]!.id);
}

/** The band the cell's steps share (Arnstein's tokenism), if they share one. */
export function sharedBand(steps: readonly OtherLadderStep[]): OtherLadderStep['band'] {
	const bands = new Set(steps.map((step) => step.band?.sv));
	return bands.size === 1 ? steps[0]?.band : undefined;
}
