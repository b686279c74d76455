/**
 * One result list from several Pagefind indexes. Pagefind splits the index by
 * language (so each language gets its own stemming) and searches one at a
 * time; the search page asks every language and merges the answers here.
 *
 * Results are read a page at a time ("load more"), and a result's data is a
 * separate fetch, so merging never loads more than the page asked for plus
 * one head per index. A language's index may itself be several shards (runs
 * of months); date-sorted, their results are read shard after shard.
 */

/** A result as Pagefind returns it before its data is loaded. */
export interface LazyResult<T> {
  score: number;
  data(): Promise<T>;
}

/** A merged result list, read in pages. */
export interface ResultStream<T> {
  /** Results across all indexes. */
  readonly total: number;
  /** The next `count` results' data (fewer at the end). */
  next(count: number): Promise<T[]>;
}

/**
 * Merges by relevance: Pagefind's scores, highest first, as its own
 * multi-index search does. Ties keep index order.
 */
export function mergeByScore<T>(lists: readonly (readonly LazyResult<T>[])[]): ResultStream<T> {
  const all = lists.flat().sort((a, b) => b.score - a.score);
  let position = 0;
  return {
    total: all.length,
    async next(count) {
      const page = all.slice(position, position + count);
      position += page.length;
      return Promise.all(page.map((result) => result.data()));
    },
  };
}

/**
 * A result list read by position, whose results may load in parts: a sharded
 * index answers a date-sorted search one shard (one period) at a time, and a
 * page of newest results rarely needs more than the newest shard.
 */
export interface ResultList<T> {
  /** Results in the whole list. */
  readonly length: number;
  /** The result at `index`, loading its part first if needed. */
  at(index: number): Promise<LazyResult<T> | undefined>;
}

function isArray<T>(list: readonly LazyResult<T>[] | ResultList<T>): list is readonly LazyResult<T>[] {
  return Array.isArray(list);
}

/** A list whose results are all at hand. */
export function listOf<T>(results: readonly LazyResult<T>[]): ResultList<T> {
  return { length: results.length, at: async (index) => results[index] };
}

/**
 * One list made of parts read one after another (each part already sorted,
 * and every result of a part before every result of the next), each part
 * loaded only when a position inside it is first asked for.
 * @param length the results in all parts together
 * @example chainParts(3, [async () => [a, b], async () => [c]]).at(2) // → c, after loading both parts
 */
export function chainParts<T>(length: number, parts: readonly (() => Promise<readonly LazyResult<T>[]>)[]): ResultList<T> {
  const loaded = new Map<number, Promise<readonly LazyResult<T>[]>>();
  const part = (n: number) => {
    let results = loaded.get(n);
    if (!results) {
      results = (parts[n] as () => Promise<readonly LazyResult<T>[]>)();
      loaded.set(n, results);
    }
    return results;
  };
  return {
    length,
    async at(index) {
      let offset = index;
      for (let n = 0; n < parts.length; n++) {
        const results = await part(n);
        if (offset < results.length) return results[offset];
        offset -= results.length;
      }
      return undefined;
    },
  };
}

/**
 * Merges lists each already sorted by a key (Pagefind's date sort) into one
 * sorted list, loading each list's head only when it is compared.
 * @param key the sort key of a loaded result (compared as strings)
 * @param direction 'asc' for oldest first, 'desc' for newest first
 */
export function mergeSorted<T>(
  input: readonly (readonly LazyResult<T>[] | ResultList<T>)[],
  key: (data: T) => string,
  direction: 'asc' | 'desc',
): ResultStream<T> {
  // Arrays have an `at` method too: tell them apart by being arrays.
  const lists = input.map((list): ResultList<T> => (isArray(list) ? listOf(list) : list));
  const positions = lists.map(() => 0);
  const heads = new Map<number, Promise<T | undefined>>();
  const head = (list: number): Promise<T | undefined> => {
    let loaded = heads.get(list);
    if (!loaded) {
      loaded = (async () => (await lists[list]?.at(positions[list] ?? 0))?.data())();
      heads.set(list, loaded);
    }
    return loaded;
  };
  const before = (a: string, b: string) => (direction === 'asc' ? a < b : a > b);
  return {
    total: lists.reduce((sum, list) => sum + list.length, 0),
    async next(count) {
      const page: T[] = [];
      while (page.length < count) {
        const candidates = await Promise.all(lists.map(async (_, list) => ({ list, data: await head(list) })));
        let best: { list: number; data: T } | undefined;
        for (const candidate of candidates) {
          if (candidate.data === undefined) continue;
          if (!best || before(key(candidate.data), key(best.data))) best = { list: candidate.list, data: candidate.data };
        }
        if (!best) break;
        page.push(best.data);
        positions[best.list] = (positions[best.list] ?? 0) + 1;
        heads.delete(best.list);
      }
      return page;
    },
  };
}
