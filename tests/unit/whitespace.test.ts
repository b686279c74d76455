import { expect, test } from 'vitest';
import { collapseWhitespace } from '../../src/lib/whitespace.ts';

test('breakable whitespace collapses to one space; no-break spaces stay where typography put them', () => {
  expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
  // French: U+202F inside « » and before ; ! — a line must not break there.
  expect(collapseWhitespace('«\u202fOui\u202f»\u202f;  non\u00a0!')).toBe('«\u202fOui\u202f»\u202f; non\u00a0!');
  expect(collapseWhitespace('a\u2028b\u3000c')).toBe('a b c');
});
