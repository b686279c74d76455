/**
 * Shard planning for the search index: which years go together, and that
 * boundaries stay put while the archive grows or articles are edited.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bundleDir,
  countArticlesPerYear,
  DEFAULT_SHARD_SIZE,
  planSearchShards,
  shardGlob,
  shardSizeFrom,
  type SearchShard,
} from '../../src/lib/search-shards.ts';

const ids = (shards: SearchShard[]) => shards.map((shard) => shard.id);

describe('planSearchShards', () => {
  test.each([
    ['one shard when everything fits', { '2020': 3, '2021': 4 }, 10, ['2020-2021']],
    ['packs consecutive years from the oldest', { '2020': 3, '2021': 4, '2022': 2, '2023': 5 }, 6, ['2020', '2021-2022', '2023']],
    ['a shard may be exactly full', { '2020': 3, '2021': 3, '2022': 1 }, 6, ['2020-2021', '2022']],
    ['a year larger than the size stays one shard', { '2019': 1, '2020': 50, '2021': 2 }, 10, ['2019', '2020', '2021']],
    ['years given in any order', { '2023': 1, '2001': 1, '2010': 1 }, 2, ['2001-2010', '2023']],
    ['gaps between years do not split', { '1990': 1, '2020': 1 }, 5, ['1990-2020']],
    ['years without articles are left out', { '2020': 0, '2021': 2 }, 5, ['2021']],
    ['an empty archive has no shards', {}, 5, []],
  ])('%s', (_, counts, size, expected) => {
    expect(ids(planSearchShards(counts, size))).toEqual(expected);
  });

  test('lists each shard’s years and article count', () => {
    expect(planSearchShards({ '2020': 3, '2021': 4, '2022': 2 }, 6)).toEqual([
      { id: '2020', years: ['2020'], articles: 3 },
      { id: '2021-2022', years: ['2021', '2022'], articles: 6 },
    ]);
  });

  test('refuses a size that is not a positive whole number', () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => planSearchShards({ '2020': 1 }, size)).toThrow(RangeError);
  });

  const archives = fc.dictionary(fc.integer({ min: 1990, max: 2030 }).map(String), fc.integer({ min: 0, max: 40 }), { maxKeys: 25 });

  test('every year with articles is in exactly one shard, in order, and only single-year shards exceed the size', () => {
    fc.assert(
      fc.property(archives, fc.integer({ min: 1, max: 60 }), (counts, size) => {
        const shards = planSearchShards(counts, size);
        const years = Object.keys(counts).filter((year) => (counts[year] ?? 0) > 0).sort();
        expect(shards.flatMap((shard) => shard.years)).toEqual(years);
        for (const shard of shards) {
          expect(shard.articles).toBe(shard.years.reduce((sum, year) => sum + (counts[year] ?? 0), 0));
          if (shard.years.length > 1) expect(shard.articles).toBeLessThanOrEqual(size);
        }
      }),
    );
  });

  test('stable: new articles in the newest year never move an older shard', () => {
    fc.assert(
      fc.property(archives, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 100 }), (counts, size, added) => {
        const before = planSearchShards(counts, size);
        const newest = Object.keys(counts).filter((year) => (counts[year] ?? 0) > 0).sort().at(-1);
        if (!newest) return;
        const after = planSearchShards({ ...counts, [newest]: (counts[newest] ?? 0) + added }, size);
        // All shards but the newest one keep their ids, years and counts.
        expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
      }),
    );
  });

  test('stable: editing an article (same year, same count) changes nothing', () => {
    const counts = { '2019': 4, '2020': 5, '2021': 3 };
    expect(planSearchShards({ ...counts }, 8)).toEqual(planSearchShards(counts, 8));
  });
});

describe('shard helpers', () => {
  test('the shard size comes from CLIPPINGS_SEARCH_SHARD_SIZE, else the default', () => {
    expect(shardSizeFrom({})).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '' })).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: ' 4 ' })).toBe(4);
    expect(() => shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: 'lots' })).toThrow(/CLIPPINGS_SEARCH_SHARD_SIZE must be a positive whole number/);
    expect(() => shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '0' })).toThrow(RangeError);
  });

  test('the first shard goes to pagefind/, the others beside it (never inside: mergeIndex would skip them)', () => {
    const [first, second] = planSearchShards({ '2020': 2, '2021': 2 }, 2);
    expect(bundleDir(first!, 0)).toBe('pagefind');
    expect(bundleDir(second!, 1)).toBe('pagefind-2021');
    expect(bundleDir(second!, 1).startsWith('pagefind/')).toBe(false);
  });

  test('a shard’s glob names its years’ article pages', () => {
    expect(shardGlob({ id: '2020', years: ['2020'], articles: 1 })).toBe('2020/*/*/*/index.html');
    expect(shardGlob({ id: '2020-2022', years: ['2020', '2022'], articles: 2 })).toBe('{2020,2022}/*/*/*/index.html');
  });

  test('articles per year are counted from article page files only', () => {
    expect(
      countArticlesPerYear([
        '2024/05/12/ferry/index.html',
        '2024/05/13/bridge/index.html',
        '2023/01/02/quai/index.html',
        '2024/index.html',
        '2024/05/index.html',
        '2024/05/12/index.html',
        '2024/05/12/page/2/index.html',
        '2024/05/page/2/index.html',
        'tags/ferry/index.html',
        '2024/05/12/ferry/photo.jpg',
      ]),
    ).toEqual({ '2024': 2, '2023': 1 });
  });
});
