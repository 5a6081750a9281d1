import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_IDS, LEVEL_IDS, OPEN_IDS, SCOPE_IDS, STAGE_IDS } from '../../src/lib/catalog/ids.ts';
import { ROWS } from '../../src/lib/answers/registry.ts';
import {
	ALL_STEPS,
	EMPTY_DRAFT,
	firstOpenStep,
	toDraft,
	type Draft
} from '../../src/lib/wizard/draft.ts';
import {
	MAX_QUERY_LENGTH,
	parseShareLink,
	shareLinkQuery
} from '../../src/lib/wizard/shareLink.ts';
import { runs } from '../helpers/fuzz.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const { questionTypes } = repoCatalog();
const parse = (search: string) => parseShareLink(search, questionTypes);

describe('share links', () => {
	it('opens straight on the result when the link carries every required answer', () => {
		const link = parse('?question-type=komplex&level=dialog&stage=forslag&group=unga');
		expect(link).toEqual({
			draft: {
				...EMPTY_DRAFT,
				open: 'ja',
				complex: true,
				conflict: false,
				level: 'dialog',
				stage: 'forslag',
				groups: ['unga']
			},
			step: 'result',
			lang: 'sv',
			ignored: []
		});
	});

	it('reads repeated groups, the language and free text', () => {
		const link = parse(
			'question-type=enkel&level=konsultation&stage=behov&group=barn&group=unga&lang=en&title=Nya%20parken&purpose=Id%C3%A9er'
		);
		expect(link.draft).toMatchObject({
			groups: ['barn', 'unga'],
			title: 'Nya parken',
			purpose: 'Idéer'
		});
		expect(link.lang).toBe('en');
	});

	it('ignores tampered and unknown values, says which, and keeps what is valid', () => {
		const link = parse(
			'?question-type=komplex&level=total&stage=forslag&group=unga&group=robots&colour=red&lang=fi&step=hacked'
		);
		expect(link.ignored).toEqual([
			{ param: 'colour', value: 'red' },
			{ param: 'level', value: 'total' },
			{ param: 'group', value: 'robots' },
			{ param: 'lang', value: 'fi' },
			{ param: 'step', value: 'hacked' }
		]);
		expect(link.draft).toMatchObject({ complex: true, stage: 'forslag', groups: ['unga'] });
		expect(link.draft.level).toBeUndefined();
		expect(link.step).toBe('level');
		expect(link.lang).toBe('sv');
	});

	it('does not open a step before the answers it needs', () => {
		expect(parse('?question-type=komplex&step=result').step).toBe('level');
	});

	it('ignores an oversized link whole', () => {
		const link = parse(`?purpose=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`);
		expect(link.draft).toEqual(EMPTY_DRAFT);
		expect(link.step).toBe('purpose');
		expect(link.ignored).toHaveLength(1);
	});

	it('never throws and always gives a valid state, whatever the query', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc
						.array(fc.tuple(fc.string(), fc.string()))
						.map((pairs) => new URLSearchParams(pairs).toString())
				),
				(query) => {
					const link = parse(query);
					expect(ALL_STEPS).toContain(link.step);
					expect(['sv', 'en']).toContain(link.lang);
					expect(ALL_STEPS.indexOf(link.step)).toBeLessThanOrEqual(
						Math.max(ALL_STEPS.indexOf(firstOpenStep(link.draft)), 0)
					);
				}
			),
			{ numRuns: runs(300) }
		);
	});

	it('round-trips: parsing the link of a state gives the state back', () => {
		const draft: fc.Arbitrary<Draft> = fc.record({
			title: fc.string({ maxLength: 40 }).map((text) => text.trim()),
			purpose: fc.string({ maxLength: 80 }).map((text) => text.trim()),
			open: fc.constantFrom(...OPEN_IDS),
			complex: fc.boolean(),
			conflict: fc.boolean(),
			scope: fc.constantFrom(...SCOPE_IDS),
			level: fc.constantFrom(...LEVEL_IDS),
			groups: fc.uniqueArray(fc.constantFrom(...GROUP_IDS), { minLength: 1 }),
			stage: fc.constantFrom(...STAGE_IDS),
			pbl: fc.boolean()
		});
		fc.assert(
			fc.property(draft, fc.constantFrom('sv' as const, 'en' as const), (state, lang) => {
				const expected = {
					...state,
					groups: GROUP_IDS.filter((group) => state.groups.includes(group)),
					...(state.open === 'nej' ? { level: undefined } : {})
				};
				const link = parse(shareLinkQuery(state, 'result', lang, questionTypes));
				expect(link.ignored).toEqual([]);
				expect(link.step).toBe('result');
				expect(link.lang).toBe(lang);
				expect({
					...link.draft,
					groups: GROUP_IDS.filter((group) => link.draft.groups.includes(group))
				}).toEqual(JSON.parse(JSON.stringify(expected)));
			})
		);
	});
});

describe('the longest link the app can write', () => {
	it('opens, even with every text at its limit in letters that encode to six characters', () => {
		const longest = Object.fromEntries(
			ROWS.map((row) => [
				row.key,
				row.kind === 'text'
					? 'ä'.repeat(row.maxLength!)
					: row.kind === 'several'
						? [...row.values!]
						: row.kind === 'yesNo'
							? true
							: [...row.values!].sort((a, b) => b.length - a.length)[0]
			])
		);
		const draft = toDraft({ ...longest, open: 'delvis' }, questionTypes);
		// A municipality's catalogue travels in the address too.
		const query = `${shareLinkQuery(draft, 'result', 'en', questionTypes)}&catalog=${encodeURIComponent('/kommunens-egen-metodkatalog/' + 'a'.repeat(60) + '.json')}`;
		expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
		const link = parse(query);
		expect(link.ignored).toEqual([]);
		expect(link.draft).toEqual(draft);
	});
});
