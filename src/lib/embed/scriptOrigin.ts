/** The widget script's own address, read while it runs: where the checker file lies beside it. */
export const scriptUrl =
	typeof document !== 'undefined' &&
	document.currentScript instanceof HTMLScriptElement &&
	document.currentScript.src
		? document.currentScript.src
		: typeof location !== 'undefined'
			? location.href
			: '';

/** The origin the widget's script was loaded from: where its catalogue may come from. */
export const scriptOrigin = scriptUrl ? new URL(scriptUrl).origin : '';

/** The folder the widget's script lies in, the site's root (`https://kommun.se/verktyg/`): where its share links point. */
export const scriptFolder = scriptUrl ? new URL('./', scriptUrl).href : '';
