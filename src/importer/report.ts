/**
 * What the importer tells the person running it: a progress bar while it
 * works, then every outcome and the totals.
 */
import type { ImportOutcome } from './types.ts';

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
  for (const outcome of imported) {
    const draft = outcome.draftGaps.length > 0 ? ` (draft; fill in: ${outcome.draftGaps.join(', ')})` : '';
    lines.push(
      `${dryRun ? 'would write' : 'wrote'} ${printable(outcome.file)} from ${printable(outcome.origin)}${draft}`,
    );
    // What was inferred rather than declared, so a person can check it.
    if (outcome.notes?.length) lines.push(...outcome.notes.map((note) => `    inferred: ${printable(note)}`));
    if (dryRun) lines.push(...frontmatterOf(outcome.text).map((line) => `    ${line}`));
  }
  if (skipped.length > 0)
    lines.push(
      '',
      `Skipped (${skipped.length}):`,
      ...skipped.map((o) => `  ${printable(o.origin)}: ${printable(o.reason)}`),
    );
  if (failed.length > 0)
    lines.push('', `Failed (${failed.length}):`, ...failed.map((o) => `  ${printable(o.origin)}: ${indent(o.reason)}`));
  const verb = dryRun ? 'Would import' : 'Imported';
  lines.push(
    '',
    `${verb} ${imported.length}, skipped ${skipped.length}, failed ${failed.length}.${dryRun ? ' Dry run: nothing was written.' : ''}`,
  );
  return lines.join('\n').replace(/^\n/, '');
}

function frontmatterOf(text: string): string[] {
  const end = text.indexOf('\n---\n', 4);
  return text.slice(0, end + 4).split('\n');
}

function indent(text: string): string {
  return text.split('\n').map(printable).join('\n    ');
}
