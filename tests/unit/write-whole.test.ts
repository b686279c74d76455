/** Files written whole (src/lib/write-whole.ts): text or bytes in parts, replaced in one step, nothing left beside. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeFileWhole } from '../../src/lib/write-whole.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'clippings-whole-'));
  folders.push(made);
  return made;
};

describe('writeFileWhole', () => {
  test('writes text, replacing the file, in a folder it makes', async () => {
    const path = join(folder(), 'deep', 'er', 'a.json');
    await writeFileWhole(path, 'first');
    await writeFileWhole(path, 'second, «longer»');
    expect(readFileSync(path, 'utf8')).toBe('second, «longer»');
    expect(readdirSync(join(path, '..'))).toEqual(['a.json']);
  });

  test('writes bytes given in parts, more than one system call takes, empty ones included, in order', async () => {
    const path = join(folder(), 'parts.bin');
    writeFileSync(path, 'an older, longer file that must not show through at the end');
    // 3,000 parts: more than the 1,024 buffers one writev takes on Linux.
    const parts = Array.from({ length: 3000 }, (_, i) => Buffer.from(i % 7 === 0 ? '' : `${i}:港;`));
    // A part that is a view into a larger buffer, as the article store writes.
    const larger = Buffer.from('xxxmiddleyyy');
    parts.push(larger.subarray(3, 9));
    await writeFileWhole(path, parts);
    expect(readFileSync(path)).toEqual(Buffer.concat(parts));
    expect(readFileSync(path, 'utf8').endsWith('middle')).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['parts.bin']);
  });

  test('a write that fails leaves the file as it was and nothing beside it', async () => {
    const dir = folder();
    const path = join(dir, 'kept.txt');
    writeFileSync(path, 'as it was');
    // A folder where the temporary file's folder should be: the write cannot happen.
    await expect(writeFileWhole(join(path, 'inside.txt'), [Buffer.from('x')])).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('as it was');
    expect(readdirSync(dir)).toEqual(['kept.txt']);
  });
});
