/**
 * Where a broken link of an article page comes from: the line of the article
 * file that writes it, and what to do about it. The build checks its output
 * (src/verify/run.ts), where a missing image is a link in a page;
 * an author fixes the Markdown file, so that is what the message names.
 */
import { escapeRegExp } from '../lib/regexp.ts';

/**
 * The 1-based line of `source` that writes `target` (as a Markdown link or
 * image, an HTML attribute, or a frontmatter value), or undefined.
 * @example sourceLine('---\ntitle: A\n---\n\n![x](/images/a.jpg)', '/images/a.jpg') // 5
 */
export function sourceLine(source: string, target: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const escaped = escapeRegExp(target);
  // The target as a whole value: after ( " ' = : [ { or a space, before ) " ' , ] } # ? a space or the line's end.
  const pattern = new RegExp(`(^|[("'=:[{\\s])${escaped}($|[)"',\\]}#?\\s])`);
  const index = lines.findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}
