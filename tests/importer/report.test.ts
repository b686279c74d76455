import { describe, expect, test } from 'vitest';
import { formatImportReport, originRanges, progressBar } from '../../src/importer/report.ts';
import type { ImportOutcome } from '../../src/importer/types.ts';
import { missingReason } from '../../src/importer/import.ts';

describe('progressBar', () => {
  test.each([
    [0, 12, '[............]  0/12'],
    [3, 12, '[###.........]  3/12'],
    [12, 12, '[############] 12/12'],
  ])('%i of %i', (done, total, expected) => {
    expect(progressBar(done, total, 12)).toBe(expected);
  });
});

describe('formatImportReport', () => {
  const outcomes: ImportOutcome[] = [
    {
      status: 'imported',
      origin: 'in/a.txt',
      file: 'articles/2024/01/a.md',
      text: '---\ntitle: A\ndate: "2024-01-02"\n---\n\nBody.\n',
      draftGaps: ['title'],
    },
    {
      status: 'skipped',
      origin: 'in/b.html',
      reason: 'already in the archive as articles/2023/05/b.md (same source URL)',
    },
    { status: 'failed', origin: 'feed.xml#2', reason: 'first line\nsecond line' },
  ];

  test('lists what was written, what was skipped and failed with why, then totals', () => {
    expect(formatImportReport(outcomes, false)).toBe(
      [
        'wrote articles/2024/01/a.md from in/a.txt (draft; fill in: title)',
        '',
        'Skipped (1):',
        '  in/b.html: already in the archive as articles/2023/05/b.md (same source URL)',
        '',
        'Failed (1):',
        '  feed.xml#2: first line',
        '    second line',
        '',
        'Imported 1, skipped 1, failed 1.',
      ].join('\n'),
    );
  });

  test('a dry run shows the frontmatter that would be written', () => {
    const report = formatImportReport(outcomes.slice(0, 1), true);
    expect(report).toBe(
      [
        'would write articles/2024/01/a.md from in/a.txt (draft; fill in: title)',
        '    ---',
        '    title: A',
        '    date: "2024-01-02"',
        '    ---',
        '',
        'Would import 1, skipped 0, failed 0. Dry run: nothing was written.',
      ].join('\n'),
    );
  });
});

describe('failures of one feed that share a reason', () => {
  const section = 'no section found: give --section (or --draft to write a draft with placeholders)';
  const failed = (origin: string, reason: string): ImportOutcome => ({ status: 'failed', origin, reason });

  test("a feed's entries that fail alike share a line, their numbers as ranges; each file keeps its own", () => {
    const report = formatImportReport(
      [
        ...[1, 2, 3, 4, 6].map((n) => failed(`feeds/heise.atom#${n}`, section)),
        failed(
          'feeds/heise.atom#5',
          'the entry "Kurz" has no text (no content, description or summary): nothing to import',
        ),
        failed('pages/story.html', section),
        failed('pages/other.html', section),
        failed('feeds/wire.rss#2', section),
      ],
      false,
    );
    expect(report.split('\n')).toEqual([
      'Failed (9):',
      `  feeds/heise.atom#1-4, #6: ${section}`,
      '  feeds/heise.atom#5: the entry "Kurz" has no text (no content, description or summary): nothing to import',
      `  pages/story.html: ${section}`,
      `  pages/other.html: ${section}`,
      `  feeds/wire.rss#2: ${section}`,
      '',
      'Imported 0, skipped 0, failed 9.',
    ]);
  });

  test.each([
    [
      ['a.xml#1', 'a.xml#2', 'a.xml#3', 'a.xml#5', 'b.txt'],
      ['a.xml#1-3, #5', 'b.txt'],
    ],
    [
      ['a.xml#2', 'b.xml#3', 'a.xml#3'],
      ['a.xml#2', 'b.xml#3', 'a.xml#3'],
    ],
    [
      ['c#d.txt', 'x.xml#9', 'x.xml#10'],
      ['c#d.txt', 'x.xml#9-10'],
    ],
  ])('originRanges(%j)', (origins, expected) => {
    expect(originRanges(origins)).toEqual(expected);
  });
});

describe('notes every entry of a feed shares', () => {
  const language = 'language "de" read from the feed\'s text (the feed declares none; --lang sets it)';
  const entry = (origin: string, notes: string[]): ImportOutcome => ({
    status: 'imported',
    origin,
    file: `articles/${origin.replace(/\W/g, '-')}.md`,
    text: '---\ntitle: T\n---\n',
    draftGaps: [],
    notes,
  });

  test('are told once above the entries; a note of one entry stays under it', () => {
    const report = formatImportReport(
      [
        entry('in/a.txt', [language]),
        entry('feeds/heise.atom#1', [language]),
        entry('feeds/heise.atom#2', [language, 'date: read from the entry\'s "updated" (it has no "published")']),
        entry('feeds/heise.atom#3', [language]),
        entry('feeds/wire.rss#1', [language]),
      ],
      false,
    );
    expect(report.split('\n')).toEqual([
      'wrote articles/in-a-txt.md from in/a.txt',
      `    inferred: ${language}`,
      'every entry imported from feeds/heise.atom (3):',
      `    inferred: ${language}`,
      'wrote articles/feeds-heise-atom-1.md from feeds/heise.atom#1',
      'wrote articles/feeds-heise-atom-2.md from feeds/heise.atom#2',
      '    inferred: date: read from the entry\'s "updated" (it has no "published")',
      'wrote articles/feeds-heise-atom-3.md from feeds/heise.atom#3',
      // A feed with one entry imported keeps its note under that entry.
      'wrote articles/feeds-wire-rss-1.md from feeds/wire.rss#1',
      `    inferred: ${language}`,
      '',
      'Imported 5, skipped 0, failed 0.',
    ]);
  });

  test('a note only some entries have stays under each of them', () => {
    const report = formatImportReport(
      [entry('f.xml#1', [language]), entry('f.xml#2', []), entry('f.xml#3', [language])],
      false,
    );
    expect(report).not.toContain('every entry');
    expect(report.split('\n').filter((line) => line.includes(language))).toHaveLength(2);
  });
});

test('a failure names every missing field and every option it needs, as a sentence', () => {
  const title = { field: 'title', option: '--title' } as const;
  const date = { field: 'date', option: '--date' } as const;
  const section = { field: 'section', option: '--section' } as const;
  expect(missingReason([date])).toBe('no date found: give --date (or --draft to write a draft with placeholders)');
  expect(missingReason([title, date])).toBe(
    'no title or date found: give --title and --date (or --draft to write a draft with placeholders)',
  );
  expect(missingReason([title, date, section])).toBe(
    'no title, date or section found: give --title, --date and --section (or --draft to write a draft with placeholders)',
  );
});
