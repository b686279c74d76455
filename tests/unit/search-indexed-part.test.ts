/**
 * Where a page's search record sits: the data-pagefind-body element, and the
 * part of a page whose hash decides whether its shard is indexed again.
 */
import { describe, expect, test } from 'vitest';
import { indexedPart, pagefindBody } from '../../src/search/indexed-part.ts';

const page = (options: { body?: string; cite?: string; lang?: string; outside?: string } = {}) =>
  `<!doctype html><html lang="${options.lang ?? 'en'}"><head><title>T</title></head><body><nav>Menu</nav>` +
  `<article class="article" data-pagefind-body lang="${options.lang ?? 'en'}"><h1>Ferry</h1><p>${options.body ?? 'The ferry sails.'}</p>` +
  `<aside><article>nested</article></aside><span data-pagefind-sort="date">2020-01-01</span></article>` +
  `<section class="cite" data-pagefind-ignore>Accessed ${options.cite ?? '1 May 2026'}</section>${options.outside ?? ''}</body></html>`;

describe('indexedPart', () => {
  test('is the html start tag and the whole data-pagefind-body element, nested elements included', () => {
    const part = indexedPart(page());
    expect(part).toMatch(/^<html lang="en">\n<article class="article" data-pagefind-body/);
    expect(part).toMatch(/<span data-pagefind-sort="date">2020-01-01<\/span><\/article>$/);
    expect(part).not.toContain('Accessed');
    expect(part).not.toContain('Menu');
  });

  test('ignores what Pagefind never reads, and sees what it does', () => {
    expect(indexedPart(page({ cite: '2 May 2026' }))).toBe(indexedPart(page()));
    expect(indexedPart(page({ body: 'The ferry is late.' }))).not.toBe(indexedPart(page()));
    expect(indexedPart(page({ lang: 'fr' }))).not.toBe(indexedPart(page()));
  });

  test('takes the whole page when Pagefind reads something outside the body element, or there is none', () => {
    const outside = page({ outside: '<span data-pagefind-filter="tag">x</span>' });
    expect(indexedPart(outside)).toBe(outside);
    const listing = '<html><body><h1>2024</h1></body></html>';
    expect(indexedPart(listing)).toBe(listing);
    const unclosed = '<html><body><article data-pagefind-body><p>never closed</body></html>';
    expect(indexedPart(unclosed)).toBe(unclosed);
  });
});

describe('pagefindBody', () => {
  test('spans the body element from its start tag to its own end tag, past nested elements of its name', () => {
    const html = page();
    const body = pagefindBody(html);
    expect(body).toBeDefined();
    const element = html.slice(body!.start, body!.end);
    expect(element).toMatch(/^<article class="article" data-pagefind-body/);
    expect(element).toMatch(/2020-01-01<\/span><\/article>$/);
    expect(element).toContain('<aside><article>nested</article></aside>');
  });

  test('is undefined without a body element or without its end tag', () => {
    expect(pagefindBody('<html><body><h1>2024</h1></body></html>')).toBeUndefined();
    expect(pagefindBody('<article data-pagefind-body><p>never closed')).toBeUndefined();
  });
});
