import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { parseArticleDate, type ArticleDate } from '../../src/lib/dates.ts';
import {
  atomFeed,
  feedInstant,
  jsonFeed,
  rfc3339,
  rssChannelExtras,
  rssItemExtras,
  type FeedInput,
} from '../../src/lib/feeds.ts';

function date(text: string): ArticleDate {
  const parsed = parseArticleDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
}

const feed: FeedInput = {
  title: 'The Ledger',
  description: 'News',
  lang: 'en',
  homeUrl: 'https://e.example/',
  feedUrl: 'https://e.example/atom.xml',
  publisher: 'The Port Alder Ledger',
  items: [
    {
      url: 'https://e.example/2022/06/21/b/',
      title: 'B',
      summary: 'b',
      date: date('2022-06-21T20:00:00+02:00'),
      authors: [],
      categories: ['Culture'],
      lang: 'fr',
    },
    {
      url: 'https://e.example/2020/01/01/a/',
      title: 'A',
      summary: 'a',
      date: date('2020-01-01'),
      updated: date('2023-01-03'),
      authors: ['Ada Quill', 'Bram Osei'],
      categories: ['Politics', 'budget'],
      lang: 'en',
    },
  ],
};
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['entry', 'author', 'category', 'link'].includes(name),
});

describe('rfc3339', () => {
  test.each([
    ['2024-02-29', '2024-02-29T12:00:00Z'],
    ['2019-12-31T23:30:00-08:00', '2019-12-31T23:30:00-08:00'],
    ['2021-06-01T09:00Z', '2021-06-01T09:00:00Z'],
    ['2021-06-01T09:00+05:30', '2021-06-01T09:00:00+05:30'],
    ['2021-06-01T09:00:00.250+05:30', '2021-06-01T09:00:00.250+05:30'],
  ])('%s → %s', (written, expected) => {
    expect(rfc3339(date(written))).toBe(expected);
    // A bare day is given at noon UTC, so a reader from UTC−11 to UTC+11 sees it on its own day.
    const noon = date(written).time ? 0 : 12 * 3_600_000;
    expect(Date.parse(expected)).toBe(date(written).timestamp + noon);
    expect(feedInstant(date(written)).getTime()).toBe(Date.parse(expected));
  });
});

describe('Atom', () => {
  test('entries in order, with ids, links, dates, authors, categories; the feed updated at its latest change', () => {
    const doc = parser.parse(atomFeed(feed));
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.updated).toBe('2023-01-03T12:00:00Z');
    expect(doc.feed.author).toEqual([{ name: 'The Port Alder Ledger' }]);
    expect(doc.feed.link.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([
      ['self', feed.feedUrl],
      ['alternate', feed.homeUrl],
    ]);
    const [b, a] = doc.feed.entry;
    expect(b.id).toBe('https://e.example/2022/06/21/b/');
    expect(b['@_xml:lang']).toBe('fr');
    expect(b.published).toBe('2022-06-21T20:00:00+02:00');
    expect(b.updated).toBe('2022-06-21T20:00:00+02:00');
    expect(b.author).toBeUndefined();
    expect(a.updated).toBe('2023-01-03T12:00:00Z');
    expect(a.author).toEqual([{ name: 'Ada Quill' }, { name: 'Bram Osei' }]);
    expect(a.category.map((c: Record<string, string>) => c['@_term'])).toEqual(['Politics', 'budget']);
  });

  test('markup and quotes in any field are text; characters XML cannot hold are dropped', () => {
    const nasty = '</title><script>alert("x")</script> & \'q\' ]]> a\u0000\u0007\uFFFEb';
    const xml = atomFeed({
      ...feed,
      title: nasty,
      items: [{ ...feed.items[1]!, title: nasty, authors: [nasty], categories: [nasty] }],
    });
    expect(xml).not.toMatch(/<script|[\u0000\u0007\uFFFE]/);
    const doc = parser.parse(xml);
    const clean = '</title><script>alert("x")</script> & \'q\' ]]> ab';
    expect(doc.feed.title['#text']).toBe(clean);
    expect(doc.feed.entry[0].title['#text']).toBe(clean);
    expect(doc.feed.entry[0].author[0].name).toBe(clean);
    expect(doc.feed.entry[0].category[0]['@_term']).toBe(clean);
  });

  test('the feed is never updated before one of its entries: a bare day counts at noon, as its entry gives it', () => {
    const sameDay = {
      ...feed,
      items: [
        { ...feed.items[0]!, date: date('2024-05-02T09:00Z') },
        { ...feed.items[1]!, date: date('2024-05-02'), updated: undefined },
      ],
    };
    const { feed: written } = parser.parse(atomFeed(sameDay)) as {
      feed: { updated: string; entry: { updated: string }[] };
    };
    expect(written.updated).toBe('2024-05-02T12:00:00Z');
    expect(written.entry.every((entry) => Date.parse(entry.updated) <= Date.parse(written.updated))).toBe(true);
  });

  test('an empty feed is still valid: a fixed updated date, no entries', () => {
    const doc = parser.parse(atomFeed({ ...feed, items: [] }));
    expect(doc.feed.updated).toBe('1970-01-01T00:00:00Z');
    expect(doc.feed.entry).toBeUndefined();
  });
});

describe('JSON Feed', () => {
  test('version 1.1 with items, authors only when signed, language only when it differs', () => {
    const doc = JSON.parse(jsonFeed(feed));
    expect(doc).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Ledger',
      feed_url: feed.feedUrl,
      home_page_url: feed.homeUrl,
      language: 'en',
    });
    expect(doc.items.map((item: { id: string }) => item.id)).toEqual(feed.items.map((item) => item.url));
    const [b, a] = doc.items;
    expect(b).not.toHaveProperty('authors');
    expect(b.language).toBe('fr');
    expect(b.date_published).toBe('2022-06-21T20:00:00+02:00');
    expect(a.authors).toEqual([{ name: 'Ada Quill' }, { name: 'Bram Osei' }]);
    expect(a.date_modified).toBe('2023-01-03T12:00:00Z');
    expect(a.tags).toEqual(['Politics', 'budget']);
    expect(a.content_text).toBe('a');
  });
});

describe('RSS elements beyond @astrojs/rss', () => {
  test('the channel names its own address; an item its writers, and its language when not the feed’s, escaped', () => {
    expect(rssChannelExtras('ar', 'https://x.example/rss.xml?a=1&b=2')).toBe(
      '<language>ar</language><atom:link href="https://x.example/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
    expect(rssItemExtras(['Ada <Q>', 'سارة الخطيب'], 'en', 'ar')).toBe(
      '<dc:creator>Ada &lt;Q&gt;</dc:creator><dc:creator>سارة الخطيب</dc:creator><dc:language>en</dc:language>',
    );
    expect(rssItemExtras([], 'ar', 'ar')).toBe('');
  });
});
