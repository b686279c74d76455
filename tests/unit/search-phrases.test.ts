import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  foldMarks,
  joinedPhrase,
  marksSpellWords,
  mayHoldPhrase,
  matchesPhrases,
  phrasesInOneOf,
  normalizeText,
  parseQuery,
} from '../../src/search/phrases.ts';

describe('parseQuery', () => {
  test.each([
    ['"battery electric"', { terms: 'battery electric', phrases: ['battery electric'] }],
    ['"battery electric" buses', { terms: 'battery electric buses', phrases: ['battery electric'] }],
    ['ferry', { terms: 'ferry', phrases: [] }],
    ['"ferry"', { terms: 'ferry', phrases: [] }],
    [
      '“harbour  master” and "night opening',
      { terms: 'harbour master and night opening', phrases: ['harbour master', 'night opening'] },
    ],
    ['""', { terms: '', phrases: [] }],
    // The languages' own marks, as phones type them.
    ['« transition énergétique » Lyon', { terms: 'transition énergétique Lyon', phrases: ['transition énergétique'] }],
    ['„grüne Energie“', { terms: 'grüne Energie', phrases: ['grüne Energie'] }],
    ['「東京 電力」', { terms: '東京 電力', phrases: ['東京 電力'] }],
    ['『気候 変動』 会議', { terms: '気候 変動 会議', phrases: ['気候 変動', '会議'] }],
    // Written without spaces, a quoted run of two or more characters may be several words: a phrase.
    ['「避難の早め」', { terms: '避難の早め', phrases: ['避難の早め'] }],
    ['"台風10号" 接近', { terms: '台風10号 接近', phrases: ['台風10号', '接近'] }],
    ['「港」', { terms: '港', phrases: [] }],
    // Unquoted, such a run is a phrase too: readers of these scripts put a space between keywords. So is one word
    // of two characters or more (新幹線, 港灣), which Pagefind's index may lack, answering with the shorter word
    // that begins it (港), or hold cut otherwise. One character is a word.
    ['予算道路', { terms: '予算道路', phrases: ['予算道路'] }],
    ['新幹線', { terms: '新幹線', phrases: ['新幹線'] }],
    ['港灣 港', { terms: '港灣 港', phrases: ['港灣'] }],
    ['１０号', { terms: '１０号', phrases: ['１０号'] }],
    // Quoted, the same run is a phrase too, as it is unquoted.
    ['"10号"', { terms: '10号', phrases: ['10号'] }],
    ['東京 電力', { terms: '東京 電力', phrases: ['東京', '電力'] }],
    ['北京天气预报 上海', { terms: '北京天气预报 上海', phrases: ['北京天气预报', '上海'] }],
    [
      'ferry 男子400メートル "battery electric"',
      {
        terms: 'ferry 男子400メートル battery electric',
        phrases: ['男子400メートル', 'battery electric'],
      },
    ],
    ['ภาษาไทย', { terms: 'ภาษาไทย', phrases: ['ภาษาไทย'] }],
    // An apostrophe is not a quotation mark.
    ["l’avion d'hier", { terms: "l’avion d'hier", phrases: [] }],
  ])('%s', (query, expected) => expect(parseQuery(query)).toEqual(expected));
});

test('normalizeText keeps letters of any script and accents, drops punctuation', () => {
  expect(normalizeText('Battery-électrique,  BUS!')).toBe('battery électrique bus');
  // Full-width digits and letters as ASCII; full-width punctuation is still no word.
  expect(normalizeText('ＮＨＫ：台風１０号（速報）')).toBe('nhk 台風10号 速報');
});

test('the modifier letter apostrophe (пʼять) is an apostrophe, in a query and in a phrase checked', () => {
  expect(parseQuery('пʼять «пʼять тисяч»')).toEqual({ terms: 'п’ять п’ять тисяч', phrases: ['п’ять тисяч'] });
  expect(normalizeText('пʼять')).toBe(normalizeText('п’ять'));
  expect(matchesPhrases('понад пʼять тисяч гостей', ["п'ять тисяч"])).toBe(true);
  expect(matchesPhrases('понад п’ять тисяч гостей', ['пʼять тисяч'])).toBe(true);
});

describe('matchesPhrases', () => {
  test.each([
    ['New battery electric buses.', ['battery electric'], true],
    ['Battery-\nelectric buses', ['battery electric'], true],
    ['electric battery', ['battery electric'], false],
    ['batteryelectric', ['battery electric'], false],
    ['the battery electrics', ['battery electric'], false],
    ['harbour master at night opening', ['harbour master', 'night opening'], true],
    ['harbour master only', ['harbour master', 'night opening'], false],
    ['anything', [], true],
    // Persian and Urdu join no conjunction to a word: وزیر ("minister") is not و + زیر ("under").
    ['وزیر نظر خود را گفت', ['زیر نظر'], false],
    ['کتاب در دست وزیر است', ['زیر است'], false],
    // …while an Arabic text with one Kurdish or Persian name in it is Arabic still.
    ['أعلنت الحكومة خطة لتحسين الكهرباء وتوزيع المياه في هەولێر', ['توزيع المياه'], true],
    // Romanian's ș and ț typed with the comma or the cedilla older keyboards gave them are one letter, and so are
    // Hungarian's ő and ű and the õ and û Latin-1 pages wrote for them; a letter without its mark is still another.
    ['Ședința consiliului a fost amânată', ['şedinţa consiliului'], true],
    ['Şedinţa consiliului a fost amânată', ['ședința consiliului'], true],
    ['A tûzoltói verseny', ['tűzoltói verseny'], true],
    ['A tűzoltói verseny', ['tûzoltói verseny'], true],
    ['Sedinta consiliului', ['ședința consiliului'], false],
    // A ligature is no accent: typed or not, « cœur » and "coeur" are one word.
    ['Au cœur de la nuit', ['coeur de la nuit'], true],
    ['Au coeur de la nuit', ['cœur de la nuit'], true],
    // A letter with its mark inside it typed without: "we Wroclawiu" on a foreign keyboard finds Wrocław; typed
    // with it, it is a letter of its own (łaska is not laska, bør not bor), as đ is.
    ['Mieszkańcy we Wrocławiu', ['we wroclawiu'], true],
    ['Mieszkańcy we Wroclawiu', ['we wrocławiu'], false],
    ['Laska stoi w kącie', ['łaska'], false],
    ['Han bor her', ['bør'], false],
    ['Du bør komme', ['bor'], true],
    // Accents the reader did not type are not asked for, as in a search of the words alone.
    ['Os postos de saúde abrem.', ['postos de saude'], true],
    // Full-width digits and letters, in the text or as typed, are the ASCII ones.
    ['台風１０号は２８日に接近', ['台風10号'], true],
    ['台風10号は28日に接近', ['台風１０号'], true],
    ['台風１０号は２８日に接近', ['台風11号'], false],
    // So are Arabic-Indic and Persian ones: an Arabic article may write its years either way.
    ['لم تتغير الأجور منذ عام 2011 تقريبًا', ['منذ عام ٢٠١١'], true],
    ['لم تتغير الأجور منذ عام ٢٠١١ تقريبًا', ['عام 2011'], true],
    ['لم تتغير الأجور منذ عام ۲۰۱۱ تقريبًا', ['عام 2012'], false],
    ['Os postos de saúde abrem.', ['postos de saúde'], true],
    ['Sur la PLACE DU MARCHÉ', ['place du marche'], true],
    // Accents typed are: « la pêche » is not « la péché ».
    ['la péché du jour', ['la pêche'], false],
    ['la peche du jour', ['la pêche'], false],
    // Text written decomposed (e + combining acute) reads as the same word.
    ['cafe\u0301 au lait', ['café au lait'], true],
    ['cafe\u0301 au lait', ['cafe au lait'], true],
    // Scripts without spaces: the phrase as typed, anywhere in the text, spaces between its letters aside.
    ['町は早めの避難を呼びかけた。', ['早めの避難'], true],
    ['町は早めの避難を呼びかけた。', ['避難の早め'], false],
    ['東京電力は発表した', ['東京 電力'], true],
    ['新型のEVバスが走る', ['evバス'], true],
    ['新型のEV バスが走る', ['evバス'], false],
    // ß typed as ss is asked for as either; typed as ß, only ß.
    ['Das Straßenfest am Wochenende', ['strassenfest am wochenende'], true],
    ['die Masse der Besucher', ['maße der besucher'], false],
    // Umlauts typed as ae, oe, ue (as German writes them without): the phrase is found, as its words alone are.
    ['in der Münchner Innenstadt', ['muenchner innenstadt'], true],
    ['Schüler der Grundschule', ['schueler der grundschule'], true],
    ['Schuler der Grundschule', ['schueler der grundschule'], false],
    ['die Poesie der Stadt', ['poesie der stadt'], true],
    // Devanagari's vowel signs spell the word: पुल (bridge) is no पल (moment), मेला (fair) no माला (garland);
    // its digits are ASCII ones; a nukta left out is an accent left out (जिला for ज़िला).
    ['नर्मदा पर नया पुल खुला', ['नया पुल'], true],
    ['नर्मदा पर नया पुल खुला', ['नया पल'], false],
    ['जयंती का मेला लगेगा', ['का माला'], false],
    ['लगभग ३० प्रतिशत फसल', ['30 प्रतिशत'], true],
    ['लगभग 30 प्रतिशत फसल', ['३० प्रतिशत'], true],
    ['ज़िला अस्पताल में', ['जिला अस्पताल'], true],
    // Arabic joins its article, a preposition or a conjunction to the word: the phrase's words are found under them,
    // as each word alone is; one typed with them must have them.
    ['خطة لتحسين وتوزيع المياه في المدينة', ['توزيع المياه'], true],
    ['ضخ وبالمياه الجوفية للري', ['المياه الجوفية'], true],
    ['ضخ وبالمياه الجوفية للري', ['مياه الجوفية'], true],
    ['خطة توزيع المياه', ['وتوزيع المياه'], false],
    ['خطة لتحسين وتوزيع الكهرباء', ['توزيع المياه'], false],
    // A preposition alone joined to a word is not asked for: كريم (Karim) is not ك + ريم (Reem).
    ['قال كريم حسن', ['ريم حسن'], false],
    ['قال كامل علي', ['امل علي'], false],
    ['ضخ بالمياه النظيفة', ['والمياه النظيفة'], false],
    // Hebrew joins its article, "and" and its prepositions to a word: the phrase's words are found under them.
    ['מחירים עלו בשוק הדגים אתמול', ['שוק הדגים'], true],
    ['ראש הממשלה ושר האוצר', ['ממשלה ושר'], true],
    ['מחירים עלו בשוק הדגים', ['השוק הדגים'], false],
    ['מחירים עלו תשוק הדגים', ['שוק הדגים'], false],
  ])('%j has %j: %s', (text, phrases, expected) => expect(matchesPhrases(text, phrases)).toBe(expected));
});

describe('phrasesInOneOf', () => {
  const texts = ['Ferry back on the winter timetable', 'Mara Quill', 'Tobias Wren', 'Mara Quill reports. The ferry…'];
  test('each phrase stands whole in one text, not two phrases in one', () => {
    expect(phrasesInOneOf(texts, ['mara quill'])).toBe(true);
    expect(phrasesInOneOf(texts, ['tobias wren', 'winter timetable'])).toBe(true);
    expect(phrasesInOneOf(texts, ['tobias wren', 'summer timetable'])).toBe(false);
  });
  test('a phrase never runs from one text into the next', () => {
    expect(phrasesInOneOf(texts, ['quill tobias'])).toBe(false);
    expect(phrasesInOneOf(texts, ['timetable mara'])).toBe(false);
  });
});

describe('ruling a page out before its text loads', () => {
  test.each([
    // Positions of each word of the phrase, in order.
    [
      [
        [3, 20],
        [21, 40],
      ],
      true,
    ],
    [
      [
        [3, 20],
        [5, 30],
      ],
      false,
    ],
    // The words the other way round are neighbours, not the phrase.
    [[[21], [20]], false],
    // A hyphenated word: both at one position; partly hyphenated: "a-b c".
    [[[4], [4]], true],
    [[[4], [4], [5]], true],
    [[[4], [5], [7]], false],
    [[[1, 8], [2, 9], [3]], true],
    [[[1, 8], [2, 9], [11]], false],
    [[[], [3]], false],
  ])('mayHoldPhrase(%j) → %s', (positions, expected) => {
    expect(mayHoldPhrase(positions)).toBe(expected);
  });

  test('the joined phrase is the word Pagefind indexes for it written with a hyphen or a dash', () => {
    expect(joinedPhrase('Battery electric')).toBe('batteryelectric');
    expect(joinedPhrase('  salt   marsh ')).toBe('saltmarsh');
  });
});

describe('foldMarks', () => {
  test('keeps the marks that spell a word (Indic vowel signs and viramas, Japanese voiced marks), not accents', () => {
    expect(foldMarks('मेला माला मिल पुल पल')).toBe('मेला माला मिल पुल पल');
    expect(foldMarks('ज़िला फ़सल')).toBe('जिला फसल');
    expect(foldMarks('கோயில் ভারত')).toBe('கோயில் ভারত');
    expect(foldMarks('がっこう')).toBe('がっこう');
    expect(foldMarks('saúde مُحَمَّد')).toBe('saude محمد');
  });

  test('Pagefind matches the marks as written in the languages whose marks spell words', () => {
    expect(['hi', 'mr', 'ne', 'bn', 'ta', 'th', 'si'].map(marksSpellWords)).toEqual(Array(7).fill(true));
    expect(['fr', 'ar', 'ur', 'ja', 'vi', 'he', 'not a tag'].map(marksSpellWords)).toEqual(Array(7).fill(false));
  });

  // matchesPhrases folds a whole text at once and reads its words by position: folding must keep every space.
  test('a text folded whole has the words of its words folded one by one', () => {
    const pieces = ['a', 'é', 'e\u0301', '\u0301', 'ß', 'ẞ', 'Ａ', '１', 'ñ', 'ệ', 'ー', 'ｶﾞ', 'ا', 'َ', 'क़', ' ', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = normalizeText(parts.join(''));
        expect(foldMarks(text).split(' ')).toEqual(text.split(' ').map(foldMarks));
      }),
      { numRuns: 2000 },
    );
  });
});

test('a Greek phrase typed with its accents is found in capitals, which Greek prints without them', () => {
  const text = 'ΣΕΙΣΜΟΣ 5,1 ΡΙΧΤΕΡ ΣΤΗ ΛΕΥΚΩΣΙΑ. Ο σεισμός έγινε αισθητός στη Λευκωσία.';
  expect(matchesPhrases(text, ['στη Λευκωσία'])).toBe(true);
  expect(matchesPhrases('ΣΕΙΣΜΟΣ 5,1 ΡΙΧΤΕΡ ΣΤΗ ΛΕΥΚΩΣΙΑ', ['σεισμός 5,1 ρίχτερ'])).toBe(true);
  // A word written with other accents is another word: νόμος (law) is not νομός (prefecture).
  expect(matchesPhrases('ο νόμος Αττικής', ['νομός Αττικής'])).toBe(false);
  expect(matchesPhrases('Ο ΝΟΜΟΣ ΑΤΤΙΚΗΣ', ['νομός Αττικής'])).toBe(true);
  // Elsewhere a word typed with accents must have them: « pêche » is not « péché ».
  expect(matchesPhrases('un grand péché', ['grand pêche'])).toBe(false);
});
