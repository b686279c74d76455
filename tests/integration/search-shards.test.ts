/**
 * The search index in shards, built for real: the search fixture with a shard
 * size small enough for several shards, then rebuilt after editing one
 * article (on another day, so every page's citation date changes too).
 */
import { statSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { SEARCH_FIXTURE, searchFixture } from '../helpers/search-fixture.ts';
import type { OfflineManifest } from '../../src/search/offline-manifest.ts';
import type { ShardCacheManifest } from '../../src/search/shard-cache.ts';
import { readBundleFragments } from '../../src/search/fragments.ts';

const articles = searchFixture();
// One article a month, three a shard: 2018-05 to 2019-08, 2020-02 to 2021-04, 2021-09 to 2022-11, 2023-01 to 2024-10.
const SHARDS = { CLIPPINGS_SEARCH_SHARD_SIZE: '3' };
const EDITED = '2021/09/harbour-regatta.md';
const NEW_WORD = 'spinnakerfest';

let first: BuildResult;
let firstCache: ShardCacheManifest;
let second: BuildResult;
let third: BuildResult;
let secondBundles: OfflineManifest['bundles'];
/** Inode of every file of the first build's bundles. */
let firstInodes: Map<string, bigint>;

const cacheManifest = async (build: BuildResult) =>
  JSON.parse(
    await readFile(join(build.dist, '..', 'cache', 'search-shards', 'manifest.json'), 'utf8'),
  ) as ShardCacheManifest;

let secondInodes: Map<string, bigint>;

/** The search bundle folders at the top of a build's dist/. */
async function bundleFolders(build: BuildResult): Promise<string[]> {
  const top = await readdir(build.dist, { withFileTypes: true });
  return top.filter((entry) => entry.isDirectory() && entry.name.startsWith('pagefind')).map((entry) => entry.name);
}

/** Every file of every bundle of a build, with its inode. */
async function bundleInodes(build: BuildResult): Promise<Map<string, bigint>> {
  const inodes = new Map<string, bigint>();
  for (const folder of await bundleFolders(build))
    for (const entry of await readdir(join(build.dist, folder), { recursive: true, withFileTypes: true }))
      if (entry.isFile()) {
        const path = join(entry.parentPath, entry.name);
        inodes.set(path.slice(build.dist.length), statSync(path, { bigint: true }).ino);
      }
  return inodes;
}

/** Every search record in every bundle of a build: its URL and text. */
async function records(build: BuildResult): Promise<{ bundle: string; url: string; content: string }[]> {
  const manifest = JSON.parse(await build.read('offline.json')) as OfflineManifest;
  const all = [];
  for (const bundle of manifest.bundles) {
    for (const { fragment } of readBundleFragments(build.dist, bundle.path))
      all.push({ bundle: bundle.id, url: fragment.url, content: fragment.content });
  }
  return all;
}

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'clippings-shards-'));
  await cp(join(projectRoot, SEARCH_FIXTURE), content, { recursive: true });
  first = await buildFixture({ content, env: { ...SHARDS, SOURCE_DATE_EPOCH: '1700000000' } });
  expect(first.code, first.output).toBe(0);
  firstCache = await cacheManifest(first);
  firstInodes = await bundleInodes(first);
  const file = join(content, EDITED);
  await writeFile(file, `${await readFile(file, 'utf8')}\nThe evening ended with a ${NEW_WORD} on the quay.\n`);
  second = await buildFixture({ content, reuse: first, env: { ...SHARDS, SOURCE_DATE_EPOCH: '1700100000' } });
  expect(second.code, second.output).toBe(0);
  secondInodes = await bundleInodes(second);
}, 400_000);

describe('a sharded search index', () => {
  test('has a bundle for every shard in dist/, each listed in offline.json with its languages', async () => {
    expect(first.output).toContain(`Search index: ${articles.length} pages indexed`);
    expect(first.output).toContain('4 shards of up to 3 articles: 4 indexed, 0 reused');
    const manifest = JSON.parse(await first.read('offline.json')) as OfflineManifest;
    expect(manifest.bundles.map((bundle) => [bundle.id, bundle.path])).toEqual([
      ['2018-05-2019-08', 'pagefind/'],
      ['2020-02-2021-04', 'pagefind-2020-02-2021-04/'],
      ['2021-09-2022-11', 'pagefind-2021-09-2022-11/'],
      ['2023-01-2024-10', 'pagefind-2023-01-2024-10/'],
    ]);
    const paths = manifest.files.map((file) => file.path);
    for (const bundle of manifest.bundles) {
      expect(first.has(`${bundle.path}pagefind-entry.json`), bundle.path).toBe(true);
      expect(paths, bundle.path).toContain(`${bundle.path}pagefind-entry.json?ts=${bundle.metaCacheTag}`);
      expect(
        paths.some((path) => path.startsWith(`${bundle.path}fragment/`)),
        bundle.path,
      ).toBe(true);
      expect(first.has(`${bundle.path}pagefind-ui.js`), bundle.path).toBe(false);
    }
    // French pages are only in the shard that has the French article.
    const french = articles.filter((a) => a.lang === 'fr').map((a) => a.day.slice(0, 7));
    expect(manifest.bundles.filter((bundle) => bundle.languages.includes('fr')).map((bundle) => bundle.id)).toEqual([
      '2023-01-2024-10',
    ]);
    expect(french).toEqual(['2023-01']);
  });

  test('every article has exactly one search record, in the shard of its month', async () => {
    const found = await records(first);
    expect(found).toHaveLength(articles.length);
    expect(new Set(found.map((record) => record.url)).size).toBe(articles.length);
    for (const record of found) {
      const month = record.url.slice(1, 8).replace('/', '-');
      const [from, to] = [record.bundle.slice(0, 7), record.bundle.slice(-7)];
      expect(month >= from && month <= to, `${record.url} in ${record.bundle}`).toBe(true);
    }
    // Build verification (which reads every bundle) agreed.
    expect(first.output).toContain(`${articles.length} search records`);
  });
});

describe('a rebuild after editing one article', () => {
  test('indexes only the edited article’s shard, and copies the others from the cache', () => {
    expect(second.output).toMatch(/shard 3\/4 \(2021-09-2022-11\) indexed/);
    for (const other of ['1/4 (2018-05-2019-08)', '2/4 (2020-02-2021-04)', '4/4 (2023-01-2024-10)'])
      expect(second.output).toContain(`shard ${other} reused from the cache`);
    expect(second.output).toContain('4 shards of up to 3 articles: 1 indexed, 3 reused');
  });

  test('the shards that did not change stay in place: the same files, not copies', () => {
    const kept = [...secondInodes].filter(([path]) => !path.startsWith('/pagefind-2021-09-2022-11/'));
    expect(kept.length).toBeGreaterThan(0);
    for (const [path, inode] of kept) expect({ path, inode }).toEqual({ path, inode: firstInodes.get(path) });
    const reindexed = [...secondInodes].filter(([path]) => path.startsWith('/pagefind-2021-09-2022-11/'));
    expect(reindexed.some(([path, inode]) => firstInodes.get(path) !== inode)).toBe(true);
  });

  test('the cache manifest changed for that shard only', async () => {
    const after = await cacheManifest(second);
    expect(Object.keys(after.shards).sort()).toEqual(Object.keys(firstCache.shards).sort());
    const changed = Object.keys(after.shards).filter((id) => after.shards[id]?.hash !== firstCache.shards[id]?.hash);
    expect(changed).toEqual(['2021-09-2022-11']);
  });

  test('the edit is searchable, once, and every other record is still there', async () => {
    const found = await records(second);
    expect(found).toHaveLength(articles.length);
    expect(new Set(found.map((record) => record.url)).size).toBe(articles.length);
    const withWord = found.filter((record) => record.content.includes(NEW_WORD));
    expect(withWord.map((record) => [record.bundle, record.url])).toEqual([
      ['2021-09-2022-11', '/2021/09/11/harbour-regatta/'],
    ]);
  });
});

describe('a rebuild after the shards’ boundaries moved', () => {
  // After the tests above: this build replaces the dist/ they read.
  beforeAll(async () => {
    secondBundles = (JSON.parse(await second.read('offline.json')) as OfflineManifest).bundles;
    third = await buildFixture({
      content: second.env.CLIPPINGS_CONTENT_DIR ?? '',
      reuse: second,
      env: { CLIPPINGS_SEARCH_SHARD_SIZE: '4', SOURCE_DATE_EPOCH: '1700200000' },
    });
    expect(third.code, third.output).toBe(0);
  }, 400_000);

  test('dist/ holds exactly the new shards’ bundles: the old ones are gone', async () => {
    const manifest = JSON.parse(await third.read('offline.json')) as OfflineManifest;
    // The plan did change: some earlier bundle is no longer in it.
    expect(secondBundles.some(({ path }) => !manifest.bundles.some((bundle) => bundle.path === path))).toBe(true);
    expect((await bundleFolders(third)).sort()).toEqual(
      manifest.bundles.map((bundle) => bundle.path.replace(/^\/|\/$/g, '')).sort(),
    );
  });

  test('every article still has exactly one search record', async () => {
    const found = await records(third);
    expect(found).toHaveLength(articles.length);
    expect(new Set(found.map((record) => record.url)).size).toBe(articles.length);
  });
});
