// Importing a folder of back issues as a newsroom would: one command, a metadata table, dates from paths,
// pictures saved next to pages copied into the site, and bad files each failing with a one-line reason.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { readArticleSource } from '../../src/content/read-article.ts';
import { runImport } from '../helpers/import-cli.ts';

/** Every file under a folder, relative, with its bytes as text. */
async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')] = await readFile(
        join(entry.parentPath, entry.name),
        'latin1',
      );
  }
  return files;
}

const story = (topic: string) =>
  `The council met on Tuesday to discuss the ${topic}, and voted after a long debate in the town hall.\n\n` +
  `Residents who attended said the ${topic} had been promised for years, and asked when work would begin.`;

describe('importing a folder of back issues', { timeout: 180_000 }, () => {
  test('metadata table, dates from paths, inferred headlines and bylines, copied pictures, one-line failures', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'clippings-batch-'));
    const issues = join(cwd, 'back-issues');
    await mkdir(join(issues, '1998/05/13'), { recursive: true });
    await mkdir(join(issues, 'pages/quay_files'), { recursive: true });
    await writeFile(
      join(issues, '1998-05-12-harbour.txt'),
      `Harbour wall to be rebuilt\n\nBy Ada Quill\n\n${story('harbour wall')}`,
    );
    await writeFile(
      join(issues, '1998/05/13/ferry.txt'),
      `Ferry timetable changes\n\nLONDON, May 13 (Reuters) - ${story('ferry timetable')}`,
    );
    await writeFile(join(issues, 'undated-bridge.txt'), story('bridge'));
    await writeFile(
      join(issues, 'kyoto.txt'),
      iconv.encode(
        '京都の港では、新しいフェリーが来月から運航を開始する予定です。市の担当者は、乗客の増加に対応するためだと説明しました。',
        'shift_jis',
      ),
    );
    await writeFile(
      join(issues, 'metadata.csv'),
      'file,title,date,section,tags\nundated-bridge.txt,Bridge repairs approved,1998-06-01,Transport,"bridges, council"\nkyoto.txt,Kyoto ferry,1998-06-02,World,\n',
    );
    await writeFile(join(issues, 'pages/quay_files/photo.jpg'), 'not really a jpeg, but bytes to copy');
    const paragraphs = story('quay market')
      .split('\n\n')
      .map((text) => `<p>${text}</p>`)
      .join('');
    await writeFile(
      join(issues, 'pages/quay.html'),
      `<html><head><title>Quay market returns</title><meta name="author" content="Bram Ott"><meta property="article:published_time" content="1998-07-01T09:00:00+01:00"><link rel="canonical" href="https://times.example/1998/quay"></head>` +
        `<body><article><h1>Quay market returns</h1><figure><img src="quay_files/photo.jpg" alt="Stalls on the quay"><figcaption>Stalls on the quay.</figcaption></figure>${paragraphs}${paragraphs}</article></body></html>`,
    );
    // Bad inputs: binary, empty, a 50 MB page, undecodable bytes.
    await writeFile(
      join(issues, 'scan.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    await writeFile(join(issues, 'empty.txt'), '');
    await writeFile(join(issues, 'huge.html'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    await writeFile(
      join(issues, 'garbled.txt'),
      Uint8Array.from({ length: 2000 }, (_, i) => 0x80 + ((i * 7919) % 127)),
    );
    const before = await tree(cwd);

    const args = [
      'back-issues',
      '--out',
      'articles',
      '--section',
      'Archive',
      '--date-from-path',
      '--metadata',
      'back-issues/metadata.csv',
      '--images',
      'copy',
    ];
    const first = await runImport(args, cwd);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('Failed (4):');
    const failed = first.stdout.slice(first.stdout.indexOf('Failed (4):')).split('\n').slice(1, 5);
    expect(failed).toEqual([
      '  back-issues/empty.txt: the file is empty: nothing to import',
      expect.stringMatching(
        /^ {2}back-issues\/garbled\.txt: cannot tell which text encoding this file uses \(.*\): nothing imported; if you know it, give --encoding/,
      ),
      '  back-issues/huge.html: the file is 50 MB, over the 20 MB a single article may be: nothing imported',
      '  back-issues/scan.txt: looks like a binary file, not text, HTML or a feed: nothing imported',
    ]);
    expect(first.stdout).toContain('Imported 5, skipped 0, failed 4.');
    // What was inferred is listed under the file it came from.
    expect(first.stdout).toContain('    inferred: title "Harbour wall to be rebuilt" from the first line');
    expect(first.stdout).toContain('    inferred: authors Ada Quill from the line "By Ada Quill"');
    expect(first.stdout).toContain('    inferred: date 1998-05-12 from the path');
    expect(first.stdout).toContain('    inferred: date 1998-05-13 from the path');
    expect(first.stdout).toContain('    inferred: metadata from back-issues/metadata.csv row 2');
    expect(first.stdout).toMatch(
      / {4}inferred: read as (?:shift_jis|cp932) \(detected; give --encoding if that is wrong\)/,
    );

    const after = await tree(cwd);
    const added = Object.keys(after)
      .filter((path) => !(path in before))
      .sort();
    // Nothing is written outside the articles folder, except the pictures --images copy was asked to copy.
    expect(added.filter((path) => !path.startsWith('articles/'))).toEqual([
      expect.stringMatching(/^public\/images\/imported\/[0-9a-f]{12}-photo\.jpg$/),
    ]);
    const articles = Object.fromEntries(
      Object.entries(after)
        .filter(([path]) => path.startsWith('articles/'))
        .map(([path, text]) => [path, Buffer.from(text, 'latin1').toString('utf8')]),
    );
    for (const [path, text] of Object.entries(articles)) {
      const read = readArticleSource(path, text);
      expect('problems' in read ? read.problems : [], path).toEqual([]);
    }
    expect(Object.keys(articles).sort()).toEqual([
      'articles/1998/05/ferry-timetable-changes.md',
      'articles/1998/05/harbour-wall-to-be-rebuilt.md',
      'articles/1998/06/bridge-repairs-approved.md',
      'articles/1998/06/kyoto-ferry.md',
      'articles/1998/07/quay-market-returns.md',
    ]);
    // The dateline stays in the body; the path gave the date.
    expect(articles['articles/1998/05/ferry-timetable-changes.md']).toMatch(
      /date: "1998-05-13"[\s\S]*\n\nLONDON, May 13 \(Reuters\) - The council/,
    );
    expect(articles['articles/1998/05/harbour-wall-to-be-rebuilt.md']).toMatch(
      /^---\ntitle: Harbour wall to be rebuilt\ndate: "1998-05-12"\nauthors:\n {2}- Ada Quill\nsection: Archive\n/,
    );
    expect(articles['articles/1998/06/bridge-repairs-approved.md']).toMatch(
      /^---\ntitle: Bridge repairs approved\ndate: "1998-06-01"\nsection: Transport\ntags:\n {2}- bridges\n {2}- council\n/,
    );
    expect(articles['articles/1998/06/kyoto-ferry.md']).toContain('京都の港では');
    const quay = articles['articles/1998/07/quay-market-returns.md'] ?? '';
    expect(quay).toMatch(
      /<figure><img src="\/images\/imported\/[0-9a-f]{12}-photo\.jpg" alt="Stalls on the quay"><figcaption>Stalls on the quay\.<\/figcaption><\/figure>/,
    );
    expect(quay).toContain('  - Bram Ott');

    // Again: nothing is overwritten, and no picture is copied twice.
    const second = await runImport(args, cwd);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('Imported 0, skipped 5, failed 4.');
    expect(await tree(cwd)).toEqual(after);
  });
});
