/**
 * The timeline and the estimate of one plan as the result page, the record and Word show them: worked out once from
 * the answers, the mix and the plan's dates, and put in words in the planner's language.
 */
import { formatRange, type Lang } from '../catalog/lang.ts';
import type { WizardCatalog } from '../catalog/types.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import { translator } from '../i18n/dictionary.ts';
import { estimatePlan, type Estimate } from './estimate.ts';
import type { PlanFields } from './plan.ts';
import type { RecordInput } from './record.ts';
import { planTimeline, type Timeline } from './timeline.ts';

export interface PlanFigures {
	timeline: Timeline;
	estimate: Estimate;
	/** The estimate in one paragraph. */
	estimateText: string;
}

/** YYYY-MM-DD of a day, as the calendar on the planner's own computer has it. */
export const isoDay = (date: Date): string =>
	`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function planFigures(
	catalog: WizardCatalog,
	result: RecommendationResult,
	plan: PlanFields,
	lang: Lang,
	today: string
): PlanFigures {
	const timeline = planTimeline(
		catalog,
		result,
		{ decisionDate: plan.decisionDate ?? '', meetingDates: plan.meetingDates ?? [], today },
		lang
	);
	const estimate = estimatePlan(catalog, result, lang);
	const estimateText = translator(lang)('estimateSummary', {
		hours: formatRange(estimate.staffHours, lang),
		weeks: formatRange(
			{ min: Math.ceil(estimate.weeks.min), max: Math.ceil(estimate.weeks.max) },
			lang
		),
		cost: formatRange(estimate.cost, lang)
	});
	return { timeline, estimate, estimateText };
}

/** What the record takes from the figures: dated rows, the warnings that concern a dated plan, the estimate. */
export const recordFigures = ({
	timeline,
	estimate,
	estimateText
}: PlanFigures): Pick<RecordInput, 'timeline' | 'estimate'> => ({
	timeline: {
		rows: timeline.rows,
		warnings: timeline.warnings
			.filter((warning) => warning.kind !== 'noDecisionDate')
			.map((warning) => warning.text)
	},
	estimate: { summary: estimateText, assumptions: estimate.assumptions }
});
