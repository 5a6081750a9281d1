/**
 * The edge where catalogue text becomes trusted data: parse YAML with positions, validate against the JSON Schemas
 * kept beside the data, run the cross-reference checks, and return either a typed catalogue or positioned problems.
 * This is the only module that reads YAML (js-yaml where it is safe, yaml for places); ajv compiles the validators it
 * uses at build time (compileSchemas.ts). It never throws on bad input.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
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
import { crossCheck, type ParsedFiles } from './crossCheck.ts';
import { catalogVersion } from './version.ts';
import * as precompiled from './validators.generated.ts';
import { RULE_FILE_KINDS, schemaHash, type FileKind } from './schemas.ts';
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

/** A municipality's own catalogue may add this file; the built-in one has none. */
const OPTIONAL_KINDS: readonly FileKind[] = ['municipality'];

/**
 * The file validators, precompiled by `npm run gen:types` (ajv standalone): compiling the schemas took ajv about a
 * third of a second at every start. They must match the schemas on disk; after a schema edit, `npm run validate`
 * says to regenerate them rather than check against old schemas.
 */
const validators =
	precompiled.schemaHash === schemaHash()
		? (precompiled as unknown as Record<FileKind, ValidateFunction>)
		: undefined;

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
	/** Where a top-level key's value starts, found in the text without parsing it again (quickly read files only). */
	topLevel?(key: string): { line: number; column: number } | undefined;
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
		else if (code === NEWLINE && depth !== 0) return true;
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
			located: () => (located ??= parseWithPositions(text)),
			topLevel: (key) => topLevelValue(text, key)
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
	if (!validators)
		return finish(null, [
			problemAt(
				'src/lib/catalog/validators.generated.ts',
				1,
				1,
				'stale-validators',
				'the precompiled schema validators are older than the schemas; run npm run gen:types'
			)
		]);
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
	// A method's id, where the warnings about a whole method point: no second parse for each of a thousand files.
	if (path.length === 1 && typeof path[0] === 'string') {
		const found = file.topLevel?.(path[0]);
		if (found) return found;
	}
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

/**
 * Where a top-level key's value starts on the key's own line, as yaml would place it. In a file the quick reading
 * took, a line that starts with a name and a colon is a key of the top-level mapping (anything nested or inside a
 * block text is indented, and flow collections close on their line). A value on the next line, or after a comment,
 * is left to yaml.
 */
export function topLevelValue(
	text: string,
	key: string
): { line: number; column: number } | undefined {
	const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`^${escaped}:[ \\t]+(?=[^\\s#])`, 'm').exec(text);
	if (!match) return undefined;
	let line = 1;
	for (
		let index = text.indexOf('\n');
		index !== -1 && index < match.index;
		index = text.indexOf('\n', index + 1)
	)
		line++;
	return { line, column: match[0].length + 1 };
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
