/**
 * The widget's styles, adopted by each shadow root as one constructed style sheet shared by every instance on the
 * page. A host page whose CSP forbids inline styles (`style-src` without 'unsafe-inline') blocks the <style>
 * elements Svelte would otherwise inject, but not a constructed sheet.
 */
import css from 'virtual:delaktighetskarta/widget-css';

let sheet: CSSStyleSheet | undefined;

export function adoptStyles(root: ShadowRoot): void {
	if (!sheet) {
		sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
	}
	if (!root.adoptedStyleSheets.includes(sheet))
		root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
