/**
 * Metadata for a batch of back issues, where one command imports thousands of
 * files: a `--metadata` table (CSV, JSON or JSON Lines) with one row per input
 * file and any frontmatter field, and dates read from paths such as
 * `1998-05-12-harbour.txt` or `1998/05/12/harbour.txt` (`--date-from-path`).
 * A row is what an editor decided, so it wins over anything inferred.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromBuddhistEra, missingDay, parseArticleDate } from '../lib/dates.ts';
import { toArticleDate } from './dates.ts';
import type { FoundFields } from './types.ts';

/** One row of a metadata table: the fields it sets, and where it was written (for messages). */
export interface MetadataRow {
  where: string;
  fields: FoundFields;
  /** Frontmatter fields the readers never find (summary, slug, corrections…), passed through as written. */
  extra: Record<string, unknown>;
}

/** A metadata file that cannot be used, worded for the person running the import. */
export class MetadataError extends Error {
  override name = 'MetadataError';
}

const LISTS = new Set(['authors', 'tags']);
const TEXT_FIELDS = new Set(['title', 'dek', 'section', 'copyright', 'lang']);
const DATE_FIELDS = new Set(['date', 'updated']);
const SOURCE_FIELDS: Record<string, 'name' | 'url'> = {
  source_name: 'name',
  'source.name': 'name',
  source_url: 'url',
  'source.url': 'url',
};
const PASSED_THROUGH = new Set(['summary', 'slug', 'draft', 'image', 'corrections']);
const KNOWN = [...TEXT_FIELDS, ...DATE_FIELDS, ...LISTS, ...Object.keys(SOURCE_FIELDS), ...PASSED_THROUGH];

/**
 * Reads a metadata table into rows keyed by the absolute path of the file
 * each describes (its `file` column, relative to the table's own folder).
 * Throws a MetadataError naming the row and column of the first problem.
 */
export async function readMetadataFile(
  path: string,
  show: (file: string) => string = (file) => file,
): Promise<Map<string, MetadataRow>> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new MetadataError(`cannot read --metadata ${show(path)}: ${(error as Error).message}`, { cause: error });
  }
  const records = parseRecords(source, path, show);
  const rows = new Map<string, MetadataRow>();
  records.forEach((record, index) => {
    const where = `${show(path)} ${extname(path).toLowerCase() === '.csv' ? `row ${index + 2}` : `entry ${index + 1}`}`;
    const file = record.file ?? record.path;
    if (typeof file !== 'string' || file.trim() === '')
      throw new MetadataError(`${where}: no "file" column naming the input file it describes`);
    const key = resolve(dirname(path), file.trim());
    if (rows.has(key))
      throw new MetadataError(`${where}: ${file} already has a row (${rows.get(key)?.where}); give one row per file`);
    rows.set(key, rowOf(record, where));
  });
  return rows;
}

function parseRecords(source: string, path: string, show: (file: string) => string): Record<string, unknown>[] {
  const kind = extname(path).toLowerCase();
  try {
    if (kind === '.csv')
      return parseCsv<Record<string, unknown>>(source, {
        columns: true,
        bom: true,
        skip_empty_lines: true,
        trim: true,
      });
    if (kind === '.jsonl' || kind === '.ndjson') {
      return source
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    }
    if (kind === '.json') {
      const data = JSON.parse(source) as unknown;
      if (!Array.isArray(data)) throw new Error('expected a JSON array of objects, one per input file');
      return data as Record<string, unknown>[];
    }
  } catch (error) {
    throw new MetadataError(`cannot read --metadata ${show(path)}: ${(error as Error).message}`, { cause: error });
  }
  throw new MetadataError(`--metadata ${show(path)}: expected a .csv, .json or .jsonl file`);
}

/**
 * Where a cell's list splits, as each script writes it: Arabic ، and ؛, the CJK enumeration comma and full-width forms,
 * Ethiopic's comma ፣ and semicolon ፤ (an Ethiopic name is never written family name first, so its comma parts writers
 * too, as bylines.ts reads them).
 */
const LIST_SEPARATOR = { authors: /[;؛；፣፤]/u, tags: /[,،、，፣፤]/u } as const;

/**
 * One table row as fields. Lists are JSON arrays, or text split at `;` (authors) or `,` (tags), in any script's form.
 * @example rowOf({ file: 'a.txt', title: 'Quay fair', authors: 'Ada Quill; Bram Ott', date: '1998-05-12' }, 'meta.csv row 2').fields
 * // { title: 'Quay fair', authors: ['Ada Quill', 'Bram Ott'], date: '1998-05-12' }
 */
export function rowOf(record: Record<string, unknown>, where: string): MetadataRow {
  const fields: FoundFields = {};
  const extra: Record<string, unknown> = {};
  const source: { name?: string; url?: string } = {};
  for (const [column, raw] of Object.entries(record)) {
    const key = column.trim().toLowerCase();
    if (key === 'file' || key === 'path') continue;
    if (raw === null || raw === undefined || raw === '') continue;
    // A cell is text in CSV; in JSON it may be a number or a list (joined), never an object.
    const cell = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.join(',') : JSON.stringify(raw);
    if (!KNOWN.includes(key))
      throw new MetadataError(`${where}: unknown column "${column}" (known: file, ${KNOWN.join(', ')})`);
    if (TEXT_FIELDS.has(key)) fields[key as 'title'] = cell.trim();
    else if (DATE_FIELDS.has(key)) {
      const date = toArticleDate(cell);
      const missing = missingDay(cell);
      if (missing) throw new MetadataError(`${where}: ${key} "${cell}" is not a day that exists: ${missing}`);
      if (!date)
        throw new MetadataError(
          `${where}: ${key} "${cell}" is not a date: expected YYYY-MM-DD or an ISO date-time with offset`,
        );
      fields[key as 'date'] = date;
    } else if (LISTS.has(key)) {
      const list = Array.isArray(raw)
        ? raw.map(String)
        : cell.split(key === 'authors' ? LIST_SEPARATOR.authors : LIST_SEPARATOR.tags);
      fields[key as 'tags'] = list.map((item) => item.trim()).filter(Boolean);
    } else if (key in SOURCE_FIELDS) {
      source[SOURCE_FIELDS[key] as 'name'] = cell.trim();
    } else {
      extra[key] = raw;
    }
  }
  if (source.name || source.url) fields.source = source;
  return { where, fields, extra };
}

/**
 * The publication day a path names: in the file name (`1998-05-12-harbour.txt`,
 * `19980512_harbour.txt`) or in folders (`1998/05/12/harbour.txt`).
 * @example dateFromPath('archive/1998/05/12/harbour.txt') // '1998-05-12'
 * @example dateFromPath('back-issues/1998-05-12-harbour.txt') // '1998-05-12'
 * @example dateFromPath('ข่าว/2567-08-10-doi-suthep.txt') // '2024-08-10'
 */
export function dateFromPath(path: string): string | undefined {
  const normal = path.split(/[\\/]/).join('/');
  const name = normal.split('/').pop() ?? '';
  // Years of the Christian era, or of the Buddhist Era Thai archives file by (2567 is 2024), these with separators
  // only: 24051215 is a number. Every match is tried: IMG_2456_2024-05-12 is dated by its second.
  const candidates = [
    ...name.matchAll(/(?<!\d)((?:1[6-9]|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/g),
    ...name.matchAll(/(?<!\d)(2[45]\d{2})[-_.](\d{2})[-_.](\d{2})(?!\d)/g),
    ...normal.matchAll(/(?:^|\/)((?:1[6-9]|20|2[45])\d{2})\/(\d{2})\/(\d{2})(?=\/)/g),
  ];
  for (const match of candidates) {
    const day = `${fromBuddhistEra(Number(match[1]))}-${match[2]}-${match[3]}`;
    if (parseArticleDate(day)) return day;
  }
  return undefined;
}

/**
 * Fields with a row laid over them: the row's values win, a row's source
 * name or URL replaces only that part of the source.
 */
export function withRow(fields: FoundFields, row: MetadataRow | undefined): FoundFields {
  if (!row) return fields;
  const { source, ...rest } = row.fields;
  return { ...fields, ...rest, ...(source ? { source: { ...fields.source, ...source } } : {}) };
}
