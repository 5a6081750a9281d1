/**
 * The checklist from Swedish practice, filled in from the answers: what the page shows under the result and the
 * decision record prints. Purpose, who is affected and how they are reached, feedback, the four tracks, the promise.
 */
import type { Lang } from '../catalog/lang.ts';
import type { WizardCatalog } from '../catalog/types.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import { translator } from '../i18n/dictionary.ts';

export interface ChecklistItem {
	text: string;
	/** Under an item: each group and how to reach it. */
	details?: { term: string; text: string }[];
}

export function checklistItems(
	catalog: WizardCatalog,
	result: RecommendationResult,
	lang: Lang
): ChecklistItem[] {
	const t = translator(lang);
	const groups = result.answers.groups.flatMap(
		(id) => catalog.groups.find((group) => group.id === id) ?? []
	);
	const level = catalog.levels.find((item) => item.id === result.effectiveLevel)!;
	return [
		{ text: t('checklistPurpose') },
		{
			text: t('checklistAffected', {
				groups: groups.map((group) => group.name[lang].toLocaleLowerCase(lang)).join(', ')
			}),
			details: groups.map((group) => ({ term: group.name[lang], text: group.reach[lang] }))
		},
		{ text: t('checklistFeedback') },
		{ text: t('checklistTracks') },
		{
			text: `${t('checklistPromise', { level: level.name[lang].toLocaleLowerCase(lang) })} ${level.notThis[lang]}`
		}
	];
}
