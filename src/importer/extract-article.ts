/**
 * Cuts the story out of a saved news page with Mozilla's Readability (the
 * extractor behind Firefox's Reader View) over linkedom's light DOM. Scoring
 * paragraphs, link density and class words is Readability's job; this module
 * only runs it, and when it finds nothing, says what the page did contain so
 * the person importing can judge. Metadata is read elsewhere (page-metadata.ts)
 * from the untouched page: Readability rewrites the DOM it is given.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What Readability found: the story's HTML and its own guesses at metadata. */
export interface Extracted {
  /** The article body as HTML (a fragment). */
  html: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
}

/** No story: what was looked for and what the page held, worded for a person. */
export interface NotExtracted {
  reason: string;
}

/**
 * Runs Readability on a page. Returns the story, or why there is none.
 * @example extractArticle('<html><body><article><p>…500 characters of prose…</p></article></body></html>').html // '<div id="readability-page-1" …><p>…</p></div>'
 */
export function extractArticle(html: string): Extracted | NotExtracted {
  const { document } = parseHTML(html);
  // Readability reads the page's base URL to resolve links; linkedom has none, and we resolve links ourselves later.
  const result = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const content = result?.content?.trim();
  if (result && content && (result.textContent ?? '').trim().length > 0) {
    return {
      html: content,
      ...optional('title', result.title),
      ...optional('byline', result.byline),
      ...optional('siteName', result.siteName),
      ...optional('publishedTime', result.publishedTime),
      ...optional('lang', result.lang),
    };
  }
  return { reason: `Readability found no block of readable text (${describePage(html)})` };
}

/**
 * What a page holds, in words a person can check against the file: counts of
 * paragraphs and words of visible text.
 * @example describePage('<p>One two</p>') // 'the page has 1 paragraph and 2 words of visible text'
 */
export function describePage(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  const paragraphs = document.querySelectorAll('p').length;
  const words = (document.body?.textContent ?? document.textContent ?? '').split(/\s+/).filter(Boolean).length;
  return `the page has ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} and ${words} word${words === 1 ? '' : 's'} of visible text`;
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  const text = value?.replace(/\s+/g, ' ').trim();
  return (text ? { [key]: text } : {}) as { [P in K]?: string };
}
