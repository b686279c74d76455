// The page-metadata reader's small rules, each shown on its own: site names off titles, JSON-LD as pages write it,
// and which declaration wins when a page says several things.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runImport } from '../../src/importer/import.ts';
import {
  chooseTitle,
  parseJsonLd,
  readPageMetadata,
  titleSiteName,
  urlDay,
  withoutSiteName,
} from '../../src/importer/page-metadata.ts';

const read = (html: string, extracted?: Parameters<typeof readPageMetadata>[1]) =>
  readPageMetadata(unified().use(rehypeParse).parse(html), extracted).fields;
const leadOf = (html: string) => readPageMetadata(unified().use(rehypeParse).parse(html)).leadPicture;

describe('withoutSiteName', () => {
  test.each([
    ['Snopes row - Breitbart', ['Breitbart'], 'Snopes row'],
    ['Pier to be rebuilt | Harbour Times', ['Harbour Times'], 'Pier to be rebuilt'],
    ['Harbour Times: Pier to be rebuilt', ['Harbour Times'], 'Harbour Times: Pier to be rebuilt'],
    ['Harbour Times — Pier to be rebuilt after the storm', ['Harbour Times'], 'Pier to be rebuilt after the storm'],
    ['Pier - what next?', ['Harbour Times'], 'Pier - what next?'],
    ['Angry media won’t buckle | HeraldSun', ['heraldsun'], 'Angry media won’t buckle'],
  ])('%s', (title, sites, expected) => {
    expect(withoutSiteName(title, sites)).toBe(expected);
  });
});

describe('chooseTitle', () => {
  test('a <title> that is only the site name leaves the headline to the page’s own declarations', () => {
    expect(chooseTitle(['Hidden heroines of chaos', 'Magazine'], 'Quanta Magazine', ['Quanta Magazine'])).toBe(
      'Hidden heroines of chaos',
    );
  });

  test('otherwise the candidate that agrees with the <title> wins', () => {
    expect(chooseTitle(['Sport', 'Pier to be rebuilt'], 'Pier to be rebuilt | Harbour Times', ['Harbour Times'])).toBe(
      'Pier to be rebuilt',
    );
  });
});

describe('urlDay', () => {
  test.each([
    ['https://paper.example/2019/11/18/pier/', '2019-11-18'],
    ['https://www.politifact.com/article/2019/nov/18/pier/', '2019-11-18'],
    ['https://paper.example/2019/11/pier/', undefined],
    ['https://paper.example/2019/foo/18/pier/', undefined],
  ])('%s', (url, day) => {
    expect(urlDay(url)).toBe(day);
  });
});

describe('parseJsonLd', () => {
  test.each([
    ['//<![CDATA[\n{"a":1}\n//]]>'],
    ['/*<![CDATA[*/ {"a":1} /*]]>*/'],
    ['<![CDATA[{"a":1}]]>'],
    ['{"a":1};'],
  ])('%s', (source) => {
    expect(parseJsonLd(source)).toEqual({ a: 1 });
  });

  test('raw line breaks inside strings are tolerated; broken JSON is ignored', () => {
    expect(parseJsonLd('{"headline":"Two\nlines"}')).toEqual({ headline: 'Two lines' });
    expect(parseJsonLd('{"headline":')).toBeUndefined();
  });
});

describe('readPageMetadata', () => {
  test.each([
    ['Harbour, Ferries , Storms', ['Harbour', 'Ferries', 'Storms']],
    ['Harbour ; Ferries;Storms', ['Harbour', 'Ferries', 'Storms']],
    ['ميناء، عبّارات؛ عواصف', ['ميناء', 'عبّارات', 'عواصف']],
    ['港口、渡轮，风暴；天气', ['港口', '渡轮', '风暴', '天气']],
    // Ethiopic's comma ፣ and semicolon ፤.
    ['ህዳሴ ግድብ፣ ኃይል፣ ዓባይ', ['ህዳሴ ግድብ', 'ኃይል', 'ዓባይ']],
    ['ትራንስፖርት፤ አውቶቡስ', ['ትራንስፖርት', 'አውቶቡስ']],
  ])('keywords "%s" are split as the page separates them', (keywords, tags) => {
    expect(read(`<meta name="keywords" content="${keywords}">`).tags).toEqual(tags);
  });

  test.each([
    ['<meta name="author" content="ዳዊት ሙሉጌታ እና ሄኖክ ታደሰ">', ['ዳዊት ሙሉጌታ', 'ሄኖክ ታደሰ']],
    ['<meta name="author" content="ዘጋቢ፡ ሄለን ገብሬ">', ['ሄለን ገብሬ']],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"በ መሠረት ዓለሙ"}}</script>',
      ['መሠረት ዓለሙ'],
    ],
  ])('an Amharic author field (%s) gives the writers, without a label or "by" (በ)', (html, authors) => {
    expect(read(html).authors).toEqual(authors);
  });

  test('an organisation in JSON-LD author is not a byline; a person in @graph is', () => {
    const ld = {
      '@graph': [
        { '@type': 'WebPage' },
        {
          '@type': 'NewsArticle',
          headline: 'H',
          author: [
            { '@type': 'Organization', name: 'Wire Desk' },
            { '@type': 'Person', name: 'Ada Quill' },
          ],
        },
      ],
    };
    expect(read(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`).authors).toEqual(['Ada Quill']);
  });

  test('a writer whose site is named after them keeps the byline; a byline that is the declared site name is none', () => {
    const own =
      '<link rel="canonical" href="https://adaquill.example/posts/pier"><meta name="author" content="Ada Quill">';
    expect(read(own).authors).toEqual(['Ada Quill']);
    const desk = '<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Harbour Times">';
    expect(read(desk).authors).toBeUndefined();
    const ld = (author: unknown) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', publisher: { '@type': 'Organization', name: 'Ada Quill' }, author })}</script>`;
    expect(read(ld({ '@type': 'Person', name: 'Ada Quill' })).authors).toEqual(['Ada Quill']);
    expect(read(ld('Ada Quill')).authors).toBeUndefined();
  });

  test('the site named by its address comes off the headline, under a two-part domain ending too', () => {
    const page = (host: string) =>
      `<link rel="canonical" href="https://www.${host}/national/ferry"><title>Harbour ferry sails again | The Harbour</title>`;
    expect(read(page('theharbour.example')).title).toBe('Harbour ferry sails again');
    expect(read(page('theharbour.com.au')).title).toBe('Harbour ferry sails again');
    expect(read(page('theharbour.co.uk')).title).toBe('Harbour ferry sails again');
  });

  test('a date shown without <time>, in an element whose class says so, is the published day', () => {
    expect(
      read('<span id="update_posted_time_1" class="buzz_datetime">posted on April 21, 2015, at 11:29 a.m.</span>').date,
    ).toBe('2015-04-21');
    expect(read('<div class="info"><span class="pubTime">2016年10月14日07:17</span></div>').date).toBe('2016-10-14');
    // A date over a link in the same element: its first line.
    expect(read('<dl class="date"><dt>2019.03.08</dt><dd><a href="/news/">News releases</a></dd></dl>').date).toBe(
      '2019-03-08',
    );
    // The story's own before a teaser's; an update stamp or a long sentence is no publication date.
    const page =
      '<aside><span class="post-date">3 March 2001</span></aside><article><span class="post-date">4 May 2015</span></article>';
    expect(read(page).date).toBe('2015-05-04');
    expect(read('<span class="date-updated">4 May 2015</span>').date).toBeUndefined();
    expect(
      read(
        `<p class="dateline">${'The council met on 4 May 2015 to discuss the harbour wall and the ferry fares. '.repeat(2)}</p>`,
      ).date,
    ).toBeUndefined();
  });

  test('a short line that says when the story was published dates a page that declares nothing', () => {
    expect(
      read(
        '<p class="about"><span>Von</span> <a href="/a">Ada Quill</a> <span>publiziert am 25. September 2018</span></p>',
      ).date,
    ).toBe('2018-09-25');
    expect(read('<div>Published on March 3, 2021 by the desk</div>').date).toBe('2021-03-03');
    expect(read('<div>Updated on March 3, 2021</div>').date).toBeUndefined();
    expect(
      read(
        `<p>${'The report was published on 3 March 2021 and the council met to discuss it at length. '.repeat(2)}</p>`,
      ).date,
    ).toBeUndefined();
  });

  test('a page that is not typed as an article still gives its JSON-LD publication date', () => {
    const ld = { '@type': 'MedicalWebPage', name: 'Sleep', datePublished: '2019-11-14T08:00:00.000Z' };
    expect(read(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`).date).toBe('2019-11-14T08:00:00Z');
  });

  test('the published date wins over the updated one, whichever comes first in the page', () => {
    const html =
      '<time class="updated" datetime="2024-03-02T10:00:00Z">2 March</time><time class="published" datetime="2024-03-01T09:00:00Z">1 March</time>';
    expect(read(html).date).toBe('2024-03-01T09:00:00Z');
  });

  test('the publication’s own name among its keywords is no tag', () => {
    const html =
      '<meta property="og:site_name" content="Harbour Times"><meta name="keywords" content="Harbour Times, ferries, pier">';
    expect(read(html).tags).toEqual(['ferries', 'pier']);
    expect(
      read('<meta property="og:site_name" content="Harbour Times"><meta name="keywords" content="harbour times">').tags,
    ).toBeUndefined();
  });

  test('a keyword list longer than any article’s tags is left out, and the summary says why', () => {
    const page = (keywords: string[]) =>
      unified()
        .use(rehypeParse)
        .parse(`<meta name="keywords" content="${keywords.join(', ')}">`);
    const topics = (count: number) => Array.from({ length: count }, (_, i) => `harbour topic ${i + 1}`);
    const twenty = readPageMetadata(page(topics(20)));
    expect(twenty.fields.tags).toHaveLength(20);
    expect(twenty.notes).toBeUndefined();
    // Counted as the import keeps them: repeats and a publishing system's switches are no tags.
    const padded = readPageMetadata(
      page([...topics(18), 'harbour topic 1', 'Harbour Topic 2', '_no-apple-news', 'type_news']),
    );
    expect(padded.notes).toBeUndefined();
    expect(padded.fields.tags).toContain('harbour topic 18');
    const many = readPageMetadata(page(topics(21)));
    expect(many.fields.tags).toBeUndefined();
    expect(many.notes).toEqual([
      "tags: the page's 21 keywords were not made tags (more than 20: a list for search engines; --tags sets them)",
    ]);
  });

  test('Open Graph article properties are read as written `article:*` or `og:article:*`', () => {
    const html = (prefix: string) =>
      `<meta property="${prefix}section" content="US &amp; Canada"><meta property="${prefix}published_time" content="2018-01-04T10:00:00+00:00"><meta property="${prefix}author" content="Ada Quill">`;
    for (const prefix of ['article:', 'og:article:'])
      expect(read(html(prefix)), prefix).toMatchObject({
        section: 'US & Canada',
        date: '2018-01-04T10:00:00+00:00',
        authors: ['Ada Quill'],
      });
  });

  test('a modification time that is the publication time is no update', () => {
    const meta = (modified: string) =>
      `<meta property="article:published_time" content="2024-03-01T09:00:00Z"><meta property="article:modified_time" content="${modified}">`;
    expect(read(meta('2024-03-01T09:00:00Z')).updated).toBeUndefined();
    expect(read(meta('2024-03-01T15:30:00Z')).updated).toBe('2024-03-01T15:30:00Z');
  });

  test("a meta byline that is a handle or a URL is not taken; Readability's byline then is", () => {
    const html =
      '<meta property="article:author" content="https://facebook.com/ada"><meta name="author" content="adaq">';
    expect(read(html, { html: '<p>x</p>', byline: 'By Ada Quill' }).authors).toEqual(['Ada Quill']);
  });

  test('a byline set on two lines, names then agency, is read as shown: the agency is where they work, no name', () => {
    const page = `<html><body><div class="byline"><div>By ADA QUILL and BRAM OTT</div><div>Associated Press</div></div><p>x</p></body></html>`;
    // Read by us from the page, and as Readability hands it over: the two lines' words glued.
    expect(read(page).authors).toEqual(['Ada Quill', 'Bram Ott']);
    expect(read(page, { html: '<p>x</p>', byline: 'By ADA QUILL and BRAM OTTAssociated Press' }).authors).toEqual([
      'Ada Quill',
      'Bram Ott',
    ]);
  });

  test('a label or a title styled apart from the name in its own element is not glued to it', () => {
    const label = '<html><body><a class="byline" href="/u/ada"><span>By</span>Ada Quill</a><p>x</p></body></html>';
    expect(read(label, { html: '<p>x</p>', byline: 'ByAda Quill' }).authors).toEqual(['Ada Quill']);
    const title =
      '<html><body><div class="byline"><span>By</span> <a href="/u/ada">Ada Quill</a><span>Staff Writer</span></div><p>x</p></body></html>';
    expect(read(title, { html: '<p>x</p>', byline: 'By Ada QuillStaff Writer' }).authors).toEqual(['Ada Quill']);
    // A name split for styling stays one name.
    const styled =
      '<html><body><div class="byline">By <span>Mc</span>Donald Quill and Jo Le<b>Blanc</b></div><p>x</p></body></html>';
    expect(read(styled, { html: '<p>x</p>', byline: 'By McDonald Quill and Jo LeBlanc' }).authors).toEqual([
      'McDonald Quill',
      'Jo LeBlanc',
    ]);
  });

  test("the company holding the page's copyright, named as an author beside the writer, is no writer", () => {
    const page = (author: string) =>
      `<meta name="author" content="${author}"><meta name="parsely-author" content="Ada Quill"><meta name="copyright" content="Copyright (c) Harbour Publishing Group 2022">`;
    expect(read(page('Harbour Publishing Group')).authors).toEqual(['Ada Quill']);
    // Alone, the holder may be the writer: a blogger holds the rights to their own posts.
    expect(
      read('<meta name="author" content="Ada Quill"><meta name="copyright" content="© 2022 Ada Quill">').authors,
    ).toEqual(['Ada Quill']);
  });

  test('a "By" line under the headline of a page whose classes say nothing is its byline; a teaser\'s further down is not', () => {
    const page = (head: string) => `<html><body><header><h1>Pier to be rebuilt</h1>${head}</header>
      <p>${'The harbour board voted on Tuesday to rebuild the pier. '.repeat(5)}</p>
      <div class="x9Qz"><div class="k2Lm">Storm closes ferry</div><div class="p0Rt"><span>By</span><div><a href="/u/bram">Bram Ott</a></div></div></div>
      </body></html>`;
    expect(
      read(
        page('<div class="aB3"><span>By</span><div><a href="/u/ada">Ada Quill</a></div><time>May 2, 2024</time></div>'),
      ).authors,
    ).toEqual(['Ada Quill']);
    expect(
      read(page('<div class="q1">By <span class="z">Ada Quill and Cy Dune</span>, May 2, 2024</div>')).authors,
    ).toEqual(['Ada Quill', 'Cy Dune']);
    // Under the story's first paragraph, a byline is a teaser's; sentences and controls that open like one are none.
    expect(read(page('')).authors).toBeUndefined();
    expect(
      read(page('<div>By using this site you agree to our cookie policy</div><div>Text Size</div>')).authors,
    ).toBeUndefined();
  });

  test("the date line printed under the headline dates a page that declares none; a teaser's or a quoted date further down does not", () => {
    const story = `<p>${'The harbour board voted on Tuesday to rebuild the pier before the winter storms. '.repeat(3)}</p>`;
    const page = (head: string, after = '') =>
      `<html><body><div class="k1"><h1>Pier to be rebuilt</h1><p class="s0">The board voted after a long night.</p>${head}</div>${story}${after}</body></html>`;
    // A bare date in a classless <div> under the byline, as generated class names leave it.
    expect(
      read(
        page(
          '<div class="a7"><span>By</span><span>Ada Quill</span></div><div><div class="x2">May 2, 2024, 4:19 PM</div></div>',
        ),
      ).date,
    ).toBe('2024-05-02');
    // Beside a section's link; after a label; in a byline's "on …".
    expect(read(page('<p class="f"><a href="/s/">クラウド最新TOPICS</a>　2024年5月2日 09:43</p>')).date).toBe(
      '2024-05-02',
    );
    expect(read(page('<p>公開日：2024年5月2日<br>港湾局</p>')).date).toBe('2024-05-02');
    expect(
      read(
        page(
          '<div>Written by <a href="/u/ada">Ada Quill</a> in <a href="/t">Ports</a> on 2 May 2024 at 08:34 PM EDT. <a href="#c">5 Comments</a></div>',
        ),
      ).date,
    ).toBe('2024-05-02');
    // Dates of teasers under the story, and of notices its short paragraphs cite, are not the story's.
    expect(
      read(page('', '<div class="t"><div>Storm closes ferry</div><div>May 1, 2024</div></div>')).date,
    ).toBeUndefined();
    const short = '<p>The board met again on the quay this week to hear the ferry crews and the fishermen.</p>';
    expect(read(page(`${short}${short}<ul><li>2024年3月15日公表<br>「港の工事」</li></ul>`)).date).toBeUndefined();
  });

  test('a page that prints only when it was updated gives no publication date, but says when', () => {
    const html = `<html><body><h1>Pier to be rebuilt</h1><div class="b"><a href="/u/ada">Ada Quill</a> / Staff / <span>Updated: May 2, 2024, 11:05 IST</span></div>
      <p>${'The harbour board voted on Tuesday to rebuild the pier. '.repeat(5)}</p></body></html>`;
    const found = readPageMetadata(unified().use(rehypeParse).parse(html));
    expect(found.fields.date).toBeUndefined();
    expect(found.updateLine).toEqual({ date: '2024-05-02', line: 'Updated: May 2, 2024, 11:05 IST' });
  });

  test("a card's byline, in a rail of other stories, is not the story's", () => {
    const story = `<p>${'The harbour board voted on Tuesday to rebuild the pier before the winter storms. '.repeat(3)}</p>`;
    // A card that is one link, byline and all, before the story's own byline in the page's order.
    const linked = `<html><head><link rel="canonical" href="https://port.example/pier"></head><body>
      <a class="feed-item" href="/storm"><div class="headline">Storm closes ferry</div><div class="byline"><span>By</span> <span>Bram Ott</span></div></a>
      <h1>Pier to be rebuilt</h1><span class="authors"><span>By</span> <span itemprop="author"><a rel="author" href="/u/ada">Ada Quill</a></span></span>${story}</body></html>`;
    expect(read(linked).authors).toEqual(['Ada Quill']);
    // A card whose headline (and kicker) link to another story, its byline beside them; the story's kicker links too.
    const beside = `<html><head><link rel="canonical" href="https://port.example/pier"></head><body>
      <div class="s"><h2 class="k"><a href="/c/ports">Ports</a></h2><h1>Pier to be rebuilt</h1><span class="i">By <a href="/u/ada">Ada Quill</a></span></div>${story}
      <div class="w"><h2 class="k"><a href="/c/ports">Ports</a></h2><h1><a href="/storm">Storm closes ferry</a></h1><a class="byline" href="/u/bram">Bram Ott</a></div></body></html>`;
    expect(read(beside).authors).toEqual(['Ada Quill']);
    // The headline linked to the page itself is the story's own.
    const own = `<html><head><link rel="canonical" href="https://port.example/pier"></head><body>
      <div><h1><a href="https://port.example/pier/">Pier to be rebuilt</a></h1><span class="byline">By Ada Quill</span></div>${story}</body></html>`;
    expect(read(own).authors).toEqual(['Ada Quill']);
  });

  test('the byline under the headline the page names in its title, though teasers below sit in <article>s with <h1>s', () => {
    const story = `<p>${'The harbour board voted on Tuesday to rebuild the pier before the winter storms. '.repeat(3)}</p>`;
    const html = `<html><head><title>Pier to be rebuilt | Port News</title></head><body>
      <header><h1>Pier to be rebuilt</h1><cite>By <a href="/u/ada">Ada Quill</a>, <time>May 2nd 2024</time></cite></header>
      <article>${story}</article>
      <article><h1>Storm closes the ferry again</h1><p>Crews wait for calmer seas.</p></article></body></html>`;
    expect(read(html).authors).toEqual(['Ada Quill']);
  });

  test('a labelled byline in an unspaced script, label and name in one run, under the headline', () => {
    const html = `<html><body><div><h1>港の桟橋を再建へ</h1><div><time>2024/05/02 17:23</time></div><a href="/author/1/">著者：後藤大地</a></div>
      <p>${'港湾局は火曜日、冬の嵐の前に桟橋を再建することを決めた。'.repeat(8)}</p></body></html>`;
    expect(read(html).authors).toEqual(['後藤大地']);
  });

  test('a byline element that gives the writer, then the desk and the day, between slashes, names the writer', () => {
    expect(
      read(
        '<div class="byline"><a href="/u/ada">Ada Quill</a> / PNS / <span>Updated: May 2, 2024, 11:05 IST</span></div>',
      ).authors,
    ).toEqual(['Ada Quill']);
  });

  test('a date only in the canonical URL is used last', () => {
    expect(read('<link rel="canonical" href="https://salon.example/2015/02/01/story/">').date).toBe('2015-02-01');
    expect(
      read(
        '<meta name="date" content="2015-01-31"><link rel="canonical" href="https://salon.example/2015/02/01/story/">',
      ).date,
    ).toBe('2015-01-31');
  });
});

describe('lead image', () => {
  test('og:image keeps the alt text the page gives the same picture; without any description it is left out', () => {
    const head = '<meta property="og:image" content="https://times.example/img/pier-1200.jpg?w=1200">';
    expect(leadOf(`${head}<img src="/img/pier-1200.jpg" alt="The split deck">`)).toEqual({
      src: 'https://times.example/img/pier-1200.jpg?w=1200',
      alt: 'The split deck',
    });
    expect(leadOf(head)).toBeUndefined();
  });

  test('an image service whose path names no file matches the lead picture by its whole address, not by "dims"', () => {
    const service = (uri: string, size: string) =>
      `https://img.service.example/images/dims?thumbnail=${size}&amp;image_uri=${encodeURIComponent(uri)}`;
    const lead = service('https://media.example/console-review.jpg', '1200');
    const promo = `<img src="${service('https://media.example/camera-news.jpg', '130')}" alt="A camera maker is sold">`;
    // Only a promotion card elsewhere on the page shows a picture from the service: its words are not the lead's.
    expect(leadOf(`<meta property="og:image" content="${lead}">${promo}`)).toBeUndefined();
    const shown = `<img src="${lead}" alt="The console on a desk">`;
    expect(leadOf(`<meta property="og:image" content="${lead}">${promo}${shown}`)?.alt).toBe('The console on a desk');
  });
});

describe('dates from <time>', () => {
  test("the story's own <time> wins over a teaser's earlier in the page", () => {
    expect(
      read(
        '<aside><time datetime="2024-01-05">5 Jan</time></aside><article><time datetime="2024-02-07">7 Feb</time></article>',
      ).date,
    ).toBe('2024-02-07');
  });
});

describe('chooseTitle', () => {
  test('the most deliberate candidate that agrees with <title>; the first when none does', () => {
    expect(
      chooseTitle(['constitutional monarchy in Oceania', 'New Zealand - Wikipedia'], 'New Zealand - Wikipedia', [
        'Wikipedia',
      ]),
    ).toBe('New Zealand');
    expect(
      chooseTitle(['Pier to be rebuilt', 'Pier rebuild'], 'Pier to be rebuilt | Harbour Times', ['Harbour Times']),
    ).toBe('Pier to be rebuilt');
    expect(chooseTitle(['Pier to be rebuilt'], 'Harbour Times', ['Harbour Times'])).toBe('Pier to be rebuilt');
    expect(chooseTitle([], undefined, [])).toBeUndefined();
  });

  test('a candidate that is another with the writer’s or a site’s name added gives way to the clean one', () => {
    const title = 'The Tide Clock and the Long Wait. Why the pier… | by Ada Quill | Quay Notes';
    expect(
      chooseTitle(
        ['The Tide Clock and the Long Wait - Ada Quill', 'The Tide Clock and the Long Wait'],
        title,
        [],
        ['Ada Quill'],
      ),
    ).toBe('The Tide Clock and the Long Wait');
    expect(chooseTitle(['Pier to be rebuilt | Quay Notes', 'Pier to be rebuilt'], undefined, [])).toBe(
      'Pier to be rebuilt',
    );
    // A dash before words that name nobody is the headline's own.
    expect(chooseTitle(['Pier - what next?', 'Pier'], undefined, [], ['Ada Quill'])).toBe('Pier - what next?');
  });

  test.each([
    [
      'a section after a bar, the apostrophes curly in the printed one',
      "Why the pier won't reopen | Coast Politics",
      'Why the pier won’t reopen',
    ],
    ['a note in parentheses', 'Pier to be rebuilt (Published 2016)', 'Pier to be rebuilt'],
    ['a label before a bar', 'Opinion | Pier to be rebuilt', 'Pier to be rebuilt'],
    ['a section after a spaced colon', '桟橋を再建へ : 地域', '桟橋を再建へ'],
    ['a site after a full-width colon', '桟橋を再建へ：港湾新聞デジタル', '桟橋を再建へ'],
    ['a site after a dash, behind what the page calls itself', 'Pier study - Full Record - Harbour.gov', 'Pier study'],
  ])('a declared headline that is the printed one with %s gives way to it', (_, declared, printed) => {
    expect(chooseTitle([declared, printed], declared, ['harbour'])).toBe(printed);
  });
});

describe('withoutSiteName, unspaced', () => {
  test('a site name after a colon or full-width bar with no space', () => {
    expect(withoutSiteName('新しい「Treeviz」:港湾ブログ', ['港湾ブログ'])).toBe('新しい「Treeviz」');
    expect(withoutSiteName('桟橋を再建へ｜港湾ニュース', ['港湾ニュース'])).toBe('桟橋を再建へ');
    // Before the headline, a colon is still the headline's own.
    expect(withoutSiteName('Harbour Times:Pier to be rebuilt soon', ['Harbour Times'])).toBe(
      'Harbour Times:Pier to be rebuilt soon',
    );
  });
});

describe('the printed headline', () => {
  test('an <h1> that Open Graph repeats is the headline, whatever the <title> says', () => {
    const page = `<html><head><title>Why is the pier closed? | Harbour Times</title>
      <meta property="og:title" content="The Long Wait for the Harbour Pier"></head>
      <body><h1>The Long Wait for the Harbour Pier</h1><p>x</p></body></html>`;
    expect(read(page).title).toBe('The Long Wait for the Harbour Pier');
  });

  test('an <h1> that another declared title repeats, or the <title> opens with, beats a shorter Open Graph title', () => {
    const page = (head: string) => `<html><head>${head}
      <meta property="og:title" content="Harbour board votes for the pier"></head>
      <body><h1>Harbour board votes to rebuild the north pier before winter</h1><p>x</p></body></html>`;
    const printed = 'Harbour board votes to rebuild the north pier before winter';
    for (const head of [
      `<meta name="twitter:title" content="${printed}">`,
      `<meta name="parsely-title" content="${printed}">`,
      `<title>${printed} | Harbour Times</title>`,
    ])
      expect(read(page(head)).title, head).toBe(printed);
    // A <title> that only ends with the <h1> names the site in it (a logo set as a heading), and a colon's tail is the
    // headline going on: Open Graph's title stands.
    const logo = `<html><head><title>Harbour board votes for the pier - Harbour Times</title>
      <meta property="og:title" content="Harbour board votes for the pier"></head>
      <body><h1>Harbour Times</h1><p>x</p></body></html>`;
    expect(read(logo).title).toBe('Harbour board votes for the pier');
    expect(read(page(`<title>${printed}: what the vote means</title>`)).title).toBe('Harbour board votes for the pier');
  });
});

describe('the <h1> as a headline', () => {
  test('a site logo in an <h1> (a link to the front page) does not beat the story title', () => {
    const page = `<html><head><title>The Tide Clock - Chapter 1 - quaywriter [Archive of Quay Stories]</title></head><body>
      <h1 class="heading"><a href="/"><span>Archive of Quay Stories</span> <sup>beta</sup><img alt="Archive of Quay Stories" src="/logo.png"></a></h1>
      <div id="workskin"><h2 class="title">The Tide Clock</h2><p>x</p></div></body></html>`;
    expect(read(page, { html: '<p>x</p>', title: 'The Tide Clock - Chapter 1 - quaywriter' }).title).toBe(
      'The Tide Clock - Chapter 1 - quaywriter',
    );
    // A headline that links to its own story is a headline.
    expect(read('<html><body><h1><a href="/2024/pier">Pier to be rebuilt</a></h1><p>x</p></body></html>').title).toBe(
      'Pier to be rebuilt',
    );
  });
});

describe('JSON-LD written as a graph of nodes, as SEO plugins write it', () => {
  const graph = (nodes: object[]) =>
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes })}</script></head><body><p>Text.</p></body></html>`;
  const article = {
    '@type': 'NewsArticle',
    headline: 'Nelayan kembali melaut',
    datePublished: '2024-04-02T08:00:00+07:00',
    author: { '@id': 'https://pesisir.example/#/schema/person/1' },
    publisher: { '@id': 'https://pesisir.example/#organization' },
  };
  const person = { '@type': 'Person', '@id': 'https://pesisir.example/#/schema/person/1', name: 'Siti Rahmawati' };
  const organization = {
    '@type': 'Organization',
    '@id': 'https://pesisir.example/#organization',
    name: 'Kabar Pesisir',
  };

  test('the author and the publisher named by reference are the nodes they refer to', () => {
    const fields = read(graph([organization, article, person]));
    expect(fields.authors).toEqual(['Siti Rahmawati']);
    expect(fields.source?.name).toBe('Kabar Pesisir');
  });

  test('without a publisher, the WebSite of the graph names the site', () => {
    const website = { '@type': 'WebSite', name: 'Habari za Pwani', url: 'https://habarizapwani.example/' };
    const { publisher: _, ...unpublished } = article;
    expect(read(graph([website, unpublished, person])).source?.name).toBe('Habari za Pwani');
  });
});

describe('the site named by the page’s <title>', () => {
  // The trial page's footer, whose holder names the paper: "© 2567 the newspaper Siang Chiang Mai, all rights reserved".
  const footer = '<footer>© 2567 หนังสือพิมพ์เสียงเชียงใหม่ สงวนลิขสิทธิ์</footer>';
  const page = (title: string, more = '', end = footer) =>
    `<html><head><title>${title}</title><meta property="og:title" content="กาดหลวงวโรรสปรับโฉม ติดหลังคาใหม่">` +
    `<link rel="canonical" href="https://siangchiangmai.example/news/warorot-roof">${more}</head>` +
    '<body><article><h1>กาดหลวงวโรรสปรับโฉม ติดหลังคาใหม่</h1>' +
    '<p>ตลาดวโรรสหรือ "กาดหลวง" ตลาดเก่าแก่ที่สุดของเชียงใหม่ เสร็จสิ้นการปรับปรุงหลังคาและระบบระบายอากาศ หลังใช้เวลาก่อสร้างกว่าแปดเดือน</p>' +
    '<p>คณะกรรมการตลาดระบุว่าหลังคาใหม่ใช้วัสดุโปร่งแสงที่ช่วยให้แสงธรรมชาติส่องถึงชั้นล่าง ลดการใช้ไฟฟ้าลงได้ราวหนึ่งในสาม</p>' +
    `<p>"เมื่อก่อนบ่ายสองโมงร้อนจนลูกค้าไม่อยากเดิน ตอนนี้ดีขึ้นมาก" แม่ค้าขายแคบหมูและไส้อั่วกล่าว</p></article>${end}</body></html>`;
  const titleSite = (html: string) => readPageMetadata(unified().use(rehypeParse).parse(html)).titleSite?.name;
  const headline = 'กาดหลวงวโรรสปรับโฉม ติดหลังคาใหม่';

  test.each<[string, string, string, string | undefined]>([
    // Vouched for by the holder the footer names, by the address, or by a section standing between.
    [`${headline} | เสียงเชียงใหม่`, '', footer, 'เสียงเชียงใหม่'],
    [`${headline} - Siang Chiang Mai`, '', '', 'Siang Chiang Mai'],
    [`${headline} | เศรษฐกิจ | เสียงเชียงใหม่`, '', '', 'เสียงเชียงใหม่'],
    [
      `${headline} | Chiang Mai Gazette`,
      '<meta name="copyright" content="© 2024 Chiang Mai Gazette Ltd">',
      '',
      'Chiang Mai Gazette',
    ],
    // A tail nothing vouches for may be a section or a label, whatever its script: the address names the source.
    [`${headline} | เสียงเชียงใหม่`, '', '', undefined],
    [`${headline} | ข่าวท้องถิ่น`, '', footer, undefined],
    [`${headline} | Chiang Mai Gazette`, '', footer, undefined],
    // Sections, labels and page numbers are no site, wherever they stand.
    ...['Opinion', 'News', 'Video', 'Live updates', 'Page 2', 'Photos', 'หน้าแรก'].flatMap(
      (label): [string, string, string, undefined][] => [
        [`${headline} | ${label}`, '', footer, undefined],
        [`${headline} | เสียงเชียงใหม่ | ${label}`, '', footer, undefined],
      ],
    ),
    // The writer's name, a date, or the headline going on after a colon name no site.
    [`${headline} - Ada Quill`, '', footer, undefined],
    [`${headline} - อรุณี สายสุวรรณ`, '<meta name="author" content="อรุณี สายสุวรรณ">', footer, undefined],
    [`${headline} - Feb. 1, 2016`, '', footer, undefined],
    [`${headline}: Warorot Market`, '', footer, undefined],
    // A name the page declares is the source itself.
    [`${headline} | เสียงเชียงใหม่`, '<meta property="og:site_name" content="Siang">', footer, undefined],
  ])('%j %s %s → %j', (title, more, end, name) => {
    expect(titleSite(page(title, more, end))).toBe(name);
  });

  test('a tail is the site where the address or the copyright holder says so', () => {
    const title = 'Manhole Fires and Burst Pipes - The New York Times';
    const nytimes = { url: 'https://www.nytimes.com/2019/02/21/nyregion/pipes.html' };
    expect(titleSiteName(title, 'Manhole Fires and Burst Pipes', [], nytimes)).toBeUndefined();
    expect(
      titleSiteName(title, 'Manhole Fires and Burst Pipes', [], {
        ...nytimes,
        holders: ['The New York Times Company'],
      }),
    ).toBe('The New York Times');
    // The holder's name whole, its company's words aside: "Times" or "New York" (a section) is not its name.
    for (const tail of ['Times', 'New York'])
      expect(
        titleSiteName(`Pipes - ${tail}`, 'Pipes', [], { holders: ['The New York Times Company'] }),
      ).toBeUndefined();
    // Thai: the name joined to the word for a newspaper, in a company's notice ("Siang Chiang Mai Newspaper Co., Ltd.").
    expect(titleSiteName('ตลาด | เสียงเชียงใหม่', 'ตลาด', [], { holders: ['บริษัท หนังสือพิมพ์เสียงเชียงใหม่ จำกัด'] })).toBe(
      'เสียงเชียงใหม่',
    );
    expect(titleSiteName('Sharing - Salon.com', 'Sharing', [], { url: 'http://www.salon.com/2015/02/01/x/' })).toBe(
      'Salon.com',
    );
    expect(titleSiteName('Sharing - Opinion', 'Sharing', [], { url: 'http://opinion.example/x/' })).toBeUndefined();
  });

  test('a name before the headline is the site where the address or the copyright holder says so; a label is not', () => {
    const holders = ['Głos Nadodrza'];
    expect(titleSiteName('Głos Nadodrza - Wały trzymają', 'Wały trzymają', [], { holders })).toBe('Głos Nadodrza');
    expect(titleSiteName('Głos Nadodrza | Kraj | Wały trzymają', 'Wały trzymają', [], { holders })).toBe(
      'Głos Nadodrza',
    );
    expect(
      titleSiteName('Harbour Gazette - Pier reopens', 'Pier reopens', [], { url: 'https://harbourgazette.example/a' }),
    ).toBe('Harbour Gazette');
    // Nothing vouching for it, a section's label, or the headline going on after a colon: no site.
    expect(titleSiteName('Głos Nadodrza - Wały trzymają', 'Wały trzymają', [])).toBeUndefined();
    expect(
      titleSiteName('Opinion | Pier reopens', 'Pier reopens', [], { holders: ['© Opinion Media'] }),
    ).toBeUndefined();
    expect(
      titleSiteName('Harbour Gazette: Pier reopens', 'Pier reopens', [], { holders: ['© Harbour Gazette'] }),
    ).toBeUndefined();
  });

  test('it is the source in place of the address; --source-name wins over it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-title-site-'));
    const file = join(dir, 'warorot.html');
    await writeFile(file, page('กาดหลวงวโรรสปรับโฉม ติดหลังคาใหม่ | เสียงเชียงใหม่'));
    const source = async (sourceName?: string) => {
      const [outcome] = await runImport({
        inputs: [file],
        out: join(dir, 'articles'),
        metadata: { section: 'เศรษฐกิจ', date: '2024-04-16', ...(sourceName ? { sourceName } : {}) },
        draft: false,
        force: false,
        dryRun: true,
        now: new Date('2026-01-01T00:00:00Z'),
        cwd: dir,
      });
      return outcome?.status === 'imported'
        ? (parseYaml(outcome.text.split('---\n')[1] ?? '') as { source?: unknown }).source
        : outcome;
    };
    expect(await source()).toEqual({
      name: 'เสียงเชียงใหม่',
      url: 'https://siangchiangmai.example/news/warorot-roof',
    });
    expect(await source('Siang Chiang Mai')).toMatchObject({ name: 'Siang Chiang Mai' });
  });
});

describe('a blog theme’s tags and category under the story', () => {
  const page = (footer: string, head = '') => `<html><head>${head}</head><body><article><h1>Pier reopens</h1>
<p>The north pier reopened on Monday.</p><footer class="entry-footer">${footer}</footer></article>
<aside class="widget widget_tag_cloud"><a href="/tag/weather/" rel="tag">weather</a></aside></body></html>`;
  const links =
    '<a href="/category/local/" rel="category tag">Local</a> <a href="/tag/pier/" rel="tag">pier</a>, <a href="/tag/ferries/" rel="tag">ferries</a>';

  test('rel="tag" links are its tags and rel="category tag" its section, not a sidebar’s tag cloud', () => {
    expect(read(page(links))).toMatchObject({ section: 'Local', tags: ['pier', 'ferries'] });
  });

  test('what the page declares wins', () => {
    const declared = '<meta property="article:section" content="Harbour"><meta name="keywords" content="north pier">';
    expect(read(page(links, declared))).toMatchObject({ section: 'Harbour', tags: ['north pier'] });
  });
});
