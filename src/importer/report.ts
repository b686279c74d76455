/**
 * What the importer tells the person running it: a progress bar while it
 * works, then every outcome and the totals.
 */
import { feedEntry, type ImportOutcome } from './types.ts';

/**
 * A name as it can be shown in a terminal: control characters (escape
 * sequences that retitle or clear the terminal, carriage returns, bells) and
 * direction overrides are written as `\u{…}` instead of sent raw.
 * @example printable('a\u001b]0;owned\u0007.txt') // 'a\\u{1b}]0;owned\\u{7}.txt'
 */
export function printable(name: string): string {
  return name.replace(
    /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`,
  );
}

/**
 * A one-line progress bar. @example progressBar(3, 12, 12) // '[###.........]  3/12'
 */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const count = String(done).padStart(String(total).length);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`;
}

/**
 * The report after a run: imported files (and, in a dry run, the frontmatter
 * each would have), then skips and failures with their reasons, then totals.
 */
export function formatImportReport(outcomes: readonly ImportOutcome[], dryRun: boolean): string {
  const lines: string[] = [];
  const by = <S extends ImportOutcome['status']>(status: S) =>
    outcomes.filter((o): o is Extract<ImportOutcome, { status: S }> => o.status === status);
  const imported = by('imported');
  const skipped = by('skipped');
  const failed = by('failed');
  const shared = sharedFeedNotes(imported);
  const told = new Set<string>();
  for (const outcome of imported) {
    const feed = feedEntry(outcome.origin)?.file;
    const feedNotes = feed === undefined ? undefined : shared.get(feed);
    // A note every entry of a feed shares (the language it was read in) is told once, above them.
    if (feed !== undefined && feedNotes && !told.has(feed)) {
      told.add(feed);
      lines.push(`every entry ${dryRun ? 'to import' : 'imported'} from ${printable(feed)} (${feedNotes.entries}):`);
      lines.push(...feedNotes.notes.map((note) => `    inferred: ${printable(note)}`));
    }
    const draft = outcome.draftGaps.length > 0 ? ` (draft; fill in: ${outcome.draftGaps.join(', ')})` : '';
    lines.push(
      `${dryRun ? 'would write' : 'wrote'} ${printable(outcome.file)} from ${printable(outcome.origin)}${draft}`,
    );
    // What was inferred rather than declared, so a person can check it.
    const own = outcome.notes?.filter((note) => !feedNotes?.notes.includes(note)) ?? [];
    lines.push(...own.map((note) => `    inferred: ${printable(note)}`));
    if (dryRun) lines.push(...frontmatterOf(outcome.text).map((line) => `    ${line}`));
  }
  if (skipped.length > 0)
    lines.push(
      '',
      `Skipped (${skipped.length}):`,
      ...skipped.map((o) => `  ${printable(o.origin)}: ${printable(o.reason)}`),
    );
  if (failed.length > 0) lines.push('', `Failed (${failed.length}):`, ...failureLines(failed));
  const verb = dryRun ? 'Would import' : 'Imported';
  lines.push(
    '',
    `${verb} ${imported.length}, skipped ${skipped.length}, failed ${failed.length}.${dryRun ? ' Dry run: nothing was written.' : ''}`,
  );
  return lines.join('\n').replace(/^\n/, '');
}

/**
 * Per feed, the notes every entry imported from it shares (two entries or
 * more): the report tells them once instead of under each entry.
 */
function sharedFeedNotes(
  imported: readonly { origin: string; notes?: string[] }[],
): Map<string, { entries: number; notes: string[] }> {
  const byFeed = new Map<string, { entries: number; notes: string[] }>();
  for (const { origin, notes = [] } of imported) {
    const feed = feedEntry(origin)?.file;
    if (feed === undefined) continue;
    const known = byFeed.get(feed);
    if (known) {
      known.entries++;
      known.notes = known.notes.filter((note) => notes.includes(note));
    } else byFeed.set(feed, { entries: 1, notes: [...notes] });
  }
  for (const [feed, { entries, notes }] of byFeed) if (entries < 2 || notes.length === 0) byFeed.delete(feed);
  return byFeed;
}

/**
 * Failures, a line each with its reason; a feed's entries that fail for the
 * same reason (all lacking a section) share one line, their numbers as ranges:
 * `heise.atom#1-4, #6: no section found…`.
 */
function failureLines(failed: readonly { origin: string; reason: string }[]): string[] {
  const lines = new Map<string, { origins: string[]; reason: string }>();
  for (const { origin, reason } of failed) {
    const feed = feedEntry(origin)?.file;
    // A file of its own keeps its own line, even beside another with the same reason.
    const key = feed === undefined ? `\u0000${lines.size}` : `${feed}\u0000${reason}`;
    const line = lines.get(key);
    if (line) line.origins.push(origin);
    else lines.set(key, { origins: [origin], reason });
  }
  return [...lines.values()].map(({ origins, reason }) => `  ${originRanges(origins).join(', ')}: ${indent(reason)}`);
}

/**
 * Origins one to a line, a feed's entries that follow each other as one range.
 * @example originRanges(['a.xml#1', 'a.xml#2', 'a.xml#3', 'a.xml#5', 'b.txt']) // ['a.xml#1-3, #5', 'b.txt']
 */
export function originRanges(origins: readonly string[]): string[] {
  const lines: { file: string; ranges: [number, number][] }[] = [];
  for (const origin of origins) {
    const entry = feedEntry(origin);
    const last = lines.at(-1);
    if (!entry) {
      lines.push({ file: origin, ranges: [] });
      continue;
    }
    const { file, number: n } = entry;
    if (last?.file !== file || last.ranges.length === 0) lines.push({ file, ranges: [[n, n]] });
    else {
      const range = last.ranges.at(-1)!;
      if (n === range[1] + 1) range[1] = n;
      else last.ranges.push([n, n]);
    }
  }
  return lines.map(({ file, ranges }) =>
    ranges.length === 0
      ? printable(file)
      : `${printable(file)}#${ranges.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(', #')}`,
  );
}

function frontmatterOf(text: string): string[] {
  const end = text.indexOf('\n---\n', 4);
  return text.slice(0, end + 4).split('\n');
}

function indent(text: string): string {
  return text.split('\n').map(printable).join('\n    ');
}
