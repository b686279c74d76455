/**
 * Persian, Urdu and Sorani Kurdish write yeh and kaf as ی and ک; an Arabic
 * keyboard types them ي and ك (and a final yeh ى), as many Iranian and
 * Pakistani sites long did. The letters look alike and a reader cannot tell
 * which a page holds, yet Pagefind reads them as different letters: "علی"
 * typed on a Persian keyboard did not find "علي" typed on an Arabic one. In
 * these languages' pages the indexed view holds the language's own letters
 * (src/search/word-joins.ts, pageForIndex), and a query searched in their
 * index is written with them too; Arabic's index keeps its letters.
 */
import { primaryLanguage } from '../lib/language-tags.ts';

/** Languages written with ی and ک, by primary subtag. (Pashto and Uyghur write ي as a letter of its own.) */
const PERSIAN_LETTER_LANGUAGES = new Set(['fa', 'ur', 'ckb']);
/** Languages written with them where their tag names the Arabic script: Kurdish (Sorani), Punjabi (Shahmukhi). */
const IN_ARABIC_SCRIPT = new Set(['ku', 'pa']);

const ARABIC_FORMS = /[يكى]/gu;
const HAS_ARABIC_FORM = /[يكى]/u;
const PERSIAN_FORM: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ك: 'ک' };

/**
 * Whether a language (an index's or a page's) is written with ی and ک.
 * @example usesPersianLetters('fa-AF') // true
 * @example usesPersianLetters('pa-arab') // true
 */
export function usesPersianLetters(language: string | undefined): boolean {
  if (language === undefined) return false;
  const primary = primaryLanguage(language);
  if (PERSIAN_LETTER_LANGUAGES.has(primary)) return true;
  // Index names are lower-cased (ku-arab): the script subtag is compared so too.
  return IN_ARABIC_SCRIPT.has(primary) && /-arab\b/i.test(language);
}

/**
 * A text with Arabic's yeh and kaf written as Persian's, one character for one.
 * @example persianLetters('علي كتاب') // 'علی کتاب'
 */
export function persianLetters(text: string): string {
  return HAS_ARABIC_FORM.test(text) ? text.replace(ARABIC_FORMS, (letter) => PERSIAN_FORM[letter] ?? letter) : text;
}

/** Whether a text holds a letter persianLetters would change. */
export function hasArabicForms(text: string): boolean {
  return HAS_ARABIC_FORM.test(text);
}

/**
 * A query (or a word of it) as an index in `language` holds its words: with
 * Persian's letters in a Persian, Urdu or Sorani index, as typed in any other.
 * @example inIndexLetters('fa', 'علي') // 'علی'
 * @example inIndexLetters('ar', 'علي') // 'علي'
 */
export function inIndexLetters<Text extends string | null>(language: string, text: Text): Text {
  return (text !== null && usesPersianLetters(language) ? persianLetters(text) : text) as Text;
}
