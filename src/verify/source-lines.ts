/**
 * Where a broken link of an article page comes from: the line of the article
 * file that writes it, and what to do about it. The build checks its output
 * (src/verify/run.ts), where a missing image is a link in a page;
 * an author fixes the Markdown file, so that is what the message names.
 */

/**
 * The 1-based line of `source` that writes `target` (as a Markdown link or
 * image, an HTML attribute, or a frontmatter value), or undefined.
 * @example sourceLine('---\ntitle: A\n---\n\n![x](/images/a.jpg)', '/images/a.jpg') // 5
 */
export function sourceLine(source: string, target: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The target as a whole value: after ( " ' = : [ { or a space, before ) " ' , ] } # ? a space or the line's end.
  const pattern = new RegExp(`(^|[("'=:[{\\s])${escaped}($|[)"',\\]}#?\\s])`);
  const index = lines.findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

/**
 * What to do about a link to `target` that is not in the build.
 * @example fixHint('/images/harbour.jpg') // 'add public/images/harbour.jpg, or fix the link'
 */
export function fixHint(target: string): string {
  const path = target.split(/[?#]/)[0] ?? target;
  // A file (it has an extension) belongs in public/; a page is another article or listing.
  return /\.[a-z0-9]+$/i.test(path) ? `add public${path}, or fix the link` : 'fix the link: no page has this address';
}

/**
 * The link's target as the author wrote it: the page's link without the
 * site's base (`/my-archive/images/a.jpg` → `/images/a.jpg`).
 */
export function writtenTarget(link: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix !== '/' && link.startsWith(prefix) ? `/${link.slice(prefix.length)}` : link;
}
