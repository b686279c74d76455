/**
 * Rebuilding over an earlier build (warm content cache, incremental pages)
 * gives the same site a cold build would: an edited article changes on its
 * page, in its neighbours' links, listings, feeds and search; a deleted one
 * leaves nothing behind; nothing stale stays.
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { parsePage } from '../helpers/html.ts';
import { readBundleFragments } from '../../src/search/fragments.ts';

const DAY_ONE = '1700000000'; // 14 November 2023
const DAY_TWO = '1700100000'; // 16 November 2023
let first: BuildResult;
let second: BuildResult;
/** When each page was written by the first build. */
const firstWritten = new Map<string, number>();
const UNAFFECTED = 'authors/camille-vernet/index.html';
const EDITED = '2021/03/14/orchard-market/index.html';
/** Files the edit and the deletion leave alone, and files they change, besides the pages. */
const UNAFFECTED_FILES = ['on-this-day/06-21.json', 'sections/culture/rss.xml', 'sections/culture/feed.json'];
const EDITED_FILES = ['on-this-day/03-14.json', 'sections/business/rss.xml', 'sections/business/atom.xml'];
/** Date listings far from the deleted article (2019-12-31), and those next to it, whose link to 2019 goes. */
const FAR_DATE_LISTINGS = ['2022/index.html', '2022/06/index.html'];
const NEXT_DATE_LISTINGS = ['2020/index.html', '2020/01/index.html'];

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'clippings-rebuild-'));
  await cp(join(projectRoot, 'tests/fixtures/basic/articles'), content, { recursive: true });
  first = await buildFixture({ content, env: { SOURCE_DATE_EPOCH: DAY_ONE } });
  expect(first.code, first.output).toBe(0);
  for (const page of [
    UNAFFECTED,
    EDITED,
    ...UNAFFECTED_FILES,
    ...EDITED_FILES,
    ...FAR_DATE_LISTINGS,
    ...NEXT_DATE_LISTINGS,
  ])
    firstWritten.set(page, (await stat(join(first.dist, page))).mtimeMs);
  const file = join(content, '2021/03/orchard-market.md');
  // A headline of the same length: the file keeps its size, and the rebuild must still see the edit.
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace(
      'title: Orchard market reopens in the square',
      'title: Orchard market moves to the quayside',
    ),
  );
  await rm(join(content, '2019/12/new-years-eve-ferry.md'));
  second = await buildFixture({ content, reuse: first, env: { SOURCE_DATE_EPOCH: DAY_TWO } });
  expect(second.code, second.output).toBe(0);
}, 400_000);

describe('a rebuild after editing one article and deleting another', () => {
  test('renders only the edited body again, and leaves unaffected pages in place', async () => {
    expect(second.output).toContain('4 articles (1 rendered, 3 unchanged)');
    expect((await stat(join(second.dist, UNAFFECTED))).mtimeMs).toBe(firstWritten.get(UNAFFECTED));
    expect((await stat(join(second.dist, EDITED))).mtimeMs).not.toBe(firstWritten.get(EDITED));
  });

  test('writes again only the on-this-day files and section feeds the edit changed', async () => {
    for (const file of UNAFFECTED_FILES)
      expect((await stat(join(second.dist, file))).mtimeMs, file).toBe(firstWritten.get(file));
    for (const file of EDITED_FILES) {
      expect((await stat(join(second.dist, file))).mtimeMs, file).not.toBe(firstWritten.get(file));
      expect(await second.read(file), file).toContain('Orchard market moves to the quayside');
    }
  });

  test('builds again only the date listings whose calendar or neighbours changed', async () => {
    for (const page of FAR_DATE_LISTINGS)
      expect((await stat(join(second.dist, page))).mtimeMs, page).toBe(firstWritten.get(page));
    for (const page of NEXT_DATE_LISTINGS) {
      expect((await stat(join(second.dist, page))).mtimeMs, page).not.toBe(firstWritten.get(page));
      const links = parsePage(await second.read(page)).all('a[rel="prev"]');
      expect(links, page).toHaveLength(0);
    }
  });

  test('the deleted article leaves no page behind, nor listings of the year it was the only one in', () => {
    for (const gone of ['2019/12/31/new-years-eve-ferry/index.html', '2019/12/index.html', '2019/index.html'])
      expect(second.has(gone), gone).toBe(false);
    expect(second.has('2019')).toBe(false);
    expect(second.output).toMatch(
      /Removed \d+ file\(s\) that the last build made and this one no longer makes \(e\.g\. [^)]*2019\//,
    );
  });

  test('the edited article, its neighbours, listings and feeds show the new headline', async () => {
    expect(parsePage(await second.read('2021/03/14/orchard-market/index.html')).text('article h1')).toBe(
      'Orchard market moves to the quayside',
    );
    const neighbour = parsePage(await second.read('2021/03/14/orchard-frost/index.html'));
    expect(neighbour.text('.prev-next')).toContain('Orchard market moves to the quayside');
    for (const listing of [
      '2021/03/index.html',
      'tags/farming/index.html',
      'sections/business/index.html',
      'index.html',
    ]) {
      const html = await second.read(listing);
      expect(html, listing).toContain('Orchard market moves to the quayside');
      expect(html, listing).not.toContain('Orchard market reopens in the square');
    }
    expect(await second.read('rss.xml')).toContain('Orchard market moves to the quayside');
  });

  test('the search index has the new headline and not the old', () => {
    const texts = readBundleFragments(second.dist, 'pagefind').map(({ fragment }) => JSON.stringify(fragment));
    expect(texts.some((text) => text.includes('Orchard market moves to the quayside'))).toBe(true);
    expect(texts.some((text) => text.includes('Orchard market reopens in the square'))).toBe(false);
  });

  test('pages of unchanged articles are not built again on another day: the access date is set by the reader’s browser', async () => {
    const page = parsePage(await second.read('2022/06/21/festival-des-lanternes/index.html'));
    expect(page.attr('.cite', 'dataAccessed')).toBe('2023-11-14');
    expect(page.text('.cite time.accessed')).toBe('November 14, 2023');
    // The edited article was built again, on day two.
    expect(parsePage(await second.read(EDITED)).attr('.cite', 'dataAccessed')).toBe('2023-11-16');
  });
});

describe('a rebuild from a cache folder that moved (a CI cache restored elsewhere, a project renamed)', () => {
  test('renders nothing again, and every page still finds its article’s body', { timeout: 200_000 }, async () => {
    const moved = await mkdtemp(join(projectRoot, '.tmp', 'builds', 'moved-'));
    await cp(join(second.dist, '..'), moved, { recursive: true });
    // Gone from where it was: nothing may still point there.
    await rm(join(second.dist, '..', 'cache'), { recursive: true });
    const content = second.env['CLIPPINGS_CONTENT_DIR'] as string;
    const third = await buildFixture({ content, reuse: { ...second, dist: join(moved, 'dist') } });
    expect(third.code, third.output).toBe(0);
    expect(third.output).toContain('4 articles (0 rendered, 4 unchanged)');
    // The sitemap, offline.json and the like are written again: nothing is gone, so nothing is said.
    expect(third.output).not.toContain('Removed');
    const page = parsePage(await third.read('2021/03/14/orchard-market/index.html'));
    expect(page.text('article h1')).toBe('Orchard market moves to the quayside');
    // The body as the build before wrote it, read from the moved cache.
    const body = parsePage(await second.read('2021/03/14/orchard-market/index.html')).text('article .article-body');
    expect(body).not.toBe('');
    expect(page.text('article .article-body')).toBe(body);
  });
});
