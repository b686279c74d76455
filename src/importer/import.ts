/**
 * One import run: inputs (files and folders) in, article files out, and an
 * outcome for every input: imported, skipped (why) or failed (why). The CLI
 * and the tests both drive this; it never exits the process or prints.
 */
import { glob, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { completeArticle, type Gap } from './complete.ts';
import { decodeText, declaredCharset } from './decode.ts';
import { utcDayOf } from '../lib/dates.ts';
import { readFeed } from './read-feed.ts';
import { readHtml } from './read-html.ts';
import { readText } from './read-text.ts';
import { ImportError, type FoundArticle, type ImportOutcome, type MetadataOptions } from './types.ts';
import { displayPath, planArticle, scanArchive, writePlanned, type Archive } from './write.ts';

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
  /** Folder that paths are resolved against and shown relative to. */
  cwd: string;
  /** Called after each input file. */
  onProgress?: (done: number, total: number) => void;
}

type Kind = 'text' | 'html' | 'feed';

const KINDS: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed', '.json': 'feed',
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
  let done = 0;
  for (const file of files) {
    const origin = show(file);
    try {
      for (const found of await readInput(file, origin)) {
        outcomes.push('reason' in found ? { status: 'failed', ...found } : await importOne(found, archive, settings));
      }
    } catch (error) {
      outcomes.push({ status: 'failed', origin, reason: error instanceof ImportError ? error.message : `unexpected error: ${String(error)}` });
    }
    settings.onProgress?.(++done, files.length);
  }
  return outcomes;
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
        if (!(await stat(full)).isFile()) continue;
        if (kindOf(full)) files.push(full);
        else outcomes.push({ status: 'skipped', origin: show(full), reason: 'not a .txt, .html or feed file' });
      }
    } else if (kindOf(path)) {
      files.push(path);
    } else {
      outcomes.push({ status: 'failed', origin: show(path), reason: `cannot import ${extname(path) || 'files without an extension'}: expected .txt, .html, or a feed (.xml, .rss, .atom, .json)` });
    }
  }
  return [...new Set(files)].sort();
}

/** Reads one file into the articles it holds (one, or one per feed entry). */
async function readInput(file: string, origin: string): Promise<(FoundArticle | { origin: string; reason: string })[]> {
  const kind = kindOf(file);
  const bytes = await readFile(file);
  const { text } = decodeText(bytes, kind === 'text' ? undefined : declaredCharset(bytes));
  if (kind === 'text') return [readText(text, origin)];
  if (kind === 'html') return [await readHtml(text, origin)];
  return (await readFeed(text, origin)).map((entry) => (entry.ok ? entry.article : { origin: entry.origin, reason: entry.reason }));
}

async function importOne(found: FoundArticle, archive: Archive, settings: ImportSettings): Promise<ImportOutcome> {
  const completed = completeArticle(found, settings.metadata, { draft: settings.draft, today: utcDayOf(settings.now) });
  if (!completed.ok) return { status: 'failed', origin: found.origin, reason: missingReason(completed.gaps) };
  const show = displayPath(settings.cwd);
  const plan = planArticle(archive, completed.frontmatter, found.body, completed.gaps, { force: settings.force, display: show });
  if (plan.action === 'fail') return { status: 'failed', origin: found.origin, reason: `the written file would not pass the archive's checks:\n${plan.reason}` };
  if (plan.action === 'skip') return { status: 'skipped', origin: found.origin, reason: plan.reason, file: show(join(archive.root, plan.file)) };
  const path = join(archive.root, plan.file);
  if (!settings.dryRun) {
    try {
      await writePlanned(archive, plan);
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      return { status: exists ? 'skipped' : 'failed', origin: found.origin, reason: exists ? `${show(path)} already exists; use --force to replace it` : `could not write ${show(path)}: ${String(error)}` };
    }
  }
  return { status: 'imported', origin: found.origin, file: show(path), text: plan.text, draftGaps: completed.gaps.map((gap) => gap.field) };
}

/**
 * Why an article cannot be written, naming the options that would fix it.
 * @example missingReason([{ field: 'date', option: '--date' }]) // 'no date found: give --date (or --draft to write a draft with placeholders)'
 */
export function missingReason(gaps: readonly Gap[]): string {
  const fields = gaps.map((gap) => gap.field).join(', ');
  const options = gaps.map((gap) => gap.option).join(', ');
  return `no ${fields} found: give ${options} (or --draft to write a draft with placeholders)`;
}

/** Counts of outcomes by status. */
export function tally(outcomes: readonly ImportOutcome[]): Record<ImportOutcome['status'], number> {
  const counts = { imported: 0, skipped: 0, failed: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  return counts;
}
