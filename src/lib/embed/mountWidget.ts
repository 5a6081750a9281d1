/** Mounts the wizard into any element, for hosts (and tests) that embed it from code: one options object in. */
import { mount, unmount } from 'svelte';
import builtIn from 'virtual:delaktighetskarta/wizard-catalog';
import Wizard from '../components/Wizard.svelte';
import type { Catalog, Lang } from '../domain/types.ts';
import { parseShareLink } from '../wizard/shareLink.ts';

export interface WidgetOptions {
	lang?: Lang;
	/** A catalogue already checked by the host; the built-in one by default. */
	catalog?: Catalog;
	/** Answers to start from, as a share-link query (`question-type=komplex&level=dialog&…`). */
	answers?: string;
}

export function mountWidget(target: HTMLElement, options: WidgetOptions = {}): { destroy: () => void } {
	const catalog = options.catalog ?? builtIn;
	const query = new URLSearchParams(options.answers ?? '');
	if (options.lang) query.set('lang', options.lang);
	const app = mount(Wizard, { target, props: { catalog, link: parseShareLink(query.toString(), catalog.questionTypes) } });
	return { destroy: () => unmount(app) };
}
