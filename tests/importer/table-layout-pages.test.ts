// Pages of the table-and-<font> era (a small-town weekly's CMS of 2005): the story in a cell of a layout table,
// a menu cell beside it, lines set apart by <br>, the headline in <b> with no <h1>, the date printed only under it.
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, declaredCharset } from '../../src/importer/decode.ts';
import { extractArticle } from '../../src/importer/extract-article.ts';
import { readHtml } from '../../src/importer/read-html.ts';

const paragraph = (words: string) => `${words} `.repeat(6).trim();
const STORY = [
  paragraph('The harbour board met on Tuesday and voted to rebuild the north pier before the winter storms.'),
  paragraph('Fishers who moor at the north side have used the ferry slip for ten months since the deck split.'),
];

/** A page laid out as a table: a menu cell, the story's cell, a footer row. */
const page = ({ title, head, menu = true }: { title: string; head: string; menu?: boolean }) => `<html><head>
<title>${title}</title></head><body><table width="780">
<tr><td colspan="2"><font size="1"><a href="/">Home</a> | <a href="/archive.php">Archive</a> | <a href="/imprint.php">Imprint</a></font></td></tr>
<tr>${menu ? '<td width="160"><font size="1"><b>Sections</b><br><a href="/s/1">Town</a><br><a href="/s/2">Culture</a><br><a href="/s/3">Sport</a><br><br><b>Latest</b><br><a href="/a/101">New pool opens</a><br><a href="/a/102">Flood on the brook</a></font></td>' : ''}
<td width="620"><table width="100%"><tr><td>
${head}
<font size="2">${STORY.join('<br><br>\n')}</font>
<br><font size="1"><a href="javascript:window.print()">Print</a> | <a href="/send.php?id=55">Send</a></font>
</td></tr></table></td></tr>
<tr><td colspan="2"><font size="1">Harbour Weekly - Quay Street 3 - Copyright 2005</font></td></tr>
</table></body></html>`;

describe('a page laid out with tables and <font>', () => {
  test('lines set apart by <br><br> between <font> runs stay apart (no "12.06.2009The")', async () => {
    const found = await readHtml(
      page({
        title: 'Harbour Weekly - Pier to be rebuilt',
        head: '<font size="4"><b>Pier to be rebuilt</b></font><br><font size="1">by Ada Quill | 12.06.2009</font><br><br>',
      }),
      'a.html',
    );
    expect(found.text).not.toMatch(/2009The|2009\s*The harbour/);
    expect(found.body.startsWith(STORY[0]!.slice(0, 40))).toBe(true);
    expect(found.body).toContain(`${STORY[0]}\n\n${STORY[1]}`);
  });

  test('the date line under a bold headline is the date; the headline is the <title> without the site before it', async () => {
    const found = await readHtml(
      page({
        title: 'Harbour Weekly - Pier to be rebuilt',
        head: '<font size="4"><b>Pier to be rebuilt</b></font><br><font size="1">28 May 2009</font><br>',
      }),
      'a.html',
    );
    expect(found.fields).toMatchObject({ title: 'Pier to be rebuilt', date: '2009-05-28' });
    expect(found.text).not.toMatch(/Pier to be rebuilt|28 May/);
  });

  test('a date line inside a block of <br>-separated lines, under a credit the reader does not know', async () => {
    const found = await readHtml(
      page({
        title: 'Harbour Weekly - Pier',
        head: '<font size="4"><b>Pier to be rebuilt before the storms</b></font><br><font size="2"><i>from our desk</i><br>Published: 15.10.2009<br><br></font>',
      }),
      'a.html',
    );
    expect(found.fields.date).toBe('2009-10-15');
    expect(found.text).not.toContain('Published');
  });

  test('a bold headline over the date line is the title where the <title> names the site and a section', async () => {
    const head =
      '<font size="4"><b>The children’s ward reopens</b></font><br><font size="1">Thursday, 17 December 2009</font><br><br>';
    const found = await readHtml(page({ title: 'Harbour Weekly - Hospital', head }), 'a.html');
    expect(found.fields).toMatchObject({ title: 'The children’s ward reopens', date: '2009-12-17' });
    expect(found.text.startsWith('The children’s ward reopens')).toBe(false);
    expect(found.notes?.join(' ')).toContain('the page\'s <title> says "Harbour Weekly - Hospital"');
    // A page that declares its headline (Open Graph) is read as before: the declaration, not the printed line, rules.
    const declared = await readHtml(
      page({ title: 'Harbour Weekly - Hospital', head }).replace(
        '<title>',
        '<meta property="og:title" content="Ward reopens after a year"><title>',
      ),
      'a.html',
    );
    expect(declared.fields.title).not.toBe('The children’s ward reopens');
    // Nor is a bold first line a headline without a date line under it.
    const undated = await readHtml(
      page({
        title: 'Harbour Weekly - Hospital',
        head: '<font size="4"><b>The children’s ward reopens</b></font><br><br>',
      }),
      'a.html',
    );
    expect(undated.fields.title).toBe('Harbour Weekly - Hospital');
  });

  test('a footer line closing with the site’s notice after a dash is no line of the story', async () => {
    const head =
      '<font size="4"><b>Cycle path to reach the station</b></font><br><font size="1">2 April 2009</font><br>';
    for (const menu of [true, false]) {
      const found = await readHtml(page({ title: 'Harbour Weekly - Cycle path', head, menu }), 'a.html');
      expect(found.text, `menu: ${menu}`).not.toContain('Quay Street');
    }
  });

  test('a <title> shortening the printed headline gives way to it', async () => {
    const found = await readHtml(
      page({
        title: 'Harbour Weekly - Cycle path',
        head: '<font size="4"><b>Cycle path to reach the station</b></font><br><font size="1">2 April 2009</font><br>',
      }),
      'a.html',
    );
    expect(found.fields).toMatchObject({ title: 'Cycle path to reach the station', date: '2009-04-02' });
  });

  test('a day the <title> gives beside the headline is offered when the page prints none', async () => {
    const found = await readHtml(
      page({
        title: 'Harbour Weekly :: 8 May 2009 :: Theatre comes to town',
        head: '<font size="4"><b>Theatre comes to town</b></font><br><br>',
      }),
      'a.html',
    );
    expect(found.fields.title).toBe('Theatre comes to town');
    expect(found.fields.date).toBeUndefined();
    expect(found.guessed?.date).toBe('2009-05-08');
    expect(found.guessedWhy?.date).toContain('8 May 2009');
  });

  test('the menu cell, the row of page controls and the top links are no part of the story', async () => {
    const found = await readHtml(
      page({
        title: 'Harbour Weekly - Pier to be rebuilt',
        head: '<font size="4"><b>Pier to be rebuilt</b></font><br><font size="1">28 May 2009</font><br>',
      }),
      'a.html',
    );
    expect(found.text).not.toMatch(/Sections|Culture|Latest|New pool opens|Print|Send|Archive|Imprint/);
    for (const text of STORY) expect(found.text).toContain(text);
  });

  test('a menu column taken with a short story, and the date line printed above the bold headline', async () => {
    // As a regional daily's site of 1997 set it out: the menu's links a line each in the cell beside the story's,
    // which Readability may take together with the story's when the story is short.
    const old = (
      menu: string,
      dateLine: string,
    ) => `<html><head><title>Głos Nadodrza - Wały trzymają się w Brzegu</title>
</head><body><table width="760"><tr><td colspan="2"><img src="logo.gif" alt="Głos Nadodrza"></td></tr>
<tr><td width="150" valign="top"><font size="1">${menu}</font></td><td width="610" valign="top">
<font size="1" color="#666666">${dateLine}</font><br><font size="4"><b>Wały trzymają się w Brzegu</b></font><br><br>
<font size="2">W Brzegu mieszkańcy i żołnierze całą noc układali worki z piaskiem na wałach nad Odrą.<br><br>
Woda stoi tuż pod koroną wału przy moście, ale na razie nigdzie się nie przelała.<br><br>
Burmistrz prosi, by nikt nie wchodził na wały bez potrzeby. &#8222;Każda para rąk się przyda&#8221; &#8211; mówi.</font>
<br><br><font size="1"><a href="javascript:window.print()">Drukuj</a></font></td></tr>
<tr><td colspan="2"><font size="1">Copyright &#169; 1997 Głos Nadodrza</font></td></tr></table></body></html>`;
    const menu = ['Strona główna', 'Kraj', 'Świat', 'Archiwum']
      .map((name, at) => `<a href="/dzial${at}.html">${name}</a><br>`)
      .join('');
    for (const dateLine of ['14 lipca 1997', 'Brzeg, 14 lipca 1997']) {
      const found = await readHtml(old(menu, dateLine), 'brzeg.html');
      expect(found.fields, dateLine).toMatchObject({ title: 'Wały trzymają się w Brzegu', date: '1997-07-14' });
      expect(found.body.startsWith('W Brzegu mieszkańcy'), found.body.slice(0, 80)).toBe(true);
      expect(found.body).not.toMatch(/Strona główna|Archiwum|Wały trzymają|lipca/);
      // The site's name before the headline in its <title>, which its copyright line vouches for: the source, a guess.
      expect(found.guessed?.source?.name).toBe('Głos Nadodrza');
    }
    // A bold line under the date line that the <title> does not name is a subheading or a kicker: the <title> stands.
    const subheading = await readHtml(
      `<html><head><title>Harbour reopens after the storm | Gazette</title></head><body><article><p>March 4, 2015</p>` +
        `<p><b>What happened</b></p>${STORY.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
      'a.html',
    );
    expect(subheading.fields.title).toBe('Harbour reopens after the storm');
    expect(subheading.body).toContain('What happened');
    const kicker = await readHtml(
      old(menu, 'Brzeg, 14 lipca 1997').replace('<b>Wały', '<b>KOMENTARZ</b><br><b>Wały'),
      'brzeg.html',
    );
    expect(kicker.fields.title).not.toBe('KOMENTARZ');
    // Writers' names, a link a line, are the story's byline, no menu.
    const writers = await readHtml(
      old(
        ['Jan Kowalski', 'Anna Nowak', 'Piotr Zieliński']
          .map((name) => `<a href="/autor/${name.length}">${name}</a><br>`)
          .join(''),
        '14 lipca 1997',
      ),
      'brzeg.html',
    );
    expect(writers.text).toContain('Anna Nowak');
    // Two links over a story may be its own (a writer's page, a place's): they stay.
    const two = await readHtml(
      old('<a href="/autor.html">Jan Kowalski</a><br><a href="/brzeg.html">Brzeg</a><br>', '14 lipca 1997'),
      'brzeg.html',
    );
    expect(two.body).toContain('Jan Kowalski');
  });

  test("a writer's name alone in italics closing the story is offered as its byline; a phrase, an agency, another writer than the page names, or an English page's title-case words stay", async () => {
    const polish = [
      'W Brzegu mieszkańcy i żołnierze całą noc układali worki z piaskiem na wałach nad Odrą, a woda wciąż rosła.',
      'Burmistrz prosi, by nikt nie wchodził na wały bez potrzeby, bo każda para rąk przyda się przy workach.',
    ];
    const signed = (closing: string, { author = '', lang = 'pl', story = polish } = {}) =>
      `<html lang="${lang}"><head><title>Wały trzymają</title>${
        author ? `<meta name="author" content="${author}">` : ''
      }</head><body><table><tr><td><font size="4"><b>Wały trzymają</b></font><br><font size="1">14 lipca 1997</font><br>
<font size="2">${story.join('<br><br>')}<br><br>${closing}</font></td></tr></table></body></html>`;
    for (const closing of ['<i>Ewa Mazur</i>', '<em>Олег Мельник</em>']) {
      const found = await readHtml(signed(closing), 'a.html');
      const name = closing.replace(/<[^>]+>/g, '');
      expect(found.guessed?.authors, closing).toEqual([name]);
      expect(found.guessedWhy?.authors).toMatch(/in italics closing the story: check it/);
      expect(found.body).not.toContain(name);
    }
    // The writer the page names, signing: the line goes, the page's byline stands; in bold too, a byline repeated.
    for (const closing of ['<i>Ewa Mazur</i>', '<b>Ewa Mazur</b>', '<strong>Ewa Mazur</strong>']) {
      const named = await readHtml(signed(closing, { author: 'Ewa Mazur' }), 'a.html');
      expect(named.fields.authors, closing).toEqual(['Ewa Mazur']);
      expect(named.body, closing).not.toContain('Ewa Mazur');
    }
    // A Vietnamese paper signs in bold capitals, a Vietnamese family name first: written as a name.
    const vietnamese = [
      'Giá cá tươi tại cảng cá đã tăng thêm năm nghìn đồng mỗi ki-lô-gam trong tuần qua, mức cao nhất kể từ đầu năm.',
      'Thương lái cho biết nhu cầu xuất khẩu tăng mạnh khiến nhiều doanh nghiệp đẩy nhanh việc thu mua hải sản.',
    ];
    const shouted = await readHtml(signed('<b>PHẠM VĂN LONG</b>', { lang: 'vi', story: vietnamese }), 'vi.html');
    expect(shouted.guessed?.authors).toEqual(['Phạm Văn Long']);
    expect(shouted.body).not.toContain('PHẠM');
    for (const [closing, options] of [
      ['<i>Dobrou chuť</i>', {}],
      ['<i>Więcej na stronie drugiej</i>', {}],
      ['Ewa Mazur', {}],
      ['<i>Agencja PAP</i>', {}],
      ['<i>Jan Nowak</i>', { author: 'Ewa Mazur' }],
      // In bold, a name the page does not name is a subheading's or a note's.
      ['<b>Ewa Mazur</b>', {}],
      ['<b>TIN LIÊN QUAN KHÁC</b>', { lang: 'vi' }],
      // Capitals a Vietnamese family name begins, no name (an expressway, folk culture), or another language's.
      ['<b>CAO TỐC BẮC NAM</b>', { lang: 'vi' }],
      ['<b>VĂN HÓA DÂN GIAN</b>', { lang: 'vi' }],
      ['<b>LA SUITE DEMAIN</b>', { lang: 'fr' }],
      ['<i>Associated Press</i>', { lang: 'en', story: STORY }],
      ['<em>Stay Tuned</em>', { lang: 'en', story: STORY }],
    ] as const) {
      const found = await readHtml(signed(closing, options), 'a.html');
      expect(found.body, closing).toContain(closing.replace(/<[^>]+>/g, ''));
      expect(found.guessed?.authors, closing).toBeUndefined();
    }
  });

  test('a short page whose story cell sits beside the menu: only the story', () => {
    const extracted = extractArticle(
      page({ title: 'Harbour Weekly - Pier', head: '<font size="4"><b>Pier to be rebuilt</b></font><br>' }),
    );
    expect('html' in extracted && extracted.html).not.toMatch(/Sections|New pool opens|>Print<|Send/);
  });

  test('a data table of links in a story stays: its headings say it is data', () => {
    const html = `<html><body><table><tr><td><table><tr><th>Match</th><th>Reports</th></tr>
<tr><td>Final</td><td><a href="/r/1">First half</a> <a href="/r/2">Second half</a></td></tr></table>
<p>${STORY.join('</p><p>')}</p></td></tr></table></body></html>`;
    const extracted = extractArticle(html);
    expect('html' in extracted && extracted.html).toContain('Second half');
  });

  test('a line of links that all lead somewhere (a reading list) is not a row of controls', () => {
    const html = `<html><body><div><p>${STORY.join('</p><p>')}</p>
<p><a href="/a/1">The old pier</a> | <a href="/a/2">The storm of January</a></p></div></body></html>`;
    const extracted = extractArticle(html);
    expect('html' in extracted && extracted.html).toContain('The storm of January');
  });
});

describe('a page declared iso-8859-1 whose bytes are ISO-8859-2', () => {
  const declared = (charset: string, body: string) =>
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>${body}</p></body></html>`;

  test('Hungarian õ/û become ő/ű, and the reading is marked detected for the summary', () => {
    const hungarian =
      'Több mint két év építkezés után megnyílt a város első fedett uszodája. A belépőjegy tíz lej, ' +
      'az iskolák délelőttönként ingyen használhatják. Hasonló méretű uszoda kétszer ennyibe kerül a költségvetésből.';
    const bytes = iconv.encode(declared('iso-8859-1', hungarian), 'iso-8859-2');
    const decoded = decodeText(bytes, { declared: declaredCharset(bytes) });
    expect(decoded.text).toContain('első fedett');
    expect(decoded.text).toContain('méretű');
    expect(decoded.detected).toBe(true);
    expect(decoded.encoding).toMatch(/^(?:windows-1250|iso-8859-2)$/);
  });

  test('Portuguese and French, where õ and û are letters, stay as declared', () => {
    for (const text of [
      'O governo põe em marcha as ações previstas, e as populações das regiões do norte aguardam as decisões.',
      'Il a dû partir tôt ; la flûte et le goût du pâté sûr, août brûlant où il fût vu.',
    ]) {
      const bytes = iconv.encode(declared('iso-8859-1', text), 'windows-1252');
      const decoded = decodeText(bytes, { declared: declaredCharset(bytes) });
      expect(decoded.text).toContain(text);
      expect(decoded.encoding).toBe('iso-8859-1');
      expect(decoded.detected).toBeUndefined();
    }
  });

  test('a page declared iso-8859-2 is left to the Central European readings as before', () => {
    const text = 'Żółta łódź stoi w porcie, a rybacy czekają na pogodę.';
    const bytes = iconv.encode(declared('iso-8859-2', text), 'iso-8859-2');
    expect(decodeText(bytes, { declared: declaredCharset(bytes) }).text).toContain(text);
  });
});

describe('old pages in Greek, Turkish and Vietnamese: their site named around the headline, their byline', () => {
  const greekStory = [
    'Έντονα καιρικά φαινόμενα έπληξαν χθες το βράδυ την περιοχή του λιμανιού, προκαλώντας πλημμύρες σε δρόμους και καταστήματα.',
    'Στο χωριό υπερχείλισε ρέμα και παρασύρθηκαν δύο σταθμευμένα αυτοκίνητα, χωρίς να υπάρξουν τραυματισμοί στους κατοίκους.',
  ];
  test('a title naming the site in capitals before the headline’s first words; "Γράφει η …" is the byline', async () => {
    const html = `<html><head><title>ΛΙΜΕΝΙΚΗ ΗΧΩ - Πλημμύρες στο λιμάνι</title></head><body><table><tr><td>
<font size="1">Παρασκευή, 12 Μαρτίου 2021</font><br>
<font size="5"><b>Πλημμύρες στο λιμάνι μετά από ισχυρή καταιγίδα</b></font><br>
<font size="2">Γράφει η Μαρία Κωνσταντίνου</font><p>${greekStory.join('<p>')}<p>
<hr><font size="1">© 2021 Λιμενική Ηχώ. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.</font></td></tr></table></body></html>`;
    const found = await readHtml(html, 'el.html');
    expect(found.fields).toMatchObject({
      title: 'Πλημμύρες στο λιμάνι μετά από ισχυρή καταιγίδα',
      date: '2021-03-12',
      authors: ['Μαρία Κωνσταντίνου'],
    });
    // As its copyright line writes it, not in the title's capitals.
    expect(found.guessed?.source).toEqual({ name: 'Λιμενική Ηχώ' });
    expect(found.text.startsWith(greekStory[0]!)).toBe(true);
  });

  test('a title giving the site’s name before the <h2> the page prints: the heading is the headline', async () => {
    const html = `<html><head><title>Báo Bến Cảng - Giá cá tăng mạnh ở cảng cá</title></head><body>
<div class="menu"><a href="/">Trang chủ</a></div><h2>Giá cá tăng mạnh ở cảng cá</h2><p><i>12/03/2021</i></p>
<p>Giá cá tươi tại cảng cá đã tăng thêm năm nghìn đồng mỗi ki-lô-gam trong tuần qua, mức cao nhất kể từ đầu năm nay.</p>
<p>Thương lái cho biết nhu cầu xuất khẩu tăng mạnh khiến nhiều doanh nghiệp đẩy nhanh việc thu mua hải sản của ngư dân.</p>
<p>© Báo Bến Cảng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></body></html>`;
    const found = await readHtml(html, 'vi.html');
    expect(found.fields.title).toBe('Giá cá tăng mạnh ở cảng cá');
    expect(found.guessed?.source).toEqual({ name: 'Báo Bến Cảng' });
  });

  test('a <title>’s words before a heading name no site unless something vouches for them: one headline', async () => {
    const html = `<html><head><title>Harbour regatta - As it happened</title></head><body>
<h2>As it happened</h2><p>The regatta started at noon on Saturday, and forty boats crossed the line before the rain came.</p>
<p>The harbour master said the new pontoons held well, though two boats touched at the first mark in the gusts.</p></body></html>`;
    expect((await readHtml(html, 'live.html')).fields.title).not.toBe('As it happened');
  });

  test('a footer’s notice whose mark names no one is read with the part after it', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Pier reopens | Harbour Gazette</title></head><body><article>
<h1>Pier reopens</h1><p>The north pier reopened on Monday after ten months of repairs, the harbour board said.</p>
<p>Ferries will use it again from Tuesday, and the fish market moves back to the quay at the end of the month.</p>
</article><footer><p>© 2021 | Harbour Gazette | <a href="/privacy">Privacy</a></p></footer></body></html>`;
    expect((await readHtml(html, 'pier.html')).guessed?.source).toEqual({ name: 'Harbour Gazette' });
  });

  test('"Του"/"Της" before a heading’s phrase in the genitive is no byline ("Της Μεγάλης Εβδομάδας", of Holy Week)', async () => {
    const html = `<html lang="el"><head><title>Έθιμα</title></head><body><article><h1>Έθιμα</h1>
<p>Της Μεγάλης Εβδομάδας</p><p>${greekStory.join('</p><p>')}</p></article></body></html>`;
    const found = await readHtml(html, 'el.html');
    expect(found.fields.authors).toBeUndefined();
    expect(found.text).toContain('Της Μεγάλης Εβδομάδας');
  });

  test('a footer’s notice beside its links names the site the title ends with', async () => {
    const html = `<!doctype html><html lang="tr"><head><title>Liman yeniden açıldı – Anadolu Liman Postası</title>
<meta property="article:published_time" content="2021-03-13T01:30:00+03:00"></head><body><article><h1>Liman yeniden açıldı</h1>
<p>Kentin eski limanı, iki yıl süren onarımın ardından dün sabah düzenlenen törenle yeniden gemilere açıldı.</p>
<p>Belediye, yolcu gemilerinin pazartesiden itibaren her gün iki sefer yapacağını ve iskelenin gece de açık kalacağını duyurdu.</p>
</article><footer><div>© 2021 Anadolu Liman Postası. Tüm hakları saklıdır. | <a href="/gizlilik/">Gizlilik Politikası</a></div></footer></body></html>`;
    expect((await readHtml(html, 'tr.html')).guessed?.source).toEqual({ name: 'Anadolu Liman Postası' });
  });
});
