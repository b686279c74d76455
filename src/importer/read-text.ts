/**
 * Plain-text articles as they usually arrive: paragraphs separated by blank
 * lines, no headline or date (those come from the command line), and often a
 * publisher's copyright line at the end, which belongs in `copyright`.
 */
import { paragraphsToMarkdown, splitParagraphs } from './to-markdown.ts';
import { ImportError, type FoundArticle } from './types.ts';

const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b|all rights reserved\b)/i;

/**
 * Whether a line is a copyright or rights notice rather than prose.
 * @example isCopyrightLine('© 2021 Harbour Gazette. All rights reserved.') // true
 * @example isCopyrightLine('Copyright law was the topic of the hearing, which ran late into the evening and ended without a vote.') // false
 */
export function isCopyrightLine(line: string): boolean {
  const text = line.trim();
  // A notice is short; a long paragraph that starts with "Copyright" is an article about it.
  return text.length <= 200 && COPYRIGHT_LINE.test(text) && !/[.!?]["”’]?\s+\S+\s+\S+\s+\S+.*[.!?]/.test(text.replace(/all rights reserved\.?$/i, ''));
}

/**
 * Splits a trailing copyright line off the paragraphs: either the whole last
 * paragraph or the last line of it.
 * @example takeCopyright(['Text.', '© 2021 Gazette']) // { paragraphs: ['Text.'], copyright: '© 2021 Gazette' }
 */
export function takeCopyright(paragraphs: readonly string[]): { paragraphs: string[]; copyright?: string } {
  const rest = [...paragraphs];
  const last = rest.pop();
  if (last === undefined) return { paragraphs: rest };
  const lines = last.split('\n');
  const lastLine = lines.pop() ?? '';
  if (!isCopyrightLine(lastLine)) return { paragraphs: [...paragraphs] };
  const before = lines.join('\n').trim();
  return { paragraphs: before ? [...rest, before] : rest, copyright: lastLine.trim() };
}

/** Reads one plain-text article. Throws an ImportError when it has no paragraph. */
export function readText(text: string, origin: string): FoundArticle {
  const { paragraphs, copyright } = takeCopyright(splitParagraphs(text));
  if (paragraphs.length === 0) throw new ImportError('no paragraph of text found: nothing to import');
  const body = paragraphsToMarkdown(paragraphs);
  return { origin, fields: copyright ? { copyright } : {}, body: body.markdown, text: body.text };
}
