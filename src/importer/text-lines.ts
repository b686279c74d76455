/**
 * The shape of plain text's lines, shared by the paragraph splitter
 * (src/importer/to-markdown.ts) and the plain-text head reader
 * (src/importer/read-text.ts).
 */
import { SENTENCE_STOPS } from '../lib/full-stops.ts';

/** The longest a headline, byline or date line over a story runs (a story's own lines run longer or close a sentence). */
export const HEAD_LINE_WIDTH = 60;

/** Wrapped text never runs longer than this (e-mail and wire copy wrap at 65 to 80 columns). */
export const WRAP_WIDTH = 100;

/** Quotes and brackets that may follow a sentence's stop: `."`, `。」`, `.)`, `.]`. */
const CLOSERS = `['"’”»)\\]）」』】]*`;

/** A line that closes a sentence: a stop of any script, maybe inside closing quotes or brackets. */
export const CLOSES_SENTENCE = new RegExp(`[${SENTENCE_STOPS}]${CLOSERS}$`, 'u');

/** A line that ends in sentence or clause punctuation of any script (a stop, comma, colon, 、): no headline does. */
export const ENDS_IN_PUNCTUATION = new RegExp(`[${SENTENCE_STOPS},;:、，；：،؛]${CLOSERS}$`, 'u');

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
