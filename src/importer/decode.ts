/**
 * Bytes to text. Saved pages and old exports arrive as UTF-8 (with or without
 * a byte-order mark), UTF-16 with a mark, or Windows-1252 from older desktop
 * tools; line ends may be CRLF. Binary files are refused, not imported as noise.
 */
import { ImportError } from './types.ts';

/** Decoded text and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes a file's bytes: a byte-order mark wins, then strict UTF-8, then the
 * charset the document declares, then Windows-1252 (which, unlike Latin-1,
 * maps the 0x80–0x9F bytes to the curly quotes and dashes people typed).
 * Line ends become `\n`. Throws an ImportError for empty or binary files.
 * @example decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94])).text // '“Hi”'
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const { encoding, offset } = byteOrderMark(bytes);
  const content = bytes.subarray(offset);
  if (encoding === undefined && looksBinary(content)) {
    throw new ImportError('looks like a binary file, not text, HTML or a feed: nothing imported');
  }
  const text = encoding ? decodeWith(encoding, content) : decodeUnmarked(content, declared);
  if (text.text.trim() === '') throw new ImportError('the file is empty: nothing to import');
  return { text: text.text.replace(/\r\n?/g, '\n'), encoding: text.encoding };
}

function byteOrderMark(bytes: Uint8Array): { encoding?: string; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', offset: 2 };
  return { offset: 0 };
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodedText {
  // ignoreBOM: the mark was already cut off; keep any later U+FEFF as text.
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
}

function decodeUnmarked(bytes: Uint8Array, declared: string | undefined): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: trust a declared single-byte charset if the runtime knows it.
    const label = declared?.trim().toLowerCase();
    if (label && !/^utf-?(8|16)/.test(label)) {
      try {
        return decodeWith(label, bytes);
      } catch {
        // Unknown label: fall through to the usual suspect.
      }
    }
    return decodeWith('windows-1252', bytes);
  }
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
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
