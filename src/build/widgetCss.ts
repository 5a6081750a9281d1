/**
 * The widget's styles as one string it adopts into each shadow root (src/lib/embed/adoptStyles.ts). The components
 * are compiled with their CSS external, Vite gathers it into one stylesheet, and this plugin puts that stylesheet
 * into the script in place of the placeholder `virtual:delaktighetskarta/widget-css` exports, leaving no CSS file.
 * No <style> element is ever added, so a host page whose CSP forbids inline styles still shows the widget styled.
 */
import type { Plugin } from 'vite';

export const WIDGET_CSS_MODULE = 'virtual:delaktighetskarta/widget-css';
const PLACEHOLDER = '__DELAKTIGHETSKARTA_WIDGET_CSS__';
const RESOLVED = `\0${WIDGET_CSS_MODULE}`;

export function widgetCssPlugin(): Plugin {
	return {
		name: 'delaktighetskarta:widget-css',
		resolveId: (id) => (id === WIDGET_CSS_MODULE ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(PLACEHOLDER)};` : undefined),
		// After Vite's own CSS plugin has written the stylesheet into the bundle.
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				const sheets = Object.values(bundle).filter(
					(file) => file.type === 'asset' && file.fileName.endsWith('.css')
				);
				const css = sheets
					.map((file) => (file.type === 'asset' ? String(file.source) : ''))
					.join('\n');
				for (const file of sheets) delete bundle[file.fileName];
				let placed = false;
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk' || !chunk.code.includes(PLACEHOLDER)) continue;
					chunk.code = chunk.code.replace(new RegExp(`(["'\`])${PLACEHOLDER}\\1`), () =>
						JSON.stringify(css)
					);
					placed = true;
				}
				// Styles with nowhere to go would leave the widget unstyled: better no build at all.
				if (css && !placed)
					this.error(`the widget's CSS has no place: nothing imports ${WIDGET_CSS_MODULE}`);
			}
		}
	};
}
