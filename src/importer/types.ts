/**
 * Shapes shared by the importer's readers, the writer and the CLI.
 */

/** Frontmatter fields a reader found in its input; every one may be missing. */
export interface FoundFields {
  title?: string;
  dek?: string;
  /** Already in article form: `YYYY-MM-DD` or ISO date-time with the publisher's offset. */
  date?: string;
  updated?: string;
  authors?: string[];
  section?: string;
  tags?: string[];
  /** `id` is the publisher's own identifier (feed guid, Atom id), which identifies the article across imports. */
  source?: { name?: string; url?: string; id?: string };
  copyright?: string;
  image?: { src: string; alt: string; caption?: string; credit?: string };
  lang?: string;
}

/** One article as a reader found it, before options, placeholders and checks. */
export interface FoundArticle {
  /** Where it came from, for messages: the file, plus `#n` for a feed entry. */
  origin: string;
  fields: FoundFields;
  /** Markdown body, already sanitized. */
  body: string;
  /** The body as plain text, for the content hash (independent of Markdown formatting). */
  text: string;
  /**
   * Fields read from the shape of plain text (a headline line, a "By" line, a dateline, the holder a copyright line
   * names) or from a feed's text (its language, when it declares none): they fill only what nothing else gives.
   */
  guessed?: FoundFields;
  /** How each guessed field was read, for the summary when the guess is used. */
  guessedWhy?: Partial<Record<'title' | 'authors' | 'date' | 'lang' | 'source', string>>;
  /** What else was inferred or detected (an encoding, a dateline without a year), for the summary. */
  notes?: string[];
}

/** Metadata given on the command line: applies to every input, fills what the input lacks. */
export interface MetadataOptions {
  title?: string;
  date?: string;
  authors?: string[];
  /** Files every input here, whatever section it declares (`--section`). */
  section?: string;
  /** Files here an input that declares no section (`--fallback-section`); `section` wins over it. */
  fallbackSection?: string;
  sourceName?: string;
  sourceUrl?: string;
  tags?: string[];
  lang?: string;
}

/** What happened to one input (a file, or one entry of a feed). */
export type ImportOutcome =
  | { status: 'imported'; origin: string; file: string; text: string; draftGaps: string[]; notes?: string[] }
  | { status: 'skipped'; origin: string; reason: string; file?: string }
  | { status: 'failed'; origin: string; reason: string };

/** A feed entry's origin: its file and its place in the feed. @example entryOrigin('feed.xml', 2) // 'feed.xml#2' */
export function entryOrigin(file: string, number: number): string {
  return `${file}#${number}`;
}

/** A feed entry's file and number, from its origin; undefined for a file's own. @example feedEntry('feed.xml#2') // { file: 'feed.xml', number: 2 } */
export function feedEntry(origin: string): { file: string; number: number } | undefined {
  const match = /^(.*)#(\d+)$/.exec(origin);
  return match ? { file: match[1] ?? '', number: Number(match[2]) } : undefined;
}

/** A problem with one input, worded for the person running the import. */
export class ImportError extends Error {
  override name = 'ImportError';
}
