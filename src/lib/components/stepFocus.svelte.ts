/**
 * What happens when the wizard changes step: focus moves to the new step's heading (once it is drawn) and the change
 * is announced to screen readers. Call during a component's setup; read `announcement` into a live region.
 */
import { tick } from 'svelte';
import type { Step } from '$lib/answers/registry.ts';

interface StepFocusOptions {
	step: () => Step;
	/** What to announce on arriving at a step. */
	announce: (step: Step) => string;
	/** The element that holds the steps; the heading marked `data-step-heading` inside it takes focus. */
	root: () => HTMLElement | undefined;
	/** Resolves once the step can be drawn (the result page loads on demand). */
	ready: (step: Step) => Promise<unknown>;
	onchange?: (step: Step) => void;
}

export function stepFocus({ step, announce, root, ready, onchange }: StepFocusOptions) {
	let announcement = $state('');
	let shown: Step | undefined;
	$effect(() => {
		const current = step();
		if (shown === undefined || current === shown) {
			shown = current;
			return;
		}
		shown = current;
		announcement = announce(current);
		ready(current)
			.then(() => tick())
			.then(() => root()?.querySelector<HTMLElement>('[data-step-heading]')?.focus());
		onchange?.(current);
	});
	return {
		get announcement() {
			return announcement;
		}
	};
}
