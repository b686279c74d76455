/**
 * Digits as each script writes them: read as ASCII ones (what a reader types, what an importer finds) and written
 * in an interface's own (its dates and counts).
 */
import { expect, test } from 'vitest';
import { asciiDigits, inDigits } from '../../src/lib/digits.ts';

// Intl's decimal numbering systems whose digits newspapers print, besides Latin.
const SYSTEMS = ['arab', 'arabext', 'deva', 'beng', 'guru', 'gujr', 'orya', 'tamldec', 'telu', 'knda', 'mlym'];
const MORE = ['sinh', 'thai', 'laoo', 'tibt', 'mymr', 'khmr', 'fullwide'];

test.each([...SYSTEMS, ...MORE])('%s: every digit written in its own and read back as ASCII', (system) => {
  const written = inDigits('2024-03-15, 09:46 (78)', system);
  expect(written).not.toMatch(/[0-9]/);
  expect(written).toBe(
    new Intl.NumberFormat('en', { numberingSystem: system, useGrouping: false })
      .formatToParts(2024)
      .map(({ value }) => value)
      .join('') + written.slice(4),
  );
  expect(asciiDigits(written)).toBe('2024-03-15, 09:46 (78)');
});

test('Latin is left as it is, and digits of another set are not touched', () => {
  expect(inDigits('12 mars 2024', 'latn')).toBe('12 mars 2024');
  expect(inDigits('১২ মার্চ 2024', 'beng')).toBe('১২ মার্চ ২০২৪');
  expect(inDigits('১২ মার্চ 2024', 'latn')).toBe('১২ মার্চ 2024');
});

test('Chinese figures, which Unicode does not number in a row, are written each as Intl writes it', () => {
  expect(inDigits('2024', 'hanidec')).toBe('二〇二四');
});
