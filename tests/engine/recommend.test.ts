import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers/answers.ts';
import { everyCombination } from '../../src/lib/catalog/crossCheck.ts';
import {
	GROUP_IDS,
	LEVEL_IDS,
	OPEN_IDS,
	QUESTION_TYPE_IDS,
	STAGE_IDS
} from '../../src/lib/catalog/ids.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { repoCatalog } from '../helpers/catalog.ts';
import { runs } from '../helpers/fuzz.ts';

const catalog = repoCatalog();
const ids = (answers: Answers, limit?: number) =>
	recommend(catalog, answers, { limit }).recommendations.map((method) => method.id);

describe('recommend on every combination of answers', () => {
	const combinations = [...everyCombination()];

	it('covers question type × level × stage × single group × openness', () => {
		expect(combinations).toHaveLength(
			QUESTION_TYPE_IDS.length *
				LEVEL_IDS.length *
				STAGE_IDS.length *
				GROUP_IDS.length *
				OPEN_IDS.length
		);
	});

	it('always recommends at least three methods, with finite scores in [0, 1], best first', () => {
		for (const answers of combinations) {
			const { recommendations } = recommend(catalog, answers);
			const scores = recommendations.map((method) => method.score);
			expect(recommendations.length, JSON.stringify(answers)).toBeGreaterThanOrEqual(3);
			expect(scores.every((score) => Number.isFinite(score) && score >= 0 && score <= 1)).toBe(
				true
			);
			expect(scores).toEqual([...scores].sort((a, b) => b - a));
		}
	});

	it('gives the same output twice', () => {
		for (const answers of combinations.filter((_, index) => index % 7 === 0)) {
			expect(recommend(catalog, answers, { lang: 'en' })).toEqual(
				recommend(catalog, answers, { lang: 'en' })
			);
		}
	});

	it('explains every score: the effects of the reasons add up to it', () => {
		for (const answers of combinations.filter((_, index) => index % 11 === 0)) {
			for (const method of recommend(catalog, answers).recommendations) {
				const total = method.reasons.reduce((sum, reason) => sum + reason.effect, 0);
				expect(total).toBeCloseTo(method.score, 2);
			}
		}
	});

	it('always plans feedback to all residents and, for dialogue, to participants', () => {
		for (const answers of combinations.filter((_, index) => index % 5 === 0)) {
			const steps = recommend(catalog, answers).process.map((step) => step.id);
			expect(
				steps.some(
					(id) => id === 'aterkoppling-till-alla' || id === 'sammanstallning-till-alla-boende'
				)
			).toBe(true);
			if (answers.open !== 'nej') expect(steps).toContain('aterkoppling-till-deltagarna');
		}
	});
});

describe('recommend for real cases', () => {
	it("Jordbro (Haninge): safety in a suburb with dialogue fatigue works through key persons and citizens' own invitations", () => {
		const top = ids({
			questionType: 'samhallsutmaning',
			level: 'dialog',
			stage: 'behov',
			groups: ['boende', 'svarnadda', 'flersprakiga']
		});
		expect(top).toContain('nyckelpersoner');
		expect(top).toContain('medborgarnas-dialog');
		expect(top).not.toContain('dialogmote');
	});

	it("Kalmar: a rural village's development puts the improvement walk near the top", () => {
		expect(
			ids({
				questionType: 'komplex',
				level: 'dialog',
				stage: 'behov',
				groups: ['boende', 'aldre', 'foreningar']
			}).slice(0, 3)
		).toContain('forbattringsvandring');
	});

	it('Mölndal: a decided question gets information channels, labelled as information', () => {
		const result = recommend(catalog, {
			questionType: 'konfliktfylld',
			level: 'dialog',
			stage: 'genomforande',
			groups: ['boende'],
			open: 'nej'
		});
		expect(result.effectiveLevel).toBe('information');
		expect(result.recommendations.slice(0, 3).every((method) => method.informationOnly)).toBe(true);
	});

	it('Svalöv: quality in school, asked of pupils, reaches children through school', () => {
		const top = ids({
			questionType: 'komplex',
			level: 'dialog',
			stage: 'behov',
			groups: ['brukare', 'barn', 'unga'],
			scope: 'verksamhet'
		});
		expect(top.some((id) => id === 'barndialog-skola' || id === 'elevinflytande')).toBe(true);
	});

	it("a climate strategy (complex, contested) at the influence step leads with a citizens' assembly", () => {
		expect(
			ids({
				questionType: 'samhallsutmaning',
				level: 'inflytande',
				stage: 'forslag',
				groups: ['alla', 'unga']
			})[0]
		).toBe('medborgarrad');
	});

	// IAP2 Spectrum's published example techniques, level by level.
	const spectrum: {
		level: Answers['level'];
		stage: Answers['stage'];
		questionType: Answers['questionType'];
		groups?: Answers['groups'];
		expected: string[];
	}[] = [
		{
			level: 'information',
			stage: 'beslut',
			questionType: 'enkel',
			expected: ['webbinformation', 'brev-till-hushall', 'oppet-hus', 'informationsmote']
		},
		{
			level: 'konsultation',
			stage: 'behov',
			questionType: 'enkel',
			expected: ['enkat', 'fokusgrupp', 'medborgarpanel', 'webbdialog']
		},
		{
			level: 'dialog',
			stage: 'forslag',
			questionType: 'komplex',
			groups: ['boende', 'foreningar'],
			expected: ['workshop', 'world-cafe', 'framtidsverkstad']
		},
		{
			level: 'inflytande',
			stage: 'forslag',
			questionType: 'komplex',
			expected: ['referensgrupp', 'medborgarjury', 'medborgarrad', 'planning-for-real']
		},
		{
			level: 'medbestammande',
			stage: 'prioritering',
			questionType: 'enkel',
			expected: ['medborgarbudget', 'lokal-folkomrostning', 'lokal-utvecklingspeng']
		}
	];
	for (const { level, stage, questionType, groups = ['alla' as const], expected } of spectrum) {
		it(`IAP2 ${level}: recommends one of the spectrum's techniques (${expected.join(', ')})`, () => {
			const top = ids({ questionType, level, stage, groups });
			expect(top.filter((id) => expected.includes(id)).length).toBeGreaterThanOrEqual(1);
		});
	}

	it('gives near misses with what would bring them into the list', () => {
		const result = recommend(catalog, {
			questionType: 'komplex',
			level: 'dialog',
			stage: 'forslag',
			groups: ['boende'],
			open: 'nej'
		});
		const withChange = result.nearMisses.filter((method) => method.change);
		expect(withChange.length).toBeGreaterThan(0);
		expect(withChange[0]!.change!.text.length).toBeGreaterThan(5);
		expect(
			result.nearMisses.every((method) => !result.recommendations.some((r) => r.id === method.id))
		).toBe(true);
	});

	it('writes every text in the chosen language', () => {
		const answers: Answers = {
			questionType: 'samhallsutmaning',
			level: 'dialog',
			stage: 'behov',
			groups: ['boende'],
			open: 'delvis'
		};
		const sv = recommend(catalog, answers, { lang: 'sv' });
		const en = recommend(catalog, answers, { lang: 'en' });
		expect(sv.warnings.map((w) => w.rule)).toEqual(en.warnings.map((w) => w.rule));
		expect(sv.warnings[0]!.text).not.toEqual(en.warnings[0]!.text);
		expect(en.recommendations[0]!.reasons.every((reason) => !/[åäö]/.test(reason.text))).toBe(true);
		expect(sv.process[0]!.title).not.toEqual(en.process[0]!.title);
	});

	it('fills every placeholder', () => {
		const result = recommend(catalog, {
			questionType: 'komplex',
			level: 'inflytande',
			stage: 'beslut',
			groups: ['barn', 'unga'],
			open: 'delvis',
			pbl: true
		});
		const texts = [...result.warnings, ...result.advice]
			.map((n) => n.text)
			.concat(result.recommendations.flatMap((m) => m.reasons.map((r) => r.text)));
		expect(texts.filter((text) => /\{\w+\}/.test(text))).toEqual([]);
	});

	it('respects --limit', () => {
		expect(
			ids({ questionType: 'enkel', level: 'dialog', stage: 'forslag', groups: ['unga'] }, 2)
		).toHaveLength(2);
	});
});

describe('recommend properties', () => {
	const answers = fc.record({
		questionType: fc.constantFrom(...QUESTION_TYPE_IDS),
		level: fc.constantFrom(...LEVEL_IDS),
		stage: fc.constantFrom(...STAGE_IDS),
		groups: fc.uniqueArray(fc.constantFrom(...GROUP_IDS), { minLength: 1, maxLength: 4 }),
		open: fc.constantFrom(...OPEN_IDS)
	});

	it('ignores the order of groups and repeated groups', () => {
		fc.assert(
			fc.property(answers, fc.infiniteStream(fc.nat()), (given, noise) => {
				const shuffled = [...given.groups].sort(() => (noise.next().value % 2 === 0 ? 1 : -1));
				const repeated = [...shuffled, shuffled[0]!];
				expect(recommend(catalog, { ...given, groups: repeated })).toEqual(
					recommend(catalog, given)
				);
			}),
			{ numRuns: runs(60) }
		);
	});

	it('never recommends a method that over-promises more than one step above the effective level', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const result = recommend(catalog, given);
				const effective = LEVEL_IDS.indexOf(result.effectiveLevel);
				for (const method of result.recommendations.slice(0, 3)) {
					const lowest = Math.min(...method.levels.map((level) => LEVEL_IDS.indexOf(level)));
					expect(lowest - effective).toBeLessThanOrEqual(1);
				}
			}),
			{ numRuns: runs(100) }
		);
	});

	it('raising the level never puts a method that does not serve the new level in the top three', () => {
		const at = (level: string) => LEVEL_IDS.indexOf(level as (typeof LEVEL_IDS)[number]);
		const raise = fc
			.tuple(answers, fc.constantFrom(...LEVEL_IDS), fc.constantFrom(...LEVEL_IDS))
			.filter(([, lower, higher]) => at(lower) < at(higher))
			.map(([given, lower, higher]) => ({ given: { ...given, level: lower }, higher }));
		fc.assert(
			fc.property(raise, ({ given, higher }) => {
				const raised = recommend(catalog, { ...given, level: higher });
				for (const method of raised.recommendations.slice(0, 3)) {
					expect(
						method.levels,
						`${method.id} for ${JSON.stringify({ ...given, level: higher })}`
					).toContain(raised.effectiveLevel);
				}
			}),
			{ numRuns: runs(150) }
		);
	});
});
