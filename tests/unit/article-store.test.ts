/**
 * The loader's own article store (src/content/article-store.ts): what is
 * written is read back as it was, a missing or damaged store reads as none
 * (the loader then reads every file again), and each write changes the
 * version the pages reload on.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // What the file holds, not only what this process remembers of it: one article a line, after a header.
    const [header, ...rest] = readFileSync(articleStoreFile(cache), 'utf8').trimEnd().split('\n');
    expect(JSON.parse(header ?? '')).toMatchObject({ generator: 'clippings' });
    expect(rest.map((line) => JSON.parse(line) as unknown)).toEqual(articles);
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

  test('the pages read once what the loader wrote or read in the same process, and again when the file changed', async () => {
    const cache = cacheFolder();
    const written = [article('ferry', 'Le ferry reprend')];
    await writeArticleStore(cache, written);
    // Not parsed again: the same objects.
    expect(readArticleStore(cache)).toBe(written);
    expect(readArticleStore(cache)).toBe(written);
    // Another writer (a build in another process) replaced the file: it is read again.
    const other = [article('port', '港の再開')];
    writeFileSync(articleStoreFile(cache), JSON.stringify({ generator: 'clippings', articles: other }));
    const read = readArticleStore(cache);
    expect(read).toEqual(other);
    expect(readArticleStore(cache)).toBe(read);
    // Gone: no store, whatever was read before.
    rmSync(articleStoreFile(cache));
    expect(readArticleStore(cache)).toBeUndefined();
  });

  test('entries read and written back unchanged keep their lines; a changed one is written anew', async () => {
    const cache = cacheFolder();
    await writeArticleStore(cache, [article('ferry', 'Le ferry reprend'), article('port', '港の再開')]);
    const before = readFileSync(articleStoreFile(cache), 'utf8');
    // Another process reads it (a new build): this copy's objects come from the file.
    writeFileSync(articleStoreFile(cache), before);
    const read = readArticleStore(cache) ?? [];
    await writeArticleStore(cache, read);
    expect(readFileSync(articleStoreFile(cache), 'utf8')).toBe(before);
    const [ferry, port] = read as [StoredArticle, StoredArticle];
    await writeArticleStore(cache, [ferry, { ...port, data: { ...port.data, title: '港の再開、延期' } }]);
    writeFileSync(articleStoreFile(cache), readFileSync(articleStoreFile(cache), 'utf8'));
    expect(readArticleStore(cache)?.map(({ data }) => data.title)).toEqual(['Le ferry reprend', '港の再開、延期']);
  });

  test('lines copied from the file read, in runs or alone, around new and dropped entries, give the file the list stands for', async () => {
    const cache = cacheFolder();
    const titles = ['Le ferry reprend', '港の再開', 'عودة العبّارة', 'Fähre «Ría»', 'Ferry back', 'Ferry 🚢 again'];
    const written = titles.map((title, i) => article(`a${i}`, title));
    await writeArticleStore(cache, written);
    // Another process reads it (a new build): its objects come from the file's bytes.
    writeFileSync(articleStoreFile(cache), readFileSync(articleStoreFile(cache)));
    const read = readArticleStore(cache) ?? [];
    expect(read).toEqual(written);
    const at = (i: number) => read[i] as StoredArticle;
    // Dropped (the third), changed (the fifth), one added in the middle, the first moved last: runs broken and resumed.
    const next = [at(1), at(3), article('new', 'Nouveau quai'), { ...at(4), digest: 'changed' }, at(5), at(0)];
    await writeArticleStore(cache, next);
    const expected = [
      JSON.stringify({ generator: 'clippings', format: 'one article per line' }),
      ...next.map((entry) => JSON.stringify(entry)),
    ];
    expect(readFileSync(articleStoreFile(cache), 'utf8')).toBe(`${expected.join('\n')}\n`);
    writeFileSync(articleStoreFile(cache), readFileSync(articleStoreFile(cache)));
    expect(readArticleStore(cache)).toEqual(next);
  });

  test('a store cut short reads as none; one written by an earlier version, whole, is still read', () => {
    const cache = cacheFolder();
    const articles = [article('ferry', 'Le ferry reprend'), article('port', '港の再開')];
    writeFileSync(articleStoreFile(cache), JSON.stringify({ generator: 'clippings', articles }));
    expect(readArticleStore(cache)).toEqual(articles);
    const lines = [
      JSON.stringify({ generator: 'clippings', format: 'one article per line' }),
      ...articles.map((a) => JSON.stringify(a)),
    ];
    writeFileSync(articleStoreFile(cache), `${lines.join('\n')}\n`);
    expect(readArticleStore(cache)).toEqual(articles);
    // The last line lost its end (a full disk, a copy stopped halfway).
    writeFileSync(articleStoreFile(cache), lines.join('\n').slice(0, -10));
    expect(readArticleStore(cache)).toBeUndefined();
  });
});
