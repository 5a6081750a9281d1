import { describe, expect, it } from 'vitest';
import { trainerCatalog } from '../../src/build/slimCatalog.ts';
import { LANGS } from '../../src/lib/catalog/lang.ts';
import { buildDeck, outlineOf } from '../../src/lib/trainer/deck.ts';
import { handoutSources, outlineExercises, stepMaterial } from '../../src/lib/trainer/material.ts';
import { exerciseResult, slideScript } from '../../src/lib/trainer/script.ts';
import { trainerTranslator } from '../../src/lib/i18n/trainerDictionary.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = trainerCatalog(repoCatalog());

describe('the material of each step', () => {
	for (const level of catalog.levels) {
		it(`${level.id}: two or three hand-picked methods that serve it and a sourced Swedish example`, () => {
			const { methods, example } = stepMaterial(catalog, level);
			expect(methods.length).toBeGreaterThanOrEqual(2);
			expect(methods.length).toBeLessThanOrEqual(3);
			for (const method of methods) expect(method.levels).toContain(level.id);
			expect(example.case.level).toBe(level.id);
			expect(example.case.source.url).toMatch(/^https?:\/\//);
		});
	}
});

describe('the exercises', () => {
	it('are of the three kinds the trainer runs, and every one has a source with an address', () => {
		const kinds = new Set(catalog.exercises.map((exercise) => exercise.kind));
		expect(kinds).toEqual(new Set(['placement', 'promise', 'reach']));
		for (const exercise of catalog.exercises)
			expect(exercise.source.url, exercise.id).toMatch(/^https?:\/\//);
	});

	it('place the four seed cases – Haninge, Svalöv, Kalmar, Mölndal – and more', () => {
		const places = catalog.exercises
			.filter((exercise) => exercise.kind === 'placement')
			.map((exercise) => exercise.place);
		expect(places).toEqual(expect.arrayContaining(['Haninge', 'Svalöv', 'Kalmar', 'Mölndal']));
		expect(places.length).toBeGreaterThan(4);
	});

	for (const exercise of catalog.exercises.filter((item) => item.kind === 'promise')) {
		it(`${exercise.id}: the honest promise is what the engine allows for a question that is ${exercise.answers?.open}`, () => {
			expect(exerciseResult(catalog, exercise, 'sv')?.effectiveLevel).toBe(exercise.level);
		});
	}

	for (const exercise of catalog.exercises.filter((item) => item.kind === 'reach')) {
		it(`${exercise.id}: the engine proposes a plan that reaches every group`, () => {
			const result = exerciseResult(catalog, exercise, 'sv')!;
			expect(result.mix.some((entry) => entry.role === 'lead')).toBe(true);
			expect(result.unreached).toEqual([]);
		});
	}
});

describe('the speaker’s script and the handout', () => {
	for (const lang of LANGS) {
		it(`gives every slide of every outline a title and notes (${lang})`, () => {
			const t = trainerTranslator(lang);
			for (const outline of catalog.outlines) {
				for (const { slide } of buildDeck(catalog, outline)) {
					const script = slideScript(catalog, slide, lang, t);
					expect(script.title.length).toBeGreaterThan(0);
					expect(script.notes.length).toBeGreaterThan(0);
					for (const note of script.notes) expect(note).not.toMatch(/\{\w+\}|undefined/);
				}
			}
		});
	}

	it('cites every source once, and the sources of every exercise in the outline', () => {
		const outline = outlineOf(catalog, '60-minuter');
		const sources = handoutSources(catalog, outline);
		const keys = sources.map((source) => source.url ?? source.title);
		expect(new Set(keys).size).toBe(keys.length);
		for (const exercise of outlineExercises(catalog, outline))
			expect(keys).toContain(exercise.source.url);
		expect(keys).toContain(
			'https://www.unicef-irc.org/publications/100-childrens-participation-from-tokenism-to-citizenship.html'
		);
	});
});
