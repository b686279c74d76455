/**
 * Listing pages are numbered from the oldest (src/lib/pagination.ts): a day's
 * new articles change a listing's first page, and leave its numbered pages
 * as they were, byte for byte and unwritten, however long the listing.
 */
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILDS, buildFixture } from '../helpers/build.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Article `n` (1 = oldest): one a day from 1 January 2020, all in one section and under one tag. */
async function writeArticle(dir: string, n: number): Promise<void> {
  const date = new Date(Date.UTC(2020, 0, n));
  const [year, month, day] = [date.getUTCFullYear(), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
  await mkdir(join(dir, String(year), month), { recursive: true });
  await writeFile(
    join(dir, String(year), month, `harbour-report-${n}.md`),
    `---\ntitle: Harbour report number ${n}\ndate: ${year}-${month}-${day}\nsection: Harbour\ntags: [tides]\n---\nThe tide tables for report ${n}.\n`,
  );
}

describe('listing pages numbered from the oldest', () => {
  test('new articles change the first page only; every numbered page stays as it was, links and all', async () => {
    const content = join(await mkdtemp(join(BUILDS, 'stable-pages-')), 'articles');
    for (let n = 1; n <= 130; n++) await writeArticle(content, n);
    const first = await buildFixture({ content });
    expect(first.code, first.output).toBe(0);

    // 130 articles in pages of 50: the first page holds the newest 80, page 1 the oldest 50.
    const front = await first.read('sections/harbour/index.html');
    expect(front).toContain('Harbour report number 130<');
    expect(front).toContain('Harbour report number 51<');
    expect(front).not.toContain('Harbour report number 50<');
    expect(front).toContain('130 articles');
    expect(front).toMatch(/<a rel="next" href="\/sections\/harbour\/page\/1\/">/);
    const oldest = await first.read('sections/harbour/page/1/index.html');
    expect(oldest).toContain('Harbour report number 50<');
    expect(oldest).toContain('Harbour report number 1<');
    expect(oldest).not.toContain('Harbour report number 51<');
    expect(oldest).toMatch(/<a rel="prev" href="\/sections\/harbour\/">/);
    expect(oldest).not.toContain('rel="next"');
    // It says which days it spans, not a count that would change with every article added.
    expect(oldest).toContain('Articles from 1 January 2020 to 19 February 2020');
    expect(first.has('sections/harbour/page/2/index.html')).toBe(false);

    const numbered = ['sections/harbour/page/1/index.html', 'tags/tides/page/1/index.html'];
    const before = await Promise.all(numbered.map((page) => first.read(page)));
    const times = await Promise.all(numbered.map((page) => stat(join(first.dist, page))));

    for (let n = 131; n <= 135; n++) await writeArticle(content, n);
    const second = await buildFixture({ content, reuse: first });
    expect(second.code, second.output).toBe(0);
    expect(await second.read('sections/harbour/index.html')).toContain('Harbour report number 135<');
    expect(await second.read('sections/harbour/index.html')).toContain('135 articles');
    expect(await Promise.all(numbered.map((page) => second.read(page)))).toEqual(before);
    // Not written again: kept where the last build left them.
    const after = await Promise.all(numbered.map((page) => stat(join(second.dist, page))));
    expect(after.map((each) => each.mtimeMs)).toEqual(times.map((each) => each.mtimeMs));

    // Fifteen more fill another page: it gets the next number, and page 1 now leads to it.
    for (let n = 136; n <= 150; n++) await writeArticle(content, n);
    const third = await buildFixture({ content, reuse: second });
    expect(third.code, third.output).toBe(0);
    const added = await third.read('sections/harbour/page/2/index.html');
    expect(added).toContain('Harbour report number 100<');
    expect(added).toContain('Harbour report number 51<');
    expect(added).toMatch(/<a rel="prev" href="\/sections\/harbour\/">/);
    expect(added).toMatch(/<a rel="next" href="\/sections\/harbour\/page\/1\/">/);
    expect(await third.read('sections/harbour/page/1/index.html')).toMatch(
      /<a rel="prev" href="\/sections\/harbour\/page\/2\/">/,
    );
    expect(await third.read('sections/harbour/index.html')).toMatch(
      /<a rel="next" href="\/sections\/harbour\/page\/2\/">/,
    );
  }, 300_000);
});
