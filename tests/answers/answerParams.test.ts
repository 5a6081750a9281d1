import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerParams, parseAnswerParams } from '../../src/lib/answers/answerParams.ts';
import { normalizeAnswers, type Answers } from '../../src/lib/answers/answers.ts';
import {
	GROUP_IDS,
	LEVEL_IDS,
	OPEN_IDS,
	QUESTION_TYPE_IDS,
	SCOPE_IDS,
	STAGE_IDS
} from '../../src/lib/catalog/ids.ts';

const fromPairs = (pairs: [string, string][]) =>
	parseAnswerParams((param) => pairs.filter(([key]) => key === param).map(([, value]) => value));

describe('answer parameters', () => {
	it('reads the CLI and share-link vocabulary', () => {
		const parsed = fromPairs([
			['question-type', 'komplex'],
			['level', 'dialog'],
			['stage', 'forslag'],
			['group', 'unga'],
			['group', 'barn'],
			['open', 'delvis'],
			['pbl', 'ja'],
			['title', 'Torget']
		]);
		expect(parsed).toEqual({
			answers: {
				questionType: 'komplex',
				level: 'dialog',
				stage: 'forslag',
				groups: ['unga', 'barn'],
				open: 'delvis',
				pbl: true,
				title: 'Torget'
			},
			issues: [],
			missing: []
		});
	});

	it('names the parameter, the bad value, a likely fix and the allowed values', () => {
		const { issues, missing } = fromPairs([
			['question-type', 'komplex'],
			['level', 'dialogue'],
			['stage', 'forslag'],
			['group', 'unga']
		]);
		expect(issues).toEqual([
			{
				param: 'level',
				value: 'dialogue',
				message:
					'level cannot be "dialogue" (did you mean "dialog"?); allowed: information, konsultation, dialog, inflytande, medbestammande'
			}
		]);
		expect(missing).toEqual(['level']);
	});

	it('lists the required parameters that are missing', () => {
		expect(fromPairs([]).missing).toEqual(['question-type', 'level', 'group', 'stage']);
	});

	it('keeps the valid groups when one is unknown', () => {
		const { answers, issues } = fromPairs([
			['group', 'unga'],
			['group', 'pensionarer']
		]);
		expect(answers.groups).toEqual(['unga']);
		expect(issues.map((issue) => issue.param)).toEqual(['group']);
	});

	it('rejects oversized free text', () => {
		expect(fromPairs([['purpose', 'x'.repeat(2001)]]).issues.map((issue) => issue.param)).toEqual([
			'purpose'
		]);
	});

	it('never throws on arbitrary parameters', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.string(), fc.string())), (pairs) => {
				const parsed = fromPairs(pairs);
				expect(Array.isArray(parsed.issues)).toBe(true);
			})
		);
	});

	it('round-trips: parsing the parameters of answers gives the same answers', () => {
		const answers = fc.record(
			{
				questionType: fc.constantFrom(...QUESTION_TYPE_IDS),
				level: fc.constantFrom(...LEVEL_IDS),
				stage: fc.constantFrom(...STAGE_IDS),
				groups: fc.uniqueArray(fc.constantFrom(...GROUP_IDS), { minLength: 1 }),
				open: fc.constantFrom(...OPEN_IDS),
				scope: fc.constantFrom(...SCOPE_IDS),
				pbl: fc.boolean(),
				confirmedLevel: fc.boolean(),
				title: fc
					.string({ minLength: 1, maxLength: 200 })
					.filter((text) => text.trim() === text && text.length > 0)
			},
			{ requiredKeys: ['questionType', 'level', 'stage', 'groups'] }
		);
		fc.assert(
			fc.property(answers, (given) => {
				const parsed = fromPairs(answerParams(given));
				expect(parsed.issues).toEqual([]);
				expect(normalizeAnswers(parsed.answers as Answers)).toEqual(
					normalizeAnswers(given as Answers)
				);
			})
		);
	});
});
