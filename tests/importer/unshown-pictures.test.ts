import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localImageCopier } from '../../src/importer/images.ts';
import { readFeed } from '../../src/importer/read-feed.ts';
import { readHtml } from '../../src/importer/read-html.ts';
import { unshownBecause } from '../../src/importer/unshown-pictures.ts';

// Written here: a short story about a pier, and the pictures a saved copy of its page may hold.
const story = [
  'The harbour board voted on Tuesday to rebuild the north pier, which has been closed since a storm split its deck in January.',
  'Engineers said the new pier would stand a metre higher, with steel piles driven through the silt to the rock beneath.',
  'Fishers who moor at the north side have used the ferry slip for ten months, and several said the wait had cost them a season.',
  'The work is due to start in the spring and to finish before the autumn gales, the board said in a statement after the vote.',
];
const paragraphs = story.map((text) => `<p>${text}</p>`).join('');
const ALT = 'The split deck of the north pier';
const CAPTION = 'The pier after the January storm.';
const LEAD =
  '<meta property="og:image" content="https://times.example/img/lead-1200.jpg"><meta property="og:image:alt" content="Workers on the pier at dawn">';

/** A page saved from a browser: no canonical address unless `head` gives one; `picture` over the story. */
const page = (picture: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt | Harbour Times</title>${head}</head>` +
  `<body><article><h1>Pier to be rebuilt</h1>${picture}${paragraphs}</article></body></html>`;

/** The story's first paragraph, as written to the article. */
const firstParagraph = (body: string) => body.split('\n\n')[0]?.trim();

describe('a picture the archive cannot show leaves with its words', () => {
  test.each([
    [
      'a figure and its caption',
      `<figure><img src="Story_files/pier.jpg" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`,
    ],
    [
      'a picture and the caption the page marks under it',
      `<p><img src="Story_files/pier.jpg" alt="${ALT}"></p><p class="caption">${CAPTION}</p>`,
    ],
    [
      'a box holding the picture and its caption',
      `<div class="photo"><img src="Story_files/pier.jpg" alt="${ALT}"><p class="photo-caption">${CAPTION}</p></div>`,
    ],
    [
      'a picture with its caption set in italics under a line break',
      `<p><img src="Story_files/pier.jpg" alt="${ALT}"><br><em>${CAPTION}</em></p>`,
    ],
    [
      'a linked picture and its caption in a span',
      `<p><a href="Story_files/pier-big.jpg"><img src="Story_files/pier.jpg" alt="${ALT}"></a><span>${CAPTION}</span></p>`,
    ],
    [
      'a placeholder never swapped for the picture',
      `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`,
    ],
    [
      'a picture on the saver’s own disk',
      `<figure><img src="file:///C:/Users/ada/pier.jpg" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`,
    ],
    ['a picture with no address at all', `<figure><img alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`],
  ])('%s: neither alt text nor caption is a paragraph of the story', async (_, picture) => {
    const found = await readHtml(page(picture), 'pier.html');
    expect(firstParagraph(found.body)).toBe(story[0]);
    expect(found.text).not.toContain('split deck');
    expect(found.text).not.toContain('January storm');
    expect(found.body).not.toMatch(/!\[|<img|Story_files|data:|file:/);
    // Readability drops a picture with no address before the importer sees it: then only its caption is left to say.
    expect(found.notes?.join('\n')).toMatch(
      /left out a picture the archive cannot show \(.+\), and (?:its alt text "The split deck of the north pier", )?its caption "The pier after the January storm\." with it/,
    );
  });

  test('the opening picture’s caption and credit go to the lead picture, which has none', async () => {
    const found = await readHtml(
      page(
        `<figure><img src="Story_files/pier.jpg" alt="${ALT}"><figcaption><span>${CAPTION}</span> <span itemprop="copyrightHolder">Ada Quill</span></figcaption></figure>`,
        LEAD,
      ),
      'pier.html',
    );
    expect(found.fields.image).toEqual({
      src: 'https://times.example/img/lead-1200.jpg',
      alt: 'Workers on the pier at dawn',
      caption: CAPTION,
      credit: 'Ada Quill',
    });
    expect(firstParagraph(found.body)).toBe(story[0]);
    expect(found.notes?.join('\n')).toMatch(/its caption and credit went to the lead picture/);
  });

  test('a credit line alone under the picture is the lead picture’s credit, not its caption', async () => {
    const found = await readHtml(
      page(`<p><img src="Story_files/pier.jpg" alt="${ALT}"></p><p class="caption">Foto: Ada Quill</p>`, LEAD),
      'pier.html',
    );
    expect(found.fields.image).toEqual({
      src: 'https://times.example/img/lead-1200.jpg',
      alt: 'Workers on the pier at dawn',
      credit: 'Ada Quill',
    });
    expect(found.text).not.toMatch(/Ada Quill|split deck/);
  });

  test('a picture further down the story goes with its caption, which is no caption of the lead picture', async () => {
    const [first, ...rest] = story;
    const found = await readHtml(
      `<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt</title>${LEAD}</head><body><article><h1>Pier to be rebuilt</h1>` +
        `<p>${first}</p><figure><img src="Story_files/crane.jpg" alt="A crane on the slip"><figcaption>The crane arrives in March.</figcaption></figure>` +
        `${rest.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
      'pier.html',
    );
    expect(found.fields.image).toEqual({
      src: 'https://times.example/img/lead-1200.jpg',
      alt: 'Workers on the pier at dawn',
    });
    expect(found.text).not.toMatch(/crane/i);
    expect(found.text).toBe(story.join(' '));
  });

  test('a paragraph under the picture that the page does not mark as a caption is the story’s, and stays', async () => {
    const found = await readHtml(page(`<p><img src="Story_files/pier.jpg" alt="${ALT}"></p>`), 'pier.html');
    expect(found.text).toBe(story.join(' '));
  });

  test('a picture set among the words of a sentence keeps its alt text there, as the word it stands for', async () => {
    const found = await readHtml(
      page(
        `<p>Flags flew at half mast <img src="icons/flag.gif" alt="(harbour flag)"> on every quay that morning.</p>`,
      ),
      'pier.html',
    );
    expect(firstParagraph(found.body)).toBe('Flags flew at half mast (harbour flag) on every quay that morning.');
  });

  test('a page that declares its address keeps the picture, resolved against it, with its caption', async () => {
    const found = await readHtml(
      page(
        `<figure><img src="/img/pier.jpg" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`,
        '<link rel="canonical" href="https://times.example/2024/pier">',
      ),
      'pier.html',
    );
    expect(firstParagraph(found.body)).toBe(
      `<figure><img src="https://times.example/img/pier.jpg" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`,
    );
    expect(found.notes ?? []).toEqual([]);
  });

  test('with --images copy, a picture saved beside the page stays, and one whose file is missing goes with its caption', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-unshown-'));
    await writeFile(join(dir, 'crane.jpg'), 'not really a jpeg');
    const file = join(dir, 'pier.html');
    const found = await readHtml(
      page(
        `<figure><img src="pier.jpg" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>` +
          '<figure><img src="crane.jpg" alt="A crane on the slip"><figcaption>The crane arrives in March.</figcaption></figure>',
      ),
      file,
      { localImages: localImageCopier(file, join(dir, 'public'), true) },
    );
    expect(found.text).not.toMatch(/split deck|January storm/);
    expect(firstParagraph(found.body)).toMatch(
      /^<figure><img src="\/images\/imported\/[0-9a-f]{12}-crane\.jpg" alt="A crane on the slip"><figcaption>The crane arrives in March\.<\/figcaption><\/figure>$/,
    );
  });

  test('a feed entry’s picture with no web address goes with its caption; the entry’s own picture takes the caption', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Harbour Times</title><link>https://times.example/</link>
      <item><title>Pier to be rebuilt</title><link>https://times.example/2024/pier</link><pubDate>Tue, 14 May 2024 09:00:00 +0000</pubDate>
      <media:group><media:content url="https://times.example/img/lead-1200.jpg" medium="image"/><media:title>Workers on the pier at dawn</media:title></media:group>
      <description><![CDATA[<figure><img src="file:///C:/Users/ada/pier.jpg" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>${paragraphs}]]></description></item></channel></rss>`;
    const [entry] = await readFeed(feed, 'times.rss');
    if (!entry?.ok) throw new Error('the entry did not import');
    expect(entry.article.text).toBe(story.join(' '));
    expect(entry.article.fields.image).toEqual({
      src: 'https://times.example/img/lead-1200.jpg',
      alt: 'Workers on the pier at dawn',
      caption: CAPTION,
    });
  });
});

test.each([
  ['images/pier.jpg', undefined, /is relative, and the page declares no address of its own/],
  ['images/pier.jpg', 'https://times.example/2024/pier', undefined],
  // The folder a browser saved the page's files in was never on the site: no address is made up for it.
  ['Story_files/pier.jpg', 'https://times.example/2024/pier', /folder the browser saved the page's files in/],
  ['./Mi%20nota_archivos/muelle.jpg', 'https://diario.example/nota', /folder the browser saved/],
  ['Artikel-Dateien/steg.jpg', undefined, /folder the browser saved/],
  ['//cdn.times.example/pier.jpg', 'https://times.example/2024/pier', undefined],
  ['https://cdn.times.example/pier.jpg', undefined, undefined],
  ['file:///C:/Users/ada/pier.jpg', 'https://times.example/2024/pier', /is no web address/],
  ['', 'https://times.example/2024/pier', /has no address/],
])('unshownBecause(%j, %j)', (src, base, why) => {
  const reason = unshownBecause(src, base);
  if (why) expect(reason).toMatch(why);
  else expect(reason).toBeUndefined();
});
