/**
 * The timeline's specification: the plan worked back from the committee's decision, row by row in the process's
 * order, with the calendar's warnings. Mostly on the small fixture catalogue (tests/fixtures/catalog), whose plan
 * for complex dialogue with residents and young people is, at the slow end of each method's range:
 *   preparation 10 weeks (verkstad) · informera 1 day (brevet) · dialog 4 weeks (verkstad) · till-deltagarna 1 day
 *   (ateroket) · compilation 4 weeks (verkstad) · 3 weeks with the committee · the decision
 *   · a week for the minutes · till-alla 1 day · evaluation 1 week (the fixture's process has none of its own).
 * That is 149 days from the first day of preparation to the decision.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers/answers.ts';
import type { Lang, WizardCatalog } from '../../src/lib/catalog/types.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';
import {
	easterSunday,
	planTimeline,
	schoolHolidays,
	type Timeline,
	type TimelineInput,
	type TimelineWarning
} from '../../src/lib/plan/timeline.ts';
import { fixtureCatalog, repoCatalog } from '../helpers/catalog.ts';

const fixture = fixtureCatalog();
const base: Answers = {
	questionType: 'komplex',
	level: 'dialog',
	stage: 'forslag',
	groups: ['boende', 'unga'],
	open: 'ja'
};
/** A decision in December 2027, planned in January: the whole plan fits and no activity meets a holiday. */
const calm: TimelineInput = { decisionDate: '2027-12-01', meetingDates: [], today: '2027-01-11' };

function timeline(
	input: Partial<TimelineInput> = {},
	{
		answers = base,
		catalog = fixture as WizardCatalog,
		lang = 'sv' as Lang
	}: { answers?: Answers; catalog?: WizardCatalog; lang?: Lang } = {}
): Timeline {
	return planTimeline(catalog, recommend(catalog, answers), { ...calm, ...input }, lang);
}
const row = (plan: Timeline, id: string) => {
	const found = plan.rows.find((entry) => entry.id === id);
	if (!found) throw new Error(`no row ${id} in ${plan.rows.map((entry) => entry.id).join(', ')}`);
	return found;
};
const kinds = (warnings: readonly TimelineWarning[]) => warnings.map((warning) => warning.kind);
const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('planTimeline (fixture catalogue)', () => {
	it('works back from the decision: preparation, the process in order, compilation, the committee, the decision, then what follows it', () => {
		const plan = timeline();
		expect(
			plan.rows.map(({ id, stage, start, end, afterDecision }) => ({
				id,
				stage,
				start,
				end,
				afterDecision
			}))
		).toEqual([
			{
				id: 'forberedelse',
				stage: 'forslag',
				start: '2027-07-05',
				end: '2027-09-12',
				afterDecision: false
			},
			{
				id: 'informera',
				stage: 'forslag',
				start: '2027-09-13',
				end: '2027-09-13',
				afterDecision: false
			},
			{
				id: 'dialog',
				stage: 'forslag',
				start: '2027-09-14',
				end: '2027-10-11',
				afterDecision: false
			},
			{
				id: 'till-deltagarna',
				stage: 'forslag',
				start: '2027-10-12',
				end: '2027-10-12',
				afterDecision: false
			},
			{
				id: 'sammanstallning',
				stage: 'forslag',
				start: '2027-10-13',
				end: '2027-11-09',
				afterDecision: false
			},
			{
				id: 'underlag-till-namnden',
				stage: 'beslut',
				start: '2027-11-10',
				end: '2027-11-30',
				afterDecision: false
			},
			{
				id: 'beslut',
				stage: 'beslut',
				start: '2027-12-01',
				end: '2027-12-01',
				afterDecision: false
			},
			// A week for the minutes to be approved before the decision is announced.
			{
				id: 'till-alla',
				stage: 'genomforande',
				start: '2027-12-08',
				end: '2027-12-08',
				afterDecision: true
			},
			{
				id: 'utvardering',
				stage: 'uppfoljning',
				start: '2027-12-09',
				end: '2027-12-15',
				afterDecision: true
			}
		]);
		expect(plan.warnings).toEqual([]);
	});

	it('has one row per process step, in the process order, each with the step’s title and methods', () => {
		const result = recommend(fixture, base);
		const plan = timeline();
		const steps = plan.rows.filter((entry) => result.process.some((step) => step.id === entry.id));
		expect(steps.map(({ id, title, methods }) => ({ id, title, methods }))).toEqual(
			result.process.map(({ id, title, methods }) => ({ id, title, methods }))
		);
	});

	it('names the planning rows in the chosen language, with the committee’s lead time in the title', () => {
		const titles = (lang: 'sv' | 'en') =>
			timeline({}, { lang })
				.rows.filter((entry) =>
					['forberedelse', 'underlag-till-namnden', 'beslut'].includes(entry.id)
				)
				.map((entry) => entry.title);
		expect(titles('sv')).toEqual([
			'Förbered och bjud in',
			'Underlaget till nämnden, tre veckor före sammanträdet',
			'Nämnden beslutar'
		]);
		expect(titles('en')).toEqual([
			'Prepare and invite',
			'Material to the committee, three weeks before its meeting',
			'The committee decides'
		]);
	});

	it('lays out every plan without gaps before the decision, and after it only once the minutes are approved', () => {
		const plans: Answers[] = [
			base,
			{ ...base, groups: ['aldre'], questionType: 'enkel', level: 'konsultation', stage: 'behov' },
			{ ...base, open: 'nej' },
			{ ...base, groups: ['alla', 'barn'], stage: 'prioritering' }
		];
		for (const answers of plans) {
			const plan = timeline({}, { answers });
			const decision = row(plan, 'beslut').start;
			const before = plan.rows.filter((entry) => !entry.afterDecision && entry.id !== 'beslut');
			const after = plan.rows.filter((entry) => entry.afterDecision);
			for (const entry of before) expect(entry.end < decision, entry.id).toBe(true);
			for (const entry of after) expect(entry.start > addDays(decision, 6), entry.id).toBe(true);
			const sequence = before.slice(before.findIndex((entry) => entry.id === 'forberedelse'));
			for (let at = 1; at < sequence.length; at++)
				expect(sequence[at]!.start).toBe(addDays(sequence[at - 1]!.end, 1));
			expect(addDays(before.at(-1)!.end, 1)).toBe(decision);
			for (let at = 1; at < after.length; at++)
				expect(after[at]!.start).toBe(addDays(after[at - 1]!.end, 1));
		}
	});

	it('feeds back to participants before the decision and to all residents after it, then evaluates', () => {
		const plan = timeline();
		const decision = row(plan, 'beslut').start;
		expect(row(plan, 'till-deltagarna').end < decision).toBe(true);
		expect(row(plan, 'till-alla').start > decision).toBe(true);
		expect(row(plan, 'utvardering').start > row(plan, 'till-alla').end).toBe(true);
	});

	it('puts a dialogue on carrying out a decision after it, with only the preparation before', () => {
		const plan = timeline({}, { answers: { ...base, stage: 'genomforande' } });
		expect(plan.rows.map((entry) => [entry.id, entry.afterDecision])).toEqual([
			['forberedelse', false],
			['beslut', false],
			['informera', true],
			['dialog', true],
			['till-deltagarna', true],
			['till-alla', true],
			['utvardering', true]
		]);
	});

	it.each([
		{ name: 'planned on the first day it needs', today: '2027-07-05', expected: [] },
		{
			name: 'one day short',
			today: '2027-07-06',
			text: 'det fattas en vecka före beslutet den 1 december 2027'
		},
		{ name: 'four weeks short', today: '2027-08-02', text: 'det fattas fyra veckor före beslutet' },
		{ name: 'a decision already past', today: '2027-12-02', text: 'det fattas 22 veckor' }
	])('warns when the plan cannot fit before the decision: $name', ({ today, expected, text }) => {
		const plan = timeline({ today });
		if (expected) return expect(kinds(plan.warnings)).toEqual(expected);
		const [warning] = plan.warnings;
		expect(warning?.kind).toBe('tooLate');
		expect(warning?.row).toBeUndefined();
		expect(warning?.text).toContain(text);
		// The honest ways out, said each time.
		expect(warning?.text).toContain('flytta beslutet, använd färre metoder eller lova mindre');
	});

	it('warns an activity in July once, as July, and leaves the preparation in July alone', () => {
		// Decision 30 September 2027: informera on 13 July, the dialogue 14 July–10 August, feedback on 11 August.
		const plan = timeline({ decisionDate: '2027-09-30' });
		expect(row(plan, 'forberedelse').end).toBe('2027-07-12');
		expect(row(plan, 'forberedelse').warnings).toEqual([]);
		expect(kinds(row(plan, 'informera').warnings)).toEqual(['july']);
		expect(kinds(row(plan, 'dialog').warnings)).toEqual(['july']);
		expect(row(plan, 'dialog').warnings[0]).toEqual({
			kind: 'july',
			row: 'dialog',
			text: '”Dialog” hamnar i juli, när många har semester och få deltar. Flytta aktiviteten om ni kan, annars får ni räkna med färre deltagare.'
		});
		// August is still the summer holiday, and said so.
		expect(kinds(row(plan, 'till-deltagarna').warnings)).toEqual(['schoolHoliday']);
		expect(row(plan, 'till-deltagarna').warnings[0]?.text).toContain('sommarlovet');
		// The plan's warnings are the rows' warnings, in row order.
		expect(plan.warnings).toEqual(plan.rows.flatMap((entry) => entry.warnings));
	});

	it.each([
		{
			holiday: 'sportlov',
			on: '2027-03-08',
			decisionDate: '2027-04-27',
			named: 'sportlovet (vecka 7–10'
		},
		{ holiday: 'påsklov', on: '2027-03-29', decisionDate: '2027-05-18', named: 'påsklovet' },
		{ holiday: 'sommarlov', on: '2027-08-16', decisionDate: '2027-10-05', named: 'sommarlovet' },
		{
			holiday: 'höstlov',
			on: '2027-11-03',
			decisionDate: '2027-12-23',
			named: 'höstlovet (vecka 44)'
		},
		{ holiday: 'jullov', on: '2028-01-05', decisionDate: '2028-02-24', named: 'jullovet' }
	])(
		'warns an activity in the $holiday, naming the holiday and the row ($on)',
		({ on, decisionDate, named }) => {
			const plan = timeline({ decisionDate, today: '2026-06-01' });
			const feedback = row(plan, 'till-deltagarna');
			expect(feedback.start).toBe(on);
			expect(feedback.warnings).toHaveLength(1);
			expect(feedback.warnings[0]).toMatchObject({ kind: 'schoolHoliday', row: 'till-deltagarna' });
			expect(feedback.warnings[0]?.text).toContain(`”Till deltagarna” hamnar under ${named}`);
		}
	);

	it.each([
		{ name: 'the Sunday before Holy Week', on: '2027-03-21', decisionDate: '2027-05-10' },
		{ name: 'the Tuesday after Easter Monday', on: '2027-03-30', decisionDate: '2027-05-19' },
		{ name: 'an ordinary week in April', on: '2027-04-06', decisionDate: '2027-05-26' }
	])('does not warn an activity outside the holidays: $name', ({ on, decisionDate }) => {
		const feedback = row(timeline({ decisionDate, today: '2026-06-01' }), 'till-deltagarna');
		expect(feedback.start).toBe(on);
		expect(feedback.warnings).toEqual([]);
	});

	it.each([
		{
			name: 'no decision date: the first meeting on or after the day the work can be ready',
			input: { decisionDate: '', meetingDates: ['2027-12-16', '2027-06-10', '2027-09-30'] },
			decision: '2027-06-10',
			warnings: []
		},
		{
			name: 'a day later the work misses that meeting and takes the next',
			input: { decisionDate: '', meetingDates: ['2027-06-10', '2027-09-30'], today: '2027-01-13' },
			decision: '2027-09-30',
			warnings: []
		},
		{
			name: 'a chosen meeting the work can be ready for is kept',
			input: { decisionDate: '2027-12-16', meetingDates: ['2027-06-10', '2027-12-16'] },
			decision: '2027-12-16',
			warnings: []
		},
		{
			name: 'a chosen meeting the work cannot be ready for moves to the next, and says so',
			input: {
				decisionDate: '2027-06-10',
				meetingDates: ['2027-06-10', '2027-09-30'],
				today: '2027-02-01'
			},
			decision: '2027-09-30',
			warnings: ['tooLate']
		},
		{
			name: 'a chosen date that is no meeting is kept as it is',
			input: { decisionDate: '2027-11-04', meetingDates: ['2027-06-10', '2027-09-30'] },
			decision: '2027-11-04',
			warnings: []
		},
		{
			name: 'no meeting late enough: the last one, and the plan is too late',
			input: { decisionDate: '', meetingDates: ['2027-03-01', 'not a date'] },
			decision: '2027-03-01',
			warnings: ['tooLate']
		}
	])('follows the committee’s meeting dates: $name', ({ input, decision, warnings }) => {
		const plan = timeline(input);
		expect(row(plan, 'beslut').start).toBe(decision);
		// The plan's own warnings; the rows' holidays depend on where the dates fall.
		expect(kinds(plan.warnings.filter((warning) => !warning.row))).toEqual(warnings);
	});

	it('says which meeting the decision moved to, and how many weeks the chosen one lacks', () => {
		const plan = timeline({
			decisionDate: '2027-06-10',
			meetingDates: ['2027-06-10', '2027-09-30'],
			today: '2027-02-01'
		});
		// Ready on 30 June: twenty days, so three weeks, after the chosen meeting.
		expect(plan.warnings[0]?.text).toBe(
			'Arbetet hinner inte bli klart till sammanträdet den 10 juni 2027: det fattas tre veckor. Tidslinjen följer därför sammanträdet den 30 september 2027. Ska beslutet ändå tas den 10 juni 2027 behöver ni använda färre metoder eller lova mindre – och säga det öppet.'
		);
	});

	it.each([
		{ lang: 'sv' as const, text: 'Det finns inget beslutsdatum ännu.' },
		{ lang: 'en' as const, text: 'There is no decision date yet.' }
	])(
		'without a decision date keeps the rows in order without dates, and says why ($lang)',
		({ lang, text }) => {
			const dated = timeline({}, { lang });
			const plan = timeline({ decisionDate: '', today: '2027-12-30' }, { lang });
			expect(plan.rows.map((entry) => entry.id)).toEqual(dated.rows.map((entry) => entry.id));
			expect(plan.rows.every((entry) => entry.start === '' && entry.end === '')).toBe(true);
			expect(kinds(plan.warnings)).toEqual(['noDecisionDate']);
			expect(plan.warnings[0]?.text).toContain(text);
		}
	);

	it('treats a decision date that is no date as none', () => {
		expect(kinds(timeline({ decisionDate: '2027-02-30' }).warnings)).toEqual(['noDecisionDate']);
	});
});

describe('planTimeline (real catalogue)', () => {
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
	/** The real catalogue with one method's activity set to a number of weeks. */
	const shortened = (id: string, weeks: number): WizardCatalog => ({
		...repo,
		methods: repo.methods.map((method) =>
			method.id === id
				? { ...method, time: { ...method.time, activityWeeks: { min: weeks, max: weeks } } }
				: method
		)
	});
	const decided = { decisionDate: '2029-06-14', today: '2027-01-11' };

	it('follows a PBL plan’s process: consultation and review before the decision, the summary to all after it', () => {
		const result = recommend(repo, pbl);
		const plan = planTimeline(repo, result, { ...decided, meetingDates: [] }, 'sv');
		const ids = plan.rows.map((entry) => entry.id);
		const processIds = result.process.map((step) => step.id);
		expect(ids.filter((id) => processIds.includes(id))).toEqual(processIds);
		const at = (id: string) => ids.indexOf(id);
		expect(at('forberedelse')).toBe(
			at(result.process.find((step) => step.methods.length > 0)!.id) - 1
		);
		expect(at('samrad-enligt-pbl')).toBeLessThan(at('granskning-enligt-pbl'));
		expect(ids.slice(at('granskning-enligt-pbl') + 1, at('beslut') + 1)).toEqual([
			'sammanstallning',
			'underlag-till-namnden',
			'beslut'
		]);
		expect(row(plan, 'granskning-enligt-pbl').afterDecision).toBe(false);
		expect(row(plan, 'aterkoppling-till-deltagarna').end < decided.decisionDate).toBe(true);
		expect(row(plan, 'sammanstallning-till-alla-boende').afterDecision).toBe(true);
		expect(
			row(plan, 'utvardera-dialogen').start > row(plan, 'sammanstallning-till-alla-boende').end
		).toBe(true);
		// The catalogue's own evaluation and feedback steps stand in for the timeline's.
		expect(ids).not.toContain('utvardering');
		expect(ids).not.toContain('aterkoppling-efter-beslutet');
	});

	it('does the mandate and the locality description during the preparation', () => {
		const plan = planTimeline(repo, recommend(repo, pbl), { ...decided, meetingDates: [] }, 'sv');
		const preparation = row(plan, 'forberedelse');
		for (const id of ['politiskt-uppdrag', 'forbered-orten']) {
			expect([row(plan, id).start, row(plan, id).end]).toEqual([
				preparation.start,
				preparation.end
			]);
		}
	});

	it('gives the statutory consultation and review their catalogue lengths without a warning', () => {
		const plan = planTimeline(repo, recommend(repo, pbl), { ...decided, meetingDates: [] }, 'sv');
		expect(kinds(plan.warnings)).not.toContain('pblMinimum');
	});

	it.each([
		{
			name: 'a review of one week, under the statutory two',
			method: 'granskning-pbl',
			weeks: 1,
			row: 'granskning-enligt-pbl',
			text: [
				'”Granskning av det reviderade förslaget” är bara sju dagar.',
				'minst två veckor med standardförfarande och minst tre veckor med utökat förfarande',
				'Tidslinjen räknar med standardförfarande.'
			]
		},
		{
			name: 'a consultation of two weeks, under the usual three',
			method: 'samrad-pbl',
			weeks: 2,
			row: 'samrad-enligt-pbl',
			text: ['”Samråd om planförslaget” är bara 14 dagar.', 'det är praxis, inte lag']
		}
	])('warns a PBL plan with $name', ({ method, weeks, row: id, text }) => {
		const catalog = shortened(method, weeks);
		for (const input of [
			{ ...decided, meetingDates: [] },
			{ decisionDate: '', meetingDates: [], today: decided.today }
		]) {
			const plan = planTimeline(catalog, recommend(catalog, pbl), input, 'sv');
			const warnings = row(plan, id).warnings.filter((warning) => warning.kind === 'pblMinimum');
			expect(warnings).toHaveLength(1);
			for (const part of text) expect(warnings[0]?.text).toContain(part);
		}
	});

	it('does not hold a plan outside PBL to the PBL minimum', () => {
		const catalog = shortened('granskning-pbl', 1);
		const result = recommend(catalog, pbl);
		const plan = planTimeline(
			catalog,
			{ ...result, answers: { ...result.answers, pbl: false } },
			{ ...decided, meetingDates: [] },
			'sv'
		);
		expect(kinds(plan.warnings)).not.toContain('pblMinimum');
	});
});

describe('the calendar', () => {
	it.each([
		{ year: 2008, easter: '2008-03-23' },
		{ year: 2024, easter: '2024-03-31' },
		{ year: 2025, easter: '2025-04-20' },
		{ year: 2026, easter: '2026-04-05' },
		{ year: 2027, easter: '2027-03-28' },
		{ year: 2038, easter: '2038-04-25' }
	])('Easter Sunday $year is $easter', ({ year, easter }) => {
		expect(easterSunday(year)).toBe(easter);
	});

	it.each([
		{ from: '2027-02-14', to: '2027-02-14', holidays: [] },
		{ from: '2027-02-15', to: '2027-02-15', holidays: ['sportlov'] }, // Monday, week 7
		{ from: '2027-03-14', to: '2027-03-14', holidays: ['sportlov'] }, // Sunday, week 10
		{ from: '2027-03-15', to: '2027-03-21', holidays: [] },
		{ from: '2027-03-22', to: '2027-03-22', holidays: ['pasklov'] }, // Monday of Holy Week
		{ from: '2027-03-29', to: '2027-03-29', holidays: ['pasklov'] }, // Easter Monday
		{ from: '2027-03-30', to: '2027-06-14', holidays: [] },
		{ from: '2027-06-15', to: '2027-06-15', holidays: ['sommarlov'] },
		{ from: '2027-08-20', to: '2027-08-20', holidays: ['sommarlov'] },
		{ from: '2027-08-21', to: '2027-10-31', holidays: [] },
		{ from: '2027-11-01', to: '2027-11-07', holidays: ['hostlov'] }, // week 44
		{ from: '2027-11-08', to: '2027-12-19', holidays: [] },
		{ from: '2027-12-20', to: '2027-12-20', holidays: ['jullov'] },
		{ from: '2028-01-06', to: '2028-01-06', holidays: ['jullov'] },
		{ from: '2028-01-07', to: '2028-01-07', holidays: [] },
		{ from: '2027-02-01', to: '2027-04-30', holidays: ['sportlov', 'pasklov'] },
		{ from: '2027-10-01', to: '2028-03-01', holidays: ['hostlov', 'jullov', 'sportlov'] }
	])('the school holidays from $from to $to: $holidays', ({ from, to, holidays }) => {
		expect(schoolHolidays(from, to)).toEqual(holidays);
	});
});
