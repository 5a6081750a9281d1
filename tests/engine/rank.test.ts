/**
 * The ranking's mechanics, on the small fixture catalogue (tests/fixtures/catalog): the order of methods, what can
 * carry a plan, relevance, the limits of time and resources, and how ties are broken.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers/answers.ts';
import { rank, tiedOnMeaning, TIERS, type ScoredMethod } from '../../src/lib/engine/rank.ts';
import { weeksToResult, typicalEffort } from '../../src/lib/engine/means.ts';
import { everyCombination } from '../../src/lib/engine/reach.ts';
import { fixtureCatalog } from '../helpers/catalog.ts';

const catalog = fixtureCatalog();
const base: Answers = {
	questionType: 'komplex',
	level: 'dialog',
	stage: 'forslag',
	groups: ['boende'],
	open: 'ja'
};
const ids = (entries: readonly ScoredMethod[]) => entries.map((entry) => entry.method.id);
/** The chosen groups a method reaches; all residents also through a method that reaches the public where it is held. */
function reachedCount({ method }: ScoredMethod, answers: Answers): number {
	const { reaches } = method.groups;
	const viaPublic =
		answers.groups.includes('alla') &&
		!reaches.includes('alla') &&
		reaches.some((group) => catalog.scoring.groups.publicAlso.includes(group));
	return reaches.filter((group) => answers.groups.includes(group)).length + (viaPublic ? 1 : 0);
}
const tierOf = (answers: Partial<Answers>, id: string) =>
	rank(catalog, { ...base, ...answers }).scored.find((entry) => entry.method.id === id)!.tier;

describe('rank (fixture catalogue)', () => {
	it('orders every method by what it can be in the plan, then fit, groups, room in time, effort, cases and id', () => {
		for (const answers of [...everyCombination()].filter((_, index) => index % 3 === 0)) {
			const { scored } = rank(catalog, answers);
			expect(new Set(ids(scored)).size).toBe(catalog.methods.length);
			for (let at = 1; at < scored.length; at++) {
				const [a, b] = [scored[at - 1]!, scored[at]!];
				const count = (entry: ScoredMethod) => reachedCount(entry, answers);
				const order =
					TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
					b.score - a.score ||
					count(b) - count(a) ||
					typicalEffort(a.method) - typicalEffort(b.method) ||
					(b.method.cases?.length ?? 0) - (a.method.cases?.length ?? 0) ||
					(a.method.id < b.method.id ? -1 : 1);
				expect(
					order,
					`${a.method.id} before ${b.method.id} for ${JSON.stringify(answers)}`
				).toBeLessThan(0);
			}
		}
	});

	it('recommends only methods that can carry the plan, the head of that order, never padded', () => {
		for (const answers of [...everyCombination()].filter((_, index) => index % 3 === 0)) {
			const ranking = rank(catalog, answers);
			const carrying = ranking.scored.filter((entry) => entry.tier === 'carries');
			expect(ids(ranking.recommended)).toEqual(ids(carrying.slice(0, ranking.recommended.length)));
			expect(ranking.carrying).toBe(carrying.length);
			for (const entry of ranking.recommended) {
				expect(entry.method.levels).toContain(ranking.effectiveLevel);
				expect(entry.method.questionTypes).toContain(answers.questionType);
				expect(reachedCount(entry, answers)).toBeGreaterThan(0);
			}
		}
	});

	it('a method that reaches none of the chosen groups, or is not made for the question type, is irrelevant', () => {
		expect(tierOf({ groups: ['aldre'] }, 'skolsamtal')).toBe('irrelevant');
		expect(tierOf({ questionType: 'konfliktfylld' }, 'samtal')).toBe('irrelevant');
		expect(tierOf({ groups: ['aldre'] }, 'samtal')).toBe('carries');
	});

	it('when all residents are chosen, a method that reaches residents of an area reaches the public too', () => {
		expect(tierOf({ groups: ['alla'] }, 'samtal')).toBe('carries');
		expect(tierOf({ groups: ['alla'] }, 'radet')).toBe('irrelevant');
	});

	it('a method that serves another step of the ladder may support the plan but not carry it', () => {
		expect(tierOf({ level: 'inflytande' }, 'samtal')).toBe('supports');
		expect(tierOf({ level: 'inflytande' }, 'verkstad')).toBe('carries');
	});

	it('leaves out methods that need more time or resources than there are, and only then', () => {
		const needs = weeksToResult(catalog.methods.find((method) => method.id === 'verkstad')!);
		expect(needs.min).toBeGreaterThan(catalog.scoring.means.weeks.veckor!);
		expect(tierOf({ time: 'veckor' }, 'verkstad')).toBe('overMeans');
		expect(tierOf({ time: 'manader' }, 'verkstad')).toBe('carries');
		expect(tierOf({ resources: 'sma' }, 'verkstad')).toBe('overMeans');
		expect(tierOf({ resources: 'medel' }, 'verkstad')).toBe('carries');
		expect(tierOf({}, 'verkstad')).toBe('carries');
		// Without the rule, the time given sets no limit.
		const withoutRule = {
			...catalog,
			rules: catalog.rules.filter((rule) => !rule.then.limitToMeans)
		};
		const entry = rank(withoutRule, { ...base, time: 'veckor' }).scored.find(
			(item) => item.method.id === 'verkstad'
		)!;
		expect(entry.tier).toBe('carries');
		expect(entry.means.fits).toBe(true);
	});

	it('says when a method fits the time only if all goes to plan', () => {
		const entry = rank(catalog, { ...base, time: 'veckor' }).scored.find(
			(item) => item.method.id === 'enkaten'
		)!;
		const weeks = weeksToResult(entry.method);
		expect(weeks.min).toBeLessThanOrEqual(8);
		expect(weeks.max).toBeGreaterThan(8);
		expect(entry.means).toMatchObject({ fits: true, tight: true, available: 8 });
	});

	it("explains each score: the rules' changes lead from the fit to the score", () => {
		for (const answers of [...everyCombination()].filter((_, index) => index % 5 === 0)) {
			for (const entry of rank(catalog, { ...answers, groups: ['unga', 'boende'] }).scored) {
				const total = entry.adjustments.reduce((sum, { delta }) => sum + delta, entry.shares.base);
				expect(Math.abs(total - entry.score), entry.method.id).toBeLessThan(
					0.002 * (entry.adjustments.length + 1)
				);
				expect(entry.base).toBe(Math.round(entry.shares.base * 1000) / 1000);
			}
		}
	});

	it('calls a tie only when every signal but the id is equal', () => {
		const ranking = rank(catalog, { ...base, level: 'information', groups: ['alla'] });
		const [brevet, webben] = ['brevet', 'webben'].map((id) =>
			ranking.scored.find((entry) => entry.method.id === id)!
		);
		expect(tiedOnMeaning(ranking, brevet!, webben!)).toBe(false);
		expect(tiedOnMeaning(ranking, brevet!, brevet!)).toBe(true);
	});
});
