/**
 * The verification record (src/verify/record.ts): what it keeps comes back
 * as it was, and it is never reused for another folder or site. (That a
 * rewritten file is read again is shown on a real build in
 * tests/integration/verify-incremental.test.ts.)
 */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRecord, recordFile, saveRecord, type VerifyRecord } from '../../src/verify/record.ts';

const page = {
  links: ['/2024/', '/tags/a/', '../b/'],
  linkCount: 5,
  repeatedIds: ['x'],
  offSite: [{ place: 'meta og:image', url: 'https://img.example/a.jpg' }],
  siteUrlCount: 9,
  unreadable: [],
};

describe('verification record', () => {
  test('what is saved loads back the same, shared links and all', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'clippings-record-'));
    const record: VerifyRecord = {
      version: loadRecord(undefined, 'k').version,
      key: 'k',
      files: {
        'a/index.html': { state: '1:2:3:4', page },
        'b/index.html': { state: '5:6:7:8', page: { ...page, links: ['/tags/a/', '/2024/'] } },
        'pagefind/fragment/x.pf_fragment': { state: '9:9:9:9', fragmentUrl: '/a/' },
      },
    };
    await saveRecord(cache, record);
    expect(loadRecord(cache, 'k')).toEqual(record);
    // Another output folder, site or version of the checks: nothing is reused.
    expect(loadRecord(cache, 'other').files).toEqual({});
  });

  test('an unreadable record is no record', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'clippings-record-'));
    await writeFile(recordFile(cache), '{"version": 1, "key": "k", "strings": [');
    expect(loadRecord(cache, 'k').files).toEqual({});
  });

  test('a record half-written by a process that is gone is removed; one being written by a live process is not', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'clippings-record-'));
    // Process ids are below 2^22 on Linux: this one cannot be running.
    const abandoned = `${recordFile(cache)}.999999999.1.tmp`;
    const live = `${recordFile(cache)}.${process.pid}.1.tmp`;
    await writeFile(abandoned, '{"version"');
    await writeFile(live, '{"version"');
    await saveRecord(cache, { version: loadRecord(undefined, 'k').version, key: 'k', files: {} });
    expect((await readdir(cache)).sort()).toEqual(['verify-record.json', live.slice(cache.length + 1)].sort());
  });
});
