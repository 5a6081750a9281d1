// The modules src/build/catalogPlugin.ts makes from the validated catalogue.
declare module 'virtual:delaktighetskarta/catalog' {
	const catalog: import('$lib/catalog/types').Catalog;
	export default catalog;
}

declare module 'virtual:delaktighetskarta/wizard-catalog' {
	const catalog: import('$lib/catalog/types').WizardCatalog;
	export default catalog;
}

declare module 'virtual:delaktighetskarta/trainer-catalog' {
	const catalog: import('$lib/catalog/types').TrainerCatalog;
	export default catalog;
}

declare module 'virtual:delaktighetskarta/catalog-validator' {
	const validate: import('$lib/catalog/checkCatalogJson').PrecompiledValidator;
	export default validate;
}

/** The wizard's catalogue in the first language only; other languages arrive through `wizard-texts`. */
declare module 'virtual:delaktighetskarta/wizard-catalog-base' {
	const catalog: import('$lib/catalog/types').WizardCatalog;
	export default catalog;
}

/** The wizard's first-language catalogue without methods, rules and traits: a site page's first load. */
declare module 'virtual:delaktighetskarta/wizard-catalog-start' {
	const catalog: import('$lib/catalog/types').WizardCatalog;
	export default catalog;
}

/** The methods, rules and traits of the wizard's first-language catalogue. */
declare module 'virtual:delaktighetskarta/wizard-catalog-engine' {
	const part: import('$lib/catalog/catalogParts').EnginePart;
	export default part;
}

declare module 'virtual:delaktighetskarta/wizard-texts' {
	export const textLoaders: Partial<
		Record<
			import('$lib/catalog/lang').Lang,
			() => Promise<import('$lib/catalog/catalogLanguages').LanguageTexts>
		>
	>;
}

declare module 'virtual:delaktighetskarta/wizard-texts-*' {
	const texts: import('$lib/catalog/catalogLanguages').LanguageTexts;
	export default texts;
}

/** In a widget build of one language's texts, those texts (see vite.embed.config.ts). */
declare module 'virtual:delaktighetskarta/widget-texts' {
	const texts: import('$lib/catalog/catalogLanguages').LanguageTexts;
	export default texts;
}

/** In a widget build of one language's texts, the interface's dictionary in it (see src/build/widgetDictionary.ts). */
declare module 'virtual:delaktighetskarta/widget-dictionary' {
	const dictionary: import('$lib/i18n/dictionary').Dictionary;
	export default dictionary;
}

/** In the widget build, every component's CSS as one string (see src/build/widgetCss.ts). */
declare module 'virtual:delaktighetskarta/widget-css' {
	const css: string;
	export default css;
}
