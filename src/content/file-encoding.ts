/**
 * Article files are UTF-8. A file saved in another encoding (Windows-1252,
 * ISO-8859-1, UTF-16 from Notepad) would read with its accented letters
 * turned into U+FFFD, silently: it is refused instead, with where its first
 * unreadable byte stands, so nothing of the text is lost.
 */
import { isUtf8 } from 'node:buffer';

/**
 * Why `bytes` are not an article file's text, or undefined when they are UTF-8.
 * @example notUtf8Problem(Buffer.from('Caf\xe9', 'latin1')) // 'is not UTF-8 text: byte 0xE9 at line 1, column 4 …'
 */
export function notUtf8Problem(bytes: Uint8Array): string | undefined {
  if (isUtf8(bytes)) return undefined;
  const fix = 'save it as UTF-8 (most editors offer it under "Save as" or "Encoding"; `npm run import` converts files in other encodings)';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return `is UTF-16 text, not UTF-8: ${fix}`;
  const at = firstInvalidByte(bytes);
  // Lines and columns as an editor counts them, in the readable text before the byte.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split('\n');
  const line = before.length;
  const column = [...(before.at(-1) ?? '')].length + 1;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `is not UTF-8 text: byte 0x${byte} at line ${line}, column ${column} cannot be read; ${fix}`;
}

/** The index of the first byte that does not begin a well-formed UTF-8 character. */
function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    // isUtf8 on the one character refuses what its lead byte alone does not tell: overlong forms, surrogates, a cut.
    if (length === 0 || (length > 1 && !isUtf8(bytes.subarray(at, at + length)))) return at;
    at += length;
  }
  return at;
}
