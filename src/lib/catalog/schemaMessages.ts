/**
 * Turns ajv's errors into messages a catalogue maintainer can act on: what is wrong, what is expected, and a
 * likely fix for typos.
 */
import type { ErrorObject } from 'ajv';
import { suggest } from './suggest.ts';

interface SchemaNode {
	description?: string;
	properties?: Record<string, unknown>;
	enum?: unknown[];
	const?: unknown;
	minProperties?: number;
	maxProperties?: number;
	pattern?: string;
}

/**
 * ajv reports every branch of a failed `anyOf`. Keep, per failed `anyOf`, only the branch the author most likely
 * meant (the one with the fewest errors); when every branch only disagrees on the value, merge them into one
 * "must be one of" error.
 */
export function pickSchemaErrors(all: readonly ErrorObject[]): ErrorObject[] {
	// An enum error already says what type is expected; the type error beside it adds nothing.
	const errors = all.filter(
		(error) =>
			error.keyword !== 'if' &&
			!(
				error.keyword === 'type' &&
				all.some((other) => other.keyword === 'enum' && other.instancePath === error.instancePath)
			)
	);
	const failedAnyOf = errors.filter((error) => error.keyword === 'anyOf');
	if (failedAnyOf.length === 0) return [...errors];
	const dropped = new Set<ErrorObject>();
	const added: ErrorObject[] = [];
	// Innermost first, so nested anyOfs are settled before the ones around them.
	for (const anyOf of [...failedAnyOf].sort(
		(a, b) => b.instancePath.length - a.instancePath.length
	)) {
		const inside = errors.filter(
			(error) =>
				error !== anyOf &&
				!dropped.has(error) &&
				(error.instancePath === anyOf.instancePath ||
					error.instancePath.startsWith(anyOf.instancePath + '/'))
		);
		dropped.add(anyOf);
		if (inside.length === 0) {
			added.push(anyOf);
			continue;
		}
		if (inside.every((error) => error.keyword === 'enum' || error.keyword === 'const')) {
			for (const error of inside) dropped.add(error);
			const allowed = inside.flatMap((error) => {
				const schema = error.parentSchema as SchemaNode;
				return error.keyword === 'const' ? [schema.const] : (schema.enum ?? []);
			});
			added.push({
				...anyOf,
				keyword: 'enum',
				params: { allowedValues: allowed },
				parentSchema: { enum: allowed }
			});
			continue;
		}
		const branches = new Map<string, ErrorObject[]>();
		for (const error of inside) {
			const branch = /#\/definitions\/[^/]+/.exec(error.schemaPath)?.[0] ?? error.schemaPath;
			branches.set(branch, [...(branches.get(branch) ?? []), error]);
		}
		const best = [...branches.values()].sort((a, b) => a.length - b.length)[0]!;
		for (const error of inside) if (!best.includes(error)) dropped.add(error);
	}
	return [...errors.filter((error) => !dropped.has(error)), ...added];
}

export function describeSchemaError(error: ErrorObject): string {
	const where = displayPath(error.instancePath);
	const prefix = where ? `${where} ` : '';
	const schema = (error.parentSchema ?? {}) as SchemaNode;
	const params = error.params as Record<string, unknown>;
	switch (error.keyword) {
		case 'required':
			return `${prefix}is missing the required field "${String(params.missingProperty)}"`;
		case 'additionalProperties': {
			const key = String(params.additionalProperty);
			const allowed = Object.keys(schema.properties ?? {});
			const hint = suggest(key, allowed);
			return `${prefix}has an unknown field "${key}"${hint ? ` – did you mean "${hint}"?` : ''} Allowed: ${allowed.join(', ')}`;
		}
		case 'enum': {
			const allowed = (params.allowedValues as unknown[]).map(String);
			const hint = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
			return `${prefix}must be one of: ${allowed.join(', ')} (got ${show(error.data)})${hint ? ` – did you mean "${hint}"?` : ''}`;
		}
		case 'const':
			return `${prefix}must be ${show(schema.const)} (got ${show(error.data)})`;
		case 'type':
			return `${prefix}must be ${article(String(params.type))} (got ${error.data === null ? 'nothing' : `${kindOf(error.data)} ${show(error.data)}`})`;
		case 'pattern':
			if (schema.pattern === '\\S') return `${prefix}must not be blank`;
			return `${prefix}must be ${schema.description ?? `text matching ${schema.pattern}`} (got ${show(error.data)})`;
		case 'minLength':
			return `${prefix}must not be empty`;
		case 'minItems':
			return `${prefix}must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
		case 'maxItems':
			return `${prefix}must have at most ${String(params.limit)} items`;
		case 'uniqueItems':
			return `${prefix}lists the same value twice (items ${String(params.j)} and ${String(params.i)})`;
		case 'minimum':
		case 'maximum':
			return `${prefix}must be ${String(params.comparison)} ${String(params.limit)} (got ${show(error.data)})`;
		case 'minProperties':
		case 'maxProperties':
			return `${prefix}must have ${schema.minProperties === schema.maxProperties ? 'exactly' : error.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(params.limit)} field${params.limit === 1 ? '' : 's'} of: ${Object.keys(schema.properties ?? {}).join(', ')}`;
		case 'not':
			return `${prefix}must not be ${show(error.data)}`;
		case 'anyOf':
			return `${prefix}does not match any allowed form${schema.description ? `: ${schema.description}` : ''}`;
		default:
			return `${prefix}${error.message ?? 'is invalid'}`;
	}
}

/** `/rules/3/then/adjust/0/by` → `rules[3].then.adjust[0].by` */
export function displayPath(pointer: string): string {
	return pointer
		.split('/')
		.slice(1)
		.map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
		.reduce(
			(path, segment) =>
				/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment,
			''
		);
}

function show(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function kindOf(value: unknown): string {
	if (value === null) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a map';
	return typeof value === 'number'
		? Number.isInteger(value)
			? 'an integer'
			: 'a number'
		: `a ${typeof value}`;
}

function article(type: string): string {
	const names: Record<string, string> = {
		object: 'a map (key: value)',
		array: 'a list',
		string: 'text',
		integer: 'a whole number',
		number: 'a number',
		boolean: 'true or false'
	};
	return type
		.split(',')
		.map((part) => names[part] ?? part)
		.join(' or ');
}
