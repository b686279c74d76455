/**
 * One result list from several Pagefind indexes. Pagefind splits the index by
 * language (so each language gets its own stemming) and searches one at a
 * time; the search page asks every language and merges the answers here.
 *
 * Results are read a page at a time ("load more"), and a result's data is a
 * separate fetch, so merging loads the data of the page asked for and, when
 * sorted by date (a date is in the data), one head more per index. A language's index may itself be several shards (runs
 * of months), each searched only when the reader gets that far: date-sorted,
 * shard after shard; by relevance, the newest shard, then all of them.
 */

/** A result as Pagefind returns it before its data is loaded. */
export interface LazyResult<T> {
  /** Pagefind's page id: the same page found again (a later, wider search) is shown once. */
  id?: string;
  score: number;
  /** Positions of the matched words in the page's text (Pagefind's `words`), known before its data. */
  words?: readonly number[];
  /**
   * Its data is at hand without a request (a phrase candidate its word
   * positions rule out): it takes no place among the results a page fetches.
   */
  free?: boolean;
  data(): Promise<T>;
}

/** A merged result list, read in pages. */
export interface ResultStream<T> {
  /** Results found so far: all of them once `complete`, a lower bound before. */
  readonly total: number;
  /** Whether every index (every shard) has answered, so `total` is exact. */
  readonly complete: boolean;
  /**
   * The next `count` results' data (fewer at the end), and that of the free
   * results among them (LazyResult.free): `most` results in all at most.
   */
  next(count: number, most?: number): Promise<T[]>;
}

/**
 * A result list read by position, whose results may load in parts: a sharded
 * index answers one shard (one period) at a time, and a page of newest
 * results rarely needs more than the newest shard.
 */
export interface ResultList<T> {
  /** Results known so far (all of them once `complete`). */
  readonly length: number;
  /** Whether every part has loaded. */
  readonly complete: boolean;
  /** The result at `index`, loading parts until it is reached; undefined past the end. */
  at(index: number): Promise<LazyResult<T> | undefined>;
}

function isArray<T>(list: readonly LazyResult<T>[] | ResultList<T>): list is readonly LazyResult<T>[] {
  return Array.isArray(list);
}

/** A list whose results are all at hand. */
export function listOf<T>(results: readonly LazyResult<T>[]): ResultList<T> {
  return { length: results.length, complete: true, at: (index) => Promise.resolve(results[index]) };
}

/**
 * One list made of parts read one after another, each loaded only when a
 * position past the parts before it is asked for. A result whose id an
 * earlier part already gave is skipped, so a part may be a wider search
 * (every shard) following a narrow one (the newest shard).
 * @param mayWiden asked before each part after the first, with the results
 * found so far: false holds the list where it is (shorter, not complete) until
 * a later read finds it true, as when a phrase search waits for the reader
 * before opening older shards.
 * @example chainParts([async () => [a, b], async () => [b, c]]).at(2) // → c, after loading both parts
 */
export function chainParts<T>(
  parts: readonly (() => Promise<readonly LazyResult<T>[]>)[],
  mayWiden: (found: number) => boolean = () => true,
): ResultList<T> {
  const results: LazyResult<T>[] = [];
  const seen = new Set<string>();
  let loaded = 0;
  let loading: Promise<void> | undefined;
  const loadNext = () => {
    loading ??= (async () => {
      const part = parts[loaded];
      if (!part) return;
      for (const result of await part()) {
        if (result.id !== undefined) {
          if (seen.has(result.id)) continue;
          seen.add(result.id);
        }
        results.push(result);
      }
      loaded += 1;
    })().finally(() => {
      loading = undefined;
    });
    return loading;
  };
  return {
    get length() {
      return results.length;
    },
    get complete() {
      return loaded >= parts.length;
    },
    async at(index) {
      while (index >= results.length && loaded < parts.length && (loaded === 0 || mayWiden(results.length)))
        await loadNext();
      return results[index];
    },
  };
}

/**
 * How one merged list orders results: by the results themselves (relevance:
 * Pagefind's score, known before any data is loaded), or by their data (a
 * date, which is in the data only).
 */
export type Order<T> =
  { byResult: (a: LazyResult<T>, b: LazyResult<T>) => boolean } | { byData: (a: T, b: T) => boolean };

/**
 * Merges lists each already in order (by relevance, or by Pagefind's date
 * sort) into one, loading each list's head only when it is compared. Data is
 * what costs (a fragment fetch each): ordered by result, only the chosen
 * results' data is loaded, all of a page at once, so a head from another
 * language's list that does not make the page costs nothing; ordered by data
 * across several lists, each compared head's data is loaded, one list head at
 * a time (one list compares nothing, and loads as ordered by result).
 * @param order whether `a` comes before `b`
 */
export function mergeOrdered<T>(
  input: readonly (readonly LazyResult<T>[] | ResultList<T>)[],
  order: Order<T>,
): ResultStream<T> {
  // Arrays have an `at` method too: tell them apart by being arrays.
  const lists = input.map((list): ResultList<T> => (isArray(list) ? listOf(list) : list));
  const positions = lists.map(() => 0);
  // Heads need their data only to be compared by it: with one list (a one-language archive) nothing is
  // compared, so a page's data is fetched all at once at the end, whatever the order.
  const compareData = 'byData' in order && lists.length > 1;
  /** A list's next result; ordered by data, with its data (loading when the head was read). */
  type Head = { result: LazyResult<T>; data: Promise<T> | undefined };
  const heads = new Map<number, Promise<Head | undefined>>();
  const head = (list: number) => {
    let loaded = heads.get(list);
    if (!loaded) {
      loaded = (async () => {
        const result = await lists[list]?.at(positions[list] ?? 0);
        if (!result) {
          // Nothing (yet): a held list may give more once widened, so its head is asked again next time.
          heads.delete(list);
          return undefined;
        }
        if (!compareData) return { result, data: undefined };
        const data = result.data();
        await data;
        return { result, data };
      })();
      heads.set(list, loaded);
    }
    return loaded;
  };
  const before = async (a: Head, b: Head) =>
    'byResult' in order
      ? order.byResult(a.result, b.result)
      : order.byData(await (a.data ?? a.result.data()), await (b.data ?? b.result.data()));
  return {
    get total() {
      return lists.reduce((sum, list) => sum + list.length, 0);
    },
    get complete() {
      return lists.every((list) => list.complete);
    },
    async next(count, most = count) {
      const page: Head[] = [];
      // Free results cost no fetch: a page goes on past them, so they never cost a round of fetches of their own.
      let fetched = 0;
      while (fetched < count && page.length < most) {
        const candidates = await Promise.all(lists.map(async (_, list) => ({ list, head: await head(list) })));
        let best: { list: number; head: Head } | undefined;
        for (const candidate of candidates) {
          if (candidate.head === undefined) continue;
          if (!best || (await before(candidate.head, best.head))) best = { list: candidate.list, head: candidate.head };
        }
        if (!best) break;
        page.push(best.head);
        if (!best.head.result.free) fetched += 1;
        positions[best.list] = (positions[best.list] ?? 0) + 1;
        heads.delete(best.list);
      }
      // A page's fragments are fetched together, not one after another.
      return Promise.all(page.map((chosen) => chosen.data ?? chosen.result.data()));
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
  return mergeOrdered(input, { byData: (a, b) => (direction === 'asc' ? key(a) < key(b) : key(a) > key(b)) });
}

/** Merges lists each in relevance order (parts of a sharded index included) by Pagefind's score, loading only the data of results on the page. */
export function mergeByRelevance<T>(input: readonly ResultList<T>[]): ResultStream<T> {
  return mergeOrdered(input, { byResult: (a, b) => a.score > b.score });
}

/** A filtered stream that checks at most a budget of candidates before it pauses for the reader. */
export interface CheckedStream<T> extends ResultStream<T> {
  /** Candidates read and checked so far. */
  readonly checked: number;
  /**
   * Whether reading stopped with candidates left unchecked, at the budget or
   * where the stream held (a list that waits to be widened, chainParts): the
   * reader is told how many were checked and may allow more (`allowMore`).
   */
  readonly paused: boolean;
  /** Lets `count` more candidates than those checked so far be read ("check older articles"). */
  allowMore(count: number): void;
}

/**
 * Keeps only the results that pass a check on their data (a quoted phrase in
 * their text), reading candidates in batches of at most a page until a page of
 * kept results is full, the candidates run out, or `budget` candidates have
 * been checked: each candidate costs its data (a fragment fetch), and a check
 * that rarely passes would otherwise read every candidate of the archive.
 * Free candidates (ruled out without a fetch) count as checked but take no
 * place in a batch: a batch still fetches a page's worth.
 * A stream that gives nothing more while not complete is holding (its older
 * shards wait for the reader): the check pauses there too.
 * Until the underlying stream is read to its end, the total is the results
 * kept so far, and not complete.
 * @example
 * const phrase = filterStream(words, (data) => matchesPhrases(data.content, ['battery electric']), 50);
 * await phrase.next(10); // at most 50 fragments read; phrase.paused says whether it stopped short
 * phrase.allowMore(50); await phrase.next(10); // 50 more candidates
 */
export function filterStream<T>(
  stream: ResultStream<T>,
  keep: (data: T) => boolean,
  budget = Infinity,
): CheckedStream<T> {
  let kept = 0;
  let checked = 0;
  let allowed = budget;
  let exhausted = false;
  /** The stream gave nothing more though not complete: it holds until the reader allows more. */
  let held = false;
  const buffer: T[] = [];
  return {
    get total() {
      return kept;
    },
    get complete() {
      return exhausted && buffer.length === 0 && stream.complete;
    },
    get checked() {
      return checked;
    },
    get paused() {
      // Kept results still waiting in the buffer are shown before anything more is checked.
      return !exhausted && (held || checked >= allowed) && buffer.length === 0;
    },
    allowMore(count) {
      allowed = Math.max(allowed, checked + count);
      held = false;
    },
    async next(count) {
      while (buffer.length < count && !exhausted && !held && checked < allowed) {
        const batch = await stream.next(Math.min(count, allowed - checked), allowed - checked);
        checked += batch.length;
        if (batch.length === 0) {
          if (stream.complete) exhausted = true;
          else held = true;
        } else if (stream.complete && checked >= stream.total) exhausted = true;
        for (const data of batch) {
          if (!keep(data)) continue;
          buffer.push(data);
          kept += 1;
        }
      }
      return buffer.splice(0, count);
    },
  };
}
