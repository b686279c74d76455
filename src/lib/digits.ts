/**
 * Digits as every script writes them, read as ASCII ones: an Arabic keyboard
 * types ٢٠٢٤, a Persian one ۲۰۲۴, a Hindi one २०२४, a Japanese input method
 * full-width ２０２４.
 */

// The zero of each run of ten decimal digits newspapers print: Arabic-Indic, Persian and Urdu, then the scripts of
// India (Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam), Sinhala, Thai, Lao,
// Tibetan, Myanmar, Khmer and full width. Each run is ten code points in order, 0 to 9.
const ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0,
  0x0f20, 0x1040, 0x17e0, 0xff10,
];

/** A character class matching any of these digits (ASCII ones not included), for patterns that must see them as written. */
export const OTHER_DIGIT = `[${ZEROS.map((zero) => `\\u${hex(zero)}-\\u${hex(zero + 9)}`).join('')}]`;
const OTHER_DIGITS = new RegExp(OTHER_DIGIT, 'g');

function hex(code: number): string {
  return code.toString(16).padStart(4, '0');
}

/**
 * Digits of other scripts as ASCII ones, so every pattern reads them.
 * @example asciiDigits('٢٠ يناير ٢٠٢٥') // '20 يناير 2025'
 * @example asciiDigits('१२ मार्च २०१९') // '12 मार्च 2019'
 */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = ZEROS.findLast((start) => start <= code) ?? code;
    return String(code - zero);
  });
}

/** The ten digits of each numbering system asked for, as Intl names them ('beng', 'arabext'). */
const DIGITS_OF = new Map<string, readonly string[]>();

/**
 * ASCII digits written in a numbering system's own, as Intl names them
 * ('beng' for Bengali, 'arabext' for Persian, 'latn' for none): the digits
 * of an interface's dates and counts, which date-fns writes in ASCII.
 * @example inDigits('12 মার্চ 2024', 'beng') // '১২ মার্চ ২০২৪'
 * @example inDigits('12 mars 2024', 'latn') // '12 mars 2024'
 */
export function inDigits(text: string, numberingSystem: string): string {
  if (numberingSystem === 'latn') return text;
  let digits = DIGITS_OF.get(numberingSystem);
  if (!digits) {
    const format = new Intl.NumberFormat('en', { numberingSystem, useGrouping: false });
    digits = Array.from({ length: 10 }, (_, digit) => format.format(digit));
    DIGITS_OF.set(numberingSystem, digits);
  }
  const own = digits;
  return text.replace(/[0-9]/g, (digit) => own[Number(digit)] ?? digit);
}

// Ethiopic numerals (፩ to ፱, ፲ to ፺, ፻ a hundred, ፼ ten thousand) count as Roman ones add, not by place: ፳፻፲፭ is
// 20 × 100 + 15. Ethiopian papers print years and days with them beside the Arabic figures most use now.
const ETHIOPIC_NUMBER = /[\u1369-\u137C]+/gu;

/**
 * Numbers written in Ethiopic numerals as ASCII figures.
 * @example ethiopicNumerals('ሐምሌ ፲፪ ቀን ፳፻፲፭') // 'ሐምሌ 12 ቀን 2015'
 */
export function ethiopicNumerals(text: string): string {
  return text.replace(ETHIOPIC_NUMBER, (numerals) => {
    let total = 0;
    let group = 0;
    for (const numeral of numerals) {
      const code = numeral.codePointAt(0)!;
      if (code <= 0x1371) group += code - 0x1368;
      else if (code <= 0x137a) group += (code - 0x1371) * 10;
      else if (code === 0x137b) {
        total += (group || 1) * 100;
        group = 0;
      } else {
        total = (total + group || 1) * 10_000;
        group = 0;
      }
    }
    return String(total + group);
  });
}
