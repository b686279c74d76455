// Serbian (in Cyrillic and in Latin letters), Croatian and Bosnian clippings, as a local paper's archive and its
// partners' hold them: bylines with the labels those papers print, old pages whose date is in a "datum" element or
// after "Датум:", their print and comment furniture, rights notices, "read this too" teasers and share links, feed
// taglines and feed dates written in the site's own abbreviations, and the language: Serbian filed in the script its
// text is written in, Croatian and Bosnian told from it by their words. Every text here is written for these tests.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { bylineNames, hasBylineLabel } from '../../src/importer/bylines.ts';
import { toArticleDate } from '../../src/importer/dates.ts';
import { leaveOutOwnSource } from '../../src/importer/import.ts';
import {
  fileInItsScript,
  inItsScript,
  pageLanguage,
  readsUnlike,
  southSlavicLanguage,
  textLanguage,
  toldFromArchiveLanguage,
} from '../../src/importer/language.ts';
import { readMetaLine, UPDATED } from '../../src/importer/meta-line.ts';
import { dateReading } from '../../src/lib/written-dates.ts';
import { dropCommentHeadings, dropLinkMenus } from '../../src/importer/page-furniture.ts';
import { photoCredit } from '../../src/importer/photo-credits.ts';
import { feedPublication, readFeed } from '../../src/importer/read-feed.ts';
import { readHtml } from '../../src/importer/read-html.ts';
import { copyrightHolder, isCopyrightLine, readText } from '../../src/importer/read-text.ts';
import { dropTeasers, isTeaserLine } from '../../src/importer/teasers.ts';
import { parseHtmlFragment } from '../../src/importer/to-markdown.ts';
import type { FoundArticle } from '../../src/importer/types.ts';

const fixture = (path: string) =>
  readFile(new URL(`../fixtures/importer/south-slavic/${path}`, import.meta.url), 'utf8');

// The same kind of story (a town renews its railway station) in each language, as a local paper writes it.
const CROATIAN =
  'Gradsko vijeće u Varaždinu odlučilo je u utorak da će idući tjedan početi obnova glavnog kolodvora. Radovi će stajati oko dva milijuna kuna, a vlakovi će za to vrijeme stajati na privremenom peronu. Tko putuje vlakom, kartu može kupiti i kod tvrtke koja prevozi putnike autobusom. Općina je također najavila da će obitelji s djecom dobiti popust.';
const SERBIAN =
  'Gradsko veće u Kraljevu odlučilo je u utorak da će sledeće nedelje početi obnova železničke stanice. Radovi će koštati oko dva miliona dinara, a vozovi će za to vreme stajati na privremenom peronu. Posle obnove cena karte ostaće ista, rekao je predsednik opštine. Deca do sedam godina putovaće besplatno, a vesti o redu vožnje biće na sajtu grada.';
const SERBIAN_CYRILLIC =
  'Градско веће у Краљеву одлучило је у уторак да ће следеће недеље почети обнова железничке станице. Радови ће коштати око два милиона динара, а возови ће за то време стајати на привременом перону. После обнове цена карте остаће иста, рекао је председник општине.';
const BOSNIAN =
  'Općinsko vijeće u Tuzli odlučilo je da će se hiljadu porodica ove sedmice upisati u program pomoći za obnovu kuća. Historija ovog programa duga je deset godina, a načelnik općine kaže da će novac stići prije kraja mjeseca. Univerzitet u Tuzli ponudio je da studenti pomognu porodicama u upisu.';
// Written the ijekavian way, with nothing else that tells: Bosnian, Croatian, Montenegrin, or Serbian as papers in
// Bosnia and Montenegro write it.
const IJEKAVIAN =
  'Skupština grada u Trebinju usvojila je budžet za sljedeću godinu. Najviše novca biće uloženo u obnovu ulica i dječjih vrtića, rekao je predsjednik skupštine. Odbornici su se složili da cijene komunalnih usluga ostanu iste do ljeta, a nova sjednica biće održana krajem mjeseca.';
const SLOVENE =
  'Občinski svet je v torek sklenil, da se bo prihodnji teden začela obnova glavne železniške postaje. Dela bodo stala okoli dva milijona evrov, vlaki pa bodo v tem času ustavljali na začasnem peronu. Kdor potuje z vlakom, lahko kupi vozovnico tudi na avtobusni postaji, so sporočili iz občine.';
const ENGLISH =
  'The council decided on Tuesday to renew the railway station next week. The work will cost about two million euros, and trains will stop at a temporary platform meanwhile. Families with children will get a discount, the council said.';

describe('Serbian, Croatian and Bosnian bylines', () => {
  test.each([
    ['Аутор: Милан Петровић', ['Милан Петровић']],
    ['Ауторка: Весна Милојевић', ['Весна Милојевић']],
    ['Пише: Јелена Јовановић', ['Јелена Јовановић']],
    ['Пишу: Јелена Јовановић и Милан Петровић', ['Јелена Јовановић', 'Милан Петровић']],
    ['Piše: Marko Savić', ['Marko Savić']],
    ['Pišu: Ana Horvat i Ivan Kovač', ['Ana Horvat', 'Ivan Kovač']],
    ['Autor: Milan Petrović', ['Milan Petrović']],
    ['Autorka: Jovana Perić', ['Jovana Perić']],
    ['Autorica: Ana Horvat', ['Ana Horvat']],
    ['Tekst i foto: Ivan Kovač', ['Ivan Kovač']],
    ['Текст и фото: Драган Николић', ['Драган Николић']],
    ['Priredila: Amra Hodžić', ['Amra Hodžić']],
    // The date after the writer, as a modern page prints it, and a picture's credit after the writer's.
    ['Piše: Marko Savić 3. 11. 2019. u 23:40', ['Marko Savić']],
    ['Tekst: Ana Horvat Foto: Ivan Kovač', ['Ana Horvat']],
  ])('%s', (line, names) => {
    expect(hasBylineLabel(line)).toBe(true);
    expect(bylineNames(line)).toEqual(names);
  });

  test('"writes" opens a sentence as often: only before a colon is it a byline', () => {
    expect(hasBylineLabel('Piše da je gradonačelnik podneo ostavku')).toBe(false);
    expect(hasBylineLabel('Пише у саопштењу града')).toBe(false);
  });

  test('a plain text: the byline under the headline gives the authors and leaves the story, the date line is read', () => {
    for (const [byline, authors] of [
      ['Аутор: Милан Петровић', ['Милан Петровић']],
      ['Пишу: Јелена Јовановић и Милан Петровић', ['Јелена Јовановић', 'Милан Петровић']],
      ['Autorica: Ana Horvat', ['Ana Horvat']],
      ['Tekst i foto: Ivan Kovač', ['Ivan Kovač']],
    ] as const) {
      const found = readText(`Obnova kolodvora počinje u utorak\n${byline}\n12. ožujka 2020.\n\n${CROATIAN}`, 'a.txt');
      expect(found.guessed?.title, byline).toBe('Obnova kolodvora počinje u utorak');
      expect(found.guessed?.authors, byline).toEqual(authors);
      expect(found.guessed?.date, byline).toBe('2020-03-12');
      expect(found.body).not.toContain(byline);
    }
  });

  test("a plain text: a byline over the story's dateline, which gives the date and stays", () => {
    const found = readText(
      `Нишава се излила код Беле Паланке\nАутор: Милан Петровић\n\nНиш, 5. фебруар 2010 – ${SERBIAN_CYRILLIC}`,
      'a.txt',
    );
    expect(found.guessed).toMatchObject({
      title: 'Нишава се излила код Беле Паланке',
      authors: ['Милан Петровић'],
      date: '2010-02-05',
    });
    expect(found.body.startsWith('Ниш, 5. фебруар 2010 –')).toBe(true);
  });

  test('a plain text: the day after the names in the byline is the date', () => {
    const found = readText(
      `Obnova stanice počinje u utorak\nPiše: Marko Savić, 3. 11. 2019. u 23:40\n\n${SERBIAN}`,
      'a.txt',
    );
    expect(found.guessed).toMatchObject({ authors: ['Marko Savić'], date: '2019-11-03' });
    const english = readText(
      `Harbour wall rebuilt\nBy Ada Quill, 3 May 2021\n\nThe council met on Monday to discuss the harbour wall. It will be rebuilt next year, the mayor said.`,
      'a.txt',
    );
    expect(english.guessed).toMatchObject({ authors: ['Ada Quill'], date: '2021-05-03' });
  });

  test('a plain text: a credit under a label this reader does not know stops neither the headline nor the date', () => {
    const dated = readText(
      `Obnova stanice počinje u utorak\nIzveštava: Marko Savić\n3. 11. 2019.\n\n${SERBIAN}`,
      'a.txt',
    );
    expect(dated.guessed).toMatchObject({ title: 'Obnova stanice počinje u utorak', date: '2019-11-03' });
    expect(dated.guessed?.authors).toBeUndefined();
    expect(dated.body.startsWith('Izveštava: Marko Savić\n\nGradsko veće')).toBe(true);
    // The dateline of the paragraph under it is still the story's first.
    const datelined = readText(
      `Нишава се излила код Беле Паланке\nИзвештава: Милан Петровић\n\nНиш, 5. фебруар 2010 – ${SERBIAN_CYRILLIC}`,
      'a.txt',
    );
    expect(datelined.guessed).toMatchObject({ title: 'Нишава се излила код Беле Паланке', date: '2010-02-05' });
    // A wrapped paragraph whose second line reads so, over no date, is no head.
    const prose = readText(
      'The council met on Monday and heard from\nResidents: Ada Quill\n\nThe council decided on Tuesday to renew\nthe railway station next week.\n\nThe work will cost about two million\neuros, the mayor said.',
      'a.txt',
    );
    expect(prose.guessed?.title).toBeUndefined();
  });

  test("a picture's credit in Cyrillic, or naming two makers, is a credit", () => {
    expect(photoCredit('Фото: Танјуг')).toBe('Танјуг');
    expect(photoCredit('Foto: Ana Horvat i Ivan Kovač')).toBe('Ana Horvat i Ivan Kovač');
    expect(photoCredit('Фото: градска управа је објавила снимке у понедељак.')).toBeUndefined();
  });
});

describe('old pages: the date in a "datum" element or after "Датум:", and the page furniture', () => {
  test("the section's name over the bold headline, the date, the byline, a teaser, the print row and the comments", async () => {
    const found = await readHtml(await fixture('stara-strana.html'), 'stara-strana.html');
    expect(found.fields).toMatchObject({
      title: 'Нова пијаца у Крушевцу отвара се у суботу',
      date: '2011-04-07',
      authors: ['Весна Милојевић'],
    });
    expect(found.body.startsWith('Градска пијаца у Крушевцу')).toBe(true);
    for (const gone of [
      'Град\n',
      'Нова пијаца у Крушевцу отвара',
      'Пише',
      'Прочитајте',
      'Штампа',
      'Пошаљи',
      'Коментари',
      'Зоран',
    ])
      expect(found.body, gone).not.toContain(gone);
  });

  test('a line of "Datum:" and the writers, under the section and the bold headline', async () => {
    const found = await readHtml(await fixture('info-linija.html'), 'info-linija.html');
    expect(found.fields).toMatchObject({
      title: 'Rukometaši slavili u Šapcu posle produžetka',
      date: '2012-10-14',
      authors: ['Goran Ilić', 'Jovana Perić'],
    });
    expect(found.body.startsWith('Rukometaši domaćeg kluba')).toBe(true);
    for (const gone of ['Datum', 'Pišu', 'Štampaj', 'Komentari', 'Bravo']) expect(found.body, gone).not.toContain(gone);
  });

  test("a Croatian page's date in words is read in Croatian: listopad is October, not Polish and Czech November", async () => {
    const page = (lang: string, date: string) =>
      `<!doctype html><html lang="${lang}"><head><title>Obnova kolodvora</title></head><body><article>` +
      `<h1>Obnova kolodvora počinje idući tjedan</h1><span class="datum">${date}</span>` +
      `<p>${CROATIAN}</p><p>${CROATIAN}</p></article></body></html>`;
    const croatian = await readHtml(page('hr', '12. listopada 2015.'), 'kolodvor.html');
    expect(croatian.fields.date).toBe('2015-10-12');
    expect((await readHtml(page('hr', '3. srpnja 2019.'), 'kolodvor.html')).fields.date).toBe('2019-07-03');
    // A dateline opening the story, on a page that gives no date elsewhere.
    const dateline = await readHtml(
      `<!doctype html><html lang="hr"><body><article><h1>Obnova kolodvora</h1>` +
        `<p>VARAŽDIN, 2. studenoga 2020. - ${CROATIAN}</p><p>${CROATIAN}</p></article></body></html>`,
      'kolodvor.html',
    );
    expect(dateline.guessed?.date).toBe('2020-11-02');
    // A plain text imported into a Croatian archive.
    // A Croatian feed's entry that gives its day only in words, in a dateline opening its text.
    const [entry] = await readFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Varaždinski list</title><language>hr</language>` +
        `<item><title>Obnova kolodvora</title><link>https://list.example/kolodvor</link>` +
        `<description>VARAŽDIN, 12. listopada 2015. - ${CROATIAN}</description></item></channel></rss>`,
      'list.xml',
    );
    if (!entry?.ok) throw new Error('the entry did not import');
    expect(entry.article.fields.date ?? entry.article.guessed?.date).toBe('2015-10-12');
    const text = readText(`Obnova kolodvora počinje\n\n12. listopada 2015.\n\n${CROATIAN}`, 'kolodvor.txt', {
      reading: dateReading('hr'),
    });
    expect(text.guessed?.date ?? text.fields.date).toBe('2015-10-12');
  });

  test('date labels, publishing and update words, and "u" before the time', () => {
    expect(readMetaLine('Датум: 23.09.2010. | Пише: Милан Петровић', [], { slashed: 'day-first' })).toEqual({
      date: '2010-09-23',
      authors: ['Милан Петровић'],
    });
    expect(readMetaLine('Датум објаве: 23.09.2010.', [], { slashed: 'day-first' })).toEqual({ date: '2010-09-23' });
    expect(readMetaLine('Објављено: 12. март 2014. у 10:32', [], { slashed: 'day-first' })).toEqual({
      date: '2014-03-12',
    });
    expect(readMetaLine('Piše: Marko Savić | 3. 11. 2019. u 23:40', [], { slashed: 'day-first' })).toEqual({
      authors: ['Marko Savić'],
      date: '2019-11-03',
    });
    for (const label of ['Ažurirano', 'Ажурирано', 'Izmijenjeno', 'Измењено']) expect(UPDATED.test(label)).toBe(true);
    expect(readMetaLine('Ažurirano: 4. 11. 2019. u 08:00', [], { slashed: 'day-first' })).toEqual({
      date: '2019-11-04',
      updatedOnly: true,
    });
    expect(
      readMetaLine('3. 11. 2019. u 23:40 | Ažurirano: 4. 11. 2019. u 08:00', [], { slashed: 'day-first' }),
    ).toEqual({
      date: '2019-11-03',
      updated: '2019-11-04',
    });
  });

  test('a row of page controls goes; a row of links to stories stays', () => {
    const story = parseHtmlFragment(
      '<p>Priča.</p><p><a href="/stampa.php?id=1">Štampa</a> | <a href="/posalji.php?id=1">Pošalji prijatelju</a></p>' +
        '<p><a href="/stampa.php?id=2">Штампа</a> · <a href="/posalji.php?id=2">Пошаљи пријатељу</a></p>' +
        '<p><a href="/vest/1">Nova pijaca</a> | <a href="/vest/2">Novi most</a></p>',
    );
    dropLinkMenus(story);
    expect(toHtml(story)).toBe(
      '<p>Priča.</p><p><a href="/vest/1">Nova pijaca</a> | <a href="/vest/2">Novi most</a></p>',
    );
  });

  test('comment headings: counted, none, or asking for one', () => {
    const story = parseHtmlFragment(
      '<p>Priča o mostu, koji je otvoren u subotu posle tri godine gradnje.</p><p>Drugi pasus priče.</p>' +
        '<h3>Komentari (3)</h3><p>Pera: Konačno!</p>',
    );
    dropCommentHeadings(story);
    expect(toHtml(story)).not.toContain('Komentari');
    expect(toHtml(story)).not.toContain('Pera');
    for (const heading of ['Nema komentara', 'Ostavite komentar', 'Оставите коментар', 'Коментари']) {
      const alone = parseHtmlFragment(`<p>Priča o mostu.</p><h3>${heading}</h3>`);
      dropCommentHeadings(alone);
      expect(toHtml(alone), heading).toBe('<p>Priča o mostu.</p>');
    }
  });
});

describe('rights notices', () => {
  test.each([
    ['© 2009 Јужне новине. Сва права задржана.', 'Јужне новине'],
    ['Sva prava zadržana © Južne novine 2018.', 'Južne novine'],
    ['Сва права задржана © Моравски гласник 2011.', 'Моравски гласник'],
    ['© 2020 Riječki list. Sva prava pridržana.', 'Riječki list'],
    ['Sva prava pridržana © Riječki list 2019.', 'Riječki list'],
    ['© 2021 Sarajevski list. Sva prava su zaštićena.', 'Sarajevski list'],
    [
      '© 2002-2014 Јужне новине. Сва права задржана. Преношење текстова дозвољено је само уз навођење извора.',
      'Јужне новине',
    ],
    [
      '© 2024 Dunavski list. Sva prava zadržana. Zabranjeno preuzimanje sadržaja bez dozvole redakcije.',
      'Dunavski list',
    ],
  ])('%s', (notice, holder) => {
    expect(isCopyrightLine(notice)).toBe(true);
    expect(copyrightHolder(notice)).toBe(holder);
  });

  test("a sentence about rights, or about copying something else, is the story's", () => {
    expect(isCopyrightLine('Sva prava zadržana, rekao je advokat posle ročišta.')).toBe(false);
    expect(isCopyrightLine('Zabranjeno je kopiranje ključeva bez dozvole upravnika zgrade.')).toBe(false);
    expect(isCopyrightLine('Zabranjeno je preuzimanje tekstova bez dozvole redakcije.')).toBe(true);
  });

  test('a plain text: the notice leaves the story and names its source', () => {
    const found = readText(`Obnova stanice\n\n${SERBIAN}\n\nSva prava zadržana © Posavski vesnik 2018.`, 'a.txt');
    expect(found.fields.copyright).toBe('Sva prava zadržana © Posavski vesnik 2018.');
    expect(found.guessed?.source?.name).toBe('Posavski vesnik');
    expect(found.body).not.toContain('Sva prava');
  });

  test("the archive's own name in the other alphabet is no source to it", () => {
    const article: FoundArticle = {
      origin: 'a.txt',
      fields: {},
      body: 'Текст.',
      text: 'Текст.',
      guessed: { source: { name: 'Јужне новине' } },
      guessedWhy: { source: 'source "Јужне новине" from the copyright line' },
    };
    leaveOutOwnSource(article, ['Južne novine']);
    expect(article.guessed?.source).toBeUndefined();
  });
});

describe('"read this too" teasers, share links and feed taglines', () => {
  test.each([
    'Прочитајте још: Нови мост у Нишу готов до јесени',
    'Pročitajte još: Leskovac dobija novi sajam',
    'Pročitajte i: Most u Šapcu otvoren za kamione',
    'Procitajte jos: Nova pijaca u Kruševcu',
    'Povezano: Kolodvor ide u obnovu',
    'Povezane vijesti: Tramvaji na liniji 11',
    'Повезани текстови: Избори у Крагујевцу',
  ])('%s', (line) => {
    expect(isTeaserLine(line)).toBe(true);
    const found = readText(`Obnova stanice\n\n${SERBIAN}\n\n${line}\n\nPoslednji pasus.`, 'a.txt');
    expect(found.body).not.toContain(line);
  });

  test('a label before a sentence of the story stays', () => {
    expect(isTeaserLine('Pročitajte još: gradonačelnik je rekao da će most biti otvoren u maju.')).toBe(false);
  });

  test("a saved page's share link goes, a sentence about sharing stays", () => {
    const story = parseHtmlFragment(
      '<p>Priča.</p><p><a href="https://facebook.com/sharer">Podeli na Facebooku</a></p><p><a href="#">Podijeli</a></p>' +
        '<p>Fotografije možete <a href="/galerija">podeliti na Facebooku</a> do petka.</p>',
    );
    dropTeasers(story);
    expect(toHtml(story)).toBe(
      '<p>Priča.</p><p>Fotografije možete <a href="/galerija">podeliti na Facebooku</a> do petka.</p>',
    );
  });

  test('a feed\'s entry: a "read this too" link and a share link go, a "Related:" line stays', async () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Posavski vesnik - Najnovije vesti</title><link>https://posavski.example/</link><language>sr</language>
<item><title>Nova pijaca u Šapcu</title><link>https://posavski.example/vest/1</link>
<pubDate>Sre, 12 Avg 2015 14:00:00 +0200</pubDate>
<content:encoded><![CDATA[<p>${SERBIAN}</p><p>Pročitajte još: <a href="https://posavski.example/vest/0">Stara pijaca se zatvara</a></p><p><a href="https://facebook.com/sharer">Podeli na Facebooku</a></p><p>Related: <a href="https://posavski.example/vest/2">Market hours</a></p>]]></content:encoded></item>
</channel></rss>`;
    const [entry] = await readFeed(feed, 'vesti.xml');
    if (!entry?.ok) throw new Error('the entry did not import');
    const { article } = entry;
    expect(article.fields.date).toBe('2015-08-12T14:00:00+02:00');
    expect(article.fields.source?.name).toBe('Posavski vesnik');
    expect(article.body).not.toContain('Pročitajte');
    expect(article.body).not.toContain('Podeli');
    expect(article.body).toContain('Related:');
    // The feed says sr; its entry's letters say Latin.
    expect(article.guessed?.lang).toBe('sr-Latn');
  });

  test("a feed's entry that declares Serbian over Latin letters is filed in them", async () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Posavski vesnik</title><link>https://posavski.example/</link>
<item><title>Obnova stanice</title><link>https://posavski.example/vest/3</link><pubDate>Sre, 12 Avg 2015 14:00:00 +0200</pubDate>
<dc:language>sr</dc:language><description>${SERBIAN}</description></item>
</channel></rss>`;
    const [entry] = await readFeed(feed, 'vesti.xml');
    if (!entry?.ok) throw new Error('the entry did not import');
    expect(entry.article.fields.lang).toBeUndefined();
    expect(entry.article.guessed?.lang).toBe('sr-Latn');
    expect(entry.article.guessedWhy?.lang).toMatch(/the entry declares sr, and its text is written in Latin letters/);
  });

  test.each([
    ['Južne novine - Najnovije vesti', 'Južne novine'],
    ['Južne novine | Vesti', 'Južne novine'],
    ['Јужне новине - Најновије вести', 'Јужне новине'],
    ['Riječki list - Najnovije vijesti', 'Riječki list'],
    ['Riječki list - Vijesti', 'Riječki list'],
    ['Sarajevski list - Novosti', 'Sarajevski list'],
    ['Моравски гласник - Новости', 'Моравски гласник'],
  ])('%s', (title, name) => {
    expect(feedPublication(title, 'https://feeds.example/')).toBe(name);
  });
});

describe("RFC 822 dates in a feed's own language", () => {
  test.each([
    ['Sre, 12 Avg 2015 14:00:00 +0200', '2015-08-12T14:00:00+02:00'],
    ['Сре, 12 Авг 2015 14:00:00 +0200', '2015-08-12T14:00:00+02:00'],
    ['Sri, 12 Kol 2015 23:30:00 +0200', '2015-08-12T23:30:00+02:00'],
    ['Pon, 05 Sij 2015 23:30:00 +0100', '2015-01-05T23:30:00+01:00'],
    ['Ned, 01 Mar 2015 00:30:00 +0100', '2015-03-01T00:30:00+01:00'],
    // Late at night with an offset, the publisher's day stands: no time zone moves it.
    ['Sub, 31 Dec 2016 23:59:00 -0500', '2016-12-31T23:59:00-05:00'],
  ])('%s', (written, date) => {
    expect(toArticleDate(written)).toBe(date);
  });

  test("a weekday's abbreviation, or a word no language abbreviates a month to, is no month", () => {
    expect(toArticleDate('28 Sat 2013 00:28')).toBeUndefined();
    expect(toArticleDate('Sre, 12 Foo 2015 14:00:00 +0200')).toBeUndefined();
    // Without its time, it is no machine's date: three letters read as a month there are a written date's choice.
    expect(toArticleDate('Sre, 12 Avg 2015')).toBeUndefined();
  });
});

describe('Serbian in its script; Croatian and Bosnian told from it by their words', () => {
  test('a language of two scripts, declared in the one its text is not in', () => {
    expect(inItsScript('sr', SERBIAN)).toBe('sr-Latn');
    expect(inItsScript('sr-RS', SERBIAN)).toBe('sr-Latn-RS');
    expect(inItsScript('sr-Latn', SERBIAN_CYRILLIC)).toBe('sr-Cyrl');
    expect(inItsScript('sr', SERBIAN_CYRILLIC)).toBeUndefined();
    expect(inItsScript('sr-Latn', SERBIAN)).toBeUndefined();
    expect(inItsScript('hr', CROATIAN)).toBeUndefined();
    expect(inItsScript('sr', 'Beograd i Ниш')).toBeUndefined();
  });

  test.each([
    ['hr', CROATIAN],
    ['sr-Latn', SERBIAN],
    ['bs', BOSNIAN],
  ])('%s', (language, text) => {
    expect(southSlavicLanguage(text)).toBe(language);
    expect(textLanguage(text, 150)).toBe(language);
  });

  test('none for a text written the ijekavian way with nothing more, a short one, or another language', () => {
    for (const text of [IJEKAVIAN, SERBIAN_CYRILLIC, SLOVENE, ENGLISH, 'Kruh je poskupio za deset posto.']) {
      expect(southSlavicLanguage(text), text.slice(0, 30)).toBeUndefined();
    }
  });

  test("a story in another of the three than the archive's is filed in its own, to be checked; never one that does not tell", () => {
    expect(toldFromArchiveLanguage(CROATIAN, 'hr', 'sr')).toBe(true);
    expect(toldFromArchiveLanguage(SERBIAN, 'sr-Latn', 'hr')).toBe(true);
    expect(toldFromArchiveLanguage(CROATIAN, 'hr', 'hr')).toBe(false);
    expect(toldFromArchiveLanguage(IJEKAVIAN, 'bs', 'sr')).toBe(false);
    expect(readsUnlike(CROATIAN, 'sr-Latn')).toBe('hr');
    expect(readsUnlike(IJEKAVIAN, 'sr-Latn')).toBeUndefined();
    expect(pageLanguage(['sr', 'hr'], CROATIAN)).toBe('hr');

    // A plain text in a Serbian archive, as the import files it (fileInItsScript).
    const filed = (text: string, siteLang = 'sr') => {
      const found = readText(`Obnova stanice\n\n${text}`, 'a.txt', { siteLang });
      fileInItsScript(found, siteLang);
      return found;
    };
    const croatian = filed(CROATIAN);
    expect(croatian.guessed?.lang).toBe('hr');
    expect(croatian.guessedWhy?.lang).toMatch(/check it, or set --lang/);
    expect(filed(SERBIAN).guessed?.lang).toBe('sr-Latn');
    expect(filed(IJEKAVIAN).guessed?.lang).toBe('sr-Latn');
    expect(filed(SERBIAN_CYRILLIC).guessed?.lang).toBeUndefined();
    expect(filed(SERBIAN, 'hr').guessed?.lang).toBe('sr-Latn');
    expect(filed(CROATIAN, 'hr').guessed?.lang).toBeUndefined();
  });

  test('saved pages: lang="sr" over Latin letters, lang="sr-Latn" over Cyrillic, a theme\'s lang="en" over Serbian', async () => {
    const latin = await readHtml(await fixture('nova-strana.html'), 'nova-strana.html');
    expect(latin.fields.lang).toBeUndefined();
    expect(latin.guessed?.lang).toBe('sr-Latn');
    expect(latin.guessedWhy?.lang).toMatch(/declares sr, and its story is written in Latin letters/);
    expect(latin.fields).toMatchObject({
      title: 'Na Kalemegdanu otvorena izložba starih razglednica',
      date: '2022-05-18',
      authors: ['Nikola Stanković'],
    });
    for (const gone of ['Piše', 'Pročitajte', 'Podeli', 'Komentari', 'Ostavite'])
      expect(latin.body, gone).not.toContain(gone);
    const page = (lang: string, text: string) =>
      readHtml(
        `<!DOCTYPE html><html lang="${lang}"><head><title>Obnova stanice</title></head><body><article><h1>Obnova stanice</h1><p>${text}</p><p>${text}</p></article></body></html>`,
        'a.html',
      );
    expect((await page('sr-Latn', SERBIAN_CYRILLIC)).guessed?.lang).toBe('sr-Cyrl');
    const english = await page('en', SERBIAN);
    expect(english.guessed?.lang).toBe('sr-Latn');
    expect(english.guessedWhy?.lang).toMatch(/reads unlike the language the page declares \(en\): check it/);
    expect((await page('sr', CROATIAN)).guessed?.lang).toBe('hr');
    expect((await page('bs', IJEKAVIAN)).guessed?.lang).toBeUndefined();
  });
});
