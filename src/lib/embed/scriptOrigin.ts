/** The origin the widget's script was loaded from: where its catalogue may come from and its share links point. */
export const scriptOrigin =
	typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement && document.currentScript.src
		? new URL(document.currentScript.src).origin
		: typeof location !== 'undefined'
			? location.origin
			: '';
