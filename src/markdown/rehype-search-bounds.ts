/**
 * rehype-search-bounds: words longer than any real word (a run of base64, a
 * key held down) are shown on the page but kept out of the search index, in
 * `<span data-pagefind-ignore>`. Pagefind's time grows faster than linearly
 * with a token's length: a 1 MB run of one letter took 41 s to index, and a
 * 10 MB base64 body more than five minutes. Nobody searches for such a word.
 * In scripts written without spaces (Thai, Chinese…) a run of letters is a
 * clause of many words, which Pagefind segments: there only a run no prose has
 * is left out (MAX_INDEXED_UNSPACED_RUN).
 */
import type { ElementContent, Root, Text } from 'hast';
import { eachText } from './tree-walk.ts';
import { MAX_INDEXED_UNSPACED_RUN, MAX_INDEXED_WORD } from '../lib/limits.ts';
import { UNSPACED } from '../lib/word-characters.ts';

/** Options for rehype-search-bounds. */
export interface SearchBoundsOptions {
  /** Longest word indexed, in characters. Default MAX_INDEXED_WORD (64). */
  maxWord?: number;
  /** Longest run indexed in a script written without spaces. Default MAX_INDEXED_UNSPACED_RUN (4,096). */
  maxUnspacedRun?: number;
}

/** Letters, digits and the characters of base64 and URL paths: what a search tokenizer keeps together. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_+/=-]/u;

/** Whether the UTF-16 unit at `i` belongs to a word (ASCII decided without a regular expression). */
function isWordUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 95 ||
      code === 43 ||
      code === 47 ||
      code === 61 ||
      code === 45
    );
  // Surrogate halves belong to the letter they make up.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHARACTER.test(text[i] as string);
}

/** Whether the UTF-16 unit at `i` is a letter of a script written without spaces (no ASCII is). */
function isUnspacedUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x0e00) return false;
  const point = text.codePointAt(i) as number;
  // A low surrogate belongs to the letter its high half starts.
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return UNSPACED.test(String.fromCodePoint(point));
}

/**
 * Start and end of each run of word characters longer than `max`, or, when the run has letters of
 * a script written without spaces, longer than `maxUnspaced`.
 */
function* longWords(text: string, max: number, maxUnspaced: number): Generator<[number, number]> {
  let start = -1;
  let unspaced = false;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordUnit(text, i)) {
      if (start < 0) [start, unspaced] = [i, false];
      if (!unspaced) unspaced = isUnspacedUnit(text, i);
    } else if (start >= 0) {
      if (i - start > (unspaced ? maxUnspaced : max)) yield [start, i];
      start = -1;
    }
  }
}

/** The rehype plugin; runs after the sanitizer (which would drop the attribute). */
export default function rehypeSearchBounds(options: SearchBoundsOptions = {}) {
  const max = options.maxWord ?? MAX_INDEXED_WORD;
  const maxUnspaced = options.maxUnspacedRun ?? MAX_INDEXED_UNSPACED_RUN;
  return (tree: Root): void => {
    eachText(tree, (node: Text, index, parent) => {
      if (index === undefined || !parent || node.value.length <= max) return;
      const parts: ElementContent[] = [];
      let last = 0;
      // A scan by hand: a regular expression over a 10 MB word overflows V8's regex stack.
      for (const [start, end] of longWords(node.value, max, maxUnspaced)) {
        if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
        parts.push({
          type: 'element',
          tagName: 'span',
          properties: { dataPagefindIgnore: '' },
          children: [{ type: 'text', value: node.value.slice(start, end) }],
        });
        last = end;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
