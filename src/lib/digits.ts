/**
 * Digits as every script writes them, read as ASCII ones: an Arabic keyboard
 * types ٢٠٢٤, a Persian one ۲۰۲۴, a Japanese input method full-width ２０２４.
 */

/**
 * Arabic-Indic, Persian and full-width digits as ASCII ones, so every pattern
 * reads them. @example asciiDigits('٢٠ يناير ٢٠٢٥') // '20 يناير 2025'
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}
