/**
 * Bytes to text. Saved pages and old exports arrive as UTF-8 (with or without
 * a byte-order mark), UTF-16 with or without a mark, Windows-1252 and Latin-1
 * from older desktop tools, and the national encodings of their day
 * (Shift_JIS, EUC-JP, GB18030, Big5, KOI8-R…); line ends may be CRLF. Undeclared
 * encodings are detected with jschardet (and Central European text, or a short
 * Cyrillic or Chinese text, by the one reading that gives prose) and decoded
 * with iconv-lite; when the detector is unsure, nothing is imported and the
 * reason says so: an archive of mojibake is worse than a file left for a
 * person to look at.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { francAll } from 'franc-min';
import { ImportError } from './types.ts';

/** Decoded text, the encoding it was read with, and how that encoding was known. */
export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when the encoding was guessed from the bytes (not a mark, a declaration, an option, or valid UTF-8). */
  detected?: boolean;
}

/** How to decode. */
export interface DecodeOptions {
  /** The charset the document declares (`<meta charset>`, `<?xml encoding?>`). */
  declared?: string | undefined;
  /** `--encoding`: wins over everything, marks included (an ISO-8859 one that reads control characters is refused). */
  encoding?: string | undefined;
}

/**
 * Decodes a file's bytes: `--encoding` wins, then a byte-order mark, then
 * UTF-16 recognised by its zero bytes, strict UTF-8, the declared charset, and
 * last a detected one. Line ends become `\n`. Throws an ImportError for
 * empty, binary and undecidable files.
 * @example decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94])).text // '“Hi”'
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions | string = {}): DecodedText {
  const { declared, encoding: forced } =
    typeof options === 'string' ? { declared: options, encoding: undefined } : options;
  let decoded: DecodedText;
  if (forced) {
    if (!iconv.encodingExists(forced))
      throw new ImportError(
        `--encoding ${String(forced)} is not an encoding this importer knows (try utf-8, windows-1252, shift_jis, euc-jp, gb18030, big5, koi8-r, utf-16le)`,
      );
    decoded = { text: iconv.decode(Buffer.from(bytes), forced), encoding: forced.toLowerCase() };
    refuseControls(decoded, bytes);
  } else {
    const { encoding, offset } = byteOrderMark(bytes);
    const content = bytes.subarray(offset);
    // Latin-script UTF-16 is half zero bytes, which would read as binary: look for it first.
    const utf16 = encoding || !looksBinary(content) ? undefined : unmarkedUtf16(content);
    if (encoding === undefined && utf16 === undefined && looksBinary(content)) {
      throw new ImportError('looks like a binary file, not text, HTML or a feed: nothing imported');
    }
    const known = encoding ?? utf16;
    decoded = known ? decodeWith(known, content, utf16 !== undefined) : decodeUnmarked(content, declared);
  }
  if (decoded.text.trim() === '') throw new ImportError('the file is empty: nothing to import');
  return { ...decoded, text: decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n') };
}

function byteOrderMark(bytes: Uint8Array): { encoding?: string; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', offset: 2 };
  return { offset: 0 };
}

/**
 * UTF-16 without a mark: read both ways, the right one gives characters from
 * the scripts people write in (Latin, Greek, Cyrillic, Hebrew, Arabic, CJK,
 * Hangul), the wrong one gives control characters, surrogates and rarities.
 * @example unmarkedUtf16(new Uint8Array([0x48, 0, 0x69, 0])) // 'utf-16le'
 */
export function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const head = bytes.subarray(0, 8192);
  const le = scriptShare(new TextDecoder('utf-16le').decode(head));
  const be = scriptShare(new TextDecoder('utf-16be').decode(head));
  if (le >= 0.97 && be < 0.9) return 'utf-16le';
  if (be >= 0.97 && le < 0.9) return 'utf-16be';
  return undefined;
}

function scriptShare(text: string): number {
  const usual =
    text.match(
      /[\t\n\r\u0020-\u007e\u00a0-\u024f\u0370-\u052f\u0590-\u06ff\u2000-\u206f\u20ac\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/g,
    )?.length ?? 0;
  // Real text has spaces or punctuation between its words; bytes of another encoding read as UTF-16 give ideographs without any.
  const structure = text.match(/[\s!-/:-@[-`{-~\u3000-\u303f\uff01-\uff0f]/g)?.length ?? 0;
  return structure / Math.max(1, text.length) < 0.02 ? 0 : usual / Math.max(1, text.length);
}

function decodeWith(encoding: string, bytes: Uint8Array, detected = false): DecodedText {
  // The mark was already cut off; iconv-lite would drop a later U+FEFF too, TextDecoder with ignoreBOM keeps it as text.
  const text = /^utf-?(8|16)/i.test(encoding)
    ? new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
    : iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
  return { text, encoding, ...(detected ? { detected } : {}) };
}

function decodeUnmarked(bytes: Uint8Array, declared: string | undefined): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: trust a declared charset other than UTF-8 if it is known.
    const label = declared?.trim().toLowerCase();
    if (label && !/^utf-?(8|16)/.test(label)) {
      let decoded: DecodedText | undefined;
      try {
        decoded = { text: new TextDecoder(label).decode(bytes), encoding: label };
      } catch {
        if (iconv.encodingExists(label)) decoded = decodeWith(label, bytes);
      }
      if (decoded) {
        // Many old CMSes declared iso-8859-2 (or -1, -5…) and wrote their Windows code page, whose letters and quotes
        // sit on bytes 0x80–0x9F that the ISO reading makes C1 controls. Browsers already read a declared iso-8859-1
        // as windows-1252 (TextDecoder does too), so the page is read as they show it: in the Windows counterpart,
        // when that reading has no controls. Otherwise it is refused, as for --encoding.
        const windows =
          controlAt(decoded.text) !== undefined && readsControls(label) ? windowsCounterpart(label) : undefined;
        if (windows) {
          const text = new TextDecoder(windows).decode(bytes);
          if (controlAt(text) === undefined) return centralInstead(bytes, { text, encoding: windows });
        }
        refuseControls(decoded, bytes);
        return centralInstead(bytes, decoded);
      }
    }
    return detect(bytes);
  }
}

/**
 * A page declared Western European (iso-8859-1, windows-1252) whose bytes are Central European: the CMSes of the
 * 2000s sent Hungarian, Polish or Czech written in ISO-8859-2 under their default Latin-1 header, which gives
 * "elsõ" and "méretû" for "első" and "méretű" ("Someº" for "Someş"). Read in Windows-1250 or ISO-8859-2 when
 * that reading is plausible Central European prose and its words fit one language's letters better than the
 * declared reading's do (centralReading, compareReadings); the reading is then marked detected, so the summary
 * says which encoding was used. Portuguese or French, where õ and û are letters, reads as no one Central
 * European language ("ações" would be "ačőes"), and stays as declared; so does a text the two readings fit alike.
 */
function centralInstead(bytes: Uint8Array, decoded: DecodedText): DecodedText {
  if (windowsCounterpart(decoded.encoding) !== 'windows-1252' || !/[\u00a0-\u00ff]/u.test(decoded.text)) return decoded;
  const central = centralReading(Buffer.from(bytes), []);
  if (!central || central.text === decoded.text) return decoded;
  return compareReadings(central.text, CENTRAL_ALPHABETS, decoded.text, WESTERN_ALPHABETS) > 0 ? central : decoded;
}

/** The index of the first C1 control character (U+0080–U+009F) in a text, if any: never text, always a misreading. */
function controlAt(text: string): number | undefined {
  const index = text.search(/[\u0080-\u009f]/u);
  return index < 0 ? undefined : index;
}

const C1_BYTES = Buffer.from(Array.from({ length: 0x20 }, (_, i) => 0x80 + i));
/** Whether an encoding reads bytes 0x80–0x9F as the C1 controls, as the ISO-8859 parts (and latin1, binary) do. */
function readsControls(encoding: string): boolean {
  return iconv.encodingExists(encoding) && iconv.decode(C1_BYTES, encoding) === C1_BYTES.toString('latin1');
}

// Each ISO-8859 part → the Windows code page that has its letters and puts letters and punctuation on 0x80–0x9F.
const WINDOWS_COUNTERPARTS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-6': 'windows-1256',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'iso-8859-13': 'windows-1257',
  'iso-8859-15': 'windows-1252',
};
const HIGH_HALF = Buffer.from(Array.from({ length: 0x60 }, (_, i) => 0xa0 + i));

/**
 * The Windows code page of an ISO-8859 encoding, by any of its names
 * (latin2, l2, iso_8859-2, cp28592…): the part whose upper half reads the same.
 * @example windowsCounterpart('latin2') // 'windows-1250'
 */
function windowsCounterpart(encoding: string): string | undefined {
  if (!iconv.encodingExists(encoding)) return undefined;
  const reading = iconv.decode(HIGH_HALF, encoding);
  return Object.entries(WINDOWS_COUNTERPARTS).find(([iso]) => iconv.decode(HIGH_HALF, iso) === reading)?.[1];
}

/**
 * Throws when a reading has C1 control characters where the bytes had 0x80–0x9F: an ISO-8859 encoding given to (or
 * declared by) a file written in its Windows counterpart, or in UTF-8. The reason names the encoding to try instead.
 */
function refuseControls({ text, encoding }: DecodedText, bytes: Uint8Array): void {
  const at = controlAt(text);
  if (at === undefined || !readsControls(encoding)) return;
  const code = text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
  const line = text.slice(0, at).split(/\r\n?|\n/).length;
  let likely: string | undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    likely = 'utf-8';
  } catch {
    const windows = windowsCounterpart(encoding);
    if (windows && !/[\u0080-\u009f\ufffd]/u.test(iconv.decode(Buffer.from(bytes), windows))) likely = windows;
  }
  throw new ImportError(
    `read as ${encoding}, the file has control characters where letters should be (U+${code} at line ${line}): ` +
      (likely ? `it is probably ${likely}: try --encoding ${likely}` : `it is not ${encoding} text: nothing imported`),
  );
}

// What jschardet calls an encoding → the name iconv-lite decodes it by (supersets where they are safe).
const DETECTED: Record<string, string> = {
  gb2312: 'gb18030',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  ascii: 'windows-1252',
};
const WESTERN = new Set(['windows-1252', 'iso-8859-1', 'iso8859-15', 'iso-8859-15', 'ascii']);

/** Guesses the encoding of bytes that are not UTF-8 and declare none; throws when the guess is not safe. */
function detect(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes);
  const candidates = jschardet
    .detectAll(buffer.subarray(0, 64 * 1024))
    .flatMap((c) => (c.encoding ? [{ encoding: c.encoding, confidence: c.confidence }] : []));
  const top = candidates[0];
  const name = (encoding: string) => DETECTED[encoding.toLowerCase()] ?? encoding.toLowerCase();
  if (
    top &&
    top.confidence >= 0.5 &&
    !WESTERN.has(top.encoding.toLowerCase()) &&
    !CENTRAL_ENCODINGS.includes(name(top.encoding)) &&
    iconv.encodingExists(name(top.encoding))
  ) {
    const text = iconv.decode(buffer, name(top.encoding));
    // Mac encodings are the detector's usual runner-up for Windows ones, and far rarer in newsroom files.
    const rival = candidates
      .slice(1)
      .find(
        (c) =>
          c.confidence > top.confidence - 0.05 && !/^mac/i.test(c.encoding) && iconv.encodingExists(name(c.encoding)),
      );
    // A close second that reads the bytes differently means the detector cannot tell them apart.
    // C1 controls are never text: an ISO-8859 guess for bytes written in its Windows counterpart.
    const clean = controlAt(text) === undefined;
    if (clean && (!rival || difference(text, iconv.decode(buffer, name(rival.encoding))) < 0.02))
      return decodeWith(name(top.encoding), bytes, true);
  }
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes, true);
  // Western and Central European text: jschardet's confidence is low by design (any byte is valid, and it cannot
  // tell Windows-1250 from ISO-8859-2), so check the readings themselves. Central European only where the detector
  // ranks it above Western. Polish and Czech letters can read as Western ones in Windows-1252 ("będzie" as
  // "bêdzie", "při" as "pøi"): when both readings are plausible, the Central European one is taken where the
  // detector is sure enough and twice as sure (surelyCentral), or where its words are more of one language's
  // letters ("veèkratnik" and "številka" are no one language's). On a word or two the detector's opinion is noise
  // ("lunedì" is Czech to it): there the Western reading wins, as before.
  const western = iconv.decode(buffer, 'windows-1252');
  const confidence = (matches: (encoding: string) => boolean) =>
    candidates.find((c) => matches(c.encoding))?.confidence ?? 0;
  const centralConfidence = confidence((encoding) => CENTRAL_DETECTED.test(encoding));
  const westernConfidence = confidence((encoding) => WESTERN.has(encoding.toLowerCase()));
  const central = centralConfidence > westernConfidence ? centralReading(buffer, candidates) : undefined;
  const surelyCentral = centralConfidence >= 0.08 && centralConfidence >= 2 * westernConfidence;
  if (
    central &&
    (surelyCentral ||
      !plausiblyWestern(western) ||
      compareReadings(central.text, CENTRAL_ALPHABETS, western, WESTERN_ALPHABETS) > 0)
  )
    return central;
  // Where the detector is sure of Central European but neither of its readings is plausible, the Western one is not
  // either: it is the same bytes, and Polish in Windows-1252 can pass for French ("œrodê").
  if (!surelyCentral && plausiblyWestern(western)) return { text: western, encoding: 'windows-1252', detected: true };
  // A short Cyrillic text (a headline and a paragraph) is too little for the detector: the one reading that gives
  // words in lower case, as prose is, is the encoding. The wrong ones give capitals inside words, or symbols.
  // Only where the detector too thinks of a Cyrillic encoding: Greek bytes read as Cyrillic letters as well.
  const cyrillic = candidates.some((c) => CYRILLIC_DETECTED.test(c.encoding))
    ? CYRILLIC_ENCODINGS.filter((encoding) => plausiblyCyrillic(iconv.decode(buffer, encoding)))
    : [];
  if (cyrillic.length === 1) return decodeWith(cyrillic[0]!, bytes, true);
  // A short Chinese text likewise, between the two Chinese encodings: each reads the other's bytes as characters too,
  // but its punctuation as kana, bopomofo or private-use characters, never as Chinese prose's ，and 。.
  const chinese = candidates.some((c) => CHINESE_DETECTED.test(c.encoding))
    ? CHINESE_ENCODINGS.filter((encoding) => plausiblyChinese(iconv.decode(buffer, encoding)))
    : [];
  if (chinese.length === 1) return decodeWith(chinese[0]!, bytes, true);
  const guess = top
    ? `best guess ${top.encoding} at ${Math.round(top.confidence * 100)}% confidence`
    : 'no guess at all';
  const example = top ? suggestion(name(top.encoding), buffer) : 'shift_jis';
  throw new ImportError(
    `cannot tell which text encoding this file uses (not UTF-8, none declared, ${guess}): nothing imported; if you know it, give --encoding (e.g. --encoding ${example})`,
  );
}

/** The encoding to suggest for the detector's best guess: for an ISO-8859 one, its Windows code page when the bytes need it. */
function suggestion(guess: string, bytes: Buffer): string {
  // jschardet ranks ISO-8859-2 and Windows-1250 (and ISO-8859-16, Mac and DOS Latin 2) alike; the two in use
  // differ on 0x80–0x9F, which only Windows-1250 reads as letters, and on a few letters above 0xA0.
  if (/^(?:windows-1250|iso-?8859-(?:2|16)|maclatin2)$/.test(guess)) {
    const [windows, iso] = CENTRAL_ENCODINGS.map((encoding) => iconv.decode(bytes, encoding));
    return bytes.some((byte) => byte >= 0x80 && byte < 0xa0) ||
      compareReadings(windows!, CENTRAL_ALPHABETS, iso!, CENTRAL_ALPHABETS) >= 0
      ? 'windows-1250'
      : 'iso-8859-2';
  }
  if (!iconv.encodingExists(guess)) return 'shift_jis';
  const windows = bytes.some((byte) => byte >= 0x80 && byte < 0xa0) ? windowsCounterpart(guess) : undefined;
  return windows && readsControls(guess) ? windows : guess;
}

// The encodings of Polish, Czech, Slovak, Hungarian, Slovenian, Croatian and Romanian files: Windows and ISO.
const CENTRAL_ENCODINGS = ['windows-1250', 'iso-8859-2'];
// How jschardet names the Central European encodings it knows (its ranking does not tell them apart).
const CENTRAL_DETECTED = /^(?:windows-1250|iso-8859-2|iso8859-2|iso-8859-16|iso8859-16|maclatin2|cp852)$/i;

/**
 * The one reading of Central European bytes, in Windows-1250 or ISO-8859-2, that is plausible prose. They read
 * the same bytes alike but for a few letters (ą and š, ś and ¶, ź and Ľ…) and 0x80–0x9F (letters and quotes in
 * Windows-1250, control characters in ISO-8859-2). When both are plausible and differ, the one more like prose
 * is taken ("są" rather than "sš" beside "wrócił", or than "s±"); when they are alike, neither.
 */
function centralReading(bytes: Buffer, candidates: { encoding: string }[]): DecodedText | undefined {
  const rank = (encoding: string) => {
    const index = candidates.findIndex((c) => c.encoding.toLowerCase() === encoding);
    return index < 0 ? candidates.length : index;
  };
  const readings = CENTRAL_ENCODINGS.map((encoding) => ({ encoding, text: iconv.decode(bytes, encoding) }))
    .filter(({ text }) => plausiblyCentral(text))
    // The same text either way (no byte on which they differ) is named as the detector ranks them.
    .sort((a, b) => rank(a.encoding) - rank(b.encoding));
  const [first, second] = readings;
  if (!first) return undefined;
  if (second && second.text !== first.text) {
    const better = compareReadings(first.text, CENTRAL_ALPHABETS, second.text, CENTRAL_ALPHABETS);
    if (better === 0) return undefined;
    return { ...(better > 0 ? first : second), detected: true };
  }
  return { ...first, detected: true };
}

// The letters beyond ASCII a word may have, language by language (small; capitals are compared in small letters).
const CENTRAL_ALPHABETS = [
  'ąćęłńóśźż', // Polish
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'áéíóöőúüű', // Hungarian
  'čćđšž', // Slovenian, Croatian, Bosnian
  'ăâîșşțţ', // Romanian
  'äöüßé', // German (names)
  'âçéëîôü', // French (names), with the letters these encodings have
];
const WESTERN_ALPHABETS = [
  'àâæçéèêëîïôœùûüÿ', // French
  'äöüßé', // German
  'áéíóúñüï', // Spanish, Galician
  'àçèéíïòóúü', // Catalan
  'àáâãçéêíóôõúü', // Portuguese
  'àèéìíîòóùú', // Italian
  'áàâäçéèêëíîïóôöúûü', // Dutch, Afrikaans
  'åäöæøéóòôü', // Danish, Norwegian, Swedish
  'áéíóúýðþæö', // Icelandic
  'äöåõüšž', // Finnish, Estonian
  'âçëîöü', // Turkish and Albanian (names), with the letters Windows-1252 has
];

/** The words of a text that have a letter beyond ASCII, in small letters; µ before a unit (µg, µm) is no letter. */
function accentedWords(text: string): string[] {
  const words = text
    .replace(/µ(?=[A-Za-z]{0,2}(?!\p{L}))/gu, ' ')
    .match(/[A-Za-zµ\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u0191\u0193-\u024f]+/gu);
  return (words ?? []).filter((word) => /[^A-Za-z]/.test(word)).map((word) => word.toLowerCase());
}

/** The share of a text's accented words that one alphabet has all the letters of, for the alphabet with most. */
function oneLanguageShare(text: string, alphabets: string[]): number {
  const words = accentedWords(text);
  const most = Math.max(0, ...alphabets.map((alphabet) => words.filter((word) => fits(word, alphabet)).length));
  return most / Math.max(1, words.length);
}

function fits(word: string, alphabet: string): boolean {
  return [...word].every((letter) => letter < '\u0080' || alphabet.includes(letter));
}

/**
 * Whether a text's accented words are each written in one language's letters, but for one in fifty (names):
 * bytes read in the wrong encoding give words that mix them ("Pøíliš", "Čeątí"). With `central`, a Polish ending
 * on a foreign name is one language too ("Škodą", "Šárkę"), and a word of one accented letter is not: Central
 * European languages have none ("ŕ" and "č" are French "à" and Italian "è").
 */
function wordsInOneLanguage(text: string, alphabets: string[], central = false): boolean {
  const words = accentedWords(text);
  const inOne = (word: string) => alphabets.some((alphabet) => fits(word, alphabet));
  const mixed = words.filter((word) =>
    central ? word.length === 1 || !(inOne(word) || (/[ąę]$/u.test(word) && inOne(word.slice(0, -1)))) : !inOne(word),
  ).length;
  return mixed <= Math.floor(words.length / 50);
}

// Symbols that Central European prose rarely uses, and that the wrong reading gives for letters (±, ¶, ¬ for ą, ś,
// Ź; ˇ for Ą; ÷ for Greek, Cyrillic and Hebrew letters; ˝ ¸ ˛ ˘ ¤ for nothing a writer types): never next to a
// letter ("¶rodek", "kod±"), and few.
const CENTRAL_ODD = '±¶¤ˇ˘˝¸˛¨¦¬¯˙×÷';
const CENTRAL_SYMBOL_BY_LETTER = new RegExp(`\\p{L}[${CENTRAL_ODD}]|[${CENTRAL_ODD}]\\p{L}|\\p{L}[©®«»]\\p{L}`, 'u');

/** How many symbols a reading has that bytes of letters read in another encoding give, and control characters. */
function oddness(text: string): number {
  return text.match(/[\u0080-\u009f\ufffd¡¢£¤¥¦¨¬¯±²³¶¹¼½¾¿ˇ˘˝˛˙]/gu)?.length ?? 0;
}

/**
 * Which of two readings of the same bytes is more like prose: the one with fewer odd symbols, then the one whose
 * accented words are more of one language's letters. Positive for the first, negative for the second, 0 for alike.
 */
function compareReadings(a: string, aAlphabets: string[], b: string, bAlphabets: string[]): number {
  return oddness(b) - oddness(a) || oneLanguageShare(a, aAlphabets) - oneLanguageShare(b, bAlphabets);
}

/**
 * Whether a reading looks like Central European prose (Polish, Czech, Slovak, Hungarian, Slovenian, Croatian,
 * Romanian): every character outside ASCII a letter of theirs or typographic punctuation, no C1 control character,
 * each word in one language's letters, more plain letters than accented ones, few odd symbols and none next to a
 * letter. Three accented letters in a row are fine: Polish has them ("łóżko").
 * @example plausiblyCentral('Żółte łóżko stoi w sieni.') // true
 * @example plausiblyCentral('¯ó³te ³ó¿ko stoi w sieni.') // false
 */
export function plausiblyCentral(text: string): boolean {
  if (/[\u0080-\u009f\ufffd]/u.test(text)) return false;
  const alphabet = new Set(CENTRAL_ALPHABETS.join(''));
  const usual = new Set(`\u00a0\u00ad§°·©®«»‘’‚“”„–—…•€™‰†‡‹›´µ${CENTRAL_ODD}`);
  for (const c of text.toLowerCase()) if (c >= '\u0080' && !alphabet.has(c) && !usual.has(c)) return false;
  if (CENTRAL_SYMBOL_BY_LETTER.test(text)) return false;
  if (!wordsInOneLanguage(text, CENTRAL_ALPHABETS, true)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  // Even Czech has more plain letters than accented ones; Greek, Cyrillic or Hebrew bytes read here are all accents.
  if (letters.filter((letter) => letter > '\u007f').length > letters.length / 2) return false;
  const odd = [...text].filter((c) => CENTRAL_ODD.includes(c)).length;
  return odd <= Math.max(2, letters.length / 50);
}

// The single-byte Cyrillic encodings of old Ukrainian, Russian and Belarusian files: Windows, KOI8-U (a superset
// of KOI8-R with Ukrainian's і ї є ґ), DOS and ISO.
const CYRILLIC_ENCODINGS = ['windows-1251', 'koi8-u', 'cp866', 'iso-8859-5'];
// How jschardet names the Cyrillic encodings it knows.
const CYRILLIC_DETECTED = /^(?:windows-1251|koi8-r|ibm866|ibm855|iso-8859-5|maccyrillic|x-mac-cyrillic)$/i;

/**
 * Whether a reading looks like Cyrillic prose: every character outside ASCII
 * a Cyrillic letter or typographic punctuation, no word with a capital after
 * a small letter ("нОВИЙ": bytes of another Cyrillic encoding), and small
 * letters far more than capitals.
 * @example plausiblyCyrillic('Новий маршрут автобуса') // true
 * @example plausiblyCyrillic('нОВИЙ МАРШРУТ АВТОБУСА') // false
 */
export function plausiblyCyrillic(text: string): boolean {
  if (
    /[^\u0000-\u007f\u00a0\u00ab\u00bb\u0400-\u045f\u0490\u0491\u2013\u2014\u2018\u2019\u201c-\u201e\u2026\u2116]/u.test(
      text,
    )
  )
    return false;
  if (/\p{Ll}\p{Lu}/u.test(text.replace(/[^\u0400-\u045f\u0490\u0491\s]/gu, ' '))) return false;
  // Latin and Cyrillic letters in one word ("Pшнliљ"): Czech or Polish bytes, whose accented letters fall on Cyrillic ones.
  if (/[A-Za-z][\u0400-\u045f\u0490\u0491]|[\u0400-\u045f\u0490\u0491][A-Za-z]/u.test(text)) return false;
  const small = text.match(/[\u0430-\u045f\u0491]/gu)?.length ?? 0;
  const capitals = text.match(/[\u0400-\u042f\u0490]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return small >= 20 && capitals <= small / 4 && latin < small + capitals;
}

// Simplified Chinese files are GB2312, GBK or GB18030 (each a superset of the one before), Traditional ones Big5.
const CHINESE_ENCODINGS = ['gb18030', 'big5'];
// How jschardet names them.
const CHINESE_DETECTED = /^(?:gb2312|gb18030|gbk|big5|euc-tw)$/i;

/**
 * Whether a reading looks like Chinese prose: Han characters, ASCII and the
 * punctuation Chinese is written with (full-width and CJK marks), at least
 * ten characters and one ，or 。; no kana, bopomofo, Hangul, private-use or
 * replacement character, which are what the other encoding's bytes read as.
 * @example plausiblyChinese('颱風過境，花蓮停班停課。中央氣象局表示颱風今天登陸。') // true
 * @example plausiblyChinese('酗蔬輦趷坋爛數赫ぎ雄ㄛ酗蔬霜郖笭萸阨郖') // false
 */
export function plausiblyChinese(text: string): boolean {
  const allowed =
    /^[\u0000-\u007f\u00b7\u2014\u2018\u2019\u201c\u201d\u2025\u2026\u2027\u2215\u3000-\u3003\u3008-\u3011\u3014-\u301f\u3400-\u4dbf\u4e00-\u9fff\ufe30-\ufe4f\uff01-\uff5e\u{20000}-\u{2ffff}]*$/u;
  if (!allowed.test(text)) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 10 && /[，。,]/u.test(text);
}

/**
 * Whether a Windows-1252 reading looks like Western European text: every
 * non-ASCII character is an accented letter or typographic punctuation,
 * accented letters sit inside words, never three in a row, each word has one
 * language's letters, and no symbol sits inside a word.
 * @example plausiblyWestern('“Café” – naïve') // true
 * @example plausiblyWestern('w poniedzia³ek') // false
 */
export function plausiblyWestern(text: string): boolean {
  if (/[\u0080-\u009f\ufffd]/.test(text)) return false;
  if (/[^\u0000-\u007f\u00a0-\u00ff‘’‚“”„–—…€•™«»]/u.test(text.replace(/[ŒœŠšŽžŸƒˆ˜†‡‰‹›]/g, ''))) return false;
  if (/[\u00c0-\u00ff]{3}/.test(text)) return false;
  // A symbol inside a word ("poniedzia³ku", "mo¿e", "pi±tek"), or one that is never by a letter at all ("s¹",
  // "¶rodek"): Central European letters read in Windows-1252.
  if (/\p{L}[¡¢£¤¥¦§¨¬¯±²³¶¹¼½¾¿]\p{L}|\p{L}[¤¥¦¨¬¯±¶¹¼½¾]|[¤¥¦¨¬¯±¶¹¼½¾]\p{L}/u.test(text)) return false;
  // Letters of several languages in one word ("Pøíliš", "námìstí"): Czech read in Windows-1252.
  if (!wordsInOneLanguage(text, WESTERN_ALPHABETS)) return false;
  // Symbols that Western prose rarely uses, many of them: bytes of another encoding.
  const odd = text.match(/[\u00a1-\u00bf\u00d7\u00f7‚„†‡‰‹›]/g)?.length ?? 0;
  const letters = text.match(/[A-Za-z]/g)?.length ?? 0;
  return odd <= Math.max(2, letters / 50);
}

/** Share of characters that differ between two readings of the same bytes. */
function difference(a: string, b: string): number {
  let differ = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) differ++;
  return differ / Math.max(1, a.length);
}

/**
 * Whether bytes are not text: a NUL byte, or many control characters, in the
 * first 4 KiB. @example looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])) // true
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/**
 * The charset a document names for itself, from `<meta charset>`,
 * `<meta http-equiv content="…; charset=…">` or `<?xml encoding="…"?>` in its
 * first 2 KiB. @example declaredCharset(new TextEncoder().encode('<meta charset="iso-8859-1">')) // 'iso-8859-1'
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 reads any byte, and the declaration itself is ASCII.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

/** The letters Latin-1 has in the place of Hungarian's ő and ű (õ, û), and those letters. */
const LATIN1_FOR_HUNGARIAN = /[õûÕÛ]/u;
const HUNGARIAN_DOUBLE_ACUTE = /[őűŐŰ]/u;
const HUNGARIAN_LETTERS: Readonly<Record<string, string>> = { õ: 'ő', û: 'ű', Õ: 'Ő', Û: 'Ű' };

/**
 * Hungarian text that writes ő and ű as õ and û, as the Latin-1 web of the 2000s did (its code had no ő or ű, and
 * pages saved from it carry the substitutes on in UTF-8): those letters as Hungarian writes them, or undefined when
 * the text is no such text. Only where it has õ or û and never ő or ű, and reads as Hungarian: Portuguese "põe",
 * French "sûr" and Estonian "õpetaja" are their languages' own letters.
 * @example withHungarianLetters('A tûzoltók elsõ versenye a Szõlõhegyen, ahol a falu apraja és nagyja összegyûlt.') // 'A tűzoltók első versenye a Szőlőhegyen, ahol a falu apraja és nagyja összegyűlt.'
 */
export function withHungarianLetters(text: string): string | undefined {
  if (!LATIN1_FOR_HUNGARIAN.test(text) || HUNGARIAN_DOUBLE_ACUTE.test(text)) return undefined;
  const [first] = francAll(text.slice(0, 20_000), { minLength: 20 });
  if (first?.[0] !== 'hun') return undefined;
  return text.replace(/[õûÕÛ]/gu, (letter) => HUNGARIAN_LETTERS[letter] ?? letter);
}
