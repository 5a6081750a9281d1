/** The closest candidate to a mistyped value, if one is close enough to be a likely typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const tolerance = Math.max(1, Math.floor(value.length / 3));
	return bestDistance <= tolerance ? best : undefined;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** "unknown method "enkt" – did you mean "enkat"?": the message for an id that names nothing. */
export function unknownId(kind: string, id: string, known: Iterable<string>): string {
	const hint = suggest(id, [...known]);
	return `unknown ${kind} "${id}"${hint ? ` – did you mean "${hint}"?` : ''}`;
}
