import type { WizardCatalog } from '../catalog/shapes.ts';
import { joinList, type Lang } from '../catalog/lang.ts';
import type { Text } from '../catalog/types.ts';
import type { Answers } from '../answers/answers.ts';

export type TextVars = Readonly<Record<string, string>>;

/** Fills {placeholders} in a catalogue text; unknown placeholders are left as they are (the validator rejects them). */
export function fill(text: Text, lang: Lang, vars: TextVars = {}): string {
	return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

export function placeholders(text: Text): string[] {
	return [
		...Object.values(text)
			.join(' ')
			.matchAll(/\{(\w+)\}/g)
	].map((match) => match[1]!);
}

/** Looks up the display name of any vocabulary id. */
export function namer(catalog: WizardCatalog, lang: Lang) {
	const name = (list: readonly { id: string; name: Text }[], id: string) =>
		list.find((item) => item.id === id)?.name[lang] ?? id;
	const option = (question: string, id: string) =>
		catalog.questions
			.find((item) => item.id === question)
			?.options?.find((item) => item.value === id)?.label[lang] ?? id;
	return {
		level: (id: string) => name(catalog.levels, id),
		stage: (id: string) => name(catalog.stages, id),
		/** Inside a sentence a step or stage is a common noun, in lower case ("i stället för dialog"). */
		levelInText: (id: string) => name(catalog.levels, id).toLocaleLowerCase(lang),
		stageInText: (id: string) => name(catalog.stages, id).toLocaleLowerCase(lang),
		group: (id: string) => name(catalog.groups, id).toLocaleLowerCase(lang),
		questionType: (id: string) => name(catalog.questionTypes, id).toLocaleLowerCase(lang),
		open: (id: string) => option('open', id),
		scope: (id: string) => option('scope', id)
	};
}

/** The placeholders every rule text may use. */
export function answerVars(
	catalog: WizardCatalog,
	answers: Answers,
	effectiveLevel: string,
	lang: Lang
): TextVars {
	const names = namer(catalog, lang);
	return {
		level: names.levelInText(effectiveLevel),
		chosenLevel: names.levelInText(answers.level),
		stage: names.stageInText(answers.stage),
		questionType: names.questionType(answers.questionType),
		groups: joinList(answers.groups.map(names.group), lang)
	};
}

export const RULE_PLACEHOLDERS = [
	'level',
	'chosenLevel',
	'stage',
	'questionType',
	'groups'
] as const;
export const FIT_PLACEHOLDERS = [
	'level',
	'levels',
	'stage',
	'stages',
	'questionType',
	'groups',
	'open',
	'scope',
	'weeks',
	'available',
	'hours',
	'places'
] as const;
/** What the result says when the catalogue has too little: also the number of methods. */
export const NOTICE_PLACEHOLDERS = [...RULE_PLACEHOLDERS, 'count'] as const;
