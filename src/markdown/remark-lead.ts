/**
 * remark-lead: reads what listings need from the body, in the same pass as
 * rendering: the text of the first paragraph with words (the default summary) and the
 * word count (for reading time). Stored on `file.data.astro.frontmatter`,
 * which Astro's unified renderer returns as metadata.
 */
import type { Html, InlineCode, Root, Text } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { walk } from './tree-walk.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';
import { collapseWhitespace } from '../lib/whitespace.ts';
import { isPlaceAndDate } from '../lib/written-dates.ts';

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
/**
 * A word of a spaced script: a letter or digit, then letters, combining marks (Hindi's vowel signs: किसानों is one
 * word, not four), digits, apostrophes and hyphens.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** Where Chinese and Japanese can be: from U+2E80 (CJK radicals) up, surrogate pairs included. A cheap first test. */
const FROM_CJK_BLOCKS = /[\u2e80-\uffff]/;

/**
 * Counts words, counting each Chinese or Japanese character as one (those
 * scripts put no spaces between words; Korean does, so its words are counted as words).
 * @example countWords('The ferry’s 2 crews') // 4
 * @example countWords('東京の港 harbour') // 5
 * @example countWords('किसानों को ऋण') // 3
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

/** Elements whose content the sanitizer drops with them (`<script>…</script>`): none of it is prose. */
const DROPPED = new Set(articleSanitizeSchema.strip ?? []);
const RAW_TAG = /^<(\/?)([a-z][a-z0-9-]*)[^>]*>$/i;

/**
 * The text a reader sees, per top-level node of the body: text and inline
 * code, not raw HTML tags, image alt text, nor what sits between the tags of
 * an element the sanitizer drops whole. Such an element written inline opens
 * and closes in raw HTML nodes of their own, with its content as text between
 * them, so it is followed through the walk in document order, as the HTML
 * parser reads it.
 */
function visibleTexts(tree: Root): string[][] {
  const texts = tree.children.map((): string[] => []);
  let top = -1;
  let dropping: string | undefined;
  walk(tree, (node: Node, _index, parent) => {
    if (parent === tree) {
      top++;
      // An element left open in a paragraph ends with it, as the parser closes it there.
      dropping = undefined;
    }
    if (node.type === 'html') {
      const tag = RAW_TAG.exec((node as Html).value.trim());
      const name = tag?.[2]?.toLowerCase();
      if (!tag || !name) return;
      if (name === 'br' && dropping === undefined && top >= 0) texts[top]?.push(' ');
      // `<script/>` opens a script all the same: HTML ignores the slash on such elements.
      if (dropping === undefined && !tag[1] && DROPPED.has(name)) dropping = name;
      else if (dropping === name && tag[1]) dropping = undefined;
    } else if (dropping === undefined && (node.type === 'text' || node.type === 'inlineCode') && top >= 0)
      texts[top]?.push((node as Text | InlineCode).value);
    // A line broken inside a paragraph (an old page's headline, <br>, then its byline) parts its words.
    else if (dropping === undefined && node.type === 'break' && top >= 0) texts[top]?.push(' ');
  });
  return texts;
}

/**
 * Whether a paragraph is a place and a date alone: short, with a year, before the closer reading (a comma or a day
 * with its stop after the place: "Brno 15. března 2024").
 */
function isDatelineAlone(text: string): boolean {
  return text.length <= 80 && /\d{4}|[٠-٩۰-۹]{4}/u.test(text) && isPlaceAndDate(text);
}

/** The remark plugin. Takes no options. */
export default function remarkLead() {
  return (tree: Root, file: VFile): void => {
    const texts = visibleTexts(tree);
    // The first paragraph with words of its own: a lead picture's alt text (often the headline again) is no summary,
    // nor a place and a date alone on the story's first line ("Lefkoşa, 14 Mart 2023"), kept as its dateline.
    const first = tree.children.findIndex((node, index) => {
      const text = (texts[index] ?? []).join('').trim();
      return node.type === 'paragraph' && text !== '' && !isDatelineAlone(text);
    });
    // Words counted per text node: block text has no separators between nodes.
    const wordCount = texts.reduce((sum, each) => each.reduce((words, text) => words + countWords(text), sum), 0);
    const data: LeadData = {
      lead: first >= 0 ? truncateAtWord((texts[first] ?? []).join(''), LEAD_LENGTH) : '',
      wordCount,
    };
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, ...data };
  };
}
