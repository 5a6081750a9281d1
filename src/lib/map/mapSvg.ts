/**
 * The participation map as a standalone SVG string, for documents (the Word export): the same plan, layout and
 * words as the page's map, drawn without Svelte, in black and white with shapes, dashes and hatching, and with a
 * <title> and <desc> as its text alternative.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { Lang } from '../catalog/types.ts';
import { translator } from '../i18n/dictionary.ts';
import { layoutMap, markShape, type MapKind, type MapMark } from './layout.ts';
import { mapPlan, routeStages, type PlanSource } from './plan.ts';
import { kindTexts, mapNames, routeSentences } from './routeSentence.ts';

export interface MapSvgOptions {
	lang: Lang;
	/** Width in pixels; narrower than 480 draws the timeline. Default 720. */
	width?: number;
	/** Draw the ranked alternatives that are not in the mix. Default false. */
	alternatives?: boolean;
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FONT = 'font-family="Arial, Helvetica, sans-serif"';
/** A line of the key under the map. */
const KEY_LINE = 26;
const MARK_STYLE = {
	lead: 'fill="#000" stroke="#000" stroke-width="2.5"',
	supporting: 'fill="#fff" stroke="#000" stroke-width="2.5"',
	alternative: 'fill="#fff" stroke="#000" stroke-width="2.5" stroke-dasharray="4 3"'
} as const;

/** The map of a result as an SVG document's text. */
export function mapSvg(
	catalog: WizardCatalog,
	result: PlanSource,
	{ lang, width = 720, alternatives = false }: MapSvgOptions
): string {
	const t = translator(lang);
	const names = mapNames(catalog, lang);
	const plan = mapPlan(result, alternatives);
	const map = layoutMap(
		plan,
		width,
		Object.fromEntries(plan.methods.map(({ id }) => [id, names.method(id)]))
	);
	const route = routeSentences(routeStages(plan.steps), names, lang).join(' ');
	const level = names.level(result.effectiveLevel);
	const text = (x: number, y: number, content: string, extra = '') =>
		`<text x="${x}" y="${y}" ${extra}>${escape(content)}</text>`;
	const mark = (item: MapMark) =>
		[
			`<path d="${item.d}" ${MARK_STYLE[item.role]}/>`,
			text(
				item.x,
				item.y,
				item.letter,
				`dy="0.35em" text-anchor="middle" font-weight="700" fill="${item.role === 'lead' ? '#fff' : '#000'}"`
			),
			item.note
				? `<text x="${item.note.x}" y="${item.note.y}"><tspan font-weight="700">${escape(names.level(item.level))}</tspan>${item.note.lines
						.map((line) => `<tspan x="${item.note!.x}" dy="18">${escape(line)}</tspan>`)
						.join('')}</text>`
				: ''
		].join('');
	const boundary = map.boundary;
	// The key below the drawing: what each kind is, then each method by its label (the page has buttons for this).
	const stage = names.stage(result.answers.stage);
	const kindText = kindTexts(lang, level, stage);
	const swatch = (kind: MapKind, y: number) => {
		switch (kind) {
			case 'route':
				return `<path d="M2,${y}H34" fill="none" stroke="#000" stroke-width="3" stroke-dasharray="7 4"/>`;
			case 'boundary':
				return `<rect x="18" y="${y - 11}" width="16" height="22" fill="url(#map-hatch)"/><path d="M18,${y - 11}V${y + 11}" stroke="#000" stroke-width="3"/>`;
			case 'you':
				return `<rect x="4" y="${y - 9}" width="28" height="18" fill="none" stroke="#000" stroke-width="4"/>`;
			default:
				return `<path d="${markShape(kind, 18, y)}" ${MARK_STYLE[kind]}/>`;
		}
	};
	const key = [
		...map.kinds.map((kind) => ({ kind, letter: '', text: kindText[kind] })),
		...map.methods.map(({ id, role, letter }) => ({
			kind: role,
			letter,
			text: `${names.method(id)} (${kindText[role].toLocaleLowerCase(lang)})`
		}))
	].map((line, index) => {
		const y = map.height + KEY_LINE * (index + 1);
		return (
			swatch(line.kind, y) +
			(line.letter
				? text(
						18,
						y,
						line.letter,
						`dy="0.35em" text-anchor="middle" font-weight="700" fill="${line.kind === 'lead' ? '#fff' : '#000'}"`
					)
				: '') +
			text(44, y, line.text, 'dy="0.35em"')
		);
	});
	const height = map.height + KEY_LINE * (key.length + 1);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="map-title" aria-describedby="map-desc" width="${map.width}" height="${height}" viewBox="0 0 ${map.width} ${height}" ${FONT} font-size="14">`,
		`<title id="map-title">${escape(t('map'))}</title>`,
		`<desc id="map-desc">${escape(t('mapSummary', { count: result.mix.length, level, route }))}</desc>`,
		'<defs><pattern id="map-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#000" stroke-width="2" stroke-opacity="0.3"/></pattern></defs>',
		boundary
			? `<rect x="${boundary.region.x}" y="${boundary.region.y}" width="${boundary.region.width}" height="${boundary.region.height}" fill="url(#map-hatch)"/>`
			: '',
		map.grid ? `<path d="${map.grid}" fill="none" stroke="#777"/>` : '',
		...map.columns.map(({ level, label }) =>
			text(label.x, label.y, names.level(level), `text-anchor="${label.anchor}" font-weight="700"`)
		),
		map.you
			? `<rect x="${map.you.x}" y="${map.you.y}" width="${map.you.width}" height="${map.you.height}" fill="none" stroke="#000" stroke-width="4"/>`
			: '',
		boundary
			? `<path d="${boundary.line}" fill="none" stroke="#000" stroke-width="3"/>` +
				text(
					boundary.label.x,
					boundary.label.y,
					t('mapBeyond'),
					`text-anchor="${boundary.label.anchor}" font-weight="700"`
				)
			: '',
		map.route
			? `<path d="${map.route}" fill="none" stroke="#000" stroke-width="3" stroke-dasharray="7 4"/>`
			: '',
		...map.rows.map(({ stage, label }) =>
			text(
				label.x,
				label.y,
				names.stage(stage),
				'font-size="15" font-weight="700" stroke="#fff" stroke-width="4" paint-order="stroke"'
			)
		),
		...map.marks.map(mark),
		...key,
		'</svg>'
	].join('');
}
