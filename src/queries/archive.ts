/**
 * The archive of this build, loaded once and shared by every page's
 * getStaticPaths (they run in one process, so the promise is reused).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '../lib/archive.ts';
import { dayListingPages } from '../lib/pagination.ts';
import { relatedArticles } from '../lib/related.ts';
import { dayPath } from '../lib/urls.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
/** An article as listings see it: its data, plus the entry id for rendering. */
export type Article = ArticleEntry['data'] & { id: string };

let archive: Promise<Archive<Article>> | undefined;

/** All published articles, indexed (see src/lib/archive.ts). */
export function getArchive(): Promise<Archive<Article>> {
  archive ??= getCollection('articles').then((entries) =>
    buildArchive(entries.map((entry) => ({ ...entry.data, id: entry.id }))),
  );
  return archive;
}

let related: Promise<Map<string, Article[]>> | undefined;

/** Related articles of every article, keyed by URL (computed once; see src/lib/related.ts). */
export function getRelated(): Promise<Map<string, Article[]>> {
  related ??= getArchive().then((archive) => relatedArticles(archive.facets));
  return related;
}

/** Listings hold this many articles a page. */
export const PAGE_SIZE = 50;

let dayPaths: Promise<Map<string, string>> | undefined;

/** Where each day is listed (see dayPath): `YYYY-MM-DD` → path without base, computed once. */
export function getDayPaths(): Promise<Map<string, string>> {
  dayPaths ??= getArchive().then(
    (archive) =>
      new Map([...dayListingPages(archive.months, PAGE_SIZE)].map(([day, page]) => [day, dayPath(day, page)])),
  );
  return dayPaths;
}
