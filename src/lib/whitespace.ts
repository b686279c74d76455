/**
 * Collapsing whitespace in text that typography has already set: every run of
 * spaces, tabs and line breaks becomes one space, but the no-break spaces
 * (U+00A0, and the narrow U+202F that French puts inside « » and before ; : ! ?)
 * stay, so a line never breaks before a colon or inside quotes.
 */

/** Whitespace other than the no-break spaces (U+00A0, U+2007 figure space, U+202F). */
const BREAKABLE_SPACE = /[^\S\u00A0\u2007\u202F]+/gu;

/**
 * Runs of breakable whitespace to one space, trimmed; no-break spaces kept.
 * @example collapseWhitespace('  a \n b\u202f; c ') // 'a b\u202f; c'
 */
export function collapseWhitespace(text: string): string {
  return text.replace(BREAKABLE_SPACE, ' ').trim();
}
