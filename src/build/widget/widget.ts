/**
 * The widget file (build/delaktighets-karta.js): registers <delaktighets-karta> – once, however often the script is
 * loaded – and adds nothing else to the host page (no globals, no global CSS). Same machine, engine and components
 * as the site.
 */
import DelaktighetsKarta from '../../lib/embed/DelaktighetsKarta.ce.svelte';

const element = (DelaktighetsKarta as unknown as { element?: CustomElementConstructor }).element;
if (element && !customElements.get('delaktighets-karta'))
	customElements.define('delaktighets-karta', element);
