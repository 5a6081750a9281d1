/** The widget script's own address, read while it runs: where the checker file lies beside it. */
export const scriptUrl =
	typeof document !== 'undefined' &&
	document.currentScript instanceof HTMLScriptElement &&
	document.currentScript.src
		? document.currentScript.src
		: typeof location !== 'undefined'
			? location.href
			: '';

/** The origin the widget's script was loaded from: where its catalogue may come from and its share links point. */
export const scriptOrigin = scriptUrl ? new URL(scriptUrl).origin : '';
