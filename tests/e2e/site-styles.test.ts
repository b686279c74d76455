/**
 * The stylesheets alone (src/styles/site.css and search.css) in Chromium, on a
 * page of a few elements with the site's classes: no build. The faces each
 * language names for its serif text, read as the Urdu e2e test reads them
 * (tests/e2e/hindi.test.ts), and a meta line's items at a phone's width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';

const STYLES = ['site.css', 'search.css']
  .map((file) => readFileSync(join(projectRoot, 'src', 'styles', file), 'utf8'))
  .join('\n');

/** A page of the given body, in an archive of the given language, at a phone's width. */
async function show(page: Page, body: string, lang = 'en'): Promise<void> {
  await page.setContent(
    `<!doctype html><html lang="${lang}"><head><style>${STYLES}</style></head><body>${body}</body></html>`,
  );
}

/** The font-family an element is set in, as Chromium computes it. */
function font(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).fontFamily);
}

/** An article in a language, with the interface's labels around its text. */
function article(lang: string, dir = 'ltr'): string {
  return `<main class="wrap"><article class="article" lang="${lang}" dir="${dir}"><header>
    <p class="kicker" lang="en" dir="ltr"><a href="#">Local</a></p><h1>Headline</h1><p class="dek">Dek</p>
    <div class="article-meta" lang="en" dir="ltr"><p><time>May 20, 2024</time> · 1 min read</p></div></header>
    <div class="article-body"><p>Body</p></div></article></main>`;
}

describe.skipIf(browserSkip)(`the stylesheets in Chromium ${browserSkip}`, () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('Thai text names serif Thai faces (looped on macOS and Windows), each with Latin digits drawn to match', async () => {
    await show(page, article('th'));
    for (const selector of ['article h1', '.dek', '.article-body p']) {
      expect(await font(page, selector)).toBe(
        '"Noto Serif Thai", "Noto Serif", Sathu, Tahoma, "Iowan Old Style", Georgia, serif',
      );
    }
    // The labels around it are in the interface's faces.
    expect(await font(page, '.article-meta')).toMatch(/^system-ui/);
    // A Thai archive: its title and headings too.
    await show(
      page,
      `<header class="masthead"><div class="wrap"><a class="site-title">คลังข่าว</a></div></header>`,
      'th',
    );
    expect(await font(page, '.site-title')).toMatch(/^"Noto Serif Thai"/);
  });

  test('Hebrew (and Yiddish) text names serif Hebrew faces, Times New Roman last as Windows has it', async () => {
    for (const lang of ['he', 'he-IL', 'yi']) {
      await show(page, article(lang, 'rtl'));
      expect(await font(page, 'article h1')).toBe(
        '"Noto Serif Hebrew", "Noto Serif", "New Peninim MT", "Times New Roman", serif',
      );
      expect(await font(page, '.article-body p')).toMatch(/^"Noto Serif Hebrew"/);
    }
  });

  test('other languages keep their faces', async () => {
    for (const lang of ['en', 'fr', 'ar', 'hi']) {
      await show(page, article(lang));
      expect(await font(page, 'article h1')).toMatch(/^"Iowan Old Style", "Palatino Linotype"/);
    }
    await show(page, article('ja'));
    expect(await font(page, 'article h1')).toContain('"Hiragino Mincho ProN"');
  });

  /**
   * The lines each item of a meta line is drawn on, after its container is narrowed so that the line runs out in the
   * middle of `item`: the items' text's line boxes counted by their tops.
   */
  async function linesWhenCut(body: string, item: string): Promise<Record<string, number>> {
    await show(page, body, 'th');
    return page.evaluate((cut) => {
      const line = document.querySelector<HTMLElement>('[data-line]')!;
      const target = document.querySelector<HTMLElement>(cut)!;
      // Laid out on one line first: where the item starts, and how wide it is.
      line.style.whiteSpace = 'nowrap';
      line.style.inlineSize = 'max-content';
      const start = line.getBoundingClientRect().left;
      const { left, width } = target.getBoundingClientRect();
      line.style.whiteSpace = '';
      line.style.inlineSize = `${left - start + width / 2}px`;
      const lines: Record<string, number> = {};
      for (const element of line.querySelectorAll<HTMLElement>('a, bdi, span, time')) {
        const range = document.createRange();
        range.selectNodeContents(element);
        lines[element.textContent ?? ''] = new Set(
          [...range.getClientRects()].map((rect) => Math.round(rect.top)),
        ).size;
      }
      return lines;
    }, item);
  }

  test.each([
    // A listing's line of feeds: the last label ("JSON Feed") is not broken at its space.
    [
      'a listing',
      '<p class="meta feeds" data-line>ติดตาม: <a href="#">RSS</a> · <a href="#">Atom</a> · <a href="#">JSON Feed</a></p>',
      'a:last-child',
    ],
    // A search result's line and an article's, as their items are written each in an element of its own.
    [
      'a search result',
      '<ol class="search-results"><li><p class="meta" data-line><span>12 มีนาคม 2024</span> · <span>ข่าวท้องถิ่น</span> · <span>โดย สมชาย ใจดี</span></p></li></ol>',
      'span:nth-child(2)',
    ],
    [
      'an article',
      '<div class="article-meta"><p data-line><time><a href="#">12 มีนาคม 2024</a></time> · <span>อ่าน 1 นาที</span></p></div>',
      'span',
    ],
  ])('%s: a meta line wraps between its items, never inside a short one', async (_, body, item) => {
    const lines = await linesWhenCut(body, item);
    expect(
      Object.values(lines).every((count) => count === 1),
      JSON.stringify(lines),
    ).toBe(true);
  });

  test('an item wider than the whole line wraps inside it, and nothing sticks out at 390 px', async () => {
    const long = 'ข่าวท้องถิ่นและสิ่งแวดล้อมภาคเหนือตอนบน'.repeat(3);
    await show(
      page,
      `<main class="wrap"><ol class="article-list"><li><p class="kicker"><time>12 มีนาคม 2024</time> · <a href="#">${long}</a></p></li></ol>
      <ol class="search-results"><li><p class="meta"><span>12 มีนาคม 2024</span> · <span>${long}</span></p></li></ol></main>`,
      'th',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const selector of ['.kicker a', '.meta span:last-child']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390 - 16 + 1);
      expect(box.height).toBeGreaterThan(40);
    }
  });
});
