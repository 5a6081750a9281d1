/** The site loads the Word maker as a chunk when someone asks for Word; the widget swaps this module for loadWord.widget.ts. */
export const loadWord = () => import('./docx.ts').then((module) => module.recordDocxBlob);
