import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { dropLinkMenus } from '../../src/importer/page-furniture.ts';
import { readFeed } from '../../src/importer/read-feed.ts';
import { parseHtmlFragment } from '../../src/importer/to-markdown.ts';

describe('rows of the page’s controls', () => {
  test.each([
    'Bu haberi <a href="yazdir.htm">yazdır</a> | <a href="gonder.htm">arkadaşına gönder</a>',
    '<a href="print.htm">Εκτύπωση</a> | <a href="send.htm">Αποστολή σε φίλο</a>',
    '<a href="/in">In bài viết</a> · <a href="/gui">Gửi cho bạn bè</a>',
    'Paylaş: <a href="https://facebook.com/x">Facebook</a> | <a href="https://twitter.com/x">Twitter</a>',
  ])('%s goes', (row) => {
    const story = parseHtmlFragment(`<p>Haber.</p><p>${row}</p>`);
    dropLinkMenus(story);
    expect(toHtml(story)).toBe('<p>Haber.</p>');
  });

  test.each([
    // A sentence around the links, or links to stories, is the story's.
    'Valilik <a href="/a">açıklamayı</a> yazdırdı ve <a href="/b">basına gönderdi</a>.',
    '<a href="/haber/1">Yeni köprü</a> | <a href="/haber/2">Eski liman</a>',
    // The city hall's accounts the story names: no row of controls, no label saying they share.
    '<a href="https://facebook.com/cityhall">Facebook</a> | <a href="https://twitter.com/cityhall">Twitter</a>',
  ])('%s stays', (row) => {
    const story = parseHtmlFragment(`<p>Haber.</p><p>${row}</p>`);
    dropLinkMenus(story);
    expect(toHtml(story)).toContain(row.slice(-20));
  });

  test('a feed’s entry loses the row too', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Karadeniz Ekspres</title><link>https://ekspres.example/</link>
<item><title>Sahil yolu açıldı</title><link>https://ekspres.example/1</link><pubDate>Fri, 12 Mar 2021 10:00:00 GMT</pubDate>
<description><![CDATA[<p>Yeni sahil yolu cuma günü trafiğe açıldı.</p><p><a href="https://ekspres.example/paylas">Haberi paylaş</a> | <a href="https://twitter.com/">Twitter</a></p>]]></description></item></channel></rss>`;
    const [entry] = await readFeed(rss, 'ekspres.rss');
    expect(entry?.ok && entry.article.body).toBe('Yeni sahil yolu cuma günü trafiğe açıldı.\n');
  });
});
