import { error } from '@sveltejs/kit';
import catalog from 'virtual:delaktighetskarta/catalog';
import { answerParams } from '$lib/answers/answerParams.ts';
import type { Method } from '$lib/catalog/types.ts';

/** Every method's page, and a page at each former id (a method renamed or split), so old links still open. */
export function entries() {
	return catalog.methods.flatMap((method) =>
		[method.id, ...(method.formerIds ?? [])].map((id) => ({ id }))
	);
}

/** Answers that put the method where it belongs, so the wizard opens with them filled in. */
function wizardQuery(method: Method): string {
	const level = method.levels.includes('dialog') ? 'dialog' : method.levels[0]!;
	const groups = method.groups.reaches.filter((group) => group !== 'alla').slice(0, 2);
	const params = new URLSearchParams(
		answerParams({
			questionType: method.questionTypes[0],
			level,
			stage: method.stages[0],
			groups: groups.length > 0 ? groups : method.groups.reaches.slice(0, 1),
			open: 'ja',
			scope: method.scopes[0]
		})
	);
	params.set('step', 'purpose');
	return params.toString();
}

export function load({ params }) {
	const method =
		catalog.methods.find((candidate) => candidate.id === params.id) ??
		catalog.methods.find((candidate) => candidate.formerIds?.includes(params.id));
	if (!method) error(404, 'Okänd metod');
	const { levels, stages, groups, questionTypes, questions } = catalog;
	return {
		method,
		/** The old id the page was opened at, when the method has another now. */
		formerId: method.id === params.id ? null : params.id,
		wizardQuery: wizardQuery(method),
		vocabulary: {
			levels,
			stages,
			groups,
			questionTypes,
			scopes: questions.find((question) => question.id === 'scope')?.options ?? []
		}
	};
}
