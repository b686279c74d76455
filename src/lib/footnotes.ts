/**
 * An article body's footnote labels in the site's language. The Markdown
 * pipeline renders bodies once, without a language, so remark-rehype writes
 * its English labels: the heading screen readers announce ("Footnotes") and
 * each link back ("Back to reference 1"). The page puts its own words in
 * their place, and keeps the heading out of the search index (it is no word
 * of the article).
 */

export interface FootnoteLabels {
  heading: string;
  /** The link back to a footnote's call: `reference` is "1", or "1-2" for its second call. */
  back: (reference: string) => string;
  /** The labels' language, when it is not the body's (README: "Languages"). */
  lang?: string | undefined;
}

const HEADING = /<h2 class="sr-only" id="footnote-label">Footnotes(?=<)/;
const BACK = /aria-label="Back to reference (\d+(?:-\d+)?)"/g;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The body with its footnote labels in `labels`' words; a body without footnotes as it is.
 * @example localizeFootnotes('<h2 class="sr-only" id="footnote-label">Footnotes<a …', { heading: 'Notas', back: (n) => `Volver a ${n}` })
 * // '<h2 class="sr-only" id="footnote-label" data-pagefind-ignore="">Notas<a …'
 */
export function localizeFootnotes(html: string, labels: FootnoteLabels): string {
  if (!html.includes('id="footnote-label"')) return html;
  const lang = labels.lang ? ` lang="${escapeHtml(labels.lang)}"` : '';
  return html
    .replace(
      HEADING,
      `<h2 class="sr-only" id="footnote-label" data-pagefind-ignore=""${lang}>${escapeHtml(labels.heading)}`,
    )
    .replace(BACK, (_, reference: string) => `aria-label="${escapeHtml(labels.back(reference))}"`);
}
