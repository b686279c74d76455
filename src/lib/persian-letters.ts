/**
 * Persian, Urdu and Sorani Kurdish write yeh and kaf as ی and ک; an Arabic
 * keyboard types them ي and ك (and a final yeh ى), as many Iranian and
 * Pakistani sites long did. The letters look alike and a reader cannot tell
 * which a page holds, yet Pagefind reads them as different letters: "علی"
 * typed on a Persian keyboard did not find "علي" typed on an Arabic one. In
 * these languages' pages the indexed view holds the language's own letters
 * (src/search/word-joins.ts, pageForIndex), and a query searched in their
 * index is written with them too; Arabic's index keeps its letters. Urdu
 * writes its heh ہ (and teh marbuta ۃ) where those keyboards type ه and ة:
 * "لاهور" is "لاہور" in an Urdu index (Persian's heh is ه itself).
 */
import { languageScript, primaryLanguage } from './language-tags.ts';
import { URDU_LETTERS } from './urdu-letters.ts';

/** Languages written with ی and ک, by primary subtag. (Pashto and Uyghur write ي as a letter of its own.) */
const PERSIAN_LETTER_LANGUAGES = new Set(['fa', 'prs', 'ur', 'ckb']);
/** Languages written with them where they are written in the Arabic script: Kurdish (Sorani), Punjabi (Shahmukhi). */
const IN_ARABIC_SCRIPT = new Set(['ku', 'pa']);

const ARABIC_FORMS = /[يكى]/gu;
const HAS_ARABIC_FORM = /[يكى]/u;
const PERSIAN_FORM: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ك: 'ک' };
const URDU_ARABIC_FORMS = /[يكىهة]/gu;
const HAS_URDU_ARABIC_FORM = /[يكىهة]/u;
const URDU_FORM: Readonly<Record<string, string>> = { ...PERSIAN_FORM, ه: 'ہ', ة: 'ۃ' };
/** A letter Urdu alone writes, which tells an Urdu text where its language is not named. */
const URDU_LETTER = new RegExp(`[${URDU_LETTERS}]`, 'u');

/** Urdu, and Punjabi in Shahmukhi, which writes Urdu's letters (ہ, ۃ): the languages that take Urdu's heh. */
const isUrdu = (language: string | undefined) =>
  language !== undefined &&
  (primaryLanguage(language) === 'ur' || (primaryLanguage(language) === 'pa' && usesPersianLetters(language)));

/**
 * The language of a text in the Arabic script where none is named (an excerpt's): Urdu when it writes Urdu's own
 * letters, else Persian (the letters Persian and Urdu share read alike).
 * @example persianLanguageOf('لاہور میں') // 'ur'
 */
export function persianLanguageOf(text: string): 'ur' | 'fa' {
  return URDU_LETTER.test(text) ? 'ur' : 'fa';
}

/**
 * Whether a language (an index's or a page's) is written with ی and ک: its script as its tag names it, or as
 * its region writes it (Punjabi in Pakistan, pa-PK, is written in the Arabic script; in India, in Gurmukhi).
 * @example usesPersianLetters('fa-AF') // true
 * @example usesPersianLetters('pa-arab') // true
 * @example usesPersianLetters('pa-PK') // true
 * @example usesPersianLetters('pa') // false
 */
export function usesPersianLetters(language: string | undefined): boolean {
  if (language === undefined) return false;
  const primary = primaryLanguage(language);
  if (PERSIAN_LETTER_LANGUAGES.has(primary)) return true;
  return IN_ARABIC_SCRIPT.has(primary) && languageScript(language) === 'Arab';
}

/**
 * A text with Arabic's yeh and kaf written as Persian's, one character for one; in Urdu (`language`), its heh and
 * teh marbuta as Urdu's.
 * @example persianLetters('علي كتاب') // 'علی کتاب'
 * @example persianLetters('لاهور', 'ur') // 'لاہور'
 */
export function persianLetters(text: string, language?: string): string {
  if (isUrdu(language))
    return HAS_URDU_ARABIC_FORM.test(text)
      ? text.replace(URDU_ARABIC_FORMS, (letter) => URDU_FORM[letter] ?? letter)
      : text;
  return HAS_ARABIC_FORM.test(text) ? text.replace(ARABIC_FORMS, (letter) => PERSIAN_FORM[letter] ?? letter) : text;
}

/** Whether a text holds a letter persianLetters would change, in `language`. */
export function hasArabicForms(text: string, language?: string): boolean {
  return (isUrdu(language) ? HAS_URDU_ARABIC_FORM : HAS_ARABIC_FORM).test(text);
}

/**
 * A query (or a word of it) as an index in `language` holds its words: with
 * Persian's letters in a Persian, Urdu or Sorani index, as typed in any other.
 * @example inIndexLetters('fa', 'علي') // 'علی'
 * @example inIndexLetters('ar', 'علي') // 'علي'
 */
export function inIndexLetters<Text extends string | null>(language: string, text: Text): Text {
  return (text !== null && usesPersianLetters(language) ? persianLetters(text, language) : text) as Text;
}

/**
 * A query's words and phrases as an index in `language` holds them (inIndexLetters), once for every use of
 * them in that index: its search, the words its shards are checked for, its phrases' words.
 * @example inIndexQuery('fa', 'علي', ['كتاب خوب']) // { term: 'علی', phrases: ['کتاب خوب'] }
 */
export function inIndexQuery(
  language: string,
  term: string | null,
  phrases: readonly string[],
): { term: string | null; phrases: string[] } {
  return { term: inIndexLetters(language, term), phrases: phrases.map((phrase) => inIndexLetters(language, phrase)) };
}

/** A zero-width non-joiner after a letter of the Arabic script: Persian's half-space between a word's parts (می‌شود). */
const HALF_SPACE = /\p{Script=Arabic}\u200C/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Whether a text writes a half-space, which a reader may type as nothing (میشود). */
export function hasHalfSpace(text: string): boolean {
  return HALF_SPACE.test(text);
}

/** A text without its half-spaces, as a reader may type a word: میشود for می‌شود. */
export function withoutHalfSpaces(text: string): string {
  return text.replace(HALF_SPACES, '');
}
const HALF_SPACES = /(?<=\p{Script=Arabic})\u200C/gu;

/** Whether `letter` is a half-space, after `before` (a text read letter by letter). */
export function isHalfSpace(letter: string, before: string): boolean {
  return letter === '\u200C' && ARABIC_SCRIPT.test(before);
}
