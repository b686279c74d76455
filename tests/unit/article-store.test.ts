/**
 * The loader's own article store (src/content/article-store.ts): what is
 * written is read back as it was, a missing or damaged store reads as none
 * (the loader then reads every file again), and each write changes the
 * version the pages reload on.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ArticleData } from '../../src/content/article-data.ts';
import {
  articleStoreFile,
  articleStoreVersion,
  readArticleStore,
  writeArticleStore,
  type StoredArticle,
} from '../../src/content/article-store.ts';

const folders: string[] = [];
const cacheFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'clippings-store-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const article = (slug: string, title: string): StoredArticle => ({
  id: `2021/03/04/${slug}`,
  digest: `digest-${slug}`,
  data: {
    title,
    date: {
      written: '2021-03-04T09:30:00+01:00',
      day: '2021-03-04',
      timestamp: 1614846600000,
      time: '09:30',
      offset: '+01:00',
    },
    authors: ['Ana Ruiz'],
    tags: ['ferry'],
    slug,
    url: `/2021/03/04/${slug}/`,
    file: `content/articles/2021/${slug}.md`,
    summary: 'Ferry «Ría» — 3 × daily',
    wordCount: 412,
    bodyFile: `/cache/article-bodies/digest-${slug}.html`,
  } as unknown as ArticleData,
});

describe('article store', () => {
  test('reads back what was written, field for field', async () => {
    const cache = cacheFolder();
    const articles = [article('ferry', 'Le ferry reprend'), article('port', '港の再開')];
    await writeArticleStore(cache, articles);
    expect(readArticleStore(cache)).toEqual(articles);
    // Written whole: nothing is left beside it.
    expect(readdirSync(cache)).toEqual(['articles.json']);
  });

  test('a missing, damaged or foreign file reads as no store', () => {
    const cache = cacheFolder();
    expect(readArticleStore(cache)).toBeUndefined();
    expect(articleStoreVersion(cache)).toBeUndefined();
    writeFileSync(articleStoreFile(cache), '{"generator":"clippings","articles":[{"id"');
    expect(readArticleStore(cache)).toBeUndefined();
    writeFileSync(articleStoreFile(cache), '{"articles":[]}');
    expect(readArticleStore(cache)).toBeUndefined();
  });

  test('every write gives a new version, even with the same articles', async () => {
    const cache = cacheFolder();
    await writeArticleStore(cache, [article('ferry', 'Le ferry reprend')]);
    const first = articleStoreVersion(cache);
    await writeArticleStore(cache, [article('ferry', 'Le ferry reprend')]);
    expect(articleStoreVersion(cache)).not.toBe(first);
  });
});
