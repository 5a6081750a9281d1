/**
 * The plan on dates: the result's process worked back from the committee's decision, one row per process step in
 * its order, with the rows a planner adds around it – preparation and invitations before the first activity,
 * compilation after the last one, the material to the committee before its meeting and the decision itself. The
 * feedback to participants before the decision (Svalöv's third meeting) and to all residents after it are the
 * process's own steps (rules 3 and 20); the timeline adds feedback to all residents and an evaluation only when the
 * process has no step after the decision, or none at follow-up. The lengths are the methods' own (`planParts` in
 * estimate.ts, at the slow end of each range), so the timeline and the estimate agree.
 *
 * It warns where the calendar works against the plan: an activity in July or in a school holiday, a PBL review or
 * consultation shorter than it may be, a plan that cannot fit before the decision, no decision date at all.
 *
 * Pure: the day comes in as `today`; dates are YYYY-MM-DD, counted in whole UTC days so no time zone moves them.
 */
import { LOCALES, type Lang } from '../catalog/lang.ts';
import type { StageId, WizardCatalog } from '../catalog/types.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import { COMMITTEE_WEEKS, countText, DECISION_STAGE, planParts, STEP_WEEKS } from './estimate.ts';

export type TimelineWarningKind =
	'july' | 'schoolHoliday' | 'pblMinimum' | 'tooLate' | 'noDecisionDate';

export interface TimelineWarning {
	kind: TimelineWarningKind;
	text: string;
	/** The row it concerns, if it concerns one. */
	row?: string;
}

export interface TimelineRow {
	/** The process step's id, or a planning row's (`PLANNING_ROWS`). */
	id: string;
	title: string;
	stage: StageId;
	/** First and last day, YYYY-MM-DD; '' while the plan has no decision date. */
	start: string;
	end: string;
	methods: string[];
	afterDecision: boolean;
	warnings: TimelineWarning[];
}

export interface Timeline {
	rows: TimelineRow[];
	/** Every warning: the plan's own first, then each row's in row order (the same objects as on the rows). */
	warnings: TimelineWarning[];
}

export interface TimelineInput {
	/** The day the committee decides, YYYY-MM-DD, or '' when not known yet. */
	decisionDate: string;
	/** The committee's meeting dates, YYYY-MM-DD, in any order. */
	meetingDates: readonly string[];
	/** The day the plan is made, YYYY-MM-DD: nothing can start before it. */
	today: string;
}

/** The rows the timeline adds to the process, by id. */
export const PLANNING_ROWS = [
	'forberedelse',
	'sammanstallning',
	'underlag-till-namnden',
	'beslut',
	'aterkoppling-efter-beslutet',
	'utvardering'
] as const;
type PlanningRow = (typeof PLANNING_ROWS)[number];

/**
 * The first outward step after the decision waits this many days, until the minutes are approved (justerat
 * protokoll) and the decision can be announced.
 */
export const DAYS_TO_APPROVED_MINUTES = 7;

/** The PBL steps with a shortest length: the review by law (PBL 5 kap.), the consultation by common practice. */
const PBL_MINIMUM = [
	// Two weeks in the standard procedure, three in the extended one; the answers do not say which, so two.
	{ step: 'granskning-enligt-pbl', weeks: 2, text: 'granskning' },
	// The law sets no length for consultation in the standard procedure; three weeks is what most municipalities give.
	{ step: 'samrad-enligt-pbl', weeks: 3, text: 'samrad' }
] as const;

export type SchoolHoliday = 'sportlov' | 'pasklov' | 'sommarlov' | 'hostlov' | 'jullov';

export function planTimeline(
	catalog: WizardCatalog,
	result: RecommendationResult,
	input: TimelineInput,
	lang: Lang
): Timeline {
	const texts = TEXTS[lang];
	const planned = plannedRows(catalog, result, lang);
	const beforeDays = planned
		.filter((row) => !row.afterDecision && !row.overlaps && row.id !== 'beslut')
		.reduce((sum, row) => sum + row.days, 0);

	const today = toDay(input.today);
	const chosen = toDay(input.decisionDate);
	const meetings = [...new Set(input.meetingDates.flatMap((date) => toDay(date) ?? []))].sort(
		(a, b) => a - b
	);
	const planWarnings: TimelineWarning[] = [];
	let decision = chosen;
	if (meetings.length > 0 && (chosen === undefined || meetings.includes(chosen))) {
		// The first meeting on or after the day the work can be ready, and not before the meeting the planner chose.
		const ready = today === undefined ? -Infinity : today + beforeDays;
		const fits = meetings.find((day) => day >= Math.max(ready, chosen ?? -Infinity));
		decision = fits ?? chosen ?? meetings.at(-1);
		if (fits !== undefined && chosen !== undefined && fits > chosen) {
			planWarnings.push({
				kind: 'tooLate',
				text: texts.moved(
					formatDate(chosen, lang),
					countText(Math.ceil((ready - chosen) / 7), 'week', lang),
					formatDate(fits, lang)
				)
			});
		}
	}

	const placed = decision === undefined ? undefined : place(planned, decision);
	if (decision === undefined) {
		planWarnings.push({ kind: 'noDecisionDate', text: texts.noDecisionDate });
	} else if (placed && today !== undefined) {
		const first = Math.min(...placed.map((span) => span.start));
		if (first < today) {
			planWarnings.push({
				kind: 'tooLate',
				text: texts.tooLate(
					countText(Math.ceil((today - first) / 7), 'week', lang),
					formatDate(decision, lang)
				)
			});
		}
	}

	const rows = planned.map((row, index): TimelineRow => {
		const span = placed?.[index];
		const warnings = [
			...(span && row.activity ? calendarWarnings(row, span, texts) : []),
			...(result.answers.pbl ? pblWarnings(row, texts, lang) : [])
		];
		return {
			id: row.id,
			title: row.title,
			stage: row.stage,
			start: span ? dayText(span.start) : '',
			end: span ? dayText(span.end) : '',
			methods: row.methods,
			afterDecision: row.afterDecision,
			warnings
		};
	});
	return { rows, warnings: [...planWarnings, ...rows.flatMap((row) => row.warnings)] };
}

/** A row before it has dates: its length in days, and whether it runs alongside the preparation. */
interface PlannedRow {
	id: string;
	title: string;
	stage: StageId;
	methods: string[];
	afterDecision: boolean;
	days: number;
	/** People take part in it: a process step with methods. Only these are warned about holidays. */
	activity: boolean;
	/** Done during the preparation, on its dates (a step before the first activity that names no method). */
	overlaps: boolean;
}

const daysOf = (weeks: number) => Math.round(weeks * 7);

function plannedRows(
	catalog: WizardCatalog,
	result: RecommendationResult,
	lang: Lang
): PlannedRow[] {
	const parts = planParts(catalog, result, 'max');
	const texts = TEXTS[lang];
	const titles: Record<PlanningRow, string> = {
		...texts.rows,
		'underlag-till-namnden': texts.committee(countText(COMMITTEE_WEEKS, 'week', lang))
	};
	const planning = (
		id: PlanningRow,
		stage: StageId,
		days: number,
		afterDecision = false
	): PlannedRow => ({
		id,
		title: titles[id],
		stage,
		methods: [],
		afterDecision,
		days,
		activity: false,
		overlaps: false
	});
	const fromStep = (
		step: RecommendationResult['process'][number],
		weeks: number,
		afterDecision: boolean,
		overlaps = false
	): PlannedRow => ({
		id: step.id,
		title: step.title,
		stage: step.stage,
		methods: step.methods,
		afterDecision,
		days: overlaps ? 0 : Math.max(1, daysOf(weeks)),
		activity: step.methods.length > 0,
		overlaps
	});

	const before = parts.before.map(({ step, weeks, duringPreparation }) =>
		fromStep(step, weeks, false, duringPreparation)
	);
	const firstActivity = before.findIndex((row) => !row.overlaps);
	const lastActivity = before.findLast((row) => !row.overlaps);
	const preparationStage =
		before[Math.max(firstActivity, 0)]?.stage ?? parts.after[0]?.step.stage ?? result.answers.stage;
	const preparation = planning('forberedelse', preparationStage, daysOf(parts.preparation));
	const rows = [
		...(firstActivity === -1 ? before : before.slice(0, firstActivity)),
		preparation,
		...(firstActivity === -1 ? [] : before.slice(firstActivity)),
		planning('sammanstallning', lastActivity?.stage ?? DECISION_STAGE, daysOf(parts.compilation)),
		planning('underlag-till-namnden', DECISION_STAGE, daysOf(parts.committee)),
		planning('beslut', DECISION_STAGE, 1),
		...parts.after.map(({ step, weeks }) => fromStep(step, weeks, true))
	];
	// Every plan tells all residents what was decided, and is evaluated; the process's own steps count.
	if (parts.after.length === 0)
		rows.push(planning('aterkoppling-efter-beslutet', 'genomforande', daysOf(STEP_WEEKS), true));
	if (!parts.after.some(({ step }) => step.stage === 'uppfoljning'))
		rows.push(planning('utvardering', 'uppfoljning', daysOf(STEP_WEEKS), true));
	// A part that takes no time (no compilation, no preparation) is no row; the decision is a day.
	return rows.filter((row) => row.days > 0 || row.overlaps);
}

interface DaySpan {
	start: number;
	end: number;
}

/** Dates for every row: back from the decision before it, forward after it. */
function place(rows: readonly PlannedRow[], decision: number): DaySpan[] {
	const spans: DaySpan[] = rows.map(() => ({ start: decision, end: decision }));
	let cursor = decision;
	for (let index = rows.length - 1; index >= 0; index--) {
		const row = rows[index]!;
		if (row.afterDecision || row.overlaps || row.id === 'beslut') continue;
		spans[index] = { start: cursor - row.days, end: cursor - 1 };
		cursor -= row.days;
	}
	// Without a preparation row (no method to prepare), what it would hold falls on the first day of the work.
	const preparation = spans[rows.findIndex((row) => row.id === 'forberedelse')] ?? {
		start: cursor,
		end: cursor
	};
	cursor = decision + DAYS_TO_APPROVED_MINUTES;
	rows.forEach((row, index) => {
		if (row.overlaps) spans[index] = { ...preparation };
		if (!row.afterDecision) return;
		spans[index] = { start: cursor, end: cursor + row.days - 1 };
		cursor += row.days;
	});
	return spans;
}

function calendarWarnings(row: PlannedRow, span: DaySpan, texts: Texts): TimelineWarning[] {
	const title = texts.quote(row.title);
	const inJuly = yearsOf(span).some((year) =>
		overlaps(span, { start: utcDay(year, 7, 1), end: utcDay(year, 7, 31) })
	);
	const warnings: TimelineWarning[] = inJuly
		? [{ kind: 'july', text: texts.july(title), row: row.id }]
		: [];
	for (const holiday of holidaysIn(span)) {
		// July's warning already says the summer is lost.
		if (holiday === 'sommarlov' && inJuly) continue;
		warnings.push({
			kind: 'schoolHoliday',
			text: texts.schoolHoliday(title, texts.holidays[holiday]),
			row: row.id
		});
	}
	return warnings;
}

function pblWarnings(row: PlannedRow, texts: Texts, lang: Lang): TimelineWarning[] {
	const minimum = PBL_MINIMUM.find((entry) => entry.step === row.id);
	if (!minimum || row.days >= minimum.weeks * 7) return [];
	return [
		{
			kind: 'pblMinimum',
			text: texts[minimum.text](texts.quote(row.title), countText(row.days, 'day', lang)),
			row: row.id
		}
	];
}

// --- The calendar -------------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

const utcDay = (year: number, month: number, day: number) =>
	Date.UTC(year, month - 1, day) / DAY_MS;

/** The day number of a YYYY-MM-DD date, or undefined when the text is no such date. */
function toDay(text: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const days = utcDay(year, month, day);
	return dayText(days) === text ? days : undefined;
}

const dayText = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

/** The years a span touches, and the one before (jullov starts in one year and ends in the next). */
function yearsOf({ start, end }: DaySpan): number[] {
	const years: number[] = [];
	for (let year = yearOf(start) - 1; year <= yearOf(end); year++) years.push(year);
	return years;
}

const overlaps = (a: DaySpan, b: DaySpan) => a.start <= b.end && b.start <= a.end;

/** Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher), as YYYY-MM-DD. */
export function easterSunday(year: number): string {
	return dayText(easterDay(year));
}

function easterDay(year: number): number {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return utcDay(year, month, day);
}

/** The Monday of an ISO week (week 1 holds 4 January). */
function isoWeekMonday(year: number, week: number): number {
	const january4 = utcDay(year, 1, 4);
	const weekday = (new Date(january4 * DAY_MS).getUTCDay() + 6) % 7;
	return january4 - weekday + (week - 1) * 7;
}

/**
 * The school holidays of a year, as this timeline assumes them. They vary between municipalities; these are the
 * widest usual spans, so a warning means "check your own dates", not "certainly a holiday".
 */
function holidaysOf(year: number): { id: SchoolHoliday; span: DaySpan }[] {
	const week = (number: number) => ({
		start: isoWeekMonday(year, number),
		end: isoWeekMonday(year, number) + 6
	});
	const easter = easterDay(year);
	return [
		// Sportlov is one week among weeks 7–10, by county: any of them may be someone's.
		{ id: 'sportlov', span: { start: week(7).start, end: week(10).end } },
		// The week around Easter: Monday of Holy Week to Easter Monday.
		{ id: 'pasklov', span: { start: easter - 6, end: easter + 1 } },
		{ id: 'sommarlov', span: { start: utcDay(year, 6, 15), end: utcDay(year, 8, 20) } },
		{ id: 'hostlov', span: week(44) },
		{ id: 'jullov', span: { start: utcDay(year, 12, 20), end: utcDay(year + 1, 1, 6) } }
	];
}

function holidaysIn(span: DaySpan): SchoolHoliday[] {
	const found = yearsOf(span)
		.flatMap(holidaysOf)
		.filter((holiday) => overlaps(span, holiday.span))
		.map((holiday) => holiday.id);
	return [...new Set(found)];
}

/** The school holidays a span of days (YYYY-MM-DD, both included) touches, in calendar order. */
export function schoolHolidays(start: string, end: string): SchoolHoliday[] {
	const from = toDay(start);
	const to = toDay(end);
	return from === undefined || to === undefined ? [] : holidaysIn({ start: from, end: to });
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
function formatDate(day: number, lang: Lang): string {
	let format = dateFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(LOCALES[lang], {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		dateFormats.set(lang, format);
	}
	return format.format(day * DAY_MS);
}

// --- Texts ------------------------------------------------------------------------------------------------------

interface Texts {
	rows: Record<Exclude<PlanningRow, 'underlag-till-namnden'>, string>;
	committee: (weeks: string) => string;
	quote: (text: string) => string;
	july: (row: string) => string;
	schoolHoliday: (row: string, holiday: string) => string;
	holidays: Record<SchoolHoliday, string>;
	granskning: (row: string, length: string) => string;
	samrad: (row: string, length: string) => string;
	tooLate: (missing: string, decision: string) => string;
	moved: (chosen: string, missing: string, decision: string) => string;
	noDecisionDate: string;
}

const TEXTS: Record<Lang, Texts> = {
	sv: {
		rows: {
			forberedelse: 'Förbered och bjud in',
			sammanstallning: 'Sammanställ synpunkterna',
			beslut: 'Nämnden beslutar',
			'aterkoppling-efter-beslutet': 'Berätta för alla invånare vad som beslutades',
			utvardering: 'Utvärdera dialogen'
		},
		committee: (weeks) => `Underlaget till nämnden, ${weeks} före sammanträdet`,
		quote: (text) => `”${text}”`,
		july: (row) =>
			`${row} hamnar i juli, när många har semester och få deltar. Flytta aktiviteten om ni kan, annars får ni räkna med färre deltagare.`,
		schoolHoliday: (row, holiday) =>
			`${row} hamnar under ${holiday}. Många familjer är lediga eller bortresta då, och skolan går inte att använda för att nå barn och unga. Lägg aktiviteten utanför lovet om ni kan.`,
		holidays: {
			sportlov:
				'sportlovet (vecka 7–10 – veckan skiljer sig mellan länen, så kontrollera vilken som gäller hos er)',
			pasklov:
				'påsklovet (här räknat från måndagen före påsk till annandag påsk; en del kommuner har lovet veckan efter)',
			sommarlov: 'sommarlovet (ungefär från mitten av juni till den tredje veckan i augusti)',
			hostlov: 'höstlovet (vecka 44)',
			jullov: 'jullovet (ungefär 20 december–6 januari)'
		},
		granskning: (row, length) =>
			`${row} är bara ${length}. Enligt plan- och bygglagen (5 kap.) ska förslaget granskas i minst två veckor med standardförfarande och minst tre veckor med utökat förfarande. Tidslinjen räknar med standardförfarande.`,
		samrad: (row, length) =>
			`${row} är bara ${length}. Samrådet brukar pågå minst tre veckor – det är praxis, inte lag, för plan- och bygglagen anger ingen minsta samrådstid vid standardförfarande – men med kortare tid hinner sakägare, boende och myndigheter sällan svara.`,
		tooLate: (missing, decision) =>
			`Tiden räcker inte: det fattas ${missing} före beslutet den ${decision}. Välj en ärlig väg – flytta beslutet, använd färre metoder eller lova mindre och säg det öppet till dem ni bjuder in.`,
		moved: (chosen, missing, decision) =>
			`Arbetet hinner inte bli klart till sammanträdet den ${chosen}: det fattas ${missing}. Tidslinjen följer därför sammanträdet den ${decision}. Ska beslutet ändå tas den ${chosen} behöver ni använda färre metoder eller lova mindre – och säga det öppet.`,
		noDecisionDate:
			'Det finns inget beslutsdatum ännu. Ange när nämnden ska besluta, eller nämndens sammanträdesdagar, så får tidslinjen datum. Till dess visar den bara i vilken ordning stegen kommer.'
	},
	en: {
		rows: {
			forberedelse: 'Prepare and invite',
			sammanstallning: 'Compile the input',
			beslut: 'The committee decides',
			'aterkoppling-efter-beslutet': 'Tell all residents what was decided',
			utvardering: 'Evaluate the dialogue'
		},
		committee: (weeks) => `Material to the committee, ${weeks} before its meeting`,
		quote: (text) => `‘${text}’`,
		july: (row) =>
			`${row} falls in July, when many are on holiday and few take part. Move the activity if you can; otherwise expect fewer participants.`,
		schoolHoliday: (row, holiday) =>
			`${row} falls in ${holiday}. Many families are off or away then, and schools cannot be used to reach children and young people. Hold the activity outside the holiday if you can.`,
		holidays: {
			sportlov:
				'the winter sports holiday, sportlov (weeks 7–10 – the week differs between counties, so check yours)',
			pasklov:
				'the Easter holiday (taken here as Monday of Holy Week to Easter Monday; some municipalities have it the week after)',
			sommarlov: 'the summer holiday (roughly mid-June to the third week of August)',
			hostlov: 'the autumn half-term, höstlov (week 44)',
			jullov: 'the Christmas holiday (roughly 20 December to 6 January)'
		},
		granskning: (row, length) =>
			`${row} lasts only ${length}. Under the Planning and Building Act (chapter 5) the proposal must be open for review for at least two weeks in the standard procedure and three weeks in the extended procedure. The timeline assumes the standard procedure.`,
		samrad: (row, length) =>
			`${row} lasts only ${length}. Consultation usually runs for at least three weeks – common practice, not law, as the Planning and Building Act sets no minimum for consultation in the standard procedure – but with less, property owners, residents and agencies seldom have time to respond.`,
		tooLate: (missing, decision) =>
			`There is not enough time: the plan is ${missing} short before the decision on ${decision}. Choose an honest way out – move the decision, use fewer methods, or promise less and say so openly to the people you invite.`,
		moved: (chosen, missing, decision) =>
			`The work cannot be ready for the meeting on ${chosen}: it is ${missing} short. The timeline therefore follows the meeting on ${decision}. To decide on ${chosen} after all, use fewer methods or promise less – and say so openly.`,
		noDecisionDate:
			'There is no decision date yet. Enter when the committee will decide, or its meeting dates, and the timeline gets dates. Until then it shows only the order of the steps.'
	}
};
