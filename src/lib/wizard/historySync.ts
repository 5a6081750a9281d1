/**
 * Keeps the browser's address in step with the wizard: every answer in the URL, a new history entry per step (so
 * Back and Forward move through steps), and a loaded link when the planner goes back or forward.
 */
import type { Actor } from 'xstate';
import type { QuestionType } from '../catalog/types.ts';
import type { Step } from './draft.ts';
import { currentStep, type wizardMachine } from './machine.ts';
import { parseShareLink, shareLinkQuery } from './shareLink.ts';

/**
 * `keep`: parameters that are not answers but belong in the address (a municipality's `catalog`). `local`: what
 * belongs in this browser's address but never in a shared link (the id of the plan's draft on this device).
 */
export function syncWithHistory(
	actor: Actor<typeof wizardMachine>,
	questionTypes: readonly QuestionType[],
	keep = '',
	local: () => string = () => ''
): () => void {
	let lastStep: Step | null = null;
	const write = () => {
		const snapshot = actor.getSnapshot();
		const step = currentStep(snapshot);
		if (step === 'start') return;
		const query = `?${[shareLinkQuery(snapshot.context.draft, step, snapshot.context.lang, questionTypes), keep, local()].filter(Boolean).join('&')}`;
		// A new step is a new history entry, also after a reload (when the address already says where we are).
		const newStep = lastStep !== null && step !== lastStep;
		lastStep = step;
		if (query === location.search) return;
		if (newStep) history.pushState(null, '', query);
		else history.replaceState(null, '', query);
	};
	const read = () => {
		const link = parseShareLink(location.search, questionTypes);
		lastStep = link.step;
		actor.send({
			type: 'link.load',
			draft: link.draft,
			step: link.step,
			lang: link.lang,
			ignored: link.ignored.map(({ param, value }) => `${param}=${value}`)
		});
	};
	// Writing the address costs Chromium as long as redrawing the result after an answer (history.replaceState,
	// 5 ms of 15 on the build machine): it is written in a task of its own once the answer's result is drawn, and
	// several changes in one moment write it once. Leaving the page drops a write not yet made.
	let pending: ReturnType<typeof setTimeout> | undefined;
	const later = () => {
		pending ??= setTimeout(() => {
			pending = undefined;
			write();
		});
	};
	const subscription = actor.subscribe(later);
	write();
	window.addEventListener('popstate', read);
	return () => {
		clearTimeout(pending);
		subscription.unsubscribe();
		window.removeEventListener('popstate', read);
	};
}
