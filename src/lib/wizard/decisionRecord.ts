/**
 * The decision record for the case file: the question, its purpose, the answers, the recommendation with its
 * reasons, the promised level and the process – as Markdown and as JSON. Pure: the date comes in.
 */
import type { RecommendationResult } from '../engine/recommend.ts';
import type { Catalog, Lang } from '../catalog/types.ts';
import { dictionaries } from '../i18n/dictionary.ts';
import type { Draft } from './draft.ts';

export interface AnswerLine {
	question: string;
	answer: string;
}

/** The planner's answers as question–answer lines, in the wizard's order. */
export function answerLines(
	catalog: Catalog,
	draft: Draft,
	result: RecommendationResult,
	lang: Lang
): AnswerLine[] {
	const label = (id: string) =>
		catalog.questions.find((question) => question.id === id)?.label[lang] ?? id;
	const option = (id: string, value: string | undefined) =>
		catalog.questions
			.find((question) => question.id === id)
			?.options?.find((item) => item.value === value)?.label[lang] ?? dictionaries[lang].none;
	const name = (list: readonly { id: string; name: { sv: string; en: string } }[], id: string) =>
		list.find((item) => item.id === id)?.name[lang] ?? id;
	const { answers } = result;
	return [
		{ question: label('title'), answer: draft.title || dictionaries[lang].none },
		{ question: label('purpose'), answer: draft.purpose || dictionaries[lang].notAnswered },
		{ question: label('open'), answer: option('open', answers.open) },
		{
			question: dictionaries[lang].questionTypeResult,
			answer: name(catalog.questionTypes, answers.questionType)
		},
		{ question: label('scope'), answer: option('scope', answers.scope) },
		{ question: label('level'), answer: name(catalog.levels, answers.level) },
		{
			question: label('groups'),
			answer: answers.groups.map((id) => name(catalog.groups, id)).join(', ')
		},
		{ question: label('stage'), answer: name(catalog.stages, answers.stage) }
	];
}

export function decisionRecordMarkdown(
	catalog: Catalog,
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
			({ question, answer }) => `- **${question}** ${answer}`
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
