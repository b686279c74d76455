import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_RECORD_FILE, baseWrittenIn, readBuildRecord, recordOf } from '../../src/output/last-build.ts';

describe('the last build’s record', () => {
  test('is read from the cache folder, and is undefined where there is none or it is broken', () => {
    const cache = mkdtempSync(join(tmpdir(), 'last-build-'));
    expect(readBuildRecord(cache)).toBeUndefined();
    writeFileSync(join(cache, BUILD_RECORD_FILE), '{ not json');
    expect(readBuildRecord(cache)).toBeUndefined();
    writeFileSync(join(cache, BUILD_RECORD_FILE), JSON.stringify({ base: '/rio/', outDir: '/site/dist' }));
    expect(readBuildRecord(cache)).toEqual({ base: '/rio/', outDir: '/site/dist' });
    // A record of another shape is none; a base as written is read as the build reads it.
    writeFileSync(join(cache, BUILD_RECORD_FILE), '{}');
    expect(readBuildRecord(cache)).toBeUndefined();
    const site = 'https://ong.example';
    writeFileSync(join(cache, BUILD_RECORD_FILE), JSON.stringify({ base: 'rio', outDir: '/site/dist', site }));
    expect(readBuildRecord(cache)).toEqual({ base: '/rio/', outDir: '/site/dist', site });
  });

  test('gives the base a folder was built for, only for that folder', () => {
    const record = { base: '/rio/', outDir: '/site/dist' };
    expect(recordOf('/site/dist', record)?.base).toBe('/rio/');
    expect(recordOf('/site/./dist/', record)?.base).toBe('/rio/');
    expect(recordOf('/site/other', record)?.base).toBeUndefined();
    expect(recordOf('/site/dist', undefined)?.base).toBeUndefined();
  });

  test('a page tells the base it was built for by its stylesheet’s address', () => {
    expect(baseWrittenIn('<link rel="stylesheet" href="/clip/_astro/site.B2x.css">')).toBe('/clip/');
    expect(baseWrittenIn('<head><link href="/_astro/site.css" rel="stylesheet"></head>')).toBe('/');
    expect(baseWrittenIn('<link rel="stylesheet" href="https://cdn.example/archive/_astro/a.css">')).toBe('/archive/');
    // Text or a script that mentions the folder is not a stylesheet.
    expect(baseWrittenIn('<p>/clip/_astro/site.css</p><script src="/x/_astro/a.js"></script>')).toBeUndefined();
  });
});
