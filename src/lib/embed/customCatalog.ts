/**
 * Loads a municipality's own catalogue at run time: only from the allowed origins (also after a redirect), without
 * cookies, no larger than the limit (told by Content-Length or counted while it downloads, before anything is
 * parsed), checked with the precompiled validator in slices. Whatever goes wrong comes back as a problem that the
 * page says in its own language (src/lib/i18n/format.ts); the caller keeps the built-in catalogue.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import { LIMITS } from '../catalog/limits.ts';
import type { CatalogChecker } from './catalogCheck.ts';

/** Why a catalogue was not used; `path` is the address's path, as the page's author wrote it. */
export type CatalogProblem =
	| { kind: 'address'; source: string }
	| { kind: 'origin'; origin: string; allowed: string[] }
	| { kind: 'redirect'; origin: string; allowed: string[] }
	| { kind: 'http'; path: string; status: number }
	| { kind: 'network'; path: string }
	/** `bytes` is null when the download was stopped at the limit, before its end. */
	| { kind: 'size'; path: string; bytes: number | null; limit: number }
	| { kind: 'not-json'; path: string }
	/** The checker could not be loaded or failed: the catalogue was not checked, so it is not used. */
	| { kind: 'checker' }
	/** The checker's findings, in English, as `npm run validate` words them. */
	| { kind: 'invalid'; path: string; details: string[] };

export interface LoadedCatalog {
	catalog?: WizardCatalog;
	problem?: CatalogProblem;
}

export interface LoadOptions {
	/** What a relative address is resolved against (the page by default). */
	base?: string;
	/** Origins a catalogue may come from; empty ones (a script without an address) and "null" (a file) count for none. */
	allowedOrigins: readonly string[];
	/** Loads the checker; it is asked for only once a catalogue has arrived. */
	checker: () => Promise<CatalogChecker>;
	fetch?: typeof fetch;
}

export async function loadCustomCatalog(
	source: string,
	options: LoadOptions
): Promise<LoadedCatalog> {
	const allowed = [
		...new Set(options.allowedOrigins.filter((origin) => origin && origin !== 'null'))
	];
	let url: URL;
	try {
		url = new URL(source, options.base ?? location.href);
	} catch {
		return { problem: { kind: 'address', source } };
	}
	const path = url.pathname;
	if (!allowed.includes(url.origin))
		return { problem: { kind: 'origin', origin: url.origin, allowed } };
	// The checker loads while the catalogue downloads.
	const checker = options.checker();
	checker.catch(() => undefined);
	let bytes: Uint8Array | null;
	try {
		const response = await (options.fetch ?? fetch)(url, { credentials: 'omit' });
		// fetch follows redirects: where the catalogue came from in the end is what counts.
		const arrived = new URL(response.url || url.href).origin;
		if (!allowed.includes(arrived)) {
			stop(response);
			return { problem: { kind: 'redirect', origin: arrived, allowed } };
		}
		if (!response.ok) {
			stop(response);
			return { problem: { kind: 'http', path, status: response.status } };
		}
		// Content-Length counts the compressed bytes, so a catalogue too large even so is refused unread.
		const declared = Number(response.headers.get('content-length') ?? NaN);
		if (declared > LIMITS.catalogBytes) {
			stop(response);
			return { problem: { kind: 'size', path, bytes: declared, limit: LIMITS.catalogBytes } };
		}
		bytes = await readAtMost(response, LIMITS.catalogBytes);
	} catch {
		return { problem: { kind: 'network', path } };
	}
	if (!bytes) return { problem: { kind: 'size', path, bytes: null, limit: LIMITS.catalogBytes } };
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { problem: { kind: 'not-json', path } };
	}
	let checked: Awaited<ReturnType<CatalogChecker>>;
	try {
		checked = await (await checker)(json);
	} catch {
		return { problem: { kind: 'checker' } };
	}
	if (!checked.catalog) return { problem: { kind: 'invalid', path, details: checked.problems } };
	return { catalog: checked.catalog };
}

/** Stops a download whose body is not wanted. */
function stop(response: Response) {
	response.body?.cancel().catch(() => undefined);
}

/** The body, or null as soon as it passes `limit` bytes (the rest is not downloaded). */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array | null> {
	if (!response.body) {
		const whole = new Uint8Array(await response.arrayBuffer());
		return whole.length > limit ? null : whole;
	}
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > limit) {
			reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return bytes;
}
