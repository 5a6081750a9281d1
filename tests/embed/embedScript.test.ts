/**
 * static/embed.js is a plain script with no imports, so it carries its own copy of the frame's title in each
 * language: it must stay the title the guide's snippets and the dictionaries give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/catalog/lang.ts';
import { siteTranslator } from '../../src/lib/i18n/siteDictionary.ts';

const script = readFileSync(new URL('../../static/embed.js', import.meta.url), 'utf8');

describe('static/embed.js', () => {
	for (const lang of LANGS)
		it(`titles its frame as the dictionary does (${lang})`, () => {
			expect(script).toContain(`'${siteTranslator(lang)('frameTitle')}'`);
		});
});
