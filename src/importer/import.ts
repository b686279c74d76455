/**
 * One import run: inputs (files and folders) in, article files out, and an
 * outcome for every input: imported, skipped (why) or failed (why). The CLI
 * and the tests both drive this; it never exits the process or prints.
 */
import { glob, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { dateFromPath, withRow, type MetadataRow } from './batch-metadata.ts';
import { completeArticle, contentHash, inPersianLetters, type Gap } from './complete.ts';
import { decodeText, declaredCharset, withHungarianLetters } from './decode.ts';
import { utcDayOf } from '../lib/dates.ts';
import { dateReading, type DateReading } from '../lib/written-dates.ts';
import { scriptAndRegion } from '../lib/language-tags.ts';
import { serbianLatin } from '../lib/serbian-script.ts';
import { loadLanguages, translatorFor } from '../i18n/node-languages.ts';
import { localImageCopier } from './images.ts';
import { fileInItsScript } from './language.ts';
import { readText } from './read-text.ts';
import { ImportError, type FoundArticle, type ImportOutcome, type MetadataOptions } from './types.ts';
import { displayPath, importedAs, planArticle, scanArchive, writePlanned, type ArchiveFolder } from './write.ts';

/** Everything a run needs; nothing is read from the environment or the clock. */
export interface ImportSettings {
  /** Files and folders to import (folders are searched recursively). */
  inputs: readonly string[];
  /** The articles folder to write into. */
  out: string;
  metadata: MetadataOptions;
  draft: boolean;
  force: boolean;
  dryRun: boolean;
  /** The moment of the run: its UTC day is the placeholder date of drafts. */
  now: Date;
  /** The archive's language (content/site.json `lang`): drafts' placeholders are in it when an article gives none. */
  siteLang?: string;
  /** The archive's own name and publisher (site.json `title`, `publisher`): a clipping's notice naming them is no source. */
  ownNames?: readonly string[];
  /** Folder that paths are resolved against and shown relative to. */
  cwd: string;
  /** `--metadata`: a row per input file (by absolute path); a row wins over everything else. */
  rows?: ReadonlyMap<string, MetadataRow>;
  /** The metadata table itself, never imported even when it sits among the inputs. */
  metadataFile?: string;
  /** `--date-from-path`: read dates from names like `1998-05-12-story.txt` or folders `1998/05/12/`. */
  dateFromPath?: boolean;
  /** `--encoding`: read every file in this encoding instead of detecting it. */
  encoding?: string;
  /** `--images copy`: copy images saved next to pages into this `public/` folder. */
  copyImagesTo?: string;
  /** Called after each input file. */
  onProgress?: (done: number, total: number) => void;
}

const ASSETS = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|css|js|mjs|woff2?|ttf|otf|eot|map|csv|jsonl)$/i;

/** Files larger than this are refused: a saved article page is a few MB at most, a feed a few tens. */
export const MAX_BYTES = { text: 20 * 1024 * 1024, html: 20 * 1024 * 1024, feed: 100 * 1024 * 1024 } as const;

type Kind = 'text' | 'html' | 'feed';

const KINDS: Record<string, Kind> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.json': 'feed',
};

/** The kind of importer for a file name, by extension. @example kindOf('a/Story.HTM') // 'html' */
export function kindOf(file: string): Kind | undefined {
  return KINDS[extname(file).toLowerCase()];
}

/** Runs an import and returns one outcome per input file or feed entry. */
export async function runImport(settings: ImportSettings): Promise<ImportOutcome[]> {
  const show = displayPath(settings.cwd);
  const outcomes: ImportOutcome[] = [];
  const files = await collectInputs(settings, outcomes);
  const archive = await scanArchive(resolve(settings.cwd, settings.out));
  const unused = new Map(settings.rows ?? []);
  // Only drafts need placeholder headlines: the interface tables load only for them.
  const untitled = settings.draft ? await draftHeadlines(settings.siteLang) : undefined;
  let done = 0;
  for (const file of files) {
    const origin = show(file);
    const context: FileContext = {
      row: settings.rows?.get(file),
      pathDate: settings.dateFromPath ? dateFromPath(show(file)) : undefined,
    };
    unused.delete(file);
    try {
      for (const found of await readInput(file, origin, settings, context)) {
        outcomes.push(
          'reason' in found
            ? { status: 'failed', ...found }
            : await importOne(found, archive, settings, context, untitled),
        );
      }
    } catch (error) {
      outcomes.push({
        status: 'failed',
        origin,
        reason: error instanceof ImportError ? error.message : `unexpected error: ${String(error)}`,
      });
    }
    settings.onProgress?.(++done, files.length);
  }
  for (const [file, row] of unused) {
    outcomes.push({
      status: 'skipped',
      origin: row.where,
      reason: `names ${show(file)}, which is not among the files imported`,
    });
  }
  return outcomes;
}

/** A draft's placeholder headline, from its file name and its language (when it gives one). */
type Untitled = (file: string, lang: string | undefined) => string;

/** Draft headlines in the article's language, or the archive's, from the interface tables. */
async function draftHeadlines(siteLang: string | undefined): Promise<Untitled> {
  const languages = await loadLanguages();
  return (file, lang) => translatorFor(lang ?? siteLang, languages)('import.untitled', { file });
}

/** What is known about one input file besides its content. */
interface FileContext {
  row: MetadataRow | undefined;
  pathDate: string | undefined;
}

/** Expands folders into importable files; records paths that do not exist or cannot be imported. */
async function collectInputs(settings: ImportSettings, outcomes: ImportOutcome[]): Promise<string[]> {
  const show = displayPath(settings.cwd);
  const files: string[] = [];
  for (const input of settings.inputs) {
    const path = resolve(settings.cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      outcomes.push({ status: 'failed', origin: input, reason: 'no such file or folder' });
    } else if (info.isDirectory()) {
      for await (const entry of glob('**/*', { cwd: path })) {
        const name = entry.split(/[\\/]/).pop() ?? entry;
        if (name.startsWith('.')) continue;
        const full = join(path, entry);
        if (!(await stat(full)).isFile() || full === settings.metadataFile) continue;
        if (kindOf(full)) files.push(full);
        // What a browser saves next to a page (Story_files/…) is part of the page, not an input of its own.
        else if (ASSETS.test(full)) continue;
        else outcomes.push({ status: 'skipped', origin: show(full), reason: 'not a .txt, .html or feed file' });
      }
    } else if (kindOf(path)) {
      files.push(path);
    } else {
      outcomes.push({
        status: 'failed',
        origin: show(path),
        reason: `cannot import ${extname(path) || 'files without an extension'}: expected .txt, .html, or a feed (.xml, .rss, .atom, .json)`,
      });
    }
  }
  return [...new Set(files)].sort();
}

/**
 * How a plain text's dates are read: in the language it is imported in (dateReading: its month names first, slashed
 * dates (06/02/2023) day first in Vietnamese, French, British English), the order of a slashed date only where the
 * language tells: English without a region (an archive's default) may be written either way, so a date that reads
 * two ways is still left unread there.
 * @example archiveDateReading('vi') // { slashed: 'day-first', lang: 'vi' }
 * @example archiveDateReading('en') // { lang: 'en' }
 * @example archiveDateReading('en_US') // { slashed: 'month-first', lang: 'en_US' }
 */
export function archiveDateReading(lang: string | undefined): DateReading {
  const tag = lang ? scriptAndRegion(lang) : undefined;
  if (!lang || !tag) return {};
  return tag.language === 'en' && tag.region === undefined ? { lang } : dateReading(lang);
}

/** Reads one file into the articles it holds (one, or one per feed entry). */
async function readInput(
  file: string,
  origin: string,
  settings: ImportSettings,
  context: FileContext,
): Promise<(FoundArticle | { origin: string; reason: string })[]> {
  const kind = kindOf(file) ?? 'text';
  const size = (await stat(file)).size;
  if (size > MAX_BYTES[kind]) {
    throw new ImportError(
      `the file is ${megabytes(size)}, over the ${megabytes(MAX_BYTES[kind])} a single ${kind === 'feed' ? 'feed' : 'article'} may be: nothing imported`,
    );
  }
  const bytes = await readFile(file);
  const decoded = decodeText(bytes, {
    declared: kind === 'text' ? undefined : declaredCharset(bytes),
    encoding: settings.encoding,
  });
  // Letters written as a letter and its accents (as macOS names and some exports write them) composed as one,
  // as a reader types them: "ố" found, a byline's label read, the article stored as the web writes it.
  const composed = decoded.text.normalize('NFC');
  // Hungarian's ő and ű, where the text carries Latin-1's õ and û for them (withHungarianLetters): said under the file.
  const lettered = withHungarianLetters(composed);
  const text = lettered ?? composed;
  const lang = context.row?.fields.lang ?? settings.metadata.lang;
  const read = async (): Promise<(FoundArticle | { origin: string; reason: string })[]> => {
    if (kind === 'text')
      return [
        readText(text, origin, {
          year: context.row?.fields.date?.slice(0, 4) ?? context.pathDate?.slice(0, 4),
          // A language given (--lang, a row's) wins over one read from the text: nothing to read, nor to warn of.
          ...(lang ? {} : { siteLang: settings.siteLang }),
          reading: archiveDateReading(lang ?? settings.siteLang),
        }),
      ];
    // The HTML and feed readers (a DOM, Readability, an XML parser) load on first use: a run of plain text never pays for them.
    if (kind === 'html') {
      const { readHtml } = await import('./read-html.ts');
      const localImages = settings.copyImagesTo
        ? localImageCopier(file, resolve(settings.cwd, settings.copyImagesTo), settings.dryRun)
        : undefined;
      const found = await readHtml(text, origin, localImages ? { localImages } : {});
      if (localImages?.copied.length)
        found.notes = [
          ...(found.notes ?? []),
          `${localImages.copied.length} image(s) copied into ${settings.copyImagesTo}`,
        ];
      return [found];
    }
    const { readFeed } = await import('./read-feed.ts');
    return (await readFeed(text, origin)).map((entry) =>
      entry.ok ? entry.article : { origin: entry.origin, reason: entry.reason },
    );
  };
  const found = await read();
  for (const article of found)
    if (!('reason' in article)) {
      fileInItsScript(article, settings.siteLang);
      leaveOutOwnSource(article, settings.ownNames ?? []);
    }
  if (lettered !== undefined)
    for (const article of found)
      if (!('reason' in article))
        article.notes = [
          ...(article.notes ?? []),
          'read with ő and ű where the text wrote õ and û (the letters Latin-1 pages gave Hungarian): check it',
        ];
  if (decoded.detected) {
    for (const article of found)
      if (!('reason' in article))
        article.notes = [
          `read as ${decoded.encoding} (detected; give --encoding if that is wrong)`,
          ...(article.notes ?? []),
        ];
  }
  return found;
}

async function importOne(
  found: FoundArticle,
  archive: ArchiveFolder,
  settings: ImportSettings,
  context: FileContext,
  untitled: Untitled | undefined,
): Promise<ImportOutcome> {
  // Precedence: the metadata row, then what the input declares, then the date in its path, then the command line, then guesses from the text's shape
  // (--section and --tags come before what the input declares: see completeArticle).
  const declared = { ...found.fields, ...(found.fields.date || !context.pathDate ? {} : { date: context.pathDate }) };
  const fields = withRow(declared, context.row);
  const guessed = found.guessed ?? {};
  const options: MetadataOptions = { ...settings.metadata };
  // --section and --tags file an input over what it declares (completeArticle), but a row wins over them too.
  if (context.row?.fields.section !== undefined) delete options.section;
  if (context.row?.fields.tags !== undefined) delete options.tags;
  const notes = [...(context.row ? [`metadata from ${context.row.where}`] : []), ...(found.notes ?? [])];
  if (fields.date === context.pathDate && context.pathDate && !found.fields.date && !context.row?.fields.date)
    notes.push(`date ${context.pathDate} from the path`);
  for (const key of ['title', 'date', 'authors', 'lang'] as const) {
    if (fields[key] !== undefined || options[key] !== undefined || guessed[key] === undefined) continue;
    (options as Record<string, unknown>)[key] = guessed[key];
    const why = found.guessedWhy?.[key];
    if (why) notes.push(why);
  }
  if (!fields.source?.name && options.sourceName === undefined && guessed.source?.name) {
    options.sourceName = guessed.source.name;
    if (found.guessedWhy?.source) notes.push(found.guessedWhy.source);
  }
  const completed = completeArticle({ ...found, fields }, options, {
    draft: settings.draft,
    today: utcDayOf(settings.now),
    ...(untitled ? { untitled } : {}),
  });
  if (!completed.ok) {
    // Imported before with what this run lacks (--date, --title): met again, it is skipped as any article is.
    const url = fields.source?.url ?? options.sourceUrl;
    const known = settings.force
      ? undefined
      : importedAs(archive, {
          source: fields.source ?? {},
          ...(url ? { source: { ...fields.source, url } } : { contentHash: contentHash(found.text) }),
        });
    if (known !== undefined) {
      const show = displayPath(settings.cwd);
      return {
        status: 'skipped',
        origin: found.origin,
        reason: `already in the archive as ${show(join(archive.root, known))}; use --force to rewrite it`,
        file: show(join(archive.root, known)),
      };
    }
    // What the input said of a missing field tells why it is missing ("the dateline … gives no year").
    const about = (note: string) => completed.gaps.some((gap) => new RegExp(`\\b${gap.field}\\b`).test(note));
    const why = (found.notes ?? []).filter(about);
    return { status: 'failed', origin: found.origin, reason: [missingReason(completed.gaps), ...why].join('\n') };
  }
  const { frontmatter, body } = inPersianLetters(
    { ...completed.frontmatter, ...context.row?.extra },
    found.body,
    (completed.frontmatter['lang'] as string | undefined) ?? settings.siteLang,
  );
  const show = displayPath(settings.cwd);
  const plan = planArticle(archive, frontmatter, body, completed.gaps, { force: settings.force, display: show });
  if (plan.action === 'fail')
    return {
      status: 'failed',
      origin: found.origin,
      reason: `the written file would not pass the archive's checks:\n${plan.reason}`,
    };
  if (plan.action === 'skip')
    return { status: 'skipped', origin: found.origin, reason: plan.reason, file: show(join(archive.root, plan.file)) };
  const path = join(archive.root, plan.file);
  if (!settings.dryRun) {
    try {
      await writePlanned(archive, plan);
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      return {
        status: exists ? 'skipped' : 'failed',
        origin: found.origin,
        reason: exists
          ? `${show(path)} already exists; use --force to replace it`
          : `could not write ${show(path)}: ${String(error)}`,
      };
    }
  }
  return {
    status: 'imported',
    origin: found.origin,
    file: show(path),
    text: plan.text,
    draftGaps: completed.gaps.map((gap) => gap.field),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * Why an article cannot be written, naming the options that would fix it: every one is needed.
 * @example missingReason([{ field: 'date', option: '--date' }]) // 'no date found: give --date (or --draft to write a draft with placeholders)'
 * @example missingReason([{ field: 'title', option: '--title' }, { field: 'date', option: '--date' }]) // 'no title or date found: give --title and --date (or --draft …)'
 */
export function missingReason(gaps: readonly Gap[]): string {
  const fields = listed(
    gaps.map((gap) => gap.field),
    'or',
  );
  const options = listed(
    gaps.map((gap) => gap.option),
    'and',
  );
  return `no ${fields} found: give ${options} (or --draft to write a draft with placeholders)`;
}

/** "a", "a or b", "a, b or c": no field was found, and each option is needed. */
function listed(items: readonly string[], last: 'and' | 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** Counts of outcomes by status. */
export function tally(outcomes: readonly ImportOutcome[]): Record<ImportOutcome['status'], number> {
  const counts = { imported: 0, skipped: 0, failed: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  return counts;
}

/**
 * A source guessed from a copyright notice that names the archive itself (its
 * publisher or title, as a newsroom's own back issues carry its own ©) is left
 * out: "Originally published by" the archive's own paper says nothing, and
 * the paper's articles with and without the notice stay alike. A source the
 * page or the command line gives is kept.
 */
export function leaveOutOwnSource(article: FoundArticle, ownNames: readonly string[]): void {
  const name = article.guessed?.source?.name;
  // Only a holder read from the notice: an agency a dateline credits (Reuters) is a source even to its own archive.
  if (!name || !article.guessed || !article.guessedWhy?.source?.includes('copyright line')) return;
  // A Serbian archive names itself in either alphabet: "Južne novine" in site.json is "Јужне новине" on a notice.
  const key = (text: string) => serbianLatin(text.normalize('NFC').trim()).toLocaleLowerCase();
  if (!ownNames.some((own) => key(own) === key(name))) return;
  delete article.guessed.source;
  if (article.guessedWhy) delete article.guessedWhy.source;
  article.notes = [
    ...(article.notes ?? []),
    `source "${name}" not taken from the copyright line: it is this archive's own (site.json)`,
  ];
}
