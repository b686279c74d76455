import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { pageOfItem, paginate, type ListingPage } from '../../src/lib/pagination.ts';

/** Items numbered from the oldest (1), listed newest first, as listings are. */
const listing = (count: number) => Array.from({ length: count }, (_, i) => count - i);
const numbered = <T>(pages: ListingPage<T>[]) => pages.filter((page) => page.number !== undefined);

describe('listings split into pages counted from the oldest', () => {
  test('the first page holds the newest full page and what is newer; page 1 the oldest', () => {
    const pages = paginate(listing(125), 50);
    expect(pages.map(({ number, items }) => [number, items.length, items[0], items.at(-1)])).toEqual([
      [undefined, 75, 125, 51],
      [1, 50, 50, 1],
    ]);
    expect(pages.map(({ older, newer, total }) => ({ older, newer, total }))).toEqual([
      { older: 1, newer: undefined, total: 125 },
      { older: undefined, newer: 'first', total: undefined },
    ]);
  });

  test('a short or empty listing is one page, with no links', () => {
    expect(paginate(listing(99), 50)).toEqual([
      { items: listing(99), number: undefined, older: undefined, newer: undefined, total: 99 },
    ]);
    expect(paginate([], 50)).toEqual([{ items: [], number: undefined, older: undefined, newer: undefined, total: 0 }]);
  });

  test('every item is on exactly one page, in order; numbered pages are full; links lead one page along', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (count, size) => {
        const items = listing(count);
        const pages = paginate(items, size);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        const first = pages[0] as ListingPage<number>;
        expect(first.number).toBeUndefined();
        expect(first.items.length).toBe(count < size ? count : Math.min(count, size + (count % size)));
        numbered(pages).forEach((page, i) => {
          expect(page.items).toHaveLength(size);
          // Newest first after the first page: its numbers count down to 1.
          expect(page.number).toBe(pages.length - 1 - i);
          expect(page.newer).toBe(i === 0 ? 'first' : pages[i]?.number);
          expect(page.older).toBe(pages[i + 2]?.number);
          // Page n always holds items (n - 1) × size + 1 to n × size, counted from the oldest.
          expect(page.items.at(-1)).toBe(((page.number ?? 0) - 1) * size + 1);
        });
        expect(first.older).toBe(pages[1]?.number);
      }),
    );
  });

  test('adding newer items leaves every numbered page as it was, or adds one', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 80 }),
        (count, added, size) => {
          const before = numbered(paginate(listing(count), size));
          const after = numbered(paginate(listing(count + added), size));
          for (const page of before) {
            const same = after.find((each) => each.number === page.number);
            expect(same?.items).toEqual(page.items);
            expect(same?.older).toBe(page.older);
          }
        },
      ),
    );
  });

  test('pageOfItem names the page paginate put each item on', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.integer({ min: 1, max: 40 }), (count, size) => {
        const pages = paginate(listing(count), size);
        listing(count).forEach((item, index) => {
          const page = pages.find((each) => each.items.includes(item));
          expect(pageOfItem(index, count, size)).toBe(page?.number);
        });
      }),
    );
  });

  test('a page size that is not a positive whole number is refused', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 2.5)).toThrow(/positive integer, got 2.5/);
  });
});
