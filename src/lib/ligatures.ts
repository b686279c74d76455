/**
 * Letters written as one that readers type as two: French œ and æ (cœur,
 * œuvre, Lætitia), which no keyboard of Belgium or France has a key for, and
 * the typesetting ligatures a PDF's text brings (ﬁ, ﬂ); Turkish dotless ı,
 * which a keyboard outside Turkey types as i ("yikildi" for "yıkıldı"); and
 * the crossed đ of Vietnamese and Croatian, typed d ("doi song" for "đời sống");
 * and the other letters a foreign keyboard lacks that carry their mark inside
 * the letter: Polish ł ("Wroclaw", "Lodz"), Danish and Norwegian ø ("Tromso",
 * "Kobenhavn"), Icelandic ð and þ ("Gudmundur", "Thorshofn"), Maltese ħ; Tamazight's ɣ and ɛ ("agherbaz" for
 * "aɣerbaz", "Emer" for "Ɛmer"), Azerbaijani ə ("Gence"), Armenian և typed as its two letters ("Երեւան").
 * Unicode gives them no decomposition, so neither NFD nor Pagefind's
 * diacritics folding turns "cœur" into the "coeur" a reader types, or
 * "Wrocław" into "Wroclaw"; they are spelled out by name.
 */
import { primaryLanguage } from './language-tags.ts';

const SPELLED: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'Oe',
  æ: 'ae',
  Æ: 'Ae',
  ı: 'i',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ħ: 'h',
  Ħ: 'H',
  // Tamazight's (and many African languages') gamma and open e, typed gh and e where a keyboard lacks them.
  ɣ: 'gh',
  Ɣ: 'Gh',
  ɛ: 'e',
  Ɛ: 'E',
  // Azerbaijani's schwa, typed e on a keyboard without it ("Gence" for "Gəncə"); Armenian's և, the ligature of ե and ւ
  // that reformed spelling writes as one and Western Armenian and many keyboards as two ("Երեւան", "Երևան").
  ə: 'e',
  Ə: 'E',
  և: 'եւ',
  ĳ: 'ij',
  Ĳ: 'IJ',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/** One ligature, as a character class's source. */
export const LIGATURE = `[${Object.keys(SPELLED).join('')}]`;
const LIGATURES = new RegExp(LIGATURE, 'gu');
const A_LIGATURE = new RegExp(LIGATURE, 'u');

/**
 * Letters of their own where they are typed, not ways of writing two: Vietnamese đ (đầu, "head", is not dầu,
 * "oil"), Polish ł (łaska, "grace", is not laska, "cane"), Danish and Norwegian ø (bør, "should", is not bor,
 * "lives"), Icelandic ð and þ, Maltese ħ, Azerbaijani ə. Typed without their mark they find both; typed with it, only
 * themselves.
 */
const OWN_LETTERS = new Set([...'đĐłŁøØðÐþÞħĦəƏ']);

/**
 * Turkish ı, whose vowel its endings follow: Pagefind's Turkish stemmer takes "-dan" off "Iğdır'dan" (a back vowel
 * before it) but not off "Iğdir'dan", so a query keeps it (`keepDotlessI`) for a Turkish or Azerbaijani index, whose
 * pages hold both spellings; another language's pages may write the word without it ("Kadikoy").
 */
const DOTLESS_I = 'ı';
const WRITES_DOTLESS_I = new Set(['tr', 'az']);

/** Whether a language's stemmer reads its words with ı (Turkish, Azerbaijani), by its tag. */
export function writesDotlessI(language: string): boolean {
  return WRITES_DOTLESS_I.has(primaryLanguage(language));
}

/**
 * A text with its ligatures spelled out as their letters; with `keepOwnLetters`,
 * đ, ł, ø, ð, þ and ħ stay (a word as typed, which must stand so in the text:
 * đầu is not dầu, bør is not bor), while without it they are d, l, o… too (a
 * word read without its marks: "doi" finds "đời", "Wroclaw" Wrocław).
 * @example spellLigatures('Le cœur de l’Œuvre') // 'Le coeur de l’Oeuvre'
 * @example spellLigatures('đời', { keepOwnLetters: true }) // 'đời'
 */
export function spellLigatures(
  text: string,
  { keepOwnLetters = false, keepDotlessI = false, forAddress = false } = {},
): string {
  if (!A_LIGATURE.test(text)) return text;
  return text.replace(LIGATURES, (letter) =>
    (keepOwnLetters && OWN_LETTERS.has(letter)) ||
    (keepDotlessI && letter === DOTLESS_I) ||
    (forAddress && KEPT_IN_ADDRESSES.has(letter))
      ? letter
      : (SPELLED[letter] ?? letter),
  );
}

/**
 * Letters spelled plainly for search only, which addresses keep (`forAddress`): Azerbaijani ə, in the author, tag and
 * article addresses archives already published (əliyev), where "Ət" and "Et" are two words.
 */
const KEPT_IN_ADDRESSES = new Set([...'əƏ']);

/** Whether a text holds a ligature (spellLigatures would change it). */
export function hasLigature(text: string): boolean {
  return A_LIGATURE.test(text);
}
