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

/**
 * One error as a sentence. Works from what any ajv error carries: an error without the offending value or its schema
 * (ajv's `verbose` off, as in the browser's precompiled validator) leaves out the parts that would quote them.
 */
export function describeSchemaError(error: ErrorObject): string {
	const where = displayPath(pointerToPath(error.instancePath));
	const prefix = where ? `${where} ` : '';
	const schema = (error.parentSchema ?? {}) as SchemaNode;
	const params = error.params as Record<string, unknown>;
	const known = error.data !== undefined;
	const got = known ? ` (got ${show(error.data)})` : '';
	const listed = (label: string, items: readonly string[]) =>
		items.length > 0 ? `${label}${items.join(', ')}` : '';
	switch (error.keyword) {
		case 'required':
			return `${prefix}is missing the required field "${shorten(String(params.missingProperty))}"`;
		case 'additionalProperties': {
			const key = String(params.additionalProperty);
			const allowed = Object.keys(schema.properties ?? {});
			const hint = suggest(key, allowed);
			return `${prefix}has an unknown field "${shorten(key)}"${hint ? ` – did you mean "${hint}"?` : ''}${listed(' Allowed: ', allowed)}`;
		}
		case 'enum': {
			const allowed = (params.allowedValues as unknown[]).map(String);
			const hint = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
			return `${prefix}must be one of: ${allowed.join(', ')}${got}${hint ? ` – did you mean "${hint}"?` : ''}`;
		}
		case 'const':
			return `${prefix}must be ${show(params.allowedValue)}${got}`;
		case 'type': {
			const found = !known
				? ''
				: error.data === null
					? ' (got nothing)'
					: ` (got ${kindOf(error.data)} ${show(error.data)})`;
			return `${prefix}must be ${article(String(params.type))}${found}`;
		}
		case 'pattern':
			if (params.pattern === '\\S') return `${prefix}must not be blank`;
			return `${prefix}must be ${schema.description ?? `text matching ${String(params.pattern)}`}${got}`;
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
			return `${prefix}must be ${String(params.comparison)} ${String(params.limit)}${got}`;
		case 'minProperties':
		case 'maxProperties': {
			const how =
				schema.minProperties !== undefined && schema.minProperties === schema.maxProperties
					? 'exactly'
					: error.keyword === 'minProperties'
						? 'at least'
						: 'at most';
			const fields = listed(' of: ', Object.keys(schema.properties ?? {}));
			return `${prefix}must have ${how} ${String(params.limit)} field${params.limit === 1 ? '' : 's'}${fields}`;
		}
		case 'not':
			return known
				? `${prefix}must not be ${show(error.data)}`
				: `${prefix}has a value that is not allowed here`;
		case 'anyOf':
			return `${prefix}does not match any allowed form${schema.description ? `: ${schema.description}` : ''}`;
		default:
			return `${prefix}${error.message ?? 'is invalid'}`;
	}
}

/** `/rules/3/then~1x` → `['rules', 3, 'then/x']` */
export function pointerToPath(pointer: string): (string | number)[] {
	if (pointer === '') return [];
	return pointer
		.slice(1)
		.split('/')
		.map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
		.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `['rules', 3, 'then', 'adjust', 0, 'by']` → `rules[3].then.adjust[0].by`; a long key is cut short. */
export function displayPath(path: readonly (string | number)[]): string {
	return path.reduce<string>(
		(shown, segment) =>
			typeof segment === 'number'
				? `${shown}[${segment}]`
				: shown
					? `${shown}.${shorten(segment)}`
					: shorten(segment),
		''
	);
}

/** Text from the catalogue quoted in a message: at most `max` characters of it. */
export function shorten(text: string, max = 40): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A value as JSON, cut at about 60 characters. Builds only that much, so quoting a 30 MB text or a value nested
 * a million deep costs no more than quoting a word.
 */
export function show(value: unknown, max = 60): string {
	let out = '';
	const write = (item: unknown, depth: number): void => {
		if (out.length > max) return;
		if (Array.isArray(item)) {
			if (depth > 8) return void (out += '[…]');
			out += '[';
			for (let index = 0; index < item.length && out.length <= max; index++) {
				if (index > 0) out += ',';
				write(item[index], depth + 1);
			}
			out += ']';
		} else if (item !== null && typeof item === 'object') {
			if (depth > 8) return void (out += '{…}');
			out += '{';
			let first = true;
			for (const key in item) {
				if (out.length > max) break;
				if (!first) out += ',';
				first = false;
				out += `${JSON.stringify(shorten(key, max))}:`;
				write((item as Record<string, unknown>)[key], depth + 1);
			}
			out += '}';
		} else if (typeof item === 'string') {
			out += JSON.stringify(shorten(item, max));
		} else {
			out += String(JSON.stringify(item) ?? item);
		}
	};
	write(value, 0);
	return out.length > max ? `${out.slice(0, max - 3)}...` : out;
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
