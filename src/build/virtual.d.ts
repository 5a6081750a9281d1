declare module 'virtual:delaktighetskarta/catalog' {
	const catalog: import('$lib/catalog/types').Catalog;
	export default catalog;
}

declare module 'virtual:delaktighetskarta/wizard-catalog' {
	const catalog: import('$lib/catalog/types').Catalog;
	export default catalog;
}

declare module 'virtual:delaktighetskarta/trainer-catalog' {
	const catalog: import('$lib/catalog/types').Catalog;
	export default catalog;
}

declare module 'virtual:delaktighetskarta/catalog-validator' {
	const validate: import('$lib/catalog/checkCatalogJson').PrecompiledValidator;
	export default validate;
}

declare module 'virtual:delaktighetskarta/wizard-catalog-sv' {
	const catalog: import('$lib/catalog/types').Catalog;
	export default catalog;
}

declare module 'virtual:delaktighetskarta/wizard-texts-en' {
	const texts: string[];
	export default texts;
}
