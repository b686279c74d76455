/**
 * Serbian is written in two alphabets, Cyrillic and Latin, letter for letter
 * (Београд, Beograd): papers changed from one to the other over the years, and
 * a reader types in either. Pagefind's Serbian stemmer reads Cyrillic as Latin
 * (its Snowball stemmer's first step), so a search in one alphabet finds pages
 * in both; what the search page checks of them (the words found, a quoted
 * phrase, the marks) reads both alphabets as one too. Bosnian and Montenegrin
 * are written so as well.
 */
import { primaryLanguage } from './language-tags.ts';

/**
 * The languages whose pages and queries the search reads in Latin letters: those written in both alphabets
 * (Serbian, Bosnian, Montenegrin), and Croatian, written in Latin alone, whose stories a Serbian paper's readers
 * search beside its own in Cyrillic ("избори" finds "izbori" in a Croatian partner's story too).
 */
const READ_IN_LATIN: ReadonlySet<string> = new Set(['sr', 'bs', 'cnr', 'sh', 'hr']);

/** Whether a language's pages and queries are read in Latin letters (see READ_IN_LATIN). */
export function readInLatinLetters(language: string | undefined): boolean {
  return language !== undefined && READ_IN_LATIN.has(primaryLanguage(language));
}

/** Each Serbian Cyrillic letter, lower case, and its Latin one (three are two letters: lj, nj, dž). */
const LATIN_OF: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

const SERBIAN_CYRILLIC = new RegExp(`[${Object.keys(LATIN_OF).join('')}]`, 'giu');
const A_SERBIAN_CYRILLIC_LETTER = new RegExp(SERBIAN_CYRILLIC.source, 'iu');

/**
 * One letter in Latin, in its case: a capital two-letter one as a title case (Љубиша → Ljubiša); any other
 * character as it is.
 * @example latinLetter('Ђ') // 'Đ'
 * @example latinLetter('њ') // 'nj'
 */
export function latinLetter(letter: string): string {
  const latin = LATIN_OF[letter.toLowerCase()];
  if (latin === undefined) return letter;
  return letter === letter.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * A Serbian text in Latin letters, as Pagefind's stemmer reads it; Latin text, and letters of other Cyrillic
 * alphabets (Russian я, ы), as they are.
 * @example serbianLatin('Градска скупштина Београда') // 'Gradska skupština Beograda'
 * @example serbianLatin('Љубиша Ђукић') // 'Ljubiša Đukić'
 */
export function serbianLatin(text: string): string {
  return A_SERBIAN_CYRILLIC_LETTER.test(text) ? text.replace(SERBIAN_CYRILLIC, latinLetter) : text;
}

const SERBIAN_CYRILLIC_WORD = new RegExp(`^${SERBIAN_CYRILLIC.source}+$`, 'iu');

/**
 * Whether a word is written in Serbian's Cyrillic letters only: not a Russian or Bulgarian word (Шойгу), whose
 * letters Serbian has not (й, ы, я) would stay Cyrillic in its Latin reading.
 * @example isSerbianCyrillicWord('Ђоковић') // true
 * @example isSerbianCyrillicWord('Шойгу') // false
 */
export function isSerbianCyrillicWord(word: string): boolean {
  return SERBIAN_CYRILLIC_WORD.test(word);
}

/** Whether a text has a letter serbianLatin changes. */
export function hasSerbianCyrillic(text: string): boolean {
  return A_SERBIAN_CYRILLIC_LETTER.test(text);
}
