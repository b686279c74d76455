/** A pure function's answers computed once (src/lib/memoized.ts). */
import { describe, expect, test } from 'vitest';
import { memoized } from '../../src/lib/memoized.ts';

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
