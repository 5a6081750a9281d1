/** The widget's loadResultPage.ts (see vite.embed.config.ts): the result page bundled in, no chunk to wait for. */
import ResultPage from './ResultPage.svelte';

export const loadResultPage = () => Promise.resolve(ResultPage);
