/**
 * The answer registry is the one definition of an answer: every surface that shows, carries or checks answers must
 * know every row. Each test walks the registry, so a surface that forgets a new answer fails here, loudly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseAnswerParams, usageLines } from '../../src/lib/answers/answerParams.ts';
import {
	ALL_STEPS,
	FACT_KEYS,
	LAST_STEP,
	ROWS,
	STEPS,
	type AnswerRowSpec
} from '../../src/lib/answers/registry.ts';
import { repoRoot } from '../../src/cli/paths.ts';
import { attributeQuery } from '../../src/lib/embed/attributes.ts';
import { EMPTY_PLAN } from '../../src/lib/plan/plan.ts';
import { decisionRecord } from '../../src/lib/plan/record.ts';
import {
	nextStep,
	route,
	toAnswers,
	toDraft,
	type Draft,
	type QuestionStep
} from '../../src/lib/wizard/draft.ts';
import { currentStep, wizardMachine } from '../../src/lib/wizard/machine.ts';
import { parseShareLink, shareLinkQuery } from '../../src/lib/wizard/shareLink.ts';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();

/** A value for every answer, each different from its default, and an openness that shows every question. */
function sample(row: AnswerRowSpec): unknown {
	if (row.key === 'open') return 'delvis';
	switch (row.kind) {
		case 'text':
			return `Exempel på ${row.key}`;
		case 'yesNo':
			return true;
		case 'several':
			return row.values!.slice(0, 2);
		case 'choice':
			return row.values!.find((value) => value !== row.default);
	}
}
const everyAnswer = Object.fromEntries(ROWS.map((row) => [row.key, sample(row)]));
const draft: Draft = toDraft(everyAnswer, catalog.questionTypes);
const readFile = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('the answer registry', () => {
	it('holds every answer once, each with a question in rules/questions.yaml and a step', () => {
		expect(new Set(ROWS.map((row) => row.key)).size).toBe(ROWS.length);
		expect(new Set(ROWS.map((row) => row.param)).size).toBe(ROWS.length);
		for (const row of ROWS) {
			const question = catalog.questions.find((item) => item.id === row.question);
			expect(question?.short.sv, row.key).toBeTruthy();
			expect(STEPS, row.key).toContain(row.step);
		}
		for (const step of STEPS)
			expect(
				ROWS.some((row) => row.step === step),
				step
			).toBe(true);
	});

	it('the draft and the engine carry every answer, both ways', () => {
		const answers = toAnswers(draft, catalog.questionTypes)!;
		for (const row of ROWS) {
			expect((answers as Record<string, unknown>)[row.key], row.key).toEqual(everyAnswer[row.key]);
		}
		expect(toDraft(answers, catalog.questionTypes)).toEqual(draft);
	});

	it('share links write and read every answer', () => {
		const query = new URLSearchParams(shareLinkQuery(draft, 'result', 'sv', catalog.questionTypes));
		for (const row of ROWS) expect(query.has(row.param), row.param).toBe(true);
		expect(parseShareLink(query.toString(), catalog.questionTypes).draft).toEqual(draft);
	});

	it('the CLI takes every answer as a flag and names it in its usage', () => {
		const usage = usageLines().join('\n');
		for (const row of ROWS) expect(usage, row.param).toContain(`--${row.param} `);
		const given = Object.fromEntries(
			ROWS.map((row) => {
				const value = everyAnswer[row.key];
				const text = Array.isArray(value)
					? value
					: [typeof value === 'boolean' ? (value ? 'ja' : 'nej') : String(value)];
				return [row.param, text];
			})
		);
		const { answers, issues } = parseAnswerParams((param) => given[param] ?? []);
		expect(issues).toEqual([]);
		expect(answers).toEqual(everyAnswer);
	});

	it("the widget reads every answer from its element's attributes", () => {
		const attributes = new URLSearchParams(
			shareLinkQuery(draft, 'result', 'sv', catalog.questionTypes)
		);
		const read = (name: string) => attributes.getAll(name).join(' ') || null;
		const link = parseShareLink(attributeQuery(read, 'sv'), catalog.questionTypes);
		expect(link.draft).toEqual(draft);
	});

	it('the record names every answer', () => {
		const result = recommend(catalog, toAnswers(draft, catalog.questionTypes)!);
		const record = decisionRecord({
			catalog,
			draft,
			result,
			plan: EMPTY_PLAN,
			lang: 'sv',
			date: '30 november 2026',
			tool: '0',
			link: ''
		});
		const terms = record.blocks.flatMap((block) =>
			block.kind === 'facts' ? block.rows.map((row) => row.term) : []
		);
		for (const row of ROWS) {
			const label = catalog.questions.find((item) => item.id === row.question)!.short.sv;
			expect(terms, row.key).toContain(label);
		}
	});

	it('rule conditions may test exactly the answers the engine reads (rules/schemas/rules.schema.json)', () => {
		const schema = JSON.parse(readFile('rules/schemas/rules.schema.json'));
		expect([...schema.definitions.Fact.enum].sort()).toEqual([...FACT_KEYS].sort());
	});

	it('every answer has its question in the questions schema', () => {
		const schema = JSON.parse(readFile('rules/schemas/questions.schema.json'));
		const ids: string[] = schema.properties.questions.items.properties.id.enum;
		for (const row of ROWS) expect(ids, row.key).toContain(row.question);
	});

	it('the README documents every answer as a flag', () => {
		const readme = readFile('README.md');
		for (const row of ROWS) expect(readme, row.param).toContain(`\`--${row.param}\``);
	});
});

describe('the wizard machine and the registry', () => {
	const start = (step: QuestionStep, open: 'ja' | 'nej') => {
		const actor = createActor(wizardMachine, {
			input: { catalog, draft: { ...draft, open }, step }
		});
		actor.start();
		return actor;
	};

	it('has a state for every step the registry lists, and no other question', () => {
		const states = Object.keys(wizardMachine.config.states!.step!.states!);
		expect(states.sort()).toEqual(['start', ...ALL_STEPS].sort());
	});

	for (const open of ['ja', 'nej'] as const) {
		it(`goes forward and back through the steps the registry routes (open: ${open})`, () => {
			const steps = route({ ...draft, open });
			for (const step of steps) {
				const forward = start(step, open);
				forward.send({ type: 'step.next' });
				expect(currentStep(forward.getSnapshot()), `next from ${step}`).toBe(
					nextStep(step, { ...draft, open })
				);
				const backward = start(step, open);
				backward.send({ type: 'step.back' });
				const previous = steps[steps.indexOf(step) - 1] ?? step;
				expect(currentStep(backward.getSnapshot()), `back from ${step}`).toBe(previous);
			}
		});
	}

	it('goes back from the result to the last question', () => {
		const actor = start(LAST_STEP, 'ja');
		actor.send({ type: 'step.next' });
		expect(currentStep(actor.getSnapshot())).toBe('result');
		actor.send({ type: 'step.back' });
		expect(currentStep(actor.getSnapshot())).toBe(LAST_STEP);
	});
});
