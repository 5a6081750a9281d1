/**
 * One case per rule in rules/rules.yaml. Each case names answers and what the rule must make visible; the test runs
 * the real engine on the real catalogue twice – with the rule and without it – so it fails if the rule is removed,
 * broken or no longer changes anything.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers/answers.ts';
import { rank } from '../../src/lib/engine/rank.ts';
import { recommend, type RecommendationResult } from '../../src/lib/engine/recommend.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();
const base: Answers = {
	questionType: 'komplex',
	level: 'dialog',
	stage: 'forslag',
	groups: ['boende'],
	open: 'ja',
	purpose: 'Ta fram idéer för torget'
};

type Observation = (result: RecommendationResult, catalog: Catalog) => boolean;

const warns =
	(rule: string): Observation =>
	(result) =>
		result.warnings.some((notice) => notice.rule === rule);
const advises =
	(rule: string): Observation =>
	(result) =>
		result.advice.some((notice) => notice.rule === rule);
/** The rule's advice says this (a lesson added to an existing rule). */
const advisesThat =
	(rule: string, words: RegExp): Observation =>
	(result) =>
		result.advice.some((notice) => notice.rule === rule && words.test(notice.text));
const hasStep =
	(id: string, stage?: string): Observation =>
	(result) =>
		result.process.some((step) => step.id === id && (stage === undefined || step.stage === stage));
const recommends =
	(id: string): Observation =>
	(result) =>
		result.recommendations.some((method) => method.id === id);
const explainsWith =
	(rule: string): Observation =>
	(result) =>
		result.recommendations.some((method) => method.reasons.some((reason) => reason.rule === rule));
const recommendsTrait =
	(trait: string): Observation =>
	(result, current) =>
		result.recommendations.some((method) =>
			current.methods.find((m) => m.id === method.id)!.traits.includes(trait)
		);
/** The plan uses it: in the mix, lead or supporting. */
const plans =
	(id: string): Observation =>
	(result) =>
		result.mix.some((method) => method.id === id);
const plansTrait =
	(trait: string): Observation =>
	(result, current) =>
		result.mix.some((method) =>
			current.methods.find((m) => m.id === method.id)!.traits.includes(trait)
		);
const not =
	(observation: Observation): Observation =>
	(result, current) =>
		!observation(result, current);
const all =
	(...observations: Observation[]): Observation =>
	(result, current) =>
		observations.every((o) => o(result, current));

const cases: { rule: string; answers: Partial<Answers>; observe: Observation; name: string }[] = [
	{
		rule: 'beslutad-fraga-ar-information',
		name: 'a decided question is promised information only, with information steps',
		answers: { open: 'nej', level: 'dialog' },
		observe: (result) =>
			result.effectiveLevel === 'information' &&
			warns('beslutad-fraga-ar-information')(result, catalog) &&
			result.recommendations.every((method) => method.levels.includes('information')) &&
			hasStep('informera-om-beslutet')(result, catalog)
	},
	{
		rule: 'delvis-oppen-fraga-begransas',
		name: 'a partly open question is capped at consultation until the level is confirmed',
		answers: { open: 'delvis', level: 'inflytande' },
		observe: (result) =>
			result.effectiveLevel === 'konsultation' &&
			warns('delvis-oppen-fraga-begransas')(result, catalog)
	},
	{
		rule: 'delvis-oppen-fraga-ange-ramar',
		name: 'a partly open question asks to say which parts are open',
		answers: { open: 'delvis' },
		observe: advises('delvis-oppen-fraga-ange-ramar')
	},
	{
		rule: 'syfte-och-mal-forst',
		name: 'a plan without purpose and goal is warned',
		answers: { purpose: undefined },
		observe: warns('syfte-och-mal-forst')
	},
	{
		rule: 'aterkoppling-till-deltagarna',
		name: 'participants hear back at a feedback meeting',
		answers: {},
		observe: (result) =>
			result.process.some(
				(step) =>
					step.id === 'aterkoppling-till-deltagarna' && step.methods.includes('aterkopplingsmote')
			)
	},
	{
		rule: 'aterkoppling-till-alla',
		name: 'all residents are told what was decided after the decision, through channels that reach every resident',
		answers: { groups: ['unga'], open: 'nej' },
		observe: (result, current) =>
			result.process.some(
				(step) =>
					step.id === 'aterkoppling-till-alla' &&
					step.stage === 'genomforande' &&
					step.methods.length > 0 &&
					step.methods.every((id) =>
						current.methods.find((m) => m.id === id)!.groups.reaches.includes('alla')
					)
			)
	},
	{
		rule: 'mot-deltagarna-flera-ganger',
		name: 'the process meets participants for information, dialogue and then feedback',
		answers: { groups: ['unga'] },
		observe: (result) => {
			const order = result.process.map((step) => step.id);
			return (
				order.indexOf('information-om-syfte') >= 0 &&
				order.indexOf('information-om-syfte') < order.indexOf('dialog') &&
				order.indexOf('dialog') < order.indexOf('aterkoppling-till-deltagarna')
			);
		}
	},
	{
		rule: 'platsbaserad-fraga',
		name: 'a place-based question prepares, walks the whole place and sends a summary to every resident',
		answers: { groups: ['boende'], questionType: 'enkel', stage: 'behov' },
		observe: all(
			hasStep('forbered-orten'),
			hasStep('vandring-pa-platsen'),
			// Kalmar's walk is about the whole place, not a safety walk picked for its reach.
			(result, current) =>
				result.process
					.find((step) => step.id === 'vandring-pa-platsen')!
					.methods.every((id) =>
						current.methods
							.find((method) => method.id === id)!
							.traits.includes('utvecklingsvandring')
					),
			hasStep('sammanstallning-till-alla-boende', 'genomforande'),
			not(hasStep('aterkoppling-till-alla')),
			explainsWith('platsbaserad-fraga')
		)
	},
	{
		rule: 'fraga-for-hela-kommunen',
		name: 'a question for the whole municipality is not led by a walk round one place (Hudiksvall, comprehensive plan)',
		answers: {
			questionType: 'komplex',
			level: 'konsultation',
			stage: 'behov',
			groups: ['alla', 'unga', 'foreningar'],
			pbl: true
		},
		observe: all(not(plansTrait('vandring')), not(recommendsTrait('vandring')))
	},
	{
		rule: 'fyra-parallella-processer',
		name: 'the plan starts with a political mandate and ends with an evaluation',
		answers: {},
		observe: all(
			advises('fyra-parallella-processer'),
			(result) =>
				result.process[0]?.id === 'politiskt-uppdrag' &&
				result.process.at(-1)?.id === 'utvardera-dialogen'
		)
	},
	{
		rule: 'na-de-mest-berorda',
		name: 'the checklist asks to reach those most affected',
		answers: {},
		observe: advises('na-de-mest-berorda')
	},
	{
		rule: 'alla-ar-sallan-malgruppen',
		name: '"all residents" alone is warned',
		answers: { groups: ['alla'] },
		observe: warns('alla-ar-sallan-malgruppen')
	},
	{
		rule: 'dialogtrotthet-och-snedrepresentation',
		name: 'an area with seldom-heard residents gets the citizens-invite-the-municipality approach',
		answers: { questionType: 'samhallsutmaning', stage: 'behov', groups: ['boende', 'svarnadda'] },
		observe: all(
			recommends('medborgarnas-dialog'),
			explainsWith('dialogtrotthet-och-snedrepresentation')
		)
	},
	{
		rule: 'komplex-samhallsutmaning',
		name: 'a complex, contested question recommends no large open meeting and a deliberative method instead',
		answers: { questionType: 'samhallsutmaning', stage: 'behov', groups: ['boende', 'foreningar'] },
		observe: all(
			warns('komplex-samhallsutmaning'),
			not(recommendsTrait('stormote')),
			recommendsTrait('deliberativ')
		)
	},
	{
		rule: 'komplex-fraga-i-sent-skede',
		name: 'a complex question at the decision stage is warned as late',
		answers: { stage: 'beslut' },
		observe: warns('komplex-fraga-i-sent-skede')
	},
	{
		rule: 'konfliktfylld-fraga',
		name: 'a contested question lowers large meetings, asks for neutral facilitation and for a check of self-selected views against a sample (Göteborg, Backa)',
		answers: { questionType: 'konfliktfylld', stage: 'behov', groups: ['boende', 'aldre'] },
		observe: all(
			advises('konfliktfylld-fraga'),
			advisesThat('konfliktfylld-fraga', /urval av de berörda/),
			not(recommends('stormote'))
		)
	},
	{
		rule: 'barn-berors',
		name: 'when children are affected at least one child-appropriate method is recommended',
		answers: {
			questionType: 'samhallsutmaning',
			level: 'inflytande',
			stage: 'prioritering',
			groups: ['naringsliv', 'barn']
		},
		observe: all(plansTrait('barnanpassad'), advises('barn-berors'))
	},
	{
		rule: 'unga-under-18',
		name: 'young people under 18 are reached in their own places, as the Convention on the Rights of the Child asks',
		answers: {
			questionType: 'komplex',
			level: 'dialog',
			stage: 'forslag',
			groups: ['unga', 'aldre']
		},
		observe: all(plansTrait('ungas-arenor'), advises('unga-under-18'))
	},
	{
		rule: 'hor-fler-innan-de-bestammer',
		name: 'before a few decide, the plan goes out to hear more people, with methods below the promise it does not use yet',
		answers: {
			questionType: 'komplex',
			level: 'inflytande',
			stage: 'behov',
			groups: ['boende', 'barn', 'foreningar', 'naringsliv']
		},
		observe: (result, current) => {
			const step = result.process.find((candidate) => candidate.id === 'hor-fler-forst');
			return (
				step !== undefined &&
				step.methods.length > 0 &&
				step.methods.every((id) => {
					const method = current.methods.find((candidate) => candidate.id === id)!;
					return (
						method.traits.includes('uppsokande') && !method.levels.includes(result.effectiveLevel)
					);
				})
			);
		}
	},
	{
		rule: 'nationella-minoriteter',
		name: 'when a national minority is affected, the plan consults its representatives',
		answers: { groups: ['minoriteter', 'boende'] },
		observe: all(
			plans('samrad-nationella-minoriteter'),
			hasStep('samrad-med-minoriteterna'),
			advises('nationella-minoriteter')
		)
	},
	...(
		[
			['minoritetssamrad-nar-minoriteterna-ar-valda', 'samrad-nationella-minoriteter'],
			['funktionsrattssamverkan-nar-gruppen-ar-vald', 'samverkan-funktionsratt'],
			['kommunala-rad-nar-gruppen-ar-vald', 'kommunala-rad'],
			['anhorigdialog-nar-anhoriga-ar-valda', 'anhorigdialog']
		] as const
	).map(([rule, method]) => ({
		rule,
		name: `a plan for associations is neither led nor given its associations' track by ${method}, which is for one group`,
		answers: { level: 'konsultation', stage: 'behov', groups: ['foreningar'] } as Partial<Answers>,
		observe: all(not(plans(method)), (result: RecommendationResult) =>
			result.recommendations.slice(0, 3).every((entry) => entry.id !== method)
		)
	})),
	{
		rule: 'oversiktsplan-pa-kartan',
		name: "a plan under PBL for all residents puts the map dialogue among the first three, as Hudiksvall's comprehensive plan did",
		answers: {
			level: 'konsultation',
			stage: 'behov',
			groups: ['alla', 'unga', 'foreningar'],
			scope: 'politisk',
			pbl: true
		},
		observe: (result) =>
			result.recommendations.slice(0, 3).some((entry) => entry.id === 'kartdialog')
	},
	{
		rule: 'planen-nar-alla-den-namner',
		name: 'the plan reaches every group it names, adding a method for a group the lead does not reach',
		answers: { level: 'konsultation', stage: 'forslag', groups: ['boende', 'personal'] },
		observe: (result, current) =>
			result.answers.groups.every((group) =>
				result.mix.some((method) =>
					current.methods.find((m) => m.id === method.id)!.groups.reaches.includes(group)
				)
			)
	},
	{
		rule: 'tid-och-resurser-begransar',
		name: 'methods that need more time than there is are not proposed as if they could be done',
		answers: {
			questionType: 'samhallsutmaning',
			level: 'inflytande',
			stage: 'forslag',
			groups: ['alla', 'boende'],
			time: 'veckor',
			resources: 'sma'
		},
		observe: all(advises('tid-och-resurser-begransar'), not(recommends('medborgarrad')))
	},
	{
		rule: 'aterkommande-forum',
		name: 'a standing forum raises methods that meet again and again',
		answers: { continuity: 'aterkommande', groups: ['aldre', 'boende'] },
		observe: all(explainsWith('aterkommande-forum'), advises('aterkommande-forum'))
	},
	{
		rule: 'unga-nas-pa-sina-arenor',
		name: 'young people are reached in their own places, not through the website',
		answers: {
			questionType: 'enkel',
			level: 'konsultation',
			stage: 'behov',
			groups: ['unga', 'boende']
		},
		observe: all(explainsWith('unga-nas-pa-sina-arenor'), advises('unga-nas-pa-sina-arenor'))
	},
	{
		rule: 'svarnadda-nas-genom-uppsokande',
		name: 'seldom-heard groups get outreach rather than invitations',
		answers: {
			groups: ['svarnadda'],
			questionType: 'enkel',
			stage: 'behov',
			level: 'konsultation'
		},
		observe: all(
			recommendsTrait('uppsokande'),
			explainsWith('svarnadda-nas-genom-uppsokande'),
			not(recommendsTrait('inbjudan-till-mote'))
		)
	},
	{
		rule: 'flersprakiga-deltagare',
		name: 'participants with another first language get methods that work in several languages',
		answers: {
			groups: ['flersprakiga'],
			questionType: 'enkel',
			stage: 'behov',
			level: 'konsultation'
		},
		observe: all(
			explainsWith('flersprakiga-deltagare'),
			not(recommendsTrait('textkravande')),
			advises('flersprakiga-deltagare')
		)
	},
	{
		rule: 'tillganglig-dialog',
		name: 'older people and people with disabilities get accessibility advice',
		answers: { groups: ['funktionsnedsattning'] },
		observe: advises('tillganglig-dialog')
	},
	{
		rule: 'pbl-samrad-ar-minimum',
		name: 'a plan under PBL adds statutory consultation and review, and passes on questions outside the plan (Boverket, Tierp)',
		answers: { pbl: true, stage: 'behov' },
		observe: all(
			hasStep('samrad-enligt-pbl', 'forslag'),
			hasStep('granskning-enligt-pbl', 'beslut'),
			plans('granskning-pbl'),
			advises('pbl-samrad-ar-minimum'),
			advisesThat('pbl-samrad-ar-minimum', /vidare till den förvaltning som ansvarar/)
		)
	},
	{
		rule: 'pbl-i-sent-skede',
		name: 'a plan under PBL at the decision stage is warned as late',
		answers: { pbl: true, stage: 'beslut' },
		observe: warns('pbl-i-sent-skede')
	},
	{
		rule: 'pbl-foreningar-bjuder-in-planerarna',
		name: 'early dialogue on a plan offers associations to invite the planners to their own meetings (Hudiksvall)',
		answers: { pbl: true, stage: 'behov', groups: ['alla', 'foreningar'] },
		observe: advises('pbl-foreningar-bjuder-in-planerarna')
	},
	{
		rule: 'lagstadgat-samrad-bara-vid-pbl',
		name: 'statutory PBL consultation is not recommended outside physical planning',
		answers: {
			questionType: 'enkel',
			level: 'konsultation',
			stage: 'beslut',
			groups: ['boende', 'naringsliv']
		},
		observe: not(recommends('granskning-pbl'))
	},
	{
		rule: 'medborgarbudget-kraver-ramar',
		name: 'participatory budgeting comes with criteria, a political decision and follow-up',
		answers: {
			questionType: 'enkel',
			level: 'medbestammande',
			stage: 'prioritering',
			groups: ['boende', 'foreningar']
		},
		observe: all(
			recommends('medborgarbudget'),
			advises('medborgarbudget-kraver-ramar'),
			hasStep('kriterier-och-budgetram'),
			hasStep('folj-upp-medborgarbudgeten', 'uppfoljning')
		)
	},
	{
		rule: 'inte-automatiskt-hogst-upp',
		name: 'a high step on the ladder comes with a reminder',
		answers: { level: 'inflytande' },
		observe: advises('inte-automatiskt-hogst-upp')
	},
	{
		rule: 'enkel-fraga-hogt-upp',
		name: 'a simple question high on the ladder is questioned',
		answers: { questionType: 'enkel', level: 'inflytande' },
		observe: advises('enkel-fraga-hogt-upp')
	},
	{
		rule: 'medbestammande-i-konfliktfylld-fraga',
		name: 'co-determination on a contested question is warned',
		answers: { questionType: 'konfliktfylld', level: 'medbestammande' },
		observe: warns('medbestammande-i-konfliktfylld-fraga')
	},
	{
		rule: 'oppen-fraga-bara-information',
		name: 'only informing on an open question is questioned',
		answers: { level: 'information' },
		observe: advises('oppen-fraga-bara-information')
	},
	{
		rule: 'politisk-fraga-med-politiker',
		name: 'a political question asks politicians to take part and leaves out service-only methods',
		answers: {
			scope: 'politisk',
			questionType: 'enkel',
			level: 'konsultation',
			stage: 'uppfoljning',
			groups: ['brukare', 'aldre']
		},
		observe: all(advises('politisk-fraga-med-politiker'), not(recommends('brukarrad')))
	},
	{
		rule: 'brukardialog',
		name: 'a question about a service is a user dialogue with its users',
		answers: {
			scope: 'verksamhet',
			questionType: 'enkel',
			level: 'konsultation',
			stage: 'uppfoljning',
			groups: ['aldre', 'boende']
		},
		observe: all(advises('brukardialog'), explainsWith('brukardialog'))
	}
];

describe('rules', () => {
	it('every rule in rules/rules.yaml has a case here', () => {
		expect(cases.map((entry) => entry.rule).sort()).toEqual(
			catalog.rules.map((rule) => rule.id).sort()
		);
	});

	for (const { rule, name, answers, observe } of cases) {
		it(`${rule}: ${name}`, () => {
			const full = { ...base, ...answers } as Answers;
			const withRule = recommend(catalog, full);
			expect(withRule.rules).toContain(rule);
			expect(observe(withRule, catalog)).toBe(true);

			const withoutCatalog: Catalog = {
				...catalog,
				rules: catalog.rules.filter((candidate) => candidate.id !== rule)
			};
			expect(observe(recommend(withoutCatalog, full), withoutCatalog)).toBe(false);
		});
	}

	it('nationella-minoriteter: in a Finnish-minority consultation the Sámi consultation is an alternative that says when it is required', () => {
		// Upplands-Bro's yearly consultation with the Sweden Finnish minority; one group id covers all five minorities.
		const answers: Answers = {
			questionType: 'enkel',
			level: 'dialog',
			stage: 'forslag',
			groups: ['minoriteter'],
			scope: 'verksamhet',
			continuity: 'aterkommande',
			open: 'ja',
			purpose: 'Förbättra den finskspråkiga servicen'
		};
		const result = recommend(catalog, answers);
		const sami = 'samisk-konsultation';
		expect(result.recommendations.slice(0, 3).map((method) => method.id)).not.toContain(sami);
		expect(result.mix.map((entry) => entry.id)).not.toContain(sami);
		const alternative = [...result.recommendations, ...result.nearMisses].find(
			(method) => method.id === sami
		);
		expect(alternative?.reasons).toContainEqual(
			expect.objectContaining({ rule: 'nationella-minoriteter', favourable: false })
		);

		const withoutCatalog: Catalog = {
			...catalog,
			rules: catalog.rules.filter((candidate) => candidate.id !== 'nationella-minoriteter')
		};
		const without = recommend(withoutCatalog, answers);
		expect(without.recommendations.map((method) => method.id)).toContain(sami);
	});

	it("a rule that lowers a method says so in the method's reasons", () => {
		const ranking = rank(catalog, { ...base, questionType: 'samhallsutmaning' });
		const meeting = ranking.scored.find((entry) => entry.method.id === 'stormote')!;
		expect(meeting.adjustments.map(({ rule, delta }) => [rule.id, delta < 0])).toContainEqual([
			'komplex-samhallsutmaning',
			true
		]);
	});
});
