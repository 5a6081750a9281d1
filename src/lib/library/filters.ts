/**
 * The method library's filters: parsed from and written to the URL with the same names and ids as the wizard's
 * share links (`level`, `stage`, `group`, `question-type`) plus `mode`, `cost`, `lead-time`, `participants`, `q` and
 * `sort`. Within one filter any chosen value matches; across filters all must.
 */
import { GROUP_IDS, LEVEL_IDS, QUESTION_TYPE_IDS, STAGE_IDS } from '../catalog/ids.ts';
import { leadTimeOf } from '../engine/means.ts';
import type {
	GroupId,
	LeadTime,
	Lang,
	LevelId,
	Method,
	Mode,
	QuestionTypeId,
	Rating,
	StageId
} from '../catalog/types.ts';

export const MODES: readonly Mode[] = ['physical', 'digital', 'hybrid'];
export const COSTS: readonly Rating[] = ['low', 'medium', 'high'];
export const LEAD_TIMES: readonly LeadTime[] = ['short', 'medium', 'long'];
export const SORTS = ['name', 'cost', 'lead-time', 'participants'] as const;
export type Sort = (typeof SORTS)[number];

export interface Filters {
	levels: LevelId[];
	stages: StageId[];
	groups: GroupId[];
	questionTypes: QuestionTypeId[];
	modes: Mode[];
	costs: Rating[];
	leadTimes: LeadTime[];
	/** The expected number of participants: methods whose typical range includes it. */
	participants: number | null;
	query: string;
	sort: Sort;
}

export const NO_FILTERS: Filters = {
	levels: [],
	stages: [],
	groups: [],
	questionTypes: [],
	modes: [],
	costs: [],
	leadTimes: [],
	participants: null,
	query: '',
	sort: 'name'
};

const LISTS = [
	['level', 'levels', LEVEL_IDS],
	['stage', 'stages', STAGE_IDS],
	['group', 'groups', GROUP_IDS],
	['question-type', 'questionTypes', QUESTION_TYPE_IDS],
	['mode', 'modes', MODES],
	['cost', 'costs', COSTS],
	['lead-time', 'leadTimes', LEAD_TIMES]
] as const;

/** Reads filters from a query; unknown values are dropped, never thrown on. */
export function parseFilters(params: URLSearchParams): Filters {
	const filters: Filters = { ...NO_FILTERS };
	for (const [param, key, allowed] of LISTS) {
		const values = params
			.getAll(param)
			.filter((value) => (allowed as readonly string[]).includes(value));
		Object.assign(filters, { [key]: [...new Set(values)] });
	}
	const participants = Number(params.get('participants'));
	if (
		params.get('participants') &&
		Number.isInteger(participants) &&
		participants > 0 &&
		participants < 1e7
	)
		filters.participants = participants;
	filters.query = (params.get('q') ?? '').slice(0, 100);
	const sort = params.get('sort');
	if (sort && (SORTS as readonly string[]).includes(sort)) filters.sort = sort as Sort;
	return filters;
}

export function filterParams(filters: Filters): URLSearchParams {
	const params = new URLSearchParams();
	for (const [param, key] of LISTS) for (const value of filters[key]) params.append(param, value);
	if (filters.participants !== null) params.set('participants', String(filters.participants));
	if (filters.query.trim()) params.set('q', filters.query.trim());
	if (filters.sort !== 'name') params.set('sort', filters.sort);
	return params;
}

/** The fields a method listing needs: enough to filter, sort, search and show a card. */
export type ListedMethod = Pick<
	Method,
	| 'id'
	| 'name'
	| 'summary'
	| 'description'
	| 'levels'
	| 'stages'
	| 'groups'
	| 'questionTypes'
	| 'modes'
	| 'cost'
	| 'time'
	| 'participants'
>;

/** Lower-case, without diacritics, so "omrostning" finds "omröstning". */
const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

const anyOf = <T>(chosen: readonly T[], has: readonly T[]) =>
	chosen.length === 0 || chosen.some((value) => has.includes(value));

export function matches(method: ListedMethod, filters: Filters): boolean {
	const words = fold(filters.query).split(/\s+/).filter(Boolean);
	// Search finds a method by its texts in every language.
	const text = fold(
		[method.name, method.summary, method.description]
			.flatMap((item) => Object.values(item))
			.join(' ')
	);
	return (
		anyOf(filters.levels, method.levels) &&
		anyOf(filters.stages, method.stages) &&
		anyOf(filters.groups, method.groups.reaches) &&
		anyOf(filters.questionTypes, method.questionTypes) &&
		anyOf(filters.modes, method.modes) &&
		anyOf(filters.costs, [method.cost]) &&
		anyOf(filters.leadTimes, [leadTimeOf(method)]) &&
		(filters.participants === null ||
			(method.participants.min <= filters.participants &&
				filters.participants <= method.participants.max)) &&
		words.every((word) => text.includes(word))
	);
}

export function applyFilters<T extends ListedMethod>(
	methods: readonly T[],
	filters: Filters,
	lang: Lang
): T[] {
	const byName = (a: T, b: T) => a.name[lang].localeCompare(b.name[lang], lang);
	const order: Record<Sort, (a: T, b: T) => number> = {
		name: byName,
		cost: (a, b) => COSTS.indexOf(a.cost) - COSTS.indexOf(b.cost) || byName(a, b),
		'lead-time': (a, b) =>
			LEAD_TIMES.indexOf(leadTimeOf(a)) - LEAD_TIMES.indexOf(leadTimeOf(b)) || byName(a, b),
		participants: (a, b) => b.participants.max - a.participants.max || byName(a, b)
	};
	return methods.filter((method) => matches(method, filters)).sort(order[filters.sort]);
}
