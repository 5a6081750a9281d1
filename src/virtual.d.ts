declare module 'virtual:delaktighetskarta/catalog' {
	const catalog: import('$lib/domain/types').Catalog;
	export default catalog;
}
