import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { staleBecause } from '../../../src/zim/freshness.ts';

let dir: string;
const at = (iso: string) => new Date(iso);
async function file(path: string, when: string): Promise<string> {
  const full = join(dir, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, 'x');
  await utimes(full, at(when), at(when));
  return full;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zim-fresh-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('whether npm run zim must build the site first', () => {
  test('no built site: build', async () => {
    expect(await staleBecause(join(dir, 'dist'), [])).toBe(`${join(dir, 'dist')} has no built site`);
  });

  test('a build newer than every input is packed as it is', async () => {
    await file('content/2024/a.md', '2026-01-01T00:00:00Z');
    await file('dist/index.html', '2026-01-02T00:00:00Z');
    expect(await staleBecause(join(dir, 'dist'), [join(dir, 'content')])).toBeUndefined();
  });

  test('an input changed after the build (in any folder depth) names itself', async () => {
    await file('dist/index.html', '2026-01-01T00:00:00Z');
    await file('dist/sitemap-0.xml', '2026-01-02T00:00:00Z');
    await file('content/2024/03/a.md', '2026-01-03T00:00:00Z');
    const site = await file('site.json', '2026-01-01T00:00:00Z');
    expect(await staleBecause(join(dir, 'dist'), [site, join(dir, 'missing'), join(dir, 'content')])).toBe(
      `${join(dir, 'content')} changed after the last build`,
    );
  });
});
