/**
 * `npm run dev` works like the built site: styled, with no CSP violation or
 * console error; search says how to get it; an edit shows in the open page; a broken article shows in the
 * browser's error overlay with the build's message, and the page comes back
 * once it is fixed. Runs on a copy of the French fixture archive (outside the
 * project, so the test can break a file).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../helpers/astro-server.ts';
import { watchProblems } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { projectRoot } from '../helpers/build.ts';

describe.skipIf(browserSkip !== '')(`npm run dev ${browserSkip}`, () => {
  let browser: Browser;
  let dev: RunningServer;
  const work = mkdtempSync(join(tmpdir(), 'clippings-dev-'));
  const articles = join(work, 'articles');
  const story = join(articles, '2024', '05', 'marche-du-port.md');

  beforeAll(async () => {
    cpSync(join(projectRoot, 'tests/fixtures/i18n/fr/articles'), articles, { recursive: true });
    dev = await startServer('dev', {
      CLIPPINGS_CONTENT_DIR: articles,
      CLIPPINGS_SITE_FILE: 'tests/fixtures/i18n/fr/site.json',
      CLIPPINGS_CACHE_DIR: join(work, 'cache'),
      // No build there: search has no index to use.
      CLIPPINGS_OUT_DIR: join(work, 'dist'),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('a page is styled, with no CSP violation or console error', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page, dev.origin);
    await page.goto(`${dev.url}2024/05/12/marche-du-port/`, { waitUntil: 'networkidle' });
    // The stylesheet applied: the masthead's double rule and the serif headline. Asked until the page
    // holds still: on a first visit Vite may find dependencies to optimize and reload the page, which
    // ends a question asked meanwhile ("Execution context was destroyed", seen once in CI).
    const settle = { timeout: 15_000, interval: 200 };
    await expect
      .poll(() => page.locator('.masthead').evaluate((header) => getComputedStyle(header).borderBottomStyle), settle)
      .toBe('double');
    await expect
      .poll(() => page.locator('article h1').evaluate((h1) => getComputedStyle(h1).fontFamily), settle)
      .toContain('Georgia');
    await expect
      .poll(() => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), settle)
      .toContain("style-src 'self' 'unsafe-inline'");
    expect(problems).toEqual([]);
    // Its pre-bundled dependencies are its own: builds of other archives beside it (other test
    // files, here) replace node_modules/.vite, and a dev server reading from there fails with 504.
    expect(existsSync(join(work, 'cache', 'vite', 'deps', '_metadata.json'))).toBe(true);
    await page.close();
  });

  test('search says, in the site’s language, how to get it', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}search/?q=halles`);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 })
      .toContain('npm run build');
    expect(await page.locator('#search-status').textContent()).toContain('La recherche a besoin de l’index');
    await page.close();
  });

  test('an edited article shows in the open page, which reloads by itself', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}2024/05/12/marche-du-port/`, { waitUntil: 'networkidle' });
    expect(await page.locator('article h1').textContent()).toContain('Le marché du port rouvre ses halles');
    const good = readFileSync(story, 'utf8');
    writeFileSync(story, good.replace('rouvre ses halles', 'rouvre enfin ses halles'));
    try {
      // No page.reload(): the dev server tells the open page to reload.
      await expect
        .poll(
          () =>
            page
              .locator('article h1')
              .textContent()
              .catch(() => ''),
          { timeout: 30_000, interval: 500 },
        )
        .toContain('Le marché du port rouvre enfin ses halles');
      // The listing of its month reads the same edit (in a page of its own: the first may reload again).
      const month = await browser.newPage();
      await month.goto(`${dev.url}2024/05/`, { waitUntil: 'networkidle' });
      expect(await month.locator('main').textContent()).toContain('rouvre enfin ses halles');
      await month.close();
    } finally {
      writeFileSync(story, good);
    }
    await page.close();
  });

  test(
    'a broken article shows in the error overlay with the build’s message, and the page returns once fixed',
    { timeout: 90_000 },
    async () => {
      const page = await browser.newPage();
      await page.goto(`${dev.url}2024/05/12/marche-du-port/`, { waitUntil: 'networkidle' });
      const good = readFileSync(story, 'utf8');
      writeFileSync(story, good.replace('section: Vie locale\n', ''));
      try {
        // One reading of the overlay holds both: the dev server may reload the page between two readings.
        const overlayText = async () =>
          (await page.locator('vite-error-overlay').count()) > 0
            ? page.locator('vite-error-overlay').evaluate((overlay) => overlay.shadowRoot?.textContent ?? '')
            : '';
        await expect
          .poll(() => overlayText().catch(() => ''), { timeout: 30_000, interval: 1000 })
          .toSatisfy((message: string) => message.includes('marche-du-port.md') && message.includes('section'));
      } finally {
        writeFileSync(story, good);
      }
      await expect
        .poll(
          async () => {
            await page.reload({ waitUntil: 'networkidle' });
            return page.locator('article h1').count();
          },
          { timeout: 40_000, interval: 2000 },
        )
        .toBe(1);
      await page.close();
    },
  );
});
