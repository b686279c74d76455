/**
 * Shard planning for the search index: which months go together, and that
 * boundaries stay put while the archive grows or articles are edited.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bundleDir,
  countArticlesPerMonth,
  planSearchShards,
  RECENT_MONTHS,
  type SearchShard,
} from '../../src/search/shards.ts';
import {
  DEFAULT_RECENT_SHARD_SIZE,
  DEFAULT_SHARD_SIZE,
  recentShardSizeFrom,
  shardSizeFrom,
} from '../../src/settings.ts';

const ids = (shards: SearchShard[]) => shards.map((shard) => shard.id);

describe('planSearchShards', () => {
  test.each([
    ['one shard when everything fits', { '2020-01': 3, '2021-06': 4 }, 10, ['2020-01-2021-06']],
    [
      'packs consecutive months from the oldest',
      { '2020-01': 3, '2020-02': 4, '2020-03': 2, '2021-01': 5 },
      6,
      ['2020-01', '2020-02-2020-03', '2021-01'],
    ],
    ['a shard may be exactly full', { '2020-01': 3, '2020-02': 3, '2020-03': 1 }, 6, ['2020-01-2020-02', '2020-03']],
    [
      'a month larger than the size stays one shard',
      { '2019-12': 1, '2020-01': 50, '2020-02': 2 },
      10,
      ['2019-12', '2020-01', '2020-02'],
    ],
    ['months given in any order', { '2023-05': 1, '2001-01': 1, '2010-10': 1 }, 2, ['2001-01-2010-10', '2023-05']],
    ['gaps between months do not split', { '1990-01': 1, '2020-12': 1 }, 5, ['1990-01-2020-12']],
    ['months without articles are left out', { '2020-01': 0, '2021-02': 2 }, 5, ['2021-02']],
    [
      'a year of 4,001 articles and shards of 8,000: halves of years, not one shard a year',
      Object.fromEntries(
        ['2020', '2021', '2022'].flatMap((year) =>
          Array.from(
            { length: 12 },
            (_, m) => [`${year}-${String(m + 1).padStart(2, '0')}`, m === 0 ? 334 : 333] as const,
          ),
        ),
      ),
      8000,
      ['2020-01-2021-12', '2022-01-2022-12'],
    ],
    ['an empty archive has no shards', {}, 5, []],
  ])('%s', (_, counts, size, expected) => {
    expect(ids(planSearchShards(counts, size))).toEqual(expected);
  });

  test('lists each shard’s months and article count', () => {
    expect(planSearchShards({ '2020-01': 3, '2020-02': 4, '2021-07': 2 }, 6)).toEqual([
      { id: '2020-01', months: ['2020-01'], articles: 3 },
      { id: '2020-02-2021-07', months: ['2020-02', '2021-07'], articles: 6 },
    ]);
  });

  test('refuses a size that is not a positive whole number', () => {
    for (const size of [0, -1, 2.5, Number.NaN])
      expect(() => planSearchShards({ '2020-01': 1 }, size)).toThrow(RangeError);
  });

  const month = fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const archives = fc.dictionary(month, fc.integer({ min: 0, max: 40 }), { maxKeys: 25 });

  test('every month with articles is in exactly one shard, in order, and only single-month shards exceed the size', () => {
    fc.assert(
      fc.property(archives, fc.integer({ min: 1, max: 60 }), (counts, size) => {
        const shards = planSearchShards(counts, size);
        const months = Object.keys(counts)
          .filter((m) => (counts[m] ?? 0) > 0)
          .sort();
        expect(shards.flatMap((shard) => shard.months)).toEqual(months);
        for (const shard of shards) {
          expect(shard.articles).toBe(shard.months.reduce((sum, m) => sum + (counts[m] ?? 0), 0));
          if (shard.months.length > 1) expect(shard.articles).toBeLessThanOrEqual(size);
        }
      }),
    );
  });

  test('stable: new articles in the newest month never move an older shard', () => {
    fc.assert(
      fc.property(
        archives,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 100 }),
        (counts, size, added) => {
          const before = planSearchShards(counts, size);
          const newest = Object.keys(counts)
            .filter((m) => (counts[m] ?? 0) > 0)
            .sort()
            .at(-1);
          if (!newest) return;
          const after = planSearchShards({ ...counts, [newest]: (counts[newest] ?? 0) + added }, size);
          // All shards but the newest one keep their ids, months and counts.
          expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
        },
      ),
    );
  });

  /** Article page files for per-month counts: `YYYY/MM/01/a<n>/index.html`. */
  const pageFiles = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([m, n]) =>
      Array.from({ length: n }, (_, i) => `${m.replace('-', '/')}/01/a${i}/index.html`),
    );

  test('stable: editing an article, even moving it to another day of its month, changes nothing', () => {
    const files = pageFiles({ '2019-01': 4, '2020-05': 5, '2021-11': 3 });
    const moved = files.find((file) => file.startsWith('2020/05/')) as string;
    const edited = files.map((file) => (file === moved ? file.replace('/01/', '/28/') : file));
    expect(edited).not.toEqual(files);
    expect(planSearchShards(countArticlesPerMonth(edited), 8)).toEqual(
      planSearchShards(countArticlesPerMonth(files), 8),
    );
  });

  test('stable: moving an article to another month keeps every shard before the one next to the changed months', () => {
    fc.assert(
      fc.property(archives, fc.integer({ min: 1, max: 60 }), month, fc.nat(), (counts, size, target, pick) => {
        const files = pageFiles(counts);
        if (files.length === 0) return;
        const moved = files[pick % files.length] as string;
        const from = `${moved.slice(0, 4)}-${moved.slice(5, 7)}`;
        const edited = [...files.filter((file) => file !== moved), `${target.replace('-', '/')}/15/moved/index.html`];
        const before = planSearchShards(countArticlesPerMonth(files), size);
        const after = planSearchShards(countArticlesPerMonth(edited), size);
        const first = [from, target].sort()[0] as string;
        // The shard just before the changed month may absorb it once it shrinks; those before that cannot change.
        const untouched = before.filter((shard) => (shard.months.at(-1) as string) < first).slice(0, -1);
        expect(after.slice(0, untouched.length)).toEqual(untouched);
      }),
    );
  });
});

describe('planSearchShards with small shards for the newest period', () => {
  /** `months` consecutive months from January 2000, `perMonth` articles each. */
  const steady = (months: number, perMonth: number) =>
    Object.fromEntries(
      Array.from(
        { length: months },
        (_, i) => [`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, perMonth] as const,
      ),
    );

  test.each([
    [
      'the open period is cut small, full periods stay large',
      { '2019-01': 3, '2019-02': 3, '2019-05': 3, '2019-06': 3, '2020-03': 2, '2020-04': 2, '2020-05': 2 },
      6,
      2,
      ['2019-01-2019-02', '2019-05-2019-06', '2020-03', '2020-04', '2020-05'],
    ],
    [
      'a full period holding one of the three newest months stays open, cut small',
      { '2019-01': 3, '2019-02': 3, '2020-01': 3, '2020-02': 3, '2020-03': 2, '2020-04': 2 },
      6,
      2,
      ['2019-01-2019-02', '2020-01', '2020-02', '2020-03', '2020-04'],
    ],
    [
      'a small archive is all open period, in small shards',
      { '2020-01': 2, '2020-02': 2, '2020-03': 2 },
      100,
      4,
      ['2020-01-2020-02', '2020-03'],
    ],
    [
      'a month larger than the small size stays whole',
      { '2020-01': 6, '2020-02': 9, '2020-03': 1 },
      6,
      2,
      ['2020-01', '2020-02', '2020-03'],
    ],
    [
      'a recent size as large as the frozen size changes nothing',
      { '2020-01': 3, '2020-02': 4, '2020-03': 2, '2021-01': 5 },
      6,
      6,
      ['2020-01', '2020-02-2020-03', '2021-01'],
    ],
  ])('%s', (_, counts, size, recent, expected) => {
    expect(ids(planSearchShards(counts, size, recent))).toEqual(expected);
  });

  test('refuses a recent size that is not a positive whole number', () => {
    for (const size of [0, -3, 1.5]) expect(() => planSearchShards({ '2020-01': 1 }, 10, size)).toThrow(RangeError);
  });

  const month = fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const archives = fc.dictionary(month, fc.integer({ min: 0, max: 40 }), { maxKeys: 25 });
  const sizes = fc
    .integer({ min: 1, max: 60 })
    .chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 1, max: size })));

  test('frozen shards are those of the one-size plan, never holding a newest month; the open period is cut into small shards', () => {
    fc.assert(
      fc.property(archives, sizes, (counts, [size, recent]) => {
        const large = planSearchShards(counts, size);
        const shards = planSearchShards(counts, size, recent);
        // One size: nothing is cut again.
        if (large.length === 0 || recent >= size) {
          expect(shards).toEqual(large);
          return;
        }
        const newest = Object.keys(counts)
          .filter((month) => (counts[month] ?? 0) > 0)
          .sort()
          .slice(-RECENT_MONTHS);
        const holdsNewest = (shard: SearchShard) => shard.months.some((month) => newest.includes(month));
        // The frozen shards: the leading shards of the one-size plan, none holding a newest month.
        let frozen = 0;
        while (
          frozen < large.length - 1 &&
          JSON.stringify(shards[frozen]) === JSON.stringify(large[frozen]) &&
          !holdsNewest(shards[frozen] as SearchShard)
        )
          frozen++;
        const small = shards.slice(frozen);
        expect(small.flatMap((shard) => shard.months)).toEqual(large.slice(frozen).flatMap((shard) => shard.months));
        for (const shard of small) if (shard.months.length > 1) expect(shard.articles).toBeLessThanOrEqual(recent);
        // Only the last large period, or one holding a newest month, is open.
        expect(large.slice(frozen, -1).every(holdsNewest)).toBe(true);
      }),
    );
  });

  test('adding articles to the newest month re-plans only the last small shard, or closes the open period into one large shard', () => {
    fc.assert(
      fc.property(archives, sizes, fc.integer({ min: 1, max: 100 }), (counts, [size, recent], added) => {
        const before = planSearchShards(counts, size, recent);
        const newest = Object.keys(counts)
          .filter((m) => (counts[m] ?? 0) > 0)
          .sort()
          .at(-1);
        if (!newest) return;
        const after = planSearchShards({ ...counts, [newest]: (counts[newest] ?? 0) + added }, size, recent);
        const frozenBefore = planSearchShards(counts, size).length - 1;
        // Frozen shards never change.
        expect(after.slice(0, frozenBefore)).toEqual(before.slice(0, frozenBefore));
        const closed =
          planSearchShards({ ...counts, [newest]: (counts[newest] ?? 0) + added }, size).length - 1 > frozenBefore;
        // Unless the open period closed, every small shard but the last keeps its months and count.
        if (!closed) expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
      }),
    );
  });

  test('a day of 20 articles added to archives of 1,000 and 10,000: old shards keep their members, only shards of at most 1,000 are re-indexed', () => {
    for (const [months, perMonth] of [
      [10, 100],
      [34, 300],
    ] as const) {
      const counts = steady(months, perMonth);
      const newest = Object.keys(counts).sort().at(-1) as string;
      const before = planSearchShards(counts, DEFAULT_SHARD_SIZE, DEFAULT_RECENT_SHARD_SIZE);
      const after = planSearchShards(
        { ...counts, [newest]: perMonth + 20 },
        DEFAULT_SHARD_SIZE,
        DEFAULT_RECENT_SHARD_SIZE,
      );
      // Every shard but the newest keeps its months (its cache entry); the newest may split when it overflows.
      expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
      const reindexed = after.filter((shard) => !before.some((old) => JSON.stringify(old) === JSON.stringify(shard)));
      expect(reindexed.length).toBeGreaterThan(0);
      for (const shard of reindexed) expect(shard.articles).toBeLessThanOrEqual(DEFAULT_RECENT_SHARD_SIZE);
      // An edit to an article of the last months re-indexes the shard of its month: a small one.
      for (const m of Object.keys(counts).sort().slice(-3)) {
        expect((after.find((shard) => shard.months.includes(m)) as SearchShard).articles).toBeLessThanOrEqual(
          DEFAULT_RECENT_SHARD_SIZE,
        );
      }
    }
  });
});

describe('shard helpers', () => {
  test('the shard size comes from CLIPPINGS_SEARCH_SHARD_SIZE, else the default', () => {
    expect(shardSizeFrom({})).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '' })).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: ' 4 ' })).toBe(4);
    expect(() => shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: 'lots' })).toThrow(
      /CLIPPINGS_SEARCH_SHARD_SIZE must be a positive whole number/,
    );
    expect(() => shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '0' })).toThrow(RangeError);
  });

  test('the newest period’s shard size comes from CLIPPINGS_SEARCH_RECENT_SHARD_SIZE, never above the shard size', () => {
    expect(recentShardSizeFrom({})).toBe(DEFAULT_RECENT_SHARD_SIZE);
    expect(recentShardSizeFrom({ CLIPPINGS_SEARCH_RECENT_SHARD_SIZE: '250' })).toBe(250);
    expect(recentShardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '3' })).toBe(3);
    expect(() => recentShardSizeFrom({ CLIPPINGS_SEARCH_RECENT_SHARD_SIZE: 'few' })).toThrow(
      /CLIPPINGS_SEARCH_RECENT_SHARD_SIZE must be a positive whole number/,
    );
  });

  test('the first shard goes to pagefind/, the others beside it (never inside: mergeIndex would skip them)', () => {
    const [first, second] = planSearchShards({ '2020-01': 2, '2021-03': 2 }, 2);
    expect(bundleDir(first!, 0)).toBe('pagefind');
    expect(bundleDir(second!, 1)).toBe('pagefind-2021-03');
    expect(bundleDir(second!, 1).startsWith('pagefind/')).toBe(false);
  });

  test('articles per month are counted from article page files only', () => {
    expect(
      countArticlesPerMonth([
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
    ).toEqual({ '2024-05': 2, '2023-01': 1 });
  });
});
