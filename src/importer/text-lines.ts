/**
 * The shape of plain text's lines, shared by the paragraph splitter
 * (src/importer/to-markdown.ts) and the plain-text head reader
 * (src/importer/read-text.ts).
 */

/** The longest a headline, byline or date line over a story runs (a story's own lines run longer or close a sentence). */
export const HEAD_LINE_WIDTH = 60;

/**
 * A block's lines, trimmed, blank ones left out.
 * @example nonEmptyLines(' Harbour reopens \n\n By Ada Quill') // ['Harbour reopens', 'By Ada Quill']
 */
export function nonEmptyLines(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
