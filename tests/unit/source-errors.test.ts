/** Errors that point at the source: the article file and line of a broken link, and a folder that disagrees with the date. */
import { expect, test } from 'vitest';
import { folderDateWarning, futureDateWarning } from '../../src/content/date-warnings.ts';
import { sourceLine } from '../../src/verify/source-lines.ts';
import { fixHint, withoutBase } from '../../src/lib/urls.ts';

const article = [
  '---',
  'title: "A"',
  'image: { src: /images/lead.jpg, alt: "A" }',
  '---',
  '',
  'See ![map](/images/map.png "Map") and [the vote](/2020/01/01/vote/).',
  '<img src="/images/raw.gif" alt="">',
].join('\n');

test.each([
  ['/images/lead.jpg', 3],
  ['/images/map.png', 6],
  ['/2020/01/01/vote/', 6],
  ['/images/raw.gif', 7],
  ['/images/map', undefined],
])('sourceLine finds %s on line %s', (target, line) => {
  expect(sourceLine(article, target)).toBe(line);
});

test('the hint says where a missing file goes, or that a page address is wrong', () => {
  expect(fixHint('/images/harbour.jpg')).toBe('add public/images/harbour.jpg, or fix the link');
  expect(fixHint('/2020/13/01/vote/')).toBe('fix the link: no page has this address');
});

test('links are matched as written, without the site base', () => {
  expect(withoutBase('/my-archive/images/a.jpg', '/my-archive/')).toBe('/images/a.jpg');
  expect(withoutBase('/images/a.jpg', '/')).toBe('/images/a.jpg');
});

test.each([
  [
    '2025/06/my-story.md',
    '2023-02-14',
    'is in folder 2025/06/ but dated 2023-02-14: move it to 2023/02/ (its address follows the date)',
  ],
  ['2023/02/my-story.md', '2023-02-14', undefined],
  ['2023/my-story.md', '2023-02-14', undefined],
  [
    '2022/my-story.md',
    '2023-02-14',
    'is in folder 2022/ but dated 2023-02-14: move it to 2023/ (its address follows the date)',
  ],
  ['culture/my-story.md', '2023-02-14', undefined],
])('folderDateWarning(%s, %s)', (path, day, warning) => {
  expect(folderDateWarning(path, day)).toBe(warning);
});

test('futureDateWarning: a day after tomorrow (UTC) is likely a mistyped year', () => {
  expect(futureDateWarning('2032-02-14', '2026-12-05')).toBe(
    'is dated 2032-02-14, after today (2026-12-05): a mistyped year? It is built as dated, first in every list by date',
  );
  // An article's own time zone may be a day ahead of UTC; the turn of a month and a year counts as any day's.
  expect(futureDateWarning('2026-12-06', '2026-12-05')).toBeUndefined();
  expect(futureDateWarning('2027-01-01', '2026-12-31')).toBeUndefined();
  expect(futureDateWarning('2027-01-02', '2026-12-31')).toMatch(/^is dated 2027-01-02/);
  expect(futureDateWarning('1998-05-14', '2026-12-05')).toBeUndefined();
});
