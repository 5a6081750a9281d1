/**
 * The built-in catalogue in parts: a site page's first load carries what the questions need, the methods and rules
 * arrive after the first answer, and another language's texts fit either part – whichever comes first.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers/answers.ts';
import base from 'virtual:delaktighetskarta/wizard-catalog-base';
import { languagesOf } from '../../src/lib/catalog/catalogLanguages.ts';
import { builtIn, catalogIn, completeCatalog } from '../../src/lib/i18n/builtInCatalog.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';

const answers: Answers = {
	questionType: 'komplex',
	level: 'dialog',
	stage: 'forslag',
	groups: ['unga']
};

describe('the built-in catalogue in parts', () => {
	it('starts with the questions and without methods, rules or traits', () => {
		expect(builtIn.questions.length).toBeGreaterThan(0);
		expect(builtIn.methods).toEqual([]);
		expect(builtIn.rules).toEqual([]);
		expect(builtIn.traits).toEqual([]);
	});

	it('completes to the whole wizard catalogue, which recommends as the whole one does', async () => {
		const complete = await completeCatalog(builtIn);
		expect(complete).toEqual(base);
		expect(recommend(complete, answers)).toEqual(recommend(base, answers));
		// A complete catalogue stays as it is.
		expect(await completeCatalog(complete)).toBe(complete);
	});

	it('takes another language before or after the methods, with the same result', async () => {
		const englishFirst = await completeCatalog(await catalogIn(builtIn, 'en'));
		const methodsFirst = await catalogIn(await completeCatalog(builtIn), 'en');
		expect(languagesOf(englishFirst)).toEqual(['sv', 'en']);
		expect(englishFirst).toEqual(methodsFirst);
		expect(englishFirst.methods[0]!.name.en).toBeTruthy();
		// The same language twice is the same catalogue.
		expect(await catalogIn(builtIn, 'en')).toBe(await catalogIn(builtIn, 'en'));
	});
});
