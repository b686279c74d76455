/**
 * An article's rendered body, read from the file the loader wrote (bodies are
 * kept apart from the article store: see src/content/article-loader.ts). Read
 * when its page renders, so a build holds one body at a time, not the archive.
 * Read synchronously: a few kilobytes from the local disk cost less that way
 * than a promise-based read's file handle, stat and close. Then its footnote
 * labels are put in the site's language (localizeFootnotes).
 */
import { readFileSync } from 'node:fs';
import type { ArticleData } from '../content/article-data.ts';

/** The body HTML of one article, sanitized by the pipeline when it was rendered. */
export function readArticleBody(article: Pick<ArticleData, 'bodyFile' | 'file'>): string {
  try {
    return readFileSync(article.bodyFile, 'utf8');
  } catch (error) {
    throw new Error(
      `${article.file}: its rendered body is missing from the build cache (${article.bodyFile}); build again to re-render it.`,
      { cause: error },
    );
  }
}

export interface FootnoteLabels {
  heading: string;
  /** The link back to a footnote's call: `reference` is "1", or "1-2" for its second call. */
  back: (reference: string) => string;
  /** The labels' language and direction, when they are not the body's (docs/languages.md). */
  lang?: { lang: string; dir: string } | undefined;
}

// remark-rehype's heading of the footnotes, whatever id rehype-unique-ids left it (an author's own
// "Footnote label" heading takes `footnote-label` first), and its links back.
const HEADING = /(<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="[^"]*")>Footnotes(?=<)/;
const BACK = /aria-label="Back to reference (\d+(?:-\d+)?)"/g;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The body with its footnote labels in `labels`' words: the Markdown pipeline
 * renders bodies once, without the site's language, so remark-rehype wrote its
 * English ("Footnotes", "Back to reference 1"). The heading is kept out of the
 * search index: it is no word of the article. A body without footnotes is
 * returned as it is.
 * @example localizeFootnotes('<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes<a …', { heading: 'Notas', back: (n) => `Volver a ${n}` })
 * // '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label" data-pagefind-ignore="">Notas<a …'
 */
export function localizeFootnotes(html: string, labels: FootnoteLabels): string {
  if (!html.includes('data-footnotes=""')) return html;
  const own = labels.lang ? ` lang="${escapeHtml(labels.lang.lang)}" dir="${escapeHtml(labels.lang.dir)}"` : '';
  return html
    .replace(HEADING, (_, start: string) => `${start} data-pagefind-ignore=""${own}>${escapeHtml(labels.heading)}`)
    .replace(BACK, (_, reference: string) => `aria-label="${escapeHtml(labels.back(reference))}"${own}`);
}
