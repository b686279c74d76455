/**
 * The addresses the site writes must stay on the site: read from heads,
 * JSON-LD, feeds and sitemaps, and flagged unless they are a declared-external
 * value in a place the site writes that field (src/verify/site-urls.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  offSiteUrls,
  shownUrl,
  sitePathOf,
  siteUrlsOfJsonFeed,
  siteUrlsOfPage,
  siteUrlsOfSitemap,
  siteUrlsOfXmlFeed,
  whyOffSite,
  type FoundUrl,
} from '../../src/verify/site-urls.ts';
import { declaredExternal } from '../../src/content/external-urls.ts';

const HOME = 'https://news.example/archive/';
const PAGE = `${HOME}2021/03/14/frost/`;

describe('whyOffSite', () => {
  test.each([
    ['https://news.example/archive/2021/', undefined],
    ['/archive/favicon.svg', undefined],
    ['../../', undefined],
    ['https://news.example/archive', undefined],
    ['https://evil.example/x.svg', `is not under ${HOME}`],
    ['http://news.example/archive/', `is not under ${HOME}`],
    ['https://news.example/other/', `is not under ${HOME}`],
    ['/other/x.svg', `is not under ${HOME}`],
    ['https://news.example/archivex/', `is not under ${HOME}`],
    ['//evil.example/x.svg', 'is spelled so that browsers read another host'],
    ['/\\evil.example/x.svg', 'is spelled so that browsers read another host'],
    ['\\\\evil.example/x.svg', 'is spelled so that browsers read another host'],
    ['/%5Cevil.example/x.svg', 'is spelled so that browsers read another host'],
    [' //evil.example/x.svg', 'is spelled so that browsers read another host'],
    ['\t/archive/x.svg', 'is spelled so that browsers read another host'],
    ['https://news.example\\@evil.example/', 'is spelled so that browsers read another host'],
  ])('%j → %s', (url, reason) => {
    expect(whyOffSite(url, PAGE, HOME)).toBe(reason);
  });
});

describe('siteUrlsOfPage', () => {
  const page = `<!doctype html><html><head>
    <link rel="canonical" href="https://news.example/archive/a/">
    <link rel="icon" href="/archive/favicon.svg" type="image/svg+xml">
    <meta property="og:url" content="https://news.example/archive/a/">
    <meta property="og:image" content="https://img.example/a.jpg">
    <meta property="og:title" content="https://not-an-address.example/">
    <meta name="twitter:image" content="/archive/a.jpg">
    <script type="module" src="/archive/_astro/a.js"></script>
    <script type="application/ld+json">{"@context":"https://schema.org","@id":"https://news.example/archive/a/","image":{"url":"https://img.example/a.jpg"},"isBasedOn":"https://source.example/a","itemListElement":[{"item":"/archive/"}]}</script>
    </head><body>
    <!-- <img src="https://comment.example/"> -->
    <figure class="lead-image"><img src="https://img.example/a.jpg" alt=""></figure>
    <div class="article-body"><div><img src="https://body.example/b.jpg"></div><p><img src="https://body.example/c.jpg"></p></div>
    <img src="/archive/after-body.svg" alt="">
    <form action="/archive/search/"></form>
    </body></html>`;

  test('reads every address the site writes, and none of the body or of comments', () => {
    expect(siteUrlsOfPage(page)).toEqual({
      unreadable: [],
      urls: [
        { place: 'link rel=canonical', url: 'https://news.example/archive/a/' },
        { place: 'link rel=icon', url: '/archive/favicon.svg' },
        { place: 'meta og:url', url: 'https://news.example/archive/a/' },
        { place: 'meta og:image', url: 'https://img.example/a.jpg' },
        { place: 'meta twitter:image', url: '/archive/a.jpg' },
        { place: 'script src', url: '/archive/_astro/a.js' },
        { place: 'JSON-LD @id', url: 'https://news.example/archive/a/' },
        { place: 'JSON-LD image.url', url: 'https://img.example/a.jpg' },
        { place: 'JSON-LD isBasedOn', url: 'https://source.example/a' },
        { place: 'JSON-LD itemListElement.item', url: '/archive/' },
        { place: 'img src', url: 'https://img.example/a.jpg' },
        { place: 'img src', url: '/archive/after-body.svg' },
        { place: 'form action', url: '/archive/search/' },
      ],
    });
  });

  test('decodes character references as a browser does', () => {
    const { urls } = siteUrlsOfPage('<meta property="og:image" content="&#x2F;\\evil.example/x.svg">');
    expect(urls).toEqual([{ place: 'meta og:image', url: '/\\evil.example/x.svg' }]);
  });

  test('a JSON-LD block that is not JSON is reported, not thrown', () => {
    const { unreadable } = siteUrlsOfPage('<script type="application/ld+json">{"url": </script>');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatch(/^JSON-LD cannot be read \(/);
  });
});

describe('feeds and sitemaps', () => {
  test('RSS and Atom: links, ids, permalink guids, href and url attributes', () => {
    const rss = `<rss><channel><link>https://news.example/archive/</link><item><link>https://a.example/1</link><guid isPermaLink="true">https://a.example/1</guid><guid isPermaLink="false">tag:x</guid><enclosure url="https://a.example/e.mp3"/></item></channel></rss>`;
    expect(siteUrlsOfXmlFeed(rss).map(({ url }) => url)).toEqual([
      'https://news.example/archive/',
      'https://a.example/1',
      'https://a.example/1',
      'https://a.example/e.mp3',
    ]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><id>https://news.example/archive/atom.xml</id><link rel="self" href="https://news.example/archive/atom.xml"/><entry><id>https://a.example/2</id></entry></feed>`;
    expect(siteUrlsOfXmlFeed(atom)).toEqual([
      { place: '<id>', url: 'https://news.example/archive/atom.xml' },
      { place: '<id>', url: 'https://a.example/2' },
      { place: '<link href>', url: 'https://news.example/archive/atom.xml' },
    ]);
  });

  test('a sitemap gives its locations', () => {
    expect(siteUrlsOfSitemap('<urlset><url><loc>https://a.example/&amp;x</loc></url></urlset>')).toEqual([
      { place: '<loc>', url: 'https://a.example/&x' },
    ]);
  });

  test('JSON Feed: home and feed URLs, and each item tied to its article', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://news.example/archive/',
      feed_url: 'https://news.example/archive/feed.json',
      items: [
        {
          id: 'https://news.example/archive/a/',
          url: 'https://news.example/archive/a/',
          image: 'https://img.example/a.jpg',
        },
      ],
    };
    const articleOf = (url: string) => (url.endsWith('/a/') ? '/a/' : undefined);
    expect(siteUrlsOfJsonFeed(feed, articleOf)).toEqual([
      { place: 'home_page_url', url: 'https://news.example/archive/' },
      { place: 'feed_url', url: 'https://news.example/archive/feed.json' },
      { place: 'items[].id', url: 'https://news.example/archive/a/', article: '/a/' },
      { place: 'items[].url', url: 'https://news.example/archive/a/', article: '/a/' },
      { place: 'items[].image', url: 'https://img.example/a.jpg', article: '/a/' },
    ]);
    expect(siteUrlsOfJsonFeed('not a feed', articleOf)).toEqual([]);
  });
});

describe('offSiteUrls', () => {
  const declared = declaredExternal({
    source: { url: 'https://source.example/a' },
    image: { src: 'https://IMG.example/a.jpg' },
  });
  // `page`: the article the checked file is the page of; null for a page that is no article's.
  const check = (found: FoundUrl[], page: string | null = '/a/') =>
    offSiteUrls(found, {
      pageUrl: PAGE,
      home: HOME,
      page: page ?? undefined,
      declaredFor: (article) => (article === '/a/' ? declared : undefined),
    });

  test('the site’s own addresses pass', () => {
    expect(
      check([
        { place: 'link rel=canonical', url: `${HOME}a/` },
        { place: 'img src', url: '/archive/x.jpg' },
      ]),
    ).toEqual([]);
  });

  test('a declared value passes where the site writes that field, compared as a browser reads it', () => {
    expect(
      check([
        { place: 'JSON-LD isBasedOn', url: 'https://source.example/a' },
        { place: 'meta og:image', url: 'https://img.example/a.jpg' },
        { place: 'JSON-LD image.url', url: 'https://img.example/a.jpg' },
        { place: 'img src', url: 'https://IMG.example/a.jpg' },
        { place: 'items[].image', url: 'https://img.example/a.jpg', article: '/a/' },
      ]),
    ).toEqual([]);
  });

  test('a declared value anywhere else, another article’s, or another value is flagged', () => {
    const found: FoundUrl[] = [
      { place: 'meta og:image', url: 'https://source.example/a' },
      { place: 'link rel=canonical', url: 'https://img.example/a.jpg' },
      { place: 'JSON-LD isBasedOn', url: 'https://source.example/b' },
      { place: 'items[].image', url: 'https://img.example/a.jpg', article: '/b/' },
      { place: 'items[].url', url: 'https://evil.example/a/', article: '/a/' },
    ];
    expect(check(found).map(({ place, url }) => `${place} ${url}`)).toEqual(
      found.map(({ place, url }) => `${place} ${url}`),
    );
    // On a page that is no article's, nothing is declared.
    expect(check([{ place: 'JSON-LD isBasedOn', url: 'https://source.example/a' }], null)).toHaveLength(1);
  });

  test('a host-switching spelling is flagged even in a declared field’s place', () => {
    const spelled = declaredExternal({ image: { src: 'https:/\\evil.example/a.jpg' } });
    const problems = offSiteUrls([{ place: 'meta og:image', url: 'https:/\\evil.example/a.jpg' }], {
      pageUrl: PAGE,
      home: HOME,
      page: '/a/',
      declaredFor: () => spelled,
    });
    expect(problems.map(({ reason }) => reason)).toEqual(['is spelled so that browsers read another host']);
  });
});

describe('sitePathOf', () => {
  test.each([
    [`${HOME}2024/05/08/%E6%B8%AF%E3%81%AB%E5%88%B0%E7%9D%80/`, '/2024/05/08/港に到着/'],
    [`${HOME}2024/05/08/p%C3%AAche/?utm=x#top`, '/2024/05/08/pêche/'],
    [`${HOME}a/`, '/a/'],
    [`${HOME}bad%E6/`, '/bad%E6/'],
    ['https://elsewhere.example/archive/a/', undefined],
  ])('%s → %s', (url, path) => {
    expect(sitePathOf(url, HOME)).toBe(path);
  });

  test('a JSON Feed item at an address in another script keeps the picture its article declares', () => {
    const article = '/2024/05/08/港に到着/';
    const declared = new Map([[article, declaredExternal({ image: { src: 'https://img.example/ferry.jpg' } })]]);
    const feed = {
      items: [{ url: `${HOME}2024/05/08/${encodeURIComponent('港に到着')}/`, image: 'https://img.example/ferry.jpg' }],
    };
    const found = siteUrlsOfJsonFeed(feed, (url) => {
      const path = sitePathOf(url, HOME);
      return path !== undefined && declared.has(path) ? path : undefined;
    });
    expect(
      offSiteUrls(found, { pageUrl: `${HOME}feed.json`, home: HOME, declaredFor: (path) => declared.get(path) }),
    ).toEqual([]);
  });
});

describe('declaredExternal', () => {
  test('names only off-site values: a site-path image is the site’s own', () => {
    expect(declaredExternal({ image: { src: '/images/a.jpg' } })).toEqual({});
    expect(
      declaredExternal({ source: { url: 'https://s.example/' }, image: { src: 'https://i.example/a.jpg' } }),
    ).toEqual({
      'source.url': 'https://s.example/',
      'image.src': 'https://i.example/a.jpg',
    });
  });
});

test('shownUrl keeps backslashes and escapes line breaks', () => {
  expect(shownUrl('/\\evil.example/\nx')).toBe('"/\\evil.example/\\u000ax"');
});
