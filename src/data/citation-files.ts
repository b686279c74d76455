/**
 * The static citation downloads, `/cite/YYYY/MM/DD/<slug>.bib` and `.ris`:
 * one pair per article, written at build time.
 */
import type { APIContext } from 'astro';
import { toBibTeX, toRis } from '../lib/citation.ts';
import { getArchive, type Article } from './archive.ts';
import { citationFor } from './citations.ts';

/** getStaticPaths for either download: the article's date and slug as params. */
export async function citationFilePaths() {
  const archive = await getArchive();
  return archive.newest.map((article) => {
    const [, year, month, day, slug] = article.url.split('/');
    return { params: { year, month, day, slug }, props: { article } };
  });
}

const FORMATS = {
  bib: { type: 'application/x-bibtex; charset=utf-8', write: toBibTeX },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', write: toRis },
} as const;

/** The response for one article's file in one format. */
export function citationFile(format: keyof typeof FORMATS, context: APIContext): Response {
  const { article } = context.props as { article: Article };
  const { type, write } = FORMATS[format];
  return new Response(write(citationFor(article, context.site)), { headers: { 'Content-Type': type } });
}
