/**
 * Time and effort a planner can plan with: each method's weeks and staff hours (`time` in methods/*.yaml), and
 * whether a method fits the time and resources the municipality has (the answers `time` and `resources`, with the
 * limits in rules/scoring.yaml). A skipped answer means no limit.
 */
import type { Answers } from '../answers/answers.ts';
import type { LeadTime, Rating, ScoringFile, WizardMethod } from '../catalog/types.ts';

export interface Span {
	min: number;
	max: number;
}

type Timed = Pick<WizardMethod, 'time' | 'cost'>;

const COSTS: readonly Rating[] = ['low', 'medium', 'high'];

/** Weeks from deciding to use the method until its result can go to a decision: preparing, running, compiling. */
export function weeksToResult({ time }: Timed): Span {
	const parts = [time.preparationWeeks, time.activityWeeks, time.compilationWeeks];
	return {
		min: parts.reduce((sum, part) => sum + part.min, 0),
		max: parts.reduce((sum, part) => sum + part.max, 0)
	};
}

/** The coarse band the library filters on: short up to two weeks of preparation, medium up to about two months. */
export function leadTimeOf({ time }: Pick<WizardMethod, 'time'>): LeadTime {
	const weeks = time.preparationWeeks.max;
	return weeks <= 2 ? 'short' : weeks <= 9 ? 'medium' : 'long';
}

/** The staff hours of one run, halfway through its range: what "lower effort" compares. */
export const typicalEffort = ({ time }: Timed): number =>
	(time.staffHours.min + time.staffHours.max) / 2;

export interface MeansFit {
	/** Can it be done at all within the time and resources given? */
	fits: boolean;
	/** It fits only if things go well: the time given lies inside its range. */
	tight: boolean;
	/** What does not fit, if anything. */
	over: ('time' | 'resources')[];
	weeks: Span;
	/** Weeks available, if the time was given. */
	available?: number;
}

export function meansFit(
	scoring: ScoringFile,
	method: Timed,
	answers: Pick<Answers, 'time' | 'resources'>
): MeansFit {
	const weeks = weeksToResult(method);
	const over: MeansFit['over'] = [];
	const available = answers.time ? scoring.means.weeks[answers.time] : undefined;
	if (available !== undefined && weeks.min > available) over.push('time');
	const limit = answers.resources ? scoring.means.resources[answers.resources] : undefined;
	if (
		limit &&
		(COSTS.indexOf(method.cost) > COSTS.indexOf(limit.cost) ||
			method.time.staffHours.min > limit.staffHours)
	)
		over.push('resources');
	return {
		fits: over.length === 0,
		tight: available !== undefined && over.length === 0 && weeks.max > available,
		over,
		weeks,
		...(available !== undefined ? { available } : {})
	};
}
