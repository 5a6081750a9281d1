/**
 * The participation map as an image for Word, in the browser: the map's standalone SVG and, for Word versions that
 * cannot show SVG, the same drawn at twice the size as PNG. The SVG is read as a data: address, which the site's
 * CSP allows for images; nothing leaves the page.
 */
import type { WizardCatalog } from '../catalog/shapes.ts';
import type { Lang } from '../catalog/lang.ts';
import type { RecommendationResult } from '../engine/recommend.ts';
import { mapSvg } from '../map/mapSvg.ts';
import { mapPlan, routeStages } from '../map/plan.ts';
import { mapNames, routeSentences } from '../map/routeSentence.ts';
import type { MapImage } from './docx.ts';

/** The map in words, one sentence a stage: its text alternative in every document. */
export const mapSentence = (catalog: WizardCatalog, result: RecommendationResult, lang: Lang) =>
	routeSentences(routeStages(mapPlan(result).steps), mapNames(catalog, lang), lang).join(' ');

export async function mapImage(
	catalog: WizardCatalog,
	result: RecommendationResult,
	lang: Lang
): Promise<MapImage | undefined> {
	const svg = mapSvg(catalog, result, { lang, width: 720 });
	const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
	const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
	if (!width || !height) return undefined;
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * 2;
	canvas.height = height * 2;
	const context = canvas.getContext('2d');
	if (!context) return undefined;
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!png) return undefined;
	return {
		svg: new TextEncoder().encode(svg),
		png: new Uint8Array(await png.arrayBuffer()),
		width,
		height
	};
}
