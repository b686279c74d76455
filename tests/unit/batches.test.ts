/** inBatches: every item once, never more than the batch size at a time. */
import { describe, expect, test } from 'vitest';
import { inBatches } from '../../src/lib/batches.ts';

describe('inBatches', () => {
  test.each([0, 1, 3, 7, 64, 130])('%i items, 3 at a time: each once, at most 3 running', async (count) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await inBatches(
      items,
      async (item) => {
        running++;
        most = Math.max(most, running);
        await Promise.resolve();
        seen.push(item);
        running--;
      },
      3,
    );
    expect(seen.sort((a, b) => a - b)).toEqual(items);
    expect(most).toBeLessThanOrEqual(3);
  });

  test('refuses a batch size that is not a positive whole number', async () => {
    await expect(inBatches([1], async () => {}, 0)).rejects.toThrow(RangeError);
  });
});
