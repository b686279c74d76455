/**
 * One result list from several Pagefind indexes. Pagefind splits the index by
 * language (so each language gets its own stemming) and searches one at a
 * time; the search page asks every language and merges the answers here.
 *
 * Results are read a page at a time ("load more"), and a result's data is a
 * separate fetch, so merging never loads more than the page asked for plus
 * one head per index.
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
 * Merges lists each already sorted by a key (Pagefind's date sort) into one
 * sorted list, loading each list's head only when it is compared.
 * @param key the sort key of a loaded result (compared as strings)
 * @param direction 'asc' for oldest first, 'desc' for newest first
 */
export function mergeSorted<T>(lists: readonly (readonly LazyResult<T>[])[], key: (data: T) => string, direction: 'asc' | 'desc'): ResultStream<T> {
  const positions = lists.map(() => 0);
  const heads = new Map<number, Promise<T>>();
  const head = (list: number): Promise<T> | undefined => {
    const results = lists[list];
    const result = results?.[positions[list] ?? 0];
    if (!result) return undefined;
    let loaded = heads.get(list);
    if (!loaded) {
      loaded = result.data();
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
