import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { completeArticle } from '../../src/importer/complete.ts';
import { runImport } from '../../src/importer/import.ts';
import {
  authorNames,
  feedPublication,
  headlineFromText,
  openingDate,
  readFeed,
  rssAuthorName,
  xmlInner,
  type FeedEntry,
} from '../../src/importer/read-feed.ts';
import { ImportError, type FoundArticle, type MetadataOptions } from '../../src/importer/types.ts';

/** Imports one feed file of `dir` into `dir/articles` (or `out`) as the CLI does, at the moment `now`. */
function importFeed(dir: string, file: string, now: string, metadata: MetadataOptions, out = join(dir, 'articles')) {
  return runImport({
    inputs: [join(dir, file)],
    out,
    cwd: dir,
    draft: false,
    force: false,
    dryRun: false,
    now: new Date(now),
    metadata,
  });
}

const fixture = (path: string) => readFile(new URL(`../fixtures/import/${path}`, import.meta.url), 'utf8');
const articles = (entries: FeedEntry[]) => entries.map((entry) => (entry.ok ? entry.article : entry));
const okArticles = (entries: FeedEntry[]) => entries.flatMap((entry) => (entry.ok ? [entry.article] : []));

describe('readFeed', () => {
  test('RSS 2.0: one article per item, content:encoded as body, description as dek', async () => {
    const [first, second] = articles(await readFeed(await fixture('feeds/courier.rss'), 'courier.rss'));
    expect(first).toEqual({
      origin: 'courier.rss#1',
      fields: {
        title: 'Library opens on Sunday afternoons',
        dek: 'Doors open from one until five.',
        date: '2021-11-03T18:45:00-05:00',
        authors: ['Hana Sato'],
        tags: ['Libraries', 'Council'],
        source: { name: 'Alder Coast Courier & Gazette', url: 'https://courier.example/2021/11/library-sundays' },
        copyright: '© 2021 Alder Coast Courier',
        lang: 'en-gb',
      },
      body: 'The central library will open on Sunday afternoons from next month, after a petition signed by **1,200** students.\n\nStaff will work the extra hours on a rota.\n',
      text: 'The central library will open on Sunday afternoons from next month, after a petition signed by 1,200 students. Staff will work the extra hours on a rota.',
    });
    // Entity-escaped HTML in <description>, and the e-mail form of <author>.
    expect(second).toMatchObject({
      fields: {
        title: 'Tram fares stay flat for a third year',
        date: '2021-12-30T23:59:00Z',
        authors: ['Ivo Petrov'],
        tags: ['Transport'],
      },
      body: 'The transport board kept the single fare at _two_ coins.\n',
    });
  });

  test('RSS 1.0 (RDF) with Dublin Core: <title> and <dc:title> both present, dates in dc:date', async () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://courier.example/rss"><title>Alder Coast Courier</title><dc:title>Alder Coast Courier</dc:title><link>https://courier.example/</link></channel>
<item rdf:about="https://courier.example/a"><title><![CDATA[Flat to let, 40 m<sup>2</sup>]]></title><dc:title><![CDATA[Flat to let, 40 m<sup>2</sup>]]></dc:title>
<link>https://courier.example/a</link><description>Two rooms over the bakery.</description><dc:date>2017-06-21T10:33:10-07:00</dc:date></item>
</rdf:RDF>`;
    const [entry] = articles(await readFeed(rdf, 'courier.rdf'));
    expect(entry).toMatchObject({
      fields: {
        title: 'Flat to let, 40 m2',
        date: '2017-06-21T10:33:10-07:00',
        source: { name: 'Alder Coast Courier', url: 'https://courier.example/a' },
      },
      body: 'Two rooms over the bakery.\n',
    });
  });

  test('a pubDate with day and month names in the feed’s own language', async () => {
    const rss = `<rss version="2.0"><channel><title>Gazeta</title><item><title>Feira reabre</title><link>https://gazeta.example/a</link>
<description>A feira reabriu.</description><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item></channel></rss>`;
    const [entry] = articles(await readFeed(rss, 'gazeta.rss'));
    expect(entry).toMatchObject({ fields: { date: '2018-09-24T19:42:40-03:00' } });
  });

  test.each([
    ['2019年7月1日 08:00', '2019-07-01'],
    ['民國108年7月1日', '2019-07-01'],
  ])('a pubDate written as a Chinese site writes it, %s, gives its day', async (pubDate, day) => {
    const rss = `<rss version="2.0"><channel><title>海港日報</title><item><title>金門大橋通車</title><link>https://harbour.example/a</link>
<description>興建多年的金門大橋今天正式通車。</description><pubDate>${pubDate}</pubDate></item></channel></rss>`;
    const [entry] = articles(await readFeed(rss, 'feed.rss'));
    expect(entry).toMatchObject({ fields: { date: day } });
  });

  test('Atom: xhtml and html content, feed-level author as fallback, updated kept after published', async () => {
    const [first, second] = articles(await readFeed(await fixture('feeds/wire.atom'), 'wire.atom'));
    expect(first).toMatchObject({
      fields: {
        title: 'Fishers & scientists count the eelgrass',
        dek: 'A shared survey of the estuary meadows.',
        date: '2020-08-01T21:15:00+05:30',
        updated: '2020-08-02T09:00:00+05:30',
        authors: ['Rosa Lindqvist'],
        tags: ['Environment', 'fishing'],
        source: { name: 'Coastal Wire', url: 'https://wire.example/2020/08/eelgrass-count' },
        copyright: '© 2020 Coastal Wire',
        lang: 'en',
      },
      body: 'Volunteers and researchers waded the estuary at low tide to count eelgrass shoots, a task that takes _three_ days.\n\nShoots per square metre rose for the second year.\n',
    });
    expect(second).toMatchObject({
      fields: {
        title: 'Pier lights switched to LEDs',
        date: '2020-07-15T06:30:00Z',
        authors: ['Wire Desk'],
        source: { url: 'https://wire.example/2020/07/pier-leds' },
      },
      body: 'All 48 lamps on the pier now use LEDs, cutting the bill by half.\n',
    });
  });

  test('JSON Feed: content_html and content_text, feed authors as fallback', async () => {
    const [first, second] = articles(await readFeed(await fixture('feeds/bulletin.json'), 'bulletin.json'));
    expect(first).toMatchObject({
      fields: {
        title: 'Regatta returns after a year ashore',
        date: '2019-06-29T12:00:00+02:00',
        authors: ['Colm Byrne'],
        tags: ['sailing', 'events'],
        source: { name: 'Harbour Bulletin', url: 'https://bulletin.example/posts/regatta-returns' },
        lang: 'en',
      },
      body: 'Forty boats entered the harbour regatta, the first since the breakwater repairs.\n\nThe junior race was won by a crew of three sisters.\n',
    });
    expect(second).toMatchObject({
      fields: { title: 'Fish market keeps early hours', date: '2019-07-01', authors: ['Bulletin Staff'] },
      body: 'The fish market will keep opening at five.\n\nTraders voted to keep the early start.\n',
    });
  });

  test('hostile feed: scripts, handlers and javascript: links are gone; an empty item is reported alone', async () => {
    const [first, second] = articles(await readFeed(await fixture('hostile/scripted-feed.rss'), 'scripted-feed.rss'));
    expect(first).toMatchObject({ fields: { title: 'Harbour wall repaired', source: { name: 'Hostile Feed' } } });
    expect(JSON.stringify(first)).not.toMatch(/alert|javascript:|onmouseover|onerror|<script/i);
    expect(second).toEqual({
      ok: false,
      origin: 'scripted-feed.rss#2',
      reason: expect.stringMatching(
        /^the entry .*has no text \(no content, description or summary\): nothing to import$/,
      ),
    });
  });

  test.each([
    ['hostile/not-a-feed.json', /not an RSS, Atom or JSON feed/],
    ['hostile/broken.rss', /not a readable feed/],
  ])('%s is an error', async (path, message) => {
    const read = readFeed(await fixture(path), path);
    await expect(read).rejects.toThrow(ImportError);
    await expect(read).rejects.toThrow(message);
  });

  test('a JSON Feed title written with character references reads as text', async () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Quay &amp; Harbour',
      items: [
        {
          id: '1',
          title: 'Tea &amp; cake at the &#8216;old&#8217; quay',
          content_text: 'Stalls opened.',
          date_published: '2024-05-01T10:00:00Z',
        },
      ],
    });
    const [entry] = okArticles(await readFeed(feed, 'a.json'));
    expect(entry?.fields.title).toBe('Tea & cake at the ‘old’ quay');
  });

  test('a JSON file that is not a JSON Feed', async () => {
    await expect(readFeed('{"items": []}', 'a.json')).rejects.toThrow(/must be a JSON Feed/);
  });
});

describe('feed helpers', () => {
  test.each([
    ['desk@courier.example (Ivo Petrov)', 'Ivo Petrov'],
    ['Ivo Petrov', 'Ivo Petrov'],
    ['desk@courier.example', 'desk@courier.example'],
  ])('rssAuthorName(%j) → %j', (input, expected) => {
    expect(rssAuthorName(input)).toBe(expected);
  });

  test('xmlInner decodes entities outside CDATA only', () => {
    expect(xmlInner('a &amp;lt;b&gt; &#233; <![CDATA[<i>&amp;</i>]]>')).toBe('a &lt;b> é <i>&amp;</i>');
  });
});

describe('feed identity and relative links', () => {
  const atom = (entries: string) =>
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/news/"><title>Desk</title><link rel="alternate" href="https://blog.example/"/>${entries}</feed>`;

  test("relative links resolve against xml:base (the content's own inside the entry's inside the feed's)", async () => {
    const [first] = okArticles(
      await readFeed(
        atom(`<entry><id>urn:a</id><title>A</title><link href="2024/a.html"/><updated>2024-01-02T00:00:00Z</updated>
          <content type="html" xml:base="https://files.example/docs/">&lt;p&gt;The &lt;a href="plan.pdf"&gt;plan&lt;/a&gt; and &lt;a href="/about"&gt;us&lt;/a&gt;.&lt;/p&gt;</content></entry>`),
        'desk.atom',
      ),
    );
    expect(first?.fields.source?.url).toBe('https://blog.example/news/2024/a.html');
    expect(first?.body).toBe(
      'The [plan](https://files.example/docs/plan.pdf) and [us](https://files.example/about).\n',
    );
  });

  test("without xml:base, relative links mean what they mean on the feed's home site, not on the linked page", async () => {
    const rss = `<rss version="2.0"><channel><title>Mac desk</title><link>https://home.example</link>
      <item><title>T</title><link>https://other.example/story</link><pubDate>Tue, 28 Nov 2017 15:40:00 -0800</pubDate>
      <description><![CDATA[<p>Read <a href="/article/1.html#jump">more</a>.</p>]]></description></item></channel></rss>`;
    const [first] = okArticles(await readFeed(rss, 'mac.rss'));
    expect(first?.body).toBe('Read [more](https://home.example/article/1.html#jump).\n');
  });

  test('two entries that link to the same page keep their own ids, so both are articles', async () => {
    const entries = ['urn:one', 'urn:two'].map(
      (id) =>
        `<entry><id>${id}</id><title>${id}</title><link href="https://blog.example/"/><updated>2024-01-02T00:00:00Z</updated><summary>Text of ${id}.</summary></entry>`,
    );
    const found = okArticles(await readFeed(atom(entries.join('')), 'desk.atom'));
    expect(found.map((article) => article?.fields.source)).toEqual([
      { name: 'Desk', url: 'https://blog.example/', id: 'urn:one' },
      { name: 'Desk', url: 'https://blog.example/', id: 'urn:two' },
    ]);
  });
});

describe('a blog that links every entry to its day page', () => {
  // Each post is a paragraph of one page per day, its link the page and an anchor: its guid is that link.
  const posts = [
    ['a0815', 'Fog over the estuary', 'Tue, 05 Mar 2024 08:15:00 GMT', 'The foghorn sounded all morning.'],
    ['a1140', 'Ferry back on time', 'Tue, 05 Mar 2024 11:40:00 GMT', 'The noon crossing left on the minute.'],
    ['a1620', 'A note on the tide tables', 'Tue, 05 Mar 2024 16:20:00 GMT', 'Spring tides come next week.'],
  ];
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tideline Notes</title><link>https://tideline.example/</link>${posts
    .map(
      ([anchor, title, date, text]) =>
        `<item><title>${title}</title><link>https://tideline.example/2024/03/05.html#${anchor}</link><guid>https://tideline.example/2024/03/05.html#${anchor}</guid><pubDate>${date}</pubDate><description>${text}</description></item>`,
    )
    .join('')}</channel></rss>`;

  test('imports each entry as its own article, its link keeping the anchor; importing again changes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-feed-anchors-'));
    await writeFile(join(dir, 'notes.rss'), feed);
    const run = () => importFeed(dir, 'notes.rss', '2024-04-01T12:00:00Z', { section: 'Notes' });
    const first = await run();
    expect(first.map((outcome) => outcome.status)).toEqual(['imported', 'imported', 'imported']);
    const files = first.map((outcome) => (outcome.status === 'imported' ? outcome.file : ''));
    expect(files).toEqual([
      'articles/2024/03/fog-over-the-estuary.md',
      'articles/2024/03/ferry-back-on-time.md',
      'articles/2024/03/a-note-on-the-tide-tables.md',
    ]);
    const texts = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
    expect(texts.map((text) => /^ {2}url: (.*)$/m.exec(text)?.[1])).toEqual(
      posts.map(([anchor]) => `https://tideline.example/2024/03/05.html#${anchor}`),
    );
    expect(texts[1]).toMatch(/\n\nThe noon crossing left on the minute\.\n$/);
    const second = await run();
    expect(second.map((outcome) => outcome.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(second[1]).toMatchObject({ reason: expect.stringContaining('ferry-back-on-time.md (same source URL)') });
  });
});

describe('feeds as news sites write them', () => {
  const settings = { draft: false, today: '2024-05-01' };
  const completed = (article: FoundArticle) => {
    const result = completeArticle(article, { section: 'News' }, settings);
    if (!result.ok) throw new Error(`not completed: ${JSON.stringify(result.gaps)}`);
    return result.frontmatter;
  };

  test('Media RSS pictures are no body: the description is the story, its list items and links kept', async () => {
    const [ferry] = okArticles(await readFeed(await fixture('feeds/harbour-media.rss'), 'harbour-media.rss'));
    expect(ferry?.body).toBe(
      'The last crossing leaves at six from November, the operator said.\n\n- Two sailings are cut\n- Fares stay the same\n\nIslanders asked for a [later boat](https://harbour-post.example/2022/09/petition) on Fridays.\n',
    );
    expect(ferry?.fields.dek).toBeUndefined();
    // Its text, which search and the article's summary read, keeps the list items apart.
    expect(ferry?.text).toContain('Two sailings are cut Fares stay the same');
    expect(ferry?.text).not.toContain('Photograph');
  });

  test('a byline in the author field names its people, without where they filed from or their beat', async () => {
    const [ferry, keeper] = okArticles(await readFeed(await fixture('feeds/harbour-media.rss'), 'harbour-media.rss'));
    expect(ferry?.fields.authors).toEqual(['Ama Owusu', 'Kofi Mensah']);
    // The feed's own desk beside a person is no author; categories nested in <categories> are tags.
    expect(keeper?.fields.authors).toEqual(['Rosa Ilves']);
    expect(keeper?.fields.tags).toEqual(['People', 'Coast']);
  });

  test('a summary the content repeats (after a picture, or cut short) is no standfirst; another summary is', async () => {
    const [ferry, festival, timetable] = okArticles(
      await readFeed(await fixture('feeds/summary-repeats.atom'), 'summary-repeats.atom'),
    );
    for (const repeated of [ferry, festival]) {
      expect(repeated?.fields.dek).toBeDefined();
      expect(completed(repeated!).dek).toBeUndefined();
    }
    expect(completed(ferry!)).toMatchObject({ lang: 'de', authors: ['Küstenbote Redaktion'] });
    expect(completed(timetable!).dek).toBe('Was sich für Pendler ändert.');
  });

  test.each([
    [['Macworld Staff, Glenn Fleishman'], 'Macworld', ['Glenn Fleishman']],
    [['Macworld Staff'], 'Macworld', ['Macworld Staff']],
    [['Wire Desk'], 'Coast Wire', ['Wire Desk']],
    [['Kofi Mensah, Transport correspondent'], 'Harbour Post', ['Kofi Mensah']],
    [['heise online'], 'heise online', ['heise online']],
    [['Staff and agencies'], 'The Guardian', ['Staff and agencies']],
    [['Nick Ames (now), Ed Aarons and Ben Fisher (earlier)'], 'The Guardian', ['Nick Ames', 'Ed Aarons', 'Ben Fisher']],
    [['Harbour Post'], 'Harbour Post', ['Harbour Post']],
    [['HarbourPost.com, Mara Lind'], 'Harbour Post', ['Mara Lind']],
    [['Lind, M.; Owusu, A. K.'], 'Harbour Post', ['M. Lind', 'A. K. Owusu']],
    [['Lind, Mara and Owusu, Ama'], 'Harbour Post', ['Mara Lind', 'Ama Owusu']],
    // Amharic: two writers joined by እና ("and") or Ethiopic's comma; a byline's label or "by" (በ) before a name.
    [['ዳዊት ሙሉጌታ እና ሄኖክ ታደሰ'], 'ልሳነ ሕዝብ', ['ዳዊት ሙሉጌታ', 'ሄኖክ ታደሰ']],
    [['ዳዊት ሙሉጌታ፣ ሄኖክ ታደሰ'], 'ልሳነ ሕዝብ', ['ዳዊት ሙሉጌታ', 'ሄኖክ ታደሰ']],
    [['ዘጋቢ፡ ሄለን ገብሬ'], 'ልሳነ ሕዝብ', ['ሄለን ገብሬ']],
    [['በ መሠረት ዓለሙ'], 'ልሳነ ሕዝብ', ['መሠረት ዓለሙ']],
  ])('authorNames(%j, %j) → %j', (authors, feedTitle, expected) => {
    expect(authorNames(authors, feedTitle)).toEqual(expected);
  });
});

describe('video feeds (Media RSS): the text is in media:group', () => {
  // As YouTube writes a channel's feed (invented channel and text).
  const channel = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=UCexample"/>
 <id>yt:channel:UCexample</id>
 <yt:channelId>UCexample</yt:channelId>
 <title>Harbour Walks</title>
 <link rel="alternate" href="https://www.youtube.com/channel/UCexample"/>
 <author>
  <name>Harbour Walks</name>
  <uri>https://www.youtube.com/channel/UCexample</uri>
 </author>
 <published>2020-01-01T00:00:00+00:00</published>
 <entry>
  <id>yt:video:abc123XYZ_0</id>
  <yt:videoId>abc123XYZ_0</yt:videoId>
  <yt:channelId>UCexample</yt:channelId>
  <title>Low tide at the old pier &amp; back</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=abc123XYZ_0"/>
  <author>
   <name>Harbour Walks</name>
   <uri>https://www.youtube.com/channel/UCexample</uri>
  </author>
  <published>2024-02-10T15:00:01+00:00</published>
  <updated>2024-02-11T08:30:00+00:00</updated>
  <media:group>
   <media:title>Low tide at the old pier &amp; back</media:title>
   <media:content url="https://www.youtube.com/v/abc123XYZ_0?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i1.ytimg.com/vi/abc123XYZ_0/hqdefault.jpg" width="480" height="360"/>
   <media:description>A slow walk along the mud flats at the lowest tide of the year.
We count the old pier posts &lt;all 41&gt; &amp; look for crabs.

Filmed on a grey Saturday morning.
https://harbourwalks.example/maps</media:description>
   <media:community>
    <media:starRating count="12" average="5.00" min="1" max="5"/>
    <media:statistics views="340"/>
   </media:community>
  </media:group>
 </entry>

 <entry>
  <id>yt:video:def456UVW_1</id>
  <title>Mending nets on the quay</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=def456UVW_1"/>
  <published>2024-02-17T09:00:00+00:00</published>
  <content type="html">&lt;p&gt;Two fishers show how a torn net is mended.&lt;/p&gt;</content>
  <media:group>
   <media:title>Mending nets on the quay</media:title>
   <media:thumbnail url="http://i2.ytimg.com/vi/def456UVW_1/hqdefault.jpg" width="480" height="360"/>
   <media:description>Not the body: the entry has content.</media:description>
  </media:group>
 </entry>
</feed>`;

  test("a YouTube channel's entry imports with the video's description as its body, a paragraph a line, and its thumbnail", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-feed-video-'));
    await writeFile(join(dir, 'channel.atom'), channel);
    const [walk, nets] = await importFeed(dir, 'channel.atom', '2024-03-01T12:00:00Z', { section: 'Video' });
    expect(walk).toMatchObject({ status: 'imported', file: 'articles/2024/02/low-tide-at-the-old-pier-back.md' });
    expect(await readFile(join(dir, 'articles/2024/02/low-tide-at-the-old-pier-back.md'), 'utf8')).toBe(`---
title: Low tide at the old pier & back
date: "2024-02-10T15:00:01+00:00"
updated: "2024-02-11T08:30:00+00:00"
authors:
  - Harbour Walks
section: Video
source:
  name: Harbour Walks
  url: https://www.youtube.com/watch?v=abc123XYZ_0
  id: yt:video:abc123XYZ_0
image:
  src: https://i1.ytimg.com/vi/abc123XYZ_0/hqdefault.jpg
  alt: Low tide at the old pier & back
---

A slow walk along the mud flats at the lowest tide of the year.

We count the old pier posts \\<all 41> & look for crabs.

Filmed on a grey Saturday morning.

<https://harbourwalks.example/maps>
`);
    // An entry with content keeps it as its body; a picture that is not https is left out (the schema wants https).
    const text = nets?.status === 'imported' ? await readFile(join(dir, nets.file), 'utf8') : '';
    expect(text).toMatch(/\n---\n\nTwo fishers show how a torn net is mended\.\n$/);
    expect(text).not.toMatch(/^image:/m);
  });

  test('an RSS item with only a media:group is read the same; a picture nothing names gets no invented alt text', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Quay Clips</title><link>https://clips.example/</link>
<item><title>Crane lifts the new buoy</title><link>https://clips.example/v/1</link><pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate>
<media:group><media:thumbnail url="https://img.clips.example/1-small.jpg" width="120"/><media:thumbnail url="https://img.clips.example/1.jpg" width="640"/>
<media:description type="html">&lt;p&gt;The &lt;b&gt;yellow&lt;/b&gt; buoy goes in at noon.&lt;/p&gt;</media:description></media:group></item>
<item><title>Gulls at dawn</title><link>https://clips.example/v/2</link><pubDate>Sat, 02 Mar 2024 06:00:00 GMT</pubDate>
<media:group><media:title>Gulls over the breakwater</media:title><media:content url="https://img.clips.example/2.jpg" medium="image" width="800"/><media:thumbnail url="https://img.clips.example/2-small.jpg" width="160"/>
<media:description>First light.
The gulls come in from the sea.</media:description></media:group></item></channel></rss>`;
    const [buoy, gulls] = okArticles(await readFeed(rss, 'clips.rss'));
    expect(buoy?.body).toBe('The **yellow** buoy goes in at noon.\n');
    expect(buoy?.fields.image).toBeUndefined();
    expect(gulls?.body).toBe('First light.\n\nThe gulls come in from the sea.\n');
    expect(gulls?.fields.image).toEqual({ src: 'https://img.clips.example/2.jpg', alt: 'Gulls over the breakwater' });
  });
});

describe('a feed whose authors are written family name first', () => {
  test('each author is one name in reading order, in the article file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-feed-authors-'));
    const creators = ['Quill, A.; Ott, B. R.', 'Lind, Mara and Osei, Kofi', 'Brenna Holt, Idris Vane'];
    await writeFile(
      join(dir, 'papers.rss'),
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Estuary Papers</title><link>https://papers.example/</link>${creators
        .map(
          (creator, i) =>
            `<item><title>Paper ${i + 1}</title><link>https://papers.example/${i + 1}</link><dc:creator>${creator}</dc:creator><pubDate>Mon, 0${i + 1} Apr 2024 10:00:00 GMT</pubDate><description>Findings on the salt marsh, part ${i + 1}.</description></item>`,
        )
        .join('')}</channel></rss>`,
    );
    const outcomes = await importFeed(dir, 'papers.rss', '2024-05-01T12:00:00Z', { section: 'Research' });
    const authors = await Promise.all(
      outcomes.map(async (outcome) => {
        const text = outcome.status === 'imported' ? await readFile(join(dir, outcome.file), 'utf8') : '';
        return /^authors:\n((?: {2}- .*\n)+)/m.exec(text)?.[1];
      }),
    );
    expect(authors).toEqual([
      '  - A. Quill\n  - B. R. Ott\n',
      '  - Mara Lind\n  - Kofi Osei\n',
      '  - Brenna Holt\n  - Idris Vane\n',
    ]);
  });
});

describe('a feed that declares no language', () => {
  const sentences = [
    'Die neue Fähre bringt ab Montag bis zu dreihundert Fahrgäste auf die Insel und zurück.',
    'Der Gemeinderat hat am Dienstagabend beschlossen, die alte Kaimauer im Frühjahr zu erneuern.',
    'Viele Pendler hatten sich über die langen Wartezeiten am Hafen beschwert, sagte die Bürgermeisterin.',
    'Im Sommer soll außerdem ein zweiter Anleger entstehen, damit auch bei Sturm gefahren werden kann.',
    'Die Kosten von rund vier Millionen Euro teilen sich das Land und die Gemeinde zu gleichen Teilen.',
    'Fischer und Händler begrüßten die Entscheidung, fürchten aber Einschränkungen während der Bauzeit.',
  ];
  const feed = (entries: number, language = '') =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Inselbote</title><link>https://inselbote.example/</link>${language}${Array.from(
      { length: entries },
      (_, i) =>
        `<item><title>Meldung ${i + 1}</title><link>https://inselbote.example/${i + 1}</link><pubDate>Mon, 0${i + 1} May 2023 08:00:00 +0200</pubDate><description>${sentences
          .map((_, j) => `&lt;p&gt;${sentences[(i + j) % sentences.length]}&lt;/p&gt;`)
          .join('')}</description></item>`,
    ).join('')}</channel></rss>`;

  test('is read for it from all its entries, which fills the language where nothing else gives it', async () => {
    const entries = okArticles(await readFeed(feed(5), 'insel.rss'));
    expect(entries).toHaveLength(5);
    for (const entry of entries) {
      expect(entry.fields.lang).toBeUndefined();
      expect(entry.guessed?.lang).toBe('de');
    }
  });

  test('the guess is written with a note saying so, and --lang wins over it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-feed-lang-'));
    await writeFile(join(dir, 'insel.rss'), feed(5));
    const run = async (lang?: string) => {
      const out = join(dir, lang ?? 'guessed');
      const [first] = await importFeed(
        dir,
        'insel.rss',
        '2024-01-15T12:00:00Z',
        { section: 'Inseln', ...(lang ? { lang } : {}) },
        out,
      );
      expect(first?.status).toBe('imported');
      const file = first?.status === 'imported' ? first.file : '';
      return { notes: first?.status === 'imported' ? first.notes : [], text: await readFile(join(dir, file), 'utf8') };
    };
    const guessed = await run();
    expect(guessed.text).toMatch(/^lang: de$/m);
    expect(guessed.notes).toContain(
      'language "de" read from the feed\'s text (the feed declares none; --lang sets it)',
    );
    expect((await run('fr')).text).toMatch(/^lang: fr$/m);
  });

  test("is not guessed at from too little text; a declared language stands unless an entry's words clearly read otherwise", async () => {
    for (const entry of okArticles(await readFeed(feed(1), 'insel.rss'))) expect(entry.guessed).toBeUndefined();
    for (const entry of okArticles(await readFeed(feed(5, '<language>de</language>'), 'insel.rss'))) {
      expect(entry.fields.lang).toBe('de');
      expect(entry.guessed).toBeUndefined();
    }
    // German entries in a feed that says English: each is German, and the summary asks to check it.
    for (const entry of okArticles(await readFeed(feed(5, '<language>en</language>'), 'insel.rss'))) {
      expect(entry.fields.lang).toBeUndefined();
      expect(entry.guessed?.lang).toBe('de');
      expect(entry.guessedWhy?.lang).toMatch(/unlike the feed's language \(en\): check it/);
    }
  });
});

describe('a feed of several languages', () => {
  test("each entry keeps the language it gives (RSS dc:language, Atom xml:lang, JSON Feed's language), over the feed's", async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Partnerzy</title><link>https://partnerzy.example/</link>
      <item><title>Ny færge til øerne</title><link>https://partnerzy.example/1</link><dc:language>da</dc:language><description>Færgen sejler fra mandag.</description></item>
      <item><title>Ný ferja</title><link>https://partnerzy.example/2</link><dc:language>is</dc:language><description>Ferjan siglir frá mánudegi.</description></item>
      <item><title>Nowy prom</title><link>https://partnerzy.example/3</link><description>Prom kursuje od poniedziałku.</description></item>
    </channel></rss>`;
    const [danish, icelandic, unsaid] = okArticles(await readFeed(rss, 'partnerzy.xml'));
    expect(danish?.fields.lang).toBe('da');
    expect(icelandic?.fields.lang).toBe('is');
    expect(unsaid?.fields.lang).toBeUndefined();
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb"><title>Nordlys</title>
      <entry><title>Ny ferje</title><id>urn:1</id><updated>2024-03-01T08:00:00Z</updated><content>Ferja går fra mandag.</content></entry>
      <entry xml:lang="se"><title>Ođđa fearga</title><id>urn:2</id><updated>2024-03-01T08:00:00Z</updated><content>Fearga vuolgá vuossárgga.</content></entry>
    </feed>`;
    expect(okArticles(await readFeed(atom, 'nordlys.atom')).map((entry) => entry.fields.lang)).toEqual(['nb', 'se']);
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Partnerzy',
      language: 'pl',
      items: [
        { id: '1', content_text: 'Prom kursuje od poniedziałku.' },
        { id: '2', language: 'da', content_text: 'Færgen sejler fra mandag.' },
      ],
    });
    expect(okArticles(await readFeed(json, 'partnerzy.json')).map((entry) => entry.fields.lang)).toEqual(['pl', 'da']);
  });
});

describe("the publication a feed's title names", () => {
  test.each([
    ['Suara Nelayan - Berita Terkini', 'https://suaranelayan.example/', 'Suara Nelayan'],
    ['Harian Pesisir - Kabar Rembang', 'https://www.harianpesisir.co.id/', 'Harian Pesisir'],
    ['Latest news | Harbour Post', 'https://www.harbourpost.example/', 'Harbour Post'],
    ['Coast Wire — Latest news', 'https://wire.example/', 'Coast Wire'],
    // Amharic "latest news", "news": taglines as the other languages' are.
    ['ልሳነ ሕዝብ - የቅርብ ጊዜ ዜናዎች', 'https://lisane-hizb.example/', 'ልሳነ ሕዝብ'],
    ['ልሳነ ሕዝብ | ዜና', 'https://lisane-hizb.example/', 'ልሳነ ሕዝብ'],
    ['ልሳነ ሕዝብ - የገበሬዎች ድምፅ', 'https://lisane-hizb.example/', 'ልሳነ ሕዝብ - የገበሬዎች ድምፅ'],
    // Nothing tells which part is the name: the title as it is.
    ['Coastal Fisheries Network — Field notes', 'https://cfn.example/', 'Coastal Fisheries Network — Field notes'],
    ['Science - Nature - Space', undefined, 'Science - Nature - Space'],
    ['Harbour Post', 'https://harbourpost.example/', 'Harbour Post'],
  ])('%s at %s: %s', (title, home, name) => expect(feedPublication(title, home)).toBe(name));
});

describe('posts without a title (a microblog, Mastodon, JSON Feed 1.1)', () => {
  const post = (text: string, i: number) =>
    `<item><guid isPermaLink="true">https://social.example/@ada/${i}</guid><link>https://social.example/@ada/${i}</link><pubDate>Tue, 1${i} Jun 2024 09:00:00 +0000</pubDate><description>${text}</description></item>`;
  const feed = (...texts: string[]) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Ada Vane</title><link>https://social.example/@ada</link>${texts
      .map(post)
      .join('')}</channel></rss>`;

  test('each is titled by its first sentence, without its full stop; a long one is cut at a word', async () => {
    const [short, asking, long] = okArticles(
      await readFeed(
        feed(
          '&lt;p&gt;Quay wall vote passes 7 to 2. Full report tomorrow. &lt;a href="https://social.example/tags/quay" rel="tag"&gt;#quay&lt;/a&gt;&lt;/p&gt;',
          '&lt;p&gt;Who closed the ferry office on a Sunday? Nobody at the council will say.&lt;/p&gt;',
          '&lt;p&gt;Crews on the island ferry say the new timetable sends the last boat out at ten past nine, forty minutes earlier than in any summer they remember, and commuters are furious&lt;/p&gt;',
        ),
        'ada.rss',
      ),
    );
    expect(short?.guessed?.title).toBe('Quay wall vote passes 7 to 2');
    expect(asking?.guessed?.title).toBe('Who closed the ferry office on a Sunday?');
    const title = long?.guessed?.title ?? '';
    expect(title).toMatch(/^Crews on the island ferry say the new timetable .+…$/);
    expect([...title].length).toBeLessThanOrEqual(100);
    // Cut between words: what stands before the ellipsis is a whole word of the post.
    expect(long?.text).toContain(`${title.slice(0, -1)} `);
  });

  test.each([
    ['Dr. Lee joins the harbour board. More soon.', 'Dr. Lee joins the harbour board'],
    ['Mr. and Mrs. Quill opened the cafe. Come by.', 'Mr. and Mrs. Quill opened the cafe'],
    ['Ferries return to Cork. Full story tomorrow.', 'Ferries return to Cork'],
    ['1. The quay reopens. 2. The ferry waits.', '1. The quay reopens'],
    // A reply's addressees, a repost's lead-in and a link it opens with are no headline.
    ['@mara@social.example I agree, the ferry was late. Again.', 'I agree, the ferry was late'],
    ['RT @bram: Harbour closed today. Stay safe.', 'Harbour closed today'],
    ['https://news.example/quay Look at the new quay wall.', 'Look at the new quay wall'],
  ])('%j is titled %j', (text, title) => {
    expect(headlineFromText(text, 'en')).toBe(title);
  });

  test('in a script of other stops: Japanese 。 and Hindi ।', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: '港だより',
      items: [
        {
          id: '1',
          content_text: '新しい岸壁の工事が今週始まった。完成は来年の春の予定。',
          date_published: '2024-06-01T09:00:00+09:00',
          language: 'ja',
        },
        {
          id: '2',
          content_text: 'नई नाव सेवा सोमवार से शुरू होगी। किराया बीस रुपये है।',
          date_published: '2024-06-02T09:00:00+05:30',
          language: 'hi',
        },
      ],
    });
    const [japanese, hindi] = okArticles(await readFeed(json, 'minato.json'));
    expect(japanese?.guessed?.title).toBe('新しい岸壁の工事が今週始まった');
    expect(hindi?.guessed?.title).toBe('नई नाव सेवा सोमवार से शुरू होगी');
  });

  test('imported with a note saying where the title came from, and --title wins; a titled entry keeps its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-feed-untitled-'));
    await writeFile(
      join(dir, 'ada.rss'),
      feed('&lt;p&gt;Quay wall vote passes 7 to 2. Full report tomorrow.&lt;/p&gt;').replace(
        '</channel>',
        '<item><title>Harbour budget agreed</title><link>https://social.example/@ada/9</link><pubDate>Wed, 19 Jun 2024 09:00:00 +0000</pubDate><description>The budget passed.</description></item></channel>',
      ),
    );
    const [untitled, titled] = await importFeed(dir, 'ada.rss', '2024-07-01T12:00:00Z', { section: 'Notes' });
    expect(untitled?.status).toBe('imported');
    if (untitled?.status !== 'imported' || titled?.status !== 'imported') return;
    expect(await readFile(join(dir, untitled.file), 'utf8')).toMatch(/^title: Quay wall vote passes 7 to 2$/m);
    expect(untitled.notes).toContain(
      'title "Quay wall vote passes 7 to 2" from the entry\'s first sentence (the entry has no title; --title sets one)',
    );
    expect(await readFile(join(dir, titled.file), 'utf8')).toMatch(/^title: Harbour budget agreed$/m);
    const [given] = await importFeed(
      dir,
      'ada.rss',
      '2024-07-01T12:00:00Z',
      { section: 'Notes', title: 'Quay vote' },
      join(dir, 'given'),
    );
    expect(given?.status === 'imported' && (await readFile(join(dir, given.file), 'utf8'))).toMatch(
      /^title: Quay vote$/m,
    );
  });
});

describe("a bilingual weekly's feeds", () => {
  // Written here: a short item in each language.
  const ROMANIAN =
    'Consiliul local s-a întrunit joi seară pentru a discuta reparația podului de lemn de peste pârâu. Consilierii au hotărât ca lucrările să înceapă în aprilie, după topirea zăpezii.';
  const HUNGARIAN =
    'A képviselő-testület csütörtök este ülésezett, és a patak fölötti fahíd felújításáról tárgyalt. A képviselők úgy döntöttek, hogy a munkálatok áprilisban kezdődnek.';
  const rss091 = (...descriptions: string[]) =>
    `<?xml version="1.0"?><rss version="0.91"><channel><title>Hetilap - Friss hírek</title><link>http://hetilap.example/</link><language>hu</language>${descriptions
      .map(
        (text, i) =>
          `<item><title>Hír ${i + 1}</title><link>http://hetilap.example/${i + 1}</link><description>${text}</description></item>`,
      )
      .join('')}</channel></rss>`;

  test('an RSS 0.91 item without a date takes the one its text opens with, said to be inferred', async () => {
    const [hungarian, romanian, numeric, placed, none] = okArticles(
      await readFeed(
        rss091(
          `2009. október 12. - ${HUNGARIAN}`,
          `26 octombrie 2009 - ${ROMANIAN}`,
          `2009.11.09. - ${HUNGARIAN}`,
          `Kolozsvár, 2009. október 12. – ${HUNGARIAN}`,
          HUNGARIAN,
        ),
        'friss.xml',
      ),
    );
    expect(hungarian?.fields.date).toBeUndefined();
    expect(hungarian?.guessed?.date).toBe('2009-10-12');
    expect(hungarian?.guessedWhy?.date).toMatch(/inferred from "2009\. október 12\." opening the entry's text/);
    expect(romanian?.guessed?.date).toBe('2009-10-26');
    expect(numeric?.guessed?.date).toBe('2009-11-09');
    expect(placed?.guessed?.date).toBe('2009-10-12');
    expect(none?.guessed?.date).toBeUndefined();
    // The Romanian item in the feed that says Hungarian is Romanian, to be checked; the Hungarian ones are the feed's.
    expect(romanian?.guessed?.lang).toBe('ro');
    expect(hungarian?.fields.lang).toBe('hu');
  });

  test('an item dated by the feed keeps that date, whatever its text opens with', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hetilap</title><item><title>Hír</title><pubDate>Mon, 15 Nov 2010 08:00:00 +0200</pubDate><description>2009. október 12. - ${HUNGARIAN}</description></item></channel></rss>`;
    const [entry] = okArticles(await readFeed(feed, 'a.xml'));
    expect(entry?.fields.date).toBe('2010-11-15T08:00:00+02:00');
    expect(entry?.guessed?.date).toBeUndefined();
  });

  test('openingDate reads a date alone or a place and a date before the dash, nothing else', () => {
    expect(openingDate('2009. október 12. - A városháza új padokat kap.')).toEqual({
      date: '2009-10-12',
      written: '2009. október 12.',
    });
    expect(openingDate('A városháza - a tanács szerint - új padokat kap 2009. október 12-én.')).toBeUndefined();
  });

  test('a writer credited "de Ion Popescu" in dc:creator is Ion Popescu', () => {
    expect(authorNames(['de Ion Popescu'], 'Foaia Sasfalăului')).toEqual(['Ion Popescu']);
    expect(authorNames(['Kovács Péter'], 'Hetilap')).toEqual(['Kovács Péter']);
  });
});
