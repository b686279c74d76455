/**
 * The archive of this build, read from the content loader's store
 * (src/content/article-store.ts) once and shared by every page's
 * getStaticPaths (they run in one process, so the promise is reused). The
 * store is read again when it changes: in `astro dev`, after an edit.
 */
import { resolve } from 'node:path';
import type { ArticleData } from '../content/article-data.ts';
import { articleStoreFile, articleStoreVersion, readArticleStore } from '../content/article-store.ts';
import { throwIfContentBroken } from '../content/dev-errors.ts';
import { buildArchive, type Archive } from '../lib/archive.ts';
import { dayListingPages } from '../lib/pagination.ts';
import { relatedArticles } from '../lib/related.ts';
import { dayPath } from '../lib/urls.ts';
import { settingsFrom } from '../settings.ts';
import { digestAs } from './cache-key.ts';

/** An article as listings see it: its data, plus the entry id for rendering. */
export type Article = ArticleData & { id: string };

/** What is computed from one version of the store, each part when first asked for. */
interface Loaded {
  version: string;
  archive: Promise<Archive<Article>>;
  related?: Promise<Map<string, Article[]>>;
  dayPaths?: Promise<Map<string, string>>;
}

let loaded: Loaded | undefined;

/** What is computed from the store as it is now (read again when it was written since). */
function current(): Loaded {
  // In `astro dev`, a broken article shows as itself rather than as a missing store.
  throwIfContentBroken();
  // Where Astro puts its cache folder: the setting, from the project root (where builds run).
  const cacheDir = resolve(settingsFrom().cacheDir);
  const version = articleStoreVersion(cacheDir);
  if (loaded && loaded.version === version) return loaded;
  const articles = version === undefined ? undefined : readArticleStore(cacheDir);
  if (version === undefined || !articles)
    throw new Error(
      `The articles read by the content loader are missing or unreadable (${articleStoreFile(cacheDir)}): build again.`,
    );
  const archive = articles.map(({ id, digest, data }) => {
    const article = { ...data, id };
    // The loader's digest stands for everything read from the file; the body's place is the rest.
    digestAs(article, `${digest}\0${data.bodyFile}`);
    return article;
  });
  loaded = { version, archive: Promise.resolve(buildArchive(archive)) };
  return loaded;
}

/** All published articles, indexed (see src/lib/archive.ts). */
export function getArchive(): Promise<Archive<Article>> {
  return current().archive;
}

/** Related articles of every article, keyed by URL (computed once; see src/lib/related.ts). */
export function getRelated(): Promise<Map<string, Article[]>> {
  const now = current();
  now.related ??= now.archive.then((archive) => relatedArticles(archive.facets));
  return now.related;
}

/** Listings hold this many articles a page. */
export const PAGE_SIZE = 50;

/** Where each day is listed (see dayPath): `YYYY-MM-DD` → path without base, computed once. */
export function getDayPaths(): Promise<Map<string, string>> {
  const now = current();
  now.dayPaths ??= now.archive.then(
    (archive) =>
      new Map([...dayListingPages(archive.months, PAGE_SIZE)].map(([day, page]) => [day, dayPath(day, page)])),
  );
  return now.dayPaths;
}
