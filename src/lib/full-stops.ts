/**
 * The marks that end a sentence in the world's scripts, in one place: the
 * importer's headline and prose tests, the search excerpts' ellipses and the
 * citation's closing period all ask the same question. Clause marks (commas,
 * colons) are not here: they do not end a sentence.
 */

/**
 * A character-class body (for `[…]`) of sentence stops: Latin `.` `!` `?` `…`, CJK `。` `！` `？` `．`, Arabic and
 * Urdu `؟` `۔` (U+06D4), Devanagari and the other scripts of India `।` `॥`, Armenian `։`, Ethiopic `።` `፧`,
 * Myanmar `။`.
 */
export const SENTENCE_STOPS = '.!?…。！？．؟۔।॥։።፧။';

/** The stops Chinese and Japanese write with no space after them (`。` `！` `？`): a sentence ends there wherever it stands. */
export const UNSPACED_STOPS = '。！？';

/**
 * A text that ends a sentence: a stop, maybe inside closing quotes or brackets.
 * @example endsSentence('मंडी पहुँचने में बीस मिनट लगेंगे।') // true
 * @example endsSentence('He said: “Yes.”') // true
 * @example endsSentence('Harbour reopens') // false
 */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.trimEnd());
}
const ENDS_SENTENCE = new RegExp(`[${SENTENCE_STOPS}][\\p{Pe}\\p{Pf}"'\\s]*$`, 'u');
