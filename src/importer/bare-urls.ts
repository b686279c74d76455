/**
 * Web addresses written out in plain text ("see https://harbour.example/tides.")
 * as links: plain text, a feed's text-only description or a page's JSON-LD
 * body has no markup to link them, and written as text they are escaped
 * (`https\://…`) so that no Markdown reader links them either.
 */
import type { PhrasingContent } from 'mdast';

/** An http(s) address up to white space, quotes or angle brackets. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"]+/giu;
/** What ends a sentence or a quote after an address is not part of it (as GFM's autolinks read it). */
const TRAILING = /[.,:;!?*_~'’”»]+$/u;

/**
 * The address a match holds: trailing punctuation dropped, and a closing
 * bracket dropped when the address opened none ("(see https://a.example/x)").
 * @example urlPart('https://a.example/x).') // 'https://a.example/x'
 * @example urlPart('https://en.example/wiki/Pier_(Harbour)') // 'https://en.example/wiki/Pier_(Harbour)'
 */
export function urlPart(match: string): string {
  let url = match;
  for (let previous = ''; previous !== url;) {
    previous = url;
    url = url.replace(TRAILING, '');
    const opened = url.split('(').length - 1;
    if (url.endsWith(')') && url.split(')').length - 1 > opened) url = url.slice(0, -1);
  }
  return url;
}

/**
 * A run of plain text as Markdown phrasing: its http(s) addresses links to
 * themselves, the rest text. An address with nothing after its scheme stays text.
 * @example linkBareUrls('Tides: https://a.example/t.') // [{ type: 'text', value: 'Tides: ' }, { type: 'link', url: 'https://a.example/t', children: [{ type: 'text', value: 'https://a.example/t' }] }, { type: 'text', value: '.' }]
 */
export function linkBareUrls(text: string): PhrasingContent[] {
  const runs: PhrasingContent[] = [];
  let from = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = urlPart(match[0]);
    if (!URL.canParse(url) || new URL(url).hostname === '') continue;
    if (match.index > from) runs.push({ type: 'text', value: text.slice(from, match.index) });
    runs.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    from = match.index + url.length;
  }
  if (from < text.length) runs.push({ type: 'text', value: text.slice(from) });
  return runs;
}
