import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { mapPlan, routeStages, type RouteStage } from '../../src/lib/map/plan.ts';
import {
	kindTexts,
	mapNames,
	routeSentences,
	type MapNames
} from '../../src/lib/map/routeSentence.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const route: RouteStage[] = [
	{ stage: 'behov', levels: [{ level: 'information', methods: ['brev', 'webb'] }] },
	{
		stage: 'forslag',
		levels: [
			{ level: 'dialog', methods: ['bord', 'gatur'] },
			{ level: 'konsultation', methods: ['aterkoppling'] }
		]
	},
	{ stage: 'genomforande', levels: [{ level: 'information', methods: ['alla'] }] }
];

const namesIn = (lang: 'sv' | 'en'): MapNames => {
	const table: Record<string, { sv: string; en: string }> = {
		behov: { sv: 'Behov och problembild', en: 'Needs and problem definition' },
		forslag: { sv: 'Idéer och förslag', en: 'Ideas and proposals' },
		genomforande: { sv: 'Genomförande', en: 'Implementation' },
		information: { sv: 'Information', en: 'Information' },
		dialog: { sv: 'Dialog', en: 'Dialogue' },
		konsultation: { sv: 'Konsultation', en: 'Consultation' },
		brev: { sv: 'Brev', en: 'Letters' },
		webb: { sv: 'Webb', en: 'Web' },
		bord: { sv: 'Bordsgrupper', en: 'Table groups' },
		gatur: { sv: 'Gåtur med unga', en: 'Walk with young people' },
		aterkoppling: { sv: 'Återkopplingsmöte', en: 'Feedback meeting' },
		alla: { sv: 'Brev till alla hushåll', en: 'Letter to every household' }
	};
	const name = (id: string) => table[id]![lang];
	return { stage: name, level: name, method: name };
};

describe('the route in words', () => {
	it.each([
		[
			'sv',
			[
				'Behov och problembild: information via Brev och Webb.',
				'Idéer och förslag: dialog via Bordsgrupper och Gåtur med unga; konsultation via Återkopplingsmöte.',
				'Genomförande: information via Brev till alla hushåll.'
			]
		],
		[
			'en',
			[
				'Needs and problem definition: information through Letters and Web.',
				'Ideas and proposals: dialogue through Table groups and Walk with young people; consultation through Feedback meeting.',
				'Implementation: information through Letter to every household.'
			]
		]
	] as const)(
		'says in %s one sentence a stage, each step on the ladder with its methods',
		(lang, expected) => {
			expect(routeSentences(route, namesIn(lang), lang)).toEqual(expected);
		}
	);

	it('says nothing for a plan without steps', () => {
		expect(routeSentences([], namesIn('sv'), 'sv')).toEqual([]);
	});

	it('names stages, steps and methods as the catalogue does, for a real plan', () => {
		const catalog = repoCatalog();
		const result = recommend(catalog, {
			questionType: 'komplex',
			level: 'dialog',
			stage: 'behov',
			groups: ['boende', 'unga'],
			open: 'ja',
			purpose: 'x'
		});
		const sentences = routeSentences(
			routeStages(mapPlan(result).steps),
			mapNames(catalog, 'sv'),
			'sv'
		);
		const stagesUsed = [
			...new Set(result.process.filter((step) => step.uses.length > 0).map((step) => step.stage))
		];
		expect(sentences.map((sentence) => sentence.split(':')[0])).toEqual(
			stagesUsed.map((id) => catalog.stages.find((stage) => stage.id === id)!.name.sv)
		);
		for (const step of result.process)
			for (const use of step.uses) {
				const stage = catalog.stages.find((item) => item.id === step.stage)!.name.sv;
				const method = catalog.methods.find((item) => item.id === use.id)!.name.sv;
				expect(sentences.find((sentence) => sentence.startsWith(`${stage}:`))).toContain(method);
			}
	});
});

describe('the key to the map', () => {
	it("names every kind it can draw, with the promise and the planner's stage", () => {
		expect(kindTexts('sv', 'Dialog', 'Idéer och förslag')).toEqual({
			lead: 'Huvudmetod',
			supporting: 'Stödjande metod',
			alternative: 'Alternativ, inte i planen',
			route: 'Processens väg, steg för steg',
			boundary: 'Gränsen för ert löfte (Dialog); till höger om den: mer än ni lovar',
			you: 'Ert läge: Dialog i skedet Idéer och förslag'
		});
		expect(kindTexts('en', 'Dialogue', 'Ideas and proposals').lead).toBe('Lead method');
	});
});
