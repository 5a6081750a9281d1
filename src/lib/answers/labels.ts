/**
 * What answers are called, from the catalogue: each answer's question, the names and help of its options, and an
 * answer written out in words. The wizard, the answer summary and the record all name answers through this.
 */
import { joinList, type Lang } from '../catalog/lang.ts';
import type { Question, QuestionId, WizardCatalog } from '../catalog/types.ts';
import { YES_NO, type AnswerRowSpec } from './registry.ts';

export interface Choice {
	value: string;
	label: string;
	/** Shown under the label. */
	help?: string;
}

export function questionOf(catalog: WizardCatalog, id: QuestionId): Question {
	return catalog.questions.find((item) => item.id === id)!;
}

/** The options of a question that is answered from its own options (yes/no and the like). */
function ownOptions(catalog: WizardCatalog, id: QuestionId, lang: Lang): Choice[] {
	return (questionOf(catalog, id).options ?? []).map((option) => ({
		value: option.value,
		label: option.label[lang],
		help: option.help?.[lang]
	}));
}

/** An answer's options, named from where the registry says they come from. */
export function choicesFor(row: AnswerRowSpec, catalog: WizardCatalog, lang: Lang): Choice[] {
	switch (row.options) {
		case 'levels':
			return catalog.levels.map((level) => ({
				value: level.id,
				label: level.name[lang],
				help: level.offer[lang]
			}));
		case 'stages':
			return catalog.stages.map((stage) => ({
				value: stage.id,
				label: stage.name[lang],
				help: stage.description[lang]
			}));
		case 'groups':
			return catalog.groups.map((group) => ({
				value: group.id,
				label: group.name[lang],
				help: group.description[lang]
			}));
		case 'questionTypes':
			return catalog.questionTypes.map((type) => ({
				value: type.id,
				label: type.name[lang],
				help: type.description[lang]
			}));
		default:
			return ownOptions(catalog, row.question, lang);
	}
}

/** The options of one half of an answer the wizard asks in two yes/no questions (see `askedAs`). */
export const yesNoChoices = (catalog: WizardCatalog, id: QuestionId, lang: Lang): Choice[] =>
	ownOptions(catalog, id, lang);

/** A yes/no answer as its option value. */
export const toYesNo = (value: boolean | undefined): (typeof YES_NO)[number] | undefined =>
	value === undefined ? undefined : value ? 'ja' : 'nej';

/**
 * An answer in words: the names of the chosen options, the text itself, or undefined when it is not answered.
 * `value` is the answer as the engine holds it (ids, booleans, text).
 */
export function describeAnswer(
	row: AnswerRowSpec,
	value: unknown,
	catalog: WizardCatalog,
	lang: Lang
): string | undefined {
	if (value === undefined || value === '') return undefined;
	if (row.kind === 'text') return String(value);
	const choices = choicesFor(row, catalog, lang);
	const name = (id: string) => choices.find((choice) => choice.value === id)?.label ?? id;
	if (row.kind === 'yesNo') return name(toYesNo(value as boolean)!);
	if (Array.isArray(value)) return value.length > 0 ? joinList(value.map(name), lang) : undefined;
	return name(String(value));
}
