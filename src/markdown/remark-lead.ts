/**
 * remark-lead: reads what listings need from the body, in the same pass as
 * rendering: the text of the first paragraph (the default summary) and the
 * word count (for reading time). Stored on `file.data.astro.frontmatter`,
 * which Astro's unified renderer returns as metadata.
 */
import type { InlineCode, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { walk } from './tree-walk.ts';
import { collapseWhitespace } from '../lib/whitespace.ts';

/** Longest lead, in characters, before it is cut at a word boundary. */
const LEAD_LENGTH = 280;

/** What the plugin adds to the file's frontmatter metadata. */
export interface LeadData {
  lead: string;
  wordCount: number;
}

/**
 * Cuts text at a word boundary, adding an ellipsis when it was cut.
 * @example truncateAtWord('one two three', 8) // 'one two…'
 */
export function truncateAtWord(text: string, maxLength: number): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : clean.slice(0, maxLength)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * Counts words, counting each Chinese or Japanese character as one (those
 * scripts put no spaces between words; Korean does, so its words are counted as words).
 */
export function countWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ');
  return cjk + (rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0);
}

/** Words of the whole body, counted per text node (block text has no separators between nodes). */
function countBodyWords(tree: Root): number {
  let words = 0;
  walk(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += countWords((node as Text | InlineCode).value);
  });
  return words;
}

/** The remark plugin. Takes no options. */
export default function remarkLead() {
  return (tree: Root, file: VFile): void => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    const data: LeadData = {
      lead: first ? truncateAtWord(toString(first, { includeHtml: false }), LEAD_LENGTH) : '',
      wordCount: countBodyWords(tree),
    };
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, ...data };
  };
}
