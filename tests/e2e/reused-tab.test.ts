/**
 * The tab browser tests share (tests/helpers/browser.ts, reusedTab): each test must find it as a new
 * tab would be, or one test's leftovers could make another pass or fail. Two plain pages on two
 * origins stand in for sites; no build is needed.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reusedTab, watchProblems } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

describe.skipIf(browserSkip !== '')(`a reused tab ${browserSkip}`, () => {
  let browser: Browser;
  let sites: StaticServer[];

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'clippings-tab-'));
    await writeFile(join(folder, 'index.html'), '<!doctype html><title>t</title><p>page</p>');
    sites = [await serve(folder), await serve(folder)];
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const site of sites ?? []) await site.stop();
  });

  const stored = () => [sessionStorage.getItem('kept'), localStorage.getItem('kept')];
  const store = () => {
    sessionStorage.setItem('kept', 'session');
    localStorage.setItem('kept', 'local');
  };
  let first: Page;

  test('a test leaves storage, a route, a problem watcher and a viewport behind', async () => {
    first = await reusedTab(browser, { width: 390, height: 844 });
    const problems = await watchProblems(first, sites[0]!.origin);
    await first.goto(sites[0]!.url);
    await first.evaluate(store);
    await first.route('**/index.html', (route) => route.fulfill({ body: 'routed' }));
    await first.evaluate(() => console.error('first test'));
    expect(problems).toEqual(['first test']);
    expect(first.viewportSize()).toEqual({ width: 390, height: 844 });
  });

  test('the next test gets the same tab, clean', async () => {
    const page = await reusedTab(browser);
    expect(page).toBe(first);
    expect(page.url()).toBe('about:blank');
    expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
    const problems = await watchProblems(page, sites[0]!.origin);
    await page.goto(`${sites[0]!.url}index.html`);
    expect(await page.locator('p').textContent()).toBe('page');
    expect(await page.evaluate(stored)).toEqual([null, null]);
    await page.evaluate(() => console.error('second test'));
    // Only this test's watcher heard it: the first test's is gone.
    expect(problems).toEqual(['second test']);
    // It visits a second site, leaving storage on both.
    for (const site of sites) {
      await page.goto(site.url);
      await page.evaluate(store);
    }
  });

  test('after a test that visited two sites, the next gets a new tab', async () => {
    const page = await reusedTab(browser);
    expect(page).not.toBe(first);
    for (const site of sites) {
      await page.goto(site.url);
      expect(await page.evaluate(stored)).toEqual([null, null]);
    }
  });
});
