import { describe, expect, test } from 'vitest';
import { isKeptOutput } from '../../src/lib/output-files.ts';

describe('files kept in the output folder between builds', () => {
  const written = new Set(['index.html', '2021/03/14/orchard-frost/index.html', 'rss.xml']);
  const publicFiles = new Set(['favicon.svg', 'images/harbour.jpg']);

  test.each([
    ['a page this build wrote', '2021/03/14/orchard-frost/index.html'],
    ['an endpoint this build wrote', 'rss.xml'],
    ['a bundle of this build', '_astro/site.B1x2.css'],
    ['a public file', 'images/harbour.jpg'],
  ])('keeps %s', (_, path) => {
    expect(isKeptOutput(path, written, publicFiles)).toBe(true);
  });

  test.each([
    ['the page of a deleted article', '2020/05/05/withdrawn/index.html'],
    ['a page of a listing that shrank', 'tags/farming/page/2/index.html'],
    ['a file named like a public one elsewhere', 'old/favicon.svg'],
    ['a file that only starts like a bundle folder', '_astro.txt'],
    ['the last search index (the search integration writes it again)', 'pagefind/fragment/en_1.pf_fragment'],
  ])('removes %s', (_, path) => {
    expect(isKeptOutput(path, written, publicFiles)).toBe(false);
  });
});
