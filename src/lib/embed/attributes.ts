/**
 * The widget's attributes speak the share links' language (the answer registry's parameter names); several
 * values go in one attribute, separated by spaces (`group="unga boende"`). They become the link the wizard starts
 * from.
 */
import { ROWS } from '../answers/registry.ts';
import type { Lang } from '../catalog/lang.ts';

export const ANSWER_ATTRIBUTES: readonly string[] = ROWS.map((row) => row.param);

export function attributeQuery(read: (name: string) => string | null, lang: Lang): string {
	const params = new URLSearchParams({ lang });
	for (const row of ROWS) {
		const value = read(row.param)?.trim();
		if (!value) continue;
		if (row.kind === 'several') {
			for (const item of value.split(/\s+/)) params.append(row.param, item);
		} else params.set(row.param, value);
	}
	return params.toString();
}
