/**
 * Change detection for search shards: what part of a page is hashed, and
 * the cache that keeps each shard's bundle between builds.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  hashShard,
  indexedPartHashes,
  isContentNamed,
  pageStates,
  settledStates,
  ShardCache,
  statesHash,
} from '../../src/search/shard-cache.ts';

const page = (options: { body?: string; cite?: string; lang?: string; outside?: string } = {}) =>
  `<!doctype html><html lang="${options.lang ?? 'en'}"><head><title>T</title></head><body><nav>Menu</nav>` +
  `<article class="article" data-pagefind-body lang="${options.lang ?? 'en'}"><h1>Ferry</h1><p>${options.body ?? 'The ferry sails.'}</p>` +
  `<aside><article>nested</article></aside><span data-pagefind-sort="date">2020-01-01</span></article>` +
  `<section class="cite" data-pagefind-ignore>Accessed ${options.cite ?? '1 May 2026'}</section>${options.outside ?? ''}</body></html>`;

async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clippings-shard-'));
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

describe('hashShard', () => {
  const files = ['2020/01/01/a/index.html', '2020/01/02/b/index.html'];

  test('changes with an article’s indexed text, its path or the settings; not with the rest of the page or the file order', async () => {
    const base = await site({ [files[0]!]: page(), [files[1]!]: page({ body: 'Bridge' }) });
    const hash = hashShard(base, files, 'settings');
    expect(hashShard(base, [...files].reverse(), 'settings')).toBe(hash);
    expect(hashShard(base, files, 'other settings')).not.toBe(hash);
    expect(hashShard(base, files.slice(0, 1), 'settings')).not.toBe(hash);

    const cite = await site({ [files[0]!]: page({ cite: 'tomorrow' }), [files[1]!]: page({ body: 'Bridge' }) });
    expect(hashShard(cite, files, 'settings')).toBe(hash);
    const edited = await site({ [files[0]!]: page(), [files[1]!]: page({ body: 'Bridge closed' }) });
    expect(hashShard(edited, files, 'settings')).not.toBe(hash);
  });

  test('hashes a shard of many pages, read one at a time', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`2020/01/01/p${i}/index.html`, page({ body: `n${i}` })]),
    );
    const dir = await site(many);
    expect(hashShard(dir, Object.keys(many), 's')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('ShardCache', () => {
  const bundle = async (text: string) => site({ 'pagefind-entry.json': '{}', 'fragment/x.pf_fragment': text });

  test('stores a bundle, finds it by id and hash, restores it, and survives a reload', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'clippings-cache-')), 'search-shards');
    const cache = new ShardCache(folder);
    await cache.load();
    expect(cache.lookup('2020', 'h1')).toBeUndefined();
    await cache.store('2020', await bundle('one'), { hash: 'h1', languages: { en: 1 } });
    expect(cache.lookup('2020', 'h1')).toEqual({ hash: 'h1', languages: { en: 1 } });
    expect(cache.lookup('2020', 'h2')).toBeUndefined();
    expect(cache.lookup('2021', 'h1')).toBeUndefined();

    const again = new ShardCache(folder);
    await again.load();
    const out = join(await mkdtemp(join(tmpdir(), 'clippings-out-')), 'pagefind-2020');
    expect(again.lookup('2020', 'h1')).toBeDefined();
    await again.restore('2020', out);
    expect(await readFile(join(out, 'fragment', 'x.pf_fragment'), 'utf8')).toBe('one');
  });

  test('a manifest entry whose bundle is gone is a miss, and an unreadable manifest is an empty cache', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'clippings-cache-')), 'search-shards');
    const cache = new ShardCache(folder);
    await cache.store('2020', await bundle('one'), { hash: 'h1', languages: { en: 1 } });
    await cache.keepOnly([]);
    expect(existsSync(join(folder, '2020'))).toBe(false);
    expect(cache.lookup('2020', 'h1')).toBeUndefined();

    await writeFile(join(folder, 'manifest.json'), '{ not json');
    const broken = new ShardCache(folder);
    await broken.load();
    expect(broken.lookup('2020', 'h1')).toBeUndefined();
  });

  test('a restored bundle is in place; one copied over, missing a file or holding another is not', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'clippings-cache-')), 'search-shards');
    const cache = new ShardCache(folder);
    const files = {
      'pagefind-entry.json': '{}',
      'pagefind.js': 'search();',
      'fragment/en_01c6625.pf_fragment': 'one',
      'index/en_9fbf324.pf_index': 'two',
    };
    await cache.store('2020', await site(files), { hash: 'h1', languages: { en: 1 } });
    const out = join(await mkdtemp(join(tmpdir(), 'clippings-out-')), 'pagefind-2020');
    expect(await cache.isInPlace('2020', out)).toBe(false);
    await cache.restore('2020', out);
    expect(await cache.isInPlace('2020', out)).toBe(true);

    // The entry file copied (same bytes, another file): its state changed, so the bundle is put back.
    await rm(join(out, 'pagefind-entry.json'));
    await copyFile(join(folder, '2020', 'pagefind-entry.json'), join(out, 'pagefind-entry.json'));
    expect(await cache.isInPlace('2020', out)).toBe(false);
    await cache.restore('2020', out);
    await rm(join(out, 'index/en_9fbf324.pf_index'));
    expect(await cache.isInPlace('2020', out)).toBe(false);
    await writeFile(join(out, 'index/en_1234567.pf_index'), 'other');
    expect(await cache.isInPlace('2020', out)).toBe(false);
  });

  test('knows which bundle files Pagefind names after their bytes', () => {
    expect(isContentNamed('fragment/en_01c6625.pf_fragment')).toBe(true);
    expect(isContentNamed('index/zh-cn_0a35768.pf_index')).toBe(true);
    expect(isContentNamed('filter/en_567ede3.pf_filter')).toBe(true);
    expect(isContentNamed('pagefind.en_44c5c6b924.pf_meta')).toBe(true);
    for (const fixed of ['pagefind-entry.json', 'pagefind.js', 'wasm.en.pagefind', 'pagefind-worker.js'])
      expect(isContentNamed(fixed)).toBe(false);
  });

  test('keepOnly drops shards no longer planned and keeps the others', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'clippings-cache-')), 'search-shards');
    const cache = new ShardCache(folder);
    await cache.store('2019', await bundle('a'), { hash: 'a', languages: {} });
    await cache.store('2020', await bundle('b'), { hash: 'b', languages: {} });
    for (const memo of ['2019.indexed-parts.json', '2020.indexed-parts.json', 'indexed-parts.json'])
      await writeFile(join(folder, memo), '{}');
    await cache.keepOnly(['2020']);
    expect(existsSync(join(folder, '2019'))).toBe(false);
    // Memos go with their shard; the one memo of every page kept by older builds goes too.
    expect(existsSync(join(folder, '2019.indexed-parts.json'))).toBe(false);
    expect(existsSync(join(folder, 'indexed-parts.json'))).toBe(false);
    expect(existsSync(join(folder, '2020.indexed-parts.json'))).toBe(true);
    expect(cache.lookup('2020', 'b')).toBeDefined();
    expect(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'))).toEqual({
      shards: { '2020': { hash: 'b', languages: {} } },
    });
  });
});

describe('settledStates', () => {
  test('takes a page’s state now where only its change time moved, else keeps the one before', () => {
    const before = new Map([
      ['linked.html', '5:100:200:7'],
      ['rewritten.html', '5:100:200:8'],
      ['gone.html', '5:100:200:9'],
      ['unstated.html', undefined],
    ]);
    const now = new Map([
      ['linked.html', '5:100:300:7'],
      ['rewritten.html', '5:150:300:8'],
      ['gone.html', undefined],
      ['unstated.html', '5:100:300:10'],
    ]);
    expect(settledStates(before, now)).toEqual(
      new Map([
        ['linked.html', '5:100:300:7'],
        ['rewritten.html', '5:100:200:8'],
        ['gone.html', '5:100:200:9'],
        ['unstated.html', undefined],
      ]),
    );
  });
});

describe('a shard whose pages were not written since', () => {
  const files = ['2020/01/01/a/index.html', '2020/01/02/b/index.html'];

  test('is known by its pages’ states: the same files and settings give the same hash, any rewrite another', async () => {
    const dir = await site({ [files[0]!]: page(), [files[1]!]: page({ body: 'Bridge' }) });
    const states = statesHash(pageStates(dir, files), 'settings');
    expect(states).toMatch(/^[0-9a-f]{64}$/);
    expect(statesHash(pageStates(dir, [...files].reverse()), 'settings')).toBe(states);
    expect(statesHash(pageStates(dir, files), 'other settings')).not.toBe(states);
    expect(statesHash(pageStates(dir, files.slice(0, 1)), 'settings')).not.toBe(states);
    // Rewritten with the very same bytes: no longer known unchanged (its indexed part is then read again).
    await writeFile(join(dir, files[0]!), page());
    expect(statesHash(pageStates(dir, files), 'settings')).not.toBe(states);
    // A page that cannot be stated leaves the shard unknown.
    expect(statesHash(pageStates(dir, [...files, '2020/01/03/gone/index.html']), 'settings')).toBeUndefined();
  });

  test('keeps its cached hash without a page read, until one of its pages is written', async () => {
    const dir = await site({ [files[0]!]: page(), [files[1]!]: page({ body: 'Bridge' }) });
    const folder = join(await mkdtemp(join(tmpdir(), 'clippings-cache-')), 'search-shards');
    const cache = new ShardCache(folder);
    const parts = indexedPartHashes(folder, dir, '2020');
    const hash = hashShard(dir, files, 'settings', parts);
    await parts.save();
    await cache.store('2020', await site({ 'pagefind-entry.json': '{}' }), { hash, languages: { en: 2 } });
    const states = statesHash(pageStates(dir, files), 'settings');
    expect(cache.unchangedSince('2020', states)).toBeUndefined();
    cache.remember('2020', states);
    expect(cache.unchangedSince('2020', states)).toEqual({ hash, languages: { en: 2 }, states });
    // Written with the manifest at the end of indexing, as the indexer does.
    await cache.keepOnly(['2020']);

    const again = new ShardCache(folder);
    await again.load();
    expect(again.unchangedSince('2020', states)).toEqual({ hash, languages: { en: 2 }, states });
    expect(again.unchangedSince('2020', undefined)).toBeUndefined();
    // Only the shard's own memo was written, and it answers for its pages without reading them.
    expect(existsSync(join(folder, '2020.indexed-parts.json'))).toBe(true);
    const remembered = indexedPartHashes(folder, dir, '2020');
    expect(hashShard(dir, files, 'settings', remembered, pageStates(dir, files))).toBe(hash);
    expect(remembered.computed).toBe(0);

    await writeFile(join(dir, files[1]!), page({ body: 'Bridge closed' }));
    expect(again.unchangedSince('2020', statesHash(pageStates(dir, files), 'settings'))).toBeUndefined();
  });
});
