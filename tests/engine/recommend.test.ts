/**
 * The recommendation's mechanics, on the small fixture catalogue (tests/fixtures/catalog): the mix of lead and
 * supporting methods, the process that places it, near misses and what the result says when the catalogue or the
 * means fall short.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers/answers.ts';
import { LEVEL_IDS, STAGE_IDS } from '../../src/lib/catalog/ids.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import { everyCombination } from '../../src/lib/engine/reach.ts';
import { recommend, type RecommendationResult } from '../../src/lib/engine/recommend.ts';
import { fixtureCatalog } from '../helpers/catalog.ts';

const catalog = fixtureCatalog();
const base: Answers = {
	questionType: 'komplex',
	level: 'dialog',
	stage: 'forslag',
	groups: ['boende'],
	open: 'ja',
	purpose: 'Idéer till torget'
};
const result = (answers: Partial<Answers>, from: Catalog = catalog) =>
	recommend(from, { ...base, ...answers });
const method = (id: string) => catalog.methods.find((item) => item.id === id)!;
const without = (effect: 'coverGroups' | 'limitToMeans' | 'ensure'): Catalog => ({
	...catalog,
	rules: catalog.rules.filter((rule) => !rule.then[effect])
});
const lead = (outcome: RecommendationResult) =>
	outcome.mix.filter((entry) => entry.role === 'lead');

describe('the mix (fixture catalogue)', () => {
	it('leads with the method that best carries the promise in the stage where the decision is shaped', () => {
		const outcome = result({});
		expect(lead(outcome).map((entry) => entry.id)).toEqual(['samtal']);
		expect(lead(outcome)[0]!.uses).toContainEqual({ stage: 'forslag', level: 'dialog' });
		expect(lead(outcome)[0]!.why).toContain('Bär löftet dialog');
	});

	it('adds a second lead only when it reaches chosen groups the first does not', () => {
		const outcome = result({ groups: ['boende', 'unga'] });
		const leads = lead(outcome).map((entry) => entry.id);
		expect(leads).toHaveLength(2);
		const reached = new Set(leads.flatMap((id) => method(id).groups.reaches));
		expect(reached.has('boende') && reached.has('unga')).toBe(true);
	});

	it('reaches every chosen group with at least one method, adding a supporting one for a group the lead misses', () => {
		const outcome = result({ level: 'inflytande', groups: ['boende', 'funktionsnedsattning'] });
		for (const group of outcome.answers.groups) {
			expect(
				outcome.mix.some((entry) => method(entry.id).groups.reaches.includes(group)),
				group
			).toBe(true);
		}
		const radet = outcome.mix.find((entry) => entry.id === 'radet')!;
		expect(radet.groups).toContain('funktionsnedsattning');
		expect(radet.role).toBe('supporting');
		const uncovered = result(
			{ level: 'inflytande', groups: ['boende', 'funktionsnedsattning'] },
			without('coverGroups')
		);
		expect(uncovered.mix.some((entry) => entry.id === 'radet')).toBe(false);
	});

	it('gives each chosen group a method aimed at it: a lead that reaches several of them stands in for none', () => {
		const answers = { groups: ['aldre', 'funktionsnedsattning'] } as const;
		const outcome = result({ groups: [...answers.groups] });
		expect(lead(outcome).map((entry) => entry.id)).toEqual(['radet']);
		expect(outcome.mix.find((entry) => entry.id === 'samtal')).toMatchObject({
			role: 'supporting',
			groups: ['aldre']
		});
		expect(outcome.unreached).toEqual([]);
		// Were every group one the broad channels reach, the lead would count for both.
		const allGeneral = {
			...catalog,
			groups: catalog.groups.map((group) => ({ ...group, general: true }))
		};
		expect(
			result({ groups: [...answers.groups] }, allGeneral).mix.map((entry) => entry.id)
		).not.toContain('samtal');
	});

	it('does not let a channel to all residents stand in for a group with a track of its own', () => {
		const answers: Partial<Answers> = {
			level: 'konsultation',
			stage: 'behov',
			groups: ['alla', 'unga']
		};
		const outcome = result(answers);
		expect(outcome.mix.find((entry) => entry.id === 'skolsamtal')).toMatchObject({
			role: 'supporting'
		});
		const allGeneral = {
			...catalog,
			groups: catalog.groups.map((group) => ({ ...group, general: true }))
		};
		expect(result(answers, allGeneral).mix.map((entry) => entry.id)).not.toContain('skolsamtal');
	});

	it('says why each member is in the plan: leads carry it, the process informs and reports back through the rest', () => {
		const outcome = result({ groups: ['boende', 'funktionsnedsattning'], level: 'inflytande' });
		for (const entry of outcome.mix) expect(entry.reason === 'lead').toBe(entry.role === 'lead');
		expect(outcome.mix.find((entry) => entry.id === 'radet')?.reason).toBe('reaches');
		const channels = outcome.mix.filter((entry) => entry.reason === 'step');
		expect(channels.length).toBeGreaterThan(0);
		for (const channel of channels)
			expect(outcome.process.some((step) => step.methods.includes(channel.id))).toBe(true);
	});

	it('names a group no method reaches, and what to do, instead of pretending', () => {
		const outcome = result({ groups: ['personal'] });
		expect(outcome.unreached).toEqual(['personal']);
		expect(outcome.warnings.map((warning) => warning.text)).toContain(
			'Ingen metod når personal i verksamheten.'
		);
	});

	it('gives all residents a channel that reaches every resident', () => {
		const outcome = result({ level: 'konsultation', stage: 'behov', groups: ['alla', 'aldre'] });
		expect(outcome.mix.some((entry) => entry.groups.includes('alla'))).toBe(true);
	});

	it('adds what a rule requires when nothing in the plan is of that kind', () => {
		const children = result({ groups: ['barn', 'aldre'] }, without('coverGroups'));
		const ensured = children.mix.find((entry) => entry.id === 'skolsamtal')!;
		expect(ensured.role).toBe('lead');
		const stripped: Catalog = {
			...without('coverGroups'),
			methods: catalog.methods.map((item) =>
				item.id === 'skolsamtal' ? { ...item, levels: ['konsultation' as const] } : item
			)
		};
		const supporting = result({ groups: ['barn', 'aldre'] }, stripped).mix.find(
			(entry) => entry.id === 'skolsamtal'
		)!;
		expect(supporting).toMatchObject({ role: 'supporting', why: 'Med för barnen.' });
		expect(
			result(
				{ groups: ['barn', 'aldre'] },
				{ ...stripped, rules: stripped.rules.filter((rule) => !rule.then.ensure) }
			).mix.some((entry) => entry.id === 'skolsamtal')
		).toBe(false);
	});

	it('never puts a method in the plan that promises more than the plan does', () => {
		for (const answers of [...everyCombination()].filter((_, index) => index % 4 === 0)) {
			const outcome = recommend(catalog, { ...answers, groups: [...answers.groups, 'boende'] });
			const promise = LEVEL_IDS.indexOf(outcome.effectiveLevel);
			for (const entry of outcome.mix) {
				expect(
					Math.min(...method(entry.id).levels.map((level) => LEVEL_IDS.indexOf(level)))
				).toBeLessThanOrEqual(promise);
				for (const use of entry.uses)
					expect(LEVEL_IDS.indexOf(use.level)).toBeLessThanOrEqual(promise);
			}
			for (const entry of lead(outcome))
				expect(method(entry.id).levels).toContain(outcome.effectiveLevel);
		}
	});
});

describe('the process (fixture catalogue)', () => {
	it('uses every method of the plan, and only those', () => {
		for (const answers of [...everyCombination()].filter((_, index) => index % 4 === 0)) {
			const outcome = recommend(catalog, answers);
			const used = new Set(outcome.process.flatMap((step) => step.methods));
			expect([...used].sort()).toEqual(outcome.mix.map((entry) => entry.id).sort());
		}
	});

	it('tells all residents what was decided after the decision, through channels that reach every resident', () => {
		for (const stage of STAGE_IDS) {
			const step = result({ stage, groups: ['unga'] }).process.find(
				(item) => item.id === 'till-alla'
			)!;
			expect(STAGE_IDS.indexOf(step.stage)).toBeGreaterThan(STAGE_IDS.indexOf('beslut'));
			expect(step.methods.length).toBeGreaterThan(0);
			for (const id of step.methods) expect(method(id).groups.reaches).toContain('alla');
			expect(step.uses.every((use) => use.level === 'information')).toBe(true);
		}
	});

	it('goes out to hear more people with methods below the promise that the plan does not use yet (besides)', () => {
		// A rule whose step asks for methods of a kind besides the plan's own: at inflytande the workshop carries
		// the plan, and the meeting, which serves dialogue, is what goes out first.
		const hearFirst: Catalog = {
			...catalog,
			rules: [
				...catalog.rules,
				{
					id: 'hor-forst',
					title: { sv: 'Hör först', en: 'Hear first' },
					basis: 'Fixture',
					then: {
						process: [
							{
								id: 'hor-forst',
								stage: 'current',
								order: 15,
								level: 'dialog',
								title: { sv: 'Hör först', en: 'Hear first' },
								text: { sv: 'Gå ut först.', en: 'Go out first.' },
								pick: { trait: 'inbjudan-till-mote', besides: true }
							}
						]
					}
				}
			]
		};
		const step = (level: Answers['level']) =>
			result({ level }, hearFirst).process.find((item) => item.id === 'hor-forst')!;
		const high = result({ level: 'inflytande' }, hearFirst);
		expect(lead(high).map((entry) => entry.id)).toEqual(['verkstad']);
		expect(step('inflytande').methods).toEqual(['samtal']);
		// At dialogue the meeting keeps the promise itself: nothing below it to add.
		expect(step('dialog').methods).toEqual([]);
	});

	it('informs through channels that reach the chosen groups', () => {
		const step = result({ groups: ['foreningar'] }).process.find(
			(item) => item.id === 'informera'
		)!;
		expect(step.methods).toEqual(['webben']);
	});
});

describe('near misses (fixture catalogue)', () => {
	it('say what the method would cost, and suggest only what the planner controls', () => {
		const outcome = result({ time: 'veckor' });
		const verkstad = outcome.nearMisses.find((entry) => entry.id === 'verkstad')!;
		expect(verkstad.tradeOff).toBe(
			'Behöver 10–18 veckor från start till färdigt resultat; ni har mindre än två månader'
		);
		expect(verkstad.change).toEqual({
			fact: 'time',
			value: 'manader',
			text: 'om ni har två till sex månader'
		});
		for (const answers of [...everyCombination()].filter((_, index) => index % 6 === 0)) {
			for (const near of recommend(catalog, { ...answers, time: 'veckor', resources: 'sma' })
				.nearMisses) {
				expect(['time', 'resources', 'confirmedLevel']).toContain(near.change?.fact ?? 'time');
			}
		}
	});

	it('name a lower step as a trade-off, never as a change to make', () => {
		const enkaten = result({ groups: ['boende', 'unga'] }).nearMisses.find(
			(entry) => entry.id === 'enkaten'
		)!;
		expect(enkaten.tradeOff).toBe('Ger bara konsultation – mindre inflytande än ni lovar');
		expect(enkaten.change).toBeNull();
	});
});

describe('the result (fixture catalogue)', () => {
	it('says plainly when the catalogue has fewer than three methods, instead of padding', () => {
		const outcome = result({});
		expect(outcome.recommendations.map((entry) => entry.id)).toEqual(['samtal', 'verkstad']);
		expect(
			outcome.warnings.find((warning) => warning.rule === 'katalogen-har-for-fa')?.text
		).toContain('2 av minst tre');
	});

	it('says when time and resources leave nothing that keeps the promise, and names the honest options', () => {
		const outcome = result({ level: 'inflytande', time: 'veckor' });
		expect(outcome.recommendations).toEqual([]);
		expect(lead(outcome)).toEqual([]);
		expect(outcome.warnings.map((warning) => warning.rule)).toContain('tid-och-resurser');
	});

	it('says once what every recommendation shares, and puts what sets each apart first', () => {
		const outcome = result({ level: 'konsultation', stage: 'behov', groups: ['alla', 'aldre'] });
		expect(outcome.sharedReasons.length).toBeGreaterThan(0);
		for (const recommendation of outcome.recommendations) {
			const shared = recommendation.reasons.map((reason) => reason.shared === true);
			expect(shared).toEqual([...shared].sort());
			expect(
				recommendation.reasons.filter((reason) => reason.shared).map((reason) => reason.text)
			).toEqual(outcome.sharedReasons);
		}
	});

	it('explains every score: the effects of the reasons add up to it', () => {
		for (const answers of [...everyCombination()].filter((_, index) => index % 5 === 0)) {
			for (const entry of recommend(catalog, answers).recommendations) {
				const total = entry.reasons.reduce((sum, reason) => sum + reason.effect, 0);
				expect(total).toBeCloseTo(entry.score, 2);
			}
		}
	});

	it('gives the same output twice', () => {
		expect(result({ groups: ['boende', 'unga'] })).toEqual(result({ groups: ['boende', 'unga'] }));
	});
});
