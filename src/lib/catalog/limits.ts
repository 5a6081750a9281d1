/**
 * How much a catalogue may hold. Far above any real catalogue (the largest method file is 11 kB, the longest text
 * 1 300 characters, the JSON of the whole catalogue 630 kB), and low enough that checking stays quick: a file, a
 * text or a download past a limit is refused with a message before it is parsed or checked further. The same
 * numbers hold for `npm run validate`, `npm run build:catalog`, the build and a catalogue loaded in the browser.
 */
export const LIMITS = {
	/** Bytes of one YAML file. */
	fileBytes: 256 * 1024,
	/** Methods in one catalogue. */
	methods: 1000,
	/** Characters of one text (and of any other string value or key). */
	textLength: 20_000,
	/** Bytes of an assembled catalogue (the JSON `npm run build:catalog` writes) loaded in the browser. */
	catalogBytes: 2 * 1024 * 1024,
	/** Aliases one YAML file may expand: enough for sharing a list, too few for a "billion laughs" bomb. */
	aliases: 100
} as const;

/** `262144` → "256 kB", `31457280` → "30 MB", in `locale`'s numbers (Swedish writes "2,5 MB"). */
export function formatBytes(bytes: number, locale = 'en-GB'): string {
	const [value, unit] =
		bytes >= 1024 * 1024
			? [bytes / (1024 * 1024), 'MB']
			: bytes >= 1024
				? [bytes / 1024, 'kB']
				: [bytes, 'bytes'];
	const digits = unit === 'MB' ? 1 : 0;
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}

export const tooManyMethods = (count: number) =>
	`the catalogue has ${count > LIMITS.methods ? `more than ${LIMITS.methods}` : count} methods; at most ${LIMITS.methods} are allowed`;

export function fileTooLarge(bytes: number): string {
	const [size, limit] = [formatBytes(bytes), formatBytes(LIMITS.fileBytes)];
	return `the file is ${size === limit ? `larger than ${limit}` : size}; a catalogue file may be at most ${limit}`;
}

export const textTooLong = (length: number) =>
	`is ${length} characters long; a text may have at most ${LIMITS.textLength}`;

/** UTF-8 bytes of `text`, counted only up to `stopAbove` (a 30 MB string is not walked to its end to learn that). */
export function utf8Length(text: string, stopAbove = Infinity): number {
	let bytes = 0;
	for (let index = 0; index < text.length && bytes <= stopAbove; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length) {
			bytes += 4; // a surrogate pair: one character of four bytes
			index++;
		} else bytes += 3;
	}
	return bytes;
}

export interface Overlong {
	/** From the root to the string, or to the map holding the long key. */
	path: (string | number)[];
	length: number;
}

/**
 * Where `data` holds a string (or a key) longer than the text limit. Walks with a stack of its own and builds a
 * path only for what it finds, so a deeply nested value neither overflows the call stack nor costs more than its
 * size.
 */
export function overlongTexts(data: unknown): Overlong[] {
	interface Visit {
		value: unknown;
		key: string | number;
		parent: Visit | null;
	}
	const pathOf = (visit: Visit) => {
		const path: (string | number)[] = [];
		for (let at: Visit | null = visit; at?.parent; at = at.parent) path.push(at.key);
		return path.reverse();
	};
	const found: Overlong[] = [];
	const stack: Visit[] = [{ value: data, key: '', parent: null }];
	while (stack.length > 0) {
		const visit = stack.pop()!;
		const { value } = visit;
		if (typeof value === 'string') {
			if (value.length > LIMITS.textLength)
				found.push({ path: pathOf(visit), length: value.length });
		} else if (Array.isArray(value)) {
			for (let index = value.length - 1; index >= 0; index--)
				stack.push({ value: value[index], key: index, parent: visit });
		} else if (value !== null && typeof value === 'object') {
			const entries = Object.entries(value);
			for (let index = entries.length - 1; index >= 0; index--) {
				const [key, inner] = entries[index]!;
				// What lies under a long key is not looked at: the key alone refuses the file.
				if (key.length > LIMITS.textLength) found.push({ path: pathOf(visit), length: key.length });
				else stack.push({ value: inner, key, parent: visit });
			}
		}
	}
	return found;
}
