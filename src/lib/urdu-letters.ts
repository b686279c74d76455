/**
 * The letters Urdu writes and Persian and Arabic do not: ٹ ڈ ڑ, its nasal ں, its yeh barree ے (and ۓ), its heh ہ
 * and teh marbuta ۃ, as a character class's contents. They tell an Urdu text from a Persian or Arabic one, for the
 * importer's language guess (src/importer/language.ts) and the search's letters (src/lib/persian-letters.ts).
 * (ھ, Urdu's aspiration, is also some Arabic keyboards' heh, and Kurdish's: it tells nothing.)
 */
export const URDU_LETTERS = 'ٹڈڑںےۓہۃ';
