import { describe, expect, test } from 'vitest';
import { readMetaLine } from '../../src/importer/meta-line.ts';

test.each([
  [
    'Publié le 4 mai 2015 | Par Jean Dupont | Rubrique : Société',
    { date: '2015-05-04', authors: ['Jean Dupont'], section: 'Société' },
  ],
  [
    'Posted by Ada Quill · Tags: ferries, harbour board',
    { authors: ['Ada Quill'], tags: ['ferries', 'harbour board'] },
  ],
  ['Von Jana Berg – Kategorie: Lokales', { authors: ['Jana Berg'], section: 'Lokales' }],
  ['12/03/2021 - Atualizado em 13/03/2021', { date: '2021-03-12', updated: '2021-03-13' }],
  ['Atualizado em 13/03/2021', { date: '2021-03-13', updatedOnly: true }],
  // A byline beside a date written with the words Romance languages put inside it, a weekday before it.
  ['Por Ana Ruiz · 2 de septiembre de 2023', { authors: ['Ana Ruiz'], date: '2023-09-02' }],
  ['Por Ana Ruiz | sábado, 2 de septiembre de 2023', { authors: ['Ana Ruiz'], date: '2023-09-02' }],
  ['Di Marco Neri - 2 settembre 2023', { authors: ['Marco Neri'], date: '2023-09-02' }],
  ['Por Ana Ruiz · segunda-feira, 4 de setembro de 2023', { authors: ['Ana Ruiz'], date: '2023-09-04' }],
  ['Par Jean Dupont | vendredi 1er septembre 2023', { authors: ['Jean Dupont'], date: '2023-09-01' }],
  ['Por Ana Ruiz · 2 de septiembre del 2023', { authors: ['Ana Ruiz'], date: '2023-09-02' }],
  // A credit to the desk names no one, and the line is still read.
  ['Por Redacción | 12 de marzo de 2024', { date: '2024-03-12' }],
  // Thai pages' Buddhist years, as writtenDate reads them: two figures after a month's name, four in figures.
  ['15 มกราคม 67', { date: '2024-01-15' }],
  ['2567-01-15', { date: '2024-01-15' }],
  ['2567/01/15 10:00', { date: '2024-01-15' }],
  // A byline after Ethiopic's wordspace, tags split at Ethiopic's and Arabic's commas.
  ['ዘጋቢ፡ ዮናስ መኮንን | Tags: ህዳሴ ግድብ፣ ኃይል፣ ዓባይ', { authors: ['ዮናስ መኮንን'], tags: ['ህዳሴ ግድብ', 'ኃይል', 'ዓባይ'] }],
  ['Tags: ميناء، عبّارات', { tags: ['ميناء', 'عبّارات'] }],
])('%s', (line, expected) => {
  expect(readMetaLine(line, [], { slashed: 'day-first' })).toEqual(expected);
});

test.each([
  ['By Wren Adebayo - 11/18/19 11:04 PM EST', { authors: ['Wren Adebayo'], date: '2019-11-18' }],
  ['PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019', { date: '2019-11-19' }],
  [
    'By Ada Quill | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM',
    { authors: ['Ada Quill'], date: '2019-11-18' },
  ],
  ['Published 4:00 am CST, Wednesday, November 20, 2019', { date: '2019-11-20' }],
  // When, without a year to make a day of it: the line is still the story's metadata.
  ['Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM', {}],
  ['Published 1 day ago', {}],
])('American news systems: %s', (line, expected) => {
  expect(readMetaLine(line, [], { slashed: 'month-first' })).toEqual(expected);
});

test.each([
  'The pier closed on 05/10/2018 - engineers blamed the storm',
  'In Brief',
  'Section 3 of the plan - the budget',
  'By the numbers - 12 piers, 3 ferries',
  'Tags',
  'Council met November 18 at noon',
  'The ferry sailed 2 days ago',
  'Posted by the harbour board; a ferry was cancelled',
])('%s is not a metadata line', (line) => {
  const read = readMetaLine(line, [], { slashed: 'day-first' });
  // "Tags" alone names no tag; anything else here is prose.
  expect(read === undefined || (read.tags?.length === 0 && Object.keys(read).length === 1)).toBe(true);
});

test('a byline part is told by the labels bylines.ts knows, in any of its languages', () => {
  expect(readMetaLine('Geschrieben von Jana Berg | Kategorie: Lokales', [], { slashed: 'day-first' })).toEqual({
    authors: ['Jana Berg'],
    section: 'Lokales',
  });
  expect(readMetaLine('Autor: Ana Lima - Tags: porto, cais', [], { slashed: 'day-first' })).toEqual({
    authors: ['Ana Lima'],
    tags: ['porto', 'cais'],
  });
});

test.each([
  ['Megjelent: 2010. április 23. | Frissítve: 2010. április 26.', { date: '2010-04-23', updated: '2010-04-26' }],
  ['Frissítve: 2010. április 26. | Megjelent: 2010. április 23.', { date: '2010-04-23', updated: '2010-04-26' }],
  ['Publicat: 15.10.2009', { date: '2009-10-15' }],
  ['Publicat la: 15.10.2009', { date: '2009-10-15' }],
  ['Actualizat: 16.10.2009 | Publicat: 15.10.2009', { date: '2009-10-15', updated: '2009-10-16' }],
  ['Actualizat: 16.10.2009', { date: '2009-10-16', updatedOnly: true }],
  ['Módosítva: 2010. április 26.', { date: '2010-04-26', updatedOnly: true }],
  ['08.05.2009, ora 14:30 | Autor: Maria Ionescu', { date: '2009-05-08', authors: ['Maria Ionescu'] }],
  ['2010.06.12. | Szerző: Nagy Erzsébet', { date: '2010-06-12', authors: ['Nagy Erzsébet'] }],
  ['Vineri, 20 martie 2009 | de Ion Popescu', { date: '2009-03-20', authors: ['Ion Popescu'] }],
])('Hungarian and Romanian published and updated labels: %s', (line, read) => {
  expect(readMetaLine(line, [], { slashed: 'day-first' })).toEqual(read);
});

test.each([
  // The update's word after its date labels that date: the day it was published is the one that follows, the
  // update beside it.
  ['2023年4月1日 更新 | 2023年3月1日 公開', { date: '2023-03-01', updated: '2023-04-01' }],
  ['4 May 2021 updated | Published 3 May 2021', { date: '2021-05-03', updated: '2021-05-04' }],
  ['2024.05.21 10:00 수정 | 입력 2024.05.20 09:10', { date: '2024-05-20', updated: '2024-05-21' }],
  ['4 May 2021 updated', { date: '2021-05-04', updatedOnly: true }],
  // …unless a second date follows it, whose label it is.
  ['Julkaistu 12.3.2014 10.32 Päivitetty 13.3.2014', { date: '2014-03-12', updated: '2014-03-13' }],
])('an update word after its date: %s', (line, read) => {
  expect(readMetaLine(line, [], { slashed: 'day-first' })).toEqual(read);
});

test.each([
  ['Julkaistu 12.3.2023 10:15 | Päivitetty 13.3.2023 8:00', 'fi'],
  ['Julkaistu 12.3.2023 10.15 Päivitetty 13.3.2023 8.00', 'fi'],
  ['Publicerad 12 mars 2023 kl. 10.15 | Uppdaterad 13 mars 2023 kl. 08.00', 'sv'],
  ['Publicerad 12 mars 2023 Uppdaterad 13 mars 2023', 'sv'],
  ['Veröffentlicht am 12.03.2023, 10:15 Uhr | Aktualisiert am 13.03.2023, 08:00 Uhr', 'de'],
  ['Veröffentlicht am 12. März 2023 | Aktualisiert am 13. März 2023', 'de'],
  ['Publié le 12 mars 2023 à 10h15 | Mis à jour le 13 mars 2023 à 08h00', 'fr'],
  ['Publié le 12/03/2023 à 10:15 Mis à jour le 13/03/2023 à 08:00', 'fr'],
  ['Publicado: 12/03/2023 10:15 | Actualizado: 13/03/2023 08:00', 'es'],
  ['Publicado el 12 de marzo de 2023 | Actualizado el 13 de marzo de 2023 a las 08:00', 'es'],
  ['Opublikowano: 12.03.2023 10:15 | Aktualizacja: 13.03.2023 08:00', 'pl'],
  ['Opublikowano: 12 marca 2023 | Zaktualizowano: 13 marca 2023', 'pl'],
  ['Published 12 March 2023 10:15 | Updated 13 March 2023 08:00', 'en'],
  ['Published: March 12, 2023 10:15 AM | Last updated: March 13, 2023 8:00 AM', 'en'],
  ['Päivitetty 13.3.2023 8.00 Julkaistu 12.3.2023 10.15', 'fi'],
])('a line of both days gives the published one and the update: %s', (line, lang) => {
  expect(readMetaLine(line, [], { slashed: lang === 'en' ? 'month-first' : 'day-first', lang })).toEqual({
    date: '2023-03-12',
    updated: '2023-03-13',
  });
});

test.each([
  // An update on the day it appeared, its time aside, is no later day.
  ['Julkaistu 12.3.2023 10.15 | Päivitetty 12.3.2023 14.00', { date: '2023-03-12' }],
  // An update alone stays said to be one: never the day it was published.
  ['Mis à jour le 13 mars 2023 à 08h00', { date: '2023-03-13', updatedOnly: true }],
  ['Aktualizacja: 13.03.2023 08:00', { date: '2023-03-13', updatedOnly: true }],
])('%s', (line, read) => {
  expect(readMetaLine(line, [], { slashed: 'day-first', lang: /Mis/.test(line) ? 'fr' : 'fi' })).toEqual(read);
});

test('a labelled date may run longer than a bare one; a byline beside an update is no date', () => {
  expect(readMetaLine('Ada Quill / Staff / Updated: May 2, 2024, 11:05 IST', [], { slashed: 'month-first' })).toBe(
    undefined,
  );
});

test.each([
  ['Tagovi: izbori, Beograd, skupština', ['izbori', 'Beograd', 'skupština']],
  ['Тагови: избори, Београд, скупштина', ['избори', 'Београд', 'скупштина']],
  ['Oznake: izbori, Zagreb, Sabor', ['izbori', 'Zagreb', 'Sabor']],
  ['Ključne riječi: luka, gat', ['luka', 'gat']],
  ['Tagi: wybory, port, rada miasta', ['wybory', 'port', 'rada miasta']],
  ['Štítky: přístav, molo', ['přístav', 'molo']],
  ['Címkék: kikötő, móló', ['kikötő', 'móló']],
  ['Теги: порт, причал', ['порт', 'причал']],
  ['Taggar: hamn, pir', ['hamn', 'pir']],
  ['Avainsanat: satama, laituri', ['satama', 'laituri']],
  ['Trefwoorden: haven, pier', ['haven', 'pier']],
  ['タグ：港、桟橋', ['港', '桟橋']],
  ['Tags: harbour, pier', ['harbour', 'pier']],
  ['Schlagwörter: Hafen, Mole', ['Hafen', 'Mole']],
])('a tag line in its language: %s', (line, tags) => {
  expect(readMetaLine(line, [], { slashed: 'day-first' })).toEqual({ tags });
});

test.each([
  // A label's letters at the start of another word are no label ("Tag" and "ovi: …", "Tag" and "esschau …").
  'Tagesschau: Hafen, Mole',
  // Without its colon, a word of another language's label opens a sentence.
  'Oznake na putu, kažu, postavljene su prošle nedelje',
  'Tagi wyborcze, jak co roku, odbyły się w porcie',
])('%s is no tag line', (line) => {
  expect(readMetaLine(line, [], { slashed: 'day-first' })).toBeUndefined();
});

test('a label without its colon, before words that are no list, opens a sentence; with its colon it is a tag field', () => {
  expect(readMetaLine('Topics discussed at the meeting were many', [], { slashed: 'day-first' })).toBeUndefined();
  expect(readMetaLine('Tags: sad arrombamento veiculo', [], { slashed: 'day-first' })).toEqual({ tags: [] });
});

describe('a sentence opening with a date is no date line', () => {
  test.each([
    'Am 4. Mai 2015 beschloss der Stadtrat die Schließung des Hafens.',
    'El 4 de mayo de 2015 el pleno votó cerrar el puerto.',
    'Le 4 mai 2015 le conseil a voté la fermeture du port.',
    'Publicado el 4 de mayo de 2015 el pleno votó cerrar el puerto.',
  ])('%s', (line) => {
    expect(readMetaLine(line, [])).toBeUndefined();
  });

  test('a labelled date runs to more words than a bare one', () => {
    expect(readMetaLine('Publié le 4 mai 2015 à 19h12', [])).toEqual({ date: '2015-05-04' });
    expect(readMetaLine('Opublikowano: 14 lipca 1997 r.', [])).toEqual({ date: '1997-07-14' });
  });
});

describe("a sentence opening with a tag label's word is no tag line", () => {
  test.each([
    'Tag für Tag kommen mehr Menschen, Familien und Kinder an.',
    'Tag und Nacht arbeiten die Helfer, Polizisten und Ärzte.',
    'Temas como la vivienda, el empleo y la sanidad dominaron el pleno.',
    'Topics ranged from housing, jobs and schools to the new bridge.',
  ])('%s', (line) => {
    expect(readMetaLine(line, [])).toBeUndefined();
  });

  test('with its colon, or as a list of short names, it is one', () => {
    expect(readMetaLine('Tag: Hochwasser', [])).toEqual({ tags: ['Hochwasser'] });
    expect(readMetaLine('Tags ferries, harbour board', [])).toEqual({ tags: ['ferries', 'harbour board'] });
  });
});

test('a time of day alone after its label says when, but gives no day; without a label it is a sentence', () => {
  for (const line of ['Last updated 1:10 p.m. CDT', 'Updated: 09.30', 'Posted at 6:51 AM'])
    expect(readMetaLine(line, []), line).toEqual({});
  expect(readMetaLine('At 1:10 p.m. the ferry left', [])).toBeUndefined();
  expect(readMetaLine('1:10 p.m. CDT', [])).toBeUndefined();
});

test.each([
  // Turkish, Greek and Vietnamese labels; the time set apart from its day by a dash, as the day is from the writer.
  ['Muhabir: Oğuz Yıldırım | Yayınlanma: 12.03.2021 - 23:45', { authors: ['Oğuz Yıldırım'], date: '2021-03-12' }],
  ['YAYINLANMA TARİHİ: 12.03.2021', { date: '2021-03-12' }],
  ['Yayınlanma: 12.03.2021 - 23:45 | Güncelleme: 13.03.2021 - 08:00', { date: '2021-03-12', updated: '2021-03-13' }],
  ['Δημοσίευση: 12.03.2021 - 09:15', { date: '2021-03-12' }],
  ['Cập nhật: 12/03/2021 - 08:00', { date: '2021-03-12', updatedOnly: true }],
])('%s', (line, read) => {
  expect(readMetaLine(line, [], { slashed: 'day-first' })).toEqual(read);
});

test('a time alone is no date line, nor a time before its day', () => {
  expect(readMetaLine('23:45', [], { slashed: 'day-first' })).toBeUndefined();
  expect(readMetaLine('23:45 - 12.03.2021', [], { slashed: 'day-first' })).toBeUndefined();
});

test.each([
  // Nouns of publishing and updating label a date only before their colon; words they begin are other words.
  'Đăng ký trước ngày 15/3/2021',
  'Đăng cai 15/3/2021',
  'Δημοσίευση αποτελεσμάτων 15/3/2021',
  'Ενημερωτική εκδήλωση 15 Μαρτίου 2021',
  // A price after a day is no time of it.
  '15.03.2021 - 3.50 TL',
])('%s is a line of the story', (line) => {
  expect(readMetaLine(line, [], { slashed: 'day-first' })).toBeUndefined();
});
