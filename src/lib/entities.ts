/**
 * The one HTML/XML character-reference decoder: search excerpts (Pagefind's
 * escaping), attribute values read by verification, and feed text read by the
 * importer all decode with it.
 */

/** The named references any of those sources use. */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes named (`&amp;`, case-insensitive) and numeric (`&#39;`, `&#x27;`)
 * references; unknown names and impossible code points stay as written.
 * @example decodeEntities('Ferry &amp; bus &#x2014; &bogus;') // 'Ferry & bus — &bogus;'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}
