/**
 * Search over a sharded index in Chromium: the search fixture (one article a
 * month) built with three articles a shard (2018-05 to 2019-08, 2020-02 to
 * 2021-04, 2021-09 to 2022-11, 2023-01 to 2024-10 with the French article),
 * searched through the search page. Results, date order and filter
 * counts must be those of one index over the whole archive; kept offline,
 * every shard must be there.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { reusedTab } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { SEARCH_FIXTURE, searchFixture, type FixtureArticle } from '../helpers/search-fixture.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import type { OfflineManifest } from '../../src/search/offline-manifest.ts';

const articles = searchFixture();
const newestFirst = (list: FixtureArticle[]) => [...list].sort((a, b) => b.time - a.time).map((a) => a.title);

describe.skipIf(browserSkip !== '')(`search over index shards in Chromium ${browserSkip}`, () => {
  let build: BuildResult;
  let manifest: OfflineManifest;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let online = true;
  const consoleErrors: string[] = [];
  const requested: string[] = [];

  /** The shard holding an article, by its month (ids are `YYYY-MM` or `YYYY-MM-YYYY-MM`). */
  const shardOf = (article: FixtureArticle) =>
    manifest.bundles.find((bundle) => {
      const month = article.day.slice(0, 7);
      return month >= bundle.id.slice(0, 7) && month <= bundle.id.slice(-7);
    })?.id;

  beforeAll(async () => {
    build = await sharedBuild({ content: SEARCH_FIXTURE, env: { CLIPPINGS_SEARCH_SHARD_SIZE: '3' } });
    if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
    manifest = JSON.parse(await build.read('offline.json')) as OfflineManifest;
    server = await serve(build.dist);
    browser = await launchChromium();
    context = await browser.newContext({ serviceWorkers: 'block' });
    context.on('page', (page) => {
      page.on('console', (message) => {
        // Warnings too: Pagefind warns (and goes on) when it skips a bundle it was asked to merge.
        // Blocking service workers (so tests do not share caches) is the harness's own warning.
        const text = message.text();
        // Offline, the browser itself reports refused connections; only the page's own errors count.
        if (!online && /ERR_CONNECTION_REFUSED|Failed to load resource/.test(text)) return;
        if (
          message.type() === 'error' ||
          (message.type() === 'warning' && !/Service Worker registration blocked/.test(text))
        )
          consoleErrors.push(`${page.url()}: ${text}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (online) await server?.stop();
  });

  async function open(search: string): Promise<Page> {
    const page = await reusedTab(context);
    await page.goto(`${server.url}search/${search}`);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toMatch(/results? |No results|Type words/);
    return page;
  }

  /** Clicks "load more" until every result is shown. */
  async function showAll(page: Page): Promise<string[]> {
    const more = page.locator('#search-more');
    while (await more.isVisible()) {
      const before = await page.locator('#search-results li').count();
      await more.click();
      await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(before);
    }
    return page.locator('#search-results h2').allTextContents();
  }

  test('the fixture is in four shards', () => {
    expect(manifest.bundles.map((bundle) => bundle.id)).toEqual([
      '2018-05-2019-08',
      '2020-02-2021-04',
      '2021-09-2022-11',
      '2023-01-2024-10',
    ]);
  });

  test('the search page without a query fetches no index chunk and no fragment', async () => {
    const before = requested.length;
    const page = await open('');
    expect(await page.locator('#search-status').textContent()).toMatch(/Type words/);
    const fetched = requested.slice(before);
    // The page did open the newest shard (its entry file), then searched nothing it had to fetch.
    expect(fetched.some((path) => path.endsWith('/pagefind-entry.json'))).toBe(true);
    expect(fetched.filter((path) => /\.pf_(index|fragment)$/.test(path))).toEqual([]);
  });

  test('a word in articles of two shards finds both, newest first', async () => {
    const expected = articles.filter((a) => /\buntil\b/i.test(a.text));
    expect(new Set(expected.map(shardOf)).size).toBeGreaterThanOrEqual(2);
    const page = await open('?q=until&sort=newest');
    expect(await page.locator('#search-status').textContent()).toBe(`${expected.length} results for “until”`);
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(newestFirst(expected));
  });

  test.each(['relevance', 'newest'] as const)(
    'by %s, a word in one shard finds its article only, though other shards have a word that begins it',
    async (sort) => {
      // Each shard without "lighthouse" would answer it with a shorter word it has ("light", "li"…).
      const expected = articles.filter((a) => /\blighthouse/i.test(a.text));
      expect(new Set(expected.map(shardOf)).size).toBe(1);
      const page = await open(`?q=lighthouse&sort=${sort}`);
      expect((await showAll(page)).sort()).toEqual(expected.map((a) => a.title).sort());
      expect(await page.locator('#search-status').textContent()).toMatch(
        new RegExp(`^${expected.length} results? for “lighthouse”`),
      );
      // A word no shard has: nothing, from any of them.
      const none = await open('?q=interplanetary&sort=' + sort);
      expect(await none.locator('#search-status').textContent()).toBe('No results for “interplanetary”.');
    },
  );

  test('by relevance, the same word finds the same articles', async () => {
    const expected = articles
      .filter((a) => /\buntil\b/i.test(a.text))
      .map((a) => a.title)
      .sort();
    const page = await open('?q=until');
    expect((await page.locator('#search-results h2').allTextContents()).sort()).toEqual(expected);
  });

  test.each(['newest', 'oldest'] as const)(
    'every article, %s first, across all shards and both languages, with load more',
    async (sort) => {
      const page = await open(`?q=the&sort=${sort}`);
      const all = articles.filter((a) => /\bthe\b/i.test(a.text));
      expect(new Set(all.map(shardOf)).size).toBe(4);
      const shown = await showAll(page);
      const expected = newestFirst(all);
      expect(shown).toEqual(sort === 'newest' ? expected : [...expected].reverse());
    },
  );

  test('a filter-only search sorts across shards and languages', async () => {
    const culture = articles.filter((a) => a.section === 'Culture');
    expect(new Set(culture.map(shardOf)).size).toBeGreaterThan(1);
    expect(new Set(culture.map((a) => a.lang)).size).toBeGreaterThan(1);
    const page = await open('?sort=newest&section=Culture');
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(newestFirst(culture));
  });

  test('filter counts add up across shards, and follow the query', async () => {
    const page = await open('?q=the');
    const matching = articles.filter((a) => /\bthe\b/i.test(a.text));
    const counts = new Map<string, number>();
    for (const article of articles)
      counts.set(article.section, (counts.get(article.section) ?? 0) + (matching.includes(article) ? 1 : 0));
    // At least one section has articles in several shards, so a count from one shard alone would be wrong.
    expect(
      [...counts.keys()].some(
        (section) => new Set(matching.filter((a) => a.section === section).map(shardOf)).size > 1,
      ),
    ).toBe(true);
    // Counts come after the first results (their filter values load lazily).
    await expect
      .poll(async () => (await page.locator('#filter-section option').allTextContents()).slice(1), { timeout: 15_000 })
      .toEqual([...counts].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([section, n]) => `${section} (${n})`));
    // The shard tag is the search's own business, never a filter offered to readers.
    expect(await page.locator('#filter-shard').count()).toBe(0);
  });

  test('French stemming works in the one shard that has French pages', async () => {
    const french = articles.find((a) => a.lang === 'fr');
    const page = await open('?q=nombreuses');
    expect(await page.locator('#search-results h2').allTextContents()).toContain(french!.title);
  });

  test('"keep offline" downloads every shard: a date-sorted search across shards works with the server stopped', async () => {
    const reader = await browser.newContext();
    try {
      const page = await reader.newPage();
      await page.goto(`${server.url}search/?q=until`);
      await expect.poll(() => page.locator('#offline').isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('button', { name: 'Keep offline' }).click();
      await expect.poll(() => page.locator('#offline-status').textContent(), { timeout: 30_000 }).toMatch(/^Done/);
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
        .toBe(true);
      const cached = await page.evaluate(async () =>
        (
          await Promise.all(
            (await caches.keys()).map(async (name) =>
              (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
            ),
          )
        ).flat(),
      );
      for (const bundle of manifest.bundles)
        expect(
          cached.filter((path) => path.startsWith(`/${bundle.path}fragment/`)).length,
          bundle.path,
        ).toBeGreaterThan(0);
      await server.stop();
      online = false;
      // A query never run before, over every shard, oldest first.
      await page.goto(`${server.url}search/?q=the&sort=oldest`);
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toMatch(/results? for/);
      const all = articles.filter((a) => /\bthe\b/i.test(a.text));
      expect(await page.locator('#search-results h2').allTextContents()).toEqual(
        [...newestFirst(all)].reverse().slice(0, 10),
      );
    } finally {
      await reader.close();
    }
  }, 90_000);

  test('every shard’s index was read from its own folder, and nothing logged an error or warning', () => {
    for (const bundle of manifest.bundles)
      expect(requested, bundle.path).toContain(`/${bundle.path}pagefind-entry.json`);
    expect(consoleErrors).toEqual([]);
  });
});
