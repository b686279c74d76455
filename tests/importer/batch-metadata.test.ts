// Metadata for batches of back issues: tables with a row per file, and dates in paths.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dateFromPath, MetadataError, readMetadataFile, rowOf, withRow } from '../../src/importer/batch-metadata.ts';

describe('dateFromPath', () => {
  test.each([
    ['back-issues/1998-05-12-harbour.txt', '1998-05-12'],
    ['back-issues/19980512_harbour.txt', '1998-05-12'],
    ['archive/1998/05/12/harbour.txt', '1998-05-12'],
    ['archive/harbour.txt', undefined],
    ['archive/1998-02-30-harbour.txt', undefined],
    ['scans/page-0042-12345678.txt', undefined],
    // A Thai archive's years count from the Buddha: 2567 is 2024, whose February has a 29th.
    ['ข่าว/2567-08-10-doi-suthep.txt', '2024-08-10'],
    ['ข่าว/2567/02/29/doi-suthep.txt', '2024-02-29'],
    // A number before the date is no year; a run of digits is no Buddhist Era date.
    ['photos/IMG_2456_2024-05-12.txt', '2024-05-12'],
    ['report-2501-2024-05-12.txt', '2024-05-12'],
    ['scans/24051215.txt', undefined],
  ])('%s → %s', (path, day) => {
    expect(dateFromPath(path)).toBe(day);
  });
});

describe('metadata tables', () => {
  test('a CSV row per file: lists split, dates checked, source columns, other frontmatter passed through', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-meta-'));
    await writeFile(
      join(dir, 'meta.csv'),
      'file,title,date,authors,tags,section,source_name,summary\n' +
        'a.txt,"Quay fair returns, at last",1998-05-12,Ada Quill; Bram Ott,"fairs, quay",Local,Harbour Times,Stalls everywhere.\n' +
        'sub/b.txt,Second,1998-05-13,,,,,\n',
    );
    const rows = await readMetadataFile(join(dir, 'meta.csv'));
    expect(rows.get(join(dir, 'a.txt'))).toEqual({
      where: `${join(dir, 'meta.csv')} row 2`,
      fields: {
        title: 'Quay fair returns, at last',
        date: '1998-05-12',
        authors: ['Ada Quill', 'Bram Ott'],
        tags: ['fairs', 'quay'],
        section: 'Local',
        source: { name: 'Harbour Times' },
      },
      extra: { summary: 'Stalls everywhere.' },
    });
    expect(rows.get(join(dir, 'sub/b.txt'))?.fields).toEqual({ title: 'Second', date: '1998-05-13' });
  });

  test('lists split where each script separates them: Arabic ، and ؛, the CJK comma', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-meta-'));
    await writeFile(
      join(dir, 'meta.csv'),
      'file,authors,tags\n' + 'a.txt,هدى منصور؛ سامي نصر,"صيد، وقود، احتجاج"\n' + 'b.txt,山田太郎,"港、祭り"\n',
    );
    const rows = await readMetadataFile(join(dir, 'meta.csv'));
    expect(rows.get(join(dir, 'a.txt'))?.fields).toEqual({
      authors: ['هدى منصور', 'سامي نصر'],
      tags: ['صيد', 'وقود', 'احتجاج'],
    });
    expect(rows.get(join(dir, 'b.txt'))?.fields).toEqual({ authors: ['山田太郎'], tags: ['港', '祭り'] });
  });

  test("Ethiopic's comma ፣ and semicolon ፤ split lists too", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-meta-'));
    await writeFile(
      join(dir, 'meta.csv'),
      'file,authors,tags\n' + 'a.txt,ዮናስ መኮንን፤ ሰላም ታደሰ,"ግብርና፣ ዝናብ፤ ገበያ"\n' + 'b.txt,ዮናስ መኮንን፣ ሰላም ታደሰ,ግብርና\n',
    );
    const rows = await readMetadataFile(join(dir, 'meta.csv'));
    expect(rows.get(join(dir, 'a.txt'))?.fields).toEqual({
      authors: ['ዮናስ መኮንን', 'ሰላም ታደሰ'],
      tags: ['ግብርና', 'ዝናብ', 'ገበያ'],
    });
    expect(rows.get(join(dir, 'b.txt'))?.fields.authors).toEqual(['ዮናስ መኮንን', 'ሰላም ታደሰ']);
  });

  test('JSON Lines and JSON arrays work the same way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-meta-'));
    await writeFile(
      join(dir, 'meta.jsonl'),
      '{"file":"a.txt","authors":["Ada Quill"]}\n\n{"file":"b.txt","title":"B"}\n',
    );
    await writeFile(join(dir, 'meta.json'), '[{"file":"a.txt","authors":["Ada Quill"]},{"file":"b.txt","title":"B"}]');
    const [lines, array] = await Promise.all([
      readMetadataFile(join(dir, 'meta.jsonl')),
      readMetadataFile(join(dir, 'meta.json')),
    ]);
    expect([...lines.values()].map((row) => row.fields)).toEqual([...array.values()].map((row) => row.fields));
  });

  test.each([
    ['file,headline\na.txt,X\n', /row 2: unknown column "headline" \(known: file, title/],
    ['file,date\na.txt,12/05/98\n', /row 2: date "12\/05\/98" is not a date/],
    ['file,date\na.txt,2024-02-31\n', /row 2: date "2024-02-31" is not a day that exists: February 2024 has 29 days/],
    ['title\nX\n', /row 2: no "file" column/],
    ['file,title\na.txt,X\na.txt,Y\n', /row 3: a.txt already has a row/],
  ])('a broken table is refused with the row and column: %s', async (csv, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-meta-'));
    await writeFile(join(dir, 'meta.csv'), csv);
    await expect(readMetadataFile(join(dir, 'meta.csv'))).rejects.toThrow(MetadataError);
    await expect(readMetadataFile(join(dir, 'meta.csv'))).rejects.toThrow(message);
  });

  test('a row wins over what the input says, and replaces only the source parts it names', () => {
    const row = rowOf({ file: 'a.html', title: 'Edited', source_name: 'Harbour Times' }, 'meta.csv row 2');
    expect(
      withRow({ title: 'Found', date: '2020-01-01', source: { name: 'HT', url: 'https://ht.example/a' } }, row),
    ).toEqual({
      title: 'Edited',
      date: '2020-01-01',
      source: { name: 'Harbour Times', url: 'https://ht.example/a' },
    });
  });
});
