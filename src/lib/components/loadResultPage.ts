/**
 * The result page (cards, map, d3) is needed only at the end of the wizard, so the site loads it as a chunk of its
 * own. The widget, one classic script that cannot load chunks, swaps this module for loadResultPage.static.ts.
 */
export const loadResultPage = () => import('./ResultPage.svelte').then((module) => module.default);
