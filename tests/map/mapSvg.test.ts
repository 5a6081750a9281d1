import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/lib/engine/recommend.ts';
import { layoutMap } from '../../src/lib/map/layout.ts';
import { mapSvg } from '../../src/lib/map/mapSvg.ts';
import { mapPlan } from '../../src/lib/map/plan.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();
const result = recommend(catalog, {
	questionType: 'komplex',
	level: 'dialog',
	stage: 'behov',
	groups: ['boende', 'unga'],
	open: 'ja',
	purpose: 'x'
});
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('the map as a standalone SVG', () => {
	const svg = mapSvg(catalog, result, { lang: 'sv' });
	const map = layoutMap(mapPlan(result), 720);

	it('is a document of its own with a title and a description as its text alternative', () => {
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"/);
		expect(svg).toContain('<title id="map-title">Delaktighetskartan</title>');
		expect(svg).toMatch(
			/<desc id="map-desc">Planen: 8 metoder .*Behov och problembild: information via/
		);
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	it('draws the same layout as the page: every mark, the route and the boundary', () => {
		for (const mark of map.marks) expect(svg).toContain(`<path d="${mark.d}"`);
		expect(svg).toContain(`<path d="${map.route}"`);
		expect(svg).toContain(`<path d="${map.boundary!.line}"`);
	});

	it('keys every kind drawn and every method by its label underneath, in black and white', () => {
		expect(svg).toContain('>Huvudmetod<');
		expect(svg).toContain('>Gränsen för ert löfte (Dialog); till höger om den: mer än ni lovar<');
		expect(svg).toContain('>Medforskare (community researchers) (huvudmetod)<');
		expect(count(svg, /fill="#[0-9a-f]{3}"/g)).toBeGreaterThan(0);
		expect(svg).not.toMatch(/#(?!000|fff|777)[0-9a-f]{3,6}\b/);
	});

	it('draws the timeline when it is narrow, and escapes text', () => {
		const narrow = mapSvg(
			catalog,
			{ ...result, answers: { ...result.answers } },
			{ lang: 'en', width: 320 }
		);
		expect(narrow).toContain('width="320"');
		expect(narrow).toContain('<tspan font-weight="700">Information</tspan>');
		expect(
			mapSvg(
				{
					...catalog,
					stages: catalog.stages.map((stage) => ({
						...stage,
						name: { sv: 'A & <B>', en: 'A & <B>' }
					}))
				},
				result,
				{ lang: 'sv' }
			)
		).toContain('A &amp; &lt;B&gt;');
	});
});
