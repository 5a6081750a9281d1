/**
 * The decision record for the case file: the question, its purpose, the answers, the recommendation with its
 * reasons, the promised level and the process – as Markdown and as JSON. Pure: the date comes in.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import type { Lang } from '../catalog/types.ts';
import { dictionaries } from '../i18n/dictionary.ts';
import { describeAnswer, questionOf } from '../answers/labels.ts';
import { ROWS } from '../answers/registry.ts';
import { isShown, type Draft } from './draft.ts';

export interface AnswerLine {
	question: string;
	answer: string;
}

/**
 * Every answer as a line, in the wizard's order: those the planner was asked, and those the engine needs even where
 * a step was skipped (the level of a decided question is information). Unanswered ones say so.
 */
export function answerLines(
	catalog: WizardCatalog,
	draft: Draft,
	result: RecommendationResult,
	lang: Lang
): AnswerLine[] {
	const answers = result.answers as Record<string, unknown>;
	return ROWS.filter((row) => isShown(row, draft) || row.required).map((row) => ({
		question: questionOf(catalog, row.question).short[lang],
		answer: describeAnswer(row, answers[row.key], catalog, lang) ?? dictionaries[lang].notAnswered
	}));
}

export function decisionRecordMarkdown(
	catalog: WizardCatalog,
	draft: Draft,
	result: RecommendationResult,
	lang: Lang,
	date: string
): string {
	const t = dictionaries[lang];
	const level = catalog.levels.find((item) => item.id === result.effectiveLevel)!;
	const methodName = (id: string) =>
		catalog.methods.find((method) => method.id === id)?.name[lang] ?? id;
	const stageName = (id: string) =>
		catalog.stages.find((stage) => stage.id === id)?.name[lang] ?? id;
	const lines = [
		`# ${t.decisionRecord}`,
		'',
		`${draft.title ? `**${draft.title}** · ` : ''}${date}`,
		'',
		`## ${t.yourAnswers}`,
		'',
		...answerLines(catalog, draft, result, lang).map(
			({ question, answer }) => `- **${question}:** ${answer}`
		),
		'',
		`## ${t.promisedLevel}: ${level.name[lang]}`,
		'',
		level.promise[lang],
		''
	];
	if (result.warnings.length > 0)
		lines.push(
			`## ${t.warnings}`,
			'',
			...result.warnings.map((warning) => `- ${warning.text}`),
			''
		);
	lines.push(`## ${t.recommendations}`, '');
	result.recommendations.forEach((method, index) => {
		lines.push(
			`${index + 1}. **${method.name[lang]}** (${t.fit.toLowerCase()} ${Math.round(method.score * 100)} %)${method.informationOnly ? ` – ${t.informationNotDialogue}` : ''}`
		);
		lines.push(`   ${method.summary[lang]}`);
		for (const reason of method.reasons)
			lines.push(`   - ${reason.favourable ? '+' : '−'} ${reason.text}`);
	});
	lines.push('', `## ${t.process}`, '');
	result.process.forEach((step, index) => {
		const methods = step.methods.length > 0 ? ` (${step.methods.map(methodName).join(', ')})` : '';
		lines.push(`${index + 1}. **${stageName(step.stage)}: ${step.title}**${methods}. ${step.text}`);
	});
	if (result.advice.length > 0)
		lines.push('', `## ${t.advice}`, '', ...result.advice.map((advice) => `- ${advice.text}`));
	return lines.join('\n') + '\n';
}

export function decisionRecordJson(
	draft: Draft,
	result: RecommendationResult,
	date: string
): string {
	return (
		JSON.stringify({ date, title: draft.title, purpose: draft.purpose, ...result }, null, 2) + '\n'
	);
}
