import { describe, expect, test } from 'vitest';
import { toBibTeX, toRis, withAccessDay, type CitationInput } from '../../src/lib/citation.ts';
import { chicagoDay, localDay, parseArticleDate } from '../../src/lib/dates.ts';

const input: CitationInput = {
  title: 'Ferry timetable 2023-11-14 changes',
  authors: ['Ada Quill'],
  publication: 'The Port Alder Ledger',
  date: parseArticleDate('2023-11-14')!,
  archiveName: 'The Port Alder Ledger Archive',
  archiveUrl: 'https://archive.example/2023/11/14/ferry/',
  accessed: '2023-11-14',
  key: 'ferry-2023',
};

describe('the access date, set in the reader’s browser', () => {
  test('the reader’s day is their local calendar day', () => {
    expect(localDay(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
    expect(localDay(new Date(2031, 0, 1, 0, 0))).toBe('2031-01-01');
  });

  test.each([
    ['2023-11-16', 'November 16, 2023'],
    ['2024-02-29', 'February 29, 2024'],
    ['2031-01-01', 'January 1, 2031'],
  ])('%s is written %s', (day, written) => expect(chicagoDay(day)).toBe(written));

  test('BibTeX: only urldate moves, not the publication date that is the same day', () => {
    const moved = withAccessDay(toBibTeX(input), '2023-11-14', '2024-02-29');
    expect(moved).toContain('  urldate = {2024-02-29},\n');
    expect(moved).toContain('  date = {2023-11-14},\n');
    expect(moved).toBe(toBibTeX({ ...input, accessed: '2024-02-29' }));
  });

  test('RIS: only Y2 moves, not DA', () => {
    const moved = withAccessDay(toRis(input), '2023-11-14', '2024-02-29');
    expect(moved).toBe(toRis({ ...input, accessed: '2024-02-29' }));
    expect(moved.split('\r\n')).toContain('DA  - 2023/11/14/');
  });
});
