/**
 * A record or plan as a Word document a planner can edit and send to the committee: real heading styles, lists and
 * tables, the document's language set (sv-SE in Swedish), the map as an image with its text alternative when one is
 * given. Made with the `docx` library, which pages load only when someone asks for Word.
 */
import {
	AlignmentType,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { LOCALES } from '../catalog/lang.ts';
import type { Block, RecordDocument } from './record.ts';

/** The map drawn as SVG with a PNG for Word versions that cannot show SVG. */
export interface MapImage {
	svg: Uint8Array;
	png: Uint8Array;
	width: number;
	height: number;
}

const HEADINGS = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3
} as const;
/** A4 with Word's standard margins leaves about 16 cm; the map is drawn at most that wide. */
const MAX_IMAGE_WIDTH = 600;

const cell = (text: string, header = false) =>
	new TableCell({
		children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })]
	});

function table(head: string[] | null, rows: string[][]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			...(head
				? [new TableRow({ tableHeader: true, children: head.map((text) => cell(text, true)) })]
				: []),
			...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))
		]
	});
}

function render(block: Block, map?: MapImage): (Paragraph | Table)[] {
	switch (block.kind) {
		case 'heading':
			return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
		case 'paragraph':
			return block.text
				.split(/\n+/)
				.map((line) => new Paragraph({ children: [new TextRun(line)] }));
		case 'facts':
			return [
				table(
					null,
					block.rows.map((row) => [row.term, row.value])
				)
			];
		case 'list':
			return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
		case 'table':
			return [table(block.head, block.rows)];
		case 'map': {
			const text = new Paragraph({ children: [new TextRun(block.alt)] });
			if (!map) return [text];
			const scale = Math.min(1, MAX_IMAGE_WIDTH / map.width);
			const image = new ImageRun({
				type: 'svg',
				data: map.svg,
				fallback: { type: 'png', data: map.png },
				transformation: { width: map.width * scale, height: map.height * scale },
				altText: {
					name: block.alt.slice(0, 60),
					title: block.alt.slice(0, 60),
					description: block.alt
				}
			});
			return [new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }), text];
		}
	}
}

export function recordDocx(record: RecordDocument, map?: MapImage): Document {
	return new Document({
		title: record.title,
		creator: 'Delaktighetskarta',
		styles: {
			default: {
				document: { run: { language: { value: LOCALES[record.lang] }, font: 'Calibri', size: 22 } }
			}
		},
		sections: [{ children: record.blocks.flatMap((block) => render(block, map)) }]
	});
}

/** The .docx file, in the browser. */
export const recordDocxBlob = (record: RecordDocument, map?: MapImage): Promise<Blob> =>
	Packer.toBlob(recordDocx(record, map));

/** The .docx file's bytes (for Node: tests, the CLI). */
export const recordDocxBuffer = (record: RecordDocument, map?: MapImage): Promise<Uint8Array> =>
	Packer.toBuffer(recordDocx(record, map));
