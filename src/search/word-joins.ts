/**
 * Words joined by typographic punctuation, as Pagefind reads them. Pagefind
 * 1.6 indexes a word joined by ASCII punctuation (`d'artisans`,
 * `battery-electric`) whole and also as its parts, but it splits only at
 * ASCII punctuation (its `get_discrete_words`): "d’artisans" with a
 * typographic apostrophe, "1998–2003" with an en dash, "economy—and" with an
 * em dash are one word to it, so "artisans", "2003" and "and" do not find
 * them. That hides most nouns of a French, Italian or Catalan archive
 * (l’, d’, qu’, dell’) from a search for the noun alone.
 *
 * So the pages Pagefind reads (the indexer's view of each shard,
 * src/search/indexer.ts) carry an ASCII stand-in where such a mark joins two
 * word characters, and the search page turns it back in the excerpts Pagefind
 * returns (src/search/results.ts): readers see the article's own characters.
 * A stand-in already written between two word characters is doubled in the
 * view and halved back, so the round trip is exact. Readers' queries need
 * nothing: Pagefind drops punctuation from a query, ASCII or not.
 *
 * A number written in another script's digits (Devanagari ३०, Arabic-Indic
 * ٣٠) gets a twin in ASCII digits joined to it by a stand-in (`३०@30`), so
 * Pagefind indexes both and a number is found however it is written; the
 * query's digits go to Pagefind as ASCII ones (src/search/proclitics.ts,
 * pagefindWord), and the twin is taken out again with the stand-ins. A word
 * written with a ligature (œ, æ, a PDF's ﬁ) gets its twin spelled out the
 * same way (`cœur@coeur`), and a query's ligatures are spelled out too: each
 * spelling finds the other. In a Hebrew text, a word with letters joined to
 * its front gets twins of what follows them (`והשוק@השוק@שוק`), so the bare
 * word finds it (src/lib/hebrew-prefixes.ts); so does an Amharic word, with
 * its prefix, and in the one spelling of its letters that sound alike
 * (`በሥራ@ሥራ@በስራ@ስራ`, src/lib/ethiopic-letters.ts); so does a Turkish word with a
 * capital I, in Turkish's lower case (`Işık@Işik@ışık`). Ethiopic's wordspace ፡,
 * which older texts set between words without a space, gets a stand-in.
 */
import { asciiDigits, OTHER_DIGIT } from '../lib/digits.ts';
import { hasLigature, LIGATURE, spellLigatures, writesDotlessI } from '../lib/ligatures.ts';
import { pagefindBody } from './indexed-part.ts';
import { SPACE_BETWEEN_SENTENCES, WORD_CHARS } from '../lib/word-characters.ts';
import { CONJUNCTION_BEFORE_ARTICLE } from './proclitics.ts';
import { hasArabicForms, persianLetters, usesPersianLetters } from '../lib/persian-letters.ts';
import { HEBREW_LETTER, HEBREW_WORD, hebrewStems, joinsHebrewPrefixes } from '../lib/hebrew-prefixes.ts';
import { joinSplitLetters, maySplitLetters } from '../lib/split-letters.ts';
import { amharicTwins, ETHIOPIC_LETTERS, ETHIOPIC_WORD, writesAmharic } from '../lib/ethiopic-letters.ts';
import { hasSerbianCyrillic, isSerbianCyrillicWord, serbianLatin, readInLatinLetters } from '../lib/serbian-script.ts';

/**
 * Each joining mark and its stand-in: ASCII punctuation, so Pagefind splits
 * there. Any would do (one already between two words is doubled); these are
 * rare there, so a page's view seldom differs from it for their sake.
 */
const STAND_INS: ReadonlyMap<string, string> = new Map([
  ['\u2019', '`'], // ’ apostrophe: l’avion, dell’anno, Obama’s
  ['\u2018', '{'], // ‘ turned the wrong way by auto-correction: l‘avion
  ['\u00B4', '$'], // ´ acute accent typed for an apostrophe: d´artisans
  ['\u2013', '^'], // – en dash: 1998–2003, Paris–Berlin
  ['\u2014', '|'], // — em dash written closed up: economy—and
  ['\u2010', '\\'], // ‐ hyphen, as typesetting and PDF exports write it: battery‐electric
  ['\u2011', '~'], // ‑ non-breaking hyphen: peut‑être
  ['\u05BE', '#'], // ־ Hebrew maqaf, a hyphen: בית־ספר
  ['\u05F3', '%'], // ׳ Hebrew geresh, Hebrew's apostrophe in a word from abroad: צ׳יאנג, ג׳ורג׳
  ['\u2026', '*'], // … ellipsis written closed up: wait…what
  // ʼ modifier letter apostrophe, Ukrainian's own (п’ять is also written пʼять): a letter to Unicode and Pagefind,
  // so a word written with it was one word that "п'ять" typed with an ASCII apostrophe did not find.
  ['\u02BC', '}'],
  // Zero-width non-joiner, which Persian writes inside a word between its parts (زلزله‌زدگان, کتاب‌ها, می‌شود): one
  // word to Pagefind, which "زدگان" or the parts typed with a space did not find.
  ['\u200C', '='],
  // Ethiopic's wordspace and comma, which older texts set between words without a space (የጥንታዊ፡ብራና፡መጻሕፍት): one
  // word to Pagefind, which ብራና did not find.
  ['\u1361', '!'],
  ['\u1363', ';'],
]);

/**
 * Put where there is no mark at all: after Arabic's و or ف joined to the
 * article (والمياه, "and the water"), which Pagefind's stemmer leaves on the
 * word (src/search/proclitics.ts), so that the word is indexed with its
 * article alone too and found by المياه, مياه and والمياه alike.
 */
const CONJUNCTION_STAND_IN = '+';

/**
 * Joins a number in another script's digits to its ASCII twin, and a word
 * written with a ligature to its twin spelled out (`cœur@coeur`: no stemmer
 * turns « cœur » into the "coeur" a French keyboard types), which restoreJoins takes out.
 */
const TWIN = '@';
const OTHER_DIGITS = new RegExp(`${OTHER_DIGIT}+`, 'gu');
const HAS_OTHER_DIGIT = new RegExp(OTHER_DIGIT, 'u');
const TWINNED = new RegExp(`(${OTHER_DIGIT}+)${TWIN}(?!${TWIN})([0-9]+)`, 'gu');
// From a word's start only (as LIGATURE_TWINNED): tried at every letter, a 4 KB page without a ligature took about 1 ms.
const LIGATURE_WORDS = new RegExp(`(?<![\\p{L}\\p{M}])[\\p{L}\\p{M}]*${LIGATURE}[\\p{L}\\p{M}]*`, 'gu');
// From a word's start only: tried at every letter, the search took about 1 ms on a 4 KB text without a twin.
const LIGATURE_TWINNED = new RegExp(
  `(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]*${LIGATURE}[\\p{L}\\p{M}]*)${TWIN}(?!${TWIN})([\\p{L}\\p{M}]+)`,
  'gu',
);
const HEBREW_TWINNED = new RegExp(`(${HEBREW_WORD.source})((?:${TWIN}${HEBREW_WORD.source})+)`, 'gu');
const ETHIOPIC_TWINNED = new RegExp(`(${ETHIOPIC_WORD.source})((?:${TWIN}${ETHIOPIC_WORD.source})+)`, 'gu');
const PARTED_CONJUNCTION = new RegExp(`(?<![${WORD_CHARS}])${CONJUNCTION_BEFORE_ARTICLE.source}`, 'gu');

const JOIN_BY_STAND_IN = new Map([
  ...[...STAND_INS].map(([join, standIn]): [string, string] => [standIn, join]),
  [CONJUNCTION_STAND_IN, ''],
  [TWIN, ''],
]);

/** A character class of `chars`, escaped. */
const charClass = (chars: Iterable<string>) => `[${[...chars].join('').replace(/[\^\]\\-]/g, '\\$&')}]`;
const REWRITTEN = charClass([...[...STAND_INS].flat(), CONJUNCTION_STAND_IN, TWIN]);
const MAY_REWRITE = new RegExp(REWRITTEN, 'u');
const MAY_PART = new RegExp(CONJUNCTION_BEFORE_ARTICLE.source, 'u');
/** Whether a text may hold a mark, a stand-in, a conjunction to part or a number to twin. */
const mayRewrite = (text: string) =>
  MAY_REWRITE.test(text) || MAY_PART.test(text) || HAS_OTHER_DIGIT.test(text) || hasLigature(text);
/** A run of `chars` with a word character on either side (ʼ, a letter to Unicode, is a mark here, never a side). */
const runBetweenWords = (chars: string) =>
  new RegExp(`(?<=[${WORD_CHARS}])(?<!\u02BC)${chars}+(?=[${WORD_CHARS}])(?!\u02BC)`, 'gu');
const TO_STAND_INS = runBetweenWords(REWRITTEN);
const FROM_STAND_INS = runBetweenWords(charClass(JOIN_BY_STAND_IN.keys()));

/** Whether a run is one character repeated. */
const repeated = (run: string) => [...run].every((char) => char === run[0]);

/** The languages whose words a text is twinned for, in the index: what each page's own language asks. */
export interface TwinnedLanguages {
  /** Hebrew: words twinned without the letters joined to their front (src/lib/hebrew-prefixes.ts). */
  hebrew?: boolean;
  /** Amharic: words twinned without their prefixes and in one spelling (amharicTwins). */
  amharic?: boolean;
  /**
   * Serbian (Bosnian, Montenegrin): a Cyrillic word with a letter whose Latin one carries a mark (ш š, ж ž, ч č,
   * ћ ć, ђ đ, џ dž) twinned in Latin letters. Pagefind's stemmer reads Cyrillic as Latin with the marks, and folds
   * them off Latin text and queries: "skupština" typed finds "скупштина" by its twin, as "Beograd" finds "Београд".
   */
  serbian?: boolean;
  /**
   * Turkish (Azerbaijani): a word with a capital dotless I twinned in Turkish's lower case ("IŞIK@ışık"), one opening
   * with ı as a capitalised query reaches Pagefind ("ılık@ilık": turkishTwin). Pagefind lowers I to i, as languages
   * without ı do: "Işık" and "IŞIK" were "işık" and "işik" to it, which its Turkish stemmer reads apart from "ışık", so
   * a reader typing the word as Turkish writes it found neither, and "Işık" typed missed "ışıkları".
   */
  turkish?: boolean;
}

/**
 * A text with each joining mark between two word characters replaced by its
 * stand-in. A run of one stand-in already written there (`x^2`) gains one
 * more, so that restoreJoins can tell it from a mark. `before` and `after`
 * are the characters next to the text where it runs on across inline markup
 * ('' at a block's edge).
 * @example standInJoins('l’avion, 1998–2003') // 'l`avion, 1998^2003'
 * @example standInJoins('’s', 'a') // '`s'
 * @example standInJoins('x^2') // 'x^^2'
 * @example standInJoins('الكهرباء والمياه') // 'الكهرباء و+المياه'
 * @example standInJoins('३० प्रतिशत') // '३०@30 प्रतिशत'
 * @example standInJoins('le cœur') // 'le cœur@coeur'
 * @example standInJoins('מחירי הדגים בשוק', '', '', { hebrew: true }) // 'מחירי הדגים@דגים בשוק@שוק'
 * @example standInJoins('በሥራ ላይ', '', '', { amharic: true }) // 'በሥራ@ሥራ@በስራ@ስራ ላይ'
 * @example standInJoins('Градска скупштина', '', '', { serbian: true }) // 'Градска скупштина@skupština'
 * @example standInJoins('Ђоковић', '', '', { serbian: true }) // 'Ђоковић@Doković'
 * @example standInJoins('IŞIK', '', '', { turkish: true }) // 'IŞIK@ışık'
 */
export function standInJoins(
  text: string,
  before = '',
  after = '',
  { hebrew = false, amharic = false, serbian = false, turkish = false }: TwinnedLanguages = {},
): string {
  // A conjunction may stand just before the text, across inline markup (و<em>المياه</em>).
  if (
    !mayRewrite(text) &&
    !MAY_PART.test(before + text) &&
    !(hebrew && HEBREW_LETTER.test(text)) &&
    !(amharic && ETHIOPIC_LETTER.test(text)) &&
    !(serbian && hasSerbianCyrillic(text)) &&
    !(turkish && TURKISH_TWINNABLE.test(text))
  )
    return text;
  const rewritten = (before + text + after)
    .replace(TO_STAND_INS, (run) => {
      const standIn = STAND_INS.get(run);
      if (standIn) return standIn;
      return JOIN_BY_STAND_IN.has(run[0]!) && repeated(run) ? run + run[0] : run;
    })
    // After the stand-ins already written are doubled: the one put here is then read back as nothing.
    .replace(PARTED_CONJUNCTION, `$&${CONJUNCTION_STAND_IN}`);
  // After the stand-ins already written are doubled, so a twin's single one is told from them.
  let twinned = rewritten.slice(before.length, rewritten.length - after.length);
  // Each looked for only where it may be: every page's every block comes through here.
  if (HAS_OTHER_DIGIT.test(twinned))
    twinned = twinned.replace(OTHER_DIGITS, (digits) => `${digits}${TWIN}${asciiDigits(digits)}`);
  if (hasLigature(twinned))
    twinned = twinned.replace(LIGATURE_WORDS, (word) => `${word}${TWIN}${spellLigatures(word)}`);
  if (hebrew) twinned = twinned.replace(TWINNABLE_HEBREW_WORD, (word) => word + hebrewTwins(word));
  if (amharic) twinned = twinned.replace(TWINNABLE_ETHIOPIC_WORD, (word) => word + ethiopicTwins(word));
  if (serbian && hasSerbianCyrillic(twinned)) twinned = twinned.replace(TWINNABLE_CYRILLIC_WORD, serbianTwin);
  // After the ligature twin ("Işık@Işik"), which stays beside its word.
  if (turkish && TURKISH_TWINNABLE.test(twinned))
    twinned = twinned.replace(
      TWINNABLE_WORD,
      (whole, word: string, ligatureTwin: string, offset: number, all: string) => {
        const twin = turkishTwin(word);
        // A word markup splits ("<span class="dropcap">I</span>rak'ta") goes on past the text: no twin inside it.
        const split =
          (offset === 0 && LETTER.test(before)) || (offset + whole.length === all.length && LETTER.test(after));
        return twin === undefined || split ? whole : `${word}${ligatureTwin}${TWIN}${twin}`;
      },
    );
  return twinned;
}

/** A letter, as a text's neighbour across inline markup may be. */
const LETTER = /^[\p{L}\p{M}]/u;

/** The capital of Turkish ı, which Turkish lowers to ı and every other language to i. */
const CAPITAL_DOTLESS_I = 'I';
/** Whether a text may hold a word turkishTwin twins: one with a capital I, or one opening with ı. */
const TURKISH_TWINNABLE = /I|(?<![\p{L}\p{M}])ı/u;

/**
 * A Turkish word's twin in the index, as a reader's query reaches it: with a capital I, the word in Turkish's lower
 * case ("Işık", "IŞIK": ışık), which Pagefind, lowering I to i, never reads; opening with ı, the word as a query
 * capitalised by a phone or at a sentence's start reaches Pagefind ("Ilık" is "ilık" to it, for "ılık").
 * @example turkishTwin('IŞIK') // 'ışık'
 * @example turkishTwin('ılık') // 'ilık'
 * @example turkishTwin('kapı') // undefined
 */
function turkishTwin(word: string): string | undefined {
  if (word.includes(CAPITAL_DOTLESS_I)) return word.toLocaleLowerCase('tr');
  return word.startsWith('ı') ? `i${word.slice(1)}` : undefined;
}

/** A word (not a twin itself), with the ligature twin it may have (ı spelled i: "Işık@Işik"), for its Turkish twin. */
const TWINNABLE_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}${TWIN}])([\\p{L}\\p{M}]+)((?:${TWIN}[\\p{L}\\p{M}]+)?)(?![\\p{L}\\p{M}]|${TWIN}(?!${TWIN}))`,
  'gu',
);
/** A word, its ligature twin if any, and a twin after them, as standInJoins may have made them. */
const TURKISH_TWINNED = new RegExp(
  `(?<![\\p{L}\\p{M}${TWIN}])([\\p{L}\\p{M}]+)((?:${TWIN}[\\p{L}\\p{M}]+)?)${TWIN}(?!${TWIN})([\\p{L}\\p{M}]+)`,
  'gu',
);

/** What a word joined to another by a mark or a stand-in has beside it: no word to twin on its own (standingAlone). */
const JOINED_TO = `[${WORD_CHARS}${REWRITTEN.slice(1, -1)}\\-'"/]`;

/** Words of a pattern that stand alone, for their twins: not one joined to another by a mark or a stand-in. */
function standingAlone(word: string): RegExp {
  return new RegExp(`(?<!${JOINED_TO})${word}(?!${JOINED_TO})`, 'gu');
}

/** A Cyrillic word standing alone, for its Latin twin. */
const TWINNABLE_CYRILLIC_WORD = standingAlone('\\p{Script=Cyrillic}+');

/** Serbian Cyrillic letters whose Latin ones carry a mark, which Pagefind keeps on Cyrillic and folds off Latin. */
const MARKED_IN_LATIN = /[ђжћчџш]/iu;

/**
 * A Serbian Cyrillic word's Latin twin, as a query reaches the index: đ spelled d (spellLigatures), as every query
 * is but a Turkish one, and as Pagefind keeps it where it folds š and ć (Ђоковић is found typed "Đoković" or
 * "Dokovic").
 */
const latinTwin = (word: string) => spellLigatures(serbianLatin(word));

/**
 * A Serbian Cyrillic word and its Latin twin where its Latin letters carry a mark (see TwinnedLanguages); a word
 * with letters Serbian has not (a Russian name, Шойгу) as it is.
 */
const serbianTwin = (word: string) =>
  MARKED_IN_LATIN.test(word) && isSerbianCyrillicWord(word) ? `${word}${TWIN}${latinTwin(word)}` : word;

/** A Cyrillic word and its Latin twin, as serbianTwin made them. */
const SERBIAN_TWINNED = new RegExp(`(\\p{Script=Cyrillic}+)${TWIN}(\\p{Script=Latin}+)`, 'gu');

const ETHIOPIC_LETTER = new RegExp(ETHIOPIC_WORD.source, 'u');

/** An Ethiopic word standing alone, for its twins (as Hebrew's). */
const TWINNABLE_ETHIOPIC_WORD = standingAlone(ETHIOPIC_WORD.source);

/** What an Amharic word is twinned with in the index: `@` and each of its other forms (amharicTwins), or nothing. */
const ethiopicTwins = (word: string) =>
  amharicTwins(word)
    .map((form) => TWIN + form)
    .join('');

/**
 * A Hebrew word standing alone, for its twins: not one joined to another by a mark (בית־הספר, the geresh of
 * והפיצ׳ר, a hyphen), which Pagefind indexes whole with its parts: a twin in the middle would break that whole.
 */
const TWINNABLE_HEBREW_WORD = standingAlone(HEBREW_WORD.source);

/** What a Hebrew word is twinned with in the index: `@` and each of its stems (hebrewStems), or nothing. */
const hebrewTwins = (word: string) =>
  hebrewStems(word)
    .map((stem) => TWIN + stem)
    .join('');

const HAS_ETHIOPIC_LETTER = new RegExp(`[${ETHIOPIC_LETTERS}]`, 'u');

/** Each kind of twin restoreJoins takes out: whether a text may hold it, where it is, and what stays of it. */
const UNTWINNING: [
  (text: string) => boolean,
  RegExp,
  (whole: string, word: string, twins: string, ...rest: string[]) => string,
][] = [
  // Before the ligature twin it follows ("Işık@Işik@ışık").
  [
    (text) => TURKISH_TWINNABLE.test(text),
    TURKISH_TWINNED,
    (whole, word, ligatureTwin, twin) => (twin === turkishTwin(word) ? word + ligatureTwin : whole),
  ],
  [
    (text) => HAS_OTHER_DIGIT.test(text),
    TWINNED,
    (whole, digits, ascii) => {
      const twin = asciiDigits(digits);
      return ascii.startsWith(twin) ? digits + ascii.slice(twin.length) : whole;
    },
  ],
  [hasLigature, LIGATURE_TWINNED, (whole, word, spelled) => (spelled === spellLigatures(word) ? word : whole)],
  [
    (text) => HEBREW_LETTER.test(text),
    HEBREW_TWINNED,
    (whole, word, twins) => (twins === hebrewTwins(word) ? word : whole),
  ],
  [hasSerbianCyrillic, SERBIAN_TWINNED, (whole, word, twin) => (twin === latinTwin(word) ? word : whole)],
  [
    (text) => HAS_ETHIOPIC_LETTER.test(text),
    ETHIOPIC_TWINNED,
    (whole, word, twins) => (twins === ethiopicTwins(word) ? word : whole),
  ],
];

/**
 * The article's own characters back in a text Pagefind returns (an excerpt):
 * standInJoins undone.
 * @example restoreJoins('Les chalets d`artisans, 1998^2003') // 'Les chalets d’artisans, 1998–2003'
 * @example restoreJoins('x^^2') // 'x^2'
 * @example restoreJoins('३०@30 प्रतिशत') // '३० प्रतिशत'
 * @example restoreJoins('le cœur@coeur') // 'le cœur'
 * @example restoreJoins('והשוק@השוק@שוק') // 'והשוק'
 */
export function restoreJoins(text: string): string {
  if (!MAY_REWRITE.test(text)) return text;
  // A number's ASCII twin goes first: what is left of a stand-in written in the article is then a doubled run.
  // Each kind of twin is looked for only in a text that may hold it: a page of results reads each result's
  // whole text, and each search costs about 0.3 ms on 4 KB of text that has none.
  let untwinned = text;
  if (text.includes(TWIN))
    for (const [mayHold, twinned, restore] of UNTWINNING)
      if (mayHold(untwinned)) untwinned = untwinned.replace(twinned, restore);
  return untwinned.replace(FROM_STAND_INS, (run) => {
    if (run.length === 1) return JOIN_BY_STAND_IN.get(run)!;
    return repeated(run) ? run.slice(1) : run;
  });
}

/**
 * Elements Pagefind runs on into the next word without a space (its inline
 * elements and the others it adds nothing for): a mark before one joins the
 * word after it. Every other tag is taken for a break, which leaves the mark
 * as it is: never wrong, only unsplit.
 */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);

/** An element Pagefind reads a value from (its text is a title, a filter value or a sort key, never words to split). */
const RECORD_TAG = /\sdata-pagefind-(?:meta|filter|sort)\b/;
const META_TAG = /\sdata-pagefind-meta\b/;
const TAG = /(<[^>]*>)/;
const TAG_NAME = /^<\/?([a-zA-Z][\w-]*)/;

/** Whether Pagefind reads on across this tag without a break: an inline element's, carrying no data-pagefind- attribute. */
function runsOn(tag: string): boolean {
  const name = TAG_NAME.exec(tag)?.[1]?.toLowerCase();
  return name !== undefined && INLINE.has(name) && !tag.includes('data-pagefind-');
}

/** The last character of a text, a letter outside the Basic Multilingual Plane whole. */
function lastCharacter(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/** The last (or first) character of the text next to `parts[index]` across inline tags, '' at a break. */
function neighbour(parts: readonly string[], index: number, step: -1 | 1): string {
  for (let tag = index + step; tag >= 0 && tag < parts.length; tag += 2 * step) {
    if (!runsOn(parts[tag]!)) return '';
    const text = parts[tag + step] ?? '';
    if (text) return step === -1 ? lastCharacter(text) : String.fromCodePoint(text.codePointAt(0)!);
  }
  return '';
}

/**
 * A page as Pagefind should read it: the text of its `data-pagefind-body`
 * element with joining marks replaced by their stand-ins (standInJoins), in
 * a page in `language` written with Persian's letters their yeh and kaf as
 * Persian writes them (persianLetters),
 * markup and attributes as they are, and the values Pagefind records
 * (`data-pagefind-meta`, `-filter`, `-sort`) untouched: a filter must keep the
 * name the search page offers. The page itself as it is when nothing changes.
 */
export function pageForIndex(html: string, language?: string): string {
  const body = pagefindBody(html);
  if (!body) return html;
  const element = html.slice(body.start, body.end);
  // Persian, Urdu and Sorani pages hold their own yeh and kaf, however typed (src/lib/persian-letters.ts).
  const letters = usesPersianLetters(language) && hasArabicForms(element, language);
  // A Hebrew page's words are twinned without the letters joined to their front (src/lib/hebrew-prefixes.ts).
  const hebrew = joinsHebrewPrefixes(element, language);
  // An Amharic page's words are twinned without their prefixes and in one spelling (src/lib/ethiopic-letters.ts).
  const amharic = writesAmharic(language) && ETHIOPIC_LETTER.test(element);
  // A Serbian page's Cyrillic words are twinned in Latin letters where those carry marks (TwinnedLanguages).
  const serbian = readInLatinLetters(language) && hasSerbianCyrillic(element);
  // A Turkish page's words with a capital I are twinned in Turkish's lower case (TwinnedLanguages).
  const turkish = language !== undefined && writesDotlessI(language) && TURKISH_TWINNABLE.test(element);
  // Thai's sara am written in two parts (ลําไย, from a PDF) is indexed joined, as queries are (src/lib/split-letters.ts).
  const split = maySplitLetters(element);
  const endsWithoutStops = NO_FULL_STOP_LETTER.test(element);
  // A conjunction may be parted from its word by inline markup (و<em>المياه</em>): any و or ف is worth a look.
  if (
    !letters &&
    !hebrew &&
    !amharic &&
    !serbian &&
    !turkish &&
    !split &&
    !endsWithoutStops &&
    !MAY_REWRITE.test(element) &&
    !/[وف]/u.test(element) &&
    !HAS_OTHER_DIGIT.test(element) &&
    !hasLigature(element)
  )
    return html;
  const parts = element.split(TAG);
  let changed = false;
  for (let index = 0; index < parts.length; index += 2) {
    const text = parts[index]!;
    if (index > 0 && RECORD_TAG.test(parts[index - 1]!)) {
      // A headline or a writer's name, which the search reads too, in the letters its words are searched in; a
      // filter's value and a sort key stay as the search page offers them.
      if (letters && META_TAG.test(parts[index - 1]!) && hasArabicForms(text, language)) {
        parts[index] = persianLetters(text, language);
        changed = true;
      }
      continue;
    }
    const before = neighbour(parts, index, -1);
    const lettered = joinSplitLetters(letters ? persianLetters(text, language) : text);
    if (
      !mayRewrite(before + text) &&
      !(hebrew && HEBREW_LETTER.test(text)) &&
      !(amharic && ETHIOPIC_LETTER.test(text)) &&
      !(serbian && hasSerbianCyrillic(text)) &&
      !(turkish && TURKISH_TWINNABLE.test(text))
    ) {
      if (lettered !== text) {
        parts[index] = lettered;
        changed = true;
      }
      continue;
    }
    const rewritten = standInJoins(lettered, before, neighbour(parts, index, 1), { hebrew, amharic, serbian, turkish });
    if (rewritten !== text) {
      parts[index] = rewritten;
      changed = true;
    }
  }
  if (endsWithoutStops) changed = withoutAddedFullStops(parts) || changed;
  return changed ? html.slice(0, body.start) + parts.join('') + html.slice(body.end) : html;
}

/**
 * A letter of a script whose writers end a sentence with a space, or a stop of their own, never a full stop.
 * (Chinese and Japanese get theirs back in the excerpt: results.ts, fullStops.)
 */
const NO_FULL_STOP_LETTER = new RegExp(
  `[${SPACE_BETWEEN_SENTENCES}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Oriya}\\p{Script=Ethiopic}\\p{Script=Armenian}]`,
  'u',
);

const SPACED_SENTENCES_LETTER = new RegExp(`[${SPACE_BETWEEN_SENTENCES}]`, 'u');

/**
 * What ends a block whose last letter is `last` so that Pagefind adds no ". " after it: a space where sentences
 * end with one (Thai, Lao, Khmer, Burmese), else the script's own stop (Hindi's and Bengali's ।, Amharic's ።,
 * Armenian's ։), which Pagefind takes for punctuation already there.
 */
function blockEnd(last: string): string {
  if (SPACED_SENTENCES_LETTER.test(last)) return ' ';
  if (/\p{Script=Ethiopic}/u.test(last)) return '።';
  if (/\p{Script=Armenian}/u.test(last)) return '։';
  return '।';
}

/** The end tag of an element Pagefind reads as a sentence of its own (its parser's SENTENCE_SELECTORS). */
const SENTENCE_END = /^<\/(?:h[1-6]|p|td|div|ul|li|article|section)\s*>$/i;

/**
 * Pagefind ends each block whose text ends in a letter with ". " (so that its excerpts read as sentences), which in
 * Thai or Lao reads as a stray mark ("…สายตา. ตำรวจ…"), and in Hindi or Bengali as a Latin stop where theirs is ।
 * ("ঢাকা. বাংলা"): the block's own end (blockEnd) leaves Pagefind nothing to add. True when one was put anywhere.
 */
function withoutAddedFullStops(parts: string[]): boolean {
  let added = false;
  for (let index = 1; index < parts.length; index += 2) {
    if (!SENTENCE_END.test(parts[index]!)) continue;
    const text = parts[index - 1]!;
    const last = text ? lastCharacter(text) : neighbour(parts, index - 1, -1);
    // A letter, not the script's own stop already there (።, ։ are of their scripts too: a second made "።።").
    if (!NO_FULL_STOP_LETTER.test(last) || !/[\p{L}\p{M}\p{N}]/u.test(last)) continue;
    parts[index - 1] = `${text}${blockEnd(last)}`;
    added = true;
  }
  return added;
}
