/**
 * The edge where catalogue text becomes trusted data: parse YAML with positions, validate against the JSON Schemas
 * kept beside the data, run the cross-reference checks, and return either a typed catalogue or positioned problems.
 * This is the only module that uses `yaml` and `ajv`. It never throws on bad input.
 */
import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { CORE_SCHEMA, load as quickLoad } from 'js-yaml';
import {
	LineCounter,
	isAlias,
	isMap,
	isPair,
	isScalar,
	parseDocument,
	visit,
	type Document
} from 'yaml';
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
import { crossCheck, type ParsedFiles } from './crossCheck.ts';
import { catalogVersion } from './version.ts';
import * as precompiled from './validators.generated.ts';
import {
	describeSchemaError,
	displayPath,
	pickSchemaErrors,
	pointerToPath
} from './schemaMessages.ts';
import {
	LIMITS,
	fileTooLarge,
	overlongTexts,
	textTooLong,
	tooManyMethods,
	utf8Length
} from './limits.ts';
import { compareProblems, type Locate, type Problem } from './problem.ts';
import type { Catalog } from './types.ts';

/** Why a file could not be read (at 1:1 in it unless a line is known): a link, a folder, too large, not UTF-8. */
export type Unreadable = Pick<Problem, 'keyword' | 'message'> &
	Partial<Pick<Problem, 'line' | 'column'>>;

export type FileContent = { text: string } | { unreadable: Unreadable };

export type CatalogFile = {
	/** Path relative to the catalogue root: `methods/<id>.yaml` or `rules/<kind>.yaml`. */
	path: string;
} & FileContent;

export interface LoadResult {
	/** Present only when there are no errors. */
	catalog: Catalog | null;
	/** Sorted by file, line and column. */
	problems: Problem[];
}

/** Base URI under which the schemas are registered so their relative `$ref`s resolve as they do on disk. */
const SCHEMA_BASE = 'https://delaktighetskarta.invalid/';

const fileKinds = {
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

type FileKind = keyof typeof fileKinds;
const RULE_FILE_KINDS = Object.keys(fileKinds).filter((kind) => kind !== 'method') as Exclude<
	FileKind,
	'method'
>[];
/** A municipality's own catalogue may add this file; the built-in one has none. */
const OPTIONAL_KINDS: readonly FileKind[] = ['municipality'];

let validators: Record<FileKind, ValidateFunction> | undefined;

function createAjv(options: Options = {}): Ajv {
	// verbose: errors carry the failing schema and data, which the messages quote.
	// strictRequired off: the condition forms are told apart by `if: { required: [any] }` without declaring `any` there.
	const ajv = new Ajv({
		allErrors: true,
		verbose: true,
		strict: true,
		strictRequired: false,
		allowUnionTypes: true,
		...options
	});
	// Read only by the type generator; conditions are typed as a union that plain JSON Schema cannot name.
	ajv.addKeyword('tsType');
	ajv.addSchema(commonSchema, SCHEMA_BASE + 'rules/schemas/common.schema.json');
	for (const { schemaPath, schema } of Object.values(fileKinds))
		ajv.addSchema(schema, SCHEMA_BASE + schemaPath);
	return ajv;
}

/**
 * The file validators. Compiling the schemas takes ajv about a third of a second, most of `npm run validate`'s cold
 * start, so `npm run gen:types` writes them precompiled (ajv standalone) beside the generated types. They are used
 * only while they match the schemas on disk; after a schema edit the schemas are compiled here until the file is
 * regenerated (a unit test fails in the meantime).
 */
function compileValidators(): Record<FileKind, ValidateFunction> {
	if (precompiled.schemaHash === schemaHash())
		return precompiled as unknown as Record<FileKind, ValidateFunction>;
	const ajv = createAjv();
	const entries = Object.entries(fileKinds).map(([kind, { schemaPath }]) => [
		kind,
		ajv.getSchema(SCHEMA_BASE + schemaPath)
	]);
	return Object.fromEntries(entries) as Record<FileKind, ValidateFunction>;
}

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

/** Source of src/lib/domain/validators.generated.ts: one precompiled validator per file kind, and the schemas' hash. */
export function fileValidatorsSource(): string {
	// Shared definitions (Text, ids) become functions instead of copies: a fifth of the code.
	const ajv = createAjv({ inlineRefs: false, code: { source: true, esm: true } });
	const exports = Object.fromEntries(
		Object.entries(fileKinds).map(([kind, { schemaPath }]) => [kind, SCHEMA_BASE + schemaPath])
	);
	// ajv's ESM output still require()s two CommonJS runtime helpers. Imported instead: Node hands over the module
	// object, Vitest the function itself, so `cjs` evens that out.
	const helpers: string[] = [];
	const code = standaloneCode(ajv, exports)
		.replace(/^"use strict";/, '')
		.replace(/require\("([^"]+)"\)/g, (_, module: string) => {
			if (!helpers.includes(module)) helpers.push(module);
			return `cjs(helper${helpers.indexOf(module)})`;
		});
	return [
		'// @ts-nocheck',
		'/* Generated by `npm run gen:types` from the JSON Schemas in methods/ and rules/schemas/ (ajv standalone). Do not edit. */',
		...helpers.map((module, index) => `import helper${index} from '${module}.js';`),
		"const cjs = (module) => (typeof module === 'function' ? { default: module } : module);",
		`export const schemaHash = '${schemaHash()}';`,
		code,
		''
	].join('\n');
}

/** The schema of an assembled catalogue (the JSON `npm run build:catalog` writes), made of the file schemas. */
const part = (file: string, pointer = '') => ({
	$ref: `${SCHEMA_BASE}${file}${pointer ? `#${pointer}` : ''}`
});
const catalogSchema = {
	$id: SCHEMA_BASE + 'catalog.schema.json',
	type: 'object',
	properties: {
		methods: { type: 'array', minItems: 3, items: part('methods/method.schema.json') },
		levels: part('rules/schemas/ladder.schema.json', '/properties/levels'),
		stages: part('rules/schemas/stages.schema.json', '/properties/stages'),
		groups: part('rules/schemas/groups.schema.json', '/properties/groups'),
		questions: part('rules/schemas/questions.schema.json', '/properties/questions'),
		questionTypes: part('rules/schemas/questions.schema.json', '/properties/questionTypes'),
		traits: part('rules/schemas/traits.schema.json', '/properties/traits'),
		scoring: part('rules/schemas/scoring.schema.json'),
		rules: part('rules/schemas/rules.schema.json', '/properties/rules'),
		ladders: part('rules/schemas/ladders.schema.json', '/properties/ladders'),
		cases: part('rules/schemas/cases.schema.json', '/properties/cases'),
		municipality: part('rules/schemas/municipality.schema.json'),
		exercises: part('rules/schemas/exercises.schema.json', '/properties/exercises'),
		outlines: part('rules/schemas/exercises.schema.json', '/properties/outlines'),
		slideNotes: part('rules/schemas/exercises.schema.json', '/properties/notes'),
		version: { type: 'string', pattern: '^[0-9a-f]{8}$' }
	},
	required: [
		'methods',
		'levels',
		'stages',
		'groups',
		'questions',
		'questionTypes',
		'traits',
		'scoring',
		'rules',
		'ladders',
		'cases',
		'exercises',
		'outlines',
		'slideNotes'
	],
	additionalProperties: false
};

/**
 * JavaScript source of a precompiled validator for an assembled catalogue (ajv standalone): browsers check a
 * municipality's catalogue with it without compiling a schema, so a strict CSP (no eval) holds.
 */
export function catalogValidatorSource(): string {
	// Shared definitions (Text, ids) become functions instead of copies: a tenth of the code.
	const ajv = createAjv({ verbose: false, inlineRefs: false, code: { source: true, esm: true } });
	ajv.addSchema(catalogSchema);
	return standaloneCode(ajv, ajv.getSchema(catalogSchema.$id)!);
}

function kindOf(path: string): FileKind | undefined {
	const match = /^(methods|rules)\/([^/]+)\.yaml$/.exec(path);
	if (!match) return undefined;
	if (match[1] === 'methods') return 'method';
	return (RULE_FILE_KINDS as string[]).includes(match[2]!) ? (match[2] as FileKind) : undefined;
}

function expectedSchemaLine(kind: FileKind): string {
	const target = kind === 'method' ? './method.schema.json' : `./schemas/${kind}.schema.json`;
	return `# yaml-language-server: $schema=${target}`;
}

interface ParsedFile {
	path: string;
	kind: FileKind;
	data: unknown;
	/** The document with every node's place, for naming where a problem is: parsed when first asked for. */
	located(): Located;
}

interface Located {
	doc: Document;
	lines: LineCounter;
}

function parseWithPositions(text: string): Located {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	return { doc, lines };
}

/**
 * The catalogue's data read by js-yaml, which is about four times as fast as yaml but keeps no places: `npm run
 * validate` reads 840 kB of YAML at every start. It is used only where the two cannot differ – no directive, anchor,
 * alias or tag (the sources of yaml's warnings, and of values js-yaml builds otherwise), every flow collection
 * closed on its line and no key without a name – and only when it reads the file without complaint. Anything else,
 * and a file with an overlong text, goes to yaml, whose messages name line and column. The two give the same data
 * for every file in the catalogue and for thousands of damaged copies (tests/catalog/quickParse.test.ts).
 */
export function quickParse(text: string): { data: unknown } | undefined {
	if (MAY_READ_DIFFERENTLY.test(text) || hasOpenFlowLine(text)) return undefined;
	let data: unknown;
	try {
		data = quickLoad(text, { schema: CORE_SCHEMA, maxAliases: 0 });
	} catch {
		return undefined;
	}
	return data === undefined || hasUnnamedKey(data) ? undefined : { data };
}

/** A directive, or an anchor, alias or tag where a value can begin (and some places where it cannot: harmless). */
const MAY_READ_DIFFERENTLY = /^%|(?:^|[\s[{,])[&*!]\S/m;

function hasOpenFlowLine(text: string): boolean {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === OPEN_SQUARE || code === OPEN_CURLY) depth++;
		else if (code === CLOSE_SQUARE || code === CLOSE_CURLY) depth--;
		else if (code === NEWLINE) {
			if (depth !== 0) return true;
		}
	}
	return depth !== 0;
}

const [OPEN_SQUARE, OPEN_CURLY, CLOSE_SQUARE, CLOSE_CURLY, NEWLINE] = [...'[{]}\n'].map((char) =>
	char.charCodeAt(0)
);

/** js-yaml names an empty key "null", yaml "". */
function hasUnnamedKey(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	if (Array.isArray(value)) return value.some(hasUnnamedKey);
	return Object.entries(value).some(([key, inner]) => key === 'null' || hasUnnamedKey(inner));
}

/** One file's YAML parsed and turned into data, or the problems that stop it; the schema comes later. */
function parseFile(
	file: CatalogFile,
	kind: FileKind | undefined
): { problems: Problem[]; parsed?: ParsedFile } {
	const problems: Problem[] = [];
	const error = (line: number, column: number, keyword: string, message: string) =>
		problems.push(problemAt(file.path, line, column, keyword, message));
	if ('unreadable' in file) {
		const { line = 1, column = 1, keyword, message } = file.unreadable;
		error(line, column, keyword, message);
		return { problems };
	}
	if (!kind) {
		error(1, 1, 'unknown-file', unknownFileMessage(file.path));
		return { problems };
	}
	const bytes = utf8Length(file.text, LIMITS.fileBytes);
	if (bytes > LIMITS.fileBytes) {
		error(1, 1, 'file-size', fileTooLarge(utf8Length(file.text)));
		return { problems };
	}
	let text = file.text;
	if (text.startsWith('\uFEFF')) {
		error(
			1,
			1,
			'byte-order-mark',
			'the file starts with a byte order mark (BOM); save it as UTF-8 without BOM'
		);
		text = text.slice(1);
	}
	if (!text.startsWith(expectedSchemaLine(kind))) {
		problems.push({
			...problemAt(
				file.path,
				1,
				1,
				'schema-comment',
				`first line should be "${expectedSchemaLine(kind)}" so editors can check the file`
			),
			severity: 'warning'
		});
	}
	const quick = quickParse(text);
	if (quick && overlongTexts(quick.data).length === 0) {
		let located: Located | undefined;
		const parsed: ParsedFile = {
			path: file.path,
			kind,
			data: quick.data,
			located: () => (located ??= parseWithPositions(text))
		};
		return { problems, parsed };
	}
	const { doc, lines } = parseWithPositions(text);
	const linesWithError = new Set<number>();
	for (const yamlError of doc.errors) {
		const { line, col } = lines.linePos(yamlError.pos[0]);
		// Later errors on the same line are the parser stumbling over the first one.
		if (linesWithError.has(line)) continue;
		linesWithError.add(line);
		error(line, col, yamlError.code, yamlMessage(yamlError.message));
	}
	for (const warning of doc.warnings) {
		const { line, col } = lines.linePos(warning.pos[0]);
		problems.push({
			...problemAt(file.path, line, col, warning.code, yamlMessage(warning.message)),
			severity: 'warning'
		});
	}
	if (doc.errors.length > 0) return { problems };
	// An alias is written with "*": a file without one (nearly every file) needs no walk through its nodes.
	const aliasProblems = text.includes('*') ? checkAliases(doc) : [];
	for (const { offset, keyword, message } of aliasProblems) {
		const { line, col } = lines.linePos(offset);
		error(line, col, keyword, message);
	}
	if (aliasProblems.length > 0) return { problems };
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: LIMITS.aliases });
	} catch (thrown) {
		// Once every alias has an anchor before it, yaml throws only at its alias limit.
		if (!(thrown instanceof ReferenceError)) throw thrown;
		const { line, col } = lines.linePos(firstAlias(doc) ?? 0);
		error(
			line,
			col,
			'alias-count',
			`the aliases in this file expand to more than ${LIMITS.aliases} copies; write the values out instead`
		);
		return { problems };
	}
	const result: ParsedFile = { path: file.path, kind, data, located: () => ({ doc, lines }) };
	const overlong = overlongTexts(data);
	for (const { path, length } of overlong) {
		const { line, column } = positionOf(result, path);
		error(line, column, 'text-length', `${displayPath(path) || 'the file'} ${textTooLong(length)}`);
	}
	// A file with an oversized text is refused as it is: the schema's patterns are not run over such texts.
	return overlong.length > 0 ? { problems } : { problems, parsed: result };
}

interface AliasProblem {
	offset: number;
	keyword: string;
	message: string;
}

/**
 * Aliases that point nowhere or into themselves, in one pass over the document (yaml's own lookup walks the whole
 * document once per alias, and a circular alias would give data that has no end).
 */
function checkAliases(doc: Document): AliasProblem[] {
	const found: AliasProblem[] = [];
	const latest = new Map<string, unknown>();
	visit(doc, {
		Node(_key, node, path) {
			if (isAlias(node)) {
				const target = latest.get(node.source);
				const offset = node.range?.[0] ?? 0;
				if (!target)
					found.push({
						offset,
						keyword: 'unknown-alias',
						message: `the alias *${node.source} has no anchor &${node.source} before it`
					});
				else if (path.includes(target as never))
					found.push({
						offset,
						keyword: 'circular-alias',
						message: `the alias *${node.source} lies inside the value it refers to, which would never end`
					});
			} else if (node.anchor) latest.set(node.anchor, node);
		}
	});
	return found;
}

function firstAlias(doc: Document): number | undefined {
	let offset: number | undefined;
	visit(doc, {
		Alias(_key, node) {
			offset = node.range?.[0];
			return visit.BREAK;
		}
	});
	return offset;
}

export function loadCatalog(files: readonly CatalogFile[]): LoadResult {
	validators ??= compileValidators();
	const problems: Problem[] = [];
	const parsed: ParsedFile[] = [];
	let methodCount = 0;

	for (const file of files) {
		const kind = kindOf(file.path);
		if (kind === 'method' && ++methodCount > LIMITS.methods) {
			// Said once, at the first method past the limit; the methods after it are not read.
			if (methodCount === LIMITS.methods + 1)
				problems.push(problemAt(file.path, 1, 1, 'method-count', tooManyMethods(methodCount)));
			continue;
		}
		// A surprise in one file is that file's problem: every other file is still checked.
		try {
			const result = parseFile(file, kind);
			problems.push(...result.problems);
			if (result.parsed) parsed.push(result.parsed);
		} catch (error) {
			problems.push(
				problemAt(file.path, 1, 1, 'internal', `could not be checked: ${String(error)}`)
			);
		}
	}

	const byPath = new Map(parsed.map((file) => [file.path, file]));
	const locate: Locate = (path, at) => {
		const file = byPath.get(path);
		return file ? positionOf(file, at) : { line: 1, column: 1 };
	};

	for (const file of parsed) {
		const validate = validators[file.kind];
		if (validate(file.data)) continue;
		for (const error of pickSchemaErrors(validate.errors ?? [])) {
			const { line, column } = positionOfError(file, error);
			problems.push(problemAt(file.path, line, column, error.keyword, describeSchemaError(error)));
		}
	}

	for (const kind of RULE_FILE_KINDS) {
		if (!OPTIONAL_KINDS.includes(kind) && !files.some((file) => kindOf(file.path) === kind)) {
			problems.push(
				problemAt(
					`rules/${kind}.yaml`,
					1,
					1,
					'missing-file',
					`the catalogue needs rules/${kind}.yaml`
				)
			);
		}
	}

	if (problems.some((problem) => problem.severity === 'error')) return finish(null, problems);

	const byKind = (kind: FileKind) => parsed.filter((file) => file.kind === kind);
	const single = <T>(kind: FileKind) => byKind(kind)[0]!.data as T;
	const input: ParsedFiles = {
		// Every file was read by now (an unreadable one is an error above).
		version: catalogVersion(files.flatMap((file) => ('text' in file ? [file] : []))),
		methods: byKind('method').map((file) => ({
			path: file.path,
			method: file.data as Catalog['methods'][number]
		})),
		ladder: single('ladder'),
		questions: single('questions'),
		groups: single('groups'),
		stages: single('stages'),
		traits: single('traits'),
		scoring: single('scoring'),
		rules: single('rules'),
		ladders: single('ladders'),
		cases: single('cases'),
		municipality: byKind('municipality')[0]?.data as ParsedFiles['municipality'],
		exercises: single('exercises')
	};
	const checked = crossCheck(input, locate);
	return finish(checked.catalog, [...problems, ...checked.problems]);
}

function finish(catalog: Catalog | null, problems: Problem[]): LoadResult {
	problems.sort(compareProblems);
	const ok = !problems.some((problem) => problem.severity === 'error');
	return { catalog: ok ? catalog : null, problems };
}

function problemAt(
	file: string,
	line: number,
	column: number,
	keyword: string,
	message: string
): Problem {
	return { file, line, column, severity: 'error', message, keyword };
}

function unknownFileMessage(path: string): string {
	if (path.startsWith('rules/')) {
		return `unknown rules file; expected one of: ${RULE_FILE_KINDS.map((kind) => `${kind}.yaml`).join(', ')}`;
	}
	return 'unknown catalogue file; methods go in methods/<id>.yaml, rules in rules/<kind>.yaml';
}

/** yaml's messages end with a position we report separately. */
function yamlMessage(message: string): string {
	return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

function positionOf(
	file: ParsedFile,
	path: readonly (string | number)[]
): { line: number; column: number } {
	const { doc, lines } = file.located();
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as
			{ range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) {
			const { line, col } = lines.linePos(node.range[0]);
			return { line, column: col };
		}
	}
	return { line: 1, column: 1 };
}

/** Unknown fields point at their key; everything else at the value the pointer names. */
function positionOfError(file: ParsedFile, error: ErrorObject): { line: number; column: number } {
	const path = pointerToPath(error.instancePath);
	const { doc, lines } = file.located();
	if (error.keyword === 'additionalProperties') {
		const parent = doc.getIn(path, true);
		const key = (error.params as { additionalProperty: string }).additionalProperty;
		if (isMap(parent)) {
			const pair = parent.items.find(
				(item) => isPair(item) && isScalar(item.key) && item.key.value === key
			);
			if (pair && isScalar(pair.key) && pair.key.range) {
				const { line, col } = lines.linePos(pair.key.range[0]);
				return { line, column: col };
			}
		}
	}
	if (doc.contents === null) return { line: 1, column: 1 };
	return positionOf(file, path);
}
