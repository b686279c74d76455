/**
 * Search under a base sub-path, and offline: the fixture archive built for
 * `/clip/`, served there on 127.0.0.1, warmed up in Chromium with "keep this
 * archive offline", then searched again with the server stopped.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILDS, type BuildResult } from '../helpers/build.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { SEARCH_FIXTURE, searchFixture } from '../helpers/search-fixture.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { formatBytes } from '../../src/search/results.ts';
import type { OfflineManifest } from '../../src/search/offline-manifest.ts';

const BASE = '/clip/';
const articles = searchFixture();
const titlesWith = (word: RegExp) =>
  articles
    .filter((a) => word.test(a.text))
    .map((a) => a.title)
    .sort();

describe.skipIf(browserSkip !== '')(`search under ${BASE} and offline, in Chromium ${browserSkip}`, () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let online = true;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    // The build search-reader.test.ts reads under /clip/.
    build = await sharedBuild({ content: SEARCH_FIXTURE, base: BASE });
    if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
    server = await serve(build.dist, BASE);
    browser = await launchChromium();
    context = await browser.newContext();
    context.on('page', (page) => {
      page.on('console', (message) => {
        // Offline, the browser itself reports refused connections; only the page's own errors count.
        if (
          message.type() === 'error' &&
          (online || !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(message.text()))
        ) {
          consoleErrors.push(`${page.url()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        if (!request.url().startsWith(`${server.origin}/`)) foreignRequests.push(request.url());
        requested.push(new URL(request.url()).pathname);
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (online) await server?.stop();
  });

  async function results(page: Page): Promise<string[]> {
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toMatch(/results? |No results/);
    return (await page.locator('#search-results h2').allTextContents()).sort();
  }

  test('on a first visit the service worker starts only after the first results, not competing with them', async () => {
    const fresh = await browser.newContext();
    let workerRequested = 0;
    // The worker's script is fetched by the browser, not by the page: watched on the context.
    fresh.on('request', (request) => {
      if (new URL(request.url()).pathname === `${BASE}sw.js` && workerRequested === 0) workerRequested = Date.now();
    });
    const page = await fresh.newPage();
    await page.goto(`${server.url}search/?q=cocoa`);
    expect(await results(page)).toEqual(titlesWith(/\bcocoa\b/i));
    // Registered all the same, so what the reader opens is kept for offline reading.
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope))).toBe(
      `${server.url}`,
    );
    const firstResults = await page.evaluate(
      () => performance.timeOrigin + performance.getEntriesByName('clippings:first-results')[0]!.startTime,
    );
    expect(workerRequested).toBeGreaterThanOrEqual(Math.floor(firstResults));
    await fresh.close();
  });

  test('a deep link under the base finds the article, and its links keep the base', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=cocoa`);
    expect(await results(page)).toEqual(titlesWith(/\bcocoa\b/i));
    const link = page.locator('#search-results h2 a').first();
    expect(await link.getAttribute('href')).toBe(`${BASE}2020/11/05/library-night-opening/?highlight=cocoa`);
    // The lead image is shown from the site itself, under the base.
    expect(await page.locator('#search-results img').first().getAttribute('src')).toBe(`${BASE}images/salt-marsh.svg`);
    await link.click();
    await page.waitForURL(`${server.url}2020/11/05/library-night-opening/?highlight=cocoa`);
    expect(await page.locator('h1').textContent()).toBe('Library opens its doors at night');
    await page.close();
  });

  test('a new deploy keeps the pages a reader already has offline', async () => {
    // Its own copy of the site on its own server (another origin): redeploying
    // it cannot touch the service worker or caches the other tests rely on.
    // Outside the shared build's folder, which other test files read.
    const copy = join(await mkdtemp(join(BUILDS, 'deploy-')), 'dist');
    await cp(build.dist, copy, { recursive: true });
    const deployed = await serve(copy, BASE);
    const reader = await browser.newContext();
    try {
      const page = await reader.newPage();
      const article = `${deployed.url}2021/09/11/harbour-regatta/`;
      await page.goto(article);
      await expect
        .poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined), { timeout: 15_000 })
        .toBe(true);
      const before = await page.evaluate(() => caches.keys());
      // Deploy a new version of the site: same pages, a new service worker version.
      const worker = join(copy, 'sw.js');
      await writeFile(
        worker,
        (await readFile(worker, 'utf8')).replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"),
      );
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      // The new worker moves the pages over, then deletes the old cache: wait for both.
      await expect
        .poll(async () => (await page.evaluate(() => caches.keys())).filter((name) => before.includes(name)), {
          timeout: 20_000,
        })
        .toEqual([]);
      expect((await page.evaluate(() => caches.keys())).length).toBeGreaterThan(0);
      expect(await page.evaluate(async (url) => (await caches.match(url)) !== undefined, article)).toBe(true);
    } finally {
      await reader.close();
      await deployed.stop();
    }
  }, 60_000);

  test('"keep offline" checks every response: a failing file is named, nothing claims to be kept, and a retry completes', async () => {
    const manifest = JSON.parse(await build.read('offline.json')) as OfflineManifest;
    const broken = manifest.files.find((file) => file.path.endsWith('.pf_fragment'));
    expect(broken).toBeDefined();
    // Without the service worker: requests it made itself would not pass through page.route.
    const separate = await browser.newContext({ serviceWorkers: 'block' });
    const page = await separate.newPage();
    let failing = true;
    await page.route(`**/${broken?.path}`, (route) =>
      failing ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.continue(),
    );
    await page.goto(`${server.url}search/?q=heron`);
    await expect.poll(() => page.locator('#offline').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Keep offline' }).click();
    await expect
      .poll(() => page.locator('#offline-status').textContent(), { timeout: 30_000 })
      .toMatch(/^Not kept offline: 1 file could not be kept: /);
    expect(await page.locator('#offline-status').textContent()).toContain(
      `${broken?.path}: the server answered HTTP 500`,
    );
    expect(await page.evaluate(() => localStorage.getItem('clippings-offline'))).toBeNull();
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('#offline-status').textContent(), { timeout: 30_000 }).toMatch(/^Done/);
    expect(await page.evaluate(() => localStorage.getItem('clippings-offline'))).toBe(manifest.version);
    await separate.close();
  }, 60_000);

  test('offline, with the search index never kept, the search page says so in its words, not the browser’s', async () => {
    const reader = await browser.newContext();
    const page = await reader.newPage();
    await page.goto(`${server.url}search/?q=heron`);
    expect(await results(page)).toEqual(titlesWith(/\bherons?\b/i));
    // The worker keeps what the page loaded on its first visit: its scripts and styles, Pagefind's start.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const files = performance
              .getEntriesByType('resource')
              .map((entry) => entry.name)
              .filter((url) => url.includes('/_astro/'));
            const kept = await Promise.all(files.map((url) => caches.match(url, { ignoreVary: true })));
            return files.length > 0 && kept.every(Boolean);
          }),
        { timeout: 15_000 },
      )
      .toBe(true);
    // The page itself is kept (opened online); the search index's files are not all: a word whose files are not
    // kept, searched on the open page or on a page loaded offline, is no "No results".
    await reader.setOffline(true);
    await page.locator('#search-input').fill('lighthouse');
    await page.locator('#search-input').press('Enter');
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toBe('Search could not load: Not kept on this device');
    await page.goto(`${server.url}search/?q=lighthouse`);
    // Not the browser's "Failed to fetch", in English whatever the archive's language, nor an empty page.
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toBe('Search could not load: Not kept on this device');
    await reader.close();
  });

  test('after "keep offline", search works with the server stopped', async () => {
    const manifest = JSON.parse(await build.read('offline.json')) as OfflineManifest;
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=heron`);
    expect(await results(page)).toEqual(titlesWith(/\bherons?\b/i));

    // It says how much it will download before it does, without fetching the list of files.
    const panel = page.locator('#offline');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('#offline-size').textContent()).toContain(formatBytes(manifest.totalBytes));
    expect(requested).not.toContain(`${BASE}offline.json`);
    await page.getByRole('button', { name: 'Keep offline' }).click();
    await expect.poll(() => page.locator('#offline-status').textContent(), { timeout: 30_000 }).toMatch(/^Done/);
    const progress = page.locator('#offline-progress');
    expect(await progress.evaluate((bar: HTMLProgressElement) => ({ value: bar.value, max: bar.max }))).toEqual({
      value: manifest.totalBytes,
      max: manifest.totalBytes,
    });
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
      .toBe(true);

    // A page read while online stays readable.
    await page.goto(`${server.url}2021/09/11/harbour-regatta/`);
    expect(await page.locator('h1').textContent()).toBe('Regatta sails despite a stiff northerly');

    // A reader who opened one article once, on a first visit, can read it offline too.
    const firstVisit = await browser.newContext();
    const reader = await firstVisit.newPage();
    await reader.goto(`${server.url}2020/11/05/library-night-opening/`);
    await expect
      .poll(
        () =>
          reader.evaluate(
            async () => (await caches.match(location.href)) !== undefined && (await caches.keys()).length > 0,
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    await expect
      .poll(
        () =>
          reader.evaluate(async () => {
            const sheet = document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.href ?? '';
            return (await caches.match(sheet)) !== undefined;
          }),
        { timeout: 15_000 },
      )
      .toBe(true);

    await server.stop();
    online = false;

    await reader.reload();
    expect(await reader.locator('h1').textContent()).toBe('Library opens its doors at night');
    // The stylesheet came from the cache too: the masthead has its double rule.
    expect(await reader.evaluate(() => getComputedStyle(document.querySelector('.masthead')!).borderBottomStyle)).toBe(
      'double',
    );
    await firstVisit.close();

    await page.goto(`${server.url}search/?q=lighthouse`);
    expect(await results(page)).toEqual(titlesWith(/\blighthouse\b/i));
    // A query never run before, with a filter and a sort: every index file is local.
    await page.goto(`${server.url}search/?tag=coast&sort=oldest`);
    await results(page);
    const coast = articles.filter((a) => a.tags.includes('coast')).sort((a, b) => a.time - b.time);
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(coast.map((a) => a.title));

    // The reader's features work offline too: a date range with a sort, a phrase, facet counts, highlighting.
    const inRange = articles
      .filter((a) => a.day >= '2020-01-01' && a.day <= '2021-06-30')
      .sort((a, b) => a.time - b.time);
    await page.goto(`${server.url}search/?from=2020&to=2021-06&sort=oldest`);
    await results(page);
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(inRange.map((a) => a.title));
    await page.goto(`${server.url}search/?q=${encodeURIComponent('"harbour trust"')}`);
    expect(await results(page)).toEqual(titlesWith(/\bharbour\W+trust\b/i));
    await expect.poll(() => page.locator('#filter-section option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.goto(`${server.url}2021/09/11/harbour-regatta/?highlight=regatta`);
    expect(await page.locator('h1').textContent()).toBe('Regatta sails despite a stiff northerly');
    await expect.poll(() => page.locator('article mark.search-hit').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // A result never opened online is not kept: it opens as a page saying so, with the text the index holds.
    const opened = ['Regatta sails despite a stiff northerly', 'Library opens its doors at night'];
    const lighthouse = articles.find((a) => /\blighthouse\b/i.test(a.text) && !opened.includes(a.title));
    expect(lighthouse).toBeDefined();
    await page.goto(`${server.url}search/?q=lighthouse`);
    await results(page);
    await page.locator('#search-results h2 a', { hasText: lighthouse!.title }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Not kept on this device');
    expect(new URL(page.url()).pathname).not.toBe(`${BASE}offline/`);
    // Filled by the page's module script, which runs after the heading is on screen.
    await expect.poll(() => page.locator('#offline-article-title').textContent()).toBe(lighthouse!.title);
    const shown = (await page.locator('#offline-article-text').textContent()) ?? '';
    // The article's words, as the index holds them: the body's last word is there.
    const lastWord = lighthouse!.text
      .trim()
      .split(/\s+/)
      .at(-1)!
      .replace(/[^\p{L}\p{N}]/gu, '');
    expect(shown).toContain(lastWord);
    expect(shown.length).toBeGreaterThan(lighthouse!.text.length / 2);
    // The story, under its headline shown above it, with the searched word marked as on the article.
    expect(shown.startsWith(lighthouse!.title)).toBe(false);
    await expect
      .poll(() => page.locator('#offline-article-text mark.search-hit').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect((await page.locator('#offline-article-text mark.search-hit').first().textContent())?.toLowerCase()).toBe(
      'lighthouse',
    );
    // The bar over it speaks the site's language, as on an article (no message key shown as such).
    expect(await page.locator('.highlight-bar').textContent()).toContain('Highlighting “lighthouse”');
    expect(await page.locator('.highlight-bar').textContent()).not.toMatch(/highlight\.\w+/);
    // Any other page never kept says so too, without an article.
    await page.goto(`${server.url}tags/`);
    expect(await page.locator('h1').textContent()).toBe('Not kept on this device');
    expect(await page.locator('#offline-article').isHidden()).toBe(true);
    await page.close();
  }, 120_000); // a whole offline download, two browsing contexts and a stopped server: more than 30 s on a busy machine

  test('nothing logged an error, and no request left the site', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
