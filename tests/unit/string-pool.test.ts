/**
 * The string pool (src/lib/string-pool.ts): what it keeps equals what it was
 * given, each distinct string once, and a kept piece of a large text does not
 * keep the text alive, which is why verification holds a page's facts in it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { StringPool } from '../../src/lib/string-pool.ts';

/** A full garbage collection (V8's `gc`, switched on for this process). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Heap in use after a full collection, in MB. */
function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
}

describe('StringPool', () => {
  test('keeps equal text, one copy per distinct string', () => {
    const pool = new StringPool();
    const links = ['/2024/', '/tags/climate/', '/2024/', 'café', '\u{1F4F0}', 'lone \uD800 surrogate', '/2024/'];
    expect(links.map((link) => pool.own(link))).toEqual(links);
    expect(pool.size).toBe(5);
  });

  test('a kept piece does not hold the text it was cut from', () => {
    const pool = new StringPool();
    const kept: string[] = [];
    const before = heapMb();
    // 40 distinct texts of 1 MB; a 40-character piece of each is kept.
    for (let page = 0; page < 40; page++) {
      const html = `<a href="/page-${page}/">`.padEnd(1_000_000, String.fromCharCode(97 + (page % 26)));
      kept.push(pool.own(html.slice(9, 49)));
    }
    const growth = heapMb() - before;
    expect(kept[3]).toBe('/page-3/">'.padEnd(40, 'd'));
    // Were the slices kept as they are, the 40 MB of texts would stay.
    expect(growth).toBeLessThan(10);
  });
});
