import { describe, expect, it } from 'vitest';
import { addLanguage, withoutLanguage } from '../../src/lib/catalog/catalogLanguages.ts';
import { slimCatalog } from '../../src/build/slimCatalog.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = slimCatalog(repoCatalog());

describe('a catalogue without one language, and with it again', () => {
	it('empties every English text and keeps every Swedish one', () => {
		const { catalog: swedish, texts } = withoutLanguage(catalog, 'en');
		expect(texts.length).toBeGreaterThan(500);
		expect(JSON.stringify(swedish)).not.toContain(catalog.methods[0]!.summary.en);
		expect(swedish.methods[0]!.summary).toEqual({ sv: catalog.methods[0]!.summary.sv, en: '' });
		expect(swedish.rules.map((rule) => rule.id)).toEqual(catalog.rules.map((rule) => rule.id));
	});

	it('puts the texts back exactly, through JSON as the browser receives them', () => {
		const { catalog: swedish, texts } = withoutLanguage(catalog, 'en');
		const received = JSON.parse(JSON.stringify(swedish));
		addLanguage(received, 'en', JSON.parse(JSON.stringify(texts)));
		expect(received).toEqual(JSON.parse(JSON.stringify(catalog)));
	});

	it('refuses texts that do not belong to the catalogue', () => {
		const { catalog: swedish, texts } = withoutLanguage(catalog, 'en');
		expect(() => addLanguage(swedish, 'en', texts.slice(1))).toThrow(/texts/);
	});
});
