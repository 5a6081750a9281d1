import { describe, expect, it } from 'vitest';
import { trainerCatalog } from '../../src/build/slimCatalog.ts';
import { comparisonRows } from '../../src/lib/trainer/comparison.ts';
import { childrenLadder, comparedLadders } from '../../src/lib/trainer/deck.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = trainerCatalog(repoCatalog());
const ladders = comparedLadders(catalog);
const column = (id: string) => ladders.findIndex((ladder) => ladder.id === id);
const rows = comparisonRows(catalog.levels, ladders);
const cell = (level: string | null, ladder: string) =>
	rows.find((row) => (row.level?.id ?? null) === level)!.cells[column(ladder)]!;
const names = (level: string | null, ladder: string) =>
	cell(level, ladder).steps.map((step) => step.name.sv);

describe('the ladder comparison', () => {
	it('compares SKR with Boverket, IAP2 and Arnstein, and keeps Hart’s ladder for children and young people', () => {
		expect(ladders.map((ladder) => ladder.id)).toEqual(['boverket', 'iap2', 'arnstein']);
		expect(childrenLadder(catalog)?.groups).toEqual(['barn', 'unga']);
	});

	it('lists SKR’s steps from the top, then what is not participation', () => {
		expect(rows.map((row) => row.level?.id ?? null)).toEqual([
			'medbestammande',
			'inflytande',
			'dialog',
			'konsultation',
			'information',
			null
		]);
	});

	it('spans Boverket’s Delaktighet over Dialog and Inflytande', () => {
		expect(cell('inflytande', 'boverket')).toMatchObject({ rowspan: 2 });
		expect(names('inflytande', 'boverket')).toEqual(['Delaktighet']);
		expect(cell('dialog', 'boverket').rowspan).toBe(0);
	});

	it('maps Dialog to Arnstein’s rungs 4–5, consultation and placation, as ladder.yaml does', () => {
		expect(names('dialog', 'arnstein')).toEqual(['Konsultation', 'Blidkande']);
		expect(names('konsultation', 'arnstein')).toEqual(['Konsultation']);
		expect(catalog.levels.find((level) => level.id === 'dialog')!.mapping.arnstein).toMatch(/4–5/);
	});

	it('says in Arnstein’s own words that her middle rungs are tokenism, with a source', () => {
		const arnstein = ladders[column('arnstein')]!;
		const [first] = arnstein.notes ?? [];
		expect(first?.text.en).toMatch(/tokenism/);
		expect(first?.text.en).toMatch(/informing, consultation and placation/);
		expect(first?.source.url).toMatch(/^https:\/\//);
		expect(names(null, 'arnstein')).toEqual(['Manipulation', 'Terapi']);
	});
});
