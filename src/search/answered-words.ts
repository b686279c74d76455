/**
 * Words no page has. Pagefind 1.6 looks a searched word up by its stem among
 * the index's words; when no indexed word starts with it, it falls back to the
 * longest indexed word the stem starts with (its `find_word_extensions`,
 * "checking the inverse"). In an archive without "asteroid", that word is
 * "as": a search for it lists every page with "as", the excerpts marking "as".
 * In a Portuguese one, "arrombamento" finds "ar". Readers take that for
 * search being broken; "nothing found" is the answer.
 *
 * The fallback is all or nothing per index: either the word's stem starts
 * some indexed words (every match is one of them) or Pagefind matched the one
 * shorter word. So one page it found tells which: if the words it matched
 * there share too little of the word searched, the index has no answer for it
 * (src/client/archive-search.ts reads it from the first page of each shard the
 * search page shows, and searches again without a shard that lacks a word).
 * A matched word that begins with the whole word searched answers it. One
 * that shares only part of it is a stem ("running" finds "runs") or the
 * fallback ("Linekera" finds "lines", "český" finds French "ces"): letters
 * cannot tell, so the search page asks Pagefind for the word exactly, which
 * it finds only where the word's own stem is indexed.
 */
import { INDIC_SCRIPTS, languageScript, primaryLanguage, SCRIPT_NAMES, type ScriptCode } from '../lib/language-tags.ts';
import { serbianLatin, readInLatinLetters } from '../lib/serbian-script.ts';
import { BETWEEN_WORDS, UNSPACED } from '../lib/word-characters.ts';
import { foldMarks, normalizeText, spellsUmlaut, umlautsUnspelled } from './phrases.ts';
import { withoutProclitic } from './proclitics.ts';
import { META, metaValue, searchedMeta } from './record.ts';

/** What Pagefind keeps of a word to compare it: lowercase letters and digits, accents dropped. */
function searchKey(word: string): string {
  return foldMarks(normalizeText(word).replaceAll(' ', ''));
}

/** Whether a searched word can be checked here: it has letters or digits, in a script written with spaces (UNSPACED ones are segmented). */
export function checksWord(word: string): boolean {
  return searchKey(word) !== '' && !UNSPACED.test(word);
}

/**
 * How much of the word searched a word found must start with: a little
 * under half of its letters. A stemmer cuts endings, rarely more than half of
 * a word ("voting" finds "votes", "running" finds "runners"), while Pagefind's
 * fallback is a short word that only happens to begin it ("as" for
 * "asteroid", "sa" for "saude", "book" for "bookkeeper").
 */
const SHARED_PART = 0.45;

/**
 * Whether a word of a page answers the word searched: they begin alike for
 * at least SHARED_PART of the word searched, and two letters. A word joined by marks
 * (`battery-electric`) answers with any of its parts, as Pagefind indexes them.
 * @example answersWord('running', 'runners') // true
 * @example answersWord('asteroid', 'as') // false
 * @example answersWord('electric', 'battery-electric,') // true
 * @example answersWord('1200', '12') // false: a number is no stem
 * @example answersWord('Muenchen', 'München', 'de') // true
 */
export function answersWord(searched: string, found: string, lang = ''): boolean {
  // A number is no stem: "12" does not answer "1200". Otherwise two letters at least, where the word has them.
  return beginsAlike(
    searched,
    found,
    lang,
    (key, letters) =>
      /^\p{N}+$/u.test(key) ? letters : Math.max(Math.min(2, letters), Math.ceil(letters * SHARED_PART)),
    true,
  );
}

/**
 * Whether a word found (or one of its parts, joined by marks) and the word
 * searched, in one of its spellings, begin with the same letters, as many as
 * `need` asks of that spelling (its key and its length in letters). With
 * `searchedRoots`, an Indonesian word searched with a prefix is read as its
 * roots too (menangkap as tangkap): enough for a part, never the whole word,
 * as a root guessed from the word typed may be another word ("ketua" is no ke-
 * before "tua").
 */
function beginsAlike(
  searched: string,
  found: string,
  lang: string,
  need: (key: string, letters: number) => number,
  searchedRoots = false,
): boolean {
  // Serbian's two alphabets are one to Pagefind's stemmer: "Београд" answers "Beograd", and the other way round.
  const keyOf = readInLatinLetters(lang) ? (word: string) => searchKey(serbianLatin(word)) : searchKey;
  const keys = [found, ...found.split(BETWEEN_WORDS)].map(keyOf).flatMap((key) => withRoots(key, lang));
  // An Arabic word answers under its article or a joined preposition (الميناء for ميناء), as Pagefind's stemmer reads it.
  const parts = [...keys, ...keys.flatMap((key) => withoutProclitic(key) ?? [])].map((key) => [...key]);
  return spellings(keyOf(searched), lang, searchedRoots).some((key) => {
    const wanted = [...key];
    const least = need(key, wanted.length);
    return parts.some((part) => {
      let shared = 0;
      while (shared < least && part[shared] !== undefined && part[shared] === wanted[shared]) shared++;
      return shared >= least;
    });
  });
}

/**
 * Indonesian's prefixes, as its stemmer (Pagefind's Snowball one) takes them off: di-, ke-, meN- and peN- (the
 * nasal taking the place of the root's first letter: menangkap is tangkap, memukul pukul, menyapu sapu, mengirim
 * kirim), ter-, then per-, ber- and be-, one or two of them ("memperbaiki", "keberangkatan"). Each is followed by
 * the first letter the nasal replaced, where it may have.
 */
const INDONESIAN_PREFIX: readonly [RegExp, string[]][] = [
  [/^meng(?=[aeiou])|^peng(?=[aeiou])/, ['', 'k']],
  [/^meny|^peny/, ['s']],
  [/^mem(?=[aeiou])|^pem(?=[aeiou])/, ['p', '']],
  [/^men(?=[aeiou])|^pen(?=[aeiou])/, ['t', '']],
  [/^(?:meng|peng|mem|pem|men|pen|ber|ter|per|me|pe|be|di|ke)/, ['']],
  // "pe" and "per" both: perikanan is ikan, pelaut laut.
  [/^(?:pe|be)/, ['']],
];

/**
 * A word and, in an Indonesian page, the roots its prefixes may hide: Pagefind's stemmer finds "melaut" and
 * "kelautan" for "laut", and "penangkapan" for "menangkap", which begin otherwise.
 * @example withRoots('melaut', 'id').includes('laut') // true
 */
function withRoots(key: string, lang: string): string[] {
  if (primaryLanguage(lang) !== 'id') return [key];
  const roots = new Set([key]);
  for (let round = 0; round < 2; round++)
    for (const word of [...roots])
      for (const [prefix, restored] of INDONESIAN_PREFIX) {
        const bare = word.replace(prefix, '');
        // A root keeps three letters at least: "dia" (he) is no di- before "a".
        if (bare !== word) for (const first of restored) if (bare.length + first.length >= 3) roots.add(first + bare);
      }
  return [...roots];
}

/**
 * The ways a searched word may be written in a page's language: German
 * writes ä, ö, ü as ae, oe, ue where they are missing, and Pagefind's German
 * stemmer reads both alike ("Muenchen" finds "München", indexed as "munchen").
 * An Arabic word may be typed with its article or a joined preposition.
 */
function spellings(key: string, lang: string, roots = false): string[] {
  if (primaryLanguage(lang) === 'de' && spellsUmlaut(key)) return [key, umlautsUnspelled(key)];
  // An Indonesian word typed with a prefix (menangkap) answers in part as its root does (tangkap).
  if (roots && primaryLanguage(lang) === 'id') return withRoots(key, lang);
  // Typed with its article (الميناء), an Arabic word finds pages that write it without (ميناء), as Pagefind stems it.
  const bare = withoutProclitic(key);
  return bare ? [key, bare] : [key];
}

/**
 * Whether a word found begins with the whole word searched, as typed or in a
 * spelling of the page's language: the word itself, or it read further.
 * @example beginsWithWord('Lineker', 'Linekera') // true
 * @example beginsWithWord('running', 'runs') // false
 */
export function beginsWithWord(searched: string, found: string, lang = ''): boolean {
  // All of the word searched; a word of no letters begins nothing.
  return beginsAlike(searched, found, lang, (_, letters) => letters || Infinity);
}

/**
 * How a page Pagefind found answers a word searched: with the word itself
 * (`whole`), with a word sharing enough of it to be its stem or the shorter
 * word Pagefind falls back to (`part`, which only a search for the word
 * exactly tells apart), or not at all (`none`).
 */
export type WordAnswer = 'whole' | 'part' | 'none';

/** What a found page tells of its words: Pagefind's result data. */
export interface FoundPage {
  /** The page's text as Pagefind stored it (`raw_content`: its words split as positions count them). */
  raw_content?: string;
  content?: string;
  meta?: Record<string, string | undefined>;
}

/**
 * Whether the page Pagefind found for a word answers it: a matched word of
 * its text, or else (a page found by its title or a writer's name) a
 * word of the meta fields searched (SEARCHED_META).
 * @param positions where the search matched words in the text: the result's
 *   own `words`, not the data's `locations`, which Pagefind keeps on one object
 *   per page and overwrites with each search that loads the page again
 */
export function pageAnswersWord(searched: string, page: FoundPage, positions: readonly number[]): WordAnswer {
  const matched = matchedWords(page, positions);
  const lang = metaValue(page.meta, META.lang);
  const answer = (candidates: readonly string[]): WordAnswer =>
    candidates.some((word) => beginsWithWord(searched, word, lang))
      ? 'whole'
      : candidates.some((word) => answersWord(searched, word, lang))
        ? 'part'
        : 'none';
  const inText = answer(matched);
  if (inText === 'whole') return inText;
  const inMeta = answer(searchedMeta(page.meta).flatMap((text) => text.split(/\s+/)));
  return inMeta !== 'none' ? inMeta : inText;
}

/** The words of a page's text at the positions where the search matched. */
function matchedWords(page: FoundPage, positions: readonly number[]): string[] {
  const text = page.raw_content ?? page.content ?? '';
  // Pagefind counts positions between zero-width spaces where it segmented the text, else between spaces.
  const words = text.includes('\u200B') ? text.split('\u200B') : text.split(/[\r\n\s]+/);
  return positions.map((position) => words[position] ?? '');
}

/**
 * Whether Pagefind read a word searched as a stem far shorter than the word,
 * so that it matches every word sharing that much: its Turkish stemmer takes
 * "Ayşe", a common name, to "a", and a page with Ayşe in it is found with
 * "açıldı", "Ankara" and "arasında" beside it, as is every page with words
 * in a-. Told by the page's matched words that begin with the same letter as
 * the word searched: three different ones that do not answer it
 * (answersWord), outnumbering those that do. (Words of the query's other
 * words stand among the matched ones too: they seldom share its first letter.)
 * @param positions where the search matched words in the text (the result's own `words`)
 * @example overStemmed('Ayşe', { content: 'Ayşe açtı Ankara arasında' }, [0, 1, 2, 3]) // true
 */
export function overStemmed(searched: string, page: FoundPage, positions: readonly number[]): boolean {
  const lang = metaValue(page.meta, META.lang);
  const first = searchKey(searched).charAt(0);
  if (first === '') return false;
  const alike = new Set(
    matchedWords(page, positions)
      .map((word) => word.split('@')[0] ?? word)
      .filter((word) => searchKey(word).startsWith(first))
      .map((word) => searchKey(word)),
  );
  let answering = 0;
  for (const word of alike) if (answersWord(searched, word, lang)) answering++;
  const others = alike.size - answering;
  return others >= 3 && others > answering;
}

/** The scripts a word searched is told by, as ISO 15924 codes (names: SCRIPT_NAMES), each a pattern for its letters. */
const WORD_SCRIPTS: readonly ScriptCode[] = [
  'Latn',
  'Cyrl',
  'Grek',
  'Arab',
  'Hebr',
  'Armn',
  'Geor',
  'Ethi',
  ...INDIC_SCRIPTS,
];
const SCRIPT_LETTER = WORD_SCRIPTS.map(
  (code) => [code, new RegExp(`^\\p{Script=${SCRIPT_NAMES[code]}}`, 'u')] as const,
);

/**
 * Whether a word searched is written in the script of this index's language
 * and of no other language of the archive: then a shorter word Pagefind
 * answers it with is that language's too (Tamil மதுரையில், "in Madurai",
 * answered with மதுரை, "Madurai", which Pagefind's Tamil stemmer reads apart),
 * never another language's, and needs no exact search to be believed.
 * Words in a script several of the archive's languages share (Latin in an
 * English and French archive) are checked as before.
 * @example ownScriptWord('மதுரையில்', 'ta', ['bn', 'ta', 'en']) // true
 * @example ownScriptWord('Chambéry', 'en', ['en', 'fr']) // false
 */
export function ownScriptWord(word: string, language: string, languages: readonly string[]): boolean {
  const letter = [...word].find((character) => /\p{L}/u.test(character)) ?? '';
  const script = SCRIPT_LETTER.find(([, pattern]) => pattern.test(letter))?.[0];
  if (script === undefined || languageScript(language) !== script) return false;
  return languages.filter((other) => languageScript(other) === script).length === 1;
}
