/**
 * The plan file: the planner's work saved on their own computer, to open again later or send to a colleague. JSON
 * with a format name and a version (static/schemas/plan-1.schema.json), the tool's and the catalogue's versions, the
 * answers as a share-link query and the plan's fields. Reading is forgiving: an older or damaged file opens with a
 * plain message, and every field that can be read is kept.
 */
import { GROUP_IDS } from '../catalog/ids.ts';
import type { GroupId } from '../catalog/types.ts';
import {
	PLAN_TEXT_FIELD_IDS,
	PLAN_TEXT_LIMIT,
	type PlanFields,
	type PlanTextField
} from './plan.ts';

export const PLAN_FORMAT = 'delaktighetskarta-plan';
export const PLAN_VERSION = 1;
/** Where the file's schema is published, beside the site. */
export const PLAN_SCHEMA = 'schemas/plan-1.schema.json';

export interface PlanFile {
	$schema: string;
	format: typeof PLAN_FORMAT;
	version: typeof PLAN_VERSION;
	/** The tool's version and the catalogue's, so a reader knows what produced the recommendation. */
	tool: string;
	catalogue: string;
	savedAt: string;
	/** The answers, as the share link writes them. */
	answers: string;
	plan: PlanFields;
}

/**
 * The name a downloaded file gets (without its extension): the tool's name and the plan's title in lower case,
 * every run of other characters than letters and digits – in any alphabet, so a Sámi or Finnish place name keeps its
 * letters – made one hyphen, at most 60 characters of title.
 */
export function planFileName(title: string): string {
	const hyphenated = title
		.toLocaleLowerCase('sv')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+/, '');
	// Sliced by characters, not UTF-16 units, so that no letter is cut in half.
	const words = Array.from(hyphenated).slice(0, 60).join('').replace(/-+$/, '');
	return `delaktighetskarta-${words || 'plan'}`;
}

export function writePlanFile(input: Omit<PlanFile, '$schema' | 'format' | 'version'>): string {
	const file: PlanFile = {
		$schema: PLAN_SCHEMA,
		format: PLAN_FORMAT,
		version: PLAN_VERSION,
		...input
	};
	return JSON.stringify(file, null, 2) + '\n';
}

/** Why a file could not be read in full, for the planner; the key names a dictionary text. */
export type PlanFileProblem =
	| { kind: 'notJson' }
	| { kind: 'notAPlan' }
	| { kind: 'newerVersion'; version: number }
	| { kind: 'fieldsSkipped'; fields: string[] }
	| { kind: 'textCut'; fields: string[] };

export interface OpenedPlan {
	/** Nothing, when the file is not a plan at all. */
	plan?: {
		answers: string;
		fields: PlanFields;
		tool?: string;
		catalogue?: string;
		savedAt?: string;
	};
	problems: PlanFileProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);
const isDate = (value: unknown): value is string =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Reads a plan file field by field: what can be read is kept, what cannot is named. */
export function readPlanFile(text: string): OpenedPlan {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { problems: [{ kind: 'notJson' }] };
	}
	if (!isRecord(data) || data.format !== PLAN_FORMAT) return { problems: [{ kind: 'notAPlan' }] };
	const problems: PlanFileProblem[] = [];
	if (typeof data.version === 'number' && data.version > PLAN_VERSION) {
		problems.push({ kind: 'newerVersion', version: data.version });
	}
	const skipped: string[] = [];
	const cut: string[] = [];
	const text_: PlanFields['text'] = {};
	const reach: PlanFields['reach'] = {};
	const plan = isRecord(data.plan) ? data.plan : {};
	if (!isRecord(data.plan)) skipped.push('plan');
	const keep = (value: unknown, name: string): string | undefined => {
		if (typeof value !== 'string') {
			if (value !== undefined) skipped.push(name);
			return undefined;
		}
		if (value.length > PLAN_TEXT_LIMIT) cut.push(name);
		return value.slice(0, PLAN_TEXT_LIMIT);
	};
	const texts = isRecord(plan.text) ? plan.text : {};
	for (const [name, value] of Object.entries(texts)) {
		if (!(PLAN_TEXT_FIELD_IDS as string[]).includes(name)) {
			skipped.push(name);
			continue;
		}
		const kept = keep(value, name);
		if (kept !== undefined) text_[name as PlanTextField] = kept;
	}
	const groups = isRecord(plan.reach) ? plan.reach : {};
	for (const [name, value] of Object.entries(groups)) {
		if (!(GROUP_IDS as readonly string[]).includes(name)) {
			skipped.push(`reach.${name}`);
			continue;
		}
		const kept = keep(value, `reach.${name}`);
		if (kept !== undefined) reach[name as GroupId] = kept;
	}
	const fields: PlanFields = { text: text_, reach };
	if (isDate(plan.decisionDate)) fields.decisionDate = plan.decisionDate;
	else if (plan.decisionDate !== undefined) skipped.push('decisionDate');
	if (Array.isArray(plan.meetingDates)) {
		fields.meetingDates = plan.meetingDates.filter(isDate);
		if (fields.meetingDates.length < plan.meetingDates.length) skipped.push('meetingDates');
	}
	const answers = typeof data.answers === 'string' ? data.answers : '';
	if (typeof data.answers !== 'string') skipped.push('answers');
	if (skipped.length > 0) problems.push({ kind: 'fieldsSkipped', fields: skipped });
	if (cut.length > 0) problems.push({ kind: 'textCut', fields: cut });
	return {
		plan: {
			answers,
			fields,
			...(typeof data.tool === 'string' ? { tool: data.tool } : {}),
			...(typeof data.catalogue === 'string' ? { catalogue: data.catalogue } : {}),
			...(typeof data.savedAt === 'string' ? { savedAt: data.savedAt } : {})
		},
		problems
	};
}
