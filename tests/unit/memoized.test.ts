/** A pure function's answers computed once (src/lib/memoized.ts). */
import { describe, expect, test } from 'vitest';
import { memoized, memoizedRecent } from '../../src/lib/memoized.ts';

describe('memoized', () => {
  test('computes each key once and gives the same answer after', () => {
    const asked: string[] = [];
    const upper = memoized((text: string) => {
      asked.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(asked).toEqual(['a', 'b']);
  });

  test('remembers an answer that is undefined', () => {
    let calls = 0;
    const nothing = memoized(() => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  test('names other arguments by their key: equal keys share an answer, different keys do not', () => {
    let calls = 0;
    const joined = memoized(
      (names: readonly string[]) => {
        calls++;
        return names.join(' and ');
      },
      (names) => JSON.stringify(names),
    );
    expect(joined(['Ana', 'Bo'])).toBe('Ana and Bo');
    expect(joined(['Ana', 'Bo'])).toBe('Ana and Bo');
    // Joined without a separator these two would be the same key.
    expect(joined(['A', 'na'])).toBe('A and na');
    expect(calls).toBe(2);
  });
});

describe('memoizedRecent', () => {
  test('computes a key asked again once, and forgets every answer when it holds `size` of them', () => {
    const asked: string[] = [];
    const upper = memoizedRecent((text: string) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(asked).toEqual(['a', 'b']);
    // A third key makes room by forgetting the first two: they are computed again when asked.
    expect([upper('c'), upper('c'), upper('a')]).toEqual(['C', 'C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
