import { describe, expect, it } from 'vitest';
import {
	languagesOf,
	splitLanguage,
	withLanguage
} from '../../src/lib/catalog/catalogLanguages.ts';
import { wizardCatalog } from '../../src/build/slimCatalog.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = wizardCatalog(repoCatalog());

describe('a catalogue without one language, and with it again', () => {
	it('takes out every English text and keeps every Swedish one', () => {
		const { catalog: swedish, texts } = splitLanguage(catalog, 'en');
		const textCount = JSON.stringify(catalog).match(/\{"sv":/g)!.length;
		expect(Object.keys(texts)).toHaveLength(textCount);
		expect(JSON.stringify(swedish)).not.toContain(catalog.methods[0]!.summary.en);
		expect(swedish.methods[0]!.summary).toEqual({ sv: catalog.methods[0]!.summary.sv });
		expect(swedish.rules.map((rule) => rule.id)).toEqual(catalog.rules.map((rule) => rule.id));
		expect(languagesOf(swedish)).toEqual(['sv']);
	});

	it('keys each text by the ids it stands under, not by its place in a list', () => {
		const { texts } = splitLanguage(catalog, 'en');
		const method = catalog.methods.find((item) => item.id === 'kartdialog')!;
		expect(texts['methods/kartdialog/summary']).toBe(method.summary.en);
		const { texts: reversed } = splitLanguage(
			{ ...catalog, methods: [...catalog.methods].reverse() },
			'en'
		);
		expect(reversed).toEqual(texts);
	});

	it('puts the texts back exactly, through JSON as the browser receives them', () => {
		const { catalog: swedish, texts } = splitLanguage(catalog, 'en');
		const received = JSON.parse(JSON.stringify(swedish));
		const back = withLanguage(received, 'en', JSON.parse(JSON.stringify(texts)));
		expect(back).toEqual(JSON.parse(JSON.stringify(catalog)));
		expect(languagesOf(back)).toEqual(['sv', 'en']);
	});

	it('never changes the catalogue it is given', () => {
		const before = JSON.stringify(catalog);
		const { catalog: swedish, texts } = splitLanguage(catalog, 'en');
		const swedishBefore = JSON.stringify(swedish);
		withLanguage(swedish, 'en', texts);
		expect(JSON.stringify(catalog)).toBe(before);
		expect(JSON.stringify(swedish)).toBe(swedishBefore);
	});

	it('refuses texts that do not belong to the catalogue', () => {
		const { catalog: swedish, texts } = splitLanguage(catalog, 'en');
		const { ['methods/kartdialog/summary']: dropped, ...fewer } = texts;
		expect(dropped).toBeDefined();
		expect(() => withLanguage(swedish, 'en', fewer)).toThrow(/methods\/kartdialog\/summary/);
		expect(() => withLanguage(swedish, 'en', { ...texts, 'methods/ingen/summary': 'x' })).toThrow(
			/do not belong/
		);
	});

	it('never takes out the first language', () => {
		expect(() => splitLanguage(catalog, 'sv')).toThrow(/first language/);
	});
});
