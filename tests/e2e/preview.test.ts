/**
 * `npm run preview` after a sub-path build: `CLIPPINGS_BASE=/my-archive/ npm run build`,
 * then `npm run preview` without the base, serves /my-archive/ with its styles and search.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../helpers/astro-server.ts';
import { projectRoot, type BuildResult } from '../helpers/build.ts';
import { watchProblems } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

describe.skipIf(browserSkip !== '')(`npm run preview under a sub-path ${browserSkip}`, () => {
  let site: BuildResult;
  let preview: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    // The build reader.test.ts reads (its zone changes no page this test looks at).
    site = await sharedBuild({
      content: 'tests/fixtures/basic/articles',
      base: '/my-archive/',
      env: { TZ: 'America/Los_Angeles' },
    });
    expect(site.code, site.output).toBe(0);
    // Only the build's cache folder is named (where it recorded its base): not the base itself.
    preview = await startServer('preview', { CLIPPINGS_CACHE_DIR: join(dirname(site.dist), 'cache') }, '/my-archive/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  test('serves /my-archive/ styled, with no console error', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page, preview.origin);
    const response = await page.goto(preview.url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('.masthead').evaluate((header) => getComputedStyle(header).borderBottomStyle)).toBe(
      'double',
    );
    expect(await page.locator('.site-title').getAttribute('href')).toBe('/my-archive/');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('search works under the sub-path', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page, preview.origin);
    await page.goto(`${preview.url}search/?q=orchard`);
    await page.waitForSelector('#search-results li', { timeout: 20_000 });
    expect(await page.locator('#search-results li h2 a').first().getAttribute('href')).toMatch(
      /^\/my-archive\/2021\/03\/14\//,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(browserSkip !== '')(`npm run preview of another output folder ${browserSkip}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('another output folder than the last build’s is served under the base its own pages were built for', async () => {
    // The same archive built for `/` (the build build-archive.test.ts reads), named with CLIPPINGS_OUT_DIR while the
    // cache's record still names the /my-archive/ build.
    const sub = await sharedBuild({
      content: 'tests/fixtures/basic/articles',
      base: '/my-archive/',
      env: { TZ: 'America/Los_Angeles' },
    });
    const root = await sharedBuild({ content: 'tests/fixtures/basic/articles', env: { TZ: 'Pacific/Auckland' } });
    expect(root.code, root.output).toBe(0);
    const other = await startServer(
      'preview',
      { CLIPPINGS_CACHE_DIR: join(dirname(sub.dist), 'cache'), CLIPPINGS_OUT_DIR: root.dist },
      '/',
    );
    try {
      const page = await browser.newPage();
      const problems = await watchProblems(page, other.origin);
      expect((await page.goto(other.url, { waitUntil: 'networkidle' }))?.status()).toBe(200);
      expect(await page.locator('.site-title').getAttribute('href')).toBe('/');
      expect(await page.locator('.masthead').evaluate((header) => getComputedStyle(header).borderBottomStyle)).toBe(
        'double',
      );
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await other.stop();
    }
  }, 240_000); // the build for `/`, when no test file of this run has made it yet
});

// As `npm start` run twice: astro preview refuses a second server for a project; ours replaces the first. It stops
// the preview this project's reader may have running, so it waits for none to be.
describe.skipIf(existsSync(join(projectRoot, '.astro', 'preview.json')))('npm run preview run again', () => {
  test('the second replaces the first, which stops, and serves the build', async () => {
    const site = await sharedBuild({ content: 'tests/fixtures/basic/articles', env: { TZ: 'Pacific/Auckland' } });
    expect(site.code, site.output).toBe(0);
    const env = { CLIPPINGS_OUT_DIR: site.dist, CLIPPINGS_BASE: '/' };
    const first = await startServer('preview', env, '/', { replacing: true });
    let second: RunningServer | undefined;
    try {
      second = await startServer('preview', env, '/', { replacing: true });
      expect(second.output()).toMatch(/^Stopped preview server \(pid \d+\): serving this build in its place\.$/m);
      expect((await fetch(second.url)).status).toBe(200);
      expect(await fetch(first.url).catch(() => 'stopped')).toBe('stopped');
    } finally {
      await second?.stop();
      await first.stop();
    }
  }, 240_000); // the build for `/`, when no test file of this run has made it yet
});
