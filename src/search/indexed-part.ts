/**
 * Where a page's search record sits in its HTML: the `data-pagefind-body`
 * element. The shard cache hashes it (src/search/shard-cache.ts) and the
 * indexer's view of a page rewrites its text only (src/search/word-joins.ts).
 */

/**
 * Start and end offsets of a page's `data-pagefind-body` element, start tag to
 * end tag included; undefined when there is none or its end tag is missing.
 * @example pagefindBody('<p>a</p><article data-pagefind-body>b</article>') // { start: 8, end: 47 }
 */
export function pagefindBody(html: string): { start: number; end: number } | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1];
  if (!name) return undefined;
  // Find the element's end tag, counting nested elements of the same name.
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return { start, end: match.index + match[0].length };
  }
  return undefined;
}

/**
 * The part of a page that decides its search record: the `<html>` start tag
 * (Pagefind takes the language from it) and the `data-pagefind-body` element.
 * An article page also carries things Pagefind never reads and that change
 * without the article changing (the citation's access date is the build day;
 * neighbours' and related articles' titles), so hashing the whole file would
 * re-index every shard every day. When anything Pagefind reads
 * (`data-pagefind-*` other than `-ignore`) sits outside that element, or there
 * is no such element, the whole page counts.
 */
export function indexedPart(html: string): string {
  const body = pagefindBody(html);
  if (!body) return html;
  const outside = html.slice(0, body.start) + html.slice(body.end);
  // data-pagefind-ignore outside the body changes nothing: nothing there is indexed anyway.
  if (/data-pagefind-(?!ignore\b)/.test(outside)) return html;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return `${htmlTag}\n${html.slice(body.start, body.end)}`;
}
