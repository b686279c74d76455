import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeZimDropLiveSite, { type Options } from '../../../src/zim/rehype-zim-drop-live-site.ts';
import { inZim } from '../../../src/zim/select.ts';

const run = (html: string, options: Options) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeZimDropLiveSite, options)
      .use(rehypeStringify)
      .processSync(html),
  );

describe('rehype-zim-drop-live-site', () => {
  test('links, declarations, and paragraphs and list items whose every link leads to files left out of the ZIM go; the rest stays', () => {
    const input = [
      '<link rel="alternate" href="/rss.xml"><link rel="sitemap" href="/sitemap-index.xml"><link rel="stylesheet" href="/_astro/site.css">',
      '<meta name="service-worker" content="/sw.js">',
      '<ul><li><a href="/archive/">Browse by date</a></li><li><a href="/on-this-day/">On this day</a></li><li><a href="/feed.json">JSON Feed</a></li></ul>',
      '<p class="feeds">Follow Local: <a href="/sections/local/rss.xml">RSS</a> · <a href="/sections/local/atom.xml">Atom</a></p>',
      '<p>See <a href="/archive/">the archive</a> or <a href="/rss.xml">the feed</a>.</p>',
    ].join('');
    expect(run(input, { page: 'index.html', inZim })).toBe(
      [
        '<link rel="stylesheet" href="/_astro/site.css">',
        '',
        '<ul><li><a href="/archive/">Browse by date</a></li></ul>',
        '',
        '<p>See <a href="/archive/">the archive</a> or .</p>',
      ].join(''),
    );
  });

  test('base: URLs are read under the base', () => {
    expect(
      run('<a href="/clips/rss.xml">RSS</a><a href="/clips/tags/">Tags</a>', {
        page: 'index.html',
        base: '/clips/',
        inZim,
      }),
    ).toBe('<a href="/clips/tags/">Tags</a>');
  });
});

describe('what goes into the ZIM', () => {
  test.each([
    ['index.html', true],
    ['2024/03/05/crane/index.html', true],
    ['search/index.html', true],
    ['_astro/site.css', true],
    ['favicon.svg', true],
    ['images/quay.svg', true],
    ['sw.js', false],
    ['offline.json', false],
    ['search.json', false],
    ['pagefind/pagefind.js', false],
    ['pagefind-2019-01-2020-12/pagefind-entry.json', false],
    ['rss.xml', false],
    ['sections/local/atom.xml', false],
    ['feed.json', false],
    ['sitemap-0.xml', false],
    ['robots.txt', false],
    ['_headers', false],
    ['404.html', false],
    ['on-this-day/index.html', false],
    ['on-this-day/03-14.json', false],
  ])('%s: %s', (path, kept) => expect(inZim(path)).toBe(kept));
});
