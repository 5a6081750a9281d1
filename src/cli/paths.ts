import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Schema of each catalogue file kind, relative to the repository root. */
export const schemaFiles = {
	method: 'methods/method.schema.json',
	ladder: 'rules/schemas/ladder.schema.json',
	questions: 'rules/schemas/questions.schema.json',
	groups: 'rules/schemas/groups.schema.json',
	stages: 'rules/schemas/stages.schema.json',
	traits: 'rules/schemas/traits.schema.json',
	scoring: 'rules/schemas/scoring.schema.json',
	rules: 'rules/schemas/rules.schema.json',
	ladders: 'rules/schemas/ladders.schema.json',
	cases: 'rules/schemas/cases.schema.json',
	municipality: 'rules/schemas/municipality.schema.json',
	exercises: 'rules/schemas/exercises.schema.json'
} as const;

export const commonSchemaFile = 'rules/schemas/common.schema.json';
