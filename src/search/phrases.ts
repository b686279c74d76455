/**
 * Quoted phrases in a query: `"battery electric" buses` must find the two
 * words side by side. Pagefind 1.6 runs an exact search only when the whole
 * query is one quoted string, matching stems rather than the words as typed
 * (below); it has no phrase operator inside a larger query. So the words go to
 * Pagefind unquoted (it finds every page having them all), and each result's
 * text is then checked for the phrases here. The cost: a result's text
 * arrives with its data (its fragment), so checking means loading fragments
 * of results that may be dropped; a phrase rarer than its words would read
 * every candidate of the archive, so a search checks at most
 * PHRASE_CHECK_BUDGET candidates, at first in the newest shards only
 * (src/client/archive-search.ts), before it asks the reader to go on
 * (docs/benchmarks.md, session 10).
 *
 * What Pagefind 1.6 does with quotes natively (its pagefind_web_js
 * `search()` and pagefind_web `exact_term`): only when the whole query matches
 * /^\s*".+"\s*$/ (straight quotes, first and last character) does it run an
 * "exact" search, which stems each word with the index language's stemmer and
 * keeps pages where the stems stand at consecutive word positions (in the body,
 * or within one metadata field such as the title); the quotes themselves are
 * dropped as punctuation. Anything else (`"a b" c`, typographic quotes) is an
 * ordinary all-words search. A hyphenated word is one position to it, so
 * `"battery electric"` misses "battery-electric", and "battery electrics"
 * matches: not the phrase as typed, which is what this module checks.
 */
import { newerTonePlacement } from './tone-marks.ts';
import { asciiDigits } from '../lib/digits.ts';
import { spellLigatures } from '../lib/ligatures.ts';
import { INDIC_SCRIPTS, languageScript, primaryLanguage, SCRIPT_NAMES, type ScriptCode } from '../lib/language-tags.ts';
import { BETWEEN_WORDS, UNSPACED, WORD_CHARS } from '../lib/word-characters.ts';
import { ARABIC_LETTER, joinsProclitics, withPhraseProclitic } from './proclitics.ts';
import { joinsHebrewPrefixes, withHebrewPrefix } from '../lib/hebrew-prefixes.ts';
import { joinSplitLetters } from '../lib/split-letters.ts';
import { amharicSpelling } from '../lib/ethiopic-letters.ts';

/**
 * How many candidates (pages with all the words) one request for results
 * checks for the phrases at most, newest or best first as the search is
 * sorted: each costs its fragment, about 2.5 KB, so 50 bound a page of
 * phrase results to about 125 KB of fragments; the reader can ask for the
 * next 50 ("Check older articles").
 */
export const PHRASE_CHECK_BUDGET = 50;

/**
 * The quotation marks a reader may type around a phrase: straight, and the
 * languages' own (phones type them on their own): English “ ”, German „ “,
 * French « » (with or without their spaces) and ‹ ›, Chinese and Japanese
 * 「 」 and 『 』. Single quotes are left out: ' and ’ are apostrophes too
 * (don't, l’avion).
 */
export const QUOTE_MARKS = /["“”„«»‹›「」『』]/;

/** A query split into what Pagefind searches and the phrases to check. */
export interface ParsedQuery {
  /** Every word, quotes removed: Pagefind's term. */
  terms: string;
  /** Quoted runs of two or more words, as typed (an unclosed quote runs to the end). */
  phrases: string[];
}

/**
 * Splits a query into Pagefind's term and its phrases. A quoted single word
 * is just a word: it needs no check.
 * @example parseQuery('"battery electric" buses') // { terms: 'battery electric buses', phrases: ['battery electric'] }
 */
export function parseQuery(query: string): ParsedQuery {
  const parts = queryParts(query);
  return {
    terms: parts.map(({ text }) => text).join(' '),
    phrases: parts.filter(({ phrase }) => phrase).map(({ text }) => text),
  };
}

/** Languages where a mark on a letter makes another word: Vietnamese hà (river), hả, hạ (below), hàng (row) are four. */
const MARKS_MAKE_WORDS = new Set(['vi']);

/**
 * Whether a language makes words of its marks (Vietnamese, whose every syllable is a word): there a word typed
 * with marks is that word, never the start of longer ones ("hà" is not "hàng").
 * @example marksMakeWords('vi-VN') // true
 */
export function marksMakeWords(language: string | undefined): boolean {
  return language !== undefined && MARKS_MAKE_WORDS.has(primaryLanguage(language));
}

/**
 * In a language where marks make words (Vietnamese), the words of a query
 * typed with marks, each a phrase of its own: a reader who typed "Hà Nội"
 * means those words as written, and Pagefind, which reads every word without
 * its marks and a word as the start of longer ones, would also answer with
 * "hàng", "nổi" and "nơi". The phrase check then keeps the pages that have
 * them (matchesPhrases; a tone placed by either rule is one word). Words typed
 * without marks find every spelling, as elsewhere; so does any word in other
 * languages. Words already in a quoted phrase are checked there.
 * @example wordsAsTyped('vi', 'Hà Nội mưa to', []) // ['hà', 'nội']
 * @example wordsAsTyped('fr', 'été chaud', []) // []
 */
export function wordsAsTyped(language: string, term: string | null, phrases: readonly string[]): string[] {
  if (term === null || !marksMakeWords(language)) return [];
  const inPhrases = new Set(phrases.flatMap((phrase) => normalizeText(phrase).split(' ')));
  const words = normalizeText(term)
    .split(' ')
    .filter((word) => word !== '' && word !== foldMarks(word) && !inPhrases.has(word));
  return [...new Set(words)];
}

/** The zero-width non-joiner, which Persian writes between the parts of a word. */
const NON_JOINER = '\u200C';

/**
 * A query's runs in order, quotes removed: each quoted run of two or more
 * words is a phrase, the rest are words (an unclosed quote runs to the end).
 * In scripts written without spaces, a quoted run of two or more of their
 * characters may be several words (「避難の早め」): a phrase too. So is such
 * a run typed unquoted, of several words (unspacedWords) or one of two
 * characters or more (isUnspacedWord): readers of these scripts separate
 * keywords with a space, and a run without one means its words as typed,
 * side by side. Pagefind would find them anywhere in a
 * page (予算道路 finds a page saying 予算 here and 道路 further on), so a
 * run of words no article has found unrelated articles; search engines that
 * index these scripts in character pairs match the run whole.
 * @example queryParts('« a b » c') // [{ text: 'a b', phrase: true }, { text: 'c', phrase: false }]
 * @example queryParts('「避難の早め」') // [{ text: '避難の早め', phrase: true }]
 * @example queryParts('予算道路 港') // [{ text: '予算道路', phrase: true }, { text: '港', phrase: false }]
 */
export function queryParts(query: string): { text: string; phrase: boolean }[] {
  const parts: { text: string; phrase: boolean }[] = [];
  // A word joined by a zero-width non-joiner (Persian's زلزله‌زدگان, کتاب‌ها) is searched whole, without it: the
  // indexed pages hold it so beside its parts (src/search/word-joins.ts), and a reader types it either way. Its
  // parts apart would find any page ("ها" is everywhere), and as a phrase of them کتاب‌ها missed کتاب‌های.
  foldApostrophes(query)
    .split(QUOTE_MARKS)
    .forEach((piece, index) => {
      const text = piece.trim().replace(/\s+/g, ' ');
      if (!text) return;
      if (index % 2 === 1) {
        const words = normalizeText(text);
        const unspaced = [...words].filter((char) => UNSPACED.test(char)).length;
        parts.push({
          text: text.replaceAll(NON_JOINER, ' '),
          phrase: words.includes(' ') || unspaced >= 2 || unspacedWords(text) >= 2,
        });
        return;
      }
      let loose: string[] = [];
      const looseWords = () => {
        if (loose.length > 0) parts.push({ text: loose.join(' '), phrase: false });
        loose = [];
      };
      for (const token of text.split(' ')) {
        if (token.includes(NON_JOINER)) loose.push(token.replaceAll(NON_JOINER, ''));
        else if (unspacedWords(token) < 2 && !isUnspacedWord(token)) loose.push(token);
        else {
          looseWords();
          parts.push({ text: token, phrase: true });
        }
      }
      looseWords();
    });
  return parts;
}

/**
 * Whether a token is one word of two characters or more of a script written without spaces (港灣, 新幹線),
 * which is checked in each page's text as a phrase is. Pagefind answers a word its index lacks with the
 * longest indexed word that begins it, and holds these scripts' words as its own segmenter cut the text, not
 * always as the query's does: 港灣 found every page with 港 in an archive without it. Whether a shard has
 * the word cannot be told from one of its pages (src/search/answered-words.ts), as a page whose text was cut
 * 新｜高 has 新高 all the same: each page is checked.
 * @example isUnspacedWord('港灣') // true
 * @example isUnspacedWord('港') // false
 */
function isUnspacedWord(token: string): boolean {
  return unspacedWords(token) === 1 && [...normalizeText(token)].filter((char) => UNSPACED.test(char)).length >= 2;
}

/** Finds words in runs of scripts written without spaces, from the locale's dictionaries (any locale: ICU's are shared). */
const WORD_SEGMENTER =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : undefined;

/**
 * How many words a token typed without spaces holds, where one of its
 * characters at least is of a script written without them (0 otherwise, and
 * where the browser cannot tell words apart): the words Pagefind searches
 * for it, which also splits the query with Intl.Segmenter. A number before a
 * counter word is two (10号): searched apart, a page with 号 and no 10 was
 * found, as Pagefind leaves out a word its index lacks.
 * @example unspacedWords('予算道路') // 2
 * @example unspacedWords('10号') // 2
 * @example unspacedWords('新幹線') // 1
 * @example unspacedWords('harbour') // 0
 */
export function unspacedWords(token: string): number {
  if (!WORD_SEGMENTER || !UNSPACED.test(token)) return 0;
  let words = 0;
  for (const { isWordLike } of WORD_SEGMENTER.segment(token)) if (isWordLike) words++;
  return words;
}

const SPACE_IN_UNSPACED = new RegExp(`(?<=${UNSPACED.source}) (?=${UNSPACED.source})`, 'gu');

/** Normalized text without the spaces between two letters of scripts written without them. */
function closeUnspaced(text: string): string {
  return text.replace(SPACE_IN_UNSPACED, '');
}
const EDGES = new RegExp(`^([^${WORD_CHARS}]*)(.*?)([^${WORD_CHARS}]*)$`, 'su');

/**
 * A text split into what stands before its first word character, the rest up
 * to its last one, and what follows: the part a highlight may cover, and the
 * punctuation around it. A text without any word character is all `before`.
 * @example wordEdges('«المياه.»') // { before: '«', word: 'المياه', after: '.»' }
 */
export function wordEdges(text: string): { before: string; word: string; after: string } {
  const [, before = '', word = '', after = ''] = EDGES.exec(text) ?? [];
  return { before, word, after };
}

/** Full-width Latin letters, as Chinese and Japanese text and keyboards write them (their digits: asciiDigits). */
const FULL_WIDTH = /[\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * Full-width digits and Latin letters written as ASCII, one character for
 * one: 台風１０号 and 台風10号 are one word to a reader, whichever the
 * keyboard or the newspaper used. So are Arabic-Indic and Persian digits
 * (٢٠١١ is 2011), which Pagefind's Arabic stemming already reads alike.
 * @example foldWidth('台風１０号') // '台風10号'
 * @example foldWidth('عام ٢٠١١') // 'عام 2011'
 */
export function foldWidth(text: string): string {
  return asciiDigits(text).replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * Text reduced to lowercase words separated by single spaces, letters and
 * digits kept in any script, accents kept (they tell words apart in French;
 * foldMarks drops them where the reader typed none), full-width digits and
 * letters as ASCII, ligatures spelled out (œ as oe: a ligature is no accent,
 * and « cœur » typed finds "coeur" written as well as the other way round),
 * a Vietnamese tone on the second vowel of oa, oe and uy wherever it was
 * written (hòa and hoà are one word: newerTonePlacement), Thai's sara am
 * written in two parts joined (src/lib/split-letters.ts).
 * @example normalizeText('Battery-electric  BUSES!') // 'battery electric buses'
 * @example normalizeText('Cœur') // 'coeur'
 * @example normalizeText('İzmir') // 'izmir'
 */
export function normalizeText(text: string): string {
  return (
    oneLetterForOne(
      foldWidth(spellLigatures(newerTonePlacement(joinSplitLetters(text.normalize('NFC'))), { keepOwnLetters: true })),
    )
      .toLowerCase()
      // Turkish İ lowercases to i with a dot above: the i a reader means, not an accent the text must have.
      .replaceAll('i\u0307', 'i')
      .replace(BETWEEN_WORDS, ' ')
      .trim()
  );
}

const MODIFIER_APOSTROPHE = /\u02BC/g;

/**
 * The modifier letter apostrophe (ʼ, U+02BC, as Ukrainian writes пʼять)
 * written as the typographic one: a letter to Unicode, it would make one
 * word of what a reader types with ' or ’ as two.
 * @example foldApostrophes('пʼять') // 'п’ять'
 */
export function foldApostrophes(text: string): string {
  return text.replace(MODIFIER_APOSTROPHE, '\u2019');
}

/**
 * Letters written two ways that readers take for one, the same length so that a range found in the result stands in
 * the text: Romanian's ș and ț with the cedilla older keyboards and fonts gave them (ş, ţ, as Turkish writes its ş),
 * and Hungarian's ő and ű as the Latin-1 pages of the 2000s wrote them (õ, û, the nearest letters that code had);
 * Amharic's letters that sound alike (ሥ and ስ, ሐ and ሀ: amharicSpelling, which Tigrinya, where they differ, then
 * matches too); the modifier apostrophe as the typographic one (foldApostrophes). Only to compare: what is shown
 * stays as written.
 * @example oneLetterForOne('ședința') // 'şedinţa'
 * @example oneLetterForOne('Tûzoltó') // 'Tűzoltó'
 */
export function oneLetterForOne(text: string): string {
  return amharicSpelling(foldApostrophes(text).replace(LETTER_VARIANT, (letter) => LETTER_VARIANTS[letter] ?? letter));
}

const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  ș: 'ş',
  Ș: 'Ş',
  ț: 'ţ',
  Ț: 'Ţ',
  õ: 'ő',
  Õ: 'Ő',
  û: 'ű',
  Û: 'Ű',
};
const LETTER_VARIANT = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');

/**
 * Scripts whose combining marks spell the word (vowel signs, viramas: the ि and े that tell मिल from मेल), where
 * Latin's accents only adorn it: ISO 15924 codes, as Intl.Locale gives a language's script (names: SCRIPT_NAMES).
 */
const LETTER_MARK_SCRIPTS: readonly ScriptCode[] = [...INDIC_SCRIPTS, 'Thai', 'Laoo', 'Tibt', 'Mymr', 'Khmr'];
const LETTER_MARK = LETTER_MARK_SCRIPTS.map((code) => `\\p{Script=${SCRIPT_NAMES[code]}}`).join('');
// The nukta under a letter (ज़, फ़) is left out as an accent is: many keyboards type जिला for ज़िला.
const NUKTA = '\\u093C\\u09BC\\u0A3C\\u0ABC\\u0B3C\\u0CBC';
// Japanese voiced marks (が is か and U+3099 decomposed) spell the word too; Pagefind keeps them.
const MARKS = new RegExp(`[${NUKTA}]|(?![${LETTER_MARK}\\u3099\\u309A])\\p{M}`, 'gu');
const SHARP_S = /[ßẞ]/g;

/**
 * Whether a language is written in a script whose marks spell its words
 * (Hindi, Bengali, Tamil, Thai…): there Pagefind must match them as written
 * (its `exactDiacritics`), or मेला (fair), माला (garland) and मिलेगा are
 * one word to it, and पुल (bridge) is पल (moment).
 * @example marksSpellWords('hi') // true
 * @example marksSpellWords('fr') // false
 */
export function marksSpellWords(language: string): boolean {
  const script = languageScript(language);
  return LETTER_MARK_SCRIPTS.some((code) => code === script);
}

/**
 * A word without its accents and other combining marks, as Pagefind indexes
 * it (its `normalize_diacritics`: decomposed, marks dropped), so that a word
 * typed without them finds the word written with them, as a search of the
 * word alone already does. Recomposed after, so Hangul stays syllables. The
 * marks that spell a word in the scripts of India and South-East Asia (vowel
 * signs, viramas) and Japanese voiced marks stay, as Pagefind matches them
 * there (marksSpellWords); a nukta goes, as an accent does.
 * ß (and capital ẞ) is written ss where it is missing (Switzerland,
 * keyboards without it), and Pagefind's German stemmer indexes and searches
 * both as ss: "Strassenfest" finds "Straßenfest". It has no decomposition, so
 * it is folded by name, as a mark the reader did not type; so are œ and æ,
 * spelled oe and ae (src/lib/ligatures.ts): "coeur" finds « cœur ». Full-width digits
 * and letters are written as ASCII (foldWidth), as normalizeText writes them.
 * @example foldMarks('saúde') // 'saude'
 * @example foldMarks('Straße') // 'Strasse'
 * @example foldMarks('Cœur') // 'Coeur'
 * @example foldMarks('ज़िला') // 'जिला'
 * @example foldMarks('Đời sống') // 'Doi song'
 */
export function foldMarks(text: string): string {
  return foldWidth(spellLigatures(text.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(SHARP_S, 'ss')));
}

const UMLAUT_SPELLED: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const UMLAUT_SOURCE = '[äöüÄÖÜ]|(?<=[aouAOU])\u0308';
const UMLAUT = new RegExp(UMLAUT_SOURCE, 'g');
const AN_UMLAUT = new RegExp(UMLAUT_SOURCE);

/**
 * German's umlauts spelled as they are where they are missing (ä as ae, ö as oe, ü as ue): how a
 * reader without them types "Muenchen" for "München", which Pagefind's German stemmer finds.
 * @example spellUmlauts('Schüler in München') // 'Schueler in Muenchen'
 */
export function spellUmlauts(text: string): string {
  return text.replace(UMLAUT, (letter) => UMLAUT_SPELLED[letter] ?? 'e');
}

/** Whether a text has an umlaut, precomposed or written decomposed (spellUmlauts would change it). */
export function hasUmlaut(text: string): boolean {
  return AN_UMLAUT.test(text);
}

/** Whether a word typed without marks may spell an umlaut (ae, oe, ue): it is then also read against the text so spelled. */
export function spellsUmlaut(word: string): boolean {
  return /[aou]e/i.test(word);
}

/**
 * A word typed with umlauts spelled out, as its letters read with their marks dropped (foldMarks): ae as a,
 * oe as o, ue as u, as Pagefind's German stemmer indexes "München" and finds it for "Muenchen".
 * @example umlautsUnspelled('muenchen') // 'munchen'
 */
export function umlautsUnspelled(word: string): string {
  return word.replace(/([aou])e/gi, '$1');
}

const GREEK_LETTER = /\p{Script=Greek}/u;

/**
 * Whether a Greek word typed with its accents stands in the text without any: Greek prints its capitals without
 * accents (ΣΕΙΣΜΟΣ for σεισμός, ΛΕΥΚΩΣΙΑ for Λευκωσία). A word written with other accents is another word
 * (νόμος is not νομός).
 * @example unaccentedGreek('σεισμός', 'σεισμος') // true
 * @example unaccentedGreek('νομός', 'νόμος') // false
 */
export function unaccentedGreek(typed: string, written: string): boolean {
  return GREEK_LETTER.test(typed) && written === foldMarks(written) && foldMarks(typed) === written;
}

/**
 * Whether a text holds every phrase as whole words in that order, ignoring
 * case, punctuation and line breaks between the words, and the accents the
 * reader did not type (a word typed with accents must have them: « pêche »
 * is not « péché »; in Greek, or none at all: unaccentedGreek).
 * @example matchesPhrases('New battery electric buses.', ['battery electric']) // true
 * @example matchesPhrases('Battery-electric buses', ['battery electric']) // true: punctuation is not a word
 * @example matchesPhrases('electric battery', ['battery electric']) // false
 * @example matchesPhrases('os postos de saúde', ['postos de saude']) // true
 * @example matchesPhrases('早めの避難を呼びかけた', ['避難の早め']) // false: in scripts without spaces, as typed, anywhere
 */
export function matchesPhrases(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const normalized = normalizeText(text);
  const words = normalized.split(' ');
  // Folded whole, not word by word (0.178 -> 0.109 ms a 600-word article): folding never moves a space.
  const folded = foldMarks(normalized).split(' ');
  // Umlauts spelled out, for words typed so ("Muenchner"): made only when a phrase has such a word.
  let spelled: string[] | undefined;
  const umlautsSpelled = () => (spelled ??= foldMarks(spellUmlauts(normalized)).split(' '));
  // Arabic's joined words are looked under only in an Arabic text, not a Persian or Urdu one (joinsProclitics);
  // Hebrew's only in a Hebrew text, not a Yiddish one (joinsHebrewPrefixes).
  const joins = { arabic: joinsProclitics(normalized), hebrew: joinsHebrewPrefixes(normalized) };
  // Closed up, for phrases in the Arabic script: made when one is checked.
  let closedWords: ClosedText | undefined;
  let closedFolded: ClosedText | undefined;
  return phrases.every((phrase) => {
    // Written without spaces, the phrase stands anywhere in a run of letters, as typed: within a word or across
    // words, and a space typed between two such letters (「東京 電力」) is no space in the text.
    if (UNSPACED.test(phrase)) {
      const typed = closeUnspaced(normalizeText(phrase));
      return closeUnspaced(typed === foldMarks(typed) ? folded.join(' ') : normalized).includes(typed);
    }
    // Each word typed, and the text's words to compare it with: as written, or folded when typed without accents.
    const typed = normalizeText(phrase)
      .split(' ')
      .map((word) => {
        const plain = word === foldMarks(word);
        return {
          word,
          against: plain ? folded : words,
          spelled: plain && spellsUmlaut(word) ? umlautsSpelled() : undefined,
        };
      });
    for (let start = 0; start + typed.length <= words.length; start++)
      if (
        typed.every(
          ({ word, against, spelled: other }, i) =>
            sameWord(word, against[start + i] ?? '', joins) ||
            (other !== undefined && other[start + i] === word) ||
            unaccentedGreek(word, words[start + i] ?? ''),
        )
      )
        return true;
    // Persian and Urdu write a word's parts with a non-joiner, a space or nothing (پیش‌بینی, پیش بینی, پیشبینی; می‌شود,
    // میشود), each reader and paper their own way: the phrase's letters side by side, from a word's start to one's end.
    // Not in Arabic, where words written apart or together are other words ("كل ما", "كلما").
    if (ARABIC_LETTER.test(phrase) && !joins.arabic) {
      const closedPhrase = typed.map(({ word }) => word).join('');
      const plain = closedPhrase === foldMarks(closedPhrase);
      return standsClosed(closedPhrase, plain ? (closedFolded ??= closed(folded)) : (closedWords ??= closed(words)));
    }
    return false;
  });
}

/** A text's words written without the spaces between them, and where each began and ended. */
interface ClosedText {
  text: string;
  starts: Set<number>;
  ends: Set<number>;
}

function closed(words: readonly string[]): ClosedText {
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const word of words) {
    starts.add(at);
    at += word.length;
    ends.add(at);
  }
  return { text: words.join(''), starts, ends };
}

/**
 * Whether letters stand side by side in a text closed up (closed), from the start of one of its words to the end of one.
 * @example standsClosed('پیشبینی', closed(['پیش', 'بینی', 'می'])) // true
 * @example standsClosed('بینی', closed(['پیشبینی'])) // false
 */
function standsClosed(letters: string, text: ClosedText): boolean {
  for (let at = text.text.indexOf(letters); at >= 0; at = text.text.indexOf(letters, at + 1))
    if (text.starts.has(at) && text.ends.has(at + letters.length)) return true;
  return false;
}

/**
 * Whether a word of the text is the word typed in a phrase: the same, or, in Arabic, written with a
 * conjunction, the article or a preposition with the article the reader did not type (وتوزيع for توزيع,
 * وبالمياه for المياه), as a search for the word alone finds it (src/search/proclitics.ts); in Hebrew, with the
 * letters Hebrew joins to a word's front (בשוק, והשוק for שוק: src/lib/hebrew-prefixes.ts). A proclitic or
 * prefix typed is asked for: وتوزيع is not توزيع, والمياه not بالمياه, השוק not בשוק.
 * @example sameWord('توزيع', 'وتوزيع', { arabic: true, hebrew: false }) // true
 * @example sameWord('المياه', 'وبالمياه', { arabic: true, hebrew: false }) // true
 * @example sameWord('وتوزيع', 'توزيع', { arabic: true, hebrew: false }) // false
 * @example sameWord('שוק', 'בשוק', { arabic: false, hebrew: true }) // true
 */
function sameWord(typed: string, written: string, joins: { arabic: boolean; hebrew: boolean }): boolean {
  if (typed === written) return true;
  if (joins.arabic && ARABIC_LETTER.test(typed)) return withPhraseProclitic(typed, written);
  return joins.hebrew && withHebrewPrefix(typed, written);
}

/**
 * Whether each phrase stands whole in one of the texts (a headline, a
 * writer's name, the article's text): none runs from one into the next.
 * @example phrasesInOneOf(['Ferry back', 'Mara Quill', 'Tobias Wren'], ['quill tobias']) // false
 */
export function phrasesInOneOf(texts: readonly string[], phrases: readonly string[]): boolean {
  return phrases.every((phrase) => texts.some((text) => matchesPhrases(text, [phrase])));
}

/**
 * The phrase written as one word, as Pagefind also indexes a word joined by
 * marks (`battery-electric`, `battery·electric` → `batteryelectric`): a
 * search for it finds where the phrase is written so, including joins whose
 * parts Pagefind does not index on their own: marks other than ASCII
 * punctuation and those the indexer gives it a stand-in for
 * (src/search/word-joins.ts: apostrophes, dashes, hyphens). When no such word
 * is in the index, Pagefind answers with the parts wherever they stand (it
 * splits unknown compounds), so only a position none of the words has is
 * evidence of a joined word.
 * @example joinedPhrase('Battery electric') // 'batteryelectric'
 */
export function joinedPhrase(phrase: string): string {
  return normalizeText(phrase).replaceAll(' ', '');
}

/**
 * Whether a page may hold a phrase, from where each of its words as typed
 * stands in the page (Pagefind's result `words` for a search of that word
 * alone: `don't` as one word, Pagefind indexing no `t`), before its text is
 * loaded. Written as words, the phrase's words stand on
 * consecutive positions; joined by a hyphen or another mark Pagefind splits
 * words at, several share one position. So the page may hold it only if some
 * position of the first word is followed, word after word, by a position of
 * the next at the same place or the one after. Pagefind matches stems and
 * prefixes, so positions may be too many, never too few.
 * @param positions per word of the phrase, in order, that word's positions in the page
 * @example mayHoldPhrase([[3, 20], [21, 40]]) // true: 20, 21
 * @example mayHoldPhrase([[4], [4]]) // true: one hyphenated word
 * @example mayHoldPhrase([[3, 20], [5, 30]]) // false
 */
export function mayHoldPhrase(positions: readonly (readonly number[])[]): boolean {
  let reached = new Set(positions[0] ?? []);
  for (const next of positions.slice(1))
    reached = new Set(next.filter((position) => reached.has(position) || reached.has(position - 1)));
  return reached.size > 0;
}
