import { describe, expect, test } from 'vitest';
import {
  foundForms,
  highlightHref,
  highlightWords,
  markedNeedles,
  pieceRanges,
  queryNeedles,
  separateWords,
  wordRanges,
} from '../../src/search/highlight.ts';

describe('highlightHref', () => {
  test.each([
    ['/2024/05/12/a/', 'ferry', '/2024/05/12/a/?highlight=ferry'],
    ['/clip/2024/05/12/a/', '"battery electric" buses', '/clip/2024/05/12/a/?highlight=%22battery+electric%22+buses'],
    ['/a/', '« place du Marché »', '/a/?highlight=%22place+du+March%C3%A9%22'],
    ['/a/', '"ferry"', '/a/?highlight=ferry'],
    ['/a/?x=1#top', 'café', '/a/?x=1&highlight=caf%C3%A9#top'],
    ['/a/', '', '/a/'],
  ])('%s + %j', (href, query, expected) => expect(highlightHref(href, query)).toBe(expected));
});

test('a result’s link carries the forms of the words its excerpt marks that the words do not begin', () => {
  expect(foundForms('Kolozsváron', ['Kolozsvárra', 'Kolozsváron', 'kolozsvári'])).toEqual([
    'Kolozsvárra',
    'kolozsvári',
  ]);
  // A stemmer that read the word far shorter found words that are not it: none of them goes.
  expect(foundForms('Ayşe', ['açıldı', 'Ayşe'])).toEqual([]);
  // Amharic: the word with a prefix joined to its front, in either spelling of its letters alike.
  expect(foundForms('መርካቶ', ['በመርካቶ'])).toEqual(['በመርካቶ']);
  expect(foundForms('ህጻናት', ['የሕጻናት'])).toEqual(['የሕጻናት']);
  // A quoted phrase is marked whole: its words take no other forms.
  expect(foundForms('"battery electric" repairing', ['batteries', 'repairs'])).toEqual(['repairs']);
  expect(highlightHref('/a/', 'Kolozsváron', ['Kolozsvárra'])).toBe('/a/?highlight=Kolozsv%C3%A1ron+Kolozsv%C3%A1rra');
  expect(highlightWords('?highlight=Kolozsv%C3%A1ron+Kolozsv%C3%A1rra')).toEqual(['kolozsváron', 'kolozsvárra']);
});

test('highlightWords reads the words back once each, longest first', () => {
  expect(highlightWords(new URL(`http://x${highlightHref('/a/', 'Harbour ferry harbour')}`).search)).toEqual([
    'harbour',
    'ferry',
  ]);
  expect(highlightWords('?q=x')).toEqual([]);
});

test('a quoted phrase is read back whole, and can be taken apart into its words', () => {
  const search = new URL(`http://x${highlightHref('/a/', '« place du Marché » concert')}`).search;
  expect(highlightWords(search)).toEqual(['place du marché', 'concert']);
  expect(separateWords(highlightWords(search))).toEqual(['concert', 'marché', 'place', 'du']);
});

test('a word typed with marks inside is marked whole, never by its one letter', () => {
  const text = 'Ses tommes viennent d’éleveurs du Beaufortain, des toits, and don’t dance.';
  const marked = (query: string) => {
    const words = highlightWords(new URL(`http://x${highlightHref('/a/', query)}`).search);
    return wordRanges(text, words).map(([a, b]) => text.slice(a, b));
  };
  expect(marked("d'éleveurs")).toEqual(['d’éleveurs']);
  expect(marked('d’éleveurs')).toEqual(['d’éleveurs']);
  expect(marked("don't")).toEqual(['don’t']);
  // Ukrainian's modifier letter apostrophe (ʼ) in the text or the query is the same apostrophe.
  const uk = 'Пʼять обʼєктів і п’ять шкіл.';
  const markedUk = (query: string) => {
    const words = highlightWords(new URL(`http://x${highlightHref('/a/', query)}`).search);
    return wordRanges(uk, words).map(([a, b]) => uk.slice(a, b));
  };
  expect(markedUk("п'ять")).toEqual(['Пʼять', 'п’ять']);
  expect(markedUk('«пʼять обʼєктів»')).toEqual(['Пʼять обʼєктів']);
  // Found nowhere whole (split by markup on the page), its longer parts are marked, not every word with a d.
  expect(separateWords(['d éleveurs', 'don t'])).toEqual(['éleveurs', 'don']);
  // Persian's bound parts written apart (می شود) do not mark every word they begin (میلیون); a phrase of them alone keeps them.
  expect(separateWords(['پیش بینی می شود'])).toEqual(['بینی', 'پیش', 'شود']);
  expect(separateWords(['می ها'])).toEqual(['می', 'ها']);
  expect(separateWords(['u s'])).toEqual(['u', 's']);
  expect(separateWords(['10 号'])).toEqual(['10', '号']);
});

describe('wordRanges', () => {
  const marked = (text: string, words: string[]) => wordRanges(text, words).map(([a, b]) => text.slice(a, b));
  test.each([
    ['Herons and a heronry; the heron.', ['heron'], ['Herons', 'heronry', 'heron']],
    ['A battery-electric bus', ['battery', 'electric'], ['battery', 'electric']],
    ['antiheron', ['heron'], []],
    ['Élan et élan', ['élan'], ['Élan', 'élan']],
    // Romanian's comma and cedilla, Hungarian's ű and the û of Latin-1 pages: one letter, marked as written.
    ['Şedinţa de la Târgu Mureş', ['ședința', 'Mureș'], ['Şedinţa', 'Mureş']],
    ['Tûzoltóverseny a Szõlõhegyen', ['tűzoltó', 'szőlő'], ['Tûzoltóverseny', 'Szõlõhegyen']],
    // A phrase with accents typed on some words only is found as the phrase check finds it, word by word.
    [
      'Die Münchner Straße ist gesperrt. Die Straße bleibt zu. Münchner Kindl',
      queryNeedles('"Muenchner Straße"'),
      ['Münchner Straße'],
    ],
    ['os postos de saúde pública e a saude', queryNeedles('"saude pública"'), ['saúde pública']],
    ['a saúde publica', queryNeedles('"saude pública"'), []],
    // A Persian text's word is marked as written, never under a conjunction Arabic would join to it.
    ['وزیر نظر خود را گفت', ['زیر نظر'], []],
    // Turkish İ typed capital (a phone capitalises the first letter) marks İ and i alike.
    ['İzmir Belediyesi ve izmir', queryNeedles('"İzmir Belediyesi" İzmir'), ['İzmir Belediyesi', 'izmir']],
    ['İzmir limanında İşçi eylemi. işçi', queryNeedles('işçi'), ['İşçi', 'işçi']],
    ['Bina yıkıldı, Iğdır’da', queryNeedles('yikildi igdir'), ['yıkıldı', 'Iğdır']],
    // Turkish ı, and the capital I it lowercases from, typed any way marks the word written any way: ışık, Işık, IŞIK.
    ['Işık Bayramı: ışık festivali, IŞIK', queryNeedles('ışık'), ['Işık', 'ışık', 'IŞIK']],
    ['Işık Bayramı: ışık festivali, IŞIK', queryNeedles('Işık'), ['Işık', 'ışık', 'IŞIK']],
    ['Ilık hava, ılık rüzgâr', queryNeedles('ılık'), ['Ilık', 'ılık']],
    // A ligature is marked where its letters were typed apart (queryNeedles spells the query's out).
    ['Au cœur, au coeur, Lætitia', ['coeur', 'laetitia'], ['cœur', 'coeur', 'Lætitia']],
    // So is a letter with its mark inside it, typed without on a foreign keyboard: Polish ł, Norwegian ø, Icelandic þ.
    ['We Wrocławiu i w Łodzi', queryNeedles('wroclawiu lodzi'), ['Wrocławiu', 'Łodzi']],
    ['Fra Tromsø til Þórshöfn', queryNeedles('tromso thorshofn'), ['Tromsø', 'Þórshöfn']],
    ['abc and a.c', ['a.c'], ['a.c']],
    // A phrase is marked whole where its words stand side by side, and nowhere else.
    ['Sur la place du Marché, du pain.', ['place du marché'], ['place du Marché']],
    // Full-width digits and letters are the ASCII ones typed: highlightWords hands them over as ASCII.
    ['台風１０号が接近、台風10号', ['10号'], ['１０号', '10号']],
    ['ＮＨＫによると', ['nhk'], ['ＮＨＫ']],
    ['la place,\n du   Marché', ['place du marché'], ['place,\n du   Marché']],
    ['du Marché de la place', ['place du marché'], []],
    ['place du Marchés', ['place du marché'], []],
    ['the battery electric bus; a battery', ['battery electric', 'battery'], ['battery electric', 'battery']],
    // Hindi's vowel signs spell the word: पल (moment) marks no पुल (bridge); a number in Devanagari digits is the ASCII one.
    ['नया पुल, एक पल', ['पल'], ['पल']],
    ['जयंती का मेला, किसानों को मिलेगा', ['मेला'], ['मेला']],
    ['लगभग ३० प्रतिशत', ['30'], ['३०']],
    // Marks cover words, never the punctuation around them, in any script.
    ['في المياه. ثم', ['المياه.'], ['المياه']],
    ['«المياه»، ثم', ['«المياه»،'], ['المياه']],
    // An Arabic word is marked with the article or preposition joined to it, typed with it or without.
    ['أغلق الميناء أمس، وبالميناء سفن، والميناء', ['ميناء'], ['الميناء', 'وبالميناء', 'والميناء']],
    ['ميناء المدينة والميناء', ['الميناء'], ['ميناء', 'والميناء']],
    ['مدرسة المدرسة', ['مدرسة'], ['مدرسة', 'المدرسة']],
    ['عالميناء', ['ميناء'], []],
    // So is a Hebrew word with the letters Hebrew joins to its front; typed with them, it marks only them.
    ['השוק נפתח, בשוק ובשוק הדגים, שוקי', ['שוק'], ['השוק', 'בשוק', 'ובשוק', 'שוקי']],
    ['השוק נפתח, בשוק', ['השוק'], ['השוק']],
    ['מחירים בשוק הדגים', ['שוק הדגים'], ['בשוק הדגים']],
    ['תשוק', ['שוק'], []],
    ['Le « port » ferme.', ['« port »'], ['port']],
    ['「港」に', ['「港」'], ['港']],
    ['a . b', ['.'], []],
    // Scripts without spaces between words: a word is marked where it stands, as searched.
    ['東京の港に船が着いた。港まつり', ['港'], ['港', '港']],
    ['東京の港に船が', ['港に船'], ['港に船']],
    ['みなと祭りの夜', ['祭り'], ['祭り']],
    ['ตลาดน้ำใกล้ท่าเรือ', ['ท่าเรือ'], ['ท่าเรือ']],
    // A number or a Latin word beside them is a word of its own, marked as searched and no further.
    ['男子400メートルで優勝', ['400メートル'], ['400メートル']],
    ['午前の12便が欠航', ['12便'], ['12便']],
    ['台風10号が接近', ['10'], ['10']],
    ['新型のEVバスが走る', ['ev'], ['EV']],
    ['2010年と10年', ['10'], ['10']],
    ['東京電力と東京 電力', ['東京 電力'], ['東京電力', '東京 電力']],
    // A word typed without accents marks it written with them, as search found it; one typed with them, only them.
    ['Os postos de saúde abrem; a saude', ['saude'], ['saúde', 'saude']],
    ['Os postos de SAÚDE abrem', ['postos de saude'], ['postos de SAÚDE']],
    ['la péché et la pêche', ['pêche'], ['pêche']],
    ['un cafe\u0301 noir', ['cafe'], ['cafe\u0301']],
    ['Élan, élan', ['elan', 'élan'], ['Élan', 'élan']],
    // ß is ss typed plainly, as an accent is; typed, it marks only ß (Maße are not Masse).
    ['Das Straßenfest, die STRASSE', ['strassenfest', 'strasse'], ['Straßenfest', 'STRASSE']],
    ['Die Straße und die Strasse', ['straße'], ['Straße']],
    // Umlauts typed as ae, oe, ue mark the words written with them (and written decomposed), and as typed.
    [
      'Die Schüler in München, Muenchen und Mu\u0308nchen',
      ['schueler', 'muenchen'],
      ['Schüler', 'München', 'Muenchen', 'Mu\u0308nchen'],
    ],
    ['in der Münchner Innenstadt', ['muenchner innenstadt'], ['Münchner Innenstadt']],
    // A name in a script without spaces is searched without the spaces a byline may put in it.
    ['田中\u3000一郎と李 大華', ['田中一郎', '李大華'], ['田中\u3000一郎', '李 大華']],
    ['東京 電力', ['東京電力'], ['東京 電力']],
    ['Tanaka Ichiro', ['tanakaichiro'], []],
    // An Arabic phrase is marked whole where the phrase check finds it: each word with what the text joins to it.
    ['خطة وتوزيع وبالمياه', ['خطة توزيع المياه'], ['خطة وتوزيع وبالمياه']],
    ['قال كريم حسن', ['ريم حسن'], []],
  ])('%j with %j', (text, words, expected) => expect(marked(text, words)).toEqual(expected));
});

test('a Yiddish article, in Hebrew letters, marks no Hebrew prefix: its language says so', () => {
  const marked = (text: string, lang?: string) => wordRanges(text, ['שוק'], lang).map(([a, b]) => text.slice(a, b));
  expect(marked('אין שוק און בשוק', 'yi')).toEqual(['שוק']);
  expect(marked('אין שוק און בשוק', 'he')).toEqual(['שוק', 'בשוק']);
});

test('in Persian text a word typed on either keyboard marks it typed on the other; Arabic keeps its letters apart', () => {
  const marked = (text: string, words: string[]) => wordRanges(text, words).map(([a, b]) => text.slice(a, b));
  // Persian, part typed with an Arabic keyboard's ك and ي.
  const persian = 'گروه امدادی به كتابخانه رسید و کتابخانه را دید.';
  expect(marked(persian, ['کتابخانه'])).toEqual(['كتابخانه', 'کتابخانه']);
  expect(marked(persian, ['كتابخانه'])).toEqual(['كتابخانه', 'کتابخانه']);
  // Arabic: ي and ی are not folded together.
  expect(marked('أغلق الميناء وعلي هناك', ['علی'])).toEqual([]);
});

describe('pieceRanges: a paragraph’s text nodes read as one text', () => {
  const marked = (pieces: string[], words: string[]) =>
    pieceRanges(pieces, words).map(({ piece, start, end, match }) => [match, pieces[piece]!.slice(start, end)]);

  test('a phrase split by markup is one match, a slice in each node it crosses', () => {
    expect(marked(['Sur la place du ', 'Marché', ', du pain.'], ['place du marché'])).toEqual([
      [0, 'place du '],
      [0, 'Marché'],
    ]);
  });

  test('matches are numbered in order, within a node and across nodes', () => {
    expect(marked(['heron, ', 'the heron', 's and a heron'], ['heron'])).toEqual([
      [0, 'heron'],
      [1, 'heron'],
      [1, 's'],
      [2, 'heron'],
    ]);
  });

  test('words only side by side across nodes make the phrase', () => {
    expect(marked(['John', ' Doe said ', 'Smith'], ['john smith'])).toEqual([]);
  });
});

describe('markedNeedles: a phrase found whole nowhere is marked word by word', () => {
  test('found whole in one run (a byline), the phrase alone is marked everywhere', () => {
    expect(markedNeedles([['John Doe said Smith agreed'], ['John Smith'], ['Jane Smith']], ['john smith'])).toEqual([
      'john smith',
    ]);
  });

  test('found whole nowhere, its words are; other words stay as they are', () => {
    expect(markedNeedles([['Smith, John'], ['ferry']], ['john smith', 'ferry']).sort()).toEqual([
      'ferry',
      'john',
      'smith',
    ]);
  });

  test('across the markup of one run, the phrase counts as whole', () => {
    expect(markedNeedles([['place du ', 'Marché']], ['place du marché'])).toEqual(['place du marché']);
  });
});
