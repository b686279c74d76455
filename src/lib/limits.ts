/**
 * The size limits every article meets, in one place: the schema, the body
 * check, the content loader, the importer and the README all read them from
 * here. Without them a 300-letter author name became a folder name the file
 * system refused (ENAMETOOLONG, with a stack trace naming no article), and a
 * 50 MB body took minutes and gigabytes to render and index.
 */

/** Characters in a name that becomes a page of its own (author, section, tag, source). */
export const MAX_NAME_LENGTH = 100;

/**
 * UTF-8 bytes of one URL path segment made from a name or file name. File
 * systems refuse names over 255 bytes; the margin leaves room for the
 * suffixes a build may add. Letters of many scripts take 2 to 4 bytes each.
 */
export const MAX_SEGMENT_BYTES = 200;

/** Characters of other text fields: headlines and standfirsts are short, and every page and feed repeats them. */
export const MAX_TEXT_LENGTH = {
  title: 300,
  dek: 1_000,
  summary: 1_000,
  copyright: 500,
  'image alt text': 1_000,
  'image caption': 1_000,
  'image credit': 500,
  'correction text': 2_000,
  url: 2_000,
} as const;

/** Entries in one list field (authors, tags, corrections). */
export const MAX_LIST_ENTRIES = 100;

/** Default largest body, in bytes of UTF-8 (2 MiB: the longest real articles are a few hundred KB). */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Deepest nesting of containers in a body: lists, quotes, HTML elements, emphasis, links and images together. */
export const MAX_NESTING = 32;

/**
 * Longest word the search index reads, in characters. Longer runs of letters
 * and digits (base64, a key held down) stay on the page but out of the index:
 * Pagefind's time grows faster than linearly with a word's length. Real words
 * stay under it (German compounds included).
 */
export const MAX_INDEXED_WORD = 64;

/**
 * Longest run of letters the search index reads in a script written without spaces (Thai, Chinese,
 * Japanese…), in characters. Such a run is many words, which Pagefind segments, so MAX_INDEXED_WORD
 * cannot bound it: a Thai clause runs well past 64 letters. Pagefind's time stays linear in these
 * runs (measured: 50,000 Thai letters in 0.2 s, 50,000 Chinese characters in 1.5 s); this bound only
 * keeps a run no prose has (a paste of thousands of letters without a space or a stop) out.
 */
export const MAX_INDEXED_UNSPACED_RUN = 4096;

/** Limits a body is checked against. */
export interface BodyLimits {
  /** Largest body in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest nesting of containers. */
  maxNesting: number;
}

/** The defaults. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: DEFAULT_MAX_BODY_BYTES, maxNesting: MAX_NESTING };

/** The setting that raises or lowers the body size limit. */
export const MAX_BODY_SETTING = 'CLIPPINGS_MAX_BODY_BYTES';

/**
 * The body limits of a run, from its environment (`CLIPPINGS_MAX_BODY_BYTES`,
 * a whole number of bytes). An unusable value is an error, never ignored.
 * @example bodyLimitsFrom({ CLIPPINGS_MAX_BODY_BYTES: '5000000' }).maxBytes // 5000000
 */
export function bodyLimitsFrom(env: Record<string, string | undefined>): BodyLimits {
  const value = env[MAX_BODY_SETTING];
  if (value === undefined || value.trim() === '') return DEFAULT_BODY_LIMITS;
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new Error(`${MAX_BODY_SETTING} must be a whole number of bytes, such as 4194304 for 4 MiB; got "${value}"`);
  }
  return { ...DEFAULT_BODY_LIMITS, maxBytes: bytes };
}

/** Bytes of text in UTF-8, as a file system counts a name. @example utf8Length('東京') // 6 */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Why a URL segment (a slug) is too long for a file name, or undefined.
 * @example segmentProblem('budget') // undefined
 */
export function segmentProblem(segment: string, max = MAX_SEGMENT_BYTES): string | undefined {
  const bytes = utf8Length(segment);
  if (bytes <= max) return undefined;
  return `makes the URL segment "${segment.slice(0, 24)}…", ${bytes} bytes long in UTF-8; the limit is ${max} bytes (a file name): shorten it`;
}

/** A count with thousands separators, for messages. @example formatCount(2097152) // '2,097,152' */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
