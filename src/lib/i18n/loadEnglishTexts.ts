/** The site loads the catalogue's English texts as a chunk; the widget swaps this module for loadEnglishTexts.widget.ts. */
export const loadEnglishTexts = (): Promise<string[]> =>
	import('virtual:delaktighetskarta/wizard-texts-en').then((module) => module.default);
