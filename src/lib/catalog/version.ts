/** Which catalogue a recommendation came from, independent of the loader (the browser checks JSON catalogues). */

/** The catalogue's version: FNV-1a over its files in path order, eight hex digits. Same files, same version. */
export function catalogVersion(files: readonly { path: string; text: string }[]): string {
	let hash = 0x811c9dc5;
	for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		for (const text of [file.path, '\0', file.text, '\0']) {
			for (let index = 0; index < text.length; index++) {
				hash ^= text.charCodeAt(index);
				hash = Math.imul(hash, 0x01000193) >>> 0;
			}
		}
	}
	return hash.toString(16).padStart(8, '0');
}
