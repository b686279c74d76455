import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import {
  copyrightHolder,
  headBlockLines,
  isCopyrightLine,
  isHeadline,
  readText,
  takeCopyright,
} from '../../src/importer/read-text.ts';
import { ImportError } from '../../src/importer/types.ts';
import { bylineNames, hasBylineLabel } from '../../src/importer/bylines.ts';
import { isPlaceAndDate } from '../../src/lib/written-dates.ts';

const fixture = (path: string) => readFile(new URL(`../fixtures/import/${path}`, import.meta.url), 'utf8');

describe('readText', () => {
  test('a plain-text article in the seed’s shape: paragraphs kept, copyright line moved out', async () => {
    const found = readText(await fixture('text/lighthouse-keepers.txt'), 'lighthouse-keepers.txt');
    expect(found.fields).toEqual({ copyright: '© 2024 Alder Coast Courier. All rights reserved.' });
    const paragraphs = found.body.trim().split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^The last keeper of the Gannet Point light/);
    expect(paragraphs[3]).toBe('“People think the job was lonely,” Varga said. “It was mostly paperwork and paint.”');
    // Abbreviations and typographic quotes come through untouched.
    expect(found.body).toContain('Jan. 3, 1962');
    expect(found.body).toContain('U.K. coastguard’s');
    expect(found.body).not.toContain('©');
  });

  test('Markdown and HTML in plain text stay text', () => {
    const found = readText(
      '# Not a heading\n\n<script>alert(1)</script> and [a](javascript:x)\n\n1. not a list',
      'a.txt',
    );
    expect(found.body).toBe(
      '\\# Not a heading\n\n\\<script>alert(1)\\</script> and \\[a]\\(javascript:x)\n\n1\\. not a list\n',
    );
  });

  test('lines that are each a list item are a list, lines between bars a table; a lone one stays text', () => {
    const found = readText(
      [
        'Budget approved',
        'Published on 7 October 2012',
        'The council approved three changes:',
        '- The basic rate rises by two per cent.\n- The harbour fee is frozen.',
        '| Item | Before | After |\n|------|--------|-------|\n| Rate | 10 | 12 |',
        '1. Vote\n2. Publish',
        '- a line of its own',
      ].join('\n\n'),
      'a.txt',
    );
    expect(found.body).toBe(
      [
        'The council approved three changes:',
        '- The basic rate rises by two per cent.\n- The harbour fee is frozen.',
        '| Item | Before | After |\n| ---- | ------ | ----- |\n| Rate | 10     | 12    |',
        '1. Vote\n2. Publish',
        '\\- a line of its own\n',
      ].join('\n\n'),
    );
  });

  test('a numbered list keeps its numbers, a countdown is kept as written, two tables a blank line apart stay two, rows below one go on with it', () => {
    const found = readText(
      [
        'Readers rank the beaches',
        'Published on 7 October 2012',
        'Steps four and five come last:',
        '4. Register\n5. Pay',
        'And the ranking, from the bottom:',
        '3. Praia da Rocha\n2. Meia Praia\n1. Praia da Marinha',
        '| Town | Votes |\n|---|---|\n| Lagos | 12 |',
        '| Town | Seats |\n|---|---|\n| Faro | 3 |',
        // Rows a blank line below, without a head of their own, go on with the table above.
        '| Olhão | 2 |',
      ].join('\n\n'),
      'a.txt',
    );
    expect(found.body).toBe(
      [
        'Steps four and five come last:',
        '4. Register\n5. Pay',
        'And the ranking, from the bottom:',
        '3\\. Praia da Rocha',
        '2\\. Meia Praia',
        '1\\. Praia da Marinha',
        '| Town  | Votes |\n| ----- | ----- |\n| Lagos | 12    |',
        '| Town  | Seats |\n| ----- | ----- |\n| Faro  | 3     |\n| Olhão | 2     |\n',
      ].join('\n\n'),
    );
  });

  test('a date line that names the place gives the date and stays the story’s dateline; a date alone is taken out', () => {
    const story = 'Le conseil communal a voté le budget hier soir.\n\nLes travaux commenceront au printemps.';
    const opening = readText(`Le budget voté\n\nNamur, le 8 juin 1997\n\n${story}`, 'a.txt');
    expect(opening.guessed?.date).toBe('1997-06-08');
    expect(opening.body.startsWith('Namur, le 8 juin 1997\n\nLe conseil communal')).toBe(true);
    // Signed at the end, as a letter or a local paper does: read there too, and kept.
    const closing = readText(`Le budget voté\n\n${story}\n\nSint-Niklaas, 2 januari 2000`, 'b.txt');
    expect(closing.guessed?.date).toBe('2000-01-02');
    expect(closing.body.endsWith('Sint-Niklaas, 2 januari 2000\n')).toBe(true);
    // Nothing but the date (after « le », or a weekday in Dutch): the date, and the line goes.
    // A weekday before a comma is no place: "Monday, 8 June 1997", "Pazartesi, 6 Şubat 2023".
    for (const line of [
      'le 8 juin 1997',
      'Dinsdag 3 september 1996',
      'Monday, 9 June 1997',
      'Pazartesi, 3 Şubat 1997',
    ]) {
      const dated = readText(`Le budget voté\n\n${line}\n\n${story}`, 'c.txt');
      expect(dated.guessed?.date, line).toMatch(/^199[67]-/);
      expect(dated.body.startsWith('Le conseil communal'), line).toBe(true);
    }
  });

  test('dialogue set with dashes stays speech, a line each, not a list', () => {
    const found = readText(
      [
        'Встреча на пристани',
        'Они встретились у парома.',
        '- Привет, - сказал он.\n- Здравствуй, - ответила она.',
      ].join('\n\n'),
      'd.txt',
    );
    expect(found.body).toBe(
      'Они встретились у парома.\n\n\\- Привет, - сказал он.\n\n\\- Здравствуй, - ответила она.\n',
    );
  });

  test('hard-wrapped lines join into one paragraph', () => {
    expect(readText('One line\nwrapped here.\n\nTwo.', 'a.txt').body).toBe('One line wrapped here.\n\nTwo.\n');
  });

  test('hard-wrapped paragraphs at 70 columns, one sentence ending at a line’s end, stay whole', () => {
    const text = [
      'The harbour board met on Tuesday to settle the cost of the breakwater.',
      'Members argued for two hours over who should pay for the stone, and',
      'whether the fishing fleet could keep using the inner harbour while the',
      'work went on.',
      '',
      'A decision is due in May.',
    ].join('\n');
    const body = readText(text, 'a.txt').body;
    expect(body.trim().split('\n\n')).toHaveLength(2);
    expect(body).toContain('breakwater. Members argued');
  });

  test('a paragraph a line, with no blank lines between (copied from a page), keeps its paragraphs', () => {
    const story = [
      'The council approved the harbour works on Tuesday after a long debate over the cost of the new breakwater.',
      '“We have waited long enough,” the mayor said.',
      'Engineers said the work would take eighteen months and that the fishing fleet could keep using the inner harbour.',
      'The opposition said the plan came too late',
    ];
    const found = readText(['Harbour works to begin in spring', 'By Ana Ruiz', ...story].join('\n'), 'a.txt');
    expect(found.guessed).toMatchObject({ title: 'Harbour works to begin in spring', authors: ['Ana Ruiz'] });
    expect(found.body.trim().split('\n\n')).toEqual(story);
  });

  test('short lines that each close a sentence are paragraphs; a wrapped one with a long address is not cut', () => {
    expect(readText('The ferry sailed.\nIt came back at noon.\nNobody was hurt.', 'a.txt').body).toBe(
      'The ferry sailed.\n\nIt came back at noon.\n\nNobody was hurt.\n',
    );
    const address = 'https://council.example/documents/2024/harbour-board/minutes-of-the-meeting-of-12-march-2024.pdf';
    expect(
      readText(`The minutes are at\n${address}\nand in the library.`, 'a.txt').body.trim().split('\n\n'),
    ).toHaveLength(1);
  });

  test('a file with only a copyright line has nothing to import', () => {
    expect(() => readText('© 2024 Somebody', 'a.txt')).toThrow(ImportError);
  });
});

describe('copyright lines', () => {
  test.each([
    ['© 2021 Harbour Gazette. All rights reserved.', true],
    ['Copyright 2019 Northshore Weekly', true],
    ['(c) Coastal Wire 2020', true],
    ['All rights reserved.', true],
    // The notice in the other languages the site ships.
    ['Tous droits réservés.', true],
    ['Alle Rechte vorbehalten. Hafenbote 2021', true],
    ['Todos los derechos reservados', true],
    ['حقوق النشر © 2024 جمعية النهر', true],
    ['جميع الحقوق محفوظة لجمعية النهر 2024', true],
    ['著作権 2024 港新聞', true],
    // A notice that closes with the phrase in another language, as it does in English.
    ['© 2024 Gazeta do Vale. Todos os direitos reservados.', true],
    ['© 2021 Le Courrier du Port. Tous droits réservés.', true],
    ['© 2024 جمعية النهر. جميع الحقوق محفوظة.', true],
    ['حقوق الإنسان موضوع التقرير الذي نشرته الجمعية أمس. وقد ناقشه المجلس طويلا. ثم صوت عليه بالإجماع.', false],
    ['Copyright law was the subject. The committee met twice. It voted on Friday and the bill passed.', false],
    ['The harbour reopened on Monday.', false],
    // Chinese: the holder first, or "not to be reprinted", only as the whole line; the same words in a sentence are prose.
    ['中央社版權所有', true],
    ['海港日報版權所有，翻印必究。', true],
    ['未經授權不得轉載', true],
    ['该公司版权所有人张先生表示将起诉。', false],
    ['禁止转载他人作品是法律常识。', false],
    // "All rights reserved" in more of the languages clippings come in.
    ['© 2010 Северная газета. Все права защищены.', true],
    ['Усі права захищені. © Житомирський вісник', true],
    ['© 2015 Gazzetta del Porto. Tutti i diritti riservati.', true],
    ['Wszelkie prawa zastrzeżone © Kurier Portowy', true],
  ])('%j → %s', (line, expected) => {
    expect(isCopyrightLine(line)).toBe(expected);
  });

  test.each([
    ['© Copyright Harbour Gazette 2022. All rights reserved.', 'Harbour Gazette'],
    ['Copyright 2021 The Coast Wire. All rights reserved. Not to be published or redistributed.', 'The Coast Wire'],
    // An abbreviation's stop is the name's; a sentence's is not.
    ['© 2019 Gazette Media Ltd.', 'Gazette Media Ltd.'],
    ['© 2024 Brněnský kurýr, s.r.o.', 'Brněnský kurýr, s.r.o.'],
    ['© 2021 Jihočeský deník, a. s. Všechna práva vyhrazena.', 'Jihočeský deník, a. s.'],
    ['© 2020 Editora Litoral S.A.', 'Editora Litoral S.A.'],
    ['© 2020 Hafenbote GmbH. Alle Rechte vorbehalten.', 'Hafenbote GmbH'],
    ['© 2020 Harbour Gazette.', 'Harbour Gazette'],
    ['Copyright © 2020 by Mara Lind', 'Mara Lind'],
    ['All rights reserved © 2020 Harbour Gazette', 'Harbour Gazette'],
    ['© 1998–2024 U.S. Coast Review, L.P.', 'U.S. Coast Review, L.P.'],
    ['Copyright 2003 Harbour Gazette | All rights reserved', 'Harbour Gazette'],
    ['© Le Courrier du Port 2021. Tous droits réservés.', 'Le Courrier du Port'],
    ['حقوق النشر © 2024 جمعية النهر', 'جمعية النهر'],
    ['著作権 © 2024 港新聞', '港新聞'],
    ['© «Северная газета», 2010. Все права защищены.', 'Северная газета'],
    ['© 2015 Gazzetta del Porto. Tutti i diritti riservati.', 'Gazzetta del Porto'],
    ['Copyright „Die Hafenwoche“ 2004', 'Die Hafenwoche'],
    ['© 2021. All rights reserved.', undefined],
    ['All rights reserved.', undefined],
    ['© 2010 A publisher whose notice runs on far longer than any name would', undefined],
  ])('the holder of %j is %j', (notice, holder) => {
    expect(copyrightHolder(notice)).toBe(holder);
  });

  test('the holder a closing notice names is offered as the source, as a guess', () => {
    const found = readText('The harbour reopened.\n\n© 2024 Alder Coast Courier. All rights reserved.', 'a.txt');
    expect(found.guessed?.source).toEqual({ name: 'Alder Coast Courier' });
    expect(found.guessedWhy?.source).toBe('source "Alder Coast Courier" from the copyright line');
    expect(readText('The harbour reopened.\n\nFerries ran late.', 'b.txt').guessed?.source).toBeUndefined();
  });

  test('the last line of the last paragraph can be the notice', () => {
    expect(takeCopyright(['First.', 'Last words.\n© 2020 Wire'])).toEqual({
      paragraphs: ['First.', 'Last words.'],
      copyright: '© 2020 Wire',
      holder: 'Wire',
    });
    expect(takeCopyright(['First.', 'No notice here.'])).toEqual({ paragraphs: ['First.', 'No notice here.'] });
  });

  test('a notice of two or three lines goes whole, its holder from the line that names one; a story line stays', () => {
    expect(
      takeCopyright([
        'Tỉnh đã khoan thêm giếng.',
        'Bản quyền © 2023 Báo Sông Lam',
        'Ghi rõ nguồn khi phát hành lại thông tin từ website này',
      ]),
    ).toEqual({
      paragraphs: ['Tỉnh đã khoan thêm giếng.'],
      copyright: 'Bản quyền © 2023 Báo Sông Lam Ghi rõ nguồn khi phát hành lại thông tin từ website này',
      holder: 'Báo Sông Lam',
    });
    // Only the word: the story's own last line, not a notice's.
    expect(takeCopyright(['The council met.', 'Copyright law changes next year.', '© 2021 Gazette'])).toEqual({
      paragraphs: ['The council met.', 'Copyright law changes next year.'],
      copyright: '© 2021 Gazette',
      holder: 'Gazette',
    });
  });
});

test('a Japanese byline under the headline and date names the author and leaves the story', () => {
  const body = '町の防災課は台風10号の接近に備え、早めの避難を呼びかけた。避難所は小学校など三か所に開設される。';
  for (const [line, authors] of [
    ['文・山田太郎', ['山田太郎']],
    ['記者 佐藤花子', ['佐藤花子']],
  ] as const) {
    const found = readText(`台風10号が接近\n\n2024年8月30日\n\n${line}\n\n${body}\n`, 'typhoon.txt');
    expect(found.guessed).toMatchObject({ title: '台風10号が接近', date: '2024-08-30', authors });
    expect(found.text.trim()).toBe(body);
  }
});

test('an Arabic byline names the author, and an Arabic notice is the copyright', () => {
  const found = readText(
    'افتتاح سوق المدينة\n\nبقلم هدى منصور\n\nافتتح السوق الجديد صباح اليوم وسط حضور كبير.\n\nحقوق النشر © 2024 جمعية النهر',
    'a.txt',
  );
  expect(found.guessed).toMatchObject({ title: 'افتتاح سوق المدينة', authors: ['هدى منصور'] });
  expect(found.body).toBe('افتتح السوق الجديد صباح اليوم وسط حضور كبير.\n');
});

describe('readText: what the shape of plain text tells', () => {
  test('a headline line, a By line and a dated wire dateline are offered; the dateline stays in the body', () => {
    const found = readText(
      'Harbour reopens after storm\n\nBy Ada Quill and Bram Ott\n\nLONDON, Sept. 10, 2015 (Reuters) - The harbour reopened on Monday.\n\nFerries ran late.',
      'a.txt',
    );
    expect(found.guessed).toEqual({
      title: 'Harbour reopens after storm',
      authors: ['Ada Quill', 'Bram Ott'],
      date: '2015-09-10',
      source: { name: 'Reuters' },
    });
    expect(found.body).toBe(
      'LONDON, Sept. 10, 2015 (Reuters) - The harbour reopened on Monday.\n\nFerries ran late.\n',
    );
    expect(Object.values(found.guessedWhy ?? {})).toEqual([
      'title "Harbour reopens after storm" from the first line',
      'authors Ada Quill, Bram Ott from the line "By Ada Quill and Bram Ott"',
      'date 2015-09-10 from the dateline "LONDON, Sept. 10, 2015 (Reuters) -"',
      'source "Reuters" from the dateline "LONDON, Sept. 10, 2015 (Reuters) -"',
    ]);
  });

  test('an Arabic dateline gives the date, in either set of digits, and its agency the source', () => {
    for (const dateline of ['الساحل، 15 أبريل 2024 (وكالة الساحل) -', 'الساحل، ١٥ أبريل ٢٠٢٤ (وكالة الساحل) -']) {
      const found = readText(`${dateline} افتتح السوق الجديد صباح اليوم.\n\nوسط حضور كبير.`, 'a.txt');
      expect(found.guessed).toEqual({ date: '2024-04-15', source: { name: 'وكالة الساحل' } });
      expect(found.body.startsWith(dateline)).toBe(true);
    }
    expect(readText('افتتح السوق الجديد صباح اليوم - وسط حضور كبير.\n\nثم.', 'a.txt').guessed).toBeUndefined();
  });

  test('a Spanish-language agency dateline, its stop before the dash ("(EFE).-"), gives the date and the source', () => {
    for (const [dateline, date] of [
      ['Ciudad de México, 14 de febrero de 2021 (EFE).-', '2021-02-14'],
      ['MADRID, 14 feb 2021 (EFE).-', '2021-02-14'],
    ] as const) {
      const found = readText(
        `Las librerías de Donceles resisten\n\n${dateline} Entre el Zócalo y la Alameda, la calle guarda una docena de librerías.\n\nLos libreros piden ayuda.`,
        'a.txt',
      );
      expect(found.guessed, dateline).toMatchObject({ date, source: { name: 'EFE' } });
      expect(found.body.startsWith(dateline)).toBe(true);
    }
  });

  test("a news agency's name alone closing the story is no line of it, and names the source where nothing else does", () => {
    const story =
      'Las librerías de Donceles resisten\n\nEntre el Zócalo y la Alameda, la calle guarda una docena de librerías.\n\nLos libreros piden ayuda.';
    for (const agency of ['EFE', '(EFE)', 'Reuters']) {
      const found = readText(`${story}\n\n${agency}`, 'a.txt');
      expect(found.body.trim().endsWith('Los libreros piden ayuda.'), agency).toBe(true);
      expect(found.guessed?.source?.name, agency).toBe(agency.replace(/[()]/g, ''));
    }
    // A word that is no agency's name stays the story's.
    expect(readText(`${story}\n\nFin`, 'a.txt').body.trim().endsWith('Fin')).toBe(true);
  });

  test.each(['April 15, 2024', '15 avril 2024', '15 de abril de 2024', '15 أبريل 2024'])(
    'a first line that is only a date (%s) is the date, not the headline',
    (line) => {
      const found = readText(`${line}\n\nThe harbour reopened on Monday.\n\nFerries ran late.`, 'a.txt');
      expect(found.guessed).toEqual({ date: '2024-04-15' });
      expect(found.body.startsWith('The harbour reopened')).toBe(true);
    },
  );

  test('a copyright holder is the source before the agency a dateline credits', () => {
    const found = readText(
      'PARIS (AFP) — The harbour reopened on Monday.\n\n© 2015 Harbour Gazette. All rights reserved.',
      'a.txt',
    );
    expect(found.guessed?.source).toEqual({ name: 'Harbour Gazette' });
    expect(readText('PARIS (AFP) — The harbour reopened on Monday.', 'b.txt').guessed?.source).toEqual({
      name: 'AFP',
    });
  });

  test('a headline, By line and date line with no blank line between them are read the same', () => {
    const found = readText(
      'Harbour reopens after storm\nBy Ada Quill\n12 May 1998\n\nThe harbour reopened on Monday.\n\nFerries ran late.',
      'a.txt',
    );
    expect(found.guessed).toEqual({ title: 'Harbour reopens after storm', authors: ['Ada Quill'], date: '1998-05-12' });
    expect(found.body).toBe('The harbour reopened on Monday.\n\nFerries ran late.\n');
    const arabic = readText(
      'ارتفاع منسوب المياه\nبقلم سارة الخطيب\n\nارتفع منسوب المياه في النهر.\n\nوأغلقت المدارس.',
      'a.txt',
    );
    expect(arabic.guessed).toEqual({ title: 'ارتفاع منسوب المياه', authors: ['سارة الخطيب'] });
    // Two writers joined by Arabic's و: the line is the byline, not the story's first paragraph.
    const two = readText('أزمة المياه\n\nبقلم سارة الخطيب ومحمد العلي\n\nيعاني سكان القرى من العطش.', 'b.txt');
    expect(two.guessed?.authors).toEqual(['سارة الخطيب', 'محمد العلي']);
    expect(two.body).toBe('يعاني سكان القرى من العطش.\n');
  });

  test("a story long enough to tell, in another script than the archive's language, is read for its language", () => {
    // An English clipping in an Arabic archive would otherwise be filed as Arabic: right to left, Arabic stemming.
    const paragraph =
      'Islanders have waited for months for the night ferry to return, and the council says the new boat will not ' +
      'be ready before the summer. Fishermen, nurses and schoolchildren who used the crossing every day now take ' +
      'the long road around the bay, which adds two hours to every journey in each direction.';
    const english = `Ferry delayed again\n\n${[paragraph, paragraph, paragraph, paragraph].join('\n\n')}`;
    const long = readText(english, 'f.txt', { siteLang: 'ar' });
    expect(long.guessed?.lang).toBe('en');
    expect(long.guessedWhy?.lang).toMatch(/read from the text/);
    // In the archive's own script the archive's language stands: franc tells Arabic from Urdu or Persian less surely.
    const story = [
      'ينتظر سكان الجزيرة منذ أشهر عودة العبّارة الليلية، وتقول البلدية إن القارب الجديد لن يكون جاهزًا قبل الصيف.',
      'ويضطر الصيادون والممرضات وتلاميذ المدارس الذين كانوا يعبرون كل يوم إلى سلوك الطريق الطويل حول الخليج.',
      'وقال رئيس البلدية في مؤتمر صحفي إن المشكلة تعود إلى تأخر وصول المحركات من المصنع، وإن الحكومة وعدت بالمساعدة.',
    ].join('\n\n');
    const arabic = `تأخر العبارة مجددًا\n\n${story}\n\n${story}\n\n${story}`;
    expect(readText(arabic, 'a.txt', { siteLang: 'ar' }).guessed?.lang).toBeUndefined();
    expect(readText(english, 'f.txt', { siteLang: 'en-GB' }).guessed?.lang).toBeUndefined();
    // Too short to tell, or no archive language to compare with: nothing is guessed.
    expect(readText(`Ferry delayed\n\n${paragraph}`, 's.txt', { siteLang: 'ar' }).guessed?.lang).toBeUndefined();
    expect(readText(english, 'f.txt').guessed?.lang).toBeUndefined();
  });

  test('a story long enough to tell, in Latin letters, is read for its language in an archive of another Latin-script language', () => {
    const absatz =
      'Die Inselbewohner warten seit Monaten auf die Rückkehr der Nachtfähre, und der Gemeinderat sagt, das neue ' +
      'Schiff werde nicht vor dem Sommer fertig. Fischer, Pflegekräfte und Schulkinder, die jeden Tag übersetzten, ' +
      'nehmen nun den langen Weg um die Bucht, der jede Fahrt in beide Richtungen um zwei Stunden verlängert.';
    const german = readText(`Fähre erneut verspätet\n\n${[absatz, absatz, absatz, absatz].join('\n\n')}`, 'd.txt', {
      siteLang: 'en',
    });
    expect(german.guessed?.lang).toBe('de');
    // Short, it is offered to be checked: a paragraph reads unlike English by far, but franc is less sure of it.
    const short = readText(`Fähre verspätet\n\n${absatz}`, 'k.txt', { siteLang: 'en' });
    expect(short.guessed?.lang).toBe('de');
    expect(short.guessedWhy?.lang).toMatch(/short text .* check it, or set --lang/);
  });

  test("a short story reads as another language only far from the archive's: Dutch in a French archive, not French", () => {
    const dutch =
      'De gemeenteraad heeft gisteravond het nieuwe mobiliteitsplan goedgekeurd. Vrachtwagens mogen vanaf volgend ' +
      'jaar niet meer door het centrum rijden. De handelaars zijn ongerust over de bevoorrading van hun winkels.';
    const french =
      'Le conseil communal a approuvé hier soir le nouveau plan de mobilité. Les camions ne pourront plus traverser ' +
      'le centre-ville dès l’an prochain. Les commerçants s’inquiètent pour leurs livraisons.';
    expect(readText(`Nieuw verkeersplan\n\n${dutch}`, 'n.txt', { siteLang: 'fr' }).guessed?.lang).toBe('nl');
    expect(readText(`Nouveau plan\n\n${french}`, 'f.txt', { siteLang: 'fr' }).guessed?.lang).toBeUndefined();
    expect(readText(`Nouveau plan\n\n${french}`, 'f.txt', { siteLang: 'nl' }).guessed?.lang).toBe('fr');
    // A line or two says too little: the archive's language.
    expect(readText(`Kort\n\nDe brug is dicht.`, 'k.txt', { siteLang: 'fr' }).guessed?.lang).toBeUndefined();
  });

  test("an archive's own story stays in its language where franc cannot tell it apart: no model of it, or a close relative", () => {
    const story = (paragraph: string) => [paragraph, paragraph, paragraph, paragraph].join('\n\n');
    // franc-min has no model of Catalan or Danish: it reads them as Spanish and Swedish.
    const catalan = story(
      "L'ajuntament va decidir dilluns tornar a posar en marxa el transbordador entre el port i l'illa. Després de " +
        "mesos de negociacions amb l'operador, les parts van acordar un nou horari que començarà a la primavera. Els " +
        "veïns feia anys que demanaven una connexió millor, i l'alcalde va dir que els preus es mantindrien estables.",
    );
    expect(readText(`Torna el transbordador\n\n${catalan}`, 'c.txt', { siteLang: 'ca' }).guessed?.lang).toBeUndefined();
    const danish = story(
      'Byrådet besluttede mandag at genoptage færgeforbindelsen mellem havnen og øen. Efter måneders forhandlinger ' +
        'med operatøren blev parterne enige om en ny køreplan, som træder i kraft til foråret. Beboerne har i årevis ' +
        'kæmpet for en bedre forbindelse, og borgmesteren sagde, at billetpriserne ville forblive uændrede.',
    );
    expect(readText(`Færgen vender tilbage\n\n${danish}`, 'd.txt', { siteLang: 'da' }).guessed?.lang).toBeUndefined();
    // Croatian and Serbian score within a hair of each other: a Croatian archive's story is not filed as Serbian.
    const croatian = story(
      'Gradsko vijeće u ponedjeljak je odlučilo ponovno uspostaviti trajektnu liniju između luke i otoka. Nakon ' +
        'višemjesečnih pregovora s prijevoznikom strane su se dogovorile o novom voznom redu koji počinje na proljeće. ' +
        'Stanovnici su godinama tražili bolju vezu, a gradonačelnik je rekao da cijene karata ostaju iste.',
    );
    expect(readText(`Trajekt se vraća\n\n${croatian}`, 'h.txt', { siteLang: 'hr' }).guessed?.lang).toBeUndefined();
    // What franc does tell apart is still read: a Russian story in a Ukrainian archive.
    const russian = story(
      'Городской совет в понедельник решил возобновить паромное сообщение между портом и островом. После ' +
        'многомесячных переговоров с оператором стороны договорились о новом расписании, которое начнёт действовать ' +
        'весной. Жители много лет добивались лучшего сообщения, и мэр сказал, что цены на билеты не изменятся.',
    );
    expect(readText(`Паром возвращается\n\n${russian}`, 'r.txt', { siteLang: 'uk' }).guessed?.lang).toBe('ru');
  });

  test.each([
    ['Publicado em 7 de outubro de 2012', '2012-10-07'],
    ['Publicado el 7 de octubre de 2012', '2012-10-07'],
    ['Veröffentlicht am 14. Mai 2013', '2013-05-14'],
    ['Published on 7 October 2012', '2012-10-07'],
  ])('a date line with its label, %j, is the date however many words its language takes', (line, date) => {
    const found = readText(
      `Eleição termina empatada

${line}

A votação terminou empatada entre os dois candidatos.`,
      'e.txt',
    );
    expect(found.guessed?.date).toBe(date);
    expect(found.text).not.toContain(line);
  });

  test('a headline that asks or exclaims is the headline when a byline or date line follows it', () => {
    const english = readText('Will the ferry ever return?\n\nBy Ada Quill\n\nIslanders have waited months.', 'q.txt');
    expect(english.guessed).toEqual({ title: 'Will the ferry ever return?', authors: ['Ada Quill'] });
    const arabic = readText(
      'هل تعود العبّارة إلى الجزيرة؟\n\nبقلم سارة الخطيب\n\nبيروت، ١٥ مارس ٢٠٢١ (أ ف ب) - ينتظر السكان عودة العبّارة.\n\nوقال رئيس البلدية إن الوعود كثيرة.',
      'q.txt',
    );
    expect(arabic.guessed).toMatchObject({
      title: 'هل تعود العبّارة إلى الجزيرة؟',
      authors: ['سارة الخطيب'],
      date: '2021-03-15',
    });
    // Spanish opens a question or an exclamation with its own mark.
    const spanish = readText(
      '¿Volverá el ferry a la isla?\n\nPor Ana López\n\nLos vecinos esperan desde hace meses.',
      'q.txt',
    );
    expect(spanish.guessed).toEqual({ title: '¿Volverá el ferry a la isla?', authors: ['Ana López'] });
    // Without one, a question is the story's opening sentence, as before.
    const opening = readText('Who pays for the ferry?\n\nThe council met on Monday.', 'q.txt');
    expect(opening.guessed?.title).toBeUndefined();
  });

  test('a headline, byline and date straight above the story, with no blank line, are found', () => {
    const found = readText(
      'Ferry returns to the island\nBy Laila Haddad\n2025-01-20\nThe night ferry sailed again on Monday\nafter a month in dry dock.\n\nPassengers cheered.',
      'a.txt',
    );
    expect(found.guessed).toEqual({
      title: 'Ferry returns to the island',
      authors: ['Laila Haddad'],
      date: '2025-01-20',
    });
    expect(found.body).toBe(
      'The night ferry sailed again on Monday after a month in dry dock.\n\nPassengers cheered.\n',
    );
    const arabic = readText(
      'عودة العبّارة إلى الجزيرة\nبقلم ليلى حداد\nعادت العبّارة الليلية إلى العمل يوم الاثنين.\n\nوهتف الركاب.',
      'a.txt',
    );
    expect(arabic.guessed).toEqual({ title: 'عودة العبّارة إلى الجزيرة', authors: ['ليلى حداد'] });
  });

  test('a wrapped sentence whose next line starts like a byline is not taken apart', () => {
    const text =
      'The ferry left the harbour early on Monday.\nBy the time it docked the storm had passed.\n\nPassengers cheered.';
    expect(readText(text, 'a.txt').guessed).toBeUndefined();
    expect(
      headBlockLines(
        'Ferry news\nBy the time the harbour had reopened on Monday the storm had long passed\nand ferries ran.',
      ),
    ).toHaveLength(1);
  });

  test('a hard-wrapped first paragraph is not taken apart', () => {
    const text = 'The harbour reopened on Monday\nafter the storm of last week.\n\nFerries ran late.';
    expect(readText(text, 'a.txt').body).toBe(
      'The harbour reopened on Monday after the storm of last week.\n\nFerries ran late.\n',
    );
    expect(headBlockLines('Harbour reopens\nBy Ada Quill')).toEqual(['Harbour reopens', 'By Ada Quill']);
  });

  test('a dateline without a year takes the year from the path, or gives no date', () => {
    const text = 'LONDON, Sept. 10 (Reuters) - The harbour reopened on Monday.';
    expect(readText(text, 'a.txt', { year: '1998' }).guessed?.date).toBe('1998-09-10');
    expect(readText(text, 'a.txt').guessed).toEqual({ source: { name: 'Reuters' } });
  });

  test('a local paper’s dateline, a place in ordinary case and a whole date, gives the date and stays in the body', () => {
    const found = readText(
      'Житомир, 12 березня 2003 р. — Ремонт мосту завершать у квітні.\n\nМешканці чекають.\n\n© Газета «Полісся», 2003',
      'a.txt',
    );
    expect(found.guessed).toEqual({ date: '2003-03-12', source: { name: 'Газета «Полісся»' } });
    expect(found.body.startsWith('Житомир, 12 березня 2003 р. — Ремонт')).toBe(true);
    expect(readText('Lyon, 4 mai 2015 – Le port a rouvert lundi.\n\nLes ferries.', 'a.txt').guessed?.date).toBe(
      '2015-05-04',
    );
    // Any whole date: Italian's di, an English ordinal, a weekday before it.
    for (const [line, date] of [
      ['Roma, 2 di settembre 2023 — Il porto ha riaperto.', '2023-09-02'],
      ['London, 3rd May 2015 — The port reopened.', '2015-05-03'],
      ['Kyiv, Tuesday 3 May 2015 — The port reopened.', '2015-05-03'],
    ])
      expect(readText(`${line}\n\nMore.`, 'a.txt').guessed?.date, line).toBe(date);
    // A place and a comma before a dash, but no date, or a sentence that names a date: prose.
    expect(readText('Paris, the city of light — and of rain.\n\nMore.', 'a.txt').guessed).toBeUndefined();
    expect(readText('Smith, 45, said on 3 May 2015 — and left.\n\nMore.', 'a.txt').guessed).toBeUndefined();
  });

  test('a name printed alone under a sentence-case headline is the author; under a Title Case one it is not', () => {
    for (const text of [
      'Міст через Тетерів відкриють навесні\nОлена Коваль\n\nРемонт мосту завершать у квітні.\n\nМешканці чекають.',
      'Міст через Тетерів відкриють навесні\n\nОлена Коваль\n\nРемонт мосту завершать у квітні.\n\nМешканці чекають.',
    ]) {
      const found = readText(text, 'a.txt');
      expect(found.guessed).toEqual({ title: 'Міст через Тетерів відкриють навесні', authors: ['Олена Коваль'] });
      expect(found.body).toBe('Ремонт мосту завершать у квітні.\n\nМешканці чекають.\n');
    }
    const initial = readText(
      'Міст через Тетерів відкриють навесні\nО. Коваль\n\nРемонт завершать у квітні.\n\nДалі.',
      'a.txt',
    );
    expect(initial.guessed?.authors).toEqual(['О. Коваль']);
    // Initials written together are an organisation's: no writer.
    const navy = readText('Ferry service cut after the storm\nU.S. Navy\n\nThe navy said so.\n\nMore.', 'a.txt');
    expect(navy.guessed?.authors).toBeUndefined();
    const titleCase = readText('Harbour Wall Rebuilt\n\nAfter Storm\n\nThe wall was rebuilt.\n\nMore.', 'a.txt');
    expect(titleCase.guessed).toEqual({ title: 'Harbour Wall Rebuilt' });
  });

  test('a labelled byline ("Автор: …") and names joined by "та" are read', () => {
    const found = readText(
      'Вибори до міської ради\n\nАвтор: Петро Іваненко та Олена Коваль\n\nКомісія зареєструвала кандидатів.\n\nДалі.',
      'a.txt',
    );
    expect(found.guessed?.authors).toEqual(['Петро Іваненко', 'Олена Коваль']);
  });

  test('a first sentence is not a headline, nor is a lone paragraph', () => {
    expect(readText('The harbour reopened on Monday.\n\nFerries ran late.', 'a.txt').guessed).toBeUndefined();
    expect(readText('Harbour reopens', 'a.txt').guessed).toBeUndefined();
  });
});

describe('Japanese clippings', () => {
  const story = '市内の小学校で、大雨を想定した避難訓練が行われた。児童たちは先生の誘導で体育館に集まった。';

  test('a first paragraph that ends a sentence with 。 is the story, not the headline', () => {
    const found = readText(`${story}\n\n訓練は毎年この時期に行われている。`, 'drill.txt');
    expect(found.guessed?.title).toBeUndefined();
    expect(found.text.startsWith(story)).toBe(true);
    expect(isHeadline('避難所を三か所に開設、')).toBe(false);
  });

  test.each(['「早めの避難を」市長が呼びかけ', '【速報】駅前で火災', '（社説）防災の日に考える', '『港の百年』を刊行'])(
    'a headline opening with a bracket or quote (%s) is the headline',
    (headline) => {
      const found = readText(`${headline}\n\n${story}`, 'a.txt');
      expect(found.guessed?.title).toBe(headline);
      expect(found.text.trim()).toBe(story);
    },
  );

  test.each([
    ['無断転載を禁じます。© 2024 湊新報社', '湊新報社'],
    ['© 2024 湊新報社 無断転載・複製禁止', '湊新報社'],
    ['Copyright © 2024 湊新報社 All rights reserved.', '湊新報社'],
    ['© 2024 港湾日报 版权所有', '港湾日报'],
    ['© 2024 항구일보 무단 전재 및 재배포 금지', '항구일보'],
    ['© 2024 湊新報社 記事の無断転載を禁じます', '湊新報社'],
    ['© 2024 港湾日报 版权所有，侵权必究', '港湾日报'],
    ['版权所有 侵权必究', undefined],
    ['ⓒ 항구일보 무단 전재-재배포 금지', '항구일보'],
    ['<저작권자 ⓒ 항구일보, 무단 전재 및 재배포 금지>', '항구일보'],
  ])('the holder of %j is %j', (notice, holder) => {
    expect(isCopyrightLine(notice)).toBe(true);
    expect(copyrightHolder(notice)).toBe(holder);
  });

  test('a paragraph of two sentences about copyright is prose, not a notice', () => {
    expect(isCopyrightLine('著作権法の改正案が国会で可決された。施行は来年四月の予定だ。')).toBe(false);
    expect(isCopyrightLine('著作権は湊新報社に帰属します。無断転載を禁じます。')).toBe(true);
  });

  test.each(['(Adds quotes from minister, paragraphs 4-6)', '[This story has been corrected.]', '(Corrects date)'])(
    'an editor’s note in brackets (%s) is no headline',
    (line) => {
      expect(isHeadline(line)).toBe(false);
    },
  );

  test('a closing notice in Japanese is the copyright and names the source', () => {
    const found = readText(`${story}\n\n無断転載を禁じます。© 2024 湊新報社`, 'drill.txt');
    expect(found.fields.copyright).toBe('無断転載を禁じます。© 2024 湊新報社');
    expect(found.guessed?.source).toEqual({ name: '湊新報社' });
    expect(found.text.trim()).toBe(story);
  });
});

describe('Hindi and Urdu clippings', () => {
  const story =
    'नर्मदा नदी पर बना नया पुल मंगलवार को आम जनता के लिए खोल दिया गया। पुल की लंबाई 1,200 मीटर है।\n\nज़िलाधिकारी ने पुल का उद्घाटन किया।';

  test('a first paragraph that ends with the danda (।, ॥) or Urdu’s full stop (۔) is the story, not the headline', () => {
    for (const first of ['पुल आम जनता के लिए खोल दिया गया।', 'सबने मिलकर पुल देखा॥', 'پل عوام کے لیے کھول دیا گیا۔']) {
      expect(isHeadline(first)).toBe(false);
      expect(readText(`${first}\n\n${story}`, 'a.txt').guessed?.title).toBeUndefined();
    }
  });

  test('headline, labelled byline and a place dateline in Devanagari give title, author and date', () => {
    const found = readText(
      `नर्मदा पर नया पुल जनता के लिए खुला\n\nसंवाददाता: रमेश कुमार\n\nहोशंगाबाद, 12 मार्च 2019 — ${story}\n\n© 2019 नर्मदा समाचार। सर्वाधिकार सुरक्षित।`,
      'pul.txt',
    );
    expect(found.guessed).toMatchObject({
      title: 'नर्मदा पर नया पुल जनता के लिए खुला',
      authors: ['रमेश कुमार'],
      date: '2019-03-12',
      source: { name: 'नर्मदा समाचार' },
    });
    expect(found.fields.copyright).toBe('© 2019 नर्मदा समाचार। सर्वाधिकार सुरक्षित।');
    expect(found.text.startsWith('होशंगाबाद, 12 मार्च 2019 — ')).toBe(true);
  });

  test('a date line in Devanagari digits, a name signed with a dash under the headline or closing the story', () => {
    const dated = readText(`१२ मार्च, २०१९\n\n${story}\n\n- रमेश कुमार`, 'a.txt');
    expect(dated.guessed).toMatchObject({ date: '2019-03-12', authors: ['रमेश कुमार'] });
    expect(dated.text).not.toContain('रमेश');
    const signed = readText(`स्मार्ट कक्षाएँ शुरू होंगी\n- सीमा शर्मा\n\nइटारसी, 5 अप्रैल 2019 — ${story}`, 'a.txt');
    expect(signed.guessed).toMatchObject({
      title: 'स्मार्ट कक्षाएँ शुरू होंगी',
      authors: ['सीमा शर्मा'],
      date: '2019-04-05',
    });
  });

  test('a story that ends in a sentence, a clause or a list keeps its last paragraph, in any language', () => {
    const head = 'Harbour reopens\n\n3 May 2019\n\nThe harbour reopened on Tuesday after a week of storms.';
    for (const [ending, line] of [
      ['a sentence opening with "By"', 'By Monday, the river had fallen.'],
      ['a clause after a comma', 'By Monday, the river had fallen'],
      ['a list', '- Blankets\n\n- Warm clothes'],
      ['a Spanish sentence', 'Por la tarde, el puerto abrió.'],
    ] as const) {
      const found = readText(`${head}\n\n${line}`, 'a.txt');
      expect(found.guessed?.authors, ending).toBeUndefined();
      expect(found.text, ending).toContain(line.split('\n').at(-1)?.replace(/^- /, ''));
    }
    // A signature still closes a story.
    expect(readText(`${head}\n\n— Ada Quill`, 'a.txt').guessed?.authors).toEqual(['Ada Quill']);
  });

  test('Hindi bylines: "by" after the name, names joined by और; Urdu: a labelled byline and its dateline', () => {
    expect(readText(`पुल खुला\n\nप्रिया सिंह और अनिल वर्मा द्वारा\n\n${story}`, 'a.txt').guessed?.authors).toEqual([
      'प्रिया सिंह',
      'अनिल वर्मा',
    ]);
    const urdu = readText(
      'شہر میں عالمی مشاعرہ\n\nنامہ نگار: فرحان احمد\n\nبھوپال، 12 مارچ 2019 — شہر میں مشاعرہ منعقد ہوا۔\n\nسامعین نے شرکت کی۔\n\n© 2019 نرمدا سماچار۔ جملہ حقوق محفوظ ہیں۔',
      'a.txt',
    );
    expect(urdu.guessed).toMatchObject({
      title: 'شہر میں عالمی مشاعرہ',
      authors: ['فرحان احمد'],
      date: '2019-03-12',
      source: { name: 'نرمدا سماچار' },
    });
  });
});

describe('Chinese clippings', () => {
  const lead = '立法院今天三讀通過海岸管理法修正案，未來在保護區內開發須先經審查。';
  const second = '內政部表示，修法後可望減緩海岸人工化的速度。';

  test('a lead paragraph that opens with an agency’s dateline stays in the body; the dateline gives day and agency', () => {
    const found = readText(`海岸條例修正案三讀通過\n\n【中央社台北2019年3月12日電】${lead}\n\n${second}`, 'cna.txt');
    expect(found.guessed).toMatchObject({
      title: '海岸條例修正案三讀通過',
      date: '2019-03-12',
      source: { name: '中央社' },
    });
    expect(found.text).toContain(`【中央社台北2019年3月12日電】${lead}`);
    expect(found.text).toContain(second);
  });

  test('a short lead paragraph with a date in it is the story, not a date line', () => {
    const found = readText(`颱風登陸\n\n2019年8月8日，颱風今天清晨登陸。\n\n${second}`, 'a.txt', {});
    expect(found.text).toContain('2019年8月8日，颱風今天清晨登陸。');
    // A line that is only the date, with its weekday, is one.
    const dated = readText(`颱風登陸\n\n2019年8月8日（星期四）\n\n${lead}`, 'b.txt');
    expect(dated.guessed?.date).toBe('2019-08-08');
    expect(dated.text.trim()).toBe(lead);
  });

  test('the mainland’s dateline names its reporter, and its day without a year takes the path’s', () => {
    const found = readText(
      `上海港吞吐量创新高\n\n新华社上海3月12日电（记者李华）上海港今天发布数据。\n\n集团负责人表示，效率明显提升。`,
      'x.txt',
      {
        year: '2019',
      },
    );
    expect(found.guessed).toMatchObject({ date: '2019-03-12', authors: ['李华'], source: { name: '新华社' } });
    expect(found.text).toContain('新华社上海3月12日电（记者李华）上海港今天发布数据。');
  });

  test('a byline in brackets at the head of the story names its reporters and leaves the story', () => {
    const found = readText(`基隆港郵輪旅客創新高\n\n（記者陳雅婷、林志明／基隆報導）${lead}\n\n${second}`, 'k.txt');
    expect(found.guessed?.authors).toEqual(['陳雅婷', '林志明']);
    expect(found.text.trim().startsWith(lead)).toBe(true);
    const apple = readText(`基隆港郵輪旅客創新高\n\n【王小明／基隆報導】${lead}`, 'a.txt');
    expect(apple.guessed?.authors).toEqual(['王小明']);
    expect(apple.text.trim()).toBe(lead);
    // Without the label or the brackets, a line with a slash is no byline.
    expect(readText(`基隆港郵輪旅客創新高\n\n市政府／基隆報導\n\n${lead}`, 'b.txt').guessed?.authors).toBeUndefined();
    const line = readText(`基隆港郵輪旅客創新高\n\n記者王小明／基隆報導\n\n${lead}`, 'l.txt');
    expect(line.guessed?.authors).toEqual(['王小明']);
    expect(line.text.trim()).toBe(lead);
  });

  test.each([
    ['民國108年3月15日', '2019-03-15'],
    ['108年3月20日', '2019-03-20'],
    ['２０１９年３月２２日', '2019-03-22'],
  ])('a date line %s under the headline, or alone closing the story, is the date', (line, date) => {
    expect(readText(`古蹟修復完工\n\n${line}\n\n${lead}`, 'a.txt').guessed?.date).toBe(date);
    const closing = readText(`古蹟修復完工\n\n${lead}\n\n${second}\n\n${line}`, 'b.txt');
    expect(closing.guessed?.date).toBe(date);
    expect(closing.text).not.toContain(line);
  });

  test.each([
    ['版權所有 © 2019 中央社。未經授權不得轉載。', '中央社'],
    ['版权所有 © 2019 新华社　未经授权不得转载', '新华社'],
    ['海港日報版權所有　未經授權不得轉載', '海港日報'],
    ['© 2019 南方財經 未經許可，請勿轉載、複製', '南方財經'],
  ])('the notice %j is the copyright, naming %j', (notice, holder) => {
    const found = readText(`港口新聞\n\n${lead}\n\n${notice}`, 'a.txt', { year: '2019' });
    expect(found.fields.copyright).toBe(notice.trim());
    expect(found.guessed?.source).toEqual({ name: holder });
    expect(found.text).not.toContain('轉載');
  });

  test('prose about copyright, or an agency and a cable in a sentence, is neither notice nor dateline', () => {
    expect(isCopyrightLine('他說這本書的版權所有人是誰還不清楚，因此出版社暫緩發行。今天也沒有結論。')).toBe(false);
    const found = readText(`電價調漲\n\n合作社理事長說電價太高，社員很不滿。\n\n${second}`, 'a.txt', { year: '2019' });
    expect(found.guessed?.source).toBeUndefined();
    expect(found.text).toContain('合作社理事長說電價太高');
  });
});

describe('Persian, Turkish, Hebrew and Thai clippings', () => {
  const persianStory =
    'پل تازه روی رودخانه پس از دو سال کار امروز به روی خودروها باز شد. شهردار گفت ترافیک مرکز شهر کمتر می‌شود.\n\nساکنان محله از این خبر خوشحال بودند.';

  test('a name without capitals between the headline and a Solar Hijri date line is the writer; the date is Gregorian', () => {
    const found = readText(
      `پل تازه شهر باز شد\nمریم حسینی\n۸ بهمن ۱۴۰۱\n\n${persianStory}\n\n© ۱۴۰۱ روزنامه نمونه. کلیه حقوق مادی و معنوی محفوظ است.`,
      'pol.txt',
    );
    expect(found.guessed).toMatchObject({
      title: 'پل تازه شهر باز شد',
      authors: ['مریم حسینی'],
      date: '2023-01-28',
      source: { name: 'روزنامه نمونه' },
    });
    expect(found.fields.copyright).toBe('© ۱۴۰۱ روزنامه نمونه. کلیه حقوق مادی و معنوی محفوظ است.');
    expect(found.text).not.toContain('محفوظ');
    expect(found.text).not.toContain('مریم');
  });

  test('without a date line below it, a short line under a headline in Persian stays in the story', () => {
    const found = readText(`پل تازه شهر باز شد\nگزارش تصویری\n\n${persianStory}`, 'pol.txt');
    expect(found.guessed?.authors).toBeUndefined();
    expect(found.text).toContain('گزارش تصویری');
  });

  test('labelled bylines: Persian نویسنده:, Turkish Haber:, Hebrew מאת; a Turkish news desk stays whole', () => {
    const persian = readText(`بازار کتاب در نمایشگاه\nنویسنده: علی رضایی\n1401/02/20\n\n${persianStory}`, 'k.txt');
    expect(persian.guessed).toMatchObject({ authors: ['علی رضایی'], date: '2022-05-10' });
    const turkish = readText(
      'Belediye yeni parkı açtı\nHaber: Ayşe Yılmaz\n6 Şubat 2023 Pazartesi\n\nBelediye, şehrin merkezindeki yeni parkı bugün törenle açtı. Park, çocuklar için oyun alanları içeriyor.\n\nTüm hakları saklıdır.',
      'park.txt',
    );
    expect(turkish.guessed).toMatchObject({ authors: ['Ayşe Yılmaz'], date: '2023-02-06' });
    expect(turkish.fields.copyright).toBe('Tüm hakları saklıdır.');
    const hebrew = readText(
      'גשר חדש נפתח בנמל\nמאת דנה כהן\n6 בפברואר 2023\n\nהגשר החדש בנמל נפתח היום לתנועה. ראש העיר אמר כי התנועה תשתפר.',
      'gesher.txt',
    );
    expect(hebrew.guessed).toMatchObject({ authors: ['דנה כהן'], date: '2023-02-06' });
    // "Haber Merkezi", the news desk, credited as printed: "Haber" is a label only before a colon.
    expect(bylineNames('Haber Merkezi')).toEqual(['Haber Merkezi']);
    expect(bylineNames('HAZIRLAYAN: Ayşe Yılmaz')).toEqual(['Ayşe Yılmaz']);
  });

  test('Thai bylines: โดย and its compounds, ผู้เขียน:, เรื่อง:; a desk is nobody; a closing credit; notices', () => {
    const story =
      'ชาวบ้านริมแม่น้ำปิงช่วยกันเก็บขยะตั้งแต่เช้าตรู่หลังระดับน้ำลดลง เทศบาลส่งรถบรรทุกมาช่วยขนขยะไปกำจัด\n\nผู้นำชุมชนกล่าวว่าปีหน้าจะจัดกิจกรรมนี้อีกครั้ง';
    for (const [line, name] of [
      ['โดย สมศรี ใจงาม', 'สมศรี ใจงาม'],
      ['ผู้เขียน: สมศรี ใจงาม', 'สมศรี ใจงาม'],
      ['เรื่อง: สมศรี ใจงาม', 'สมศรี ใจงาม'],
      ['เขียนโดย สมศรี ใจงาม', 'สมศรี ใจงาม'],
    ]) {
      const found = readText(`ชาวบ้านริมแม่น้ำปิงช่วยกันเก็บขยะ\n${line}\n16 เมษายน 2567\n\n${story}`, 'ping.txt');
      expect(found.guessed, line).toMatchObject({ authors: [name], date: '2024-04-16' });
      expect(found.text, line).not.toContain(line);
    }
    // A report's lead-in, a letter's subject, a sentence opening "generally…": the story's own lines.
    for (const line of [
      'รายงาน: ระดับน้ำแม่น้ำปิงสูงขึ้นสองเมตรในคืนเดียว',
      'เรื่อง: ขอเชิญชาวบ้านร่วมเก็บขยะ',
      'โดย ทั่วไปแล้วฤดูฝนปีนี้มาเร็ว',
    ]) {
      const found = readText(`ชาวบ้านริมแม่น้ำปิงช่วยกันเก็บขยะ\n16 เมษายน 2567\n\n${line}\n\n${story}`, 'ping.txt');
      expect(found.guessed?.authors, line).toBeUndefined();
      expect(found.text, line).toContain(line);
    }
    expect(bylineNames('ข่าวโดย กองบรรณาธิการ')).toEqual([]);
    // A credit closing the story, and the notice under it: "copyright reserved, do not republish without leave".
    const closing = readText(
      `ชาวบ้านริมแม่น้ำปิงช่วยกันเก็บขยะ\n16 เมษายน 2567\n\n${story}\n\nรายงานโดย สมศรี ใจงาม\n\n© 2567 ข่าวริมปิง สงวนลิขสิทธิ์ ห้ามนำไปเผยแพร่โดยไม่ได้รับอนุญาต`,
      'ping.txt',
    );
    expect(closing.guessed?.authors).toEqual(['สมศรี ใจงาม']);
    expect(closing.guessed?.source).toEqual({ name: 'ข่าวริมปิง' });
    expect(closing.text).not.toMatch(/รายงานโดย|สงวนลิขสิทธิ์/);
    expect(isCopyrightLine('สงวนลิขสิทธิ์ © 2567 ข่าวริมปิง')).toBe(true);
    // The warning after the holder, whichever phrase opens the notice.
    expect(copyrightHolder('สงวนลิขสิทธิ์ © 2567 ข่าวริมปิง ห้ามนำไปเผยแพร่โดยไม่ได้รับอนุญาต')).toBe('ข่าวริมปิง');
    expect(copyrightHolder('สงวนลิขสิทธิ์ © 2567 ข่าวริมปิง')).toBe('ข่าวริมปิง');
  });

  test('a credit to the paper’s desk names no one, leaves the body and lets the headline and date be read', () => {
    const thai = 'สำนักศิลปากรที่ 7 เชียงใหม่เริ่มโครงการบูรณะวิหารลายคำ วัดพระสิงห์วรมหาวิหาร\n\nระหว่างการบูรณะ วิหารลายคำจะปิด';
    const english = 'The harbour wall was rebuilt on Monday.\n\nWork took two weeks.';
    for (const [headline, credit, date, story, day] of [
      ['กรมศิลปากรบูรณะวิหารลายคำวัดพระสิงห์', 'เรื่อง: กองบรรณาธิการ', '12 มีนาคม 2567', thai, '2024-03-12'],
      ['กรมศิลปากรบูรณะวิหารลายคำวัดพระสิงห์', 'ข่าวโดย กองบรรณาธิการ', '12 มีนาคม 2567', thai, '2024-03-12'],
      ['กรมศิลปากรบูรณะวิหารลายคำวัดพระสิงห์', 'รายงาน: ฝ่ายข่าว', '12 มีนาคม 2567', thai, '2024-03-12'],
      ['กรมศิลปากรบูรณะวิหารลายคำวัดพระสิงห์', 'กองบรรณาธิการ', '12 มีนาคม 2567', thai, '2024-03-12'],
      ['Harbour wall rebuilt after storm', 'By Staff', '12 March 2024', english, '2024-03-12'],
      ['Harbour wall rebuilt after storm', 'By Our Foreign Staff', '12 March 2024', english, '2024-03-12'],
      ['Harbour wall rebuilt after storm', 'Editorial desk', '12 March 2024', english, '2024-03-12'],
      ['Le mur du port reconstruit', 'Par la rédaction', '12 mars 2024', english, '2024-03-12'],
      // The desk in the other languages the site ships, with its label or alone under the headline.
      ['Reconstruyen el muro del puerto', 'Por la Redacción', '12 de marzo de 2024', english, '2024-03-12'],
      ['Muro do porto reconstruído', 'Da Redação', '12 de março de 2024', english, '2024-03-12'],
      ['Ricostruito il muro del porto', 'Redazione', '12 marzo 2024', english, '2024-03-12'],
      ['Mur portu odbudowany', 'Redakcja', '12 marca 2024', english, '2024-03-12'],
      ['Tembok pelabuhan dibangun kembali', 'Oleh Redaksi', '12 Maret 2024', english, '2024-03-12'],
      ['Havenmuur herbouwd', 'Door de redactie', '12 maart 2024', english, '2024-03-12'],
      ['Hafenmauer wieder aufgebaut', 'Von der Redaktion', '12. März 2024', english, '2024-03-12'],
    ]) {
      const found = readText(`${headline}\n${credit}\n${date}\n\n${story}`, 'a.txt');
      expect(found.guessed, credit).toEqual({ title: headline, date: day });
      expect(found.text, credit).not.toContain(credit);
      expect(found.notes, credit).toContain(`left out the credit "${credit}", which names the paper's desk, no writer`);
    }
    // Closing the story, alone or above its date.
    for (const closing of ['By Staff', 'ข่าวโดย กองบรรณาธิการ\n12 มีนาคม 2567']) {
      const found = readText(`Harbour wall rebuilt after storm\n\n${english}\n\n${closing}`, 'b.txt');
      expect(found.text, closing).not.toMatch(/Staff|กองบรรณาธิการ/);
    }
    // A section's heading that reads like a byline names no desk: it stays the story's.
    const heading = readText(`Harbour budget explained\n12 March 2024\n\nBy The Numbers\n\n${english}`, 'c.txt');
    expect(heading.text).toContain('By The Numbers');
    // Nor does a paper's name under the headline ("The Correspondent"): it stays, the date below it read.
    for (const text of [
      `Harbour wall rebuilt after storm\nThe Correspondent\n12 March 2024\n\n${english}`,
      `Harbour wall rebuilt after storm\n\nThe Correspondent\n\n${english}`,
    ]) {
      const paper = readText(text, 'd.txt');
      expect(paper.text, text).toContain('The Correspondent');
      expect(paper.notes, text).toBeUndefined();
    }
  });

  test('a notice without ©, the holder named after the phrase or before it, closes the story as one', () => {
    for (const [notice, holder] of [
      ['สงวนลิขสิทธิ์ หนังสือพิมพ์เสียงเชียงใหม่', 'หนังสือพิมพ์เสียงเชียงใหม่'],
      // "Reserved to…": the holder without the "to" joined to it.
      ['כל הזכויות שמורות לעיתון הגליל', 'עיתון הגליל'],
      ['جميع الحقوق محفوظة لجريدة النهر', 'جريدة النهر'],
      ['Minden jog fenntartva Reggeli Hírlap', 'Reggeli Hírlap'],
      ['Harbour Gazette. All rights reserved.', 'Harbour Gazette'],
      ['Reggeli Hírlap. Minden jog fenntartva.', 'Reggeli Hírlap'],
    ]) {
      const found = readText(`Title of the story\n\nThe story opens here, and it goes on.\n\n${notice}`, 'a.txt');
      expect(found.fields.copyright, notice).toBe(notice);
      expect(found.guessed?.source, notice).toEqual({ name: holder });
      expect(found.text, notice).not.toContain(notice);
    }
    // Words in lower case after the phrase or before it are a clause, the story's; the phrases alone name no one.
    for (const line of [
      'Kaikki oikeudet pidätetään, sanoi asianajaja oikeudessa',
      'The union said, all rights reserved.',
      // Before the phrase, a word a sentence ends on is no holder, nor are words not capitalised as a name is.
      'No, all rights reserved.',
      'Yes - all rights reserved',
      'The End. All rights reserved.',
      'It is. All rights reserved.',
      // Without capitals to tell, a comma joins a sentence's clauses: "he said, all rights reserved".
      'הוא אמר, כל הזכויות שמורות.',
    ])
      expect(isCopyrightLine(line), line).toBe(false);
    // A name still stands before the phrase after a comma in letters with capitals, and after a stop in any.
    for (const [notice, holder] of [
      ['Gazzetta del Porto, tutti i diritti riservati', 'Gazzetta del Porto'],
      ['הדף הדרומי. כל הזכויות שמורות', 'הדף הדרומי'],
    ] as const) {
      expect(isCopyrightLine(notice), notice).toBe(true);
      expect(copyrightHolder(notice), notice).toBe(holder);
    }
    expect(copyrightHolder('สงวนลิขสิทธิ์ ห้ามนำไปเผยแพร่โดยไม่ได้รับอนุญาต')).toBeUndefined();
  });

  test('notices in more languages go to copyright, with the holder they name', () => {
    for (const notice of [
      'کلیه حقوق این سایت محفوظ است.',
      '© 2023 Πρωινή Εφημερίδα. Με επιφύλαξη παντός δικαιώματος.',
      '© 2023 Reggeli Hírlap. Minden jog fenntartva.',
      '© 2023 Harian Pagi. Hak cipta dilindungi undang-undang.',
      '© 2023 עיתון הבוקר. כל הזכויות שמורות.',
    ])
      expect(isCopyrightLine(notice), notice).toBe(true);
    expect(copyrightHolder('© 2023 Reggeli Hírlap. Minden jog fenntartva.')).toBe('Reggeli Hírlap');
    expect(copyrightHolder('© ۱۴۰۲ خبرگزاری نمونه. تمامی حقوق محفوظ است.')).toBe('خبرگزاری نمونه');
    // A sentence about rights is prose.
    expect(
      isCopyrightLine('همه حقوق بشر را محترم می‌دانند و دادگاه این پرونده را بررسی کرد. وکیل گفت که کار ادامه دارد.'),
    ).toBe(false);
  });
});

test('a desk, an agency or a line set apart above a Persian, Arabic or Hebrew date line is nobody’s name', () => {
  const story = 'پل تازه روی رودخانه امروز به روی خودروها باز شد. شهردار گفت ترافیک کمتر می‌شود.';
  for (const [above, date] of [
    ['خبرگزاری مهر', '۸ بهمن ۱۴۰۱'],
    ['سرویس سیاسی', '۸ بهمن ۱۴۰۱'],
    ['أخبار محلية', '20 يناير 2025'],
    ['חדשות חוץ', '6 בפברואר 2023'],
  ]) {
    const found = readText(`پل تازه شهر باز شد\n${above}\n${date}\n\n${story}`, 'a.txt');
    expect(found.guessed?.authors, above).toBeUndefined();
  }
  // Apart from the date line, by a blank line: a standfirst or desk, not the byline of a head block.
  const apart = readText(`پل تازه شهر باز شد\n\nخسارت سنگین\n\n۸ بهمن ۱۴۰۱\n\n${story}`, 'b.txt');
  expect(apart.guessed?.authors).toBeUndefined();
});

test('a phrase of rights inside a sentence is the story’s, not a notice', () => {
  for (const line of [
    'همه حقوق زنان در قانون جدید محفوظ است و دولت به اجرای آن متعهد است',
    'Με επιφύλαξη παντός δικαιώματος, ο δήμαρχος απάντησε στην κατηγορία',
    'Minden jog fenntartva, mondta az ügyvéd a tárgyaláson',
  ]) {
    expect(isCopyrightLine(line), line).toBe(false);
    const found = readText(`Title of the story\n\nThe story opens here, and it goes on.\n\n${line}`, 'a.txt');
    expect(found.fields.copyright, line).toBeUndefined();
    expect(found.text, line).toContain(line);
  }
});

describe('Greek clippings', () => {
  const story =
    'Η νέα γέφυρα άνοιξε σήμερα για την κυκλοφορία. Ο δήμαρχος δήλωσε ικανοποιημένος.\n\nΟι κάτοικοι χάρηκαν.';

  test('the genitive article or "writes" before the writer is the byline, the names as printed', () => {
    for (const [line, authors] of [
      ['Του Γιώργου Παπαδόπουλου', ['Γιώργου Παπαδόπουλου']],
      ['Του Νίκου Ιωάννου και της Ελένης Χριστοδούλου', ['Νίκου Ιωάννου', 'Ελένης Χριστοδούλου']],
      ['Γράφει η Άννα Γεωργίου', ['Άννα Γεωργίου']],
    ] as const) {
      const found = readText(`Νέα γέφυρα στο λιμάνι\n${line}\nΔευτέρα, 6 Φεβρουαρίου 2023\n\n${story}`, 'a.txt');
      expect(found.guessed, line).toMatchObject({ title: 'Νέα γέφυρα στο λιμάνι', authors, date: '2023-02-06' });
      expect(found.text, line).not.toContain(line);
    }
    // A headline that opens with the article and goes on in lower case is a headline.
    const headline = readText(`Της Παναγίας γιορτάζει η πόλη\n\n6 Φεβρουαρίου 2023\n\n${story}`, 'b.txt');
    expect(headline.guessed?.title).toBe('Της Παναγίας γιορτάζει η πόλη');
    expect(headline.guessed?.authors).toBeUndefined();
  });

  test('a headline asking with Greek’s question mark (;) and a date in capitals with a diaeresis', () => {
    const found = readText(
      `Θα ανοίξει ξανά το οδόφραγμα της Λήδρας;\nΤης Μαρίας Κωνσταντίνου\n15 ΜΑΪΟΥ 2023\n\n${story}`,
      'c.txt',
    );
    expect(found.guessed).toMatchObject({
      title: 'Θα ανοίξει ξανά το οδόφραγμα της Λήδρας;',
      authors: ['Μαρίας Κωνσταντίνου'],
      date: '2023-05-15',
    });
  });

  test('a Turkish name set in capitals keeps its dotted İ: a capital at its start, an i within', () => {
    const found = readText(`Belediye parkı açtı\nHABER: AYŞE DEMİR\n6 Şubat 2023\n\n${story}`, 'd.txt');
    expect(found.guessed?.authors).toEqual(['Ayşe Demir']);
    expect(bylineNames('HABER: İLKER ÖZTÜRK')).toEqual(['İlker Öztürk']);
  });

  test('a notice with "Με την επιφύλαξη παντός δικαιώματος", alone or after the holder, and the reuse warning go to copyright', () => {
    const found = readText(
      `Νέα γέφυρα στο λιμάνι\n\n${story}\n\n© 2023 Εφημερίδα Πρωινή Ηχώ. Με την επιφύλαξη παντός δικαιώματος.`,
      'a.txt',
    );
    expect(found.fields.copyright).toBe('© 2023 Εφημερίδα Πρωινή Ηχώ. Με την επιφύλαξη παντός δικαιώματος.');
    expect(found.guessed?.source).toEqual({ name: 'Εφημερίδα Πρωινή Ηχώ' });
    expect(found.text).not.toContain('επιφύλαξη');
    const alone = readText(`Νέα γέφυρα στο λιμάνι\n\n${story}\n\nΜε την επιφύλαξη παντός δικαιώματος.`, 'b.txt');
    expect(alone.fields.copyright).toBe('Με την επιφύλαξη παντός δικαιώματος.');
    expect(alone.guessed?.source).toBeUndefined();
    const warned = readText(
      `Νέα γέφυρα στο λιμάνι\n\n${story}\n\n© 2023 Πρωινή Ηχώ\nΑπαγορεύεται η αναδημοσίευση χωρίς τη γραπτή άδεια του εκδότη.`,
      'c.txt',
    );
    expect(warned.guessed?.source).toEqual({ name: 'Πρωινή Ηχώ' });
    expect(warned.text).not.toMatch(/Απαγορεύεται|©/);
    for (const line of [
      'ΜΕ ΤΗΝ ΕΠΙΦΥΛΑΞΗ ΠΑΝΤΟΣ ΔΙΚΑΙΩΜΑΤΟΣ',
      'Απαγορεύεται η ολική ή μερική αναπαραγωγή του περιεχομένου.',
    ])
      expect(isCopyrightLine(line), line).toBe(true);
  });

  test("an agency's name alone under the headline is the source and leaves the story; two writers joined by και beside the date", () => {
    const agency = readText(`Νέα γέφυρα στο λιμάνι\n\n12/05/2023\n\nΑΠΕ-ΜΠΕ\n\n${story}`, 'a.txt', {
      reading: { slashed: 'day-first' },
    });
    expect(agency.guessed).toMatchObject({ date: '2023-05-12', source: { name: 'ΑΠΕ-ΜΠΕ' } });
    expect(agency.text).not.toContain('ΑΠΕ');
    const two = readText(
      `Νέα γέφυρα στο λιμάνι\n\nΆννα Γεωργίου και Νίκος Ιωάννου\n\n6 Φεβρουαρίου 2023\n\n${story}`,
      'b.txt',
    );
    expect(two.guessed?.authors).toEqual(['Άννα Γεωργίου', 'Νίκος Ιωάννου']);
    expect(two.text.startsWith('Η νέα γέφυρα')).toBe(true);
    // Without the date line beside them, two names joined may be whom the story is about: they stay.
    const listed = readText(`Νέα γέφυρα στο λιμάνι\n\nΆννα Γεωργίου και Νίκος Ιωάννου\n\n${story}`, 'c.txt');
    expect(listed.guessed?.authors).toBeUndefined();
  });

  test('a headline in capitals or a place that opens with the article is no byline; "ve" joins no names', () => {
    const capitals = readText(`ΤΗΣ ΑΓΙΑΣ ΣΚΕΠΗΣ ΤΑ ΕΓΚΑΙΝΙΑ\n\n6 Φεβρουαρίου 2023\n\n${story}`, 'e.txt');
    expect(capitals.guessed?.title).toBe('ΤΗΣ ΑΓΙΑΣ ΣΚΕΠΗΣ ΤΑ ΕΓΚΑΙΝΙΑ');
    expect(capitals.guessed?.authors).toBeUndefined();
    expect(hasBylineLabel('Της Παναγίας γιορτάζει η πόλη με λιτανεία')).toBe(false);
    expect(bylineNames('Jan Novák ve Praze')).toHaveLength(1);
  });
});

test('a notice naming the archive’s own paper offers no source; another paper’s does', async () => {
  const { leaveOutOwnSource } = await import('../../src/importer/import.ts');
  const text = (holder: string) =>
    `Νέα γέφυρα στο λιμάνι\n\nΗ νέα γέφυρα άνοιξε σήμερα για την κυκλοφορία.\n\n© 2023 ${holder}. Με επιφύλαξη παντός δικαιώματος.`;
  const own = readText(text('Η Φωνή της Κοινότητας'), 'a.txt');
  leaveOutOwnSource(own, ['Αρχείο της Φωνής', 'η φωνή της κοινότητας']);
  expect(own.guessed?.source).toBeUndefined();
  expect(own.fields.copyright).toContain('Η Φωνή της Κοινότητας');
  expect(own.notes?.join(' ')).toContain("this archive's own");
  const other = readText(text('Πρωινή Εφημερίδα'), 'b.txt');
  leaveOutOwnSource(other, ['Η Φωνή της Κοινότητας']);
  expect(other.guessed?.source).toEqual({ name: 'Πρωινή Εφημερίδα' });
});

describe('Vietnamese clippings', () => {
  const story =
    'Sáng nay, cây cầu mới bắc qua sông đã chính thức thông xe. Người dân hai bên bờ rất vui mừng.\n\nCầu dài 120 mét, được xây trong hai năm.';

  test('headline, byline and a date in words, one block without blank lines: each read, none left in the story', () => {
    const found = readText(
      `Cầu mới ở Diễn Châu được thông xe\nBài và ảnh: Hoàng Thị Lan\nThứ Sáu, ngày 14 tháng 7 năm 2023\n\n${story}\n\n© Báo Sông Lam. Mọi quyền được bảo lưu.`,
      'cau.txt',
      { reading: { slashed: 'day-first' } },
    );
    expect(found.guessed).toMatchObject({
      title: 'Cầu mới ở Diễn Châu được thông xe',
      authors: ['Hoàng Thị Lan'],
      date: '2023-07-14',
      source: { name: 'Báo Sông Lam' },
    });
    expect(found.fields.copyright).toBe('© Báo Sông Lam. Mọi quyền được bảo lưu.');
    expect(found.text.startsWith('Sáng nay,')).toBe(true);
    expect(found.text).not.toMatch(/Bài và ảnh|Thứ Sáu|bảo lưu/);
  });

  test('a slashed date is read day first in a Vietnamese archive, and left unread where the order is not told', () => {
    const text = `Nước sạch về vùng cao\nBài: Lê Văn Bình - Ảnh: Trần Minh Đức\n06/02/2023\n\n${story}`;
    const vietnamese = readText(text, 'nuoc.txt', { reading: { slashed: 'day-first' } });
    expect(vietnamese.guessed).toMatchObject({ authors: ['Lê Văn Bình'], date: '2023-02-06' });
    expect(vietnamese.text).not.toContain('06/02/2023');
    expect(readText(text, 'nuoc.txt').guessed?.date).toBeUndefined();
    // A place and a date with a time: read in the archive's order, the dateline kept as the story's.
    expect(
      readText(`Nước sạch về vùng cao\n\nHà Nội, 6-2-2023 09:15\n\n${story}`, 'n.txt', {
        reading: { slashed: 'day-first' },
      }).guessed?.date,
    ).toBe('2023-02-06');
  });

  test('a name of four words under the headline, as Vietnamese names often are, is the writer', () => {
    const found = readText(
      `Hội nghị về an toàn giao thông tại Diễn Châu\nLê Thị Thu Hà\nThứ Tư, ngày 3 tháng 11 năm 2021\n\n${story}`,
      'h.txt',
    );
    expect(found.guessed).toMatchObject({ authors: ['Lê Thị Thu Hà'], date: '2021-11-03' });
  });

  test('a name in capitals under the headline or closing the story is the writer, written as a name', () => {
    const above = readText(
      `Nghệ An đảm bảo nước sạch cho dân\nNGUYỄN THỊ HOA\nngày 9 tháng 2 năm 2022\n\n${story}`,
      'a.txt',
    );
    expect(above.guessed).toMatchObject({ authors: ['Nguyễn Thị Hoa'], date: '2022-02-09' });
    const below = readText(`Nghệ An đảm bảo nước sạch cho dân\n\n${story}\n\nPHẠM THU HƯƠNG`, 'b.txt');
    expect(below.guessed?.authors).toEqual(['Phạm Thu Hương']);
    expect(below.text).not.toContain('PHẠM');
    // A place in capitals, or an English wire's closing words, is no name.
    expect(
      readText(`Nghệ An đảm bảo nước sạch cho dân\n\n${story}\n\nHÀ NỘI`, 'c.txt').guessed?.authors,
    ).toBeUndefined();
    expect(
      readText('Ferry strike ends\n\nThe strike ended on Monday after talks.\n\nMORE TO FOLLOW LATER', 'd.txt').guessed
        ?.authors,
    ).toBeUndefined();
  });

  test('lines in capitals, labels and notices of other kinds stay the story’s (from a review)', () => {
    const body = 'The council met on Monday. The vote was close.';
    // Capitals that close or head a story, in other languages and in Vietnamese: no Vietnamese family name first.
    for (const line of [
      'ÉDITION SPÉCIALE DU SOIR',
      'CIĄG DALSZY NASTĄPI JUTRO',
      'TP HỒ CHÍ MINH',
      'THỪA THIÊN HUẾ',
      'TIN LIÊN QUAN KHÁC',
    ]) {
      const found = readText(`Harbour wall rebuilt after the storm\n\n${body}\n\n${line}`, 'c.txt');
      expect(found.guessed?.authors, line).toBeUndefined();
      expect(found.text, line).toContain(line);
    }
    // English "Tin:" is a metal, not Vietnamese "Tin, ảnh:".
    const metals = readText(`Metals close mixed\n\n${body}\n\nTin: Steady at the close`, 'm.txt');
    expect(metals.guessed?.authors).toBeUndefined();
    expect(readText(`Tin: The metal that made Cornwall\n\n${body}`, 't.txt').guessed?.title).toBe(
      'Tin: The metal that made Cornwall',
    );
    // Four capitalised words in ASCII are a council, not a writer.
    expect(
      readText(`Harbour wall rebuilt\nNew York City Council\n\n${body}`, 'n.txt').guessed?.authors,
    ).toBeUndefined();
  });

  test('above a notice, a list’s item, a credit or a sentence about rights is not the notice’s holder, nor lost', () => {
    const list = takeCopyright([
      'Under the bill:',
      '(a) rents are capped;\n(b) deposits are limited;\n(c) tenants may appeal.',
      '© 2021 Harbour Gazette',
    ]);
    expect(list).toMatchObject({ copyright: '© 2021 Harbour Gazette', holder: 'Harbour Gazette' });
    expect(list.paragraphs.at(-1)).toContain('(c) tenants may appeal.');
    const credit = takeCopyright([
      'The mayor welcomed the vote.',
      '© Photo: AFP',
      '© 2021 Harbour Gazette. All rights reserved.',
    ]);
    expect(credit.holder).toBe('Harbour Gazette');
    const sentence = takeCopyright(['All rights reserved for the fishermen were restored.', '© 2021 Harbour Gazette']);
    expect(sentence.paragraphs).toEqual(['All rights reserved for the fishermen were restored.']);
  });

  test('rights notices in Vietnamese go to copyright, with the paper they name', () => {
    for (const notice of [
      'Bản quyền © 2023 Báo Sông Lam',
      'Bản quyền thuộc về Báo Sông Lam',
      'Mọi quyền được bảo lưu.',
      'Ghi rõ nguồn khi phát hành lại thông tin từ website này',
    ])
      expect(isCopyrightLine(notice), notice).toBe(true);
    expect(copyrightHolder('Bản quyền thuộc về Báo Sông Lam')).toBe('Báo Sông Lam');
    // A sentence about copyright is the story's.
    expect(isCopyrightLine('Bản quyền của tác giả bị vi phạm nhiều lần trong năm qua.')).toBe(false);
  });
});

describe('Czech and Slovak clippings', () => {
  const story =
    'Městská knihovna otevřela novou čítárnu pro děti. Přišlo více než sto návštěvníků.\n\nČítárna bude otevřená i o víkendech.';

  test("a place and a date, with or without the comma, give the date and stay the story's dateline", () => {
    for (const dateline of ['Olomouc 4. května 2021', 'Olomouc, 4. května 2021', 'Olomouc 4. 5. 2021']) {
      const found = readText(`Knihovna otevřela čítárnu\n\n${dateline}\n\n${story}`, 'a.txt');
      expect(found.guessed?.date, dateline).toBe('2021-05-04');
      expect(found.text.startsWith(dateline), dateline).toBe(true);
    }
    // A weekday, or a label that says when the story was published or updated, names no place: the line goes.
    for (const line of ['Úterý 4. května 2021', 'Aktualizováno 4. května 2021', 'Publikováno 4. 5. 2021']) {
      const found = readText(`Knihovna otevřela čítárnu\n\n${line}\n\n${story}`, 'b.txt');
      expect(found.guessed?.date, line).toBe('2021-05-04');
      expect(found.text.startsWith('Městská knihovna'), line).toBe(true);
    }
  });

  test('a writer and a news agency under the headline: the writer is the author, the agency the source', () => {
    const found = readText(
      `Knihovna otevřela čítárnu\n\nOlomouc 4. května 2021\n\nKarel Dvořák, ČTK\n\n${story}`,
      'a.txt',
    );
    expect(found.guessed).toMatchObject({ authors: ['Karel Dvořák'], source: { name: 'ČTK' }, date: '2021-05-04' });
    expect(found.text).not.toContain('Karel');
    expect(found.text.startsWith('Olomouc 4. května 2021')).toBe(true);
    // A copyright holder is the source before the agency; the agency alone in brackets is one too.
    const held = readText(
      `Knihovna otevřela čítárnu\nKarel Dvořák / TASR\n\n${story}\n\n© 2021 Hanácký večerník`,
      'b.txt',
    );
    expect(held.guessed).toMatchObject({ authors: ['Karel Dvořák'], source: { name: 'Hanácký večerník' } });
    const bracketed = readText(`Knihovna otevřela čítárnu\n\n(ČTK)\n\n${story}`, 'c.txt');
    expect(bracketed.guessed?.source).toEqual({ name: 'ČTK' });
    expect(bracketed.text).not.toContain('ČTK');
    // A place and an agency is no writer's credit.
    expect(readText(`Knihovna otevřela čítárnu\n\nOlomouc, ČTK\n\n${story}`, 'd.txt').guessed?.authors).toBeUndefined();
  });

  test.each([
    ['Napsal Karel Dvořák', ['Karel Dvořák']],
    ['Napsala Eva Horáková', ['Eva Horáková']],
    ['Napísal Martin Kováč', ['Martin Kováč']],
    ['Eva Horáková a Karel Dvořák', ['Eva Horáková', 'Karel Dvořák']],
    ['Zuzana Kováčová a Martin Kováč', ['Zuzana Kováčová', 'Martin Kováč']],
  ])('"%s" under the headline, or beside a dateline kept there, is the byline', (byline, authors) => {
    const heads = [`Olomouc 4. května 2021\n\n${byline}`, `${byline}\n\nOlomouc 4. května 2021`];
    // "Napsal" is a byline's label anywhere; names joined without one are a byline only beside the date line (a line
    // under a headline may list the people a story is about).
    if (byline.startsWith('Nap')) heads.push(byline);
    else
      expect(readText(`Knihovna otevřela čítárnu\n\n${byline}\n\n${story}`, 'b.txt').guessed?.authors).toBeUndefined();
    for (const head of heads) {
      const found = readText(`Knihovna otevřela čítárnu\n\n${head}\n\n${story}`, 'a.txt');
      expect(found.guessed?.authors, head).toEqual(authors);
      expect(found.text, head).not.toContain(byline);
    }
  });

  test('a notice and the reuse warning under it go to copyright; a legal form keeps its stop', () => {
    for (const [notice, holder] of [
      [
        '© 2021 Hanácký večerník. Všechna práva vyhrazena.\nŠíření obsahu je bez písemného souhlasu vydavatele zakázáno.',
        'Hanácký večerník',
      ],
      ['© 2021 Hanácký večerník, s.r.o.', 'Hanácký večerník, s.r.o.'],
      ['© 2021 Záhorské noviny, a. s. Všetky práva vyhradené.', 'Záhorské noviny, a. s.'],
      ['Všetky práva vyhradené.\nKopírovanie obsahu je bez súhlasu redakcie zakázané.', undefined],
    ] as const) {
      const found = readText(`Knihovna otevřela čítárnu\n\n${story}\n\n${notice}`, 'a.txt');
      expect(found.fields.copyright, notice).toBe(notice.replace('\n', ' '));
      expect(found.guessed?.source?.name, notice).toBe(holder);
      expect(found.text, notice).toContain('Čítárna bude otevřená');
    }
    // The warning in the other languages with rights notices; a story's sentence that forbids something stays.
    for (const warning of [
      'Reproduction without permission is prohibited.',
      'Nachdruck, auch auszugsweise, nur mit Genehmigung des Verlags.',
      'Toute reproduction, même partielle, est interdite.',
      'Prohibida su reproducción total o parcial sin autorización.',
      'Riproduzione riservata.',
      'Publikování nebo šíření obsahu je zakázáno bez předchozího souhlasu.',
    ])
      expect(isCopyrightLine(warning), warning).toBe(true);
    for (const prose of [
      'Vstup se psy je v čítárně zakázán.',
      'Reproduction of the map began in May. The council paid for it.',
    ])
      expect(isCopyrightLine(prose), prose).toBe(false);
  });
});

describe('Polish clippings', () => {
  const story =
    'Po trzech miesiącach leczenia żółw wrócił do stawu w ogrodzie. Opiekunowie są zadowoleni z wyników.\n\nStaw odnowiono wiosną, a wodę oczyszczono.';

  test.each([
    ['Autorka: Anna Nowak', ['Anna Nowak']],
    ['Autorzy: Anna Nowak, Jan Kowalski', ['Anna Nowak', 'Jan Kowalski']],
    ['Tekst: Anna Nowak', ['Anna Nowak']],
    ['Tekst i zdjęcia: Anna Nowak', ['Anna Nowak']],
    ['Tekst: Anna Nowak, zdjęcia: Ola Dąbrowska', ['Anna Nowak']],
    ['oprac. Anna Nowak', ['Anna Nowak']],
  ])(
    '"%s" under the headline, no blank line between: the writer, and the headline and date are read',
    (byline, authors) => {
      const found = readText(`Żółw wrócił do stawu\n${byline}\n14.07.2023\n\n${story}`, 'z.txt', {
        reading: { slashed: 'day-first' },
      });
      expect(found.guessed).toMatchObject({ title: 'Żółw wrócił do stawu', authors, date: '2023-07-14' });
      expect(found.text.startsWith('Po trzech miesiącach')).toBe(true);
    },
  );

  test('an agency credit under the headline, alone or after the writer, is the source, and leaves the story', () => {
    const alone = readText(`Żółw wrócił do stawu\n(PAP)\n14.07.2023\n\n${story}`, 'a.txt', {
      reading: { slashed: 'day-first' },
    });
    expect(alone.guessed).toMatchObject({ title: 'Żółw wrócił do stawu', source: { name: 'PAP' }, date: '2023-07-14' });
    expect(alone.guessed?.authors).toBeUndefined();
    const named = readText(`Żółw wrócił do stawu\nAnna Nowak (PAP)\n14.07.2023\n\n${story}`, 'b.txt', {
      reading: { slashed: 'day-first' },
    });
    expect(named.guessed).toMatchObject({ authors: ['Anna Nowak'], source: { name: 'PAP' } });
    expect(named.text).not.toContain('PAP');
    // A word in brackets is no agency, nor the kind of story in capitals.
    for (const kind of ['(Video)', '(VIDEO)', '(ZDJĘCIA)', '(UPDATED)', '(FOTO/VIDEO)'])
      expect(readText(`Żółw wrócił do stawu\n${kind}\n\n${story}`, 'c.txt').guessed?.source, kind).toBeUndefined();
  });

  test('a place and a date with the word for "year" ("r.") is the date, and stays as the story\'s dateline', () => {
    const found = readText(`Żółw wrócił do stawu\n\nWrocław, 14 lipca 2023 r.\n\n${story}`, 'd.txt');
    expect(found.guessed?.date).toBe('2023-07-14');
    expect(found.text.startsWith('Wrocław, 14 lipca 2023 r.')).toBe(true);
  });

  test('a byline and a date closing the story in one block are read, and leave it', () => {
    const found = readText(`Żółw wrócił do stawu\n\n${story}\n\nTekst: Ewa Nowak\n15.01.2025`, 'e.txt', {
      reading: { slashed: 'day-first' },
    });
    expect(found.guessed).toMatchObject({ authors: ['Ewa Nowak'], date: '2025-01-15' });
    expect(found.text).not.toMatch(/Ewa Nowak|15\.01/);
    // The agency the byline credits in brackets is where the story came from, alone or in the block.
    for (const closing of ['Tekst: Ewa Nowak (PAP)\n15.01.2025', 'Tekst: Ewa Nowak (PAP)']) {
      const credited = readText(`Żółw wrócił do stawu\n\n${story}\n\n${closing}`, 'e.txt', {
        reading: { slashed: 'day-first' },
      });
      expect(credited.guessed, closing).toMatchObject({ authors: ['Ewa Nowak'], source: { name: 'PAP' } });
    }
    // Two lines of the story's own closing it stay.
    const prose = readText(`Żółw wrócił do stawu\n\n${story}\n\nDo zobaczenia\nw przyszłym roku`, 'f.txt');
    expect(prose.text).toContain('Do zobaczenia');
  });

  test('the reuse warning after a notice goes with it, and the notice names its paper', () => {
    const found = readText(
      `Żółw wrócił do stawu\n\n${story}\n\n© Gazeta Odrzańska 2023. Wszelkie prawa zastrzeżone. Przedruk wyłącznie za zgodą redakcji.`,
      'g.txt',
    );
    expect(found.fields.copyright).toContain('Przedruk');
    expect(found.guessed?.source).toEqual({ name: 'Gazeta Odrzańska' });
    expect(found.text).not.toContain('Przedruk');
    const twoLines = readText(
      `Żółw wrócił do stawu\n\n${story}\n\n© Gazeta Odrzańska 2023\nPrzedruk wyłącznie za zgodą redakcji.`,
      'h.txt',
    );
    expect(twoLines.guessed?.source).toEqual({ name: 'Gazeta Odrzańska' });
    expect(twoLines.text).not.toMatch(/Przedruk|©/);
    for (const notice of [
      '© 2021 Harbour Gazette. All rights reserved. Not for redistribution.',
      'Nachdruck nur mit Genehmigung der Redaktion.',
    ])
      expect(isCopyrightLine(notice), notice).toBe(true);
    // A story's sentence about reprints is prose.
    expect(isCopyrightLine('Przedruk artykułu w innej gazecie wywołał spór. Redakcja milczy od tygodnia.')).toBe(false);
  });
});

describe('Indonesian, Malay and Swahili clippings', () => {
  const story =
    'Ratusan nelayan kembali melaut pagi ini setelah badai reda selama tiga hari. Hasil tangkapan pertama cukup baik.\n\nDinas Kelautan mencatat harga ikan mulai turun.';

  test.each([
    ['Oleh: Siti Rahmawati', ['Siti Rahmawati']],
    ['Oleh Maria Lumentut dan Frans Wowor', ['Maria Lumentut', 'Frans Wowor']],
    ['Penulis: Nona Pattinama Editor: Hendrik Latuheru', ['Nona Pattinama']],
    ['Laporan: Dewi Lestari', ['Dewi Lestari']],
    ['Laporan wartawan Harian Pesisir, Yohanes Krisnawan', ['Yohanes Krisnawan']],
  ])('"%s" under the headline: the writers, and the headline and date are read', (byline, authors) => {
    const found = readText(`Nelayan kembali melaut\n${byline}\nSelasa, 12 Desember 2023\n\n${story}`, 'n.txt');
    expect(found.guessed).toMatchObject({ title: 'Nelayan kembali melaut', authors, date: '2023-12-12' });
    expect(found.text.startsWith('Ratusan nelayan')).toBe(true);
  });

  test('a Swahili story\'s "Na …" line is its byline, "na" between the names', () => {
    const swahili =
      'Wavuvi wa kisiwa cha Mafia wameanza kulinda hifadhi ya bahari kwa kushirikiana na serikali ya kijiji.\n\nSasa samaki wameanza kurudi katika maeneo ambayo yalikuwa yameharibiwa kwa miaka mingi.';
    const found = readText(
      `Wavuvi wa Lamu walipwa fidia\nNa Juma Hamisi na Amina Said\nIjumaa, 19 Januari 2024\n\n${swahili}`,
      's.txt',
    );
    expect(found.guessed).toMatchObject({ authors: ['Juma Hamisi', 'Amina Said'], date: '2024-01-19' });
    expect(found.text).not.toContain('Juma');
  });

  test('a desk\'s credit under the headline ("Mwandishi Wetu", our correspondent) names no one and leaves the story', () => {
    const found = readText(
      `Wakulima wa mwani wapata soko\nMwandishi Wetu\nJumatatu, 14 Agosti 2023\n\n${story}`,
      'm.txt',
    );
    expect(found.guessed?.authors).toBeUndefined();
    expect(found.text).not.toContain('Mwandishi');
  });

  test('a date with Indonesian time zone closing the story, and a place with its province, are read', () => {
    expect(readText(`Nelayan kembali melaut\n\n${story}\n\nSenin, 14/08/2023 09:15 WIB`, 'a.txt').guessed?.date).toBe(
      '2023-08-14',
    );
    const province = readText(
      `Larangan cantrang dicabut\n\nRembang, Jawa Tengah, 3 Februari 2024 — Keputusan pemerintah memicu kekhawatiran nelayan kecil.\n\n${story}`,
      'b.txt',
    );
    expect(province.guessed?.date).toBe('2024-02-03');
    expect(province.text.startsWith('Rembang, Jawa Tengah, 3 Februari 2024 —')).toBe(true);
  });

  test('"Baca juga:" lines and the like go; a sentence that begins so stays', () => {
    const found = readText(
      `Nelayan kembali melaut\n\n${story}\n\nBaca juga: Harga Ikan di Pasar Pelabuhan Turun\n\nPara pedagang berharap pembeli kembali ramai.\n\nSoma pia: Wavuvi wa Lamu walipwa fidia\n\nRead more: https://example.org/harbour`,
      'c.txt',
    );
    expect(found.text).not.toMatch(/Baca juga|Soma pia|Read more/);
    expect(found.text).toContain('Para pedagang berharap');
    const prose = readText(`Nelayan kembali melaut\n\n${story}\n\nRead more: the council will decide in May.`, 'd.txt');
    expect(prose.text).toContain('Read more: the council will decide in May.');
  });

  test('Swahili and Malay notices go to copyright', () => {
    for (const notice of [
      'Haki zote zimehifadhiwa © 2024 Gazeti la Pwani',
      'Hak cipta terpelihara © 2023 Berita Pantai',
    ])
      expect(isCopyrightLine(notice), notice).toBe(true);
    const found = readText(`Nelayan kembali melaut\n\n${story}\n\nHaki zote zimehifadhiwa.`, 'e.txt');
    expect(found.fields.copyright).toBe('Haki zote zimehifadhiwa.');
  });
});

describe('Amharic clippings', () => {
  // Invented: a city's new bus line, in the layout Ethiopian papers print (headline, byline, story, notice).
  const story =
    'የከተማው አስተዳደር ትናንት በሰጠው መግለጫ አዲሱ የአውቶቡስ መስመር በሚቀጥለው ወር ሥራ እንደሚጀምር አስታውቋል። መስመሩ በቀን ሃምሳ ሺህ ተሳፋሪዎችን ያጓጉዛል ተብሏል።\n\n' +
    'ነዋሪዎቹ በበኩላቸው የትራንስፖርት ችግሩ እንዲቃለል ለረጅም ጊዜ ሲጠብቁ መቆየታቸውን ገልጸዋል።';
  const headline = 'አዲስ የአውቶቡስ መስመር በሚቀጥለው ወር ሥራ ይጀምራል';

  test.each([
    ['ዘጋቢ፡ ዮናስ መኮንን', ['ዮናስ መኮንን']],
    ['ዘጋቢ፥ ዮናስ መኮንን', ['ዮናስ መኮንን']],
    ['ዘጋቢ: ዮናስ መኮንን', ['ዮናስ መኮንን']],
    ['ጸሐፊ፡ ሄለን ገብሬ', ['ሄለን ገብሬ']],
    ['ፀሃፊ፡ ሄለን ገብሬ', ['ሄለን ገብሬ']],
    // Tigrinya writes the writer ጸሓፊ.
    ['ጸሓፊ፡ ሃብቶም ገብረሚካኤል', ['ሃብቶም ገብረሚካኤል']],
    ['ሪፖርተር፡ ሄኖክ ታደሰ', ['ሄኖክ ታደሰ']],
    ['በ ሄኖክ ታደሰ', ['ሄኖክ ታደሰ']],
    ['ዘጋቢ፡ ዳዊት ሙሉጌታ እና ሄኖክ ታደሰ', ['ዳዊት ሙሉጌታ', 'ሄኖክ ታደሰ']],
    ['በ ዳዊት ሙሉጌታ እና ሄኖክ ታደሰ', ['ዳዊት ሙሉጌታ', 'ሄኖክ ታደሰ']],
  ])('the byline "%s" under the headline gives its writers and leaves the story', (byline, authors) => {
    for (const text of [`${headline}\n${byline}\n\n${story}`, `${headline}\n\n${byline}\n\n${story}`]) {
      const found = readText(text, 'bus.txt');
      expect(found.guessed).toMatchObject({ title: headline, authors });
      // The story opens with its own first sentence, which the listing's summary is made of.
      expect(found.text.startsWith('የከተማው አስተዳደር ትናንት')).toBe(true);
    }
  });

  test('a headline longer than a wrapped line, over a byline in the same block, is still the headline', () => {
    const long = 'የከተማው አስተዳደር ከመገናኛ እስከ ቃሊቲ የሚዘልቀውን አዲሱን የአውቶቡስ መስመር በሚቀጥለው ወር በይፋ ሥራ እንደሚያስጀምር አስታወቀ';
    expect(long.length).toBeGreaterThan(80);
    for (const byline of ['ዘጋቢ፡ ዮናስ መኮንን', 'በ ሄኖክ ታደሰ']) {
      const found = readText(`${long}\n${byline}\n${story}`, 'long.txt');
      expect(found.guessed?.title, byline).toBe(long);
      expect(found.guessed?.authors, byline).toHaveLength(1);
      expect(found.text.startsWith('የከተማው አስተዳደር ትናንት'), byline).toBe(true);
    }
  });

  test('a dateline with Amharic’s comma after the place, a date of the Ethiopian calendar and an agency is read', () => {
    const found = readText(
      `${headline}

አዲስ አበባ፣ ሰኔ 25 ቀን 2016 ዓ.ም (ኢዜአ) - ${story}`,
      'dateline.txt',
    );
    expect(found.guessed?.date).toBe('2024-07-02');
    expect(found.guessed?.source).toEqual({ name: 'ኢዜአ' });
  });

  test('"በ" joined to its word, or before a sentence, is no byline', () => {
    expect(hasBylineLabel('በአዲስ አበባ ከተማ')).toBe(false);
    expect(hasBylineLabel('በ 2016 በጀት ዓመት የተሰሩ መንገዶች')).toBe(false);
    expect(hasBylineLabel('በ ከተማው የተሰሩ መንገዶች ተመረቁ።')).toBe(false);
  });

  test.each([
    ['© 2016 ልሳነ ሕዝብ ጋዜጣ። መብቱ በሕግ የተጠበቀ ነው።', 'ልሳነ ሕዝብ ጋዜጣ'],
    ['ልሳነ ሕዝብ ጋዜጣ። መብቱ በህግ የተጠበቀ ነው።', 'ልሳነ ሕዝብ ጋዜጣ'],
    ['© 2016 ልሳነ ሕዝብ ጋዜጣ | ሁሉም መብቶች የተጠበቁ ናቸው', 'ልሳነ ሕዝብ ጋዜጣ'],
    ['መብቱ በሕግ የተጠበቀ ነው።', undefined],
    // Its year in Ethiopic numerals is no part of the holder's name.
    ['© ፳፻፲፭ ልሳነ ሕዝብ ጋዜጣ። መብቱ በሕግ የተጠበቀ ነው።', 'ልሳነ ሕዝብ ጋዜጣ'],
  ])('the notice "%s" closing a text goes to copyright, naming %s', (notice, holder) => {
    const found = readText(`${headline}\nዘጋቢ፡ ዮናስ መኮንን\n\n${story}\n\n${notice}`, 'notice.txt');
    expect(found.fields.copyright).toBe(notice);
    expect(found.guessed?.source).toEqual(holder ? { name: holder } : undefined);
    expect(found.text).not.toContain('የተጠበቀ');
  });

  test('a sentence that says a right is protected by law is the story’s', () => {
    for (const sentence of ['ሚኒስትሩ እንዳሉት የሰራተኞች መብቱ በሕግ የተጠበቀ ነው።', 'መብቱ በሕግ የተጠበቀ ነው ብለዋል ሚኒስትሩ።'])
      expect(isCopyrightLine(sentence), sentence).toBe(false);
  });

  test('"read more" lines go; the story around them stays', () => {
    const found = readText(
      `${headline}\n\n${story}\n\nተጨማሪ ያንብቡ፡ https://example.org/bus\n\nአሽከርካሪዎችም ስልጠና ወስደዋል።\n\nተጨማሪ ለማንበብ፥ የባቡር መስመሩ ጥገና ተጠናቀቀ`,
      'teaser.txt',
    );
    expect(found.text).not.toContain('ተጨማሪ');
    expect(found.text).toContain('አሽከርካሪዎችም ስልጠና ወስደዋል።');
  });
});

describe("the new languages' rules leave other languages' text as it was", () => {
  const story =
    'The harbour reopened on Monday after a week of repairs. Fishermen said the new wall held well.\n\nThe council will inspect it again in May.';

  test('a teaser label opening the first line is the headline; "Related:" and "See also:" lines are the story\'s', () => {
    const headline = readText(`Don't miss: the Northern Lights over Tromsø tonight\n\n${story}`, 'a.txt');
    expect(headline.guessed?.title).toBe("Don't miss: the Northern Lights over Tromsø tonight");
    const kept = readText(
      `Harbour reopens\n\n${story}\n\nSee also: Section 4(b) of the Harbour Act\n\nRelated: court filings`,
      'b.txt',
    );
    expect(kept.text).toContain('See also: Section 4(b)');
    expect(kept.text).toContain('Related: court filings');
    const dropped = readText(`Harbour reopens\n\n${story}\n\nRead more: Cracks found in the sea wall`, 'c.txt');
    expect(dropped.text).not.toContain('Cracks found');
    expect(dropped.notes).toContain(
      'left out the line pointing at another story: "Read more: Cracks found in the sea wall"',
    );
  });

  test('names with Na, Dan or Oleh in them stay whole', () => {
    expect(bylineNames('By Lee Na Young')).toEqual(['Lee Na Young']);
    expect(bylineNames('By Mihai Dan Popescu')).toEqual(['Mihai Dan Popescu']);
    expect(bylineNames('Autor: Mihai Dan Popescu')).toEqual(['Mihai Dan Popescu']);
    expect(readText(`Harbour reopens\nOleh Sentsov\n12 May 2023\n\n${story}`, 'd.txt').guessed?.authors).toEqual([
      'Oleh Sentsov',
    ]);
    // A Korean name closing an English story is no Swahili byline.
    expect(readText(`Harbour reopens\n\n${story}\n\nNa Hye Won`, 'e.txt').guessed?.authors).toBeUndefined();
  });

  test('a list of names closing a story is no byline', () => {
    const found = readText(`Harbour reopens\n\nThe winners were:\n\n- Anna Nowak\n- Piotr Zieliński`, 'f.txt');
    expect(found.guessed?.authors).toBeUndefined();
    expect(found.text).toContain('Anna Nowak');
  });

  test('capitals in brackets under a headline are an agency only when they name one', () => {
    for (const line of ['(WATCH)', '(POLL)', '(EU)', '(USA)', 'Donald Tusk (KO)'])
      expect(readText(`Harbour reopens\n${line}\n\n${story}`, 'g.txt').guessed?.source, line).toBeUndefined();
    expect(readText(`Harbour reopens\n(Reuters)\n\n${story}`, 'h.txt').guessed?.source).toEqual({ name: 'Reuters' });
  });

  test('a name, an agency and a date on a line are no place and date', () => {
    expect(isPlaceAndDate('Anna Nowak, PAP, 14 lipca 2023')).toBe(false);
  });

  test('prose that ends with the words of a reuse warning is no notice', () => {
    for (const line of [
      'Copyright holders met in Geneva on Monday. The delegates agreed that the draft is not for publication.',
      'Copyright lawyers warned on Monday that the bill goes too far. Reproduction is prohibited without a licence.',
      'Copyright was the issue. The court said the tapes are not for publication. All rights reserved.',
    ])
      expect(isCopyrightLine(line), line).toBe(false);
    expect(
      copyrightHolder(
        '© Harbour Gazette. Reproduction is strictly prohibited without permission. All rights reserved.',
      ),
    ).toBe('Harbour Gazette');
  });
});

describe('a Hungarian and Romanian weekly: headline, byline and date each on a line of their own', () => {
  // Written here: a short story in each language.
  const HUNGARIAN =
    'Hét község önkéntes tűzoltói mérték össze tudásukat szombaton a szőlőhegy alatti réten. A versenyt a helyi csapat nyerte, második lett a szomszéd falu egyesülete.';
  const ROMANIAN =
    'Ședința ordinară a consiliului local, programată pentru joi, a fost amânată pentru a doua oară în această lună. Motivul invocat este lipsa cvorumului.';

  test.each([
    [
      'Tuzoltoverseny a Szolohegyen',
      'Írta: Nagy Erzsébet',
      '2008. október 3.',
      HUNGARIAN,
      ['Nagy Erzsébet'],
      '2008-10-03',
    ],
    [
      'Tűzoltóverseny a szőlőhegyen',
      'Írta Nagy Erzsébet',
      '2008. október 3.',
      HUNGARIAN,
      ['Nagy Erzsébet'],
      '2008-10-03',
    ],
    ['Tűzoltóverseny a szőlőhegyen', 'Szerző: Kovács Péter', '2008.10.03.', HUNGARIAN, ['Kovács Péter'], '2008-10-03'],
    ['Tűzoltóverseny a szőlőhegyen', 'Szöveg: Szabó Anna', '2008. október 3.', HUNGARIAN, ['Szabó Anna'], '2008-10-03'],
    ['Sedinta amanata din nou', 'de Ion Popescu', '15 martie 2009', ROMANIAN, ['Ion Popescu'], '2009-03-15'],
    [
      'Ședința, amânată din nou',
      'De Ion Popescu și Maria Ionescu',
      '15 martie 2009',
      ROMANIAN,
      ['Ion Popescu', 'Maria Ionescu'],
      '2009-03-15',
    ],
    ['Ședința, amânată din nou', 'Autor: Maria Ionescu', '15.03.2009', ROMANIAN, ['Maria Ionescu'], '2009-03-15'],
  ])(
    '"%s" / "%s" / "%s" with no blank line between: three lines read',
    (headline, byline, day, story, authors, date) => {
      for (const text of [
        `${headline}\n${byline}\n${day}\n\n${story}`,
        `${headline}\n\n${byline}\n\n${day}\n\n${story}`,
      ]) {
        const found = readText(text, 'a.txt');
        expect(found.guessed?.title, text).toBe(headline);
        expect(found.guessed?.authors, text).toEqual(authors);
        expect(found.guessed?.date, text).toBe(date);
        expect(found.text, text).toBe(story);
      }
    },
  );

  test('"de" and a name, but not under the headline nor beside a date line, is a line of the story', () => {
    const text = `Ședința, amânată din nou\n\n15 martie 2009\n\n${ROMANIAN}\n\nDe Ion Popescu Vasile\n\nPrimarul a răspuns că documentele au fost disponibile de luni.`;
    const found = readText(text, 'a.txt');
    expect(found.guessed?.authors).toBeUndefined();
    expect(found.text).toContain('De Ion Popescu Vasile');
    // A Spanish or French headline opening with "De" and a lower-case word is a headline.
    expect(readText(`De la mer à la montagne\n\n4 mai 2015\n\n${ROMANIAN}`, 'b.txt').guessed?.title).toBe(
      'De la mer à la montagne',
    );
  });

  test('a Romanian story of a paragraph or two in a Hungarian archive, its Hungarian names aside, is filed Romanian', () => {
    const story = [
      'Ședința ordinară a consiliului local din Szászfalva, programată pentru joi, a fost amânată pentru a doua oară în această lună. Motivul invocat de secretarul primăriei este lipsa cvorumului: doar opt din cei cincisprezece consilieri s-au prezentat la ora stabilită.',
      'Pe ordinea de zi se aflau bugetul pe anul viitor, majorarea taxei de salubritate și aprobarea unui proiect pentru reabilitarea drumului spre Kolozsvár. Consilierii din opoziție acuză conducerea primăriei că a trimis materialele cu doar o zi înainte de ședință.',
      '„Nu putem vota un buget pe care nu l-am citit”, a declarat consilierul Szőcs Béla. Primarul Kovács Ferenc a răspuns că documentele au fost disponibile la registratură încă de luni.',
      'Noua ședință a fost convocată pentru marți, la ora 16. Locuitorii care doresc să asiste sunt așteptați în sala mare a primăriei.',
    ];
    const found = readText(`Ședința, amânată din nou\n\n15 martie 2009\n\n${story.join('\n\n')}`, 'a.txt', {
      siteLang: 'hu',
    });
    expect(found.text.length).toBeGreaterThan(600);
    expect(found.text.length).toBeLessThan(1000);
    expect(found.guessed?.lang).toBe('ro');
    expect(found.guessedWhy?.lang).toMatch(/check it/);
  });
});

describe('readText: words a line’s end broke with a hyphen (text copied from a PDF)', () => {
  test('a headline broken so is the title; the story’s words are whole, a real hyphen kept', () => {
    const found = readText(
      [
        'The long recon-\nstruction of Tlatelolco',
        'By Ada Quill',
        'The build-\nings were retro-\nfitted after the earthquake, a well-known story: the well-\nknown architect of the Franco-\nPrussian museum spoke.',
        'The council met on Monday.',
      ].join('\n\n'),
      'a.txt',
    );
    expect(found.guessed?.title).toBe('The long reconstruction of Tlatelolco');
    expect(found.guessed?.authors).toEqual(['Ada Quill']);
    expect(found.body).toBe(
      'The buildings were retrofitted after the earthquake, a well-known story: the well-known architect of the Franco-Prussian museum spoke.\n\nThe council met on Monday.\n',
    );
    expect(found.text).toContain('retrofitted');
  });
});
