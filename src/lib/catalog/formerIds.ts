/**
 * A method that is renamed or split keeps its old ids (`formerIds`), so that a municipality's catalogue written
 * against the old one still works: a rule, a ladder step or an exercise that names a former id is read as the method
 * it became, with a warning at the place that names both. The check runs on the parsed files, before the other
 * cross-checks, and returns new files (the parsed ones are not changed).
 */
import type { ParsedFiles } from './crossCheck.ts';
import type { Path, Report } from './problem.ts';
import type { Condition, Rule, Target } from './types.ts';

/** Former id → the method's id now, for every method that lists former ids. */
export function formerIdMap(methods: readonly { method: { id: string; formerIds?: string[] } }[]) {
	const now = new Map<string, string>();
	for (const { method } of methods)
		for (const former of method.formerIds ?? []) now.set(former, method.id);
	return now;
}

export function withCurrentIds(files: ParsedFiles, report: Report): ParsedFiles {
	const now = formerIdMap(files.methods);
	if (now.size === 0) return files;
	const ids = new Set(files.methods.map(({ method }) => method.id));
	// An old id names one method, and no method has it now: otherwise an old link could mean two things.
	const claimed = new Map<string, string>();
	for (const { path, method } of files.methods) {
		for (const [index, former] of (method.formerIds ?? []).entries()) {
			const other = ids.has(former) ? former : claimed.get(former);
			if (other)
				report(
					path,
					['formerIds', index],
					'former-id-taken',
					`"${former}" cannot be a former id of "${method.id}": ${other === former ? 'a method has that id now' : `it is a former id of "${other}" already`}`
				);
			else claimed.set(former, method.id);
		}
	}
	// A former id that a method still has, or that is unknown, is left for the other checks to judge.
	const current = (file: string, path: Path, id: string): string => {
		const renamed = now.get(id);
		if (ids.has(id) || !renamed) return id;
		report(
			file,
			path,
			'former-id',
			`"${id}" is the former id of the method "${renamed}"; it is read as "${renamed}" – write that id here`,
			'warning'
		);
		return renamed;
	};
	const list = <Ids extends string[] | undefined>(file: string, path: Path, ids: Ids): Ids =>
		ids?.map((id, index) => current(file, [...path, index], id)) as Ids;

	const RULES = 'rules/rules.yaml';
	const target = (path: Path, target: Target): Target =>
		target.methods
			? { ...target, methods: list(RULES, [...path, 'methods'], target.methods) }
			: target;
	function resolve(path: Path, condition: Condition): Condition {
		if ('any' in condition)
			return {
				any: condition.any.map((inner, index) =>
					resolve([...path, 'any', index], inner)
				) as typeof condition.any
			};
		if ('not' in condition) return { not: resolve([...path, 'not'], condition.not) };
		if ('recommended' in condition)
			return { recommended: current(RULES, [...path, 'recommended'], condition.recommended) };
		return condition;
	}
	const rule = (rule: Rule, index: number): Rule => {
		const at: Path = ['rules', index];
		const then = rule.then;
		return {
			...rule,
			...(rule.when && {
				when: rule.when.map((inner, position) => resolve([...at, 'when', position], inner))
			}),
			then: {
				...then,
				...(then.adjust && {
					adjust: then.adjust.map((adjustment, position) => ({
						...adjustment,
						target: target([...at, 'then', 'adjust', position, 'target'], adjustment.target)
					})) as typeof then.adjust
				}),
				...(then.ensure && {
					ensure: then.ensure.map((guarantee, position) => ({
						...guarantee,
						target: target([...at, 'then', 'ensure', position, 'target'], guarantee.target)
					})) as typeof then.ensure
				}),
				...(then.process && {
					process: then.process.map((step, position) =>
						step.methods
							? {
									...step,
									methods: list(
										RULES,
										[...at, 'then', 'process', position, 'methods'],
										step.methods
									)
								}
							: step
					) as typeof then.process
				})
			}
		};
	};

	return {
		...files,
		rules: { ...files.rules, rules: files.rules.rules.map(rule) as typeof files.rules.rules },
		ladder: {
			...files.ladder,
			levels: files.ladder.levels.map((level, index) => ({
				...level,
				methods: list('rules/ladder.yaml', ['levels', index, 'methods'], level.methods)
			})) as typeof files.ladder.levels
		},
		exercises: {
			...files.exercises,
			exercises: files.exercises.exercises.map((exercise, index) =>
				exercise.methods
					? {
							...exercise,
							methods: list(
								'rules/exercises.yaml',
								['exercises', index, 'methods'],
								exercise.methods
							)
						}
					: exercise
			) as typeof files.exercises.exercises
		}
	};
}
