/**
 * Highlighting searched words on the opened article: a result links to
 * `/2024/05/12/slug/?highlight=battery+electric`, and the article page marks
 * those words (src/client/highlight.ts). Pure parts here: the link, reading
 * the words back, and where they occur in a run of text.
 */
import { normalizeText, parseQuery } from './phrases.ts';

/** The query parameter carrying the words (as Pagefind's own highlight script names it). */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * A result's link carrying the searched words (quotes dropped: each word is
 * marked). A query without words leaves the link as it is.
 * @example highlightHref('/2024/05/12/a/', '"battery electric"') // '/2024/05/12/a/?highlight=battery+electric'
 */
export function highlightHref(href: string, query: string): string {
  const { terms } = parseQuery(query);
  if (!terms) return href;
  const [path = '', hash] = href.split('#');
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${new URLSearchParams({ [HIGHLIGHT_PARAM]: terms })}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * The words to mark, from a page's query string: lowercase, each once, longest first.
 * @example highlightWords('?highlight=Harbour+ferry+harbour') // ['harbour', 'ferry']
 */
export function highlightWords(search: string): string[] {
  const raw = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  const words = [...new Set(normalizeText(raw).split(' ').filter(Boolean))];
  return words.sort((a, b) => b.length - a.length);
}

/**
 * Where the words start words of a text, as [start, end) ranges: a word marks
 * the whole word it begins (as search found "herons" for "heron"), whatever
 * its case. Ranges never overlap.
 * @example wordRanges('Herons and a heronry', ['heron']) // [[0, 6], [13, 20]]
 */
export function wordRanges(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0) return [];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})[\\p{L}\\p{N}\\p{M}]*`, 'giu');
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}
