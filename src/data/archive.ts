/**
 * The archive of this build, loaded once and shared by every page's
 * getStaticPaths (they run in one process, so the promise is reused).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '../lib/archive.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
/** An article as listings see it: its data, plus the entry id for rendering. */
export type Article = ArticleEntry['data'] & { id: string };

let archive: Promise<Archive<Article>> | undefined;

/** All published articles, indexed (see src/lib/archive.ts). */
export function getArchive(): Promise<Archive<Article>> {
  archive ??= getCollection('articles').then((entries) => buildArchive(entries.map((entry) => ({ ...entry.data, id: entry.id }))));
  return archive;
}

/** Listings hold this many articles a page. */
export const PAGE_SIZE = 50;
