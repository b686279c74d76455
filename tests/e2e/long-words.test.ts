/**
 * Words longer than a phone's screen (a pasted address, a German compound, a
 * tag, a writer's name) in a right-to-left archive: every page of the built
 * site, and the search page's results, fit a 320 px screen without scrolling
 * sideways. A page that does cuts text off (right to left, its start). And German
 * typed without its umlauts, as a keyboard without them writes it.
 */
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

const WIDTH = 320;
let site: BuildResult;

beforeAll(async () => {
  site = await sharedBuild({ content: 'tests/fixtures/long-words/articles' });
  expect(site.code, site.output).toBe(0);
});

/** What sticks out of the window on the page as it is: the innermost elements past either edge. */
function sticksOut(page: Page): Promise<{ pageWidth: number; elements: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const outside = (element: Element) => {
      const { left, right } = element.getBoundingClientRect();
      return right > width + 1 || left < -1;
    };
    const elements = [...document.querySelectorAll('body *')]
      .filter((element) => outside(element) && ![...element.children].some(outside))
      .map((element) => `<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').trim().slice(0, 50)}`);
    return { pageWidth: document.documentElement.scrollWidth, elements };
  });
}

describe.skipIf(browserSkip)(`pages at ${WIDTH} px wide`, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serve(site.dist);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: WIDTH, height: 700 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('no page of the site scrolls sideways', async () => {
    const paths = readdirSync(site.dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => file.replace(/index\.html$/, ''));
    // Home, years, months, days, the articles, sections, tags, writers, search: every kind of page.
    expect(paths.length).toBeGreaterThan(15);
    const wide: Record<string, string[]> = {};
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      const { pageWidth, elements } = await sticksOut(page);
      if (pageWidth > WIDTH) wide[path] = elements;
    }
    expect(wide).toEqual({});
  }, 120_000);

  test('German typed without its umlauts (ue for ü) finds the words written with them, in a phrase too, and marks them', async () => {
    for (const query of ['Muenchner', '"Muenchner Innenstadt"', '"Schueler der Grundschule"']) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      const result = page.locator('#search-results li h2 a');
      await expect.poll(() => result.count(), { timeout: 15_000 }).toBe(1);
      expect(await result.textContent(), query).toBe('Hafenfest in der Münchner Innenstadt abgesagt');
    }
    // Opened from the last search: the phrase is marked as the article writes it.
    await page.locator('#search-results li h2 a').click();
    await expect.poll(() => page.locator('mark.search-hit').allTextContents()).toEqual(['Schüler der Grundschule']);
  });

  test('nor does the search page with the long headlines among its results', async () => {
    await page.goto(`${server.url}search/?q=observatorio`);
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBe(2);
    expect(await sticksOut(page)).toEqual({ pageWidth: WIDTH, elements: [] });
  });
});
