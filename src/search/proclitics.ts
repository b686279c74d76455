/**
 * Arabic writes its article and some one-letter conjunctions and
 * prepositions joined to the word: الميناء is ال + ميناء ("the port"),
 * والميناء "and the port", وبالميناء "and at the port". Pagefind's Arabic
 * stemmer takes them off (a conjunction, then an article or preposition), so
 * a search for ميناء finds pages that only say الميناء; what checks and marks
 * the words a search found must see the same word under them. (The query
 * word as Pagefind can find it, pagefindWord, also writes its digits in ASCII.)
 */
import { asciiDigits } from '../lib/digits.ts';
import { spellLigatures } from '../lib/ligatures.ts';
import { joinSplitLetters } from '../lib/split-letters.ts';

/** A letter of the Arabic script: where the rules of this module apply. */
export const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * Letters the other languages written in Arabic letters have and Arabic has not: Persian and Urdu ی ک گ پ چ ژ,
 * Urdu ے ٹ ڈ ڑ ں ہ ھ, Kurdish and Uyghur ە ۆ ێ ۇ ۈ ۋ ې. Those languages join no article or conjunction to a
 * word: in a text with one of these letters, وزیر is a word of its own, not و + زیر.
 */
const NOT_ARABIC_LETTER =
  /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u0679\u0688\u0691\u06BA\u06C1\u06BE\u06D5\u06C6\u06CE\u06C7\u06C8\u06CB\u06D0]/u;

/**
 * Whether a text reads as Arabic, whose joined proclitics the phrase check and the highlighter look under: in
 * Arabic letters, and none of the letters only other languages write with them.
 * @example joinsProclitics('وتوزيع المياه') // true
 * @example joinsProclitics('وزیر نظر خود را گفت') // false (Persian)
 * @example joinsProclitics('وتوزيع المياه في أربيل وهەولێر') // true (one Kurdish name in Arabic)
 */
export function joinsProclitics(text: string): boolean {
  if (!ARABIC_LETTER.test(text)) return false;
  if (!NOT_ARABIC_LETTER.test(text)) return true;
  // A Kurdish place name or a Persian keyboard's ک in an Arabic article leaves it Arabic: the words decide.
  const words = text.match(ARABIC_WORDS) ?? [];
  const others = words.filter((word) => NOT_ARABIC_LETTER.test(word)).length;
  return others / words.length < NOT_ARABIC_SHARE;
}

/** Words in Arabic letters, for the share written with letters Arabic does not use. */
const ARABIC_WORDS = /\p{Script=Arabic}+/gu;
/** The share of a text's Arabic-script words with such letters above which it is Persian, Urdu or Kurdish (a Persian story: a third or more). */
const NOT_ARABIC_SHARE = 0.2;

/** A conjunction (و, ف), then the article with or without a preposition, or a preposition alone. */
export const PROCLITIC_SOURCE = '(?:[وف]?(?:بال|كال|لل|ال|ب|ك|ل)|[وف])';

/** Letters a word keeps after its proclitic: fewer would be a short word that only begins so (ولد is no و + لد). */
const LEAST_STEM = 3;

const LEADING_PROCLITIC = new RegExp(`^${PROCLITIC_SOURCE}(?=.{${LEAST_STEM}})`, 'u');

/**
 * The word without the Arabic proclitic joined to its front, if it has one
 * and keeps LEAST_STEM letters; undefined otherwise (and for every other script).
 * @example withoutProclitic('الميناء') // 'ميناء'
 * @example withoutProclitic('ميناء') // undefined
 * @example withoutProclitic('harbour') // undefined
 */
export function withoutProclitic(word: string): string | undefined {
  const front = LEADING_PROCLITIC.exec(word);
  return front ? word.slice(front[0].length) : undefined;
}

/**
 * What may stand joined before a word of a quoted phrase that the reader typed bare or with its article
 * alone: a conjunction (و, ف), the article, or a preposition with the article (بال, لل), in that order. Not a
 * preposition alone: ك + ريم would make the name Reem match Karim (كريم), ك + امل Amal match Kamil (كامل).
 */
export const PHRASE_PROCLITIC_SOURCE = '[وف]?(?:بال|كال|لل|ال)?';
const PHRASE_PROCLITIC = new RegExp(`^${PHRASE_PROCLITIC_SOURCE}$`, 'u');

/**
 * A phrase word as the text may join a proclitic to it: without its article when the reader typed one
 * (المياه stands in وبالمياه as مياه), else as typed.
 * @example phraseStem('المياه') // 'مياه'
 * @example phraseStem('توزيع') // 'توزيع'
 */
export function phraseStem(word: string): string {
  return word.startsWith('ال') && [...word].length >= 2 + LEAST_STEM ? word.slice(2) : word;
}

/**
 * Whether a text's word is an Arabic phrase word the reader typed bare or with its article, written with a
 * conjunction, the article or a preposition with the article joined to it (وتوزيع for توزيع, وبالمياه for
 * المياه, المياه for مياه). A conjunction or preposition typed is asked for as typed: والمياه is not بالمياه.
 * @example withPhraseProclitic('توزيع', 'وتوزيع') // true
 * @example withPhraseProclitic('ريم', 'كريم') // false
 */
export function withPhraseProclitic(typed: string, written: string): boolean {
  const stem = phraseStem(typed);
  return written.endsWith(stem) && PHRASE_PROCLITIC.test(written.slice(0, written.length - stem.length));
}

/**
 * Words that begin و + ال or ف + ال of their own, not a conjunction and the article: the و-ل-د family
 * ("parent": والدين is "parents", not و + الدين "and the religion") and names written from Latin (فالنسيا
 * Valencia, فالكون Falcon). Whole words: والدولة is و + الدولة ("and the state").
 */
const OWN_WORDS = [
  'الد(?:ان|ين|اه|يه|يها|يهم|يهما|ة|ته|تها|تهم|تي|تك|تكم|ه|ها|هم|هما|ي|ك|كم|نا)',
  'النسيا',
  'النتين',
  'النتينو',
  'الكون',
  'الفيردي',
];

/**
 * و or ف ("and", "so") joined to the article: Pagefind's Arabic stemmer (Snowball's) keeps a conjunction
 * before an alef, where it may begin the word itself (واحد, فاز), so it never reaches the article after it.
 * The article and at least LEAST_STEM letters must follow: والد ("father") stays whole, and so do OWN_WORDS.
 */
export const CONJUNCTION_BEFORE_ARTICLE = new RegExp(
  `[وف](?=ال\\p{Script=Arabic}{${LEAST_STEM}})(?!(?:${OWN_WORDS.join('|')})(?![\\p{L}\\p{M}]))`,
  'u',
);
const LEADING_CONJUNCTION = new RegExp(`^${CONJUNCTION_BEFORE_ARTICLE.source}`, 'u');

/**
 * A word of a query as Pagefind can find it: an Arabic word with a conjunction
 * joined to its article (والمياه) is asked for with the article alone (المياه),
 * which the stemmer takes off and which the indexed pages hold apart
 * (src/search/word-joins.ts); a number in another script's digits (३०, ٣٠)
 * in ASCII ones, which the indexed pages hold beside them; a word written
 * with a ligature (cœur) spelled out (coeur), as the indexed pages hold it too,
 * save Turkish ı, whose endings the stemmer reads by it (src/lib/ligatures.ts);
 * Thai's sara am typed in two parts (ลําไย) joined (ลำไย, src/lib/split-letters.ts),
 * and so a joiner inside a Bengali word (র‍্যাব); letters composed (NFC), as the
 * articles are read (src/content/frontmatter.ts): য় typed as one character is
 * য and its dot; any other word as it is.
 * @example pagefindWord('والمياه') // 'المياه'
 * @example pagefindWord('३०') // '30'
 * @example pagefindWord('cœur') // 'coeur'
 * @example pagefindWord('ঢাকা\u09DF') // 'ঢাকা\u09AF\u09BC'
 * @example pagefindWord('harbour') // 'harbour'
 */
export function pagefindWord(word: string): string {
  const composed = word.normalize('NFC');
  return joinSplitLetters(
    spellLigatures(asciiDigits(LEADING_CONJUNCTION.test(composed) ? composed.slice(1) : composed), {
      keepDotlessI: true,
    }),
  );
}
