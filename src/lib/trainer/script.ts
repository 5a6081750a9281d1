/**
 * What the trainer reads beside each slide: its title and the speaker notes, from the data (rules/exercises.yaml's
 * notes, a step's description, an exercise's notes and answer) and, where the answer comes from the engine, from
 * `recommend`. The presenter window and the printed script both use it. Pure.
 */
import type { TrainerCatalog } from '../catalog/shapes.ts';
import type { Exercise, Lang } from '../catalog/types.ts';
import { recommend, type RecommendationResult } from '../engine/recommend.ts';
import { namer } from '../engine/text.ts';
import type { TrainerTranslate } from '../i18n/trainerDictionary.ts';
import { comparedLadders, whatIfLevel, type Slide } from './deck.ts';
import { stepMaterial } from './material.ts';

export interface SlideScript {
	title: string;
	notes: string[];
}

export const EXERCISE_KIND_KEYS = {
	placement: 'exercisePlacement',
	promise: 'exercisePromise',
	reach: 'exerciseReach'
} as const satisfies Record<Exercise['kind'], string>;

/** The engine's plan for an exercise that has answers (promise, reach). */
export function exerciseResult(
	catalog: TrainerCatalog,
	exercise: Exercise,
	lang: Lang
): RecommendationResult | null {
	if (!exercise.answers) return null;
	return recommend(catalog, { ...exercise.answers, purpose: exercise.situation[lang] }, { lang });
}

/** The what-if's plan at a step: the case's answers with the level the trainer has raised it to. */
export function whatIfResult(
	catalog: TrainerCatalog,
	example: TrainerCatalog['cases'][number],
	phase: number,
	lang: Lang
): RecommendationResult {
	return recommend(
		catalog,
		{ ...example.answers, level: whatIfLevel(phase), purpose: example.summary[lang] },
		{ lang }
	);
}

const leads = (result: RecommendationResult, lang: Lang) =>
	result.mix
		.filter((entry) => entry.role === 'lead')
		.map((entry) => entry.name[lang])
		.join(', ');

/** The answer line of an exercise, as the trainer sees it before revealing it. */
export function exerciseAnswer(
	catalog: TrainerCatalog,
	exercise: Exercise,
	lang: Lang,
	t: TrainerTranslate
): string {
	const level = namer(catalog, lang).level;
	const result = exerciseResult(catalog, exercise, lang);
	if (exercise.kind === 'reach' && result)
		return t('scriptReachAnswer', { methods: leads(result, lang) });
	const answer = t('scriptAnswer', { answer: level(exercise.level ?? '') });
	return result ? `${answer} ${t('toolSays', { level: level(result.effectiveLevel) })}` : answer;
}

/**
 * Title and notes for a slide. `phase` is where an unfolding slide stands (the presenter window); without it the
 * notes cover the whole slide (the printed script).
 */
export function slideScript(
	catalog: TrainerCatalog,
	slide: Slide,
	lang: Lang,
	t: TrainerTranslate,
	phase?: number
): SlideScript {
	const notes = catalog.slideNotes;
	const level = namer(catalog, lang).level;
	switch (slide.kind) {
		case 'title':
			return { title: t('ladderHeading'), notes: [notes.title[lang]] };
		case 'step': {
			const { example } = stepMaterial(catalog, slide.level);
			return {
				title: slide.level.name[lang],
				notes: [
					notes.steps[lang],
					slide.level.description[lang],
					`${example.case.place}: ${example.case.summary[lang]} (${t('source')}: ${example.case.source.publisher})`
				]
			};
		}
		case 'compare':
			return {
				title: t('compareHeading'),
				notes: [
					notes.compare[lang],
					...comparedLadders(catalog).flatMap((ladder) =>
						(ladder.notes ?? []).map((note) => note.text[lang])
					)
				]
			};
		case 'children':
			return {
				title: slide.ladder.name[lang],
				notes: [notes.children[lang], ...(slide.ladder.notes ?? []).map((note) => note.text[lang])]
			};
		case 'exercise': {
			const { exercise } = slide;
			return {
				title: `${t(EXERCISE_KIND_KEYS[exercise.kind])} ${exercise.place}: ${exercise.title[lang]}`,
				notes: [
					...(exercise.notes ? [exercise.notes[lang]] : []),
					exerciseAnswer(catalog, exercise, lang, t),
					exercise.explanation[lang]
				]
			};
		}
		case 'whatIf': {
			const { example } = slide;
			const now =
				phase === undefined
					? []
					: (() => {
							const result = whatIfResult(catalog, example, phase, lang);
							return [
								t('scriptWhatIfNow', {
									level: level(whatIfLevel(phase)),
									promised: level(result.effectiveLevel),
									methods: leads(result, lang)
								})
							];
						})();
			return {
				title: `${t('whatIfHeading')} ${example.place}: ${example.name[lang]}`,
				notes: [
					...now,
					notes.whatIf[lang],
					t('caseChose', { place: example.place, level: level(example.level) })
				]
			};
		}
		case 'closing':
			return { title: t('closingTitle'), notes: [notes.closing[lang]] };
	}
}
