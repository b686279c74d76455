/**
 * Quoted phrases in a query: `"battery electric" buses` must find the two
 * words side by side. Pagefind 1.6 runs an exact search only when the whole
 * query is one quoted string, and then without stemming or other languages'
 * rules; it has no phrase operator inside a larger query. So the words go to
 * Pagefind unquoted (it finds every page having them all), and each result's
 * text is then checked for the phrases here. The cost: a result's text
 * arrives with its data (its fragment), so checking means loading fragments
 * of results that may be dropped (see README, Search).
 */

/** A query split into what Pagefind searches and the phrases to check. */
export interface ParsedQuery {
  /** Every word, quotes removed: Pagefind's term. */
  terms: string;
  /** Quoted runs of two or more words, as typed (an unclosed quote runs to the end). */
  phrases: string[];
}

/**
 * Splits a query into Pagefind's term and its phrases. A quoted single word
 * is just a word: it needs no check.
 * @example parseQuery('"battery electric" buses') // { terms: 'battery electric buses', phrases: ['battery electric'] }
 */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const parts: string[] = [];
  // Straight and typographic double quotes: phones type “ ” on their own.
  const pieces = query.split(/["“”„]/);
  pieces.forEach((piece, index) => {
    const text = piece.trim().replace(/\s+/g, ' ');
    if (!text) return;
    parts.push(text);
    if (index % 2 === 1 && normalizeText(text).includes(' ')) phrases.push(text);
  });
  return { terms: parts.join(' '), phrases };
}

/**
 * Text reduced to lowercase words separated by single spaces, letters and
 * digits kept in any script, accents kept (they tell words apart in French).
 * @example normalizeText('Battery-electric  BUSES!') // 'battery electric buses'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/**
 * Whether a text holds every phrase as whole words in that order, ignoring
 * case, punctuation and line breaks between the words.
 * @example matchesPhrases('New battery electric buses.', ['battery electric']) // true
 * @example matchesPhrases('Battery-electric buses', ['battery electric']) // true: punctuation is not a word
 * @example matchesPhrases('electric battery', ['battery electric']) // false
 */
export function matchesPhrases(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const haystack = ` ${normalizeText(text)} `;
  return phrases.every((phrase) => haystack.includes(` ${normalizeText(phrase)} `));
}
