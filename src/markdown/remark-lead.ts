/**
 * remark-lead: reads what listings need from the body, in the same pass as
 * rendering: the text of the first paragraph with words (the default summary) and the
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

/** Chinese and Japanese characters, each counted as a word. */
const UNSPACED_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** A word of a spaced script: a letter or digit, then letters, digits, apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Where Chinese and Japanese can be: from U+2E80 (CJK radicals) up, surrogate pairs included. A cheap first test. */
const FROM_CJK_BLOCKS = /[\u2e80-\uffff]/;

/**
 * Counts words, counting each Chinese or Japanese character as one (those
 * scripts put no spaces between words; Korean does, so its words are counted as words).
 * @example countWords('The ferry’s 2 crews') // 4
 * @example countWords('東京の港 harbour') // 5
 */
export function countWords(text: string): number {
  // Most text has no Chinese or Japanese: one quick test spares two passes with Unicode classes (a fifth of a body's rendering).
  const unspaced = FROM_CJK_BLOCKS.test(text) ? (text.match(UNSPACED_CHARS)?.length ?? 0) : 0;
  const spaced = unspaced > 0 ? text.replace(UNSPACED_CHARS, ' ') : text;
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.test(spaced)) words++;
  return unspaced + words;
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
    // The first paragraph with words of its own: a lead picture's alt text (often the headline again) is no summary.
    const text = (node: Root['children'][number]) => toString(node, { includeHtml: false, includeImageAlt: false });
    const first = tree.children.find((node) => node.type === 'paragraph' && text(node).trim() !== '');
    const data: LeadData = {
      lead: first ? truncateAtWord(text(first), LEAD_LENGTH) : '',
      wordCount: countBodyWords(tree),
    };
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, ...data };
  };
}
