/**
 * The cross-checks of the trainer's material: the ladder's hand-picked methods and examples, the exercises and the
 * session outlines must refer to methods, cases and exercises that exist, and an outline's minutes must add up.
 * Kept apart from crossCheck.ts, which calls it once.
 */
import type { Path, Report } from './problem.ts';
import { unknownId } from './suggest.ts';
import type { CasesFile, ExercisesFile, LadderFile, LaddersFile, Method } from './types.ts';

export interface TrainerFiles {
	methods: { method: Method }[];
	ladder: LadderFile;
	ladders: LaddersFile;
	cases: CasesFile;
	exercises: ExercisesFile;
}

const LADDER = 'rules/ladder.yaml';
const EXERCISES = 'rules/exercises.yaml';

export function checkTrainerMaterial(files: TrainerFiles, report: Report): void {
	const methods = new Map(files.methods.map(({ method }) => [method.id, method]));
	const cases = new Map(files.cases.cases.map((item) => [item.id, item]));

	for (const [index, level] of files.ladder.levels.entries()) {
		for (const [at, id] of level.methods.entries()) {
			const method = methods.get(id);
			if (!method)
				report(
					LADDER,
					['levels', index, 'methods', at],
					'unknown-method',
					unknownId('method', id, methods.keys())
				);
			else if (!method.levels.includes(level.id))
				report(
					LADDER,
					['levels', index, 'methods', at],
					'method-level',
					`method "${id}" does not serve the step "${level.id}", so it cannot be typical of it`
				);
		}
		const example = cases.get(level.example.case);
		if (!example)
			report(
				LADDER,
				['levels', index, 'example', 'case'],
				'unknown-case',
				unknownId('case', level.example.case, cases.keys())
			);
		else if (example.level !== level.id)
			report(
				LADDER,
				['levels', index, 'example', 'case'],
				'example-level',
				`case "${example.id}" illustrates "${example.level}", not "${level.id}"`
			);
	}

	const exerciseIds = new Set<string>();
	for (const [index, exercise] of files.exercises.exercises.entries()) {
		const at: Path = ['exercises', index];
		if (exerciseIds.has(exercise.id))
			report(
				EXERCISES,
				[...at, 'id'],
				'duplicate-id',
				`exercise id "${exercise.id}" is used twice`
			);
		exerciseIds.add(exercise.id);
		for (const [position, id] of (exercise.methods ?? []).entries()) {
			if (!methods.has(id))
				report(
					EXERCISES,
					[...at, 'methods', position],
					'unknown-method',
					unknownId('method', id, methods.keys())
				);
		}
		if (exercise.kind === 'promise' && (exercise.answers?.open ?? 'ja') === 'ja')
			report(
				EXERCISES,
				[...at, 'answers'],
				'promise-open',
				'a promise exercise is about a decided or partly decided question: set answers.open to nej or delvis'
			);
	}

	const used = new Set<string>();
	const outlineIds = new Set<string>();
	const childrenLadder = files.ladders.ladders.some((ladder) => ladder.groups);
	for (const [index, outline] of files.exercises.outlines.entries()) {
		const at: Path = ['outlines', index];
		if (outlineIds.has(outline.id))
			report(EXERCISES, [...at, 'id'], 'duplicate-id', `outline id "${outline.id}" is used twice`);
		outlineIds.add(outline.id);
		for (const [position, item] of outline.items.entries()) {
			const itemAt: Path = [...at, 'items', position];
			if (item.slide === 'exercise' && item.ref) {
				used.add(item.ref);
				if (!exerciseIds.has(item.ref))
					report(
						EXERCISES,
						[...itemAt, 'ref'],
						'unknown-exercise',
						unknownId('exercise', item.ref, exerciseIds)
					);
			} else if (item.slide === 'whatIf' && item.ref) {
				if (!cases.has(item.ref))
					report(
						EXERCISES,
						[...itemAt, 'ref'],
						'unknown-case',
						unknownId('case', item.ref, cases.keys())
					);
			} else if (item.ref) {
				report(
					EXERCISES,
					[...itemAt, 'ref'],
					'unexpected-ref',
					`a ${item.slide} slide takes no ref`
				);
			}
			if (item.slide === 'children' && !childrenLadder)
				report(
					EXERCISES,
					[...itemAt, 'slide'],
					'no-children-ladder',
					'a children slide needs a ladder with groups in rules/ladders.yaml (Hart’s)'
				);
		}
		const sum = outline.items.reduce((total, item) => total + item.minutes, 0);
		if (Math.abs(sum - outline.minutes) > 1e-9)
			report(
				EXERCISES,
				[...at, 'minutes'],
				'outline-minutes',
				`the items add up to ${Math.round(sum * 100) / 100} minutes, not ${outline.minutes}`
			);
	}
	for (const [index, exercise] of files.exercises.exercises.entries()) {
		if (!used.has(exercise.id))
			report(
				EXERCISES,
				['exercises', index, 'id'],
				'unused-exercise',
				`exercise "${exercise.id}" is in no outline`,
				'warning'
			);
	}
}
