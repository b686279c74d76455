/**
 * The citation of each article as this build gives it: the archive's name and
 * URL, and the access date: the day the page is built, which the reader's
 * browser replaces with their own (src/client/cite.ts).
 */
import type { CitationInput } from '../lib/citation.ts';
import { absoluteUrl, site } from '../site.ts';
import type { Article } from './archive.ts';

/**
 * The day of this build (UTC), read once: the "accessed" date of every
 * citation. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * pins it, so a rebuild of the same content gives the same files.
 */
export const buildDay: string = dayOf(process.env['SOURCE_DATE_EPOCH']);

function dayOf(epoch: string | undefined): string {
  const seconds = epoch === undefined || epoch.trim() === '' ? NaN : Number(epoch);
  if (epoch !== undefined && epoch.trim() !== '' && !Number.isInteger(seconds)) {
    throw new Error(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970; got "${epoch}". Unset it to use today's date.`,
    );
  }
  return new Date(Number.isInteger(seconds) ? seconds * 1000 : Date.now()).toISOString().slice(0, 10);
}

/** Everything a citation of `article` needs; `origin` is `Astro.site` or an endpoint's `context.site`. */
export function citationFor(article: Article, origin: URL | undefined): CitationInput {
  return {
    title: article.title,
    authors: article.authors,
    publication: article.source?.name ?? site.publisher,
    date: article.date,
    originalUrl: article.source?.url,
    archiveName: site.title,
    archiveUrl: absoluteUrl(article.url, origin),
    accessed: buildDay,
    lang: article.lang,
    key: `${article.slug}-${article.date.day.slice(0, 4)}`,
  };
}
