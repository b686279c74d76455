/**
 * What a word is made of, in any script: letters, digits and combining marks
 * (Hindi's vowel signs, Arabic's points, an accent written apart). Anything
 * else, punctuation included, stands between words: in slugs, imported text,
 * search queries, highlights and excerpts alike.
 */
export const WORD_CHARS = '\\p{L}\\p{N}\\p{M}';

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): there
 * a run of letters holds many words, which Pagefind finds by segmenting it, so a word stands anywhere
 * in a run and is found and marked as searched, without looking for where its word begins or ends.
 */
export const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Scripts written without spaces between words that put a space, not a full stop, between sentences (Thai, Lao;
 * Khmer and Burmese with a stop of their own), as a character class's contents: a run of their letters is a
 * clause, and its prose has no full stops to count.
 */
export const SPACE_BETWEEN_SENTENCES = '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';

// The two patterns below are global and shared: use them with replace, match and split, which start
// from the beginning every time, never with test or exec, which would carry lastIndex between callers.

/** A run of word characters: a word, as `text.match(WORD_RUN)` lists them. */
export const WORD_RUN = new RegExp(`[${WORD_CHARS}]+`, 'gu');

/** A run of anything but word characters: what `text.replace(BETWEEN_WORDS, ' ')` turns into one space. */
export const BETWEEN_WORDS = new RegExp(`[^${WORD_CHARS}]+`, 'gu');
