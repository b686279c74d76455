/** The importer under abuse: links out of --out, terminal escapes in names, nesting that overflowed its converters. */
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatImportReport, printable } from '../../src/importer/report.ts';
import { htmlToMarkdown } from '../../src/importer/to-markdown.ts';
import { scanArchive, writePlanned } from '../../src/importer/write.ts';

describe('--force never writes through a symbolic link', () => {
  test('a linked article file pointing outside --out is refused and the outside file is untouched', async () => {
    const work = await mkdtemp(join(tmpdir(), 'clippings-symlink-'));
    const outside = join(work, 'outside.txt');
    await writeFile(outside, 'precious');
    await mkdir(join(work, 'out/2024/05'), { recursive: true });
    await symlink(outside, join(work, 'out/2024/05/story.md'));
    const archive = await scanArchive(join(work, 'out'));
    await expect(
      writePlanned(archive, { file: '2024/05/story.md', text: 'overwritten', replaces: true }),
    ).rejects.toThrow(/symbolic link/);
    expect(await readFile(outside, 'utf8')).toBe('precious');
  });

  test('a linked folder leading outside --out is refused', async () => {
    const work = await mkdtemp(join(tmpdir(), 'clippings-symlink-'));
    await mkdir(join(work, 'elsewhere'), { recursive: true });
    await mkdir(join(work, 'out'), { recursive: true });
    await symlink(join(work, 'elsewhere'), join(work, 'out/2024'));
    const archive = await scanArchive(join(work, 'out'));
    await expect(writePlanned(archive, { file: '2024/new.md', text: 'x', replaces: true })).rejects.toThrow(
      /symbolic link .*outside/,
    );
    await expect(readFile(join(work, 'elsewhere/new.md'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  test('plain files inside --out are still written', async () => {
    const work = await mkdtemp(join(tmpdir(), 'clippings-symlink-'));
    const archive = await scanArchive(join(work, 'out'));
    const path = await writePlanned(archive, { file: '2024/05/a.md', text: 'fine', replaces: false });
    expect(await readFile(path, 'utf8')).toBe('fine');
  });
});

describe('the report escapes control characters in names', () => {
  test('escape sequences that would retitle or clear the terminal are shown, not sent', () => {
    const name = 'news\u001b]0;owned\u0007\u001b[2J\r\u202Etxt.html';
    expect(printable(name)).toBe('news\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\u{d}\\u{202e}txt.html');
    const report = formatImportReport(
      [
        { status: 'imported', origin: name, file: `out/${name}.md`, text: '---\ntitle: x\n---\n', draftGaps: [] },
        { status: 'failed', origin: name, reason: 'bad\u001b[31m' },
        { status: 'skipped', origin: name, reason: 'why\u0007' },
      ],
      false,
    );
    expect(report).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F\u202E]/);
    expect(report).toContain('news\\u{1b}]0;owned');
  });
});

describe('deep HTML is refused before conversion, never a stack overflow', () => {
  test('800 nested <em> give one clear reason', async () => {
    await expect(htmlToMarkdown(`<p>${'<em>'.repeat(800)}x${'</em>'.repeat(800)}</p>`)).rejects.toThrow(
      /nests elements more than 128 levels deep/,
    );
  });

  test('ordinary nesting converts', async () => {
    expect((await htmlToMarkdown('<div><p><em>a <strong>b</strong></em></p></div>')).markdown).toBe('_a **b**_\n');
  });
});
