import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../src/i18n/translate.ts';
import { messages } from '../../src/i18n/locales/en.ts';
import {
  decodeEntities,
  excerptParts,
  fullStops,
  formatBytes,
  offlineProblem,
  phraseCheckButton,
  phraseCheckSummary,
  quotedQuery,
  resultSummary,
  phraseMarks,
  storyText,
  phraseExcerpt,
  EXCERPT_WORDS,
  withEllipses,
  withoutHeadline,
  withoutLeadingPunctuation,
  readableContent,
  joinedMarks,
  toResultView,
} from '../../src/search/results.ts';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { OfflineIncomplete } from '../../src/client/keep-offline.ts';
import {
  chainParts,
  filterStream,
  listOf,
  mergeByRelevance,
  mergeSorted,
  type LazyResult,
} from '../../src/search/merge-results.ts';
import { META, searchSortKey } from '../../src/search/record.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

test('a Chinese or Japanese excerpt ends its sentences with 。, not the ". " Pagefind puts after a headline', () => {
  const parts = excerptParts(
    '<mark>台風</mark>10号が接近. 町は早めの避難を呼びかけた。 避難所は<mark>小学校</mark>. 三か所',
  );
  expect(
    fullStops(parts, 'ja')
      .map((part) => part.text)
      .join(''),
  ).toBe('台風10号が接近。町は早めの避難を呼びかけた。避難所は小学校。三か所');
  // Marks stay where they were; English is left as it is.
  expect(
    fullStops(parts, 'ja')
      .filter((part) => part.marked)
      .map((part) => part.text),
  ).toEqual(['台風', '小学校']);
  expect(fullStops(excerptParts('Pier rebuilt. The board voted'), 'en')).toEqual(
    excerptParts('Pier rebuilt. The board voted'),
  );
  // In a Japanese article, an English sentence keeps its full stop.
  expect(
    fullStops(excerptParts('EV bus. 新型'), 'ja')
      .map((part) => part.text)
      .join(''),
  ).toBe('EV bus. 新型');
});

test('excerptParts keeps marks as runs and never passes markup through', () => {
  expect(excerptParts('the <mark>ferry</mark> &amp; <mark>bus</mark> &lt;b&gt;')).toEqual([
    { text: 'the ', marked: false },
    { text: 'ferry', marked: true },
    { text: ' & ', marked: false },
    { text: 'bus', marked: true },
    { text: ' <b>', marked: false },
  ]);
  expect(excerptParts('a <img src=x onerror=alert(1)>b')).toEqual([{ text: 'a b', marked: false }]);
  expect(excerptParts('')).toEqual([]);
});

// Pagefind marks whole space-separated tokens, punctuation included: the marks keep the words alone, in any script.
test.each([
  ['في <mark>المياه.</mark> ثم', ['المياه']],
  ['<mark>(ferry),</mark> bus', ['ferry']],
  ['<mark>&quot;Marché&quot;</mark>', ['Marché']],
  ['<mark>「港」。</mark>', ['港']],
  ['<mark>l’avion.</mark>', ['l’avion']],
  ['<mark>—</mark> x', []],
])('excerptParts(%j) marks %j', (excerpt, words) => {
  const parts = excerptParts(excerpt);
  expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(words);
  expect(parts.map((part) => part.text).join('')).toBe(decodeEntities(excerpt.replace(/<[^>]*>/g, '')));
});

test.each([
  ['caf&#233; &#x2014; &quot;x&quot; &#39;y&#39;', 'café — "x" \'y\''],
  ['&unknown; &#xFFFFFFF;', '&unknown; &#xFFFFFFF;'],
])('decodeEntities(%s)', (text, expected) => {
  expect(decodeEntities(text)).toBe(expected);
});

describe('phraseMarks marks the excerpt as the opened article is marked', () => {
  const marks = (excerpt: string, query: string) =>
    phraseMarks(excerptParts(excerpt), query)
      .filter((part) => part.marked)
      .map((part) => part.text);
  test.each([
    // Pagefind marks each word of the phrase wherever it stands; the phrase is marked whole, its words alone are not.
    [
      'a <mark>battery</mark> <mark>electric</mark> bus, a <mark>battery</mark>',
      '"battery electric"',
      ['battery electric'],
    ],
    ['a <mark>battery</mark> <mark>electric</mark> bus', '"battery electric" bus', ['battery electric', 'bus']],
    // A number with its counter word is a run: Pagefind marked only 号; the run is marked, in either width.
    ['台風１０<mark>号</mark>は接近', '10号', ['１０号']],
    // Without a phrase, Pagefind's marks stay (they follow its stemming).
    ['the <mark>running</mark> race', 'ran', ['running']],
    // No needle in the excerpt: Pagefind's marks stay.
    ['<mark>battery</mark> and more', '"battery electric"', ['battery']],
  ])('%s, for %s', (excerpt, query, expected) => expect(marks(excerpt, query)).toEqual(expected));

  test('a phrase that stands whole in the byline or headline has its words unmarked in an excerpt without it', () => {
    const excerpt = 'les idées <mark>van</mark> sommigen, <mark>den</mark> <mark>Bossche</mark> en de haven';
    const byline = ['Nieuwe kade', 'Annelies Van den Bossche'];
    const shown = (query: string, elsewhere: string[]) =>
      phraseMarks(excerptParts(excerpt), query, elsewhere)
        .filter((part) => part.marked)
        .map((part) => part.text);
    expect(shown('"Van den Bossche"', byline)).toEqual([]);
    // A word also searched on its own keeps its mark; a phrase found nowhere keeps Pagefind's marks.
    expect(shown('"Van den Bossche" haven', byline)).toEqual(['haven']);
    expect(shown('"Van den Bossche" van', byline)).toEqual(['van']);
    expect(shown('"Van den Bossche"', ['Nieuwe kade'])).toEqual(['van', 'den', 'Bossche']);
  });
});

test.each([
  ['Ferry back. The ferry ran daily.', 'Ferry back', 'The ferry ran daily.'],
  ['Ferry back? The ferry ran daily.', 'Ferry back?', 'The ferry ran daily.'],
  ['港が再開。船は毎日出た。', '港が再開', '船は毎日出た。'],
  // A text that does not open with its headline, or a headline that only begins a longer word, is left whole.
  ['The ferry ran daily.', 'Ferry back', 'The ferry ran daily.'],
  ['Ferry backlog grows.', 'Ferry back', 'Ferry backlog grows.'],
])('storyText(%j) without the headline %j', (text, headline, story) => {
  expect(storyText(text, headline)).toBe(story);
});

describe('phraseExcerpt: a phrase search shows the text around the phrase, only the phrase marked', () => {
  const text = (parts: { text: string }[] | undefined) => parts?.map((part) => part.text).join('');
  const marks = (parts: { text: string; marked: boolean }[] | undefined) =>
    parts?.filter((part) => part.marked).map((part) => part.text);
  const words = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ');

  test('a Japanese phrase with particles: its characters around it, the phrase marked, no の alone', () => {
    const content =
      '防災の日の訓練. 町の人の多くが参加した。市の担当者の話では、避難の早めの判断が大切だという。訓練の後、町の人々の多くは家の片付けの手伝いに回った。';
    const parts = phraseExcerpt(content, '"避難の早め"');
    expect(marks(parts)).toEqual(['避難の早め']);
    const shown = text(parts) ?? '';
    expect(content).toContain(shown);
    // About as long as Pagefind's excerpt of 24 words, cut between characters, a third of it before the phrase.
    expect([...shown].length).toBeGreaterThan(30);
    expect([...shown].length).toBeLessThanOrEqual(EXCERPT_WORDS / 0.6);
    expect(shown.indexOf('避難の早め')).toBe(13);
    // Pagefind marked every の of its excerpt, from the top: the page shows the phrase's sentence instead.
    const view = toResultView(
      { url: '/x/', excerpt: '防災<mark>の</mark>日<mark>の</mark>訓練', meta: { lang: 'ja' }, content },
      '「避難の早め」',
    );
    expect(marks(view.excerpt)).toEqual(['避難の早め']);
  });

  test('an excerpt never begins with the punctuation after the text it was cut from', () => {
    // Thirteen characters before the phrase would begin at the 、.
    const content = `前置きの文章です、この町に住む人は皆同じく避難の早めの判断をした。${'その後の話は長い。'.repeat(5)}`;
    const shown = text(phraseExcerpt(content, '"避難の早め"')) ?? '';
    expect(shown.startsWith('この町に住む人は皆同じく避難の早め')).toBe(true);
    // Six words, two before the phrase: the excerpt would begin at the dash.
    expect(text(phraseExcerpt(`${words(30)}, — word30 the harbour ${words(30, 31)}`, '"the harbour"', 6))).toBe(
      'word30 the harbour word31 word32',
    );
  });

  test('an English phrase far into a long article: whole words around it, "the" marked only in the phrase', () => {
    const content = `${words(300)} the quay, where the harbour master said the ferry would run. ${words(300, 300)}`;
    const parts = phraseExcerpt(content, '"the harbour" ferry');
    expect(text(parts)).toBe(
      'word295 word296 word297 word298 word299 the quay, where the harbour master said the ferry would run. word300 word301 word302 word303 word304 word305 word306 word307',
    );
    // The query's other word keeps its mark where it stands in the excerpt.
    expect(marks(parts)).toEqual(['the harbour', 'ferry']);
    expect(text(parts)?.split(' ')).toHaveLength(EXCERPT_WORDS);
  });

  test.each([
    // Typed without accents, the phrase is found written with them.
    ['les gens des postos de saúde venaient', '"postos de saude"', ['postos de saúde']],
    // Typed with them, only written with them: « péché » is not « pêche ».
    ['un péché en mer, puis la pêche en mer reprit', '« pêche en mer »', ['pêche en mer']],
    // Pagefind's stand-ins for joined words are the article's marks again.
    ['les chalets d`artisans du village', '"chalets d’artisans"', ['chalets d’artisans']],
  ])('%s, for %s', (content, query, expected) => {
    const parts = phraseExcerpt(content, query);
    expect(marks(parts)).toEqual(expected);
    expect(text(parts)).not.toMatch(/[`]/);
  });

  test('a phrase at the very start or the very end: the length goes after or before it', () => {
    const start = phraseExcerpt(`The harbour master spoke. ${words(100)}`, '"the harbour"');
    expect(text(start)).toBe(`The harbour master spoke. ${words(EXCERPT_WORDS - 4)}`);
    expect(marks(start)).toEqual(['The harbour']);
    const end = phraseExcerpt(`${words(100)} spoke of the harbour`, '"the harbour"');
    expect(text(end)).toBe(`${words(EXCERPT_WORDS - 4, 80)} spoke of the harbour`);
    expect(marks(end)).toEqual(['the harbour']);
    expect(text(phraseExcerpt('避難の早め', '"避難の早め"'))).toBe('避難の早め');
  });

  test('content is plain text: markup and entities in it stay text (the page puts it in with textContent)', () => {
    expect(phraseExcerpt('A <b>bold</b> & &amp; claim: the harbour', '"the harbour"')).toEqual([
      { text: 'A <b>bold</b> & &amp; claim: ', marked: false },
      { text: 'the harbour', marked: true },
    ]);
  });

  test('without a phrase, or where no phrase stands, Pagefind’s excerpt is kept', () => {
    expect(phraseExcerpt('the harbour', 'harbour')).toBeUndefined();
    expect(phraseExcerpt('the ferry', '"the harbour"')).toBeUndefined();
    expect(phraseExcerpt('', '"the harbour"')).toBeUndefined();
    const view = toResultView(
      { url: '/x/', excerpt: '<mark>the</mark> ferry', meta: {}, content: 'the ferry' },
      '"the harbour"',
    );
    expect(marks(view.excerpt)).toEqual(['the']);
  });
});

test('readableContent gives a page’s text back as the article has it, for the offline copy', () => {
  expect(readableContent('Les chalets d`artisans,\u200B 1998^2003')).toBe('Les chalets d’artisans, 1998–2003');
});

describe('withoutLeadingPunctuation', () => {
  test.each([
    ['、港の<mark>避難</mark>訓練', '港の'],
    ['”, said the <mark>harbour</mark> master', 'said the '],
    ['. — The <mark>harbour</mark>', 'The '],
    ['«Le <mark>port</mark>', '«Le '],
    ['¿Cuándo reabrirá el <mark>puerto</mark>?', '¿Cuándo reabrirá el '],
    ['-5 °C in the <mark>harbour</mark>', '-5 °C in the '],
    ['#MeToo in the <mark>harbour</mark>', '#MeToo in the '],
    ['"The <mark>harbour</mark>', '"The '],
    // A Thai vowel sign left of the letter Pagefind cut off (drawn alone on a dotted circle).
    ['็ญเดือนสิบสอง <mark>harbour</mark>', 'ญเดือนสิบสอง '],
  ])('Pagefind’s excerpt %j opens on a word: %j', (excerpt, start) => {
    expect(toResultView({ url: '/x/', excerpt, meta: {} }, 'harbour').excerpt[0]?.text).toBe(start);
  });

  test('a Thai excerpt does not end on the vowel written before a consonant Pagefind cut off', () => {
    const excerpt = toResultView({ url: '/x/', excerpt: 'ลาน<mark>ตาก</mark>กาแฟที่บ้าน อำเ', meta: {} }, 'ตาก').excerpt;
    expect(excerpt.at(-1)?.text).toBe('กาแฟที่บ้าน อำ');
    const english = toResultView({ url: '/x/', excerpt: 'the <mark>harbour</mark> and', meta: {} }, 'harbour').excerpt;
    expect(english.at(-1)?.text).toBe(' and');
  });

  test('a first part that is all punctuation goes, a marked first part stays', () => {
    expect(
      withoutLeadingPunctuation([
        { text: '、', marked: false },
        { text: '港', marked: true },
      ]),
    ).toEqual([{ text: '港', marked: true }]);
    const marked = [{ text: 'harbour', marked: true }];
    expect(withoutLeadingPunctuation(marked)).toBe(marked);
  });
});

describe('withoutHeadline', () => {
  const meta = { [META.title]: 'Ferry back on the winter timetable' };
  const content =
    'Ferry back on the winter timetable. The ferry to Linden runs twice a day from Monday. Crews were hired.';
  const view = (excerpt: string, query = 'ferry', title: Record<string, string> = meta, text = content) =>
    toResultView({ url: '/x/', excerpt, meta: title, content: text }, query).excerpt;

  test('an excerpt from the top of the page does not repeat the headline shown above it', () => {
    expect(
      view('<mark>Ferry</mark> back on the winter timetable. The <mark>ferry</mark> to Linden runs twice a day'),
    ).toEqual([
      { text: 'The ', marked: false },
      { text: 'ferry', marked: true },
      { text: ' to Linden runs twice a day…', marked: false },
    ]);
    // A headline ending in its own punctuation, spaced another way.
    const question = { [META.title]: 'Will the ferry run?' };
    expect(
      view(
        'Will the  <mark>ferry</mark> run? The <mark>ferry</mark> crews say yes',
        'ferry',
        question,
        'Will the ferry run? The ferry crews say yes',
      ),
    ).toEqual([
      { text: 'The ', marked: false },
      { text: 'ferry', marked: true },
      { text: ' crews say yes', marked: false },
    ]);
  });

  test('a Japanese headline goes with the full stop Pagefind put after it', () => {
    const title = { [META.title]: '台風が接近', [META.lang]: 'ja' };
    expect(
      view('<mark>台風</mark>が接近. 町は<mark>台風</mark>に備えた', '台風', title, '台風が接近. 町は台風に備えた'),
    ).toEqual([
      { text: '町は', marked: false },
      { text: '台風', marked: true },
      { text: 'に備えた', marked: false },
    ]);
  });

  test('a Chinese excerpt that starts inside the headline does not repeat its end', () => {
    const title = { [META.title]: '上海港集装箱吞吐量创新高', [META.lang]: 'zh-Hans' };
    const page = '上海港集装箱吞吐量创新高. 新华社上海3月12日电 上海港今天发布数据，吞吐量再创新高。';
    expect(
      view(
        '吞吐量创新<mark>高</mark>. 新华社上海3月12日电 上海港今天发布数据，吞吐量再创新<mark>高</mark>。',
        '高',
        title,
        page,
      ),
    ).toEqual([
      { text: '新华社上海3月12日电 上海港今天发布数据，吞吐量再创新', marked: false },
      { text: '高', marked: true },
      { text: '。', marked: false },
    ]);
    // A word of two characters is checked as a phrase, and shown where the story, not the headline, says it.
    expect(view('上海港集装箱吞吐量创<mark>新高</mark>. 新华社', '新高', title, page)).toEqual([
      { text: '新华社上海3月12日电 上海港今天发布数据，吞吐量再创', marked: false },
      { text: '新高', marked: true },
      { text: '。', marked: false },
    ]);
  });

  test('a page found by its headline alone keeps it, marked, rather than show an excerpt with no mark', () => {
    expect(
      view(
        '<mark>Ferry</mark> back on the winter timetable. The crossing runs twice',
        'ferry',
        meta,
        'Ferry back on the winter timetable. The crossing runs twice a day.',
      ),
    ).toEqual([
      { text: 'Ferry', marked: true },
      { text: ' back on the winter timetable. The crossing runs twice…', marked: false },
    ]);
  });

  test('the headline’s words are left where the excerpt is not the top of the page (here, a sentence of its own)', () => {
    const letters = { [META.title]: 'Letters' };
    const page = 'Letters. Readers wrote in. Letters to the editor must be signed, the editor said.';
    expect(view('Letters to the <mark>editor</mark> must be signed', 'editor', letters, page)).toEqual([
      { text: 'Letters to the ', marked: false },
      { text: 'editor', marked: true },
      { text: ' must be signed…', marked: false },
    ]);
  });

  test('an excerpt that only starts like the headline, or is nothing but it, is kept', () => {
    const page = 'Ferry backlog grows. Ferrymen on the winter timetable.';
    expect(withoutHeadline([{ text: 'Ferry backlog grows', marked: false }], 'Ferry back', page)).toEqual([
      { text: 'Ferry backlog grows', marked: false },
    ]);
    const only = [{ text: 'Ferry back on the winter timetable.', marked: false }];
    expect(withoutHeadline(only, 'Ferry back on the winter timetable', 'Ferry back on the winter timetable.')).toBe(
      only,
    );
    expect(withoutHeadline(only, '', 'Ferry back on the winter timetable.')).toBe(only);
  });
});

describe('withEllipses', () => {
  const content = 'Ferry back. The ferry to Linden runs twice a day. Crews   were hired in May.';
  const parts = (...texts: string[]) => texts.map((text, i) => ({ text, marked: i % 2 === 1 }));

  test('an excerpt that cuts a sentence says so at the cut', () => {
    expect(withEllipses(parts('to Linden runs twice'), content)).toEqual(parts('…to Linden runs twice…'));
    expect(withEllipses(parts('The ', 'ferry', ' to Linden'), content)).toEqual(parts('The ', 'ferry', ' to Linden…'));
    // Spaced otherwise than the text, and ending where a sentence ends.
    expect(withEllipses(parts('a day. Crews were hired in May.'), content)).toEqual(
      parts('…a day. Crews were hired in May.'),
    );
  });

  test('whole sentences, the text whole, or an excerpt not found in the text are left as they are', () => {
    const whole = parts('The ', 'ferry', ' to Linden runs twice a day.');
    expect(withEllipses(whole, content)).toBe(whole);
    const all = parts(content);
    expect(withEllipses(all, content)).toBe(all);
    const elsewhere = parts('the harbour master');
    expect(withEllipses(elsewhere, content)).toBe(elsewhere);
  });

  test('a French sentence ending before its closing quote ends the sentence', () => {
    const page = 'Il dit : « Il pleut. » Le port ferme ce soir. Puis rien.';
    expect(withEllipses(parts('Le port ferme ce soir.'), page)).toEqual(parts('Le port ferme ce soir.'));
    expect(withEllipses(parts('« Il pleut. »'), 'Il dit : « Il pleut. » Le port ferme.')).toEqual(
      parts('…« Il pleut. »'),
    );
  });

  test('a page’s own $, ^ or | is matched as written', () => {
    // Pagefind's text doubles a stand-in the page wrote itself (src/search/word-joins.ts); the excerpt has it back.
    const page = 'Tickets cost US$$5 from May, up from four dollars, the operator said on Monday.';
    expect(withEllipses(parts('Tickets cost US$5 from May'), page)).toEqual(parts('Tickets cost US$5 from May…'));
  });

  test('sentence ends of other scripts, and quotes after them, count', () => {
    expect(withEllipses(parts('町は避難所を開いた。'), '台風が接近。町は避難所を開いた。')).toEqual(
      parts('町は避難所を開いた。'),
    );
    expect(withEllipses(parts('«Il pleut.» Le port'), 'Il dit : «Il pleut.» Le port ferme.')).toEqual(
      parts('…«Il pleut.» Le port…'),
    );
    expect(withEllipses(parts('هل يعمل؟ نعم'), 'سؤال: هل يعمل؟ نعم قال')).toEqual(parts('…هل يعمل؟ نعم…'));
  });

  test('a result’s view carries them, after the headline is gone', () => {
    const data = {
      url: '/x/',
      excerpt: 'Ferry back. The <mark>ferry</mark> to Linden runs twice',
      meta: { [META.title]: 'Ferry back' },
      content,
    };
    expect(toResultView(data, 'ferry').excerpt).toEqual(parts('The ', 'ferry', ' to Linden runs twice…'));
  });
});

describe('joinedMarks', () => {
  const marks = (excerpt: string, query: string) =>
    toResultView({ url: '/x/', excerpt, meta: {} }, query)
      .excerpt.filter((part) => part.marked)
      .map((part) => part.text);
  test.each([
    // Pagefind marks the joined word whole; the query's word is what the opened article marks.
    ['The <mark>drawbridge|refitted</mark> in 1961', 'refitted', ['refitted']],
    ['vingtaine <mark>d`artisans,</mark> et', 'artisans', ['artisans']],
    ['The <mark>mayor`s</mark> plan', 'mayor', ['mayor']],
    ['<mark>1987^1992</mark>', '1992', ['1992']],
    // Typed whole, it stays whole.
    ['vingtaine <mark>d`artisans,</mark> et', "d'artisans", ['d’artisans']],
    // Found by its stem: no word of the query begins it, Pagefind's mark stays.
    ['the <mark>over|running</mark> race', 'ran', ['over—running']],
    // A word without a mark inside is left as Pagefind marked it.
    ['the <mark>running</mark> race', 'ran', ['running']],
  ])('%s, for %s', (excerpt, query, expected) => expect(marks(excerpt, query)).toEqual(expected));

  test('plain runs around a narrowed mark are joined', () => {
    expect(
      joinedMarks(
        [
          { text: 'a ', marked: false },
          { text: 'd’artisans', marked: true },
        ],
        'artisans',
      ),
    ).toEqual([
      { text: 'a d’', marked: false },
      { text: 'artisans', marked: true },
    ]);
  });
});

test('toResultView reads the meta the article template writes', () => {
  const view = toResultView({
    url: '/sub/2024/10/08/ferry-timetable/',
    excerpt: 'the last evening <mark>crossing</mark>',
    meta: {
      title: 'Winter ferry timetable',
      date: '8 October 2024',
      section: 'Local',
      byline: 'By Tobias Wren',
      image: '/sub/images/a.svg',
      image_alt: 'A ferry',
      lang: 'ar',
    },
  });
  expect(view).toEqual({
    href: '/sub/2024/10/08/ferry-timetable/',
    headline: 'Winter ferry timetable',
    date: '8 October 2024',
    section: 'Local',
    byline: 'By Tobias Wren',
    image: { src: '/sub/images/a.svg', alt: 'A ferry' },
    lang: 'ar',
    excerpt: [
      { text: 'the last evening ', marked: false },
      { text: 'crossing', marked: true },
    ],
  });
  // Pagefind read joined words with stand-ins (src/search/word-joins.ts): the excerpt shows the article's marks.
  const joined = toResultView({ url: '/x/', excerpt: 'les chalets <mark>d`artisans</mark> de 1998^2003', meta: {} });
  expect(joined.excerpt).toEqual([
    { text: 'les chalets ', marked: false },
    { text: 'd’artisans', marked: true },
    { text: ' de 1998–2003', marked: false },
  ]);
  const bare = toResultView({ url: '/x/', excerpt: '', meta: {} });
  expect(bare.headline).toBe('/x/');
  expect(bare.byline).toBe('');
  expect(bare.lang).toBe('');
  expect(bare).not.toHaveProperty('image');
});

const english = createTranslator({ lang: 'en', table: messages, fallback: messages });

test.each([
  [0, 'ferry', false, 'No results for “ferry”.'],
  [0, 'ferry', true, 'No results for “ferry” with these filters.'],
  [1, 'ferry', false, '1 result for “ferry”'],
  [1234, 'coast', false, '1,234 results for “coast”'],
  [3, '', true, '3 results with these filters'],
])('resultSummary(%i, %s, %s)', (count, query, filtered, expected) => {
  expect(resultSummary(count, query, filtered, english)).toBe(expected);
});

test.each([
  [
    'newest',
    'Checked the 50 newest articles with these words for the exact phrase “battery electric”: 0 found so far.',
    'Check older articles',
  ],
  [
    'oldest',
    'Checked the 50 oldest articles with these words for the exact phrase “battery electric”: 0 found so far.',
    'Check newer articles',
  ],
  [
    'relevance',
    'Checked 50 articles with these words, best matches first, for the exact phrase “battery electric”: 0 found so far.',
    'Check more articles',
  ],
] as const)('a paused phrase check says what it checked, sorted %s', (sort, summary, button) => {
  expect(phraseCheckSummary(50, 0, ['battery electric'], sort, english)).toBe(summary);
  expect(phraseCheckButton(sort, english)).toBe(button);
});

test('resultSummary says "at least" while shards have not all answered, even at zero', () => {
  expect(resultSummary(10, 'ferry', false, english, false)).toBe(
    'At least 10 results for “ferry” (load more to search further)',
  );
  expect(resultSummary(0, 'ferry', false, english, false)).toMatch(/^At least 0 results/);
});

test.each([[1, 'x', false, '1 result for “x”']])('resultSummary complete (%i)', (count, query, filtered, expected) => {
  expect(resultSummary(count, query, filtered, english)).toBe(expected);
});

test.each([
  [0, '0 bytes'],
  [1, '1 byte'],
  [999, '999 bytes'],
  [1000, '1.0 kB'],
  [45_300, '45 kB'],
  [999_960, '1.0 MB'],
  [1_234_567, '1.2 MB'],
  [59_000_000, '59 MB'],
])('formatBytes(%i) is %s', (bytes, expected) => {
  expect(formatBytes(bytes)).toBe(expected);
});

test('formatBytes writes its figures in the interface’s digits when its table has its own', () => {
  expect(formatBytes(2_500_000, 'bn', undefined, 'beng')).toBe(
    new Intl.NumberFormat('bn', {
      style: 'unit',
      unit: 'megabyte',
      numberingSystem: 'beng',
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    }).format(2.5),
  );
  expect(formatBytes(2_500_000, 'bn', undefined, 'beng')).toMatch(/^২\.৫/);
  // Persian's short unit is Latin (kB), its long one Persian: no Latin abbreviation inside a right-to-left line.
  expect(formatBytes(474_000, 'fa', undefined, 'arabext')).toBe('۴۷۴ کیلوبایت');
  // Left to right, or where the short unit is in the language's letters, it stays.
  expect(formatBytes(474_000, 'ar')).toBe('474 كيلوبايت');
  expect(formatBytes(474_000, 'ru')).toBe('474 кБ');
  expect(formatBytes(474_000, 'en')).toBe('474 kB');
  expect(formatBytes(474_000, 'el')).toBe('474 kB');
});

test('formatBytes in French uses a decimal comma, French units and words', () => {
  const french = createTranslator({
    lang: 'fr',
    table: { 'search.bytes': { one: '{count} octet', other: '{count} octets' } },
    fallback: messages,
  });
  expect(formatBytes(1_234_567, 'fr', french)).toBe('1,2\u202fMo');
  expect(formatBytes(2, 'fr', french)).toBe('2 octets');
});

// The "keep offline" line: units in the language's own symbols, the file count in its plural form.
test.each([
  ['en', '233 kB', '233 kB in 38 files', '1 file'],
  ['fr', '233\u202fko', '233\u202fko en 38 fichiers', '1 fichier'],
  ['de', '233 kB', '233 kB in 38 Dateien', '1 Datei'],
  ['es', '233 kB', '233 kB en 38 ficheros', '1 fichero'],
  ['pt', '233 kB', '233 kB em 38 ficheiros', '1 ficheiro'],
  ['ar', '233 كيلوبايت', '233 كيلوبايت في 38 ملفًا', 'في ملف واحد'],
  ['ja', '233 KB', '38ファイル、233 KB', '1ファイル'],
])('%s: the offline download reads %s', (lang, size, many, one) => {
  const { t } = interfaceFor(lang);
  expect(formatBytes(233_400, lang, t)).toBe(size);
  expect(t('offline.size', { size, count: 38 })).toContain(many);
  expect(t('offline.size', { size, count: 1 })).toContain(one);
});

test.each([
  ['en', '38 files could not be kept: f0: 404; f1: 404; f2: 404; …'],
  ['fr', '38 fichiers n’ont pas pu être gardés\u202f: f0: 404; f1: 404; f2: 404; …'],
  ['ar', 'تعذّر حفظ 38 ملفًا: f0: 404; f1: 404; f2: 404; …'],
  ['ja', '38ファイルを保存できませんでした：f0: 404; f1: 404; f2: 404; …'],
])('%s: a download that failed says how many files, in the language’s plural', (lang, expected) => {
  const { t } = interfaceFor(lang);
  const failures = Array.from({ length: 38 }, (_, i) => `f${i}: 404`);
  expect(offlineProblem(new OfflineIncomplete(failures), t)).toBe(expected);
  expect(offlineProblem(new OfflineIncomplete(['offline.json: 500']), t)).toContain('offline.json: 500');
  expect(offlineProblem(new TypeError('Failed to fetch'), t)).toBe('Failed to fetch');
});

test('Arabic counts files in each of its plural forms', () => {
  const { t } = interfaceFor('ar');
  const files = (count: number) => /في (.*)\. /.exec(t('offline.size', { size: 'x', count }))?.[1];
  expect([1, 2, 3, 10, 11, 38, 99, 100, 101].map(files)).toEqual([
    'ملف واحد',
    'ملفين',
    '3 ملفات',
    '10 ملفات',
    '11 ملفًا',
    '38 ملفًا',
    '99 ملفًا',
    '100 ملف',
    '101 ملف',
  ]);
});

test('searchSortKey orders by instant, across offsets', () => {
  const keys = ['2021-11-03T18:45:00-05:00', '2021-11-03', '2021-11-04T01:00:00+05:30'].map((d) =>
    searchSortKey(parseArticleDate(d)!),
  );
  expect(keys).toEqual(['2021-11-03T23:45:00.000Z', '2021-11-03T00:00:00.000Z', '2021-11-03T19:30:00.000Z']);
  expect([...keys].sort()).toEqual([keys[1], keys[2], keys[0]]);
});

/** Fake Pagefind results that count how many data() calls were made. */
function fakeIndex(
  items: { id: string; score: number; key: string }[],
  loads: string[],
): LazyResult<{ id: string; key: string }>[] {
  return items.map(({ id, score, key }) => ({ id, score, data: () => Promise.resolve((loads.push(id), { id, key })) }));
}

test('mergeByRelevance interleaves indexes by score and pages through them', async () => {
  const loads: string[] = [];
  const en = fakeIndex(
    [
      { id: 'en1', score: 9, key: '' },
      { id: 'en2', score: 2, key: '' },
    ],
    loads,
  );
  const fr = fakeIndex([{ id: 'fr1', score: 5, key: '' }], loads);
  const stream = mergeByRelevance([listOf(en), listOf(fr)]);
  expect([stream.total, stream.complete]).toEqual([3, true]);
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['en1', 'fr1']);
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['en2']);
  expect(await stream.next(2)).toEqual([]);
});

test.each(['relevance', 'newest first'] as const)(
  "one language, by %s: a page's results are fetched together, not one after another, and only once",
  async (sort) => {
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const results = ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      score: 10 - i,
      data: () => {
        started.push(id);
        return new Promise<{ id: string; key: string }>((resolve) =>
          finish.push(() => resolve({ id, key: String(9 - i) })),
        );
      },
    }));
    const stream =
      sort === 'relevance' ? mergeByRelevance([listOf(results)]) : mergeSorted([results], (r) => r.key, 'desc');
    const page = stream.next(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // All three fetches are under way before any has answered; the fourth waits for "load more".
    expect(started).toEqual(['a', 'b', 'c']);
    for (const done of finish) done();
    expect((await page).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(started).toEqual(['a', 'b', 'c']);
    const rest = stream.next(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    finish.at(-1)?.();
    expect((await rest).map((r) => r.id)).toEqual(['d']);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  },
);

test('by relevance, only the results on the page have their data (fragment) loaded, whatever the number of languages', async () => {
  const loads: string[] = [];
  const en = fakeIndex(
    [
      { id: 'en1', score: 9, key: '' },
      { id: 'en2', score: 8, key: '' },
      { id: 'en3', score: 1, key: '' },
    ],
    loads,
  );
  const fr = fakeIndex([{ id: 'fr1', score: 5, key: '' }], loads);
  const ja = fakeIndex([{ id: 'ja1', score: 4, key: '' }], loads);
  const stream = mergeByRelevance([listOf(en), listOf(fr), listOf(ja)]);
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['en1', 'en2']);
  expect(loads.sort()).toEqual(['en1', 'en2']);
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['fr1', 'ja1']);
  expect(loads.sort()).toEqual(['en1', 'en2', 'fr1', 'ja1']);
});

test.each(['desc', 'asc'] as const)(
  'mergeSorted merges date-sorted indexes (%s) loading only what it compares',
  async (direction) => {
    const loads: string[] = [];
    const enItems = [
      { id: 'en-2024', score: 1, key: '2024' },
      { id: 'en-2020', score: 1, key: '2020' },
      { id: 'en-2018', score: 1, key: '2018' },
    ];
    const frItems = [
      { id: 'fr-2023', score: 1, key: '2023' },
      { id: 'fr-2019', score: 1, key: '2019' },
    ];
    const lists = direction === 'desc' ? [enItems, frItems] : [[...enItems].reverse(), [...frItems].reverse()];
    const stream = mergeSorted(
      lists.map((items) => fakeIndex(items, loads)),
      (r) => r.key,
      direction,
    );
    expect(stream.total).toBe(5);
    const first = await stream.next(2);
    expect(loads.length).toBeLessThanOrEqual(3);
    const rest = await stream.next(10);
    const years = [...first, ...rest].map((r) => r.key);
    expect(years).toEqual(
      direction === 'desc' ? ['2024', '2023', '2020', '2019', '2018'] : ['2018', '2019', '2020', '2023', '2024'],
    );
    expect(new Set(loads).size).toBe(5);
  },
);

test('chainParts reads shards one after another, loading a shard only when reached', async () => {
  const loads: string[] = [];
  const parts: string[] = [];
  const shard = (name: string, items: { id: string; score: number; key: string }[]) => () =>
    Promise.resolve((parts.push(name), fakeIndex(items, loads)));
  const en = chainParts([
    shard('2023-2024', [
      { id: 'en-2024', score: 1, key: '2024' },
      { id: 'en-2023', score: 1, key: '2023' },
    ]),
    shard('2019-2022', [{ id: 'en-2021', score: 1, key: '2021' }]),
    shard('2000-2018', [{ id: 'en-2010', score: 1, key: '2010' }]),
  ]);
  const fr = [{ id: 'fr-2022', score: 1, key: '2022' }];
  const stream = mergeSorted([en, fakeIndex(fr, loads)], (r) => r.key, 'desc');
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['en-2024', 'en-2023']);
  expect(parts).toEqual(['2023-2024']);
  // Only the newest shard has answered: the total is a lower bound, and says so.
  expect([stream.total, stream.complete]).toEqual([3, false]);
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['fr-2022', 'en-2021']);
  expect(parts).toEqual(['2023-2024', '2019-2022']);
  expect((await stream.next(5)).map((r) => r.id)).toEqual(['en-2010']);
  expect(parts).toEqual(['2023-2024', '2019-2022', '2000-2018']);
  expect(await stream.next(5)).toEqual([]);
  expect([stream.total, stream.complete]).toEqual([5, true]);
});

test('chainParts shows a page found again by a wider part once', async () => {
  const loads: string[] = [];
  const newest = fakeIndex([{ id: 'b', score: 5, key: '' }], loads);
  const all = fakeIndex(
    [
      { id: 'a', score: 9, key: '' },
      { id: 'b', score: 5, key: '' },
      { id: 'c', score: 1, key: '' },
    ],
    loads,
  );
  const list = chainParts([() => Promise.resolve(newest), () => Promise.resolve(all)]);
  const stream = mergeByRelevance([list]);
  expect((await stream.next(1)).map((r) => r.id)).toEqual(['b']);
  expect(stream.complete).toBe(false);
  expect((await stream.next(5)).map((r) => r.id)).toEqual(['a', 'c']);
  expect([stream.total, stream.complete]).toEqual([3, true]);
});

describe('chainParts held before its older parts (a phrase waiting for the reader)', () => {
  const shards = (names: string[], parts: string[], found: Record<string, string[]>) =>
    names.map(
      (name) => () =>
        Promise.resolve(
          (parts.push(name),
          fakeIndex(
            (found[name] ?? []).map((id) => ({ id, score: 1, key: id })),
            [],
          )),
        ),
    );

  test('stops after the first part that found something, incomplete, and goes on once allowed', async () => {
    const parts: string[] = [];
    let allowed = false;
    const list = chainParts(
      shards(['newest', 'older', 'oldest'], parts, { newest: ['a'], older: ['b'], oldest: ['c'] }),
      (found) => allowed || found === 0,
    );
    expect((await list.at(0))?.score).toBe(1);
    expect(await list.at(1)).toBeUndefined();
    expect([list.length, list.complete, parts]).toEqual([1, false, ['newest']]);
    allowed = true;
    expect(await list.at(2)).toBeDefined();
    expect([list.length, list.complete, parts]).toEqual([3, true, ['newest', 'older', 'oldest']]);
  });

  test('widens on its own past parts that found nothing', async () => {
    const parts: string[] = [];
    const list = chainParts(shards(['newest', 'older', 'oldest'], parts, { older: ['b'] }), (found) => found === 0);
    expect(await list.at(0)).toBeDefined();
    expect(await list.at(1)).toBeUndefined();
    expect(parts).toEqual(['newest', 'older']);
    expect(list.complete).toBe(false);
  });

  test('a phrase check over a held list pauses there, never claiming the end, and reads on when allowed', async () => {
    const parts: string[] = [];
    let allowed = false;
    const list = chainParts(
      shards(['newest', 'older'], parts, { newest: ['n1', 'n2', 'n3'], older: ['o1', 'phrase'] }),
      (found) => allowed || found === 0,
    );
    const phrase = filterStream(mergeByRelevance([list]), (r) => r.key === 'phrase', 50);
    expect(await phrase.next(10)).toEqual([]);
    expect([phrase.checked, phrase.paused, phrase.complete]).toEqual([3, true, false]);
    expect(parts).toEqual(['newest']);
    allowed = true;
    phrase.allowMore(50);
    expect((await phrase.next(10)).map((r) => r.key)).toEqual(['phrase']);
    expect([phrase.checked, phrase.paused, phrase.complete]).toEqual([5, false, true]);
  });
});

test('filterStream keeps what passes, reading on, and is complete only at the end', async () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, score: 7 - i, key: i % 3 === 0 ? 'phrase' : '' }));
  const stream = filterStream(mergeByRelevance([listOf(fakeIndex(items, []))]), (r) => r.key === 'phrase');
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['r0', 'r3']);
  expect(stream.complete).toBe(false);
  expect((await stream.next(2)).map((r) => r.id)).toEqual(['r6']);
  expect([stream.total, stream.complete]).toEqual([3, true]);
});

describe('filterStream with a budget of candidates to check', () => {
  // 30 candidates, newest first; the phrase is only in r4 and r27.
  const candidates = () => {
    const loads: string[] = [];
    const items = Array.from({ length: 30 }, (_, i) => ({
      id: `r${i}`,
      score: 30 - i,
      key: i === 4 || i === 27 ? 'phrase' : '',
    }));
    return { loads, stream: mergeByRelevance([listOf(fakeIndex(items, loads))]) };
  };
  const hasPhrase = (r: { key: string }) => r.key === 'phrase';

  test('stops after the budget with a page not full, having read no candidate past it', async () => {
    const { loads, stream } = candidates();
    const phrase = filterStream(stream, hasPhrase, 10);
    expect((await phrase.next(5)).map((r) => r.id)).toEqual(['r4']);
    expect([phrase.checked, phrase.paused, phrase.complete]).toEqual([10, true, false]);
    expect(loads).toHaveLength(10);
    // Asking again without allowing more checks nothing more.
    expect(await phrase.next(5)).toEqual([]);
    expect(loads).toHaveLength(10);
  });

  test('"check older" allows the next batch, which finds the older match; the end is complete', async () => {
    const { loads, stream } = candidates();
    const phrase = filterStream(stream, hasPhrase, 10);
    await phrase.next(5);
    phrase.allowMore(10);
    expect(await phrase.next(5)).toEqual([]);
    expect([phrase.checked, phrase.paused]).toEqual([20, true]);
    phrase.allowMore(10);
    expect((await phrase.next(5)).map((r) => r.id)).toEqual(['r27']);
    expect([phrase.checked, phrase.paused, phrase.complete, phrase.total]).toEqual([30, false, true, 2]);
    expect(loads).toHaveLength(30);
  });

  test('stops as soon as a page of matches is full, well within the budget', async () => {
    const { loads, stream } = candidates();
    const phrase = filterStream(stream, hasPhrase, 50);
    expect((await phrase.next(1)).map((r) => r.id)).toEqual(['r4']);
    expect(phrase.paused).toBe(false);
    // Read in batches no larger than the page asked for: one candidate at a time here.
    expect(loads).toHaveLength(5);
  });

  test('candidates ruled out without a fetch take no place in a batch, and still count against the budget', async () => {
    const loads: string[] = [];
    const items = [
      { id: 'r0', score: 6, key: '' },
      { id: 'r1', score: 5, key: 'phrase' },
      { id: 'r2', score: 4, key: '' },
      { id: 'r3', score: 3, key: 'phrase' },
      { id: 'r4', score: 2, key: 'phrase' },
    ];
    // r0 and r2 are ruled out by their word positions: their data needs no fetch.
    const lazy = fakeIndex(items, loads).map((result) =>
      result.id === 'r0' || result.id === 'r2'
        ? { ...result, free: true, data: () => Promise.resolve({ id: result.id ?? '', key: '' }) }
        : result,
    );
    const rounds: number[] = [];
    const merged = mergeByRelevance([listOf(lazy)]);
    const counted = {
      get total() {
        return merged.total;
      },
      get complete() {
        return merged.complete;
      },
      next: (count: number, most?: number) => (rounds.push(count), merged.next(count, most)),
    };
    const phrase = filterStream(counted, hasPhrase, 50);
    // A first screen of two: r1 and r3 fetched in one round, r0 and r2 checked on the way.
    expect((await phrase.next(2)).map((r) => r.id)).toEqual(['r1', 'r3']);
    expect([rounds.length, loads, phrase.checked]).toEqual([1, ['r1', 'r3'], 4]);

    // The budget counts free candidates too: with 2 to check, r0 and r1, one fetch.
    const budgeted = filterStream(mergeByRelevance([listOf(lazy)]), hasPhrase, 2);
    loads.length = 0;
    expect((await budgeted.next(5)).map((r) => r.id)).toEqual(['r1']);
    expect([budgeted.checked, budgeted.paused, loads]).toEqual([2, true, ['r1']]);
  });

  test('allowing as many as were checked before (Back to the page) shows the same results at once', async () => {
    const before = filterStream(candidates().stream, hasPhrase, 10);
    const shown = [...(await before.next(10))];
    for (let i = 0; i < 2; i++) {
      before.allowMore(10);
      shown.push(...(await before.next(10)));
    }
    expect(shown.map((r) => r.id)).toEqual(['r4', 'r27']);
    const again = filterStream(candidates().stream, hasPhrase, 10);
    again.allowMore(before.checked);
    expect(await again.next(10)).toEqual(shown);
    expect(again.checked).toBe(30);
  });
});

test('chainParts skips empty shards and ends when they run out', async () => {
  const list = chainParts([
    () => Promise.resolve([]),
    () => Promise.resolve(fakeIndex([{ id: 'a', score: 1, key: '1' }], [])),
    () => Promise.resolve([]),
  ]);
  expect((await list.at(0))?.score).toBe(1);
  expect(await list.at(1)).toBeUndefined();
});

test('filter counts from several language indexes add up per value', async () => {
  const { mergeFilterCounts } = await import('../../src/client/archive-search.ts');
  expect(
    mergeFilterCounts([
      { section: { Culture: 2, Local: 3 }, year: { '2023': 1 } },
      { section: { Culture: 1 }, tag: { food: 1 } },
    ]),
  ).toEqual({ section: { Culture: 3, Local: 3 }, year: { '2023': 1 }, tag: { food: 1 } });
});

test('filter values named like object properties are counted like any other', async () => {
  const { mergeFilterCounts } = await import('../../src/client/archive-search.ts');
  // As Pagefind hands them over: parsed JSON, where "__proto__" is an own key.
  const fromIndex = JSON.parse(
    '{"tag": {"constructor": 2, "__proto__": 1, "toString": 4, "hasOwnProperty": 1}}',
  ) as Record<string, Record<string, number>>;
  const merged = mergeFilterCounts([
    fromIndex,
    JSON.parse('{"tag": {"constructor": 1, "__proto__": 2}}') as Record<string, Record<string, number>>,
  ]);
  expect(Object.entries(merged['tag'] ?? {}).sort()).toEqual([
    ['__proto__', 3],
    ['constructor', 3],
    ['hasOwnProperty', 1],
    ['toString', 4],
  ]);
});

describe('the result count quotes the query once, in each language’s quotation marks', () => {
  // [language, a phrase query as typed → the count, a phrase inside a longer query → the count]
  test.each([
    ['en', '1 result for “battery electric”', '2 results for “‘battery electric’ buses”'],
    ['fr', '1 résultat pour «\u202fbattery electric\u202f»', '2 résultats pour «\u202f“battery electric” buses\u202f»'],
    ['de', '1 Ergebnis für „battery electric“', '2 Ergebnisse für „‚battery electric‘ buses“'],
    ['es', '1 resultado para «battery electric»', '2 resultados para «“battery electric” buses»'],
    ['pt', '1 resultado para «battery electric»', '2 resultados para «“battery electric” buses»'],
    ['ja', '「battery electric」の結果：1件', '「『battery electric』 buses」の結果：2件'],
    ['ar', 'نتيجة واحدة لـ«battery electric»', 'نتيجتان لـ«“battery electric” buses»'],
  ])('%s', (lang, phrase, inner) => {
    const { t } = interfaceFor(lang);
    expect(resultSummary(1, '"battery electric"', false, t)).toBe(phrase);
    // Phones type typographic quotes, and an unclosed quote runs to the end, as the search reads them.
    expect(resultSummary(1, '“battery electric”', false, t)).toBe(phrase);
    expect(resultSummary(1, '"battery electric', false, t)).toBe(phrase);
    expect(resultSummary(2, '"battery electric" buses', false, t)).toBe(inner);
    // Words without quotes are shown as typed, inside the message's marks only.
    expect(resultSummary(1, 'ferry', false, t)).toBe(phrase.replace('battery electric', 'ferry'));
  });
});

test.each([
  ['ferry', 'ferry'],
  ['"a b" "c d"', '‘a b’ ‘c d’'],
  ['x "a b" y', 'x ‘a b’ y'],
  ['x ""', 'x'],
  ['« battery electric »', 'battery electric'],
  ['x «a b» y', 'x ‘a b’ y'],
])('quotedQuery(%s) in English', (query, expected) => {
  expect(quotedQuery(query, english)).toBe(expected);
});

describe('which of the newest shards are searched together first', () => {
  /** Bundles newest first, each with this many English pages (undefined: a manifest that does not say). */
  const bundlesOf = (pages: (number | undefined)[]) =>
    pages.map((count, i) => ({
      id: `shard-${i}`,
      path: `pagefind-${i}/`,
      metaCacheTag: 'tag',
      languages: ['en'],
      ...(count === undefined ? {} : { indexes: { en: { hash: `en_${i}`, wasm: 'en', page_count: count } } }),
    }));

  test.each([
    // A month just begun (53 pages) before a full shard: both, as one.
    [[53, 968, 999], 2],
    // Newest at half its predecessor or more: alone.
    [[500, 1000, 8000], 1],
    [[700, 1000], 1],
    // Never more than two, however small the next one is.
    [[1, 10, 8000], 2],
    [[20], 1],
    // A manifest without page counts: the newest alone, as before.
    [[undefined, 1000], 1],
  ] as const)('%j → %i', async (pages, expected) => {
    const { leadingBundles } = await import('../../src/client/archive-search.ts');
    expect(leadingBundles(bundlesOf([...pages]), 'en')).toBe(expected);
  });

  test('counts the language asked for', async () => {
    const { leadingBundles } = await import('../../src/client/archive-search.ts');
    expect(leadingBundles(bundlesOf([10, 1000]), 'fr')).toBe(1);
  });
});

test('a phrase search counts facet values over the pages it kept, naming every value Pagefind named', async () => {
  const { keptCounts } = await import('../../src/client/archive-search.ts');
  const named = { section: { Local: 5, Sport: 2 }, tag: { port: 3 } };
  const kept = [
    { filters: { section: ['Local'], tag: ['port'] } },
    { filters: { section: ['Local'] } },
    { filters: { section: ['Culture'] } },
  ];
  expect(keptCounts(named, kept)).toEqual({ section: { Local: 2, Sport: 0, Culture: 1 }, tag: { port: 1 } });
  expect(keptCounts(named, [])).toEqual({ section: { Local: 0, Sport: 0 }, tag: { port: 0 } });
});
