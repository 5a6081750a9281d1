/**
 * Catalogue files are UTF-8. A file saved in another encoding (Windows-1252 is what Notepad and Excel write on
 * Swedish Windows) is refused at the first byte that is not UTF-8, with its line and column, instead of being read
 * with replacement characters. A byte-order mark is kept, for the loader to point out.
 */
import type { Problem } from './problem.ts';

export type Decoded =
	{ text: string } | { problem: Pick<Problem, 'line' | 'column' | 'message' | 'keyword'> };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
	const bad = firstInvalidByte(bytes);
	if (bad < 0) return { text: utf8.decode(bytes) };
	const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
	let line = 1;
	for (let index = 0; index < lineStart; index++) if (bytes[index] === 0x0a) line++;
	// Everything before the bad byte is valid, so the column counts characters as an editor does.
	const column = utf8.decode(bytes.subarray(lineStart, bad)).length + 1;
	const byte = bytes[bad]!;
	const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	const asWindows1252 = byte >= 0xa0 ? String.fromCharCode(byte) : '';
	return {
		problem: {
			line,
			column,
			keyword: 'encoding',
			message: `the file is not UTF-8: byte ${hex} here is not a UTF-8 character${
				asWindows1252 ? ` (in Windows-1252 or Latin-1 it is "${asWindows1252}")` : ''
			}; save the file as UTF-8`
		}
	};
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		if (lead < 0x80) {
			index++;
			continue;
		}
		// The length of the sequence and the range of its second byte (which rules out overlong forms and
		// surrogates); the bytes after the second are always 0x80–0xBF.
		let length: number, low: number, high: number;
		if (lead >= 0xc2 && lead <= 0xdf) [length, low, high] = [2, 0x80, 0xbf];
		else if (lead === 0xe0) [length, low, high] = [3, 0xa0, 0xbf];
		else if (lead === 0xed) [length, low, high] = [3, 0x80, 0x9f];
		else if (lead >= 0xe1 && lead <= 0xef) [length, low, high] = [3, 0x80, 0xbf];
		else if (lead === 0xf0) [length, low, high] = [4, 0x90, 0xbf];
		else if (lead >= 0xf1 && lead <= 0xf3) [length, low, high] = [4, 0x80, 0xbf];
		else if (lead === 0xf4) [length, low, high] = [4, 0x80, 0x8f];
		else return index;
		for (let next = 1; next < length; next++) {
			const byte = bytes[index + next];
			const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
			if (byte === undefined || byte < min || byte > max) return index;
		}
		index += length;
	}
	return -1;
}
