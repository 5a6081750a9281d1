/** Answer options for the questions, in the chosen language, from the catalogue. */
import type { Catalog, Lang, QuestionId } from '../catalog/types.ts';

export interface Choice {
	value: string;
	label: string;
	/** Shown under the label. */
	help?: string;
}

export function question(catalog: Catalog, id: QuestionId) {
	return catalog.questions.find((item) => item.id === id)!;
}

export function choicesFor(catalog: Catalog, id: QuestionId, lang: Lang): Choice[] {
	switch (id) {
		case 'level':
			return catalog.levels.map((level) => ({
				value: level.id,
				label: level.name[lang],
				help: level.promise[lang]
			}));
		case 'stage':
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
		default:
			return (question(catalog, id).options ?? []).map((option) => ({
				value: option.value,
				label: option.label[lang],
				help: option.help?.[lang]
			}));
	}
}

/** `ja`/`nej` options carry booleans in the answers. */
export const toYesNo = (value: boolean | undefined) =>
	value === undefined ? undefined : value ? 'ja' : 'nej';
