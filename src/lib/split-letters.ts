/**
 * Thai and Lao letters written in two parts: sara am (ำ, ຳ) as a nikhahit and
 * sara aa (ํา, as PDFs, Unicode's compatibility decomposition and some
 * keyboards write it, a tone mark perhaps between them: นํ้า for น้ำ), and
 * Lao ໜ and ໝ as ຫ and a letter; and the joiners of the scripts of India,
 * which only choose how a cluster is drawn. They look the same and read the
 * same, so slugs, the search index and queries hold them joined: each
 * spelling finds the other.
 */

// The scripts of India and Sri Lanka (Devanagari to Sinhala), where a zero-width joiner or non-joiner only picks how a
// cluster is drawn (র‍্যাব, উদ্‌যাপিত): the word is the same without it, as most keyboards type it.
const INDIC_LETTER = '[\\u0900-\\u0DFF]';
const JOINER = '[\\u200C\\u200D]';
const INDIC_JOINER = `(?<=${INDIC_LETTER})${JOINER}+`;
/** A letter of those scripts and a joiner after it: somewhere in a text, and as the whole of one. */
const INDIC_JOINED = new RegExp(INDIC_LETTER + JOINER, 'u');
const JOINER_AFTER_INDIC = new RegExp(`^${INDIC_LETTER}${JOINER}$`, 'u');
// Malayalam's chillu letters, written before Unicode 5.1 as a consonant, a virama and a joiner (ന്‍ for ൻ): there the
// joiner makes another letter (അവന്‍, "he", is not അവന്, "to him"), so they are written as the one character.
const MALAYALAM_CHILLU = '([\\u0D23\\u0D28\\u0D30\\u0D32\\u0D33\\u0D15])\\u0D4D\\u200D';
const CHILLU: Readonly<Record<string, string>> = {
  '\u0D23': '\u0D7A',
  '\u0D28': '\u0D7B',
  '\u0D30': '\u0D7C',
  '\u0D32': '\u0D7D',
  '\u0D33': '\u0D7E',
  '\u0D15': '\u0D7F',
};
const SPLIT = new RegExp(
  `\\u0e4d([\\u0e48-\\u0e4b]?)\\u0e32|\\u0ecd([\\u0ec8-\\u0ecb]?)\\u0eb2|\\u0eab([\\u0e99\\u0ea1])|${MALAYALAM_CHILLU}|${INDIC_JOINER}`,
  'gu',
);
const MAY_BE_SPLIT = new RegExp(`[\\u0e4d\\u0ecd\\u0eab]|${INDIC_JOINED.source}`, 'u');

/** The Lao letters ຫ + ນ and ຫ + ມ are written as one. */
const LAO_JOINED: Readonly<Record<string, string>> = { '\u0e99': '\u0edc', '\u0ea1': '\u0edd' };

/**
 * The text with those letters joined.
 * @example joinSplitLetters('ลําไย') // 'ลำไย'
 * @example joinSplitLetters('นํ้า') // 'น้ำ'
 * @example joinSplitLetters('র\u200D্যাব') // 'র্যাব'
 * @example joinSplitLetters('അവന്\u200D') // 'അവൻ'
 * @example joinSplitLetters('harbour') // 'harbour'
 */
export function joinSplitLetters(text: string): string {
  if (!MAY_BE_SPLIT.test(text)) return text;
  return text.replace(SPLIT, (whole, thaiTone?: string, laoTone?: string, laoLetter?: string, chillu?: string) => {
    if (chillu !== undefined) return CHILLU[chillu] ?? whole;
    if (whole.startsWith('\u200C') || whole.startsWith('\u200D')) return '';
    if (laoLetter !== undefined) return LAO_JOINED[laoLetter] ?? whole;
    if (laoTone !== undefined) return `${laoTone}\u0eb3`;
    return `${thaiTone ?? ''}\u0e33`;
  });
}

/** Whether a text holds a joiner inside a word of the scripts of India, which joinSplitLetters leaves out. */
export function hasIndicJoiner(text: string): boolean {
  return INDIC_JOINED.test(text);
}

/**
 * Whether `letter` is such a joiner, after `before` (a text read letter by letter, as the opened article's is
 * to mark the words searched in it).
 */
export function isIndicJoiner(letter: string, before: string): boolean {
  return JOINER_AFTER_INDIC.test(before + letter);
}

/** Whether a text may hold letters written in two parts (a fast test before joinSplitLetters). */
export function maySplitLetters(text: string): boolean {
  return MAY_BE_SPLIT.test(text);
}
