// Finnish, Swedish, Norwegian, Danish and Northern Sami clippings, as a local paper's archive holds them: bylines
// with the labels those papers print, a picture's credit on a line of its own, "read also" teasers, rights notices,
// feed taglines, a section's label over the headline, update labels, and the languages told apart by their words
// where franc-min cannot. Every text here is written for these tests.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { bylineNames, hasBylineLabel, TEXT_BYLINE } from '../../src/importer/bylines.ts';
import {
  nordicLanguage,
  pageLanguage,
  readsUnlike,
  textLanguage,
  toldFromArchiveLanguage,
} from '../../src/importer/language.ts';
import { readMetaLine, UPDATED } from '../../src/importer/meta-line.ts';
import { dropPhotoCredits, photoCredit } from '../../src/importer/photo-credits.ts';
import { feedPublication, readFeed } from '../../src/importer/read-feed.ts';
import { readHtml } from '../../src/importer/read-html.ts';
import { copyrightHolder, isCopyrightLine, readText } from '../../src/importer/read-text.ts';
import { isKicker } from '../../src/importer/story-head.ts';
import { isTeaserLine } from '../../src/importer/teasers.ts';
import { parseHtmlFragment } from '../../src/importer/to-markdown.ts';
import { toHtml } from 'hast-util-to-html';

const fixture = (path: string) => readFile(new URL(`../fixtures/importer/nordic/${path}`, import.meta.url), 'utf8');

// The same story (a council builds a bridge) in each language, two or three sentences of a local paper.
const SWEDISH =
  'Kommunstyrelsen beslutade på tisdagen att bygga en ny bro över ån. Bron ska vara klar nästa höst, och den gamla bron rivs efter att den nya har öppnats. Enligt kommunen kostar bygget omkring tolv miljoner kronor. Många invånare har länge velat ha en bredare bro för cyklister.';
const NORWEGIAN =
  'Formannskapet vedtok tirsdag å bygge en ny bro over elva. Broen skal stå ferdig neste høst, og den gamle broen blir revet etter at den nye er åpnet. Ifølge kommunen koster prosjektet omkring tolv millioner kroner. Mange innbyggere har lenge ønsket seg en bredere bro for syklister, og det ble ikke mye debatt i møtet.';
const DANISH =
  'Byrådet besluttede tirsdag at bygge en ny bro over åen. Broen skal stå færdig næste efterår, og den gamle bro bliver revet ned, når den nye er åbnet. Ifølge kommunen koster projektet omkring tolv millioner kroner. Mange borgere har længe ønsket sig en bredere bro til cyklister, og der var ikke meget debat på mødet, siger formanden.';
const FINNISH =
  'Kunnanhallitus päätti tiistaina rakentaa joen yli uuden sillan. Silta on tarkoitus saada valmiiksi ensi syksynä, ja vanha silta puretaan, kun uusi on avattu. Kunnan mukaan hanke maksaa noin kaksitoista miljoonaa euroa. Moni asukas on jo pitkään toivonut leveämpää siltaa myös pyöräilijöille.';
const SAMI =
  'Gielda áigu hukset ođđa šaldi johka rastá. Šaldi galgá leat gárvvis boahtte čavčča, ja boares šaldi gaikkoduvvo go ođđa lea rahpasan. Gieldda mielde huksen máksá birrasii guoktenuppelohkái miljovnna ruvnnu. Ollu ássit leat guhká háliidan govdadet šaldi maiddái syklalastiide.';
// Norwegian or Danish: none of the words that part them.
const NORWEGIAN_OR_DANISH =
  'Kommunen har mange planer for byen. Ordføreren vil bygge skoler og veier, og hun skal også se på havnen. Det er bare to år til valget, og flere partier vil samarbeide om budsjettet.';
const ESTONIAN =
  'Vallavalitsus otsustas teisipäeval ehitada jõele uue silla. Sild peaks valmima järgmisel sügisel ja vana sild lammutatakse, kui uus on avatud. Valla sõnul maksab projekt umbes kaksteist miljonit eurot. Paljud elanikud on juba ammu soovinud laiemat silda ka jalgratturitele.';
const DUTCH =
  'De gemeenteraad heeft dinsdag besloten een nieuwe brug over de rivier te bouwen. De brug moet volgend najaar klaar zijn, en de oude brug wordt gesloopt zodra de nieuwe open is. Volgens de gemeente kost het project ongeveer twaalf miljoen euro. Veel inwoners willen al lang een bredere brug voor fietsers.';
const GERMAN =
  'Der Gemeinderat hat am Dienstag beschlossen, eine neue Brücke über den Fluss zu bauen. Die Brücke soll im nächsten Herbst fertig sein, und die alte Brücke wird abgerissen, sobald die neue eröffnet ist. Laut der Gemeinde kostet das Projekt rund zwölf Millionen Euro.';
const ENGLISH =
  'The council decided on Tuesday to build a new bridge over the river. The bridge is due to be finished next autumn, and the old bridge will be torn down once the new one has opened. According to the council the project costs about twelve million euros.';
const CZECH =
  'Zastupitelstvo v úterý rozhodlo, že nechá postavit nový most přes řeku. Most má být hotový příští podzim a starý most bude stržen, až se nový otevře. Podle obce projekt stojí asi dvanáct milionů korun, dál se o tom bude jednat.';

describe('Nordic bylines', () => {
  test.each([
    ['Teksti: Matti Aaltonen', ['Matti Aaltonen']],
    ['Teksti ja kuva: Pirjo Lind', ['Pirjo Lind']],
    ['Teksti ja kuvat: Pirjo Lind', ['Pirjo Lind']],
    ['Teksti: Matti Aaltonen ja Sari Heino', ['Matti Aaltonen', 'Sari Heino']],
    ['Kirjoittaja: Sari Heino', ['Sari Heino']],
    ['Text: Lena Ekholm', ['Lena Ekholm']],
    ['Text och foto: Lena Ekholm', ['Lena Ekholm']],
    ['Text: Lena Ekholm och Olof Strand', ['Lena Ekholm', 'Olof Strand']],
    ['Tekst: Ingrid Solheim', ['Ingrid Solheim']],
    ['Tekst og foto: Ingrid Solheim', ['Ingrid Solheim']],
    ['Tekst og bilde: Ingrid Solheim og Per Vik', ['Ingrid Solheim', 'Per Vik']],
    ['Tekst og billeder: Jens Holm', ['Jens Holm']],
    ['Čálli: Ánde Guttorm', ['Ánde Guttorm']],
    // The photographer's credit after the writer's, in one line, names no writer.
    ['Teksti: Matti Aaltonen   Kuva: Pirjo Lind', ['Matti Aaltonen']],
    ['Text: Lena Ekholm Foto: Olof Strand', ['Lena Ekholm']],
    // The date and the update after the writer, as a modern page prints them.
    ['Teksti: Sari Heino 14.5.2021 23.45 | Päivitetty 15.5.2021 8.00', ['Sari Heino']],
    ['Teksti: Sari Heino Julkaistu 12.3.2014 10.32 Päivitetty 13.3.2014 8.00', ['Sari Heino']],
  ])('%s', (line, names) => {
    expect(hasBylineLabel(line)).toBe(true);
    expect(bylineNames(line)).toEqual(names);
  });

  test('a plain text: the byline under the headline gives the authors and leaves the story, in each language', () => {
    const cases: [string, string[]][] = [
      ['Teksti: Matti Aaltonen ja Sari Heino', ['Matti Aaltonen', 'Sari Heino']],
      ['Teksti ja kuva: Pirjo Lind', ['Pirjo Lind']],
      ['Text: Lena Ekholm', ['Lena Ekholm']],
      ['Text och foto: Lena Ekholm', ['Lena Ekholm']],
      ['Tekst: Ingrid Solheim', ['Ingrid Solheim']],
      ['Tekst og foto: Ingrid Solheim', ['Ingrid Solheim']],
      ['Čálli: Ánde Guttorm', ['Ánde Guttorm']],
    ];
    for (const [byline, authors] of cases) {
      const found = readText(`Uusi silta avataan\n\n${byline}\n8.4.2015\n\n${FINNISH}`, 'a.txt', { siteLang: 'fi' });
      expect(found.guessed?.authors, byline).toEqual(authors);
      expect(found.guessed?.date).toBe('2015-04-08');
      expect(found.body).not.toContain(byline);
    }
  });

  test('"Text:" alone is a byline only before names and nothing else: in English it labels many a line', () => {
    expect(TEXT_BYLINE.test('Text: Lena Ekholm')).toBe(true);
    expect(TEXT_BYLINE.test('Text: the full statement')).toBe(false);
    expect(TEXT_BYLINE.test('Text: Full Statement Of The Council Released')).toBe(false);
    // A document's label in title case is no writer: the headline of a text that opens with it.
    expect(TEXT_BYLINE.test("Text: Obama's Victory Speech")).toBe(false);
    expect(TEXT_BYLINE.test('Text: Full Statement')).toBe(false);
    expect(TEXT_BYLINE.test('Text: Bill Nilsson')).toBe(true);
    const found = readText(
      'Council publishes the harbour plan\n\nText: the full statement of the harbour board\n\nThe board said it would publish the plan on Monday.',
      'a.txt',
    );
    expect(found.guessed?.authors).toBeUndefined();
    expect(found.body).toContain('Text: the full statement of the harbour board');
  });
});

describe("a picture's credit on a line of its own", () => {
  test.each([
    ['Kuva: Pirjo Lind', 'Pirjo Lind'],
    ['KUVA: Pirjo Lind', 'Pirjo Lind'],
    ['Kuva: Koskelan Viikko / Pirjo Lind', 'Koskelan Viikko / Pirjo Lind'],
    ['Kuvat: Pirjo Lind ja Ville Nurmi', 'Pirjo Lind ja Ville Nurmi'],
    ['Foto: Olof Strand', 'Olof Strand'],
    ['Bild: Olof Strand', 'Olof Strand'],
    ['Bilde: NTB', 'NTB'],
    ['Billede: Ritzau Scanpix', 'Ritzau Scanpix'],
    ['Foto: dpa', 'dpa'],
    ['Photo: Ada Quill.', 'Ada Quill'],
    ['Govva: Ánde Guttorm', 'Ánde Guttorm'],
  ])('%s', (line, maker) => {
    expect(photoCredit(line)).toBe(maker);
  });

  test.each([
    'Kuva: kaupunki esitteli suunnitelmat maanantaina.',
    "Foto: the council's plans for the harbour were shown on Monday",
    'Foto: 12 bilder fra kvelden',
    'Kuvaaja kertoo, että kuva otettiin aamulla.',
  ])('not: %s', (line) => {
    expect(photoCredit(line)).toBeUndefined();
  });

  test('a plain text: the credit goes, wherever it stands, and the summary says so; the rest is read as before', () => {
    const found = readText(
      `Uusi silta avataan\n\nTeksti: Matti Aaltonen\nKuva: Pirjo Lind\n8.4.2015\n\n${FINNISH}\n\nKuva: Pirjo Lind\n\n© Koskelan Viikko 2015`,
      'a.txt',
      { siteLang: 'fi' },
    );
    expect(found.guessed).toMatchObject({
      title: 'Uusi silta avataan',
      authors: ['Matti Aaltonen'],
      date: '2015-04-08',
      source: { name: 'Koskelan Viikko' },
    });
    expect(found.body).toBe(`${FINNISH}\n`);
    expect(found.notes).toContain(
      'left out the picture credit "Kuva: Pirjo Lind", a line of its own: no picture of the story beside it',
    );
    for (const [credit, story] of [
      ['Foto: Olof Strand', SWEDISH],
      ['Bilde: NTB', NORWEGIAN],
      ['Billede: Ritzau Scanpix', DANISH],
    ] as const) {
      const text = readText(`Ny bro\n\nAv Olof Strand\n8.4.2015\n\n${story}\n\n${credit}`, 'a.txt');
      expect(text.body, credit).toBe(`${story}\n`);
    }
  });

  test("a saved page: a credit under a picture stays the picture's, one alone goes; a caption keeps its own", () => {
    const story = parseHtmlFragment(
      '<p><img src="https://a.example/silta.jpg" alt="Silta"></p><p>Kuva: Pirjo Lind</p>' +
        '<figure><img src="https://a.example/b.jpg" alt="Laituri"><figcaption>Laituri aamulla. Kuva: Ville Nurmi</figcaption></figure>' +
        `<p>${FINNISH}</p>` +
        '<p><i>Kuva: Ville Nurmi</i></p>',
    );
    expect(dropPhotoCredits(story)).toEqual(['Kuva: Ville Nurmi']);
    const html = toHtml(story);
    expect(html).toContain('<p>Kuva: Pirjo Lind</p>');
    expect(html).toContain('Laituri aamulla. Kuva: Ville Nurmi');
    expect(html).not.toContain('<i>Kuva: Ville Nurmi</i>');
  });

  test("a feed's entry: the credit closing its text goes, with a note", async () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Nordlyskysten - Siste nytt</title><link>https://nordlyskysten.example/</link><language>nb</language>
<item><title>Ny bro over elva</title><link>https://nordlyskysten.example/bro</link>
<pubDate>Tue, 07 Apr 2015 10:00:00 +0200</pubDate>
<content:encoded><![CDATA[<p>${NORWEGIAN}</p><p>Foto: Ingrid Solheim</p>]]></content:encoded></item>
</channel></rss>`;
    const [entry] = await readFeed(feed, 'a.rss');
    if (!entry?.ok) throw new Error('the entry did not import');
    expect(entry.article.body).not.toContain('Foto:');
    expect(entry.article.notes).toEqual([
      'left out the picture credit "Foto: Ingrid Solheim", a line of its own: no picture of the story beside it',
    ]);
    expect(entry.article.fields.source?.name).toBe('Nordlyskysten');
  });
});

describe('"read also" teasers, rights notices and feed taglines', () => {
  test.each([
    'Lue myös: Lautta kulkee taas tiistaina',
    'Läs också: Färjan får ny tidtabell',
    'Läs mer: Bron öppnar i maj',
    'Les også: Skolen får nytt tak',
    'Læs også: Havnen får nye pladser',
  ])('%s', (line) => {
    expect(isTeaserLine(line)).toBe(true);
    const found = readText(`Ny bro\n\n${SWEDISH}\n\n${line}\n\nSista stycket.`, 'a.txt');
    expect(found.body).not.toContain(line);
  });

  test('a "read also" label before a sentence of the story stays', () => {
    expect(isTeaserLine('Lue myös: kaupunki kertoo suunnitelmista lisää toukokuussa.')).toBe(false);
  });

  test.each([
    ['© Nordlyskysten. Alle rettigheter forbeholdt.', 'Nordlyskysten'],
    ['Nordlyskysten. Alle rettigheter forbeholdt.', 'Nordlyskysten'],
    ['© Vestkysten Avis. Alle rettigheder forbeholdes.', 'Vestkysten Avis'],
    ['© Koskelan Viikko 2015. Kaikki oikeudet pidätetään.', 'Koskelan Viikko'],
    ['© Ålandsbladet. Alla rättigheter förbehållna.', 'Ålandsbladet'],
  ])('%s', (notice, holder) => {
    expect(isCopyrightLine(notice)).toBe(true);
    expect(copyrightHolder(notice)).toBe(holder);
  });

  test.each([
    ['Koskelan Viikko - Uusimmat uutiset', 'Koskelan Viikko'],
    ['Koskelan Viikko | Tuoreimmat uutiset', 'Koskelan Viikko'],
    ['Ålandsbladet - Senaste nytt', 'Ålandsbladet'],
    ['Ålandsbladet - Senaste nyheterna', 'Ålandsbladet'],
    ['Nordlyskysten - Siste nytt', 'Nordlyskysten'],
    ['Vestkysten Avis - Seneste nyt', 'Vestkysten Avis'],
    ['Vestkysten Avis - Nyheder', 'Vestkysten Avis'],
  ])('%s', (title, name) => {
    expect(feedPublication(title, 'https://feeds.example/')).toBe(name);
  });
});

describe("a saved page's head", () => {
  test('an old page: a section label in capitals over the headline, then the date line and the byline', async () => {
    const found = await readHtml(await fixture('vanha-sivu.html'), 'vanha-sivu.html');
    expect(found.fields).toMatchObject({
      title: 'Satamaan rakennetaan uusi laituri',
      date: '2015-04-08',
      authors: ['Oona Mäkelä'],
    });
    expect(found.body.startsWith('Koskelan satamaan rakennetaan')).toBe(true);
    for (const gone of ['KOTIMAA', 'keskiviikkona', 'Teksti:', 'Kuva: Ville Nurmi', 'Lue myös']) {
      expect(found.body, gone).not.toContain(gone);
    }
    expect(found.notes).toContain(
      'left out the picture credit "Kuva: Ville Nurmi", a line of its own: no picture of the story beside it',
    );
  });

  test('a modern page: the section it declares over the headline, a standfirst, and a byline with its date and update', async () => {
    const found = await readHtml(await fixture('ny-side.html'), 'ny-side.html');
    expect(found.fields).toMatchObject({
      date: '2020-06-03T07:15:00+02:00',
      updated: '2020-06-03T12:40:00+02:00',
      authors: ['Sigrid Berg'],
      copyright: '© Nordlyskysten. Alle rettigheter forbeholdt.',
      // The credit on a line of its own is the lead picture's, which has none.
      image: { src: 'https://nordlyskysten.example/bilder/basseng.jpg', credit: 'Sigrid Berg' },
      lang: 'nb',
    });
    expect(found.body.split('\n\n')[0]).toBe(
      'Det gamle bassenget ved skolen blir revet etter sommeren, og et nytt anlegg skal stå klart om to år.',
    );
    for (const gone of ['Innenriks', 'Tekst:', 'Oppdatert', 'Foto:', 'Les også', '©']) {
      expect(found.body, gone).not.toContain(gone);
    }
  });

  test('a section label: a word or three in capitals, or the section the page declares', () => {
    expect(isKicker('UUTISET', undefined)).toBe(true);
    expect(isKicker('SPORT OG KULTUR', undefined)).toBe(true);
    expect(isKicker('Innenriks', 'Innenriks')).toBe(true);
    expect(isKicker('Innenriks', undefined)).toBe(false);
    expect(isKicker('EU ON VALMIS.', undefined)).toBe(false);
    expect(isKicker('KOKOUS 8.4.2015', undefined)).toBe(false);
    expect(isKicker('VALTUUSTO PÄÄTTI UUDESTA SILLASTA', undefined)).toBe(false);
  });

  test('update labels: an updated day is no published one, and a line of both gives the published one and the update', () => {
    for (const label of ['Päivitetty', 'Uppdaterad', 'Oppdatert', 'Opdateret']) expect(UPDATED.test(label)).toBe(true);
    expect(readMetaLine('Päivitetty 13.3.2014 8.00', [], { slashed: 'day-first' })).toEqual({
      date: '2014-03-13',
      updatedOnly: true,
    });
    expect(readMetaLine('Julkaistu 12.3.2014 10.32 Päivitetty 13.3.2014 8.00', [], { slashed: 'day-first' })).toEqual({
      date: '2014-03-12',
      updated: '2014-03-13',
    });
    expect(readMetaLine('Publicerad 12.3.2014 | Uppdaterad 13.3.2014', [], { slashed: 'day-first' })).toEqual({
      date: '2014-03-12',
      updated: '2014-03-13',
    });
    expect(readMetaLine('Publisert 12.3.2014 kl. 10.32', [], { slashed: 'day-first' })).toEqual({ date: '2014-03-12' });
  });
});

describe('Nordic languages told apart by their words', () => {
  test.each([
    ['fi', FINNISH],
    ['sv', SWEDISH],
    ['nb', NORWEGIAN],
    ['da', DANISH],
    ['se', SAMI],
  ])('%s', (language, text) => {
    expect(nordicLanguage(text)).toBe(language);
    expect(textLanguage(text, 150)).toBe(language);
  });

  test('none for other languages, a short text, or Norwegian and Danish without the words that part them', () => {
    for (const text of [ESTONIAN, DUTCH, GERMAN, ENGLISH, CZECH, NORWEGIAN_OR_DANISH, 'Ny bro over elva i mai.']) {
      expect(nordicLanguage(text), text.slice(0, 30)).toBeUndefined();
    }
  });

  test("a story in another Nordic language than the archive's is filed in its own, to be checked; never one that does not tell", () => {
    expect(toldFromArchiveLanguage(SWEDISH, 'sv', 'fi')).toBe(true);
    expect(toldFromArchiveLanguage(NORWEGIAN, 'nb', 'fi')).toBe(true);
    expect(toldFromArchiveLanguage(DANISH, 'da', 'fi')).toBe(true);
    expect(toldFromArchiveLanguage(FINNISH, 'fi', 'sv')).toBe(true);
    expect(toldFromArchiveLanguage(DANISH, 'da', 'nb')).toBe(true);
    expect(toldFromArchiveLanguage(NORWEGIAN, 'nb', 'da')).toBe(true);
    expect(toldFromArchiveLanguage(FINNISH, 'fi', 'fi')).toBe(false);
    expect(toldFromArchiveLanguage(NORWEGIAN, 'nb', 'nn')).toBe(false);
    expect(readsUnlike(NORWEGIAN_OR_DANISH, 'da')).toBeUndefined();
    expect(readsUnlike(NORWEGIAN_OR_DANISH, 'fi')).toBeUndefined();

    const swedish = readText(`Ny bro över ån\n\nText: Lena Ekholm\n8.4.2015\n\n${SWEDISH}`, 'a.txt', {
      siteLang: 'fi',
    });
    expect(swedish.guessed?.lang).toBe('sv');
    expect(swedish.guessedWhy?.lang).toMatch(/check it, or set --lang/);
    const finnish = readText(`Uusi silta\n\nTeksti: Sari Heino\n8.4.2015\n\n${FINNISH}`, 'a.txt', { siteLang: 'sv' });
    expect(finnish.guessed?.lang).toBe('fi');
    const danish = readText(`Ny bro\n\nAf Jens Holm\n8.4.2015\n\n${DANISH}`, 'a.txt', { siteLang: 'nb' });
    expect(danish.guessed?.lang).toBe('da');
    const own = readText(`Ny bro\n\nAv Per Vik\n8.4.2015\n\n${NORWEGIAN}`, 'a.txt', { siteLang: 'nb' });
    expect(own.guessed?.lang).toBeUndefined();
    const unclear = readText(`Nye planer\n\nAv Per Vik\n8.4.2015\n\n${NORWEGIAN_OR_DANISH}`, 'a.txt', {
      siteLang: 'fi',
    });
    expect(unclear.guessed?.lang).toBeUndefined();
  });

  test("declarations that disagree: the story's words choose among the Nordic languages franc-min does not know", () => {
    expect(pageLanguage(['fi', 'sv'], SWEDISH)).toBe('sv');
    expect(pageLanguage(['sv', 'fi'], FINNISH)).toBe('fi');
    expect(pageLanguage(['da', 'nb'], NORWEGIAN)).toBe('nb');
  });
});

test('a caption in title case or opening with an article is no picture credit; a maker of three names is', () => {
  expect(photoCredit('Photo: Mayor Opens New Bridge')).toBeUndefined();
  expect(photoCredit('Bild: Der Bürgermeister')).toBeUndefined();
  expect(photoCredit('Photo: Jean-Pierre de la Fontaine')).toBe('Jean-Pierre de la Fontaine');
  expect(photoCredit('Foto: Ritzau Scanpix')).toBe('Ritzau Scanpix');
});
