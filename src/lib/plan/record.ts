/**
 * The decision record (beslutsunderlag) and the full dialogue plan as one plain document model – headings, facts,
 * lists and tables in the planner's language – that every way out renders: the printed page, Word and Markdown. One
 * definition of what the committee reads, whatever the format.
 */
import { describeAnswer, questionOf } from '../answers/labels.ts';
import { ROWS } from '../answers/registry.ts';
import type { Lang } from '../catalog/lang.ts';
import type { StageId, WizardCatalog } from '../catalog/types.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import { namer } from '../engine/text.ts';
import { translator } from '../i18n/dictionary.ts';
import { isShown, type Draft } from '../wizard/draft.ts';
import { checklistItems } from './checklist.ts';
import {
	PLAN_TEXT_FIELDS,
	planDefaults,
	planReach,
	planText,
	type PlanFields,
	type PlanTextField,
	type PlanTrack
} from './plan.ts';

export type Block =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	| { kind: 'paragraph'; text: string }
	| { kind: 'facts'; rows: { term: string; value: string }[] }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; head: string[]; rows: string[][] }
	/** The participation map, as an SVG the renderer may embed, and its text alternative. */
	| { kind: 'map'; alt: string };

export interface RecordDocument {
	lang: Lang;
	title: string;
	blocks: Block[];
}

/** A timeline row as the record shows it (timeline.ts makes them). */
export interface DatedStep {
	title: string;
	stage: StageId;
	/** YYYY-MM-DD, or '' while the plan has no decision date. */
	start: string;
	end: string;
	methods: string[];
}

export interface RecordInput {
	catalog: WizardCatalog;
	draft: Draft;
	result: RecommendationResult;
	plan: PlanFields;
	lang: Lang;
	/** The day it is written, in words ("30 november 2026"). */
	date: string;
	tool: string;
	/** The link that reopens the recommendation. */
	link: string;
	/** The timeline worked back from the decision date, and what it warns about (July, school holidays, PBL). */
	timeline?: { rows: readonly DatedStep[]; warnings: readonly string[] };
	/** Staff hours, weeks and cost, in words, with the assumptions. */
	estimate?: { summary: string; assumptions: string[] };
	/** The map's text alternative: its one sentence per stage. */
	mapSentence?: string;
}

const TRACK_KEYS: Record<
	PlanTrack,
	'trackGovernance' | 'trackDialogue' | 'trackCommunication' | 'trackEvaluation'
> = {
	governance: 'trackGovernance',
	dialogue: 'trackDialogue',
	communication: 'trackCommunication',
	evaluation: 'trackEvaluation'
};

/** Every answer as a term and its value; the level asked for beside what can be promised, and why. */
function answerFacts({ catalog, draft, result, lang }: RecordInput) {
	const t = translator(lang);
	const answers = result.answers as Record<string, unknown>;
	const names = namer(catalog, lang);
	const rows = ROWS.filter((row) => isShown(row, draft) || row.required).map((row) => ({
		term: questionOf(catalog, row.question).short[lang],
		value: describeAnswer(row, answers[row.key], catalog, lang) ?? t('notAnswered')
	}));
	if (result.effectiveLevel !== result.answers.level) {
		const why = result.warnings.find((warning) =>
			catalog.rules.some((rule) => rule.id === warning.rule && rule.then.capLevel)
		);
		rows.push({
			term: t('promisedLevel'),
			value: `${names.level(result.effectiveLevel)}${why ? ` – ${why.text}` : ''}`
		});
	}
	return rows;
}

function methodLines({ catalog, result, lang }: RecordInput): string[] {
	const t = translator(lang);
	return result.mix.map((entry) => {
		const role = entry.role === 'lead' ? t('roleLead') : t('roleSupporting');
		const name = catalog.methods.find((method) => method.id === entry.id)?.name[lang] ?? entry.id;
		return `${role}: ${name} – ${entry.why}`;
	});
}

/** The process as a table; with a decision date, the timeline's rows with their dates. */
function processTable({ catalog, result, lang, timeline }: RecordInput): Block {
	const t = translator(lang);
	const names = namer(catalog, lang);
	const methodNames = (ids: readonly string[]) =>
		ids
			.map((id) => catalog.methods.find((method) => method.id === id)?.name[lang] ?? id)
			.join(', ');
	const dated = timeline?.rows.some((row) => row.start) ? timeline.rows : null;
	const head = [t('stageColumn'), t('stepColumn'), t('methodsColumn')];
	if (!dated)
		return {
			kind: 'table',
			head,
			rows: result.process.map((step) => [
				names.stage(step.stage),
				step.title,
				methodNames(step.methods)
			])
		};
	return {
		kind: 'table',
		head: [t('whenColumn'), ...head],
		rows: dated.map((row) => [
			row.start === row.end ? row.start : `${row.start} – ${row.end}`,
			names.stage(row.stage),
			row.title,
			methodNames(row.methods)
		])
	};
}

function caseFacts(input: RecordInput, defaults: ReturnType<typeof planDefaults>) {
	const t = translator(input.lang);
	return (['municipality', 'committee', 'caseNumber', 'official', 'area', 'decidedBy'] as const)
		.map((field) => ({ term: t(`plan_${field}`), value: planText(input.plan, defaults, field) }))
		.filter((row) => row.value.trim() !== '');
}

/** The short form for the case file and the committee: one or two A4 pages. */
export function decisionRecord(input: RecordInput): RecordDocument {
	const { draft, result, lang, catalog } = input;
	const t = translator(lang);
	const defaults = planDefaults(catalog, result, lang);
	const level = catalog.levels.find((item) => item.id === result.effectiveLevel)!;
	const title = draft.title || t('decisionRecord');
	const blocks: Block[] = [
		{
			kind: 'heading',
			level: 1,
			text: draft.title ? `${t('decisionRecord')}: ${draft.title}` : t('decisionRecord')
		},
		{
			kind: 'paragraph',
			text: `${input.date} · ${t('madeWith', { tool: input.tool, catalogue: catalog.version })}`
		},
		{ kind: 'heading', level: 2, text: t('purposeHeading') },
		{ kind: 'paragraph', text: result.answers.purpose ?? t('notAnswered') }
	];
	const facts = caseFacts(input, defaults);
	if (facts.length > 0)
		blocks.push(
			{ kind: 'heading', level: 2, text: t('caseHeading') },
			{ kind: 'facts', rows: facts }
		);
	blocks.push(
		{ kind: 'heading', level: 2, text: t('yourAnswers') },
		{ kind: 'facts', rows: answerFacts(input) },
		{ kind: 'heading', level: 2, text: `${t('promisedLevel')}: ${level.name[lang]}` },
		{ kind: 'paragraph', text: planText(input.plan, defaults, 'promise') },
		{ kind: 'heading', level: 2, text: t('planMethods') },
		{ kind: 'list', items: methodLines(input) },
		{ kind: 'heading', level: 2, text: t('process') },
		processTable(input)
	);
	const warnings = [
		...result.warnings.map((warning) => warning.text),
		...(input.timeline?.warnings ?? [])
	];
	if (warnings.length > 0) {
		blocks.push(
			{ kind: 'heading', level: 2, text: t('warnings') },
			{ kind: 'list', items: warnings }
		);
	}
	if (input.estimate) {
		blocks.push(
			{ kind: 'heading', level: 2, text: t('estimateHeading') },
			{ kind: 'paragraph', text: input.estimate.summary }
		);
	}
	blocks.push(
		{ kind: 'heading', level: 2, text: t('checklist') },
		{ kind: 'list', items: checklistItems(catalog, result, lang).map((item) => item.text) },
		{ kind: 'paragraph', text: `${t('linkBack')}: ${input.link}` }
	);
	return { lang, title, blocks };
}

/** The full dialogue plan: the record, and every field of the plan by Mölndal's four tracks, the map, the estimate. */
export function fullPlan(input: RecordInput): RecordDocument {
	const { result, lang, catalog } = input;
	const t = translator(lang);
	const defaults = planDefaults(catalog, result, lang);
	const record = decisionRecord(input);
	const names = namer(catalog, lang);
	const tracks: Block[] = [];
	for (const [track, fields] of Object.entries(PLAN_TEXT_FIELDS) as [
		PlanTrack,
		readonly PlanTextField[]
	][]) {
		const rows = fields
			.map((field) => ({ term: t(`plan_${field}`), value: planText(input.plan, defaults, field) }))
			.filter((row) => row.value.trim() !== '');
		if (track === 'dialogue') {
			for (const group of result.answers.groups) {
				rows.push({
					term: `${t('planReachFor')} ${names.group(group)}`,
					value: planReach(input.plan, defaults, group)
				});
			}
		}
		if (rows.length > 0)
			tracks.push(
				{ kind: 'heading', level: 3, text: t(TRACK_KEYS[track]) },
				{ kind: 'facts', rows }
			);
	}
	const blocks: Block[] = [
		...record.blocks.slice(0, -1),
		{ kind: 'heading', level: 2, text: t('planHeading') },
		...tracks,
		...(input.mapSentence
			? [
					{ kind: 'heading', level: 2, text: t('map') } as const,
					{ kind: 'map', alt: input.mapSentence } as const
				]
			: []),
		...(result.advice.length > 0
			? [
					{ kind: 'heading', level: 2, text: t('advice') } as const,
					{ kind: 'list', items: result.advice.map((advice) => advice.text) } as const
				]
			: []),
		...(input.estimate
			? [
					{ kind: 'heading', level: 3, text: t('assumptionsHeading') } as const,
					{ kind: 'list', items: input.estimate.assumptions } as const
				]
			: []),
		record.blocks.at(-1)!
	];
	return { lang, title: record.title, blocks };
}

/**
 * Markdown that shows exactly what was typed: every character that could start markup, a link, a heading, raw HTML or
 * reverse the text (bidirectional controls) is escaped or removed.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
		.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (character) => `\\${character}`)
		.replace(/\r?\n/g, ' ');
}

export function toMarkdown(document: RecordDocument): string {
	const lines: string[] = [];
	const cell = (text: string) => escapeMarkdown(text);
	for (const block of document.blocks) {
		switch (block.kind) {
			case 'heading':
				lines.push(`${'#'.repeat(block.level)} ${cell(block.text)}`, '');
				break;
			case 'paragraph':
				lines.push(cell(block.text), '');
				break;
			case 'facts':
				lines.push(...block.rows.map((row) => `- **${cell(row.term)}:** ${cell(row.value)}`), '');
				break;
			case 'list':
				lines.push(...block.items.map((item) => `- ${cell(item)}`), '');
				break;
			case 'table':
				lines.push(
					`| ${block.head.map(cell).join(' | ')} |`,
					`| ${block.head.map(() => '---').join(' | ')} |`,
					...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
					''
				);
				break;
			case 'map':
				lines.push(cell(block.alt), '');
				break;
		}
	}
	return lines.join('\n').replace(/\n+$/, '\n');
}
