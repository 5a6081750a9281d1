/**
 * What the participation map draws, as plain data taken from a result: the process steps in order (the route),
 * the methods of the mix with every stage and step on the ladder the plan uses them at, and, on demand, the
 * ranked alternatives that are not in the mix. The layout reads only this, never the catalogue.
 */
import { LEVEL_IDS } from '../catalog/ids.ts';
import type { LevelId, StageId } from '../catalog/types.ts';
import type { RecommendationResult } from '../engine/recommend.ts';

export type MapRole = 'lead' | 'supporting' | 'alternative';

export interface MapUse {
	stage: StageId;
	level: LevelId;
}

export interface MapMethod {
	id: string;
	role: MapRole;
	uses: readonly MapUse[];
}

export interface MapStep {
	stage: StageId;
	uses: readonly { id: string; level: LevelId }[];
}

export interface MapPlan {
	/** The process steps in their order: the route runs through their uses. */
	steps: readonly MapStep[];
	/** The mix (lead methods first), then the alternatives when they are asked for. */
	methods: readonly MapMethod[];
	/** The most that can honestly be promised: nothing of the plan should stand beyond it. */
	effectiveLevel: LevelId;
	/** The stage the planner chose: where the decision is shaped now. */
	stage: StageId;
}

export type PlanSource = Pick<
	RecommendationResult,
	'mix' | 'process' | 'recommendations' | 'effectiveLevel' | 'answers'
>;

/**
 * The map's data from a result. An alternative is drawn once, at the chosen stage and the highest step it serves
 * within the promise; one that serves neither is left out, since the map would have to misplace it.
 */
export function mapPlan(result: PlanSource, alternatives = false): MapPlan {
	return {
		steps: result.process.map(({ stage, uses }) => ({ stage, uses })),
		methods: [
			...result.mix.map(({ id, role, uses }) => ({ id, role, uses })),
			...(alternatives ? alternativesOf(result) : [])
		],
		effectiveLevel: result.effectiveLevel,
		stage: result.answers.stage
	};
}

/** The ranked methods that are not in the mix: what else could carry the plan. */
export const alternativeIds = (result: Pick<RecommendationResult, 'mix' | 'recommendations'>) =>
	result.recommendations
		.filter((method) => !result.mix.some((member) => member.id === method.id))
		.map((method) => method.id);

function alternativesOf(result: PlanSource): MapMethod[] {
	const promise = LEVEL_IDS.indexOf(result.effectiveLevel);
	const stage = result.answers.stage;
	const ids = new Set(alternativeIds(result));
	return result.recommendations.flatMap((method) => {
		const level = LEVEL_IDS.slice(0, promise + 1)
			.filter((id) => method.levels.includes(id))
			.at(-1);
		if (!ids.has(method.id) || !level || !method.stages.includes(stage)) return [];
		return [{ id: method.id, role: 'alternative' as const, uses: [{ stage, level }] }];
	});
}

/** The route stage by stage: each stage the process uses, with its steps on the ladder and their methods. */
export interface RouteStage {
	stage: StageId;
	levels: { level: LevelId; methods: string[] }[];
}

/** Groups uses by stage, then step on the ladder, each in the order it first comes. */
export function byStage(
	uses: Iterable<{ id: string; stage: StageId; level: LevelId }>
): RouteStage[] {
	const stages: RouteStage[] = [];
	for (const use of uses) {
		let stage = stages.find((item) => item.stage === use.stage);
		if (!stage) stages.push((stage = { stage: use.stage, levels: [] }));
		let level = stage.levels.find((item) => item.level === use.level);
		if (!level) stage.levels.push((level = { level: use.level, methods: [] }));
		if (!level.methods.includes(use.id)) level.methods.push(use.id);
	}
	return stages;
}

/** The process's uses by stage and step on the ladder, in process order: what the route sentence reads. */
export const routeStages = (steps: readonly MapStep[]): RouteStage[] =>
	byStage(steps.flatMap((step) => step.uses.map((use) => ({ ...use, stage: step.stage }))));
