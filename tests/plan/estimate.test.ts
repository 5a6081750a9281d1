/**
 * The estimate's specification: staff hours and cost summed over the plan's methods, weeks from the first
 * preparation to the decision along the process, and the assumptions said in plain words. On the small fixture
 * catalogue (tests/fixtures/catalog), where every method's times are assessments, and a few on the real one.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers/answers.ts';
import type { WizardCatalog } from '../../src/lib/catalog/types.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { COMMITTEE_WEEKS, estimatePlan, KRONOR } from '../../src/lib/plan/estimate.ts';
import { planTimeline } from '../../src/lib/plan/timeline.ts';
import { fixtureCatalog, repoCatalog } from '../helpers/catalog.ts';

const fixture: WizardCatalog = fixtureCatalog();
const base: Answers = {
	questionType: 'komplex',
	level: 'dialog',
	stage: 'forslag',
	groups: ['boende', 'unga'],
	open: 'ja'
};
/** Every method's times taken from a source. */
const sourced = (catalog: WizardCatalog): WizardCatalog => ({
	...catalog,
	methods: catalog.methods.map((method) => ({
		...method,
		time: { ...method.time, basis: 'source' }
	}))
});

describe('estimatePlan (fixture catalogue)', () => {
	it.each([
		{
			name: 'dialogue with residents and young people',
			answers: base,
			mix: ['skolsamtal', 'verkstad', 'brevet', 'ateroket', 'webben'],
			// 40–100 + 200–400 + 10–30 + 10–30 + 5–20
			staffHours: { min: 265, max: 580 },
			// preparation 6–10 (verkstad) + informera 0.2 + dialog 2–4 (skolsamtal, verkstad) + till-deltagarna 0.2
			// + compilation 2–4 (verkstad) + 3 weeks with the committee
			weeks: { min: 13.4, max: 21.4 },
			// four low (0–25 000) and one medium (verkstad, 25 000–150 000)
			cost: { min: 25_000, max: 250_000 }
		},
		{
			name: 'consultation with older people on needs',
			answers: {
				...base,
				questionType: 'enkel',
				level: 'konsultation',
				stage: 'behov',
				groups: ['aldre']
			} satisfies Answers,
			mix: ['samtal', 'brevet', 'ateroket', 'webben'],
			// 40–80 + 10–30 + 10–30 + 5–20
			staffHours: { min: 65, max: 160 },
			// preparation 2–4 (samtal) + informera 0.2 + dialog 0.2–1 (samtal) + till-deltagarna 0.2 + compilation 1–2
			// (samtal) + 3 weeks with the committee
			weeks: { min: 6.6, max: 10.4 },
			cost: { min: 0, max: 100_000 }
		}
	])('sums a plan for $name', ({ answers, mix, staffHours, weeks, cost }) => {
		const result = recommend(fixture, answers);
		expect(result.mix.map((entry) => entry.id)).toEqual(mix);
		const estimate = estimatePlan(fixture, result, 'sv');
		expect(estimate.staffHours).toEqual(staffHours);
		expect(estimate.weeks).toEqual(weeks);
		expect(estimate.cost).toEqual(cost);
	});

	it('counts the weeks the timeline lays out from the first preparation to the decision', () => {
		const result = recommend(fixture, base);
		const { rows } = planTimeline(
			fixture,
			result,
			{ decisionDate: '2027-12-01', meetingDates: [], today: '2027-01-11' },
			'sv'
		);
		const days =
			(Date.parse(rows.find((row) => row.id === 'beslut')!.start) -
				Date.parse(rows.find((row) => row.id === 'forberedelse')!.start)) /
			86_400_000;
		// The timeline counts whole days: a one-day activity (0.2 weeks in the catalogue) is a day.
		expect(days / 7).toBeCloseTo(estimatePlan(fixture, result, 'sv').weeks.max, 0);
	});

	it('leaves the process steps after the decision out of the weeks, but not out of the hours', () => {
		const result = recommend(fixture, base);
		const withoutAfter = {
			...result,
			process: result.process.filter((step) => step.stage !== 'genomforande')
		};
		expect(estimatePlan(fixture, withoutAfter, 'sv').weeks).toEqual(
			estimatePlan(fixture, result, 'sv').weeks
		);
		// webben is used only to tell all residents after the decision; its hours still count.
		expect(estimatePlan(fixture, result, 'sv').staffHours.max).toBe(580);
	});

	it.each([
		{ name: 'assessed times', catalog: fixture, assessed: true },
		{ name: 'sourced times', catalog: sourced(fixture), assessed: false }
	])('says whether the plan rests on $name', ({ catalog, assessed }) => {
		expect(estimatePlan(catalog, recommend(catalog, base), 'sv').assessed).toBe(assessed);
	});

	it('writes its assumptions down in Swedish', () => {
		const { assumptions } = estimatePlan(fixture, recommend(fixture, base), 'sv');
		expect(assumptions).toEqual([
			'Arbetstiden är summan av metodernas egna uppskattningar, från förberedelse till sammanställning. Den som redan har ett fungerande råd, kontakter på skolorna eller en färdig enkät behöver mindre tid.',
			'Veckorna räknas från att förberedelserna börjar till nämndens beslut: den längsta förberedelsen, aktiviteterna efter varandra i den ordning processen lägger dem, den längsta sammanställningen och tre veckor för underlaget hos nämnden. Kan några aktiviteter gå parallellt blir det kortare. Återkopplingen och utvärderingen efter beslutet kommer till.',
			'Kostnaden utöver arbetstiden är grovt räknad per metod efter dess kostnadsnivå: låg 0–25\u00a0000 kr, medel 25\u00a0000–150\u00a0000 kr och hög 150\u00a0000–500\u00a0000 kr. Lokaler, tolkar, tryck, porto och arvoden är de vanliga posterna.',
			'Alla planens metoder har tider som är bedömningar, inte hämtade ur källor – de kan slå fel åt båda hållen.'
		]);
	});

	it('writes its assumptions down in English, kronor as SEK', () => {
		const { assumptions } = estimatePlan(fixture, recommend(fixture, base), 'en');
		expect(assumptions[1]).toContain('three weeks for the material to lie with the committee');
		expect(assumptions[2]).toContain(
			'low SEK 0–25,000, medium SEK 25,000–150,000 and high SEK 150,000–500,000'
		);
		expect(assumptions[3]).toBe(
			'All the plan’s methods have times that are assessments, not taken from sources – they may be off either way.'
		);
	});

	it('says so when every time comes from a source', () => {
		const catalog = sourced(fixture);
		expect(estimatePlan(catalog, recommend(catalog, base), 'sv').assumptions[3]).toBe(
			'Alla metodernas tider bygger på källor.'
		);
	});
});

describe('estimatePlan (real catalogue)', () => {
	const repo = repoCatalog();
	const pbl: Answers = {
		purpose: 'Ny detaljplan för kvarteret',
		open: 'ja',
		questionType: 'komplex',
		level: 'dialog',
		groups: ['boende', 'unga'],
		stage: 'forslag',
		pbl: true
	};
	const result = recommend(repo, pbl);
	const methods = result.mix.map((entry) => repo.methods.find((method) => method.id === entry.id)!);
	const estimate = estimatePlan(repo, result, 'sv');

	it('sums the staff hours and cost bands of every method in the mix', () => {
		const sum = (read: (method: (typeof methods)[number]) => { min: number; max: number }) => ({
			min: methods.reduce((total, method) => total + read(method).min, 0),
			max: methods.reduce((total, method) => total + read(method).max, 0)
		});
		expect(estimate.staffHours).toEqual(sum((method) => method.time.staffHours));
		expect(estimate.cost).toEqual(sum((method) => KRONOR[method.cost]));
	});

	it('runs a PBL plan’s consultation and review one after the other before the decision', () => {
		const activity = (id: string) =>
			repo.methods.find((method) => method.id === id)!.time.activityWeeks;
		const statutory = {
			min: activity('samrad-pbl').min + activity('granskning-pbl').min,
			max: activity('samrad-pbl').max + activity('granskning-pbl').max
		};
		expect(estimate.weeks.min).toBeGreaterThan(statutory.min + COMMITTEE_WEEKS);
		expect(estimate.weeks.max).toBeGreaterThan(statutory.max + COMMITTEE_WEEKS);
	});

	it('counts the plan as assessed when some of its methods’ times are, and says how many', () => {
		const assessed = methods.filter((method) => method.time.basis === 'assessment').length;
		expect(assessed).toBeGreaterThan(0);
		expect(assessed).toBeLessThan(methods.length);
		expect(estimate.assessed).toBe(true);
		expect(estimate.assumptions[3]).toMatch(
			/^\S+ av planens \S+ metoder har tider som är bedömningar/
		);
	});
});
