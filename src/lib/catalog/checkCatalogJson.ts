/**
 * Checks an assembled catalogue (JSON from `npm run build:catalog`) in the browser: the limits, the schema through a
 * precompiled validator passed in, then the same cross-reference checks as `npm run validate`. Never throws. Runs
 * as steps (see steps.ts), so that a page can check a large catalogue without freezing.
 */
import type { ErrorObject } from 'ajv';
import { crossCheckSteps, type ParsedFiles } from './crossCheck.ts';
import { LIMITS, overlongTexts, textTooLong, tooManyMethods } from './limits.ts';
import { describeSchemaError, displayPath, pointerToPath } from './schemaMessages.ts';
import { runSteps, type Steps } from './steps.ts';
import { catalogVersion } from './version.ts';
import type { Catalog } from './types.ts';

export interface PrecompiledValidator {
	(data: unknown): boolean;
	errors?: ErrorObject[] | null;
}

export type CatalogCheck =
	{ catalog: Catalog; problems: [] } | { catalog: null; problems: string[] };

/** The first few problems are enough to act on; a broken catalogue can have thousands. */
const SHOWN = 5;

const refused = (problems: string[]): CatalogCheck => ({
	catalog: null,
	problems: problems.slice(0, SHOWN)
});

export function checkCatalogJson(json: unknown, validate: PrecompiledValidator): CatalogCheck {
	return runSteps(checkCatalogJsonSteps(json, validate));
}

export function* checkCatalogJsonSteps(
	json: unknown,
	validate: PrecompiledValidator
): Steps<CatalogCheck> {
	const methods = (json as { methods?: unknown } | null)?.methods;
	if (Array.isArray(methods) && methods.length > LIMITS.methods)
		return refused([tooManyMethods(methods.length)]);
	const overlong = overlongTexts(json);
	if (overlong.length > 0)
		return refused(
			overlong.map(
				({ path, length }) => `${displayPath(path) || 'the catalogue'} ${textTooLong(length)}`
			)
		);
	yield;
	if (!validate(json)) {
		// The browser's validator is compiled without `verbose`, so its errors do not carry the value they are about.
		const withData = (error: ErrorObject): ErrorObject => ({
			...error,
			data: valueAt(json, pointerToPath(error.instancePath))
		});
		return refused((validate.errors ?? []).slice(0, SHOWN).map(withData).map(describeSchemaError));
	}
	yield;
	const catalog = json as Catalog;
	const files: ParsedFiles = {
		// A catalogue built before versions were written gets one from its content.
		version:
			catalog.version ?? catalogVersion([{ path: 'catalog.json', text: JSON.stringify(json) }]),
		methods: catalog.methods.map((method) => ({ path: `methods/${method.id}.yaml`, method })),
		ladder: { levels: catalog.levels },
		questions: { questions: catalog.questions, questionTypes: catalog.questionTypes },
		groups: { groups: catalog.groups },
		stages: { stages: catalog.stages },
		traits: { traits: catalog.traits },
		scoring: catalog.scoring,
		rules: { rules: catalog.rules },
		ladders: { ladders: catalog.ladders },
		cases: { cases: catalog.cases },
		exercises: {
			exercises: catalog.exercises,
			outlines: catalog.outlines,
			notes: catalog.slideNotes
		},
		...(catalog.municipality ? { municipality: catalog.municipality } : {})
	} as ParsedFiles;
	const checked = yield* crossCheckSteps(files, () => ({ line: 1, column: 1 }));
	const errors = checked.problems.filter((problem) => problem.severity === 'error');
	if (errors.length > 0)
		return refused(errors.map((problem) => `${problem.file}: ${problem.message}`));
	return { catalog, problems: [] };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return value;
}
