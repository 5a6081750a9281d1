/**
 * The JSON Schemas beside the data, one per kind of catalogue file, and their fingerprint. Kept apart from ajv, which
 * only the type generator and the build need: checking the catalogue uses validators precompiled from these.
 */
import commonSchema from '../../../rules/schemas/common.schema.json' with { type: 'json' };
import groupsSchema from '../../../rules/schemas/groups.schema.json' with { type: 'json' };
import ladderSchema from '../../../rules/schemas/ladder.schema.json' with { type: 'json' };
import methodSchema from '../../../methods/method.schema.json' with { type: 'json' };
import questionsSchema from '../../../rules/schemas/questions.schema.json' with { type: 'json' };
import rulesSchema from '../../../rules/schemas/rules.schema.json' with { type: 'json' };
import scoringSchema from '../../../rules/schemas/scoring.schema.json' with { type: 'json' };
import stagesSchema from '../../../rules/schemas/stages.schema.json' with { type: 'json' };
import traitsSchema from '../../../rules/schemas/traits.schema.json' with { type: 'json' };
import laddersSchema from '../../../rules/schemas/ladders.schema.json' with { type: 'json' };
import casesSchema from '../../../rules/schemas/cases.schema.json' with { type: 'json' };
import municipalitySchema from '../../../rules/schemas/municipality.schema.json' with { type: 'json' };
import exercisesSchema from '../../../rules/schemas/exercises.schema.json' with { type: 'json' };

/** Base URI under which the schemas are registered so their relative `$ref`s resolve as they do on disk. */
export const SCHEMA_BASE = 'https://delaktighetskarta.invalid/';

export const fileKinds = {
	method: { schemaPath: 'methods/method.schema.json', schema: methodSchema },
	ladder: { schemaPath: 'rules/schemas/ladder.schema.json', schema: ladderSchema },
	questions: { schemaPath: 'rules/schemas/questions.schema.json', schema: questionsSchema },
	groups: { schemaPath: 'rules/schemas/groups.schema.json', schema: groupsSchema },
	stages: { schemaPath: 'rules/schemas/stages.schema.json', schema: stagesSchema },
	traits: { schemaPath: 'rules/schemas/traits.schema.json', schema: traitsSchema },
	scoring: { schemaPath: 'rules/schemas/scoring.schema.json', schema: scoringSchema },
	rules: { schemaPath: 'rules/schemas/rules.schema.json', schema: rulesSchema },
	ladders: { schemaPath: 'rules/schemas/ladders.schema.json', schema: laddersSchema },
	cases: { schemaPath: 'rules/schemas/cases.schema.json', schema: casesSchema },
	municipality: {
		schemaPath: 'rules/schemas/municipality.schema.json',
		schema: municipalitySchema
	},
	exercises: { schemaPath: 'rules/schemas/exercises.schema.json', schema: exercisesSchema }
} as const;

export type FileKind = keyof typeof fileKinds;
export const RULE_FILE_KINDS = Object.keys(fileKinds).filter(
	(kind) => kind !== 'method'
) as Exclude<FileKind, 'method'>[];

/** A fingerprint of every schema (FNV-1a over their JSON): enough to notice an edit, not a security measure. */
export function schemaHash(): string {
	const text = JSON.stringify([
		commonSchema,
		...Object.values(fileKinds).map(({ schema }) => schema)
	]);
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}
