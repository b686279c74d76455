/**
 * Vietnamese writes a syllable's tone mark on either vowel of oa, oe and uy:
 * "hòa" and "hoà", "thủy" and "thuỷ" are one word in two spellings (the
 * older and the newer rule), both in use, and a reader types whichever their
 * keyboard sets. They are read alike here, the mark on the second vowel,
 * letter for letter (a text's marks stay where they stand in it: the length
 * does not change), as the reader means one word.
 */

// A tone (grave, acute, hook above, tilde, dot below) on o before a or e, or on u before y, written composed.
const FIRST_VOWEL_TONE_SOURCE = '[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]';
const HAS_FIRST_VOWEL_TONE = new RegExp(FIRST_VOWEL_TONE_SOURCE, 'u');
const FIRST_VOWEL_TONE = new RegExp(FIRST_VOWEL_TONE_SOURCE, 'gu');

/**
 * The text with every tone of oa, oe and uy on the second vowel (hòa → hoà, thủy → thuỷ), one UTF-16 unit for one.
 * @example newerTonePlacement('Hòa giải, thủy lợi') // 'Hoà giải, thuỷ lợi'
 * @example newerTonePlacement('però a casa') // 'però a casa'
 */
export function newerTonePlacement(text: string): string {
  if (!HAS_FIRST_VOWEL_TONE.test(text)) return text;
  return text.replace(FIRST_VOWEL_TONE, (pair) => {
    const [toned = '', next = ''] = pair;
    const decomposed = toned.normalize('NFD');
    // The vowel's base letter, then its tone on the next vowel.
    return `${decomposed[0]}${(next + decomposed.slice(1)).normalize('NFC')}`;
  });
}
