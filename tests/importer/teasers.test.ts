import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { dropTeasers, isTeaserLine } from '../../src/importer/teasers.ts';
import { parseHtmlFragment } from '../../src/importer/to-markdown.ts';

/** The story's HTML after teasers are dropped. */
function withoutTeasers(html: string): string {
  const story = parseHtmlFragment(html);
  dropTeasers(story);
  return toHtml(story);
}

const story = (middle: string) => `<article><p>The council met.</p>${middle}<p>It voted.</p></article>`;

describe('links to other stories set in the story', () => {
  test.each([
    '<p><strong>Read more:</strong> <a href="/x">Cracks found in the sea wall</a></p>',
    '<p>RELATED: <a href="/x">Flood defences to cost more</a></p>',
    '<h3>Related post: <a href="/x">Pickled sprouts for the winter</a></h3>',
    '<p><b>DON’T MISS</b><br><b><a href="/a">Harbour works begin</a></b><br><b><a href="/b">Ferry strike ends</a></b></p>',
    '<p><a href="/x">Related: Rich are paying more in taxes</a></p>',
    '<p>Lire aussi : <a href="/x">Les critiques de la commission</a></p>',
    '<p>Lesen Sie auch: <a href="/x">Der Hafen wird erweitert</a></p>',
    '<p>Leia também: <a href="/x">Obras no porto começam em maio</a></p>',
    '<p>اقرأ أيضاً: <a href="/x">افتتاح الميناء الجديد</a></p>',
    '<p>関連記事：<a href="/x">港の工事が始まる</a></p>',
    '<p>यह भी पढ़ें: <a href="/x">उम्मीदवारों की सूची</a></p>',
    '<p><strong>ये भी पढ़ें-</strong> <a href="/x">नर्मदा पर नया पुल खुला</a></p>',
    '<p>یہ بھی پڑھیں: <a href="/x">شہر میں عالمی مشاعرہ</a></p>',
    '<h3>相關新聞</h3><ul><li><a href="/a">澎湖花火節明登場</a></li><li><a href="/b">離島醫療資源不足</a></li></ul>',
    '<p>延伸閱讀：<a href="/x">金門大橋通車</a></p>',
    '<p>Baca juga: <a href="/x">Harga ikan di pasar pelabuhan turun</a></p>',
    // Amharic "read more", "to read more", after Ethiopic's wordspace or colon.
    '<p>ተጨማሪ ያንብቡ፡ <a href="/x">የባቡር መስመሩ ጥገና ተጠናቀቀ</a></p>',
    '<p><strong>ተጨማሪ ለማንበብ፥</strong> <a href="/x">አዲሱ ድልድይ ተመረቀ</a></p>',
    '<p><strong>BACA JUGA: <a href="/x">Nelayan Sabah bimbang</a></strong></p>',
    '<p>Czytaj także: <a href="/x">Nowy prom na Odrze</a></p>',
    // Greek "read also", "read more", "see also" (in capitals without accents too), "related articles"; Slovak "read also".
    '<p><strong>Διαβάστε επίσης:</strong> <a href="/x">Νέα δρομολόγια για το πλοίο</a></p>',
    '<p>ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ: <a href="/x">Κλειστός ο παραλιακός δρόμος</a></p>',
    '<p>Δείτε επίσης: <a href="/x">Οι εργασίες στο λιμάνι</a></p>',
    '<h3>Σχετικά άρθρα</h3><ul><li><a href="/a">Νέα προβλήτα</a></li><li><a href="/b">Απεργία στα πλοία</a></li></ul>',
    '<p>Čítajte aj: <a href="/x">Nový most cez Váh</a></p>',
    // Romanian "read also", with the comma below and with the cedilla; Hungarian "related articles", "see also",
    // "read (this too)".
    '<p><b>Citește și:</b> <a href="/x">Ședința consiliului, amânată</a></p>',
    '<p><b>Citeşte şi:</b> <a href="/x">Şedinţa consiliului, amânată</a></p>',
    '<p><b>Kapcsolódó cikkek:</b><br><a href="/a">Új lámpák a Fő téren</a><br><a href="/b">Drágul az áram</a></p>',
    '<p>Lásd még: <a href="/x">Új lámpák a Fő téren</a></p>',
    '<p>Olvassa el: <a href="/x">Drágul az áram</a></p>',
    // Turkish, with its dotted capital İ, which a case-blind pattern does not read as i.
    '<p>İlgili haber: <a href="/x">AFAD’dan yeni uyarı</a></p>',
    '<p><strong>Ayrıca okuyun:</strong> <a href="/x">Karaköy iskelesi açıldı</a></p>',
    '<p>Artikel ini telah tayang di <a href="/">Tribun Pesisir</a> dengan judul <a href="/x">Nelayan kembali melaut</a></p>',
    '<p>相关报道：<a href="/x">上海港吞吐量创新高</a></p>',
    '<div><a href="/x">Continue reading →</a></div>',
    '<p>Continue reading “<a href="/x">Harbour works begin</a>”</p>',
    '<p>The post <a href="/x">Harbour works begin</a> appeared first on <a href="/">Coast Times</a>.</p>',
    '<h3>Related stories</h3><ul><li><a href="/a">Promenade closed</a></li><li><a href="/b">Residents demand action</a></li></ul>',
    '<p>You may also like...</p><p><a href="/a">Who will make the hall of fame?</a></p><p><a href="/b">Fans vote again</a></p>',
    '<h3>Trending</h3><ol><li><a href="/a">Storm closes the bridge</a></li><li><a href="/b">Ferry strike ends</a></li></ol>',
    // A rail of cards: each a picture linking to another story, a kicker and a headline.
    '<div>' +
      ['a', 'b', 'c']
        .map(
          (id) =>
            `<div><a href="/news/${id}/"><img src="/t/${id}.jpg" alt=""></a><h3>KICKER</h3><p>Headline ${id}</p></div>`,
        )
        .join('') +
      '</div>',
  ])('%s is dropped; the story around it stays', (teaser) => {
    expect(withoutTeasers(story(teaser))).toBe(story(''));
  });

  test.each([
    ['at the end of the story', '<p>It voted.</p><h2>Related stories</h2>'],
    ['at the end of its box', '<div><p>Most read</p></div><p>It voted.</p>'],
    [
      'over another label and the next section',
      '<h3>You might also like</h3><h3>Trending now</h3><h2>The vote</h2><p>It voted.</p>',
    ],
  ])('a label whose list is gone, %s, is dropped', (_where, html) => {
    const kept = withoutTeasers(`<article><p>The council met.</p>${html}</article>`);
    expect(kept).not.toMatch(/Related|Most read|like|Trending/);
    expect(kept).toMatch(/It voted/);
  });

  test.each([
    // Prose that starts with a label's words, or mentions reading more, with or without a link.
    '<p>Related talks will follow in June, the mayor said.</p>',
    '<p>Read more about the plan in <a href="/report">the council’s report</a>, which runs to 400 pages and was published on Monday.</p>',
    '<p>See also the <a href="/map">map of the works</a> and the timetable of closures for each stretch of the promenade.</p>',
    // A link that starts inside the label's words: a sentence.
    '<p>Read <a href="/ads">more about ad blocking here</a>.</p>',
    // A section's heading with an edit link in it, and no list of links under it.
    '<h2>See also<span>[<a href="/edit">edit</a>]</span></h2><p>The harbour board’s minutes for the year.</p>',
    // A list of links under a heading of its own: the story's, not a teaser.
    '<h3>Documents</h3><ul><li><a href="/a">The budget</a></li></ul>',
    // A label over a list that is not only links.
    '<h3>Related</h3><ul><li>The wall was built in 1952 and repaired in 1987 after a storm.</li></ul>',
    // A label over the story's own text, and a gallery whose pictures link to the pictures themselves.
    '<p>More news:</p><p>The ferry will run a reduced timetable until the end of the month, the operator said.</p>',
    '<h3>Further reading</h3><p>The harbour board’s history, in two volumes, is in the town library.</p>',
    '<div>' +
      ['a', 'b', 'c']
        .map((id) => `<figure><a href="/p/${id}.jpg"><img src="/p/${id}.jpg" alt=""></a></figure>`)
        .join('') +
      '</div>',
  ])('%s stays', (prose) => {
    expect(withoutTeasers(story(prose))).toBe(story(prose));
  });
});

describe('newsletter and subscription offers set in the story', () => {
  test.each([
    '<p><em>[Start your day with the harbour:</em> <a href="/newsletters/morning?module=inline"><em>Get the Tide Sheet in your inbox</em></a><em>.]</em></p>',
    '<p><strong><a href="/subscribe">Subscribe to the Coast Times for all the latest news from the pier!</a></strong></p>',
    '<p><a href="/subscriptions/offer?utm_source=onsite">LEARN MORE</a></p>',
    '<p>(<a href="/newsletters">Sign up for our weekly letter from the harbour.</a>)</p>',
    '<p>[Abonnez-vous à <a href="/newsletters/port">la lettre du port</a>.]</p>',
  ])('%s is dropped; the story around it stays', (promo) => {
    expect(withoutTeasers(story(promo))).toBe(story(''));
  });

  test.each([
    // A sentence of the story that names a newsletter, linked on a few of its words.
    '<p>The council announced the vote in its <a href="/newsletter">monthly newsletter</a>, which reaches every house on the harbour road.</p>',
    // A short line in brackets whose link offers nothing: an editor's note.
    '<p>[This story was updated with <a href="/minutes">the council’s minutes</a>.]</p>',
    // A sign-up the story tells readers about, not an offer of the publication's.
    '<ul><li><a href="https://city.example/alerts/signup">Sign up for the city’s flood alerts</a></li></ul>',
  ])('%s stays', (prose) => {
    expect(withoutTeasers(story(prose))).toBe(story(prose));
  });
});

describe('the labels of advertisements set in the story', () => {
  test.each([
    '<p class="n">Advertisement - story continues below</p>',
    '<p>Story continues below advertisement</p>',
    '<div>ADVERTISEMENT</div>',
    '<p>Anzeige</p>',
    '<p>Reklama - dalsza część artykułu poniżej</p>',
    '<div>Dalsza część tekstu pod reklamą</div>',
    '<p>ADVERTISEMENT / SCROLL TO CONTINUE WITH CONTENT</p>',
    // Greek, in capitals without its accent too; Czech's other word.
    '<div class="ad"><span>Διαφήμιση</span><img src="https://ads.example/b.gif" alt=""></div>',
    '<p>ΔΙΑΦΗΜΙΣΗ</p>',
    '<div>Inzerce</div>',
    // The label alone, then the picture that is the advertisement: a picture with no words, or linked.
    '<p>Advertisement</p><p><img src="https://ads.example/b.gif"></p>',
    '<div>Anzeige</div><a href="https://ads.example/c"><img src="https://ads.example/b.gif" alt=""></a>',
    '<p>Reklama</p>\n<figure><img src="https://ads.example/b.gif" alt="Reklama"></figure>',
  ])('%s goes', (label) => {
    expect(withoutTeasers(story(label))).toBe(story(''));
  });

  test("the story's picture under a label stays: it has a caption or a description", () => {
    for (const picture of [
      '<figure><img src="/harbour.jpg" alt=""><figcaption>The harbour at dawn.</figcaption></figure>',
      '<p><img src="/harbour.jpg" alt="The new harbour wall"></p>',
    ])
      expect(withoutTeasers(story(`<p>Advertisement</p>${picture}`))).toBe(story(picture));
  });

  test('a sentence about advertising stays', () => {
    const page = story('<p>Advertisement spending fell by a third.</p>');
    expect(withoutTeasers(page)).toBe(page);
    const polish = story('<p>Reklama zewnętrzna zniknie z centrum miasta.</p>');
    expect(withoutTeasers(polish)).toBe(polish);
  });
});

describe("plain text's lines pointing at another story", () => {
  test.each([
    'Citește și: Ședința consiliului, amânată din nou',
    'Citeşte şi: Şedinţa consiliului, amânată din nou',
    'Kapcsolódó cikk: Új lámpák a Fő téren',
    'Olvassa el: Drágul az áram',
    // Share buttons copied with the text.
    'Partager : Facebook | Twitter | WhatsApp',
    'Paylaş: Facebook, Twitter',
    'مشاركة: فيسبوك | تويتر',
  ])('%s is a teaser', (line) => {
    expect(isTeaserLine(line)).toBe(true);
  });

  test.each([
    // A sentence after the label, and "see also", which may be the story's own pointer ("Lásd még: 3. §").
    'Citește și: consilierii au votat bugetul pe anul viitor.',
    'Lásd még: a rendelet 3. paragrafusa',
  ])('%s stays', (line) => {
    expect(isTeaserLine(line)).toBe(false);
  });
});

describe('links that share the story, known by their address', () => {
  test.each([
    '<p><span><a href="https://b.hatena.ne.jp/entry/https://news.example/1"><img src="/b.png" alt="このエントリーをはてなブックマークに追加"></a></span></p>',
    '<p><a href="https://social-plugins.line.me/lineit/share?url=x">LINEで送る</a> <a href="https://twitter.com/intent/tweet?url=x">ツイート</a></p>',
    '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x"><img src="/f.svg" alt="f"></a><a href="mailto:?subject=Sea%20wall">✉</a></div>',
    '<p><a href="https://api.whatsapp.com/send?text=x">Enviar por WhatsApp</a></p>',
  ])('%s goes', (controls) => {
    const html = withoutTeasers(story(controls));
    expect(html).toBe(toHtml(parseHtmlFragment(story(''))));
  });

  test.each([
    // A sentence around the link is the story's.
    '<p>Readers can <a href="https://twitter.com/intent/tweet?url=x">post the council’s statement</a> to ask the mayor about it.</p>',
    // A link to the network's own page is no share control.
    '<p><a href="https://www.facebook.com/harbourcouncil"><img src="/f.svg" alt="f"></a></p>',
    // A channel whose name begins "share", a chat with a number, a sentence linked to be tweeted.
    '<p><a href="https://t.me/sharecity">Join our Telegram channel</a></p>',
    '<p><a href="https://wa.me/905551112233">WhatsApp ihbar hattı: 0555 111 22 33</a></p>',
    '<p><a href="https://twitter.com/intent/tweet?text=x">The pier will stand a metre higher than the old one, the engineers said.</a></p>',
  ])('%s stays', (line) => {
    expect(withoutTeasers(story(line))).toContain(line.replace(/<[^>]*>/g, '').slice(0, 12) || 'harbourcouncil');
  });
});
