/**
 * Builds the basic fixture under a base path with a pinned build date and
 * reads back what citing and sharing give a reader: NewsArticle JSON-LD on
 * every article, Open Graph tags, the citation block and its BibTeX/RIS files,
 * BreadcrumbList on listings, and the Atom, JSON and per-section feeds.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { parsePage, type Page } from '../helpers/html.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

const ORIGIN = 'https://news.example';
// A base shaped like an article's year (an archive of 2021 hosted at /2021/): nothing may cut it
// from paths that never carried it (the search records' URLs), or 2021's articles would go missing.
const BASE = '/2021/';
// 2028-02-29T12:00:00Z: a leap day, so the access date shows the build day and not the clock's.
const BUILD_EPOCH = String(Date.UTC(2028, 1, 29, 12) / 1000);

/** The fixture's articles, newest first, with what their structured data must say. */
const ARTICLES = [
  {
    path: '2022/06/21/festival-des-lanternes/',
    section: 'Culture',
    authors: ['Camille Vernet'],
    published: '2022-06-21T20:00:00+02:00',
    modified: '2022-06-21T20:00:00+02:00',
    lang: 'fr',
  },
  {
    path: '2021/03/14/orchard-frost/',
    section: 'Environment',
    authors: ['Bram Osei'],
    published: '2021-03-14',
    modified: '2021-03-16',
    lang: 'en',
  },
  {
    path: '2021/03/14/orchard-market/',
    section: 'Business',
    authors: [],
    published: '2021-03-14',
    modified: '2021-03-14',
    lang: 'en',
  },
  {
    path: '2020/01/01/council-budget-vote/',
    section: 'Politics',
    authors: ['Ada Quill', 'Bram Osei'],
    published: '2020-01-01',
    modified: '2020-01-03',
    lang: 'en',
  },
  {
    path: '2019/12/31/new-years-eve-ferry/',
    section: 'Transport',
    authors: ['Ada Quill'],
    published: '2019-12-31T23:30:00-08:00',
    modified: '2019-12-31T23:30:00-08:00',
    lang: 'en',
  },
];
const SECTIONS = ['culture', 'environment', 'business', 'transport', 'politics'];
const abs = (path: string) => `${ORIGIN}${BASE}${path}`;

let site: BuildResult;
beforeAll(async () => {
  site = await sharedBuild({
    content: 'tests/fixtures/basic/articles',
    base: BASE,
    env: { CLIPPINGS_SITE: ORIGIN, SOURCE_DATE_EPOCH: BUILD_EPOCH, TZ: 'Pacific/Auckland' },
  });
  // The build verifies every internal link, the citation downloads and feed links included.
  expect(site.code, site.output).toBe(0);
  // With a public address set, the build has nothing to warn about.
  expect(site.output).not.toContain('CLIPPINGS_SITE is not set');
});

/** The JSON-LD blocks of a page, parsed: the element's whole text must be one JSON value. */
function jsonLd(page: Page): Record<string, unknown>[] {
  return page.all('script[type="application/ld+json"]').map((script: Element) => {
    const [text, ...rest] = script.children;
    expect(rest).toHaveLength(0);
    return JSON.parse(text?.type === 'text' ? text.value : '') as Record<string, unknown>;
  });
}
const meta = (page: Page, property: string) =>
  page.all(`meta[property="${property}"], meta[name="${property}"]`).map((m) => String(m.properties['content']));
const readPage = async (path: string) => parsePage(await site.read(`${path}index.html`));

describe('NewsArticle JSON-LD', () => {
  test.each(ARTICLES)('$path carries the article’s fields', async (article) => {
    const page = await readPage(article.path);
    const blocks = jsonLd(page);
    expect(blocks.map((block) => block['@type'])).toEqual(['NewsArticle']);
    const ld = blocks[0]!;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['url']).toBe(abs(article.path));
    expect(ld['url']).toBe(page.attr('link[rel="canonical"]', 'href'));
    expect(ld['headline']).toBe(page.text('article h1'));
    expect(ld['datePublished']).toBe(article.published);
    expect(ld['dateModified']).toBe(article.modified);
    expect(ld['articleSection']).toBe(article.section);
    expect(ld['inLanguage']).toBe(article.lang);
    const authors = ld['author'] as { '@type': string; name: string }[];
    if (article.authors.length > 0) {
      expect(authors.map((a) => [a['@type'], a.name])).toEqual(article.authors.map((name) => ['Person', name]));
    } else {
      expect(authors).toEqual([{ '@type': 'Organization', name: 'The Port Alder Ledger', url: abs('') }]);
    }
    expect(ld['isPartOf']).toEqual({ '@type': 'WebSite', name: 'The Port Alder Ledger Archive', url: abs('') });
  });

  test('source, original URL and copyright of an article first published elsewhere', async () => {
    const [ld] = jsonLd(await readPage('2020/01/01/council-budget-vote/'));
    expect(ld).toMatchObject({
      publisher: { '@type': 'Organization', name: 'Northshore Weekly' },
      isBasedOn: 'https://northshore.example/budget',
      copyrightNotice: '© 2020 Northshore Weekly',
      keywords: ['budget', 'Council'],
    });
  });

  test('the archive’s publisher for the rest, the lead image and the corrections', async () => {
    const [ld] = jsonLd(await readPage('2021/03/14/orchard-frost/'));
    expect(ld!['publisher']).toEqual({ '@type': 'Organization', name: 'The Port Alder Ledger', url: abs('') });
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(ld!['image']).toMatchObject({
      '@type': 'ImageObject',
      url: abs('favicon.svg'),
      description: 'A small square logo',
      caption: 'A placeholder image.',
    });
    expect(ld!['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the wrong name for the quince variety.',
        datePublished: '2021-03-16',
      },
      {
        '@type': 'CorrectionComment',
        text: 'The frost warning was lifted on Monday morning.',
        datePublished: '2021-03-15T09:00:00+01:00',
      },
    ]);
  });
});

describe('social meta', () => {
  test('articles: og:type article, canonical og:url, article times, section and tags', async () => {
    const page = await readPage('2020/01/01/council-budget-vote/');
    expect(meta(page, 'og:type')).toEqual(['article']);
    expect(meta(page, 'og:url')).toEqual([abs('2020/01/01/council-budget-vote/')]);
    expect(meta(page, 'og:title')).toEqual(['Council passes the winter budget']);
    expect(meta(page, 'og:site_name')).toEqual(['The Port Alder Ledger Archive']);
    expect(meta(page, 'article:published_time')).toEqual(['2020-01-01']);
    expect(meta(page, 'article:modified_time')).toEqual(['2020-01-03']);
    expect(meta(page, 'article:section')).toEqual(['Politics']);
    expect(meta(page, 'article:tag')).toEqual(['budget', 'Council']);
    expect(meta(page, 'article:author')).toEqual([abs('authors/ada-quill/'), abs('authors/bram-osei/')]);
    expect(meta(page, 'og:image')).toEqual([]);
    expect(meta(page, 'twitter:card')).toEqual(['summary']);
  });

  test('an article with a lead image gives its absolute URL and a large card; unchanged articles have no modified time', async () => {
    const page = await readPage('2021/03/14/orchard-frost/');
    expect(meta(page, 'og:image')).toEqual([abs('favicon.svg')]);
    expect(meta(page, 'og:image:alt')).toEqual(['A small square logo']);
    expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
    const ferry = await readPage('2019/12/31/new-years-eve-ferry/');
    expect(meta(ferry, 'article:modified_time')).toEqual([]);
  });

  test('listings are websites, with their own canonical URL', async () => {
    const page = await readPage('sections/politics/');
    expect(meta(page, 'og:type')).toEqual(['website']);
    expect(meta(page, 'og:url')).toEqual([abs('sections/politics/')]);
    expect(page.attr('link[rel="canonical"]', 'href')).toBe(abs('sections/politics/'));
  });
});

describe('BreadcrumbList on listings', () => {
  test.each([
    [
      'sections/politics/',
      [
        ['Home', ''],
        ['Sections', 'sections/'],
        ['Politics', 'sections/politics/'],
      ],
    ],
    [
      '2021/03/',
      [
        ['Home', ''],
        ['By date', 'archive/'],
        ['2021', '2021/'],
        ['March 2021', '2021/03/'],
      ],
    ],
  ])('%s', async (path, crumbs) => {
    const page = await readPage(path);
    const [ld] = jsonLd(page);
    expect(ld!['@type']).toBe('BreadcrumbList');
    expect(ld!['itemListElement']).toEqual(
      crumbs.map(([name, to], i) => ({ '@type': 'ListItem', position: i + 1, name, item: abs(to!) })),
    );
    // The same way down as the visible breadcrumbs.
    expect(page.all('.breadcrumbs a').map((a) => a.properties['href'])).toEqual(
      crumbs.slice(0, -1).map(([, to]) => `${BASE}${to}`),
    );
  });
});

describe('cite this article', () => {
  test('a Chicago entry with the source, original URL, archive URL and the build day as access date', async () => {
    const page = await readPage('2020/01/01/council-budget-vote/');
    expect(page.text('.cite h2')).toBe('Cite this article');
    expect(page.text('.cite-style')).toMatch(/^Chicago/);
    expect(page.text('.citation')).toBe(
      `Quill, Ada, and Bram Osei. “Council passes the winter budget.” Northshore Weekly, January 1, 2020. https://northshore.example/budget. ` +
        `Archived in The Port Alder Ledger Archive. Accessed February 29, 2028. ${abs('2020/01/01/council-budget-vote/')}.`,
    );
    expect(
      page.all('.citation cite').map((c) => c.children.map((n) => (n.type === 'text' ? n.value : '')).join('')),
    ).toEqual(['Northshore Weekly', 'The Port Alder Ledger Archive']);
  });

  test('an unsigned article without a source starts with its headline and names the archive’s paper', async () => {
    const page = await readPage('2021/03/14/orchard-market/');
    expect(page.text('.citation')).toMatch(
      /^“Orchard market reopens in the square\.” The Port Alder Ledger, March 14, 2021\. Archived in/,
    );
  });

  /** The text of a `data:` download link, and its file name. */
  async function download(path: string, format: 'bib' | 'ris'): Promise<{ text: string; name: string; type: string }> {
    const page = await readPage(path);
    const link = page.all('.cite-downloads a').find((a) => String(a.properties['download']).endsWith(`.${format}`));
    const href = String(link?.properties['href']);
    const match = /^data:([^;,]+);charset=utf-8,(.*)$/s.exec(href);
    if (!match) throw new Error(`${path}: no ${format} download link (${href})`);
    return {
      text: decodeURIComponent(match[2] as string),
      name: String(link?.properties['download']),
      type: match[1] as string,
    };
  }

  test.each(ARTICLES)('$path offers its BibTeX and RIS records as downloads, which name it', async (article) => {
    const page = await readPage(article.path);
    const slug = article.path.split('/').at(-2);
    expect(page.all('.cite-downloads a').map((a) => a.properties['download'])).toEqual([`${slug}.bib`, `${slug}.ris`]);
    const bib = await download(article.path, 'bib');
    expect(bib.type).toBe('application/x-bibtex');
    expect(bib.text).toMatch(/^@article\{[\w:-]+,\n/);
    expect(bib.text).toContain(`  url = {${abs(article.path)}},\n`);
    expect(bib.text).toContain('  urldate = {2028-02-29},\n');
    expect(bib.text).toContain(`  date = {${article.published.slice(0, 10)}},\n`);
    expect(bib.text).toContain(`  title = {{${page.text('article h1')}}},\n`);
    const ris = await download(article.path, 'ris');
    expect(ris.type).toBe('application/x-research-info-systems');
    const lines = ris.text.split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines).toContain(`UR  - ${abs(article.path)}`);
    expect(lines).toContain(`DA  - ${article.published.slice(0, 10).replaceAll('-', '/')}/`);
    expect(lines).toContain('Y2  - 2028/02/29/');
    expect(lines.filter((line) => line.startsWith('AU  - '))).toHaveLength(article.authors.length);
  });

  test('BibTeX and RIS carry the original URL where there is one', async () => {
    expect((await download('2020/01/01/council-budget-vote/', 'bib')).text).toContain(
      'note = {Originally published at https://northshore.example/budget. Archived in The Port Alder Ledger Archive}',
    );
    expect((await download('2020/01/01/council-budget-vote/', 'ris')).text.split('\r\n')).toContain(
      'UR  - https://northshore.example/budget',
    );
  });

  test('no citation files of their own: the records travel inside the article page', () => {
    expect(site.has('cite')).toBe(false);
  });
});

describe('feeds', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => ['entry', 'link', 'item', 'author', 'category'].includes(name),
  });

  test('RSS names itself (atom:link rel="self", as validators ask) and each item its writers and language', async () => {
    const rss = xml.parse(await site.read('rss.xml'));
    const self = rss.rss.channel['atom:link'] as Record<string, string>[] | Record<string, string>;
    expect([self].flat().find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(abs('rss.xml'));
    const items = rss.rss.channel.item as Record<string, unknown>[];
    expect(items.map((item) => [item['dc:creator'] ?? []].flat())).toEqual(ARTICLES.map((a) => a.authors));
    // An article in another language than the feed's says so; the others carry none.
    expect(items.map((item) => item['dc:language'])).toEqual(
      ARTICLES.map((a) => (a.lang === 'en' ? undefined : a.lang)),
    );
  });

  test('every page links the site’s RSS, Atom and JSON feeds', async () => {
    const page = await readPage('');
    const alternates = page.all('link[rel="alternate"]').map((l) => [l.properties['type'], l.properties['href']]);
    expect(alternates).toEqual([
      ['application/rss+xml', `${BASE}rss.xml`],
      ['application/atom+xml', `${BASE}atom.xml`],
      ['application/feed+json', `${BASE}feed.json`],
    ]);
  });

  test('Atom parses as XML and lists every article, newest first, with absolute links', async () => {
    const doc = xml.parse(await site.read('atom.xml'));
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.id).toBe(abs('atom.xml'));
    const entries = doc.feed.entry as {
      id: string;
      link: { '@_href': string }[];
      published: string;
      title: { '#text': string };
    }[];
    expect(entries.map((e) => e.id)).toEqual(ARTICLES.map((a) => abs(a.path)));
    expect(entries.map((e) => e.link[0]!['@_href'])).toEqual(ARTICLES.map((a) => abs(a.path)));
    expect(entries[4]!.published).toBe('2019-12-31T23:30:00-08:00');
    expect(entries[3]!.title['#text']).toBe('Council passes the winter budget');
  });

  test('JSON Feed 1.1 parses as JSON with every article', async () => {
    const feed = JSON.parse(await site.read('feed.json')) as {
      version: string;
      feed_url: string;
      items: { id: string; url: string; date_published: string; title: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(abs('feed.json'));
    expect(feed.items.map((item) => item.url)).toEqual(ARTICLES.map((a) => abs(a.path)));
    expect(feed.items.every((item) => item.title && item.id && !Number.isNaN(Date.parse(item.date_published)))).toBe(
      true,
    );
  });

  test.each(SECTIONS)(
    'the %s section’s RSS, Atom and JSON feeds hold only its articles, and its page links them',
    async (slug) => {
      const expected = ARTICLES.filter((a) => a.section.toLowerCase() === slug).map((a) => abs(a.path));
      expect(expected.length).toBeGreaterThan(0);
      const rss = xml.parse(await site.read(`sections/${slug}/rss.xml`));
      expect((rss.rss.channel.item as { link: string[] }[]).map((item) => item.link[0])).toEqual(expected);
      const atom = xml.parse(await site.read(`sections/${slug}/atom.xml`));
      expect((atom.feed.entry as { id: string }[]).map((e) => e.id)).toEqual(expected);
      expect(atom.feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(
        abs(`sections/${slug}/atom.xml`),
      );
      const json = JSON.parse(await site.read(`sections/${slug}/feed.json`)) as { items: { url: string }[] };
      expect(json.items.map((item) => item.url)).toEqual(expected);

      const page = await readPage(`sections/${slug}/`);
      const feeds = [
        `${BASE}sections/${slug}/rss.xml`,
        `${BASE}sections/${slug}/atom.xml`,
        `${BASE}sections/${slug}/feed.json`,
      ];
      expect(page.all('link[rel="alternate"]').map((l) => l.properties['href'])).toEqual(expect.arrayContaining(feeds));
      expect(page.all('.feeds a').map((a) => a.properties['href'])).toEqual(feeds);
      // Named as the footer names the archive's own feeds, in the site's language.
      const names = (links: Element[]) => links.map((a) => toString(a));
      expect(names(page.all('.feeds a'))).toEqual(
        names(
          page
            .all('.site-footer a')
            .filter((a) => /(rss\.xml|atom\.xml|feed\.json)$/.test(String(a.properties['href']))),
        ),
      );
    },
  );
});
