import { describe, expect, it } from 'vitest';
import type { RecommendationResult } from '../../src/lib/engine/recommend.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { everyCombination } from '../../src/lib/engine/reach.ts';
import { layoutMap } from '../../src/lib/map/layout.ts';
import { alternativeIds, mapPlan, routeStages, type PlanSource } from '../../src/lib/map/plan.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const recommendation = (id: string, levels: string[], stages: string[]) =>
	({ id, levels, stages }) as RecommendationResult['recommendations'][number];

/** Only what the map reads of a result. */
const result = {
	answers: { questionType: 'komplex', level: 'dialog', stage: 'forslag', groups: [], open: 'ja' },
	effectiveLevel: 'dialog',
	mix: [
		{ id: 'lead', role: 'lead', uses: [{ stage: 'forslag', level: 'dialog' }] },
		{ id: 'info', role: 'supporting', uses: [{ stage: 'behov', level: 'information' }] }
	],
	process: [
		{ stage: 'behov', uses: [{ id: 'info', level: 'information' }] },
		{ stage: 'forslag', uses: [{ id: 'lead', level: 'dialog' }] },
		{ stage: 'forslag', uses: [{ id: 'info', level: 'information' }] }
	],
	recommendations: [
		recommendation('lead', ['dialog'], ['forslag']),
		recommendation('higher', ['konsultation', 'dialog', 'inflytande'], ['forslag']),
		recommendation('elsewhere', ['dialog'], ['behov']),
		recommendation('above', ['inflytande'], ['forslag'])
	]
} as unknown as PlanSource;

describe('the plan the map draws', () => {
	it('takes the mix and the process steps in order, without the alternatives unless asked', () => {
		expect(mapPlan(result)).toEqual({
			steps: [
				{ stage: 'behov', uses: [{ id: 'info', level: 'information' }] },
				{ stage: 'forslag', uses: [{ id: 'lead', level: 'dialog' }] },
				{ stage: 'forslag', uses: [{ id: 'info', level: 'information' }] }
			],
			methods: [
				{ id: 'lead', role: 'lead', uses: [{ stage: 'forslag', level: 'dialog' }] },
				{ id: 'info', role: 'supporting', uses: [{ stage: 'behov', level: 'information' }] }
			],
			effectiveLevel: 'dialog',
			stage: 'forslag'
		});
	});

	it('places an alternative at the chosen stage, at the highest step it serves within the promise', () => {
		expect(alternativeIds(result)).toEqual(['higher', 'elsewhere', 'above']);
		// One that does not serve the chosen stage, or serves only beyond the promise, would be misplaced.
		expect(mapPlan(result, true).methods.slice(2)).toEqual([
			{ id: 'higher', role: 'alternative', uses: [{ stage: 'forslag', level: 'dialog' }] }
		]);
	});

	it('groups the route by stage, then step on the ladder, in the order the process first uses them', () => {
		expect(routeStages(mapPlan(result).steps)).toEqual([
			{ stage: 'behov', levels: [{ level: 'information', methods: ['info'] }] },
			{
				stage: 'forslag',
				levels: [
					{ level: 'dialog', methods: ['lead'] },
					{ level: 'information', methods: ['info'] }
				]
			}
		]);
	});
});

describe('the map of every plan the real catalogue makes', () => {
	const catalog = repoCatalog();
	const plans = [...everyCombination()].map((answers) => recommend(catalog, answers));
	const keyOf = (id: string, stage: string, level: string) => `${id}@${stage}@${level}`;

	it('draws each use of a method of the mix once, nothing else but alternatives, nothing beyond the promise', () => {
		const problems = plans.flatMap((plan) => {
			const map = layoutMap(mapPlan(plan, true), 720);
			const uses = plan.mix.flatMap((member) =>
				member.uses.map((use) => keyOf(member.id, use.stage, use.level))
			);
			const drawn = map.marks.filter((mark) => mark.role !== 'alternative').map((mark) => mark.key);
			return [
				...(drawn.length !== uses.length ? [`${drawn.length} marks for ${uses.length} uses`] : []),
				...uses.filter((key) => !drawn.includes(key)).map((key) => `no mark for ${key}`),
				...map.marks.filter((mark) => mark.beyond).map((mark) => `beyond: ${mark.key}`)
			];
		});
		expect(problems).toEqual([]);
	});

	it('puts every use of the process on the route', () => {
		const problems = plans.flatMap((plan) => {
			const keys = new Set(layoutMap(mapPlan(plan), 720).marks.map((mark) => mark.key));
			return plan.process.flatMap((step) =>
				step.uses.map((use) => keyOf(use.id, step.stage, use.level)).filter((key) => !keys.has(key))
			);
		});
		expect(problems).toEqual([]);
	});
});
