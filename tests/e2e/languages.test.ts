/**
 * Archives in French, Japanese, Arabic and Taiwan's Chinese (tests/fixtures/i18n/), each built
 * once with its own content/site.json and read in headless Chromium: the
 * interface in the archive's language, dates in its words and calendar,
 * right-to-left Arabic, French typography (languages-accessibility.test.ts loads
 * every kind of page for CSP violations, console errors and axe).
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { LANGUAGES as INTERFACE_LANGUAGES } from '../../src/i18n/languages.ts';
import type { MessageKey } from '../../src/i18n/locales/en.ts';
import { reusedTab, watchProblems } from '../helpers/browser.ts';
import { browserSkip } from '../helpers/chromium.ts';
import { parsePage } from '../helpers/html.ts';
import {
  buildLanguageArchives,
  LANGUAGE_CODES,
  LANGUAGES,
  openLanguageArchives,
  type Language,
  type OpenArchives,
} from '../helpers/i18n-archives.ts';
import type { StaticServer } from '../helpers/serve.ts';

let sites: Map<Language, BuildResult>;

beforeAll(async () => {
  sites = await buildLanguageArchives();
});

test('an author written with and without a space is one search filter value, as it is one page; each byline keeps its spelling', async () => {
  const site = sites.get('ja') as BuildResult;
  const pages = ['2024/05/12/minato-matsuri/index.html', '2024/05/08/shigikai/index.html'];
  const html = await Promise.all(pages.map((page) => site.read(page)));
  const sato = html.map((page) =>
    [...page.matchAll(/data-pagefind-filter="author">([^<]*)</g)]
      .map((match) => match[1])
      .filter((name) => name?.startsWith('佐藤')),
  );
  expect(sato.map((names) => names.length)).toEqual([1, 1]);
  expect(sato[0]).toEqual(sato[1]);
  // The byline shows the name as the article wrote it.
  expect(html[1]).toMatch(/class="article-meta"[^]*佐藤花子/);
});

// What the built pages say needs no browser: read from dist/.
describe.each(LANGUAGE_CODES)('%s, as built', (lang) => {
  const expected = LANGUAGES[lang];
  const text = (node: Element | undefined) => (node ? toString(node) : undefined);

  test('the article page: labels, date and direction in the archive’s language', async () => {
    const page = parsePage(await (sites.get(lang) as BuildResult).read(`${expected.article}index.html`));
    expect(page.attr('html', 'lang')).toBe(lang);
    expect(page.attr('html', 'dir')).toBe(expected.dir);
    expect(text(page.one('.site-nav a'))?.trim()).toBe(expected.nav);
    expect(text(page.one('.search-box button'))).toBe(expected.searchButton);
    expect(text(page.one('.cite h2'))).toBe(expected.cite);
    expect(text(page.one('.article-meta'))).toContain(expected.minutes);
    expect(text(page.one('.article-meta time'))).toBe(expected.day);
    expect(page.attr('article.article', 'dir')).toBe(expected.dir);
  });

  test('month calendars start the week on the language’s first day', async () => {
    const page = parsePage(await (sites.get(lang) as BuildResult).read('2024/05/index.html'));
    expect(page.attr('.calendar th abbr', 'title')).toBe(expected.firstWeekday);
    // Each day's heading names its weekday: 12 May 2024 was a Sunday.
    expect(
      page
        .all('.day-heading')
        .map(toString)
        .find((heading) => heading.includes(expected.day)),
    ).toContain(expected.sunday);
  });
});

describe.skipIf(browserSkip !== '')(`archives in other languages, in Chromium ${browserSkip}`, () => {
  let archives: OpenArchives;
  let browser: Browser;
  let servers: Map<Language, StaticServer>;

  beforeAll(async () => {
    archives = await openLanguageArchives(sites);
    ({ browser, servers } = archives);
  });
  afterAll(() => archives?.close());

  describe.each(LANGUAGE_CODES)('%s', (lang) => {
    const expected = LANGUAGES[lang];
    const server = () => servers.get(lang) as StaticServer;

    test('on this day uses the site’s language for the reader’s day', async () => {
      const page = await browser.newPage();
      await page.clock.setFixedTime(new Date('2026-05-12T10:00:00'));
      const problems = await watchProblems(page, server().origin);
      await page.goto(`${server().url}on-this-day/`);
      await page.waitForSelector('#on-this-day ol');
      expect(await page.locator('#on-this-day > p').textContent()).toContain(expected.dayMonth);
      expect(await page.locator('#on-this-day h2 a').getAttribute('href')).toBe(`/${expected.article}`);
      expect(problems).toEqual([]);
      await page.close();
    });

    test('search speaks the language, and shows each result in its article’s direction', async () => {
      const page = await reusedTab(browser);
      const problems = await watchProblems(page, server().origin);
      await page.goto(`${server().url}search/?q=${encodeURIComponent(expected.search[0])}`);
      await page.waitForSelector('#search-results li .excerpt', { timeout: 15_000 });
      expect(await page.locator('#search-status').textContent()).toContain(expected.search[1]);
      expect(await page.locator('#search-results li .excerpt').first().getAttribute('dir')).toBe(expected.dir);
      // Results come in order of relevance: the article's own date is among them, in the language's form.
      expect(
        (await page.locator('#search-results li .meta').allTextContents()).some((meta) => meta.includes(expected.day)),
      ).toBe(true);
      expect(problems).toEqual([]);
    });

    test('the result count quotes a quoted phrase once, with the language’s own quotation marks', async () => {
      const page = await reusedTab(browser);
      const [typed, shown] = expected.phrase;
      await page.goto(`${server().url}search/?q=${encodeURIComponent(typed)}`);
      await page.waitForSelector('#search-results li', { timeout: 15_000 });
      const status = (await page.locator('#search-status').textContent()) ?? '';
      expect(status).toContain(shown);
      expect(status).not.toMatch(/["“”]/);
    });

    test.skipIf(!expected.unaccented)(
      'a phrase typed without its accents finds the article and marks the words as written',
      async () => {
        const [typed, marked] = expected.unaccented ?? ['', ''];
        const page = await reusedTab(browser);
        await page.goto(`${server().url}search/?q=${encodeURIComponent(typed)}`);
        const links = page.locator('#search-results li a[href*="highlight="]');
        await links.first().waitFor({ timeout: 15_000 });
        expect(await links.count()).toBe(1);
        expect(await links.first().getAttribute('href')).toContain(expected.article);
        await links.first().click();
        await page.locator('mark').first().waitFor({ timeout: 15_000 });
        expect(await page.locator('mark').allTextContents()).toEqual([marked]);
      },
    );

    // The date notes' and the backward range's words are each language's table (tests/unit/i18n.test.ts:
    // every table has every key, and each date note names what was written and the forms understood);
    // the browser shows them in a left-to-right and a right-to-left archive.
    if (lang === 'fr' || lang === 'ar') {
      test.each([
        ['from=abc', 'search.fromUnreadable', 'abc'],
        ['to=2024-13', 'search.toUnreadable', '2024-13'],
      ] as const)(
        'a date bound that cannot be read (%s) is told, and the words are still searched',
        async (bound, key, text) => {
          const { t } = interfaceFor(lang);
          const page = await reusedTab(browser);
          const problems = await watchProblems(page, server().origin);
          await page.goto(`${server().url}search/?q=${encodeURIComponent(expected.search[0])}&${bound}`);
          await page.waitForSelector('#search-results li', { timeout: 15_000 });
          const note = page.locator('#search-date-note');
          expect(await note.textContent()).toBe(t(key, { text }));
          expect(await note.textContent()).toContain('1998-06-15');
          expect(await note.isVisible()).toBe(true);
          // The field shows what was written, marked for correction, and points to the note.
          const field = page.locator(key === 'search.fromUnreadable' ? '#search-from' : '#search-to');
          expect(await field.inputValue()).toBe(text);
          expect(await field.getAttribute('aria-invalid')).toBe('true');
          expect(await field.getAttribute('aria-describedby')).toBe('search-date-note');
          // Correcting it in the form clears the note.
          await field.fill('2024');
          await field.dispatchEvent('change');
          await expect.poll(() => note.textContent()).toBe('');
          expect(await field.getAttribute('aria-invalid')).toBeNull();
          expect(problems).toEqual([]);
        },
      );

      test('a range whose start comes after its end is told, not ignored', async () => {
        const { t } = interfaceFor(lang);
        const page = await reusedTab(browser);
        await page.goto(`${server().url}search/?q=${encodeURIComponent(expected.search[0])}&from=2025&to=1990`);
        await expect
          .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
          .toBe(t('search.backwardRange'));
      });
    }
  });

  test('Arabic: the article body is set right to left and right-aligned', async () => {
    const page = await reusedTab(browser);
    await page.goto(`${servers.get('ar')?.url}${LANGUAGES.ar.article}`);
    const item = page.locator('.article-body li').last();
    const { direction, itemLeft, itemRight, textLeft, textRight } = await item.evaluate((li) => {
      const range = document.createRange();
      range.selectNodeContents(li);
      const text = range.getBoundingClientRect();
      const box = li.getBoundingClientRect();
      return {
        direction: getComputedStyle(li).direction,
        itemLeft: box.left,
        itemRight: box.right,
        textLeft: text.left,
        textRight: text.right,
      };
    });
    expect(direction).toBe('rtl');
    // The short line hugs the right edge, leaving the left one empty.
    expect(Math.abs(itemRight - textRight)).toBeLessThan(2);
    expect(textLeft - itemLeft).toBeGreaterThan(100);
    // The quote's bar is on the right (border-inline-start).
    const quote = await page
      .locator('.article-body blockquote')
      .evaluate((q) => ({ right: getComputedStyle(q).borderRightWidth, left: getComputedStyle(q).borderLeftWidth }));
    expect(quote).toEqual({ right: '3px', left: '0px' });
  });

  test('a query is set in its own direction in both search boxes: Latin words left in an Arabic archive, Arabic right in a French one', async () => {
    // Wide enough for the header's own box to show beside the page's.
    const page = await reusedTab(browser, { width: 1024, height: 800 });
    const blank = await browser.newPage();
    /** Where the box's text is drawn, as shares of its width: the columns holding dark pixels. */
    const ink = async (selector: string) => {
      const png = (await page.locator(selector).screenshot()).toString('base64');
      // Decoded in a blank page: the archive's CSP allows no data: address.
      return blank.evaluate(async (data) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context.drawImage(bitmap, 0, 0);
        const { data: pixels, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        // The box's own colour is its most frequent; text, the placeholder's too, stands out from it.
        const counts = new Map<number, number>();
        const colour = (at: number) => ((pixels[at] ?? 0) << 16) | ((pixels[at + 1] ?? 0) << 8) | (pixels[at + 2] ?? 0);
        for (let at = 0; at < pixels.length; at += 4) counts.set(colour(at), (counts.get(colour(at)) ?? 0) + 1);
        const box = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
        const distance = (at: number) =>
          Math.abs((pixels[at] ?? 0) - (box >> 16)) +
          Math.abs((pixels[at + 1] ?? 0) - ((box >> 8) & 255)) +
          Math.abs((pixels[at + 2] ?? 0) - (box & 255));
        const columns: number[] = [];
        // Inside the border: text pixels only.
        for (let x = 4; x < width - 4; x++)
          for (let y = 4; y < height - 4; y++) {
            if (distance((y * width + x) * 4) > 120) {
              columns.push(x);
              break;
            }
          }
        return { left: (columns[0] ?? width) / width, right: (columns.at(-1) ?? 0) / width };
      }, png);
    };
    const cases: [Language, string, 'left' | 'right'][] = [
      ['ar', 'ferry', 'left'],
      ['fr', 'المياه', 'right'],
    ];
    for (const [lang, query, side] of cases) {
      await page.goto(`${servers.get(lang)?.url}search/`);
      for (const box of ['#search-input', '#site-search']) {
        await page.fill(box, query);
        const { left, right } = await ink(box);
        if (side === 'left') expect(right, `${lang} ${box}`).toBeLessThan(0.5);
        else expect(left, `${lang} ${box}`).toBeGreaterThan(0.5);
      }
    }
    // Empty, the Arabic archive's header box keeps its placeholder on the right.
    await page.goto(`${servers.get('ar')?.url}search/`);
    const placeholder = await ink('#site-search');
    expect(placeholder.right).toBeGreaterThan(0.8);
    expect(placeholder.left).toBeGreaterThan(0.2);
    await blank.close();
  });

  test('Arabic: a word typed without its article finds the article that writes it with it, and marks it there', async () => {
    const page = await reusedTab(browser);
    // The market article says الصيادون ("the fishermen") and never صيادون alone.
    await page.goto(`${servers.get('ar')?.url}search/?q=${encodeURIComponent('صيادون')}`);
    const result = page.locator('#search-results li a[href*="highlight="]');
    await result.first().waitFor({ timeout: 15_000 });
    expect(await result.count()).toBe(1);
    expect(await page.locator('#search-results li .excerpt mark').first().textContent()).toBe('الصيادون');
    await result.first().click();
    await page.waitForSelector('.article-body mark', { timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toContain('الصيادون');
  });

  test('Arabic: a word written with و and the article (والمياه) is found by the word, with or without them, and in a phrase', async () => {
    const page = await reusedTab(browser);
    // The storm article says والمياه only; Pagefind's stemmer keeps و before an alef, so nothing found it but والمياه.
    for (const query of ['مياه', 'المياه', 'والمياه', '"الكهرباء والمياه"']) {
      await page.goto(`${servers.get('ar')?.url}search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('#search-results li a[href*="highlight="]');
      await results.first().waitFor({ timeout: 15_000 });
      expect(await results.count(), query).toBe(1);
      // The excerpt shows the article's own word, no stand-in.
      expect(await page.locator('#search-results li .excerpt').first().textContent(), query).toContain('والمياه');
    }
    // A phrase whose first word the article writes with و joined to it ("وخمسين كيلومترًا"): found, as the words are.
    await page.goto(`${servers.get('ar')?.url}search/?q=${encodeURIComponent('"خمسين كيلومترًا"')}`);
    const found = page.locator('#search-results li a[href*="highlight="]');
    await found.first().waitFor({ timeout: 15_000 });
    expect(await found.count()).toBe(1);
    expect(await page.locator('#search-results li .excerpt').first().textContent()).toContain('وخمسين كيلومترًا');
  });

  test('Persian: a word joined by a zero-width non-joiner is found by its parts, and letters an Arabic keyboard typed by Persian ones', async () => {
    const page = await reusedTab(browser);
    // The Persian article of the Arabic archive writes زلزله‌زدگان with the non-joiner, and كتابخانه and آسيب with an
    // Arabic keyboard's ك and ي; a reader types the parts with a space, or Persian's ک and ی, or an Arabic keyboard's.
    const cases: [query: string, shown: string][] = [
      ['زلزله زدگان', 'زلزله\u200Cزدگان'],
      ['زدگان', 'زلزله\u200Cزدگان'],
      ['زلزله\u200Cزدگان', 'زلزله\u200Cزدگان'],
      ['کتابخانه', 'کتابخانه'],
      ['كتابخانه', 'کتابخانه'],
      ['آسیب', 'آسیب'],
      ['"کمک به زلزله\u200Cزدگان"', 'زلزله\u200Cزدگان'],
      // A word's parts typed closed up (زلزلهزدگان, گروهها) or half-spaced before an ending the page runs on (گروه‌های).
      ['زلزلهزدگان', 'زلزله\u200Cزدگان'],
      ['گروهها', 'گروه\u200Cهای'],
      ['گروه\u200Cها', 'گروه\u200Cهای'],
      ['"پتو به زلزلهزدگان"', 'زلزله\u200Cزدگان'],
      ['"گروه های امدادی"', 'گروه\u200Cهای'],
    ];
    for (const [query, shown] of cases) {
      await page.goto(`${servers.get('ar')?.url}search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('#search-results li a[href*="highlight="]');
      await results.first().waitFor({ timeout: 15_000 });
      expect(await results.count(), query).toBe(1);
      // The excerpt shows the word as the page writes it, non-joiner and all, no stand-in.
      const excerpt = (await page.locator('#search-results li .excerpt').first().textContent()) ?? '';
      expect(excerpt, query).toContain(shown);
      expect(excerpt, query).not.toContain('=');
    }
    // Opened from the results, the article marks گروه‌های for گروهها typed closed up.
    await page.goto(`${servers.get('ar')?.url}search/?q=${encodeURIComponent('گروهها')}`);
    await page.locator('#search-results li a[href*="highlight="]').first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['گروه\u200Cهای']);
  });

  test('Vietnamese: words typed with their tone marks find them as written; a tone placed by either rule, and đ typed as d, are one word', async () => {
    const page = await reusedTab(browser);
    // Two Vietnamese articles of the French archive: one writes Hà Nội, hoà giải (tone on the a), đời sống, thuỷ lợi;
    // the other hàng, nổi, nơi, hoá and giải pháp, which Pagefind (reading words without their marks, and a word as
    // the start of longer ones) also answers "Hà Nội" and "hòa giải" with.
    for (const query of ['Hà Nội', 'hòa giải', '"hòa giải"', '"doi song"', 'thủy lợi']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('#search-results li a[href*="highlight="]');
      await results.first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
      expect(await results.count(), query).toBe(1);
      expect(await results.first().getAttribute('href'), query).toContain('/2024/03/08/hoa-giai-ha-noi/');
    }
    // Only in Vietnamese pages: a French word typed with its accents still finds its plural (« pêcheurs »).
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('pêcheur')}`);
    const french = page.locator('#search-results li a[href*="highlight="]');
    await french.first().waitFor({ timeout: 15_000 });
    expect(await french.count()).toBeGreaterThan(0);
    // Typed without marks, a word finds every spelling, as in any language.
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('cho noi')}`);
    const unmarked = page.locator('#search-results li a[href*="highlight="]');
    await unmarked.first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
    const hrefs = await unmarked.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.some((href) => href.includes('/2024/03/15/gia-hang-cho-noi/'))).toBe(true);
    // Words typed with marks are marked whole, in the excerpt and on the opened article: "Hà" is not "hàng" or "Hai".
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('Hà Nội')}`);
    const typed = page.locator('#search-results li a[href*="highlight="]');
    await typed.first().waitFor({ timeout: 15_000 });
    const excerptMarks = await page.locator('#search-results li').first().locator('mark').allTextContents();
    expect(excerptMarks.length).toBeGreaterThan(0);
    expect(
      excerptMarks.every((mark) => ['hà', 'nội'].includes(mark.toLowerCase())),
      excerptMarks.join(),
    ).toBe(true);
    await typed.first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['Hà', 'Nội']);
    // The opened article marks the words as it writes them, the tone where it put it.
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('"hòa giải"')}`);
    const found = page.locator('#search-results li a[href*="highlight="]');
    await found.first().waitFor({ timeout: 15_000 });
    await found.first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toContain('hoà giải');
  });

  test('Arabic: a date range typed in Arabic-Indic digits is read, and written back as the URL writes it', async () => {
    const page = await reusedTab(browser);
    const all = `${servers.get('ar')?.url}search/?q=${encodeURIComponent('السوق')}`;
    await page.goto(all);
    await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
    await page.goto(`${all}&from=${encodeURIComponent('٢٠٢٤-٠٥')}&to=${encodeURIComponent('٢٠٢٤/٥/٣١')}`);
    await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-date-note').textContent()).toBe('');
    expect(await page.inputValue('#search-from')).toBe('2024-05');
    expect(await page.inputValue('#search-to')).toBe('2024-05-31');
    const days = await page.locator('#search-results li .meta').allTextContents();
    expect(days.length).toBeGreaterThan(0);
    expect(await page.locator('#search-from').evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(true);
  });

  test('French: dates typed as French readers write them (« 1er mai 2024 », « 31/05/2024 ») are read, and written back as the URL writes them', async () => {
    const page = await reusedTab(browser);
    const fields = page.locator('#search-from');
    await page.goto(`${servers.get('fr')?.url}search/`);
    await fields.waitFor();
    await page.locator('.search-form:not(.pending)').waitFor();
    if (!(await fields.isVisible())) await page.locator('#search-narrowing > summary').click();
    await page.fill('#search-from', '1er mai 2024');
    await page.fill('#search-to', '31/05/2024');
    await page.locator('#search-to').press('Enter');
    await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-05-01');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2024-05-31');
    expect(await page.locator('#search-date-note').textContent()).toBe('');
    // Only May 2024's articles: the November 2023 storm is outside the range.
    const days = await page.locator('#search-results li .meta').allTextContents();
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((line) => line.includes('mai 2024'))).toBe(true);
  });

  test('a date range submitted while the search is still loading is searched once it has loaded', async () => {
    const page = await reusedTab(browser);
    // The search's manifest is held back, as a slow connection would: the reader is quicker.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${servers.get('fr')?.url}search/`);
    await page.locator('.search-form:not(.pending)').waitFor();
    const fields = page.locator('#search-from');
    if (!(await fields.isVisible())) await page.locator('#search-narrowing > summary').click();
    await page.fill('#search-from', '1er mai 2024');
    await page.fill('#search-to', '31/05/2024');
    await page.locator('#search-to').press('Enter');
    release();
    await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-05-01');
    const days = await page.locator('#search-results li .meta').allTextContents();
    expect(days.every((line) => line.includes('mai 2024'))).toBe(true);
  });

  test('Japanese: a run of words without spaces, quoted or not, is a phrase, found in its order only, and marked whole', async () => {
    const page = await reusedTab(browser);
    const results = page.locator('#search-results li a[href*="highlight="]');
    // Contiguous in the article's text: 「…花火大会が開かれた」.
    await page.goto(`${servers.get('ja')?.url}search/?q=${encodeURIComponent('「花火大会が開かれ」')}`);
    await results.first().waitFor({ timeout: 15_000 });
    expect(await results.count()).toBe(1);
    await results.first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['花火大会が開かれ']);
    // The same words in another order: every word is in the article, the phrase is not.
    await page.goto(`${servers.get('ja')?.url}search/?q=${encodeURIComponent('「開かれ花火大会」')}`);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toMatch(/見つかりません|0件|ありません/);
    expect(await page.locator('#search-results li').count()).toBe(0);
    // Unquoted, a run of several words is taken as typed too: 五年 and 花火 are both in the article, apart
    // (「五年ぶりとなる花火大会」); 花火大会 stands there whole and is found.
    for (const [typed, found] of [
      ['五年花火', 0],
      ['花火大会', 1],
      // A writer's name, in neither text: her bylines write it 佐藤花子 and 佐藤 花子.
      ['佐藤花子', 2],
    ] as const) {
      await page.goto(`${servers.get('ja')?.url}search/?q=${encodeURIComponent(typed)}`);
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toContain(`「${typed}」`);
      expect(await page.locator('#search-results li').count()).toBe(found);
    }
  });

  test('Chinese: a word of two characters is found where an article says it, not where only its section is named', async () => {
    const page = await reusedTab(browser);
    for (const [typed, found] of [
      // In the budget story's text; the ferry story has it as a tag only, which search does not read.
      ['預算', 1],
      // Both 2024 stories are in the section 地方, whose name Pagefind searches too; neither says it.
      ['地方', 0],
      ['港灣', 0],
    ] as const) {
      await page.goto(`${servers.get('zh-TW')?.url}search/?q=${encodeURIComponent(typed)}`);
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toContain(`「${typed}」`);
      expect(await page.locator('#search-results li').count(), typed).toBe(found);
    }
  });

  test('French: quotes are « » with narrow no-break spaces', async () => {
    const page = await reusedTab(browser);
    await page.goto(`${servers.get('fr')?.url}${LANGUAGES.fr.article}`);
    expect(await page.locator('.article-body p').first().textContent()).toContain(
      '«\u202fNous sommes prêts\u202f», a lancé la présidente de l’association',
    );
  });

  test('French: « cœur » is found typed "coeur", as a French keyboard without œ writes it, and the other way round', async () => {
    const page = await reusedTab(browser);
    for (const typed of ['coeur', 'cœur', 'COEUR']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(typed)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await links.count(), typed).toBe(1);
      expect(await links.first().textContent(), typed).toBe('La tempête arrache la toiture de la criée');
      // The excerpt shows the article's own word, marked, and nothing of the spelling the index holds beside it.
      const excerpt = page.locator('#search-results li').first();
      expect(await excerpt.locator('mark').allTextContents(), typed).toEqual(['cœur']);
      expect(await excerpt.textContent(), typed).not.toContain('@');
    }
    await page.locator('#search-results li a').first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['cœur']);
    expect(await page.locator('.article-body').textContent()).toContain('Au cœur de la nuit');
  });

  test('Indonesian: a word is found under the prefixes its stemmer takes off (laut in melaut, tangkap in penangkapan)', async () => {
    const page = await reusedTab(browser);
    for (const [query, expected] of [
      ['laut', ['/2024/04/02/nelayan-melaut/', '/2024/04/09/harga-ikan-laut/']],
      ['menangkap', ['/2024/04/02/nelayan-melaut/']],
    ] as const) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
      const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
      for (const path of expected)
        expect(
          hrefs.some((href) => href.includes(path)),
          `${query}: ${path}`,
        ).toBe(true);
    }
  });

  test('Thai: a word in the middle of a long clause written without spaces is found, and marked there', async () => {
    const page = await reusedTab(browser);
    // The clause is over 100 letters with no space: Pagefind segments it, so each of its words is searchable.
    for (const query of ['เทศบาล', 'รถบรรทุก']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs, query).toHaveLength(1);
      expect(hrefs[0], query).toContain('/2024/04/16/kep-khaya-ping/');
      expect(await page.locator('#search-results li .excerpt mark').allTextContents(), query).toEqual([query]);
      // Thai ends a sentence with a space: no full stop between the headline and the paragraphs.
      expect(await page.locator('#search-results li .excerpt').first().textContent(), query).not.toMatch(
        /\p{Script=Thai}\.(?:\s|$)/u,
      );
    }
  });

  test('Hebrew: a word typed bare finds it written with the letters joined to its front, marked as written', async () => {
    const page = await reusedTab(browser);
    // The Haifa story writes הדייגים ("the fishermen") and לדייגים ("to fishermen"), never דייגים alone.
    const cases: [query: string, marked: string[]][] = [
      ['דייגים', ['הדייגים', 'לדייגים']],
      ['"דייגים מקומיים"', ['לדייגים מקומיים']],
      ['לדייגים', ['לדייגים']],
    ];
    for (const [query, marked] of cases) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
      expect(await links.count(), query).toBe(1);
      expect(await links.first().getAttribute('href'), query).toContain('/2024/05/26/shuk-hadagim-haifa/');
      const excerpt = page.locator('#search-results li .excerpt').first();
      expect(await excerpt.locator('mark').allTextContents(), query).toEqual(marked);
      // The excerpt shows the story's own words: no twin the index holds.
      expect(await excerpt.textContent(), query).not.toContain('@');
    }
    await page.locator('#search-results li a').first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['לדייגים']);
    // On the opened story, the bare word marks it with every prefix; typed with its article, where the article
    // stands (the story writes השוק, בשוק and והשוק: בשוק, "in the market", has the article only in its vowel).
    for (const [word, marked] of [
      ['שוק', ['השוק', 'בשוק', 'והשוק']],
      ['השוק', ['השוק', 'והשוק']],
    ] as const) {
      await page.goto(`${servers.get('fr')?.url}2024/05/26/shuk-hadagim-haifa/?highlight=${encodeURIComponent(word)}`);
      await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('.article-body mark').allTextContents(), word).toEqual(marked);
    }
    // A word the story does not have is not found through a prefix: ירקות ("vegetables").
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('ירקות')}`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBeTruthy();
    expect(await page.locator('#search-results li a[href*="highlight="]').count()).toBe(0);
  });

  test('Hebrew writers named in a French list keep their order, left to right: on the article, in its section and in a search result', async () => {
    const page = await reusedTab(browser);
    // Three names in the French byline ("A, B et C"): without isolation, "A, B" is one right-to-left run, B shown first.
    const names = ['נועה לוי', 'דוד כהן', 'רינה אדלר'];
    /** Where each name starts on screen, left to right, in the first element the selector finds. */
    const lefts = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element, names) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const found: number[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const name of names) {
              const at = node.textContent!.indexOf(name);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + name.length);
              found[names.indexOf(name)] = range.getBoundingClientRect().left;
            }
          }
          return found;
        }, names);
    const inOrder = ([first, second, third]: number[]) =>
      first !== undefined && second !== undefined && third !== undefined && first < second && second < third;
    await page.goto(`${servers.get('fr')?.url}2024/05/26/shuk-hadagim-haifa/`);
    const onArticle = await lefts('.byline');
    expect(inOrder(onArticle), `article ${onArticle.join()}`).toBe(true);
    await page.locator('.kicker a').first().click();
    const item = '.article-list li:has(a[href*="shuk-hadagim-haifa"]) .meta';
    await page.locator(item).waitFor();
    const inSection = await lefts(item);
    expect(inOrder(inSection), `section ${inSection.join()}`).toBe(true);
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('דייגים')}`);
    await page.locator('#search-results li .meta').first().waitFor({ timeout: 15_000 });
    const inResult = await lefts('#search-results li .meta');
    expect(inOrder(inResult), `result ${inResult.join()}`).toBe(true);
  });

  test('Turkish: Ayşe, which Pagefind’s Turkish stemmer reads as "a", finds the story that has it, not every story of words in a-, and is marked alone', async () => {
    const page = await reusedTab(browser);
    for (const query of ['Ayşe', 'ayse', 'AYŞE']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      await page.locator('#search-results li a[href*="highlight="]').first().waitFor({ timeout: 15_000 });
      // The check reads each page: wait until it has settled on a count.
      await expect
        .poll(async () => page.locator('#search-results li a[href*="highlight="]').count(), { timeout: 15_000 })
        .toBe(1);
      const links = page.locator('#search-results li a[href*="highlight="]');
      expect(await links.first().getAttribute('href'), query).toContain('/2024/02/12/iskele-acildi/');
      const marks = await page.locator('#search-results li .excerpt mark').allTextContents();
      expect(marks.length, query).toBeGreaterThan(0);
      for (const mark of marks)
        expect(mark.toLocaleLowerCase('tr').normalize('NFD').replace(/\p{M}/gu, ''), query).toBe('ayse');
    }
  });

  test('Turkish: a writer’s name typed with its letters lists their story alone, no empty result for the Vietnamese stories beside it', async () => {
    // ş and ı are marks to Vietnamese's check of words typed with them, and Pagefind's Vietnamese index answers
    // "Yılmaz" with "y" ("y tế"): those stories' candidates, ruled out by their word positions, had been listed as
    // empty results with no headline, counted in the total.
    const page = await reusedTab(browser);
    for (const [query, story] of [
      ['Işık Yılmaz', '/2024/02/12/iskele-acildi/'],
      ['Yılmaz', '/2024/02/12/iskele-acildi/'],
      ['Ayşe Kaya', '/2024/02/12/iskele-acildi/'],
    ] as const) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      await page.locator('#search-results li a[href*="highlight="]').first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
      const items = await page.locator('#search-results > li').evaluateAll((lis) =>
        lis.map((li) => ({
          headline: li.querySelector('h2')?.textContent?.trim() ?? '',
          href: li.querySelector('a')?.getAttribute('href') ?? '',
        })),
      );
      expect(items.length, query).toBe(1);
      expect(items[0]?.headline, query).not.toBe('');
      expect(items[0]?.href, query).toContain(story);
      expect(await page.locator('#search-status').textContent(), query).toMatch(/\b1\b/);
    }
  });

  test('Turkish: ı and its capital I, typed as Turkish writes them or not, find the word however the story writes it, and mark it', async () => {
    // The stories write "Işık" (a name), "ılık" and "ışıkları". Pagefind lowers I to i, so "Işık" had been "işık" to
    // it, which "ışık" typed did not find; "Ilık", ılık's capital, found nothing.
    const page = await reusedTab(browser);
    for (const [query, stories] of [
      ['ışık', ['/2024/02/12/iskele-acildi/', '/2024/02/20/ankara-treni/']],
      ['Işık', ['/2024/02/12/iskele-acildi/', '/2024/02/20/ankara-treni/']],
      ['isik', ['/2024/02/12/iskele-acildi/', '/2024/02/20/ankara-treni/']],
      ['Ilık', ['/2024/02/20/ankara-treni/']],
      ['ılık', ['/2024/02/20/ankara-treni/']],
      ['ILIK', ['/2024/02/20/ankara-treni/']],
    ] as const) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
      const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
      // The archive's Turkish stories (of February 2024): these, and no other.
      const turkish = hrefs
        .filter((href) => href.includes('/2024/02/'))
        .map((href) => href.replace(/^.*?(\/2024\/)|\?.*$/g, '$1'));
      expect(turkish.sort(), query).toEqual([...stories].sort());
    }
    // The opened story marks the word as it writes it, whichever way it was typed.
    await page.goto(`${servers.get('fr')?.url}2024/02/12/iskele-acildi/?highlight=${encodeURIComponent('ışık')}`);
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['Işık']);
    await page.goto(`${servers.get('fr')?.url}2024/02/20/ankara-treni/?highlight=${encodeURIComponent('Ilık')}`);
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['ılık']);
  });

  test('Turkish: a place with its case ending after an apostrophe (Iğdır’dan, "from Iğdır") is found as typed, the ı kept for the stemmer', async () => {
    const page = await reusedTab(browser);
    for (const query of ["Iğdır'dan", 'Iğdır’dan', 'Iğdır', 'Igdir']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await links.count(), query).toBe(1);
      expect(await links.first().getAttribute('href'), query).toContain('/2024/02/20/ankara-treni/');
      const marks = await page.locator('#search-results li .excerpt mark').allTextContents();
      expect(marks.join(' '), query).toContain('Iğdır');
    }
    // Typed with its ı, a Turkish name finds an English story that writes it without (Kadikoy): only a Turkish index
    // is asked with the ı.
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('Kadıköy')}`);
    const links = page.locator('#search-results li a[href*="highlight="]');
    await links.first().waitFor({ timeout: 15_000 });
    expect(await links.first().getAttribute('href')).toContain('/ferry-timetable/');
  });

  test('Czech: a noun searched in one case finds the story that writes it in others (Brno finds v Brně, z Brna), and the opened story marks them', async () => {
    const page = await reusedTab(browser);
    // "Petr Pavel v Praze" among "Petrovi" and "Petře": a stem is no word read short, the search settles.
    for (const query of ['Brno', 'přehradě', 'prehrade', 'Petr Pavel v Praze']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await links.count(), query).toBe(1);
      expect(await links.first().getAttribute('href'), query).toContain('/2024/04/18/prehrada-brno/');
    }
    await page.goto(`${servers.get('fr')?.url}search/?q=Brno`);
    await page.locator('#search-results li a[href*="highlight="]').first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['Brněnská', 'Brně', 'Brna']);
  });

  test('a word found in one story whole and in another only by its letters without accents is found the same after an earlier search', async () => {
    // Pagefind, folding accents, answers "szőlő" with "szőlősgazdája" and with "szolgáltatótól". Read first (loaded
    // already by the reader's search before, on the same page), the second story alone made the search say the index
    // had no such word: "No results", where a fresh page listed both.
    const page = await reusedTab(browser);
    for (const earlier of [undefined, 'gyorsjárat']) {
      await page.goto(`${servers.get('fr')?.url}search/`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      for (const query of [earlier, 'szőlő']) {
        if (!query) continue;
        await page.fill('#search-input', query);
        await page.press('#search-input', 'Enter');
        await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toContain(query);
        await links.first().waitFor({ timeout: 15_000 });
      }
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(
        hrefs.some((href) => href.includes('/2024/04/22/szureti-bal/')),
        earlier ?? 'fresh',
      ).toBe(true);
    }
  });

  test('a word typed in a form the story does not write is marked on the opened story in the forms the stemmer found', async () => {
    const page = await reusedTab(browser);
    // Hungarian "kultúrházat" (the house of culture, as an object): the story writes "kultúrházban" and "kultúrház".
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('kultúrházat')}`);
    const link = page.locator('#search-results li a[href*="highlight="]').first();
    await link.waitFor({ timeout: 15_000 });
    expect(await link.getAttribute('href')).toContain('/2024/04/22/szureti-bal/');
    await link.click();
    const marks = page.locator('.article-body mark');
    await marks.first().waitFor({ timeout: 15_000 });
    const marked = (await marks.allTextContents()).map((text) => text.toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text).toMatch(/^kultúrház/);
  });

  test('Amharic: a word is found with the prefix joined to it, in either spelling of letters alike, and apart from the ፡ that joins older texts', async () => {
    const page = await reusedTab(browser);
    // በመርካቶ ("in Merkato"); ስራ written, ሥራ typed; ብራና between wordspaces (የጥንታዊ፡ብራና፡መጻሕፍት).
    // A query pasted with the wordspace is its words: ብራና፡መጻሕፍት.
    for (const query of ['መርካቶ', 'ሥራ', 'ብራና', 'ገበያ', 'ብራና፡መጻሕፍት']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await links.count(), query).toBe(1);
      expect(await links.first().getAttribute('href'), query).toContain('/2024/01/21/merkato-gebeya/');
      // The excerpt shows the article's own words: no twin, no stand-in, no second full stop.
      const excerpt = (await page.locator('#search-results li .excerpt').first().textContent()) ?? '';
      expect(excerpt, query).not.toMatch(/[@!]|።።/);
    }
  });

  test('Finnish: a word whose last consonants change with its case finds its other forms (Helsinki finds Helsingissä, kaupunki kaupungin), and the opened story marks them', async () => {
    const page = await reusedTab(browser);
    const story = '/2023/10/17/kaupungin-valtuusto/';
    for (const query of ['Helsinki', 'kaupunki', 'kokous', 'päätös', 'Helsingissä']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await links.count(), query).toBe(1);
      expect(await links.first().getAttribute('href'), query).toContain(story);
    }
    await page.goto(`${servers.get('fr')?.url}search/?q=Helsinki`);
    await page.locator(`#search-results li a[href*="${story}"]`).first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['Helsingissä']);
  });

  test('Ukrainian: a word finds its other case forms (Польща finds Польщі, волонтери волонтерів), and the opened story marks them', async () => {
    // Pagefind has no Ukrainian stemmer: the word as typed found only the forms it begins.
    const page = await reusedTab(browser);
    const story = '/2024/09/28/volontery-nysa/';
    for (const query of ['Польща', 'волонтери', 'повені']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await links.count(), query).toBe(1);
      expect(await links.first().getAttribute('href'), query).toContain(story);
    }
    await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent('Польща')}`);
    await page.locator(`#search-results li a[href*="${story}"]`).first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['Польщі']);
  });

  test('Serbian: a word or a phrase typed in either alphabet finds the stories written in both, in every order, and the opened story marks it as written', async () => {
    // Pagefind's Serbian stemmer reads Cyrillic as Latin; the search page's own check of the words found read the
    // Cyrillic story (read first when sorted oldest first) as lacking "Beograd", and dropped both: "No results".
    const page = await reusedTab(browser);
    const cyrillic = '/2010/03/12/skupstina-beograda/';
    const latin = '/2019/11/03/metro-beograd/';
    for (const query of [
      'q=Beograd',
      'q=Београд',
      'q=Beograd&sort=oldest',
      'q=Београд&sort=newest',
      'q="gradska skupština"',
      'q="градска скупштина"&sort=oldest',
    ]) {
      await page.goto(`${servers.get('fr')?.url}search/?${query.replace(/[^=&]+$/u, encodeURIComponent)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(
        hrefs.some((href) => href.includes(cyrillic)),
        query,
      ).toBe(true);
      expect(
        hrefs.some((href) => href.includes(latin)),
        query,
      ).toBe(true);
    }
    // đ, which a query spells d as Pagefind keeps it: typed in Cyrillic, in Latin with đ or with d.
    for (const query of ['Ђорђевић', 'Đorđević', 'Dordevic']) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(query)}`);
      const link = page.locator('#search-results li a[href*="highlight="]').first();
      await link.waitFor({ timeout: 15_000 });
      expect(await link.getAttribute('href'), query).toContain(cyrillic);
    }
    await page.goto(`${servers.get('fr')?.url}search/?q=Beograd&sort=oldest`);
    await page.locator(`#search-results li a[href*="${cyrillic}"]`).first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['Београда']);
  });

  test('letters that carry their mark inside them (Polish ł, Norwegian ø, Azerbaijani ə) are found typed without it, and marked as written', async () => {
    const page = await reusedTab(browser);
    for (const [typed, written] of [
      ['Tromso', 'Tromsø'],
      ['Gence', 'Gəncə'],
      ['Gəncə', 'Gəncə'],
      // Armenian's և, typed as the two letters it joins (as Western Armenian and many keyboards write it), or as one.
      ['Երեւան', 'Երևան'],
      ['Երևան', 'Երևան'],
      ['Wroclaw', 'Wrocław'],
      ['Wrocław', 'Wrocław'],
    ] as const) {
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(typed)}`);
      const links = page.locator('#search-results li a[href*="highlight="]');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await links.count(), typed).toBe(1);
      expect(await links.first().textContent(), typed).toBe('Summer ferry timetable published');
      const excerpt = page.locator('#search-results li').first();
      expect(await excerpt.locator('mark').allTextContents(), typed).toEqual([written]);
      expect(await excerpt.textContent(), typed).not.toContain('@');
    }
    await page.locator('#search-results li a').first().click();
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['Wrocław']);
  });

  test('an English article in a French archive: its text is English, the labels around it say they are French', async () => {
    const page = await reusedTab(browser);
    await page.goto(`${servers.get('fr')?.url}2024/05/20/ferry-timetable/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.masthead').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.article-meta').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.article-meta').textContent()).toContain('Par Tom Ashby');
  });

  describe('the header on a phone and on a desktop', () => {
    const TARGETS =
      '.masthead a, .masthead summary, .masthead button, .masthead input, .site-footer a, .breadcrumbs a, .pager a, .tags a, .article-meta a, .cite-downloads a, .related li > a';

    test('on a 390 px screen the header is at most 64 px, its menu opens without JavaScript, and every tap target is 24 px', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${servers.get('fr')?.url}${LANGUAGES.fr.article}`);
      expect((await page.locator('.masthead').boundingBox())?.height).toBeLessThanOrEqual(64);
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      await page.locator('.menu summary').click();
      expect(await page.locator('.site-nav').isVisible()).toBe(true);
      expect(await page.locator('#site-search').isVisible()).toBe(true);
      // Opening the menu lays it over the page: the header itself keeps its height.
      expect((await page.locator('.masthead').boundingBox())?.height).toBeLessThanOrEqual(64);
      const tooSmall = (targets = TARGETS) =>
        page.locator(targets).evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0)
            .map((element) => ({
              text: element.textContent?.trim() ?? element.tagName,
              box: element.getBoundingClientRect(),
            }))
            .filter(({ box }) => box.width < 24 || box.height < 24)
            .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
      expect(await tooSmall()).toEqual([]);
      // The home page's listings: one-line headlines and "browse all" stand alone too.
      await page.goto(`${servers.get('fr')?.url}`);
      expect(await page.locator('.article-list h3 a').count()).toBeGreaterThan(0);
      expect(await tooSmall('.article-list h2 a, .article-list h3 a, .browse-all a')).toEqual([]);
      await context.close();
    });

    test('the skip link is out of sight until a keyboard reaches it, however tall its line (Urdu’s Nastaliq)', async () => {
      const page = await reusedTab(browser, { width: 390, height: 844 });
      await page.goto(`${servers.get('ar')?.url}${LANGUAGES.ar.article}`);
      // An Urdu interface sets every line in Nastaliq, 2.2 lines high: a link hidden by a fixed offset showed its foot.
      const skip = page.locator('.skip-link');
      await skip.evaluate((link: HTMLElement) => Object.assign(link.style, { lineHeight: '2.2', fontSize: '1.25rem' }));
      const hidden = await skip.boundingBox();
      expect(hidden?.height).toBeGreaterThan(48);
      expect((hidden?.y ?? 0) + (hidden?.height ?? 0)).toBeLessThanOrEqual(0);
      await page.keyboard.press('Tab');
      expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
      const shown = await skip.boundingBox();
      expect(shown?.y).toBeGreaterThanOrEqual(0);
    });

    test('the header never breaks a word of its button or menu ("Recherche/r"), however long the archive’s name', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      /** The words of the header's button and menu links that run over two lines. */
      const brokenWords = () =>
        page.locator('.masthead button, .site-nav a').evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0)
            .flatMap((element) => {
              const broken: string[] = [];
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode())
                for (const word of (node.textContent ?? '').matchAll(/\S+/gu)) {
                  const range = document.createRange();
                  range.setStart(node, word.index);
                  range.setEnd(node, word.index + word[0].length);
                  const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                  if (lines.size > 1) broken.push(word[0]);
                }
              return broken;
            }),
        );
      for (const width of [390, 768, 1024, 1280]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${servers.get('fr')?.url}${LANGUAGES.fr.article}`);
        // A bilingual newsroom's name, as long as archives' names run.
        await page
          .locator('.site-title')
          .evaluate((title) => (title.textContent = 'Archives de la Gazette du Pays de Herve — Archief van de Gazet'));
        if (await page.locator('.menu summary').isVisible()) await page.locator('.menu summary').click();
        expect(await page.locator('.masthead button').isVisible(), `${width} px`).toBe(true);
        expect(await brokenWords(), `${width} px`).toEqual([]);
      }
      await context.close();
    });

    test("on a 390 px screen the search form's filters take a row each, the dates side by side, none beyond the screen", async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(LANGUAGES.fr.search[0])}`);
      await page.locator('.search-form:not(.pending)').waitFor();
      // Folded under their summary line on a phone: opened, as a reader would.
      await page.locator('#search-narrowing > summary').click();
      const form = await page.locator('.search-options').boundingBox();
      const boxes = await page
        .locator('.search-field')
        .evaluateAll((fields) =>
          fields
            .filter((field) => field.getClientRects().length > 0)
            .map((field) => ({ dates: field.closest('.search-range') !== null, box: field.getBoundingClientRect() })),
        );
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      // A row's fields end level (their controls line up at the bottom), whatever their labels' length.
      const rows = new Map<number, typeof boxes>();
      for (const field of boxes)
        rows.set(Math.round(field.box.bottom), [...(rows.get(Math.round(field.box.bottom)) ?? []), field]);
      for (const row of rows.values()) {
        // From and to share one row, half of it each; any other field has the row to itself, the form's width.
        expect(row.length, JSON.stringify(row)).toBe(row[0]!.dates ? 2 : 1);
        expect(row.every((field) => field.dates === row[0]!.dates)).toBe(true);
        const width = row.reduce((sum, field) => sum + field.box.width, 0);
        expect(width).toBeGreaterThan((form?.width ?? 0) * 0.9);
      }
      for (const { box } of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(390);
      }
      await context.close();
    });

    // The archive's name as a long content/site.json title would write it (the masthead link's text):
    // set on the built page, so each language's fixture keeps its short name for the tests above.
    describe.each(LANGUAGE_CODES)('a long archive name in %s', (lang) => {
      test('shows whole at 390 and at 320 px, without scrolling sideways', async () => {
        const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
        const page = await context.newPage();
        for (const path of [
          '',
          LANGUAGES[lang].article,
          `search/?q=${encodeURIComponent(LANGUAGES[lang].search[0])}`,
        ]) {
          await page.goto(`${servers.get(lang)?.url}${path}`);
          const title = page.locator('.site-title');
          await title.evaluate((link, name) => {
            link.textContent = name;
          }, LANGUAGES[lang].longTitle);
          // One load, two widths: the layout follows the viewport without reloading.
          for (const width of [390, 320]) {
            await page.setViewportSize({ width, height: 800 });
            const layout = await title.evaluate((link) => ({
              scrollWidth: link.scrollWidth,
              clientWidth: link.clientWidth,
              scrollHeight: link.scrollHeight,
              clientHeight: link.clientHeight,
              pageWidth: document.documentElement.scrollWidth,
              viewport: window.innerWidth,
              title: link.getBoundingClientRect(),
              menu: document.querySelector('.menu > summary')?.getBoundingClientRect(),
            }));
            const where = `${path} at ${width} px`;
            expect(layout.viewport, where).toBe(width);
            expect(layout.scrollWidth, where).toBeLessThanOrEqual(layout.clientWidth);
            expect(layout.scrollHeight, where).toBeLessThanOrEqual(layout.clientHeight);
            expect(layout.pageWidth, where).toBeLessThanOrEqual(layout.viewport);
            // The title and the menu button both stay whole on the screen.
            expect(layout.title.left, where).toBeGreaterThanOrEqual(0);
            expect(layout.title.right, where).toBeLessThanOrEqual(width);
            expect(layout.menu?.left, where).toBeGreaterThanOrEqual(0);
            expect(layout.menu?.right, where).toBeLessThanOrEqual(width);
          }
        }
        await context.close();
      }, 90_000); // three pages, the search page's index included: more than 30 s on a busy machine
    });

    test('on a phone and a desktop every filter shows its whole choice, in every interface language', async () => {
      // Each select's choices in every language: a filter's "any" choice, the shown one until a value is picked, and
      // each order ("Mais recentes primeiro", "Toutes les rubriques" were clipped at 360 px).
      const choices: Record<string, [code: string, text: string][]> = {};
      for (const code of INTERFACE_LANGUAGES.keys()) {
        const { t } = interfaceFor(code);
        const add = (id: string, ...keys: MessageKey[]) =>
          (choices[id] ??= []).push(...keys.map((key) => [code, t(key)] as [string, string]));
        add('filter-section', 'search.anySection');
        add('filter-author', 'search.anyAuthor');
        add('filter-tag', 'search.anyTag');
        add('filter-year', 'search.anyYear');
        add('filter-source', 'search.anySource');
        add('search-sort', 'search.relevance', 'search.newest', 'search.oldest');
      }
      for (const width of [360, 412, 640, 1280]) {
        const page = await reusedTab(browser, { width, height: 800 });
        await page.goto(`${servers.get('fr')?.url}search/?q=${encodeURIComponent(LANGUAGES.fr.search[0])}`);
        await page.locator('.search-form:not(.pending)').waitFor();
        await page.locator('#search-narrowing').evaluate((fold: HTMLDetailsElement) => (fold.open = true));
        // Each text in the select's font, against the room the box leaves it beside its arrow.
        const clipped = await page.locator('.search-field select').evaluateAll((selects, texts) => {
          const context = document.createElement('canvas').getContext('2d')!;
          return (selects as HTMLSelectElement[])
            .filter((select) => select.getClientRects().length > 0)
            .flatMap((select) => {
              const style = getComputedStyle(select);
              context.font = style.font;
              const room =
                select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) - 20;
              return (texts[select.id] ?? [])
                .filter(([, text]) => context.measureText(text).width > room)
                .map(([code, text]) => `${code}: ${text} (${Math.ceil(context.measureText(text).width)} > ${room})`);
            });
        }, choices);
        expect(clipped.join('\n'), `at ${width} px`).toBe('');
      }
    });

    test('on a desktop the title, navigation and search box share one row', async () => {
      const page = await reusedTab(browser, { width: 1280, height: 800 });
      await page.goto(`${servers.get('fr')?.url}`);
      const header = await page.locator('.masthead').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(72);
      for (const selector of ['.site-title', '.site-nav', '#site-search']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect((box?.y ?? 0) + (box?.height ?? 0), selector).toBeLessThanOrEqual(
          (header?.y ?? 0) + (header?.height ?? 0),
        );
      }
      expect(await page.locator('.menu summary').isVisible()).toBe(false);
    });

    test('on a desktop the header box shows its whole placeholder, in every interface language', async () => {
      const page = await reusedTab(browser, { width: 1280, height: 800 });
      await page.goto(`${servers.get('fr')?.url}`);
      // Each language's whole header set on the page (its menu's links and button take the row's room from the box,
      // a Polish one more than a French one), with an archive name as long as the trial's Polish one; then its
      // placeholder measured in the box's own font, against the room inside its padding.
      const headers = [...INTERFACE_LANGUAGES.keys()].map((code) => {
        const { t } = interfaceFor(code);
        const nav = (
          ['nav.home', 'nav.archive', 'nav.sections', 'nav.tags', 'nav.authors', 'nav.sources'] as const
        ).map((key) => t(key));
        return { code, nav, button: t('shell.searchButton'), placeholder: t('shell.searchPlaceholder') };
      });
      const overflowing = await page.locator('#site-search').evaluate((input: HTMLInputElement, languages) => {
        const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        document.querySelector('.site-title')!.textContent = 'Archiwum Powodzi Odry';
        return languages.flatMap(({ code, nav, button, placeholder }) => {
          document.querySelectorAll('.site-nav a').forEach((link, at) => (link.textContent = nav[at] ?? ''));
          document.querySelector('.search-box button')!.textContent = button;
          input.placeholder = placeholder;
          const style = getComputedStyle(input);
          const room = input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
          context.font = style.font;
          const width = Math.ceil(context.measureText(placeholder).width);
          return width > room ? [`${code}: ${placeholder} (${width} > ${room})`] : [];
        });
      }, headers);
      expect(overflowing.join('\n')).toBe('');
    });

    test('the home page shows each story once above the fold', async () => {
      const page = await reusedTab(browser, { width: 1280, height: 800 });
      await page.goto(`${servers.get('fr')?.url}`);
      const links = await page
        .locator('main h3 a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links.length).toBeGreaterThan(0);
      expect(new Set(links).size).toBe(links.length);
    });
  });
});
