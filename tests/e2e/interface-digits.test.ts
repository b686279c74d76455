/**
 * An interface whose table prints its own digits (Bengali, as Bangladeshi papers do: "৬ ফেব্রুয়ারি ২০২৩"): every
 * figure the interface writes, on every page of the built site and in what the search page writes in the browser,
 * is in Bengali digits; the articles' own figures stay as written ("জি-20"), and so do addresses.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Parents } from 'hast';
import type { Browser, Page } from 'playwright-core';
import { visitParents } from 'unist-util-visit-parents';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../helpers/build.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { parsePage } from '../helpers/html.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

let site: BuildResult;

beforeAll(async () => {
  site = await buildFixture({ content: 'tests/fixtures/bengali-digits/articles' });
  expect(site.code, site.output).toBe(0);
});

const ASCII_DIGIT = /[0-9]/;
/**
 * What is not the interface's words: hidden search data, code, the citation (Chicago's English), the printed address,
 * and a footnote's number in the story, which is the story's (its back link's label is the interface's).
 */
const NOT_INTERFACE = (element: Element) => {
  const classes = element.properties['className'];
  return (
    ['script', 'style', 'template'].includes(element.tagName) ||
    element.properties['hidden'] !== undefined ||
    element.properties['dataFootnoteRef'] !== undefined ||
    (Array.isArray(classes) && classes.some((name) => name === 'citation' || name === 'print-only'))
  );
};

/** Each text a page shows with an ASCII digit in it, and its visible attributes' too. */
function latinFigures(html: string): string[] {
  const found: string[] = [];
  visitParents(parsePage(html).tree, (node, parents: Parents[]) => {
    if ([node, ...parents].some((parent) => parent.type === 'element' && NOT_INTERFACE(parent))) return;
    if (node.type === 'text' && ASCII_DIGIT.test(node.value)) found.push(node.value.trim());
    if (node.type === 'element')
      for (const name of ['ariaLabel', 'title', 'alt', 'placeholder']) {
        const value = node.properties[name];
        if (typeof value === 'string' && ASCII_DIGIT.test(value)) found.push(`${name}: ${value}`);
      }
  });
  return found;
}

test('no page writes a Latin figure in the interface’s words; the articles keep theirs', async () => {
  const pages = readdirSync(site.dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('index.html'),
  );
  // Home, years, months with their calendars, days, articles, sections, tags, writers, sources, search, archive.
  expect(pages.length).toBeGreaterThan(30);
  const latin: Record<string, string[]> = {};
  for (const file of pages) {
    // The one headline with a figure of its own, wherever it is listed.
    const figures = latinFigures(await site.read(file)).filter((text) => !text.includes('জি-20'));
    if (figures.length > 0) latin[file] = figures;
  }
  expect(latin).toEqual({});

  const article = parsePage(await site.read(join('2023', '02', '06', 'bandh-nirman', 'index.html')));
  expect(article.text('.article-meta')).toContain('৬ ফেব্রুয়ারি ২০২৩, ০৯:১৫ (UTC+০৬:০০)');
  const month = parsePage(await site.read(join('2023', '02', 'index.html')));
  // The calendar's day 6, with its 2 articles (the words after the count are for screen readers).
  expect(month.text('td.has-articles')).toBe('৬: ২টি প্রতিবেদন');
  const years = parsePage(await site.read(join('archive', 'index.html')));
  expect(years.text('.year-list')).toMatch(/২০২৩.*\(৫\).*২০২৪.*\(৩\)|২০২৪.*\(৩\).*২০২৩.*\(৫\)/);
  const g20 = parsePage(await site.read(join('2023', '11', '30', 'g20-shommelon', 'index.html')));
  expect(g20.text('h1')).toBe('জি-20 সম্মেলনে বাংলাদেশের প্রতিনিধিদল');
});

describe.skipIf(browserSkip)('in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serve(site.dist);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the search page counts results and filter values, names years and marks matches in Bengali digits; a year typed in them filters', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('নদীতীরের')}`);
    await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('৮টি ফলাফল');
    await expect
      .poll(() => page.locator('select[name="year"] option').allTextContents())
      .toEqual(['সব বছর', '২০২৪ (৩)', '২০২৩ (৫)']);
    expect(await page.locator('#search-from').getAttribute('placeholder')).toBe('২০২৩');

    await page.goto(`${server.url}search/?q=${encodeURIComponent('নদীতীরের')}&from=${encodeURIComponent('২০২৪')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('৩টি ফলাফল');
    expect(await page.locator('#search-from').inputValue()).toBe('২০২৪');

    await page.goto(`${server.url}search/?q=${encodeURIComponent('বাঁধ')}`);
    await page.locator('#search-results li a[href*="highlight="]').first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'পরের মিল' }).click();
    await expect.poll(() => page.locator('.highlight-position').textContent()).toMatch(/^১ \/ [২-৯]$/);
  });
});
