/**
 * What a plan asks of the municipality before it is run: staff hours, the weeks from the first preparation to the
 * decision, and a rough cost beyond staff time – summed from each method's own figures (`time` and `cost` in
 * methods/*.yaml), with every assumption said in a plain sentence. The timeline (timeline.ts) lays out the same
 * parts (`planParts`) on dates, so the estimate and the timeline never disagree about how long the work takes.
 */
import { STAGE_IDS } from '../catalog/ids.ts';
import { formatRange, type Lang } from '../catalog/lang.ts';
import type { Rating, StageId, WizardCatalog, WizardMethod } from '../catalog/types.ts';
import type { Span } from '../engine/means.ts';
import type { ProcessStepResult, RecommendationResult } from '../engine/recommend.ts';

export interface Estimate {
	/** The plan's methods' staff hours, summed. */
	staffHours: Span;
	/** From the start of preparation to the committee's decision. */
	weeks: Span;
	/** Kronor beyond staff time, from each method's cost band (`KRONOR`). */
	cost: Span;
	/** The assumptions behind the numbers, as plain sentences in the chosen language. */
	assumptions: string[];
	/** Some method's times are an assessment, not taken from a source. */
	assessed: boolean;
}

/**
 * Weeks before its meeting that the committee wants the material (tjänsteskrivelse and underlag): the usual lead time
 * for beredning, the presidium and sending out the papers. An assumption; a committee's own schedule may differ.
 */
export const COMMITTEE_WEEKS = 3;

/** A step that names no method of its own (a follow-up, a decision on the proposals) is given a week. */
export const STEP_WEEKS = 1;

/**
 * Kronor beyond staff time for one method, by its cost band (rules/schemas: low under about 25 000 kr, medium about
 * 25 000–150 000 kr, high more). High has no ceiling in the catalogue; 500 000 kr is where this estimate stops.
 */
export const KRONOR: Readonly<Record<Rating, Span>> = {
	low: { min: 0, max: 25_000 },
	medium: { min: 25_000, max: 150_000 },
	high: { min: 150_000, max: 500_000 }
};

/** The stage the decision closes: every stage after it in rules/stages.yaml comes after the decision. */
export const DECISION_STAGE: StageId = 'beslut';

export const isAfterDecision = (stage: StageId): boolean =>
	STAGE_IDS.indexOf(stage) > STAGE_IDS.indexOf(DECISION_STAGE);

/** Which end of the methods' ranges to read: the quick case or the slow one. */
export type End = keyof Span;

export interface PlanParts {
	/** Weeks of preparation and invitations before the first activity: the longest of the methods used before it. */
	preparation: number;
	/**
	 * The process steps before the decision, in process order, each with its weeks: the longest activity of its
	 * methods. A step before the first activity that names no method (a mandate, a locality description) is done
	 * during the preparation and adds no weeks of its own.
	 */
	before: { step: ProcessStepResult; weeks: number; duringPreparation: boolean }[];
	/** Weeks to compile the input after the last activity: the longest compilation of the methods used before. */
	compilation: number;
	/** Weeks the material lies with the committee: `COMMITTEE_WEEKS` when there is work to decide on, else 0. */
	committee: number;
	/** The process steps after the decision, in process order, each with its weeks. */
	after: { step: ProcessStepResult; weeks: number }[];
}

/** The plan's parts in order, each with its weeks at one end of the methods' ranges. */
export function planParts(
	catalog: WizardCatalog,
	result: RecommendationResult,
	end: End
): PlanParts {
	const methodsOf = (ids: readonly string[]) =>
		ids.flatMap((id) => catalog.methods.find((method) => method.id === id) ?? []);
	const longest = (methods: readonly WizardMethod[], read: (method: WizardMethod) => Span) =>
		Math.max(0, ...methods.map((method) => read(method)[end]));
	const stepWeeks = (step: ProcessStepResult) => {
		const methods = methodsOf(step.methods);
		return methods.length > 0
			? longest(methods, (method) => method.time.activityWeeks)
			: STEP_WEEKS;
	};

	const beforeSteps = result.process.filter((step) => !isAfterDecision(step.stage));
	const afterSteps = result.process.filter((step) => isAfterDecision(step.stage));
	const firstActivity = beforeSteps.findIndex((step) => step.methods.length > 0);
	const usedBefore = methodsOf([...new Set(beforeSteps.flatMap((step) => step.methods))]);
	// With nothing before the decision (a dialogue on how to carry it out), prepare for what comes after it.
	const prepared =
		usedBefore.length > 0
			? usedBefore
			: methodsOf([...new Set(result.process.flatMap((step) => step.methods))]);

	return {
		preparation: longest(prepared, (method) => method.time.preparationWeeks),
		before: beforeSteps.map((step, index) => {
			const duringPreparation = firstActivity === -1 || index < firstActivity;
			return { step, weeks: duringPreparation ? 0 : stepWeeks(step), duringPreparation };
		}),
		compilation: longest(usedBefore, (method) => method.time.compilationWeeks),
		committee: firstActivity === -1 ? 0 : COMMITTEE_WEEKS,
		after: afterSteps.map((step) => ({ step, weeks: stepWeeks(step) }))
	};
}

/** The weeks from the start of preparation to the decision. */
export function weeksToDecision(parts: PlanParts): number {
	const steps = parts.before.reduce((sum, { weeks }) => sum + weeks, 0);
	return round(parts.preparation + steps + parts.compilation + parts.committee);
}

/** Sums the plan's hours, weeks and cost, and says what the sums assume. */
export function estimatePlan(
	catalog: WizardCatalog,
	result: RecommendationResult,
	lang: Lang
): Estimate {
	const methods = result.mix.flatMap(
		(entry) => catalog.methods.find((method) => method.id === entry.id) ?? []
	);
	const sum = (read: (method: WizardMethod) => Span): Span => ({
		min: methods.reduce((total, method) => total + read(method).min, 0),
		max: methods.reduce((total, method) => total + read(method).max, 0)
	});
	const assessed = methods.filter((method) => method.time.basis === 'assessment').length;
	const texts = TEXTS[lang];

	return {
		staffHours: sum((method) => method.time.staffHours),
		weeks: {
			min: weeksToDecision(planParts(catalog, result, 'min')),
			max: weeksToDecision(planParts(catalog, result, 'max'))
		},
		cost: sum((method) => KRONOR[method.cost]),
		assumptions: [
			texts.hours,
			texts.weeks(countText(COMMITTEE_WEEKS, 'week', lang)),
			texts.cost((band) => texts.kronor(formatRange(KRONOR[band], lang))),
			assessed === 0
				? texts.sourced
				: assessed === methods.length
					? texts.allAssessed
					: texts.someAssessed(
							capitalize(numberText(assessed, lang)),
							numberText(methods.length, lang),
							assessed
						)
		],
		assessed: assessed > 0
	};
}

const round = (weeks: number) => Math.round(weeks * 10) / 10;
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "tre" / "three" / "17": a number as running text writes it, up to twelve in words. */
const numberText = (count: number, lang: Lang): string =>
	TEXTS[lang].numbers[count] ?? formatRange({ min: count, max: count }, lang);

/** "tre veckor" / "three weeks" / "17 veckor": a count of weeks or days as running text writes it. */
export function countText(count: number, unit: 'week' | 'day', lang: Lang): string {
	const [one, many] = TEXTS[lang].units[unit];
	return `${numberText(count, lang)} ${count === 1 ? one : many}`;
}

interface Texts {
	numbers: readonly string[];
	units: Record<'week' | 'day', readonly [one: string, many: string]>;
	hours: string;
	weeks: (committee: string) => string;
	kronor: (range: string) => string;
	cost: (band: (rating: Rating) => string) => string;
	sourced: string;
	allAssessed: string;
	/** `some` (in words, and as a number for the grammar) of the plan's `total` methods have assessed times. */
	someAssessed: (some: string, total: string, count: number) => string;
}

const TEXTS: Record<Lang, Texts> = {
	sv: {
		numbers: [
			'noll',
			'en',
			'två',
			'tre',
			'fyra',
			'fem',
			'sex',
			'sju',
			'åtta',
			'nio',
			'tio',
			'elva',
			'tolv'
		],
		units: { week: ['vecka', 'veckor'], day: ['dag', 'dagar'] },
		hours:
			'Arbetstiden är summan av metodernas egna uppskattningar, från förberedelse till sammanställning. Den som redan har ett fungerande råd, kontakter på skolorna eller en färdig enkät behöver mindre tid.',
		weeks: (committee) =>
			`Veckorna räknas från att förberedelserna börjar till nämndens beslut: den längsta förberedelsen, aktiviteterna efter varandra i den ordning processen lägger dem, den längsta sammanställningen och ${committee} för underlaget hos nämnden. Kan några aktiviteter gå parallellt blir det kortare. Återkopplingen och utvärderingen efter beslutet kommer till.`,
		kronor: (range) => `${range} kr`,
		cost: (band) =>
			`Kostnaden utöver arbetstiden är grovt räknad per metod efter dess kostnadsnivå: låg ${band('low')}, medel ${band('medium')} och hög ${band('high')}. Lokaler, tolkar, tryck, porto och arvoden är de vanliga posterna.`,
		sourced: 'Alla metodernas tider bygger på källor.',
		allAssessed:
			'Alla planens metoder har tider som är bedömningar, inte hämtade ur källor – de kan slå fel åt båda hållen.',
		someAssessed: (some, total) =>
			`${some} av planens ${total} metoder har tider som är bedömningar, inte hämtade ur källor – de kan slå fel åt båda hållen.`
	},
	en: {
		numbers: [
			'zero',
			'one',
			'two',
			'three',
			'four',
			'five',
			'six',
			'seven',
			'eight',
			'nine',
			'ten',
			'eleven',
			'twelve'
		],
		units: { week: ['week', 'weeks'], day: ['day', 'days'] },
		hours:
			'The staff hours are the sum of the methods’ own estimates, from preparation to compilation. A municipality that already has a working council, contacts at the schools or a ready survey needs fewer hours.',
		weeks: (committee) =>
			`The weeks run from the start of preparation to the committee’s decision: the longest preparation, the activities one after another in the order the process gives them, the longest compilation and ${committee} for the material to lie with the committee. Activities that can run in parallel make it shorter. The feedback and evaluation after the decision come on top.`,
		kronor: (range) => `SEK ${range}`,
		cost: (band) =>
			`The cost beyond staff time is a rough figure per method from its cost band: low ${band('low')}, medium ${band('medium')} and high ${band('high')}. Venues, interpreters, printing, postage and fees are the usual items.`,
		sourced: 'All the methods’ times come from sources.',
		allAssessed:
			'All the plan’s methods have times that are assessments, not taken from sources – they may be off either way.',
		someAssessed: (some, total, count) =>
			`${some} of the plan’s ${total} methods ${count === 1 ? 'has' : 'have'} times that are assessments, not taken from sources – they may be off either way.`
	}
};
