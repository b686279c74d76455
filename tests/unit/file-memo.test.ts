/**
 * The file memo (src/lib/file-memo.ts): a value computed from a file is
 * computed again exactly when the file changed, survives between runs through
 * its memo file, and is never reused for another folder or way of computing.
 */
import { readFileSync } from 'node:fs';
import { link, mkdtemp, readFile, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileMemo, fileState, onlyCtimeMoved } from '../../src/lib/file-memo.ts';

/** A folder with two files, and a memo file beside it. */
async function setUp(): Promise<{ folder: string; memoFile: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'clippings-file-memo-'));
  await writeFile(join(folder, 'a.html'), 'first');
  await writeFile(join(folder, 'b.html'), 'second');
  return { folder, memoFile: join(folder, '..', `${folder.split('/').pop() ?? 'x'}.memo.json`) };
}

/** The value under test: the file's text, with the names of the files read. */
function reader(): { read: (path: string) => string; reads: string[] } {
  const reads: string[] = [];
  const read = (path: string) => {
    reads.push(path.split('/').pop() ?? path);
    return readFileSync(path, 'utf8');
  };
  return { reads, read };
}

describe('FileMemo', () => {
  test('recall gives a value kept for the state asked about; remember keeps one computed elsewhere', async () => {
    const { folder, memoFile } = await setUp();
    const state = fileState(join(folder, 'a.html'));
    const first = new FileMemo<string>(memoFile, folder, 'text');
    expect(first.recall('a.html', state)).toBeUndefined();
    first.remember('a.html', state, 'computed in a worker');
    first.remember('gone.html', undefined, 'never kept');
    await first.save();
    const second = new FileMemo<string>(memoFile, folder, 'text');
    expect(second.recall('a.html', state)).toBe('computed in a worker');
    expect(second.recall('gone.html', undefined)).toBeUndefined();
    await writeFile(join(folder, 'a.html'), 'changed');
    expect(second.recall('a.html', fileState(join(folder, 'a.html')))).toBeUndefined();
    // What was recalled is kept for the next run; a file not asked about is forgotten.
    await second.save();
    const third = new FileMemo<string>(memoFile, folder, 'text');
    expect(third.recall('a.html', state)).toBe('computed in a worker');
  });

  test('remembers tells, without computing, whether a file in its present state has a value kept', async () => {
    const { folder, memoFile } = await setUp();
    const first = new FileMemo<string>(memoFile, folder, 'text');
    first.value('a.html', reader().read);
    await first.save();
    const second = new FileMemo<string>(memoFile, folder, 'text');
    expect(second.remembers('a.html', fileState(join(folder, 'a.html')))).toBe(true);
    expect(second.remembers('b.html', fileState(join(folder, 'b.html')))).toBe(false);
    await writeFile(join(folder, 'a.html'), 'changed');
    expect(second.remembers('a.html', fileState(join(folder, 'a.html')))).toBe(false);
    expect(second.remembers('a.html', undefined)).toBe(false);
    expect(second.computed).toBe(0);
  });

  test('a state the caller read just before stands for the file: its value is remembered under it', async () => {
    const { folder, memoFile } = await setUp();
    const first = new FileMemo<string>(memoFile, folder, 'text');
    first.value('a.html', reader().read, fileState(join(folder, 'a.html')));
    await first.save();
    const second = new FileMemo<string>(memoFile, folder, 'text');
    const again = reader();
    expect(second.value('a.html', again.read, fileState(join(folder, 'a.html')))).toBe('first');
    expect(again.reads).toEqual([]);
    // Told of another state (the file changed since), it reads the file again.
    expect(second.value('a.html', again.read, 'another state')).toBe('first');
    expect(again.reads).toEqual(['a.html']);
  });

  test('a file unchanged since the last run is not read again; a rewritten one is, even at the same size', async () => {
    const { folder, memoFile } = await setUp();
    const first = new FileMemo<string>(memoFile, folder, 'text');
    const one = reader();
    expect(first.value('a.html', one.read)).toBe('first');
    expect(first.value('b.html', one.read)).toBe('second');
    expect(one.reads).toEqual(['a.html', 'b.html']);
    await first.save();

    await writeFile(join(folder, 'b.html'), 'SECOND');
    const second = new FileMemo<string>(memoFile, folder, 'text');
    const two = reader();
    expect(second.value('a.html', two.read)).toBe('first');
    expect(second.value('b.html', two.read)).toBe('SECOND');
    expect(two.reads).toEqual(['b.html']);
    expect(second.computed).toBe(1);
  });

  test('restate carries a value over a hard link made and removed, never over a rewrite', async () => {
    const { folder, memoFile } = await setUp();
    const first = new FileMemo<string>(memoFile, folder, 'text');
    const one = reader();
    first.value('a.html', one.read);
    first.value('b.html', one.read);
    // Both files linked elsewhere and unlinked (as the search indexer's shard views do): their change time moves.
    for (const name of ['a.html', 'b.html']) {
      await link(join(folder, name), join(folder, `${name}.link`));
      await unlink(join(folder, `${name}.link`));
    }
    // b.html is also rewritten (same size): its modification time moves.
    await writeFile(join(folder, 'b.html'), 'SECOND');
    const later = new Date(Date.now() + 60_000);
    await utimes(join(folder, 'b.html'), later, later);
    for (const name of ['a.html', 'b.html']) first.restate(name, fileState(join(folder, name)));
    await first.save();

    const second = new FileMemo<string>(memoFile, folder, 'text');
    const two = reader();
    expect(second.value('a.html', two.read)).toBe('first');
    expect(second.value('b.html', two.read)).toBe('SECOND');
    expect(two.reads).toEqual(['b.html']);
  });

  test('a file not asked about in a run is forgotten when it saves', async () => {
    const { folder, memoFile } = await setUp();
    const first = new FileMemo<string>(memoFile, folder, 'text');
    first.value('a.html', reader().read);
    first.value('b.html', reader().read);
    await first.save();
    const second = new FileMemo<string>(memoFile, folder, 'text');
    second.value('a.html', reader().read);
    await second.save();
    const stored = JSON.parse(await readFile(memoFile, 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(stored.files)).toEqual(['a.html']);
  });

  test('a memo made for another folder or another computation, or unreadable, is not reused', async () => {
    const { folder, memoFile } = await setUp();
    const first = new FileMemo<string>(memoFile, folder, 'text');
    first.value('a.html', reader().read);
    await first.save();
    for (const other of [
      new FileMemo<string>(memoFile, folder, 'length'),
      new FileMemo<string>(memoFile, `${folder}/`, 'text'),
    ]) {
      const again = reader();
      other.value('a.html', again.read);
      expect(again.reads).toEqual(['a.html']);
    }
    await writeFile(memoFile, '{ not json');
    const broken = reader();
    expect(new FileMemo<string>(memoFile, folder, 'text').value('a.html', broken.read)).toBe('first');
    expect(broken.reads).toEqual(['a.html']);
  });

  test('without a memo file, every value is computed and nothing is written', async () => {
    const { folder } = await setUp();
    const memo = new FileMemo<string>(undefined, folder, 'text');
    const one = reader();
    memo.value('a.html', one.read);
    memo.value('a.html', one.read);
    expect(one.reads).toEqual(['a.html', 'a.html']);
    await expect(memo.save()).resolves.toBeUndefined();
  });
});

describe('onlyCtimeMoved', () => {
  test('holds when size, modification time and inode are the same, whatever the change time', () => {
    expect(onlyCtimeMoved('5:100:200:7', '5:100:300:7')).toBe(true);
    expect(onlyCtimeMoved('5:100:200:7', '5:100:200:7')).toBe(true);
    expect(onlyCtimeMoved('5:100:200:7', '6:100:300:7')).toBe(false);
    expect(onlyCtimeMoved('5:100:200:7', '5:101:300:7')).toBe(false);
    expect(onlyCtimeMoved('5:100:200:7', '5:100:300:8')).toBe(false);
  });
});

describe('fileState', () => {
  test('names size, times and inode, and nothing for a missing file', async () => {
    const { folder } = await setUp();
    expect(fileState(join(folder, 'a.html'))).toMatch(/^5:\d+:\d+:\d+$/);
    expect(fileState(join(folder, 'missing.html'))).toBeUndefined();
  });
});
