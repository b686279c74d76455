/**
 * Highlighting searched words on the opened article: a result links to
 * `/2024/05/12/slug/?highlight=battery+electric`, and the article page marks
 * those words, a quoted phrase whole (src/client/highlight.ts). Pure parts here: the link, reading
 * the words back, and where they occur in a run of text.
 */
import { newerTonePlacement } from './tone-marks.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import { lightStem, stemsQuery } from './light-stems.ts';
import { hasSerbianCyrillic, latinLetter, serbianLatin, readInLatinLetters } from '../lib/serbian-script.ts';
import {
  hasHalfSpace,
  isHalfSpace,
  persianLanguageOf,
  persianLetters,
  usesPersianLetters,
  withoutHalfSpaces,
} from '../lib/persian-letters.ts';
import { UNSPACED, WORD_CHARS } from '../lib/word-characters.ts';
import {
  oneLetterForOne,
  foldMarks,
  marksMakeWords,
  matchesPhrases,
  normalizeText,
  queryParts,
  hasUmlaut,
  spellsUmlaut,
  spellUmlauts,
  wordEdges,
} from './phrases.ts';
import {
  ARABIC_LETTER,
  joinsProclitics,
  PHRASE_PROCLITIC_SOURCE,
  phraseStem,
  PROCLITIC_SOURCE,
  withoutProclitic,
} from './proclitics.ts';
import { HEBREW_PREFIX_SOURCE, joinsHebrewPrefixes, takesHebrewPrefix } from '../lib/hebrew-prefixes.ts';
import { hasIndicJoiner, isIndicJoiner, joinSplitLetters } from '../lib/split-letters.ts';
import { answersWord } from './answered-words.ts';
import { amharicStem } from '../lib/ethiopic-letters.ts';

/** The query parameter carrying the words (as Pagefind's own highlight script names it). */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * A result's link carrying the searched words, a phrase in straight quotes
 * (it is marked whole), and the other forms of them the result's excerpt
 * marks (`found`, foundForms). A query without words leaves the link as it is.
 * @example highlightHref('/2024/05/12/a/', '“battery electric” buses') // '/2024/05/12/a/?highlight=%22battery+electric%22+buses'
 * @example highlightHref('/a/', 'Kolozsváron', ['Kolozsvárra']) // '/a/?highlight=Kolozsv%C3%A1ron+Kolozsv%C3%A1rra'
 */
export function highlightHref(href: string, query: string, found: readonly string[] = []): string {
  const parts = queryParts(query);
  if (parts.length === 0) return href;
  const value = [...parts.map(({ text, phrase }) => (phrase ? `"${text}"` : text)), ...found].join(' ');
  const [path = '', hash] = href.split('#');
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${new URLSearchParams({ [HIGHLIGHT_PARAM]: value })}${hash === undefined ? '' : `#${hash}`}`;
}

/** At most this many forms of the searched words go with a result's link: those its excerpt shows. */
const MOST_FOUND_FORMS = 5;

/**
 * The forms of a searched word that a result's excerpt marks and the word
 * does not begin (`marked`: Pagefind's marks, found by the stemmer: "Kolozsvárra"
 * for `Kolozsváron`), so that the opened article marks them too, as the excerpt
 * did: the article's marks are the words typed and what begins with them. Only
 * a form that shares the word's beginning (answersWord), never one a stemmer
 * read far shorter found ("açıldı" for `Ayşe`); none for a quoted phrase's
 * words, which are marked whole.
 * @example foundForms('Kolozsváron', ['Kolozsvárra', 'Kolozsváron']) // ['Kolozsvárra']
 * @example foundForms('Ayşe', ['açıldı']) // []
 * @example foundForms('መርካቶ', ['በመርካቶ']) // ['በመርካቶ']
 */
export function foundForms(query: string, marked: readonly string[], lang = ''): string[] {
  const words = queryParts(query)
    .filter(({ phrase }) => !phrase)
    .flatMap(({ text }) => text.split(' '))
    .map((word) => normalizeText(word))
    .filter(Boolean);
  const forms = new Set<string>();
  for (const text of marked) {
    const form = wordEdges(text.trim()).word;
    const key = normalizeText(form);
    if (
      !key ||
      key.includes(' ') ||
      words.some((word) => key.startsWith(word) || foldMarks(key).startsWith(foldMarks(word)))
    )
      continue;
    // Or, in Amharic, the word with a prefix joined to its front (በመርካቶ for መርካቶ), as its index holds it twinned.
    const stem = amharicStem(form);
    const prefixed = stem !== undefined && words.some((word) => normalizeText(stem).startsWith(word));
    if (prefixed || words.some((word) => answersWord(word, form, lang))) forms.add(form);
  }
  return [...forms].slice(0, MOST_FOUND_FORMS);
}

/**
 * What to mark, from a page's query string: each phrase (its words joined by
 * single spaces) and each other word, lowercase, once each, longest first.
 * @example highlightWords('?highlight=Harbour+ferry+harbour') // ['harbour', 'ferry']
 * @example highlightWords('?highlight=%22place+du+March%C3%A9%22') // ['place du marché']
 */
export function highlightWords(search: string): string[] {
  return queryNeedles(new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '');
}

/**
 * What to mark for a query: each phrase (its words joined by single spaces)
 * and each other word, lowercase, once each, longest first. A word typed with
 * marks inside (`d'éleveurs`, `don't`, `U.S.`) is marked as its parts side by
 * side, as Pagefind searched it: its letter `d` alone would mark every word
 * that begins with d.
 * @example queryNeedles('"place du Marché" pain') // ['place du marché', 'pain']
 * @example queryNeedles("d'éleveurs savoyards") // ['d éleveurs', 'savoyards']
 */
export function queryNeedles(query: string): string[] {
  return byLength(
    queryParts(query).flatMap(({ text, phrase }) =>
      phrase ? [normalizeText(text)] : text.split(' ').map((word) => normalizeText(word)),
    ),
  );
}

/**
 * The words of what to mark, phrases taken apart: marked when a phrase is
 * found nowhere whole. A part of one letter is left out where the needle has
 * longer ones (the `d` of `d éleveurs`, the `t` of `don t`): it would mark
 * every word it begins; so is one of two in the Arabic script, where Persian
 * writes a word's bound parts apart (the می of می شود began میلیون).
 * Digits and scripts written without spaces keep theirs.
 * @example separateWords(['d éleveurs', 'place du marché']) // ['éleveurs', 'marché', 'place', 'du']
 */
export function separateWords(needles: readonly string[]): string[] {
  return byLength(
    needles.flatMap((needle) => {
      const words = needle.split(' ');
      const long = words.filter(
        (word) => [...word].length > (ARABIC_LETTER.test(word) ? 2 : 1) || /\p{N}/u.test(word) || UNSPACED.test(word),
      );
      return long.length > 0 ? long : words;
    }),
  );
}

function byLength(needles: readonly string[]): string[] {
  return [...new Set(needles.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/**
 * Where the words start words of a text, as [start, end) ranges: a word marks
 * the whole word it begins (as search found "herons" for "heron"), whatever
 * its case. A phrase marks its words side by side, whatever stands between
 * them other than letters or digits, and ends where its last word ends. In
 * scripts written without spaces, a word is marked where it stands, as searched.
 * A word typed without accents marks the word written with them, as search
 * found it ("saude", "saúde"); one typed with them marks only them, and in
 * Vietnamese (`lang`), where marks make words, only the word itself ("hà",
 * never "hàng": marksMakeWords).
 * Ranges never overlap, and never begin or end with punctuation.
 * @example wordRanges('Herons and a heronry', ['heron']) // [[0, 6], [13, 20]]
 * @example wordRanges('Sur la place du Marché.', ['place du marché']) // [[7, 22]]
 * @example wordRanges('東京の港に', ['港']) // [[3, 4]]
 * @example wordRanges('أغلق الميناء', ['ميناء']) // [[5, 12]]
 */
export function wordRanges(written: string, words: readonly string[], lang?: string): [number, number][] {
  // A joiner inside a word of the scripts of India is no part of it, as search reads it (src/lib/split-letters.ts):
  // the words are matched in the text without one, and each range spans the joiners it covers (উদ্‌যাপিত).
  if (hasIndicJoiner(written)) {
    const joined = foldedText(written, (letter, before) => (isIndicJoiner(letter, before) ? '' : letter));
    return wordRanges(joined.text, words, lang).map(inText(joined));
  }
  // Serbian is written in Cyrillic and Latin letters alike (Београд, Beograd), as search finds it: the words are
  // matched in the text read in Latin letters, each range spanning the letters it was read from (Љ is Lj).
  if (readInLatinLetters(lang) && (hasSerbianCyrillic(written) || words.some(hasSerbianCyrillic))) {
    const latin = foldedText(written, latinLetter);
    return wordRanges(latin.text, words.map(serbianLatin), lang).map(inText(latin));
  }
  // Persian's half-space parts a word (می‌شود), which a reader may type as nothing (میشود), as search finds it: the
  // words are matched in the text as written (a part, شود, marked alone) and without it, each range the longer.
  if (hasHalfSpace(written)) {
    const closed = foldedText(written, (letter, before) => (isHalfSpace(letter, before) ? '' : letter));
    const closedWords = words.map(withoutHalfSpaces);
    return firstAtEachPlace([
      ...rangesIn(written, words, lang),
      ...wordRanges(closed.text, closedWords, lang).map(inText(closed)),
    ]);
  }
  return rangesIn(written, words, lang);
}

/** A range in a folded text as the range of the text it was folded from. */
const inText =
  (folded: FoldedText) =>
  ([start, end]: [number, number]): [number, number] => [
    folded.starts?.[start] ?? start,
    folded.ends?.[end - 1] ?? end,
  ];

/** Ranges that may overlap, in the text's order, the first and longest at a place kept, those it overlaps dropped. */
function firstAtEachPlace(ranges: [number, number][]): [number, number][] {
  let reached = 0;
  return ranges
    .sort((a, b) => a[0] - b[0] || b[1] - a[1])
    .filter(([start, end]) => {
      if (start < reached) return false;
      reached = end;
      return true;
    });
}

/** wordRanges in a text without joiners to read apart. */
function rangesIn(written: string, words: readonly string[], lang?: string): [number, number][] {
  // ʼ read as ’, Romanian's ş as ș, Hungarian's õ as ő, as the needles are (normalizeText): one UTF-16 unit for one, so
  // the ranges stand in `written`.
  // Turkish İ read as the i it lowercases to, and ı as i, as the needles spell it (normalizeText), one UTF-16 unit for
  // one: `iu` matches neither with i, so "ışık" typed marked neither "Işık" nor "ışık" written.
  // In Persian or Urdu text, Arabic's yeh and kaf read as theirs (one UTF-16 unit for one), as their index holds them:
  // a word typed on a Persian keyboard marks it typed on an Arabic one (src/lib/persian-letters.ts). The text's
  // language says so where it is known (an article's); else its letters tell (an excerpt's).
  const persian =
    lang !== undefined ? usesPersianLetters(lang) : ARABIC_LETTER.test(written) && !joinsProclitics(written);
  // Urdu's heh as Urdu writes it too: the language named, or told by Urdu's own letters.
  const lettersOf = lang !== undefined && persian ? lang : persianLanguageOf(written);
  const inLetters = (text: string) => persianLetters(text, lettersOf);
  // A Vietnamese tone on either vowel of oa, oe and uy read on the second (hòa, hoà), letter for letter.
  const text = newerTonePlacement((persian ? inLetters : String)(oneLetterForOne(written)).replace(/[İı]/g, 'i'));
  // A mark covers words only: punctuation at a needle's ends ("المياه.") is not part of what is marked.
  // An Arabic word typed with its article (الميناء) marks it written without (ميناء) too, as search found both.
  const needles = words
    // Thai's sara am typed in two parts (ลําไย) marks it written as one, as search found it, and as typed, as a page
    // written from a PDF may hold it (src/lib/split-letters.ts).
    .map((word) => wordEdges(word).word)
    .flatMap((word) => [...new Set([word, joinSplitLetters(word)])])
    .map((word) => newerTonePlacement(oneLetterForOne(persian ? inLetters(word) : word)))
    .filter(Boolean)
    .flatMap((word) => (word.includes(' ') ? [word] : [word, withoutProclitic(word) ?? []].flat()))
    // A Czech, Slovak or Ukrainian word marks its other case forms, as search found them by its stem
    // (src/search/light-stems.ts).
    // Asked in lower case: read as a name might be (Brno), a stem of three letters marks on a page search found.
    .flatMap((word) =>
      stemsQuery(lang) && !word.includes(' ')
        ? [...new Set([word, lightStem(word, { asName: true, language: lang })])]
        : [word],
    );
  const typedWithMarks = needles.filter((word) => word !== foldMarks(word));
  const typedWithout = needles.filter((word) => word === foldMarks(word));
  const folded = foldedText(text, foldMarks);
  // A word typed with umlauts spelled out ("muenchen") marks the word written with them, as search found it.
  // A phrase typed with accents on some words only ("Muenchner Straße", "saude pública") is found as the phrase
  // check finds it, word by word: its folded form where the text has it, kept where the words typed with marks
  // stand as typed (matchesPhrases).
  const mixed = typedWithMarks.filter(
    (word) => word.includes(' ') && word.split(' ').some((each) => each === foldMarks(each)),
  );
  const mixedFolded = mixed.map(foldMarks);
  const spelledWithout = typedWithout.filter(spellsUmlaut);
  const spelledMixed = mixedFolded.filter(spellsUmlaut);
  const spelled =
    spelledWithout.length + spelledMixed.length > 0 && hasUmlaut(text) ? foldedText(text, spelledLetter) : undefined;
  const asTyped = ([start, end]: [number, number]) =>
    mixed.some((word) => matchesPhrases(text.slice(start, end), [word]));
  // Both passes may mark the same word: the first (longest) range at a place wins.
  return firstAtEachPlace([
    ...matchRanges(text, typedWithMarks, marksMakeWords(lang), lang),
    ...matchRanges(folded.text, typedWithout, false, lang).map(inText(folded)),
    ...(spelled ? matchRanges(spelled.text, spelledWithout, false, lang).map(inText(spelled)) : []),
    ...[
      ...matchRanges(folded.text, mixedFolded, false, lang).map(inText(folded)),
      ...(spelled ? matchRanges(spelled.text, spelledMixed, false, lang).map(inText(spelled)) : []),
    ].filter(asTyped),
  ]);
}

/** A letter with an umlaut spelled out, then its marks dropped: ü is ue (written decomposed, its mark is the e). */
function spelledLetter(letter: string, before: string): string {
  if (letter === '\u0308' && /[aouAOU]/.test(before)) return 'e';
  return foldMarks(spellUmlauts(letter));
}

/** A folded text, and where each of its UTF-16 units came from in the text (none when nothing was folded: unit for unit). */
interface FoldedText {
  text: string;
  starts?: number[];
  ends?: number[];
}

/**
 * A text with its accents dropped (foldMarks, letter by letter), and for each
 * of its UTF-16 units where the letter it came from starts and ends in the
 * text: a mark standing alone (text written decomposed) goes with the letter before it.
 */
function foldedText(text: string, fold: (letter: string, before: string) => string): FoldedText {
  // Most pages' text has nothing to fold: no offsets to build for each of its thousands of units.
  if (fold === foldMarks && foldMarks(text) === text) return { text };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  let before = '';
  for (const letter of text) {
    const plain = fold(letter, before);
    before = letter;
    for (let unit = 0; unit < plain.length; unit++) {
      starts.push(at);
      ends.push(at + letter.length);
    }
    if (plain === '' && ends.length > 0) ends[ends.length - 1] = at + letter.length;
    out += plain;
    at += letter.length;
  }
  return { text: out, starts, ends };
}

/** One slice of a piece of text to mark, and which match (of the run's matches, in order) it is part of. */
export interface PieceRange {
  piece: number;
  start: number;
  end: number;
  match: number;
}

/**
 * Where the words stand in pieces of text read as one run (a paragraph's
 * text nodes: a phrase split by its markup, `place du <em>Marché</em>`, is
 * found whole), as slices of each piece: a match across pieces is a slice in
 * each, with one match number.
 * @example pieceRanges(['place du ', 'Marché', '.'], ['place du marché']) // [{ piece: 0, start: 0, end: 9, match: 0 }, { piece: 1, start: 0, end: 6, match: 0 }]
 */
export function pieceRanges(pieces: readonly string[], words: readonly string[], lang?: string): PieceRange[] {
  const starts: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    starts.push(length);
    length += piece.length;
  }
  const slices: PieceRange[] = [];
  // Matches come in order and never overlap: one walk over the pieces serves them all.
  let first = 0;
  const endOf = (index: number) => (starts[index] ?? 0) + (pieces[index]?.length ?? 0);
  wordRanges(pieces.join(''), words, lang).forEach(([start, end], match) => {
    while (first < pieces.length && endOf(first) <= start) first++;
    for (let index = first; index < pieces.length && (starts[index] ?? 0) < end; index++) {
      const from = Math.max(start, starts[index] ?? 0);
      const to = Math.min(end, endOf(index));
      if (from < to)
        slices.push({ piece: index, start: from - (starts[index] ?? 0), end: to - (starts[index] ?? 0), match });
    }
  });
  return slices;
}

/**
 * What to mark in runs of text: each word, and each phrase found whole in
 * some run; a phrase found whole in none (written otherwise on the page than
 * the search read it) is marked as its separate words.
 * @example markedNeedles([['by Jane Smith']], ['john smith']) // ['smith', 'john']
 * @example markedNeedles([['John Smith'], ['and John']], ['john smith']) // ['john smith']
 */
export function markedNeedles(
  runs: readonly (readonly string[])[],
  needles: readonly string[],
  lang?: string,
): string[] {
  const texts = runs.map((pieces) => pieces.join(''));
  const missing = needles.filter(
    (needle) => needle.includes(' ') && !texts.some((text) => wordRanges(text, [needle], lang).length > 0),
  );
  if (missing.length === 0) return [...needles];
  return byLength([...needles.filter((needle) => !missing.includes(needle)), ...separateWords(missing)]);
}

/**
 * A word of a script written without spaces, as a pattern: the text may put
 * spaces between its letters (a name written 「田中 一郎」 (with an ideographic space) is searched as 田中一郎:
 * the phrase check and Pagefind read it without them).
 */
function unspacedPattern(word: string): string {
  const chars = [...word];
  return chars
    .map(
      (char, i) =>
        `${i > 0 && UNSPACED.test(chars[i - 1] ?? '') && UNSPACED.test(char) ? '\\s*' : ''}${escapeRegExp(char)}`,
    )
    .join('');
}

/**
 * Where the needles stand in a text, as [start, end) ranges (see wordRanges); `whole`: a word not as the start of
 * longer ones; `lang`: the text's language, where known.
 */
function matchRanges(text: string, needles: readonly string[], whole = false, lang?: string): [number, number][] {
  if (needles.length === 0) return [];
  // A letter of a spaced script: where a word begins and ends. Beside Chinese or Japanese, a number or a
  // Latin word is a word of its own ("男子400メートル", "の12便"), as Pagefind segments it.
  const letter = `(?:(?!${UNSPACED.source})[${WORD_CHARS}])`;
  // Only Arabic joins an article or a conjunction to a word: not Persian or Urdu, in the same letters.
  const arabic = joinsProclitics(text);
  const arabicWord = (word: string) => arabic && ARABIC_LETTER.test(word[0] ?? '');
  // Hebrew joins its article, "and" and its prepositions to a word too (בשוק for שוק: src/lib/hebrew-prefixes.ts);
  // Yiddish, in the same letters, does not (its language says so where it is known).
  const hebrew = joinsHebrewPrefixes(text, lang);
  const hebrewPrefix = (word: string) => (hebrew && takesHebrewPrefix(word) ? `(?:${HEBREW_PREFIX_SOURCE})?` : '');
  const alternatives = needles.map((word) => {
    const chars = [...word];
    // A word of a spaced script begins where no letter stands before it.
    const boundary = UNSPACED.test(chars[0] ?? '') ? '' : `(?<!${letter})`;
    const spacedEnd = !UNSPACED.test(chars.at(-1) ?? '');
    // An Arabic word is marked with the article or preposition joined to its front (الميناء for ميناء).
    if (!word.includes(' '))
      return `${boundary}${arabicWord(word) ? `${PROCLITIC_SOURCE}?` : hebrewPrefix(word)}${unspacedPattern(word)}${spacedEnd ? (whole ? `(?!${letter})` : `${letter}*`) : ''}`;
    // A phrase's Arabic words are marked with what the phrase check lets the text join to each (src/search/phrases.ts).
    const part = (each: string) =>
      arabicWord(each)
        ? `${PHRASE_PROCLITIC_SOURCE}${escapeRegExp(phraseStem(each))}`
        : `${hebrewPrefix(each)}${unspacedPattern(each)}`;
    // Between two words of a script without spaces (「東京 電力」), the text may have nothing at all.
    const joined = word
      .split(' ')
      .map((each, i, all) =>
        i === 0
          ? part(each)
          : `[^${WORD_CHARS}]${UNSPACED.test(all[i - 1]?.at(-1) ?? '') && UNSPACED.test(each[0] ?? '') ? '*' : '+'}${part(each)}`,
      )
      .join('');
    return `${boundary}${joined}${spacedEnd ? `(?!${letter})` : ''}`;
  });
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}
