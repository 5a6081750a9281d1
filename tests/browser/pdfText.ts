/**
 * What a printed PDF says, read back with an independent reader (pdf.js): its pages and each page's text, so that a
 * test checks what lands on paper rather than what we meant to print.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
	const document = await getDocument({
		data: new Uint8Array(bytes),
		useSystemFonts: false,
		isEvalSupported: false
	}).promise;
	const pages: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('')
		);
	}
	await document.destroy();
	return pages;
}
