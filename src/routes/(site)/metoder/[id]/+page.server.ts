import { error } from '@sveltejs/kit';
import catalog from 'virtual:delaktighetskarta/catalog';
import { answerParams } from '$lib/answers/answerParams.ts';
import type { Method } from '$lib/catalog/types.ts';

export function entries() {
	return catalog.methods.map((method) => ({ id: method.id }));
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
	const method = catalog.methods.find((candidate) => candidate.id === params.id);
	if (!method) error(404, 'Okänd metod');
	const { levels, stages, groups, questionTypes, questions } = catalog;
	return {
		method,
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
