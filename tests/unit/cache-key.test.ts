/**
 * Cache keys decide whether the incremental build re-renders a page: a key
 * must change with anything the page shows, and stay put otherwise, even
 * though shared objects (articles) are hashed once and then stood in for.
 */
import { describe, expect, test } from 'vitest';
import { cacheKeyOf, digestAs } from '../../src/queries/cache-key.ts';

const article = (title: string, tags: string[]) => ({
  url: '/2024/05/12/ferry/',
  title,
  tags,
  date: { day: '2024-05-12' },
});

describe('cacheKeyOf', () => {
  test('equal content gives equal keys, whether objects are shared or copies', () => {
    const shared = article('Ferry', ['harbour']);
    expect(cacheKeyOf({ page: 1, articles: [shared, shared] })).toBe(
      cacheKeyOf({ page: 1, articles: [shared, article('Ferry', ['harbour'])] }),
    );
  });

  test.each([
    ['a title', article('Ferry returns', ['harbour'])],
    ['a nested tag', article('Ferry', ['harbor'])],
    ['a tag more', article('Ferry', ['harbour', 'ships'])],
  ])('changing %s in a listed article changes the key', (_, changed) => {
    const original = article('Ferry', ['harbour']);
    const before = cacheKeyOf({ articles: [original] });
    expect(cacheKeyOf({ articles: [original] })).toBe(before);
    expect(cacheKeyOf({ articles: [changed] })).not.toBe(before);
  });

  test('an object is not confused with a string, nor values with their order', () => {
    expect(cacheKeyOf({ a: { b: 1 } })).not.toBe(cacheKeyOf({ a: '{"b":1}' }));
    expect(cacheKeyOf('x', { a: 1 })).not.toBe(cacheKeyOf({ a: 1 }, 'x'));
    expect(cacheKeyOf(undefined, { a: 1 })).not.toBe(cacheKeyOf({ a: 1 }));
  });

  test('an object given its digest is keyed by that digest: a new digest changes every key it is in, the same digest none', () => {
    const read = (digest: string, title: string) => {
      const one = article(title, ['harbour']);
      digestAs(one, digest);
      return one;
    };
    const before = cacheKeyOf({ page: 1, articles: [read('file-v1', 'Ferry')] });
    // Read again from the same file: another object, the same digest.
    expect(cacheKeyOf({ page: 1, articles: [read('file-v1', 'Ferry')] })).toBe(before);
    expect(cacheKeyOf({ page: 1, articles: [read('file-v2', 'Ferry')] })).not.toBe(before);
    // The digest is not confused with an object of no digest, nor with a string.
    expect(cacheKeyOf({ page: 1, articles: [article('Ferry', ['harbour'])] })).not.toBe(before);
    expect(cacheKeyOf({ page: 1, articles: ['file-v1'] })).not.toBe(before);
  });
});
