/**
 * A word as people type it without the accents of its letters: on a phone, a
 * keyboard of another language, or in capitals (Greek drops its accents
 * there). Month names are read so, the archive's and the reader's alike.
 */

// The combining accents of the Latin, Greek and Cyrillic letters (acute, grave, circumflex, diaeresis, cedilla,
// breve, comma below…), Arabic's hamza above (Dari's سنبلهٔ) and the nukta under a letter of the scripts of India
// (फ़रवरी typed फरवरी). Only marks, never a letter; the vowel signs of the scripts of India and South-East Asia
// spell their words and stay.
const ACCENTS = /[\u0300-\u036f\u0654\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]/g;

/**
 * The text without the accents set over or under its letters.
 * @example withoutAccents('août') // 'aout'
 * @example withoutAccents('Φεβρουαρίου') // 'Φεβρουαριου'
 * @example withoutAccents('Şubat') // 'Subat'
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(ACCENTS, '').normalize('NFC');
}
