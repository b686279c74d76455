import { describe, expect, test } from 'vitest';
import { sitemapChunks, sitemapUrls } from '../../src/lib/sitemap.ts';

describe('the sitemap’s addresses', () => {
  const home = 'https://news.example/clip/';

  test('are absolute, under the base, with the home page first', () => {
    expect(sitemapUrls(['2021/03/14/orchard-frost/', '', 'tags/farming/'], home)).toEqual([
      'https://news.example/clip/',
      'https://news.example/clip/2021/03/14/orchard-frost/',
      'https://news.example/clip/tags/farming/',
    ]);
  });

  test('read numbers as numbers: page 2 comes before page 10, 1999 before 2001', () => {
    const urls = sitemapUrls(['tags/farming/page/10/', '2001/', 'tags/farming/page/2/', '1999/'], home);
    expect(urls.map((url) => url.slice(home.length))).toEqual([
      '1999/',
      '2001/',
      'tags/farming/page/2/',
      'tags/farming/page/10/',
    ]);
  });

  test('leave out the error pages and the offline one, whatever the slashes, and nothing named like them', () => {
    const urls = sitemapUrls(['404/', '/500', '404', 'offline/', 'tags/404/', '4040/', 'tags/offline/'], home);
    expect(urls).toEqual([
      'https://news.example/clip/4040/',
      'https://news.example/clip/tags/404/',
      'https://news.example/clip/tags/offline/',
    ]);
  });

  test('list a page once, and escape what a URL must escape', () => {
    const urls = sitemapUrls(['/tags/café/', 'tags/café/', 'authors/ana maría/'], 'https://news.example/');
    expect(urls).toEqual(['https://news.example/authors/ana%20mar%C3%ADa/', 'https://news.example/tags/caf%C3%A9/']);
  });

  test('do not depend on the order Astro reports the pages in', () => {
    const pages = Array.from({ length: 200 }, (_, i) => `2020/${String((i % 12) + 1).padStart(2, '0')}/${i}/`);
    const reversed = [...pages].reverse();
    expect(sitemapUrls(reversed, home)).toEqual(sitemapUrls(pages, home));
  });
});

describe('sitemap files', () => {
  test('hold at most the limit each, every address once, in order', () => {
    const urls = Array.from({ length: 7 }, (_, i) => `u${i}`);
    const chunks = sitemapChunks(urls, 3);
    expect(chunks).toEqual([['u0', 'u1', 'u2'], ['u3', 'u4', 'u5'], ['u6']]);
    expect(chunks.flat()).toEqual(urls);
  });

  test('an archive of one page has one file', () => {
    expect(sitemapChunks(['only'])).toEqual([['only']]);
  });
});
