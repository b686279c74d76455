/**
 * Many small file operations, a bounded number at a time: enough to keep the
 * disk busy, few enough to bound open handles. One helper for the loader's
 * body files, output pruning and the shard cache.
 */

/** How many operations run at once unless told otherwise. */
export const BATCH_SIZE = 64;

/**
 * Runs `each` over `items`, `size` at a time, in order of batches; resolves when all are done.
 * @example await inBatches(files, (file) => rm(file)) // 64 removals at a time
 */
export async function inBatches<T>(
  items: readonly T[],
  each: (item: T) => Promise<unknown>,
  size = BATCH_SIZE,
): Promise<void> {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive whole number, not ${size}`);
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map(each));
}
