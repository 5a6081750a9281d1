/**
 * The widget is one classic script and cannot split itself into chunks, so what it needs only later or sometimes
 * lies in files beside it, added to the page on first use: the catalogue's methods and rules (after the first
 * answer), the catalogue checker (with `catalog-src`), the Word maker (for Word) and the English texts (in English).
 * Each file hands its payload over in an event on the document, so no global is created on the host page.
 */
import type { LanguageTexts } from '../catalog/catalogLanguages.ts';
import type { EnginePart } from '../catalog/catalogParts.ts';
import type { Lang } from '../catalog/lang.ts';
import type { CatalogChecker } from './catalogCheck.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { recordDocxBlob } from '../plan/docx.ts';

export const METHODS_FILE = 'delaktighets-karta-methods.js';
export const METHODS_EVENT = 'delaktighetskarta:methods';
export const CATALOG_CHECK_FILE = 'delaktighets-karta-check.js';
export const CATALOG_CHECK_EVENT = 'delaktighetskarta:catalog-check';
export const WORD_FILE = 'delaktighets-karta-word.js';
export const WORD_EVENT = 'delaktighetskarta:word';
/** The catalogue's and the interface's texts in one language other than the first (`delaktighets-karta-en.js`). */
export const textsFile = (lang: Lang) => `delaktighets-karta-${lang}.js`;
export const textsEvent = (lang: Lang) => `delaktighetskarta:texts-${lang}`;

const loading = new Map<string, Promise<unknown>>();

/** Loads `file` from beside the widget script (`base`) once, however many elements ask, and takes its payload. */
function fromFileBeside<T>(
	base: string,
	file: string,
	event: string,
	take: (detail: unknown) => T | undefined
): Promise<T> {
	const src = new URL(file, base).href;
	let promise = loading.get(src) as Promise<T> | undefined;
	if (promise) return promise;
	promise = new Promise<T>((resolve, reject) => {
		const script = document.createElement('script');
		const receive = (received: Event) => {
			const payload = take((received as CustomEvent<unknown>).detail);
			if (payload === undefined) return;
			document.removeEventListener(event, receive);
			resolve(payload);
		};
		document.addEventListener(event, receive);
		script.src = src;
		script.async = true;
		script.onerror = () => {
			document.removeEventListener(event, receive);
			loading.delete(src); // try again next time
			reject(new Error(`${src} could not be loaded`));
		};
		document.head.append(script);
	});
	loading.set(src, promise);
	return promise;
}

/** The built-in catalogue's methods, rules and traits, from the file beside the widget. */
export function methodsFromScript(base: string): Promise<EnginePart> {
	return fromFileBeside(base, METHODS_FILE, METHODS_EVENT, (detail) => {
		const part = (detail as { part?: Partial<Record<keyof EnginePart, unknown>> } | null)?.part;
		const valid =
			part !== null &&
			typeof part === 'object' &&
			Array.isArray(part.methods) &&
			Array.isArray(part.rules) &&
			Array.isArray(part.traits);
		return valid ? (part as EnginePart) : undefined;
	});
}

export function checkerFromScript(base: string): Promise<CatalogChecker> {
	return fromFileBeside(base, CATALOG_CHECK_FILE, CATALOG_CHECK_EVENT, (detail) => {
		const check = (detail as { check?: unknown } | null)?.check;
		return typeof check === 'function' ? (check as CatalogChecker) : undefined;
	});
}

/** A language's file: the built-in catalogue's texts and the interface's dictionary in it. */
export interface LanguageFile {
	texts: LanguageTexts;
	dictionary: Dictionary;
}

const isTextTable = (value: unknown): value is Record<string, string> =>
	value !== null &&
	typeof value === 'object' &&
	!Array.isArray(value) &&
	Object.values(value).every((text) => typeof text === 'string');

export function languageFromScript(base: string, lang: Lang): Promise<LanguageFile> {
	return fromFileBeside(base, textsFile(lang), textsEvent(lang), (detail) => {
		const { texts, dictionary } = (detail ?? {}) as { texts?: unknown; dictionary?: unknown };
		return isTextTable(texts) && isTextTable(dictionary)
			? { texts, dictionary: dictionary as Dictionary }
			: undefined;
	});
}

/** The Word maker, from the file beside the widget. */
export function wordFromScript(base: string): Promise<typeof recordDocxBlob> {
	return fromFileBeside(base, WORD_FILE, WORD_EVENT, (detail) => {
		const make = (detail as { make?: unknown } | null)?.make;
		return typeof make === 'function' ? (make as typeof recordDocxBlob) : undefined;
	});
}
