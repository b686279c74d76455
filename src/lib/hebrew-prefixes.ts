/**
 * Hebrew writes "and", "that", "when", the article and the prepositions
 * "in", "as", "to", "from" as letters joined to the front of the word: השוק
 * is ה + שוק ("the market"), בשוק "in the market", והשוק "and the market",
 * מהשוק "from the market". Pagefind has no Hebrew stemmer, so a search for
 * שוק found none of them, and most nouns of a Hebrew story are written so.
 *
 * The indexed pages hold each such word with twins of what follows each
 * prefix letter (`והשוק@השוק@שוק`, src/search/word-joins.ts), so Pagefind
 * indexes the word and its stems at its place; the twins are taken out of the
 * excerpts, and the phrase check and the highlighter read a word typed bare
 * under a prefix joined to it in the text.
 *
 * Without a dictionary, a word that only begins with those letters is read so
 * too: מדינה ("state") has the twin דינה, which a search for the name Dina then
 * finds. Stems keep three letters at least, which rules out most such cases
 * (שנה is never ש + נה); the rest is the price of finding every joined form.
 */

/** A letter of the Hebrew alphabet, final forms included (not the points, not Yiddish's digraphs). */
const HEBREW_LETTER_CHARS = '\u05D0-\u05EA';

/**
 * The points written on a Hebrew letter (vowels, dagesh, cantillation, ְ to ׇ), as a character class's
 * contents: not the punctuation among them (maqaf ־, paseq ׀, sof pasuq ׃, nun hafukha ׆).
 */
export const HEBREW_POINTS = '\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7';

/** A Hebrew letter and the points written on it, if any. */
const POINTED_LETTER = `[${HEBREW_LETTER_CHARS}][${HEBREW_POINTS}]*`;

/** A letter of a word, and the gershayim after it if it stands inside an acronym (צה״ל, ארה״ב). */
const LETTER_IN_WORD = `${POINTED_LETTER}\u05F4?`;

/** Whether a text has a Hebrew letter: where this module's rules may apply. */
export const HEBREW_LETTER = new RegExp(`[${HEBREW_LETTER_CHARS}]`, 'u');

/**
 * Yiddish's own digraphs (װ, ױ, ײ, ײַ): a text with them is Yiddish, written in Hebrew letters, which joins no
 * preposition or article to its words (ביכער is a word, not ב + יכער).
 */
const YIDDISH_LETTER = /[\u05F0-\u05F2\uFB1F]/u;

/** Languages written in Hebrew letters that are not Hebrew: Yiddish, Ladino, Judeo-Arabic, Judeo-Persian. */
const OTHER_HEBREW_SCRIPT_LANGUAGES = new Set(['yi', 'ydd', 'yih', 'lad', 'jrb', 'jpr']);

/**
 * Whether a text reads as Hebrew, whose joined prefixes search looks under: it has Hebrew letters, none of
 * Yiddish's own, and its language (where known, a BCP 47 tag) is not another written in Hebrew letters.
 * @example joinsHebrewPrefixes('מחירי הדגים בשוק') // true
 * @example joinsHebrewPrefixes('די ביכער', 'yi') // false
 */
export function joinsHebrewPrefixes(text: string, language?: string): boolean {
  if (!HEBREW_LETTER.test(text) || YIDDISH_LETTER.test(text)) return false;
  const primary = language?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary === undefined || !OTHER_HEBREW_SCRIPT_LANGUAGES.has(primary);
}

/**
 * The letters Hebrew joins to a word's front, in their order: ו ("and"), then ש ("that") or כש ("when"), then
 * the article ה, a preposition ב כ ל מ, or מ with the article (מה). Always one letter at least.
 */
export const HEBREW_PREFIX_SOURCE = '(?=[והבכלמש])ו?(?:כש|ש)?(?:מה|[הבכלמ])?';

/** Letters a word keeps after its prefix: fewer would be a short word that only begins so (שנה is no ש + נה). */
const LEAST_STEM = 3;

const LEADING_PREFIX = new RegExp(`^${HEBREW_PREFIX_SOURCE}(?=(?:${LETTER_IN_WORD}){${LEAST_STEM}})`, 'u');
const WHOLE_PREFIX = new RegExp(`^(?:${HEBREW_PREFIX_SOURCE})$`, 'u');
const LONG_ENOUGH = new RegExp(`^(?:${LETTER_IN_WORD}){${LEAST_STEM}}`, 'u');

/**
 * The word as it reads after each of its prefix letters, longest first, keeping LEAST_STEM letters: what a search
 * for the bare word, or for it with a shorter prefix, should find it by. None for a word without a prefix, or of
 * another script.
 * @example hebrewStems('והשוק') // ['השוק', 'שוק']
 * @example hebrewStems('בשוק') // ['שוק']
 * @example hebrewStems('שנה') // []
 * @example hebrewStems('בארה״ב') // ['ארה״ב']
 */
export function hebrewStems(word: string): string[] {
  const prefix = LEADING_PREFIX.exec(word)?.[0] ?? '';
  return [...prefix].map((_, i) => word.slice(i + 1));
}

/**
 * Whether a word typed may stand in the text with a prefix joined to it: a Hebrew word of LEAST_STEM letters at
 * least, as the index twins no shorter stem.
 * @example takesHebrewPrefix('שוק') // true
 * @example takesHebrewPrefix('בת') // false
 */
export function takesHebrewPrefix(word: string): boolean {
  return LONG_ENOUGH.test(word);
}

/**
 * Whether a word of the text is a word typed bare with a Hebrew prefix joined to it (בשוק, והשוק for שוק), as a
 * search for the bare word finds it. A prefix typed is asked for as typed: השוק is not found in בשוק.
 * @example withHebrewPrefix('שוק', 'והשוק') // true
 * @example withHebrewPrefix('השוק', 'בשוק') // false
 */
export function withHebrewPrefix(typed: string, written: string): boolean {
  return (
    written.length > typed.length &&
    written.endsWith(typed) &&
    WHOLE_PREFIX.test(written.slice(0, written.length - typed.length)) &&
    takesHebrewPrefix(typed)
  );
}

/** A Hebrew word of a text (letters and their points, an acronym's gershayim inside), for the indexed pages' twins. */
export const HEBREW_WORD = new RegExp(`(?:${POINTED_LETTER})+(?:\u05F4(?:${POINTED_LETTER})+)*`, 'gu');
