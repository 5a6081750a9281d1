/**
 * Checks an assembled catalogue (JSON from `npm run build:catalog`) in the browser: the schema through a
 * precompiled validator passed in, then the same cross-reference checks as `npm run validate`. Never throws.
 */
import type { ErrorObject } from 'ajv';
import { crossCheck, type ParsedFiles } from './crossCheck.ts';
import { catalogVersion } from './version.ts';
import { describeSchemaError } from './schemaMessages.ts';
import type { Catalog } from './types.ts';

export interface PrecompiledValidator {
	(data: unknown): boolean;
	errors?: ErrorObject[] | null;
}

export type CatalogCheck =
	{ catalog: Catalog; problems: [] } | { catalog: null; problems: string[] };

export function checkCatalogJson(json: unknown, validate: PrecompiledValidator): CatalogCheck {
	if (!validate(json)) {
		return {
			catalog: null,
			problems: (validate.errors ?? []).slice(0, 5).map(describeSchemaError)
		};
	}
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
		...(catalog.municipality ? { municipality: catalog.municipality } : {})
	} as ParsedFiles;
	const errors = crossCheck(files, () => ({ line: 1, column: 1 })).problems.filter(
		(problem) => problem.severity === 'error'
	);
	if (errors.length > 0)
		return {
			catalog: null,
			problems: errors.slice(0, 5).map((problem) => `${problem.file}: ${problem.message}`)
		};
	return { catalog, problems: [] };
}
