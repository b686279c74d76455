/**
 * An archive large enough for its bodies to render in worker threads builds
 * the same site as when every body renders in the build's thread: every
 * article has its page, and every page is the same, byte for byte.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeArchive } from '../../scripts/generate-archive.ts';
import { BUILDS, buildFixture } from '../helpers/build.ts';

/** Over the 200 bodies from which the loader renders in worker threads. */
const ARTICLES = 240;

async function htmlFiles(dir: string, under = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await htmlFiles(dir, path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

describe('bodies rendered in worker threads', () => {
  test('give the same site as bodies rendered in the build’s thread, every article on its page', async () => {
    const content = join(await mkdtemp(join(BUILDS, 'workers-content-')), 'articles');
    expect(await writeArchive(content, { articles: ARTICLES, seed: 22 })).toBe(ARTICLES);
    const [threads, here] = await Promise.all([
      buildFixture({ content, env: { CLIPPINGS_RENDER_WORKERS: '2' } }),
      buildFixture({ content, env: { CLIPPINGS_RENDER_WORKERS: '0' } }),
    ]);
    for (const build of [threads, here]) {
      expect(build.code, build.output).toBe(0);
      expect(build.output).toContain(`${ARTICLES} articles (${ARTICLES} rendered, 0 unchanged)`);
    }
    const pages = await htmlFiles(threads.dist);
    expect(await htmlFiles(here.dist)).toEqual(pages);
    expect(pages.filter((page) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(page))).toHaveLength(ARTICLES);
    const differ: string[] = [];
    for (const page of pages)
      if ((await readFile(join(threads.dist, page), 'utf8')) !== (await readFile(join(here.dist, page), 'utf8')))
        differ.push(page);
    expect(differ).toEqual([]);
  }, 300_000);
});
