/** The output folder's manifest: what state a folder is in, and what changed since the build. */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  BUILDING_FILE,
  checkAgainstManifest,
  hashFile,
  hashFilesAside,
  MANIFEST_FILE,
  manifestOf,
  markBuildFinished,
  markBuildStarted,
  readOutputState,
} from '../../src/output/manifest.ts';
import { listFileStates } from '../../src/lib/list-files.ts';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clippings-manifest-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('readOutputState', () => {
  test('empty, foreign, finished, unfinished and corrupt folders are told apart', async () => {
    expect(readOutputState(await folder({}), false).kind).toBe('empty');
    expect(readOutputState(await folder({ 'notes.txt': 'mine' }), true).kind).toBe('foreign');
    const dir = await folder({ 'index.html': '<p>hi</p>' });
    const manifest = manifestOf(dir, ['index.html']);
    await markBuildFinished(dir, manifest);
    expect(readOutputState(dir, true)).toEqual({ kind: 'finished', manifest });
    await markBuildStarted(dir, manifest);
    expect(readOutputState(dir, true)).toEqual({ kind: 'unfinished', previous: manifest });
    await writeFile(join(dir, MANIFEST_FILE), '{"generator":');
    expect(readOutputState(dir, true)).toMatchObject({
      kind: 'corrupt',
      file: MANIFEST_FILE,
      reason: expect.stringMatching(/cannot be read as JSON/),
    });
  });

  test('a build that finishes leaves a manifest and no building file', async () => {
    const dir = await folder({ 'a.html': 'a' });
    await markBuildStarted(dir, undefined);
    expect(readOutputState(dir, true)).toEqual({
      kind: 'unfinished',
      previous: { generator: 'clippings', version: 1, files: {} },
    });
    await markBuildFinished(dir, manifestOf(dir, ['a.html']));
    expect(readOutputState(dir, true).kind).toBe('finished');
    await expect(rm(join(dir, BUILDING_FILE))).rejects.toThrow(/ENOENT/);
  });
});

describe('checkAgainstManifest', () => {
  test('missing, emptied, resized and altered files are each one line', async () => {
    const dir = await folder({
      'gone.js': 'x'.repeat(10),
      'empty.html': 'y'.repeat(10),
      'short.css': 'z'.repeat(10),
      'changed.json': '{"a":1}',
      'same.txt': 'same',
    });
    const manifest = manifestOf(dir, ['gone.js', 'empty.html', 'short.css', 'changed.json', 'same.txt']);
    await rm(join(dir, 'gone.js'));
    await truncate(join(dir, 'empty.html'), 0);
    await truncate(join(dir, 'short.css'), 4);
    await writeFile(join(dir, 'changed.json'), '{"a":2}');
    expect(checkAgainstManifest(dir, manifest).sort()).toEqual([
      'changed.json has changed since the build (its hash differs)',
      'empty.html is empty (the build wrote 10 bytes)',
      'gone.js is missing (the build made it)',
      'short.css is 4 bytes, not the 10 the build wrote',
    ]);
  });

  test('given what a look at the folder found, it finds the same problems from it', async () => {
    const dir = await folder({ 'gone.js': 'x', 'short.css': 'z'.repeat(10), 'same.txt': 'same' });
    const manifest = manifestOf(dir, ['gone.js', 'short.css', 'same.txt']);
    await rm(join(dir, 'gone.js'));
    await truncate(join(dir, 'short.css'), 4);
    const seen = await listFileStates(dir);
    expect(checkAgainstManifest(dir, manifest, undefined, seen).sort()).toEqual([
      'gone.js is missing (the build made it)',
      'short.css is 4 bytes, not the 10 the build wrote',
    ]);
    // What it was told is what counts: a file it was told of as gone is missing, though it is there.
    seen.delete('same.txt');
    expect(checkAgainstManifest(dir, manifest, undefined, seen)).toContain('same.txt is missing (the build made it)');
  });
});

describe('manifestOf', () => {
  test('from what a look at the folder found, the same manifest as from the files themselves', async () => {
    const dir = await folder({ 'index.html': '<p>hi</p>', 'a/b.css': 'p{}' });
    const seen = await listFileStates(dir);
    expect(manifestOf(dir, ['index.html', 'a/b.css'], undefined, seen)).toEqual(
      manifestOf(dir, ['index.html', 'a/b.css']),
    );
    expect(manifestOf(dir, ['a/b.css'], undefined, seen).files['a/b.css']).toEqual({
      size: 3,
      sha256: createHash('sha256').update('p{}').digest('hex'),
    });
  });
});

describe('hashFile', () => {
  test('hashes a file of any size as its bytes: empty, small, and larger than one read', async () => {
    const large = 'x'.repeat(3 * 1024 * 1024 + 17);
    const dir = await folder({ 'empty.txt': '', 'small.html': '<p>é</p>', 'large.bin': large });
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(hashFile(join(dir, 'empty.txt'))).toBe(sha256(''));
    expect(hashFile(join(dir, 'small.html'))).toBe(sha256('<p>é</p>'));
    expect(hashFile(join(dir, 'large.bin'))).toBe(sha256(large));
    // One read buffer serves every file: a short file after a long one is hashed alone.
    expect(hashFile(join(dir, 'small.html'))).toBe(sha256('<p>é</p>'));
  });
});

describe('hashFilesAside', () => {
  const worker = join(import.meta.dirname, '../../src/output/hash-worker.ts');
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  test('a cold build’s many files: each gets its own hash, half of them from the second thread', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 2500 }, (_, i) => [`p/${i % 40}/${i}.html`, `<p>page ${i}</p>`]),
    );
    const dir = await folder(files);
    const hashed = await hashFilesAside(dir, Object.keys(files), worker);
    expect(hashed.size).toBe(2500);
    for (const [path, text] of Object.entries(files)) expect(hashed.get(path)).toBe(sha256(text));
    // Taken into the manifest as they are: the same manifest as hashing every file in this thread.
    const seen = await listFileStates(dir);
    expect(manifestOf(dir, Object.keys(files), undefined, seen, hashed)).toEqual(manifestOf(dir, Object.keys(files)));
  });

  test('when the thread cannot start, its half is left for manifestOf, which still hashes every file', async () => {
    const files = Object.fromEntries(Array.from({ length: 2100 }, (_, i) => [`${i}.txt`, `file ${i}`]));
    const dir = await folder(files);
    const hashed = await hashFilesAside(dir, Object.keys(files), join(dir, 'no-such-worker.ts'));
    expect(hashed.size).toBe(1050);
    expect(manifestOf(dir, Object.keys(files), undefined, undefined, hashed).files['1.txt']?.sha256).toBe(
      sha256('file 1'),
    );
  });

  test('a few files are not worth a thread: manifestOf hashes them', async () => {
    const dir = await folder({ 'index.html': '<p>hi</p>' });
    expect((await hashFilesAside(dir, ['index.html'], worker)).size).toBe(0);
  });
});
