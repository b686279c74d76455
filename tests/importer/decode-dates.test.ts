import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import {
  decodeText,
  declaredCharset,
  looksBinary,
  plausiblyWestern,
  withHungarianLetters,
} from '../../src/importer/decode.ts';
import { toArticleDate } from '../../src/importer/dates.ts';
import { ImportError } from '../../src/importer/types.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  test('UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('“Tide”\r\n\r\nLine two\rthree')]);
    expect(decodeText(bytes)).toEqual({ text: '“Tide”\n\nLine two\nthree', encoding: 'utf-8' });
  });

  test('Windows-1252 curly quotes, dashes and accents', () => {
    // “Café” – naïve, as a 1990s word processor saved it.
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]);
    expect(decodeText(bytes)).toEqual({ text: '“Café” – naïve', encoding: 'windows-1252', detected: true });
  });

  test('a declared charset is used when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="iso-8859-2"><p>'), 0xb3, 0xf3, 0x64, 0xbc]); // łódź
    expect(declaredCharset(bytes)).toBe('iso-8859-2');
    expect(decodeText(bytes, declaredCharset(bytes)).text).toContain('łódź');
  });

  test('UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeText(bytes).text).toBe('Hi');
  });

  test.each([
    ['empty', new Uint8Array([])],
    ['only blank lines', utf8('\n  \r\n\t\n')],
  ])('refuses an %s file', (_name, bytes) => {
    expect(() => decodeText(bytes)).toThrow(new ImportError('the file is empty: nothing to import'));
  });

  test('refuses binary files', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(looksBinary(png)).toBe(true);
    expect(() => decodeText(png)).toThrow(/binary file/);
    expect(looksBinary(utf8('plain words\twith a tab\n'))).toBe(false);
  });
});

describe('toArticleDate keeps the publisher’s day and offset', () => {
  test.each([
    ['Wed, 03 Nov 2021 18:45:00 -0500', '2021-11-03T18:45:00-05:00'],
    ['Thu, 30 Dec 2021 23:59:00 GMT', '2021-12-30T23:59:00Z'],
    ['3 Nov 2021 06:05 PST', '2021-11-03T06:05:00-08:00'],
    ['Sat, 01 Jan 22 00:30:00 +1300', '2022-01-01T00:30:00+13:00'],
    ['2021-11-03T23:30:00.000+0100', '2021-11-03T23:30:00+01:00'],
    ['2019-12-31T23:30:00-08:00', '2019-12-31T23:30:00-08:00'],
    ['2020-08-01T21:15:00+05:30', '2020-08-01T21:15:00+05:30'],
    ['2021-11-03T10:00:00', '2021-11-03'], // no offset: the instant is unknown, the day is not
    ['2021-11-03', '2021-11-03'],
    ['Wed, 03 Nov 2021 18:45:00 XYZ', '2021-11-03'],
    // As feeds really write them: names in the site's language, a time without its colon.
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T19:42:40-03:00'],
    ['mar., 04 févr. 2020 08:00:00 +0100', '2020-02-04T08:00:00+01:00'],
    ['Di, 13 Okt 2020 10:15:00 +0200', '2020-10-13T10:15:00+02:00'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00Z'],
    ['2020/1/10 14:33:00', '2020-01-10'],
    ['2020.01.10', '2020-01-10'],
    // A year past 2300 is a Buddhist Era one, as Thai pages write it in figures and with a month's name.
    ['2567-01-15', '2024-01-15'],
    ['2567-01-15T10:00:00+07:00', '2024-01-15T10:00:00+07:00'],
    ['2567/01/15 10:00', '2024-01-15'],
    ['15 มกราคม 2567', '2024-01-15'],
  ])('%s → %s', (input, expected) => {
    expect(toArticleDate(input)).toBe(expected);
  });

  test.each([
    ['2021-02-30'],
    ['Mon, 31 Feb 2022 10:00:00 GMT'],
    ['Mon, 03 Foo 2022 10:00:00 GMT'],
    ['Sa, 3 Jui 2021 10:00 +0200'],
    ['2020/2/30'],
    ['2021-11-03T25:00:00Z'],
    ['yesterday'],
    [''],
    // Two figures of the Buddhist year after a Thai month's name are writtenDate's to read (2567, not 1967).
    ['15 มกราคม 67'],
    // So is a Hijri year, Solar (Iran's 1402 is 2023) or lunar (1445): never the year 1402 of the Christian era.
    ['1402/09/20 10:15'],
    ['1402-09-20T10:15:00+03:30'],
    ['1445/05/20'],
  ])('refuses %j', (input) => {
    expect(toArticleDate(input)).toBeUndefined();
  });
});

describe('decodeText: encodings nobody declared', () => {
  const samples: [string, string][] = [
    [
      'shift_jis',
      '東京の港では、新しいフェリーが来月から運航を開始する予定です。市の担当者は、乗客の増加に対応するためだと説明しました。',
    ],
    [
      'euc-jp',
      '東京の港では、新しいフェリーが来月から運航を開始する予定です。市の担当者は、乗客の増加に対応するためだと説明しました。',
    ],
    ['gb18030', '港口管理局宣布，新的渡轮将于下个月开始运营。市政府官员表示，这是为了应对乘客数量的增加。'],
    ['big5', '港口管理局宣佈，新的渡輪將於下個月開始營運。市政府官員表示，這是為了應對乘客數量的增加。'],
    [
      'koi8-r',
      'Управление порта объявило, что новый паром начнёт работу в следующем месяце. Чиновники города заявили, что это связано с ростом числа пассажиров.',
    ],
    [
      'windows-1252',
      'Le conseil municipal a voté la rénovation du théâtre. « C’est une décision historique », a déclaré la maire.',
    ],
    [
      'iso-8859-1',
      'Die Fähre fährt ab Montag wieder. Der Bürgermeister sagte, die Straße werde für zwei Wochen gesperrt.',
    ],
    ['utf-16le', 'Le conseil municipal a voté la rénovation du théâtre.'],
    ['utf-16be', '東京の港では、新しいフェリーが来月から運航を開始する予定です。'],
    ['utf-16le', 'Управление порта объявило, что новый паром начнёт работу.'],
  ];

  test.each(samples)('%s is detected and read without mojibake', (encoding, text) => {
    const decoded = decodeText(iconv.encode(text, encoding));
    expect(decoded.text).toBe(text);
    expect(decoded.detected).toBe(true);
  });

  // Each text as its encoding can hold it (DOS's cp866 has no і, KOI8 and ISO no —).
  const ukrainian =
    'Новий маршрут автобуса\n\nЖитомир, 2 травня 2004 р. - З понеділка автобус 5 їздитиме через вокзал.';
  const russian =
    'Новый маршрут автобуса\n\nЖитомир, 2 мая 2004 г. - С понедельника автобус 5 будет ездить через вокзал.';
  test.each([
    ['windows-1251', `${ukrainian} — «№ 5»`],
    ['koi8-u', ukrainian],
    ['cp866', russian],
    ['iso-8859-5', ukrainian],
  ])(
    'a short Cyrillic text in %s, too little for the detector, is read by the one reading that gives prose',
    (encoding, text) => {
      expect(iconv.decode(iconv.encode(text, encoding), encoding)).toBe(text);
      expect(decodeText(iconv.encode(text, encoding))).toEqual({ text, encoding, detected: true });
    },
  );

  test.each([
    ['big5', '颱風過境　花蓮停班停課\n\n中央氣象局表示，颱風中心今天清晨從花蓮登陸，縣府宣布停止上班上課。'],
    ['gb18030', '长江禁渔十年计划启动\n\n农业农村部今天宣布，长江流域重点水域将实行为期十年的禁捕。'],
  ])(
    'a short Chinese text in %s, too little for the detector, is read by the one reading that gives prose',
    (encoding, text) => {
      expect(decodeText(iconv.encode(text, encoding))).toEqual({ text, encoding, detected: true });
    },
  );

  test('a short Greek text, which reads as Cyrillic letters too, is not taken for Cyrillic', () => {
    const greek = 'Νέο δρομολόγιο λεωφορείου\n\nΑπό τη Δευτέρα το λεωφορείο θα περνά από τον σταθμό.';
    expect(() => decodeText(iconv.encode(greek, 'windows-1253'))).toThrow(/--encoding windows-1253\)/);
  });

  test('a short Czech or Polish text in windows-1250 is not read as Cyrillic mojibake', () => {
    const czech =
      'Nová trasa autobusu\n\nŽitomír, 2. května 2004 - Od pondělí bude autobus číslo 5 jezdit přes nádraží a náměstí.';
    const polish = 'Nowa trasa autobusu\n\nOd poniedziałku autobus numer 5 będzie jeździł przez dworzec i przez rynek.';
    const pangram = 'Příliš žluťoučký kůň úpěl ďábelské ódy. Čeští řidiči říkají, že silnice přes náměstí je špatná.';
    for (const text of [czech, polish, pangram]) {
      let decoded: string | undefined;
      try {
        decoded = decodeText(iconv.encode(text, 'windows-1250')).text;
      } catch {
        // Refused, with a guess to try: nothing written in the wrong letters.
      }
      if (decoded !== undefined) expect(decoded).not.toMatch(/[\u0400-\u04ff]/u);
    }
  });

  test('a file the detector is unsure of names its best guess as the --encoding to try', () => {
    const bytes = iconv.encode('Ґанок ЖЇЄ', 'windows-1251');
    expect(() => decodeText(bytes)).toThrow(
      /best guess (\S+) at \d+% confidence\): .*give --encoding \(e\.g\. --encoding (?!shift_jis)/,
    );
  });

  test('--encoding wins over detection', () => {
    const bytes = iconv.encode('¾', 'windows-1252'); // 0xBE: ¾ in Windows-1252, Ÿ in Latin-9
    expect(decodeText(bytes, { encoding: 'iso-8859-15' }).text).toBe('Ÿ');
  });

  test('bytes no detector can vouch for import nothing, and the reason says how to fix it', () => {
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => 0x80 + ((i * 7919) % 127));
    expect(() => decodeText(noise)).toThrow(
      /^cannot tell which text encoding this file uses \(not UTF-8, none declared, .*\): nothing imported; if you know it, give --encoding/,
    );
  });

  test('an unknown --encoding is refused', () => {
    expect(() => decodeText(utf8('x'), { encoding: 'klingon-8' })).toThrow(/--encoding klingon-8 is not an encoding/);
  });
});

describe('decodeText: Central European encodings', () => {
  // Invented for these tests; each in the letters both encodings have (ISO-8859-2 has no „ ” – …).
  const polish =
    'Nowa kładka nad Odrą\n\nOpole, 14 września 2003 r. - Mieszkańcy Zaodrza od środy przejdą nad rzeką suchą stopą. Kładka ma sześćdziesiąt metrów długości, a jej budowa kosztowała prawie dwa miliony złotych. Żółte barierki pomalowano w zeszłym tygodniu.';
  const czech =
    'Nová lávka přes řeku\n\nOlomouc, 14. září 2003 - Obyvatelé čtvrti Nová Ulice budou od středy chodit přes řeku suchou nohou. Lávka je šedesát metrů dlouhá a její stavba stála téměř dva miliony korun. Žluté zábradlí natřeli dělníci minulý týden.';

  test.each([
    ['Polish', 'windows-1250', polish],
    ['Polish', 'iso-8859-2', polish],
    ['Czech', 'windows-1250', czech],
    ['Czech', 'iso-8859-2', czech],
    ['a short Polish text', 'windows-1250', 'Łódź: most zamknięty\n\nObjazd ulicą Świętego Jerzego do środy.'],
    ['a short Polish text', 'iso-8859-2', 'Łódź: most zamknięty\n\nObjazd ulicą Świętego Jerzego do środy.'],
    ['a Polish ending on a Czech name', 'iso-8859-2', 'Jechał starą Škodą przez środek miasta.'],
  ])('%s in %s is detected, as the one of the two readings that is prose', (_language, encoding, text) => {
    expect(iconv.decode(iconv.encode(text, encoding), encoding)).toBe(text);
    expect(decodeText(iconv.encode(text, encoding))).toEqual({ text, encoding, detected: true });
  });

  test('Western text stays windows-1252; Polish and Czech are not taken for it', () => {
    for (const text of [
      '“Café” – naïve',
      'Le conseil municipal a voté la rénovation du théâtre. « C’est une décision historique », a déclaré la maire.',
      'Die Fähre fährt ab Montag wieder. Der Bürgermeister sagte, die Straße werde für zwei Wochen gesperrt.',
      'Il sindaco è arrivato lunedì.',
      'Ugyldig nøkkel i 5',
    ])
      expect(decodeText(iconv.encode(text, 'windows-1252'))).toEqual({
        text,
        encoding: 'windows-1252',
        detected: true,
      });
    // Their letters read in Windows-1252: "bêdzie", "œrodê", "pi¹tek" (ą, ł, ż as symbols), "Mìstská", "Ètenáøi".
    const polishShort = 'Spektakl będzie grany w środę i w piątek.';
    const czechShort =
      'Městská knihovna prodlouží otevírací dobu. Čtenáři si budou moci půjčovat knihy i v sobotu, řekla ředitelka.';
    for (const text of [polishShort, czechShort]) {
      expect(plausiblyWestern(iconv.decode(iconv.encode(text, 'windows-1250'), 'windows-1252'))).toBe(false);
      expect(decodeText(iconv.encode(text, 'windows-1250'))).toEqual({
        text,
        encoding: 'windows-1250',
        detected: true,
      });
    }
    // A Polish text that does read as French in Windows-1252 ("Goœæ", "œrodê"): the detector is sure it is not.
    const guest = 'Gość z Krakowa przyjedzie w środę.';
    expect(decodeText(iconv.encode(guest, 'windows-1250'))).toEqual({
      text: guest,
      encoding: 'windows-1250',
      detected: true,
    });
  });

  test('an undecidable file whose bytes ISO-8859-2 reads as control characters is told to try windows-1250', () => {
    // A name half Czech, half Polish makes neither reading prose; the detector ranks ISO-8859-2 first.
    const text =
      'Łódź: zamknięty most\n\nMost na Wólczańskiej będzie zamknięty do piątku. Objazd przez Śmigłego. Zdjęcie: Jiří Šwiątek.';
    expect(() => decodeText(iconv.encode(text, 'windows-1250'))).toThrow(
      /^cannot tell which text encoding this file uses \(not UTF-8, none declared, best guess ISO-8859-2 at \d+% confidence\): .*\(e\.g\. --encoding windows-1250\)$/,
    );
  });

  test('--encoding in an ISO-8859 part that reads letters as control characters is refused, naming the one to try', () => {
    const text = 'Nowa kładka\r\n\r\nMieszkańcy od środy przejdą nad rzeką.';
    // Windows-1250's ś (0x9C) is a C1 control in ISO-8859-2: a text with invisible characters, never written.
    expect(() => decodeText(iconv.encode(text, 'windows-1250'), { encoding: 'iso-8859-2' })).toThrow(
      new ImportError(
        'read as iso-8859-2, the file has control characters where letters should be (U+009C at line 3): it is probably windows-1250: try --encoding windows-1250',
      ),
    );
    expect(() => decodeText(iconv.encode(text, 'windows-1250'), { encoding: 'latin2' })).toThrow(
      /^read as latin2, .*try --encoding windows-1250$/,
    );
    // The ISO-8859-2 file itself reads as it should.
    expect(decodeText(iconv.encode(text, 'iso-8859-2'), { encoding: 'iso-8859-2' }).text).toBe(
      'Nowa kładka\n\nMieszkańcy od środy przejdą nad rzeką.',
    );
  });

  test.each([
    ['iso-8859-1', 'windows-1252', '“Café” – naïve'],
    ['iso-8859-5', 'windows-1251', '«Новий маршрут» — “автобус”'],
    ['iso-8859-7', 'windows-1253', 'Ο δήμαρχος είπε: “Η γέφυρα θα κλείσει”.'],
  ])('--encoding %s on a %s file is refused with its Windows counterpart to try', (iso, windows, text) => {
    expect(() => decodeText(iconv.encode(text, windows), { encoding: iso })).toThrow(
      new RegExp(
        `^read as ${iso}, the file has control characters where letters should be \\(U\\+009[37] at line 1\\): it is probably ${windows}: try --encoding ${windows}$`,
      ),
    );
  });

  test('--encoding iso-8859-1 on UTF-8 bytes is refused with utf-8 to try', () => {
    expect(() => decodeText(utf8('Łódź – „most”'), { encoding: 'iso-8859-1' })).toThrow(
      /\(U\+0081 at line 1\): it is probably utf-8: try --encoding utf-8$/,
    );
  });

  test('a page that declares iso-8859-2 but was written in windows-1250 is read in windows-1250', () => {
    const page = Buffer.concat([
      utf8('<meta charset="iso-8859-2"><p>'),
      iconv.encode('„Kładka” otwarta: ścieżka nad rzeką – mówi Śmigły.', 'windows-1250'),
    ]);
    expect(decodeText(page, declaredCharset(page))).toEqual({
      text: '<meta charset="iso-8859-2"><p>„Kładka” otwarta: ścieżka nad rzeką – mówi Śmigły.',
      encoding: 'windows-1250',
    });
    // Bytes neither reads as text are refused, not written with control characters in them.
    const broken = Buffer.concat([utf8('<meta charset="iso-8859-2">\n<p>'), Buffer.from([0x81, 0x41])]);
    expect(() => decodeText(broken, declaredCharset(broken))).toThrow(
      new ImportError(
        'read as iso-8859-2, the file has control characters where letters should be (U+0081 at line 2): it is not iso-8859-2 text: nothing imported',
      ),
    );
  });
});

describe('withHungarianLetters', () => {
  test('Hungarian text carrying Latin-1’s õ and û for ő and ű gets its own letters back', () => {
    expect(
      withHungarianLetters(
        'A tûzoltók elsõ versenye a Szõlõhegyen, ahol a falu apraja és nagyja összegyûlt a verseny napján.',
      ),
    ).toBe('A tűzoltók első versenye a Szőlőhegyen, ahol a falu apraja és nagyja összegyűlt a verseny napján.');
  });

  test.each([
    // Portuguese, French and Estonian write õ and û as letters of their own.
    'O governo põe em prática as ações previstas para o próximo ano, disse o ministro.',
    'Il est sûr que le goût du pain a changé depuis des années dans ce village.',
    'Õpetaja ütles, et kool avatakse uuesti järgmisel nädalal pärast remonti.',
    // A Hungarian text that writes ő and ű somewhere wrote õ on purpose, or it is a name: left as written.
    'A kõszegi tűzoltók első versenye a falu szélén volt, és mindenki ott volt.',
  ])('leaves alone: %s', (text) => {
    expect(withHungarianLetters(text)).toBeUndefined();
  });
});
