import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeZimRelativeLinks, { type Options } from '../../../src/zim/rehype-zim-relative-links.ts';
import { relativeUrl, siteTarget } from '../../../src/zim/site-paths.ts';

const run = (html: string, options: Options) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeZimRelativeLinks, options)
      .use(rehypeStringify)
      .processSync(html),
  );

describe('siteTarget and relativeUrl', () => {
  test.each([
    ['/2024/03/', 'index.html', '/', '2024/03/index.html', ''],
    ['/2024/03/#day-05', '2024/03/05/crane/index.html', '/', '2024/03/index.html', '#day-05'],
    ['/search/?q=ferry&tag=coast', 'index.html', '/', 'search/index.html', '?q=ferry&tag=coast'],
    ['/', 'tags/index.html', '/', 'index.html', ''],
    ['/_astro/site.css', 'tags/index.html', '/', '_astro/site.css', ''],
    ['/clips/2024/', 'index.html', '/clips/', '2024/index.html', ''],
    ['../', '2024/03/index.html', '/', '2024/index.html', ''],
    ['/%E6%B8%AF/', 'index.html', '/', '港/index.html', ''],
  ])('%s on %s (base %s) is the file %s', (url, page, base, path, suffix) => {
    expect(siteTarget(url, page, base)).toEqual({ path, suffix });
  });

  test.each([
    'https://example.org/x',
    '//cdn.example/x',
    'mailto:desk@example.org',
    'data:text/plain,hi',
    '#main',
    '',
    '/elsewhere/',
  ])('%s names no file of a site under /clips/', (url) => {
    expect(siteTarget(url, 'index.html', '/clips/')).toBeUndefined();
  });

  test.each([
    ['2024/03/05/crane/index.html', '2024/03/index.html', '#day-05', '../../index.html#day-05'],
    ['index.html', '2024/index.html', '', '2024/index.html'],
    ['2024/index.html', '2024/index.html', '', 'index.html'],
    ['tags/index.html', 'tags/a b?#%/index.html', '', 'a%20b%3F%23%25/index.html'],
    ['index.html', '港/index.html', '', '港/index.html'],
  ])('from %s to %s%s: %s', (from, path, suffix, expected) => {
    expect(relativeUrl(from, { path, suffix })).toBe(expected);
  });
});

describe('rehype-zim-relative-links', () => {
  test('every internal URL becomes relative and names its file; other URLs stay', () => {
    const input = [
      '<link rel="stylesheet" href="/_astro/site.css">',
      '<script type="module" src="/_astro/page.js"></script>',
      '<a href="/">Home</a> <a href="/2024/03/#day-05">5 March</a> <a href="/sections/business/">Business</a>',
      '<a href="https://example.org/">out</a> <a href="#main">skip</a> <a href="data:text/plain,x">cite</a>',
      '<img src="/images/quay.svg" srcset="/images/quay.svg 1x, /images/quay-2x.svg 2x" alt="">',
      '<form action="/search/"></form>',
    ].join('');
    expect(run(input, { page: '2024/03/05/crane/index.html' })).toBe(
      [
        '<link rel="stylesheet" href="../../../../_astro/site.css">',
        '<script type="module" src="../../../../_astro/page.js"></script>',
        '<a href="../../../../index.html">Home</a> <a href="../../index.html#day-05">5 March</a> <a href="../../../../sections/business/index.html">Business</a>',
        '<a href="https://example.org/">out</a> <a href="#main">skip</a> <a href="data:text/plain,x">cite</a>',
        '<img src="../../../../images/quay.svg" srcset="../../../../images/quay.svg 1x, ../../../../images/quay-2x.svg 2x" alt="">',
        '<form action="../../../../search/index.html"></form>',
      ].join(''),
    );
  });

  test('base: links carry the base the site was built with; the ZIM holds the files at its root', () => {
    expect(
      run('<a href="/clips/tags/">Tags</a><a href="/other/">other</a>', { page: 'index.html', base: '/clips/' }),
    ).toBe('<a href="tags/index.html">Tags</a><a href="/other/">other</a>');
  });
});
