/**
 * Amharic writes some sounds with more than one letter of the Ethiopic script, kept from Ge'ez, where they were
 * other sounds: h as ሀ, ሐ or ኀ; s as ሰ or ሠ; the glottal stop as አ or ዐ; ts' as ጸ or ፀ; and a laryngeal's
 * first and fourth forms (ሀ, ሃ; አ, ኣ) both say "a". Papers, dictionaries and keyboards choose differently, so one
 * word has several spellings: ሥራ and ስራ (work), ሀገር and ሃገር (country), ዓመት and አመት (year), ኅዳር and ህዳር
 * (the month). Tigrinya and Ge'ez still tell those letters apart, so only Amharic reads them as one.
 */
import { primaryLanguage } from './language-tags.ts';

/** Each Ge'ez letter's series (its seven forms, one per vowel, in the same order) and the series Amharic reads it as. */
const SERIES: readonly (readonly [from: number, to: number])[] = [
  [0x1210, 0x1200], // ሐ → ሀ
  [0x1280, 0x1200], // ኀ → ሀ
  [0x1220, 0x1230], // ሠ → ሰ
  [0x12d0, 0x12a0], // ዐ → አ
  [0x1340, 0x1338], // ፀ → ጸ
];

/** A laryngeal's fourth form ("a") and its first, which Amharic says alike: ሃ ሀ, ኣ አ. */
const FOURTH_FORMS: ReadonlyMap<number, number> = new Map([
  [0x1203, 0x1200],
  [0x12a3, 0x12a0],
]);

/** The letters folded, as a character class. */
const FOLDED = /[\u1203\u1210-\u1216\u1220-\u1226\u1280-\u1286\u12a3\u12d0-\u12d6\u1340-\u1346]/gu;

/** Whether a text has a letter Amharic writes in more than one way. */
export const hasAmharicVariants = (text: string): boolean => new RegExp(FOLDED.source, 'u').test(text);

/**
 * A text with each letter Amharic writes in several ways written one way: ሐ, ኀ as ሀ; ሠ as ሰ; ዐ as አ; ፀ as ጸ (each
 * with its vowel), and ሃ, ኣ as ሀ, አ. The same length as the text: one letter for one.
 * @example amharicSpelling('ሥራ') // 'ስራ'
 * @example amharicSpelling('ሃገር') // 'ሀገር'
 * @example amharicSpelling('ታኅሣሥ') // 'ታህሳስ'
 */
export function amharicSpelling(text: string): string {
  return text.replace(FOLDED, (letter) => {
    let code = letter.codePointAt(0)!;
    for (const [from, to] of SERIES) {
      if (code >= from && code < from + 7) {
        code = to + (code - from);
        break;
      }
    }
    return String.fromCodePoint(FOURTH_FORMS.get(code) ?? code);
  });
}

/**
 * Whether a language tag names Amharic, whose spellings amharicSpelling folds.
 * @example writesAmharic('am-ET') // true
 * @example writesAmharic('ti') // false
 */
export function writesAmharic(language: string | undefined): boolean {
  return primaryLanguage(language ?? '') === 'am';
}

/**
 * The Ethiopic script's letters (Amharic's, Tigrinya's), without its punctuation (፡ ። ፣) and numerals: a
 * character-class body, which needs no `u` flag.
 */
export const ETHIOPIC_LETTERS = '\\u1200-\\u135a\\u1380-\\u138f\\u2d80-\\u2dde\\uab01-\\uab2e';

/** An Ethiopic word: its letters, without the script's punctuation or numerals. */
export const ETHIOPIC_WORD = new RegExp(`[${ETHIOPIC_LETTERS}]+`, 'gu');

/**
 * What Amharic writes joined to a word's front: የ (of), በ (in, by), ለ (for), ከ (from), and ስለ (about), እንደ (as),
 * ወደ (towards), እስከ (until). Longest first.
 */
const AMHARIC_PREFIXES = ['እንደ', 'እስከ', 'ስለ', 'ወደ', 'የ', 'በ', 'ለ', 'ከ'];

/** Letters (syllables) a word keeps after its prefix: ቤት (house) in በቤት is two. */
const LEAST_STEM = 2;

/**
 * The word as it reads after the prefix joined to its front, if it has one and keeps LEAST_STEM letters: what a
 * search for the bare word should find it by. A word that only begins with such letters is read so too (ለውጥ,
 * "change", gives ውጥ): the price of finding every joined form, as with Hebrew's (src/lib/hebrew-prefixes.ts).
 * @example amharicStem('በመርካቶ') // 'መርካቶ'
 * @example amharicStem('የጥምቀት') // 'ጥምቀት'
 * @example amharicStem('ለው') // undefined
 */
export function amharicStem(word: string): string | undefined {
  const prefix = AMHARIC_PREFIXES.find((each) => word.startsWith(each));
  if (!prefix) return undefined;
  const stem = word.slice(prefix.length);
  return [...stem].length >= LEAST_STEM ? stem : undefined;
}

/**
 * The other forms an Amharic word of a page is indexed under beside itself (src/search/word-joins.ts): without
 * its prefix, and in the one spelling of its letters that sound alike, so that a search typed either way, with or
 * without the prefix, finds it.
 * @example amharicTwins('በሥራ') // ['ሥራ', 'በስራ', 'ስራ']
 * @example amharicTwins('መርካቶ') // []
 */
export function amharicTwins(word: string): string[] {
  const stem = amharicStem(word);
  const forms = [stem, amharicSpelling(word), stem === undefined ? undefined : amharicSpelling(stem)];
  return [...new Set(forms.filter((form): form is string => form !== undefined && form !== word))];
}
