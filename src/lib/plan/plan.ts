/**
 * The dialogue plan (dialogplan): what the planner writes beyond the answers – who decides, the case number, the
 * decision date, how each group will be reached, roles, communication, feedback and evaluation. Every field is
 * prefilled from the answers and the mix (`planDefaults`) and editable; what the planner writes replaces the
 * suggestion. Mölndal's four parallel tracks – governance and decision, dialogue, communication, evaluation – are the
 * plan's skeleton; Svalöv's project plan (purpose and goal before method, feedback planned from the start) and
 * Kalmar's preparation are in its suggestions.
 *
 * The answers travel in the address (share links); the plan's own text never does. It lives in the plan file the
 * planner saves, and in a draft kept on this device (planDraft.ts).
 */
import type { GroupId, Lang, WizardCatalog } from '../catalog/types.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import { namer } from '../engine/text.ts';
import { joinList } from '../catalog/lang.ts';

/** The text fields of the plan, by track. */
export const PLAN_TEXT_FIELDS = {
	governance: [
		'municipality',
		'committee',
		'caseNumber',
		'official',
		'area',
		'decidedBy',
		'openParts',
		'fixedParts',
		'background'
	],
	dialogue: ['promise', 'politicians', 'officials', 'facilitators'],
	communication: ['communicators', 'before', 'during', 'after', 'feedback'],
	evaluation: ['evaluation', 'childImpact']
} as const;

export type PlanTrack = keyof typeof PLAN_TEXT_FIELDS;
export type PlanTextField = (typeof PLAN_TEXT_FIELDS)[PlanTrack][number];
export const PLAN_TEXT_FIELD_IDS = Object.values(PLAN_TEXT_FIELDS).flat() as PlanTextField[];

/**
 * What the planner has written. A field not there shows its suggestion; an empty string is a field the planner
 * emptied on purpose. `reach` is how each chosen group will be reached.
 */
export interface PlanFields {
	text: Partial<Record<PlanTextField, string>>;
	reach: Partial<Record<GroupId, string>>;
	/** The day the committee decides, YYYY-MM-DD. */
	decisionDate?: string;
	/** The committee's meeting dates, YYYY-MM-DD, that the timeline can follow. */
	meetingDates?: string[];
}

export const EMPTY_PLAN: PlanFields = Object.freeze({ text: {}, reach: {} }) as PlanFields;

/** Nothing written yet: no text, no reach, no dates. */
export const planIsEmpty = (plan: PlanFields): boolean =>
	Object.keys(plan.text).length === 0 &&
	Object.keys(plan.reach).length === 0 &&
	!plan.decisionDate &&
	(plan.meetingDates ?? []).length === 0;

/** The longest text a plan field keeps. */
export const PLAN_TEXT_LIMIT = 20_000;

/**
 * What a field shows before the planner writes in it: a suggestion, from the answers, the mix and the process, that
 * stands in the plan until replaced; or, where only the planner can know, a prompt that asks for it and is never
 * printed as if it were the answer.
 */
export interface PlanDefaults {
	text: Partial<Record<PlanTextField, string>>;
	prompts: Partial<Record<PlanTextField, string>>;
	reach: Partial<Record<GroupId, string>>;
}

/** Words that start a suggestion. Kept beside the code that uses them: they are the plan's own prompts. */
const PROMPTS: Record<Lang, Record<string, string>> = {
	sv: {
		decidedBy: 'Ange vilken nämnd som beslutade att dialogen ska hållas, och när.',
		openParts: 'Skriv vad dialogen kan påverka: vilka frågor är öppna?',
		fixedParts: 'Skriv vad som redan är bestämt och inte kan ändras.',
		politicians:
			'Politikerna beslutar om dialogen, deltar och lyssnar, och tar ställning till resultatet.',
		officials: 'Tjänstepersonerna planerar, leder samtalen, dokumenterar och följer upp.',
		facilitators:
			'Samtalsledare vid varje bord eller station; de behöver förberedas på syfte och ramar.',
		communicators:
			'Kommunikatören ansvarar för inbjudan, webbplatsen och kontakten med lokalpressen.',
		before:
			'Inbjudan genom flera kanaler: {channels}. Säg vad som går att påverka och hur resultatet används.',
		during: 'Visa vad som kommer fram medan dialogen pågår, till exempel på webbplatsen.',
		after: 'Sammanfatta vad som kom fram och vad som händer sedan: {channels}.',
		feedback: '{participants} {all}',
		evaluation:
			'Nådde vi dem som berörs mest? Höll vi det vi lovade? Fråga deltagarna efter dialogen och igen efter beslutet.',
		childImpact:
			'Barn och unga berörs: gör en barnkonsekvensanalys – hur påverkar beslutet barnen, vad sa de, och hur vägdes deras synpunkter in?',
		reach: '{methods}. {advice}'
	},
	en: {
		decidedBy: 'Say which committee decided that the dialogue will be held, and when.',
		openParts: 'Write what the dialogue can influence: which questions are open?',
		fixedParts: 'Write what is already decided and cannot change.',
		politicians:
			'Politicians decide on the dialogue, take part and listen, and take a position on the result.',
		officials: 'Officials plan, lead the conversations, record and follow up.',
		facilitators: 'A facilitator at each table or station, briefed on the purpose and the limits.',
		communicators:
			'The communications officer is responsible for the invitation, the website and the local press.',
		before:
			'Invite through several channels: {channels}. Say what can be influenced and how the result will be used.',
		during: 'Show what comes out while the dialogue is under way, for example on the website.',
		after: 'Summarise what came out and what happens next: {channels}.',
		feedback: '{participants} {all}',
		evaluation:
			'Did we reach those most affected? Did we keep our promise? Ask participants after the dialogue and again after the decision.',
		childImpact:
			'Children and young people are affected: assess the impact on children – how does the decision affect them, what did they say, and how were their views weighed?',
		reach: '{methods}. {advice}'
	}
};

const fill = (text: string, vars: Record<string, string>) =>
	text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole).trim();

export function planDefaults(
	catalog: WizardCatalog,
	result: RecommendationResult,
	lang: Lang
): PlanDefaults {
	const prompts = PROMPTS[lang];
	const names = namer(catalog, lang);
	const methodName = (id: string) =>
		catalog.methods.find((method) => method.id === id)?.name[lang] ?? id;
	const stepMethods = (ids: readonly string[]) =>
		joinList(
			result.process
				.filter((step) => ids.includes(step.id))
				.flatMap((step) => step.methods.map(methodName)),
			lang
		);
	const step = (id: string) => result.process.find((item) => item.id === id);
	const level = catalog.levels.find((item) => item.id === result.effectiveLevel)!;
	const children = result.answers.groups.some((group) => group === 'barn' || group === 'unga');
	const reach: PlanDefaults['reach'] = {};
	for (const group of result.answers.groups) {
		const through = result.mix
			.filter((entry) => entry.groups.includes(group))
			.map((entry) => methodName(entry.id));
		const advice = catalog.groups.find((item) => item.id === group)?.reach[lang] ?? '';
		reach[group] = fill(prompts.reach!, {
			methods: through.length > 0 ? joinList(through, lang) : names.group(group),
			advice
		});
	}
	const participants = step('aterkoppling-till-deltagarna');
	const everyone = step('aterkoppling-till-alla') ?? step('sammanstallning-till-alla-boende');
	return {
		text: {
			...(catalog.municipality ? { municipality: catalog.municipality.name } : {}),
			...(result.answers.purpose ? { background: result.answers.purpose } : {}),
			promise: level.promise[lang],
			politicians: prompts.politicians!,
			officials: prompts.officials!,
			facilitators: prompts.facilitators!,
			communicators: prompts.communicators!,
			before: fill(prompts.before!, {
				channels: stepMethods(['information-om-syfte', 'informera-om-beslutet'])
			}),
			during: prompts.during!,
			after: fill(prompts.after!, {
				channels: stepMethods(['aterkoppling-till-alla', 'sammanstallning-till-alla-boende'])
			}),
			feedback: fill(prompts.feedback!, {
				participants: participants ? `${participants.title}: ${participants.text}` : '',
				all: everyone ? `${everyone.title}: ${everyone.text}` : ''
			}),
			evaluation: step('utvardera-dialogen')?.text ?? prompts.evaluation!
		},
		prompts: {
			decidedBy: prompts.decidedBy!,
			openParts: prompts.openParts!,
			fixedParts: prompts.fixedParts!,
			...(children ? { childImpact: prompts.childImpact! } : {})
		},
		reach
	};
}

/** The plan's text as it reads now: what the planner wrote, else the suggestion (never a prompt). */
export function planText(fields: PlanFields, defaults: PlanDefaults, field: PlanTextField): string {
	return fields.text[field] ?? defaults.text[field] ?? '';
}

export function planReach(fields: PlanFields, defaults: PlanDefaults, group: GroupId): string {
	return fields.reach[group] ?? defaults.reach[group] ?? '';
}
