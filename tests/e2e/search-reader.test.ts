/**
 * Search as readers of news sites expect it, in Chromium, on the plain and
 * the `/clip/` base-path builds: facet counts that follow the query, date
 * ranges, quoted phrases, Back after "load more", the searched words marked
 * on the opened article, and a page that does not move as it loads (CLS).
 * The search fixture gives the expectations (from its own files); "load more"
 * needs more results than it has, so a generated archive of 45 articles,
 * sharded by 15, serves that test (and makes older shards load on demand).
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeArchive } from '../../scripts/generate-archive.ts';
import { BUILDS, buildFixture, type BuildResult } from '../helpers/build.ts';
import { recordPageErrors, reusedTab } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { SEARCH_FIXTURE, searchFixture, type FixtureArticle } from '../helpers/search-fixture.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const articles = searchFixture();
const titles = (list: FixtureArticle[]) => list.map((a) => a.title).sort();
const has = (word: string) => (a: FixtureArticle) => new RegExp(`\\b${word}\\b`, 'i').test(a.text);

describe.skipIf(browserSkip !== '').each(['/', '/clip/'])(
  `search a reader expects, under %s, in Chromium ${browserSkip}`,
  (base) => {
    let build: BuildResult;
    let many: BuildResult;
    let server: StaticServer;
    let manyServer: StaticServer;
    let browser: Browser;
    let context: BrowserContext;
    const consoleErrors: string[] = [];
    const requested: string[] = [];

    beforeAll(async () => {
      // The first test file of a run may find no .tmp/builds yet.
      await mkdir(BUILDS, { recursive: true });
      const generated = await mkdtemp(join(BUILDS, 'articles-'));
      await writeArchive(generated, { articles: 45, seed: 3 });
      [build, many] = await Promise.all([
        // The builds search.test.ts (`/`) and search-offline.test.ts (`/clip/`) read.
        sharedBuild({ content: SEARCH_FIXTURE, base }),
        buildFixture({ content: generated, base, env: { CLIPPINGS_SEARCH_SHARD_SIZE: '15' } }),
      ]);
      for (const result of [build, many])
        if (result.code !== 0) throw new Error(`fixture build failed:\n${result.output}`);
      server = await serve(build.dist, base);
      manyServer = await serve(many.dist, base);
      browser = await launchChromium();
      context = await browser.newContext({ serviceWorkers: 'block' });
      recordPageErrors(context, consoleErrors);
      context.on('page', (page) => page.on('request', (request) => requested.push(new URL(request.url()).pathname)));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await manyServer?.stop();
    });

    async function settled(page: Page): Promise<string> {
      const status = page.locator('#search-status');
      await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/results? |No results|Type words/);
      return (await status.textContent()) ?? '';
    }

    async function open(search: string, origin = server): Promise<Page> {
      const page = await reusedTab(context);
      await page.goto(`${origin.url}search/${search}`);
      await settled(page);
      return page;
    }

    const resultTitles = async (page: Page) => (await page.locator('#search-results h2').allTextContents()).sort();

    /** The section filter's options once counts are in: value → [count, disabled]. */
    async function sectionCounts(page: Page): Promise<Record<string, [number, boolean]>> {
      await expect.poll(() => page.locator('#filter-section option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
      const options = await page
        .locator('#filter-section option')
        .evaluateAll((nodes) =>
          (nodes as HTMLOptionElement[])
            .filter((o) => o.value)
            .map((o) => [o.value, o.textContent ?? '', o.disabled] as const),
        );
      return Object.fromEntries(
        options.map(([value, text, disabled]) => [value, [Number(/\((\d+)\)$/.exec(text)?.[1] ?? NaN), disabled]]),
      );
    }

    test('facet counts follow the query, zero counts dimmed', async () => {
      const expectedFor = (list: FixtureArticle[]) => {
        const sections = [...new Set(articles.map((a) => a.section))];
        return Object.fromEntries(
          sections.map((s) => {
            const n = list.filter((a) => a.section === s).length;
            return [s, [n, n === 0]];
          }),
        );
      };
      const page = await open('?q=the');
      // As long as sectionCounts' own wait: the counts load after the results, later on a busy machine.
      await expect
        .poll(() => sectionCounts(page), { timeout: 15_000 })
        .toEqual(expectedFor(articles.filter(has('the'))));
      const input = page.getByLabel('Words to find');
      await input.fill('lighthouse');
      await page.waitForURL((url) => url.searchParams.get('q') === 'lighthouse');
      await expect
        .poll(() => sectionCounts(page), { timeout: 15_000 })
        .toEqual(expectedFor(articles.filter(has('lighthouse'))));
      // The header box carries the query too: one query on the page, not two.
      expect(await page.locator('.masthead input[name="q"]').inputValue()).toBe('lighthouse');
    });

    test('a date range by year and month, with a filter and a sort, from the URL', async () => {
      const days = articles.map((a) => a.day).sort();
      const from = (days[2] as string).slice(0, 4);
      const to = (days[days.length - 3] as string).slice(0, 7);
      const inRange = (a: FixtureArticle) => a.day.slice(0, 4) >= from && a.day.slice(0, 7) <= to;
      const expected = articles.filter(inRange).sort((a, b) => a.time - b.time);
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.length).toBeLessThan(articles.length);
      const page = await open(`?from=${from}&to=${to}&sort=oldest`);
      expect(await page.locator('#search-results h2').allTextContents()).toEqual(
        expected.map((a) => a.title).slice(0, 10),
      );
      expect(await page.locator('#search-from').inputValue()).toBe(from);
      // Combined with a section: both narrow.
      const section = (expected[0] as FixtureArticle).section;
      await page.locator('#filter-section').selectOption(section);
      await page.waitForURL(
        (url) => url.searchParams.get('section') === section && url.searchParams.get('from') === from,
      );
      await expect
        .poll(() => page.locator('#search-results h2').allTextContents())
        .toEqual(expected.filter((a) => a.section === section).map((a) => a.title));
    });

    test('a range by days, typed in the form, keeps only those days', async () => {
      const article = articles[3] as FixtureArticle;
      const page = await open('');
      await page.locator('#search-from').fill(article.day);
      await page.locator('#search-to').fill(article.day);
      await page.locator('#search-to').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('to') === article.day);
      await expect.poll(() => resultTitles(page)).toEqual(titles(articles.filter((a) => a.day === article.day)));
    });

    test('a quoted phrase finds only the words side by side', async () => {
      // Two words that are side by side in one article and apart in others, from the fixture itself.
      const word = (a: FixtureArticle) => a.text.toLowerCase().match(/\p{L}+/gu) ?? [];
      let phrase: [string, string] | undefined;
      for (const article of articles) {
        const words = word(article);
        for (let i = 0; i + 1 < words.length && !phrase; i++) {
          const [a, b] = [words[i] as string, words[i + 1] as string];
          if (a.length < 4 || b.length < 4) continue;
          const apart = articles.filter(
            (other) => has(a)(other) && has(b)(other) && !new RegExp(`\\b${a}\\W+${b}\\b`, 'i').test(other.text),
          );
          if (apart.length > 0) phrase = [a, b];
        }
        if (phrase) break;
      }
      expect(phrase).toBeDefined();
      const [a, b] = phrase!;
      const together = articles.filter((x) => new RegExp(`\\b${a}\\W+${b}\\b`, 'i').test(x.text));
      const page = await open(`?q=${encodeURIComponent(`"${a} ${b}"`)}`);
      expect(await resultTitles(page)).toEqual(titles(together));
      expect(await settled(page)).toMatch(new RegExp(`^${together.length} results? for`));
      // The filters count the articles with the phrase, not every article with both words.
      const sectionsOf = (list: FixtureArticle[]) =>
        Object.fromEntries(
          [...new Set(articles.map((x) => x.section))].map((s) => {
            const n = list.filter((x) => x.section === s).length;
            return [s, [n, n === 0]];
          }),
        );
      await expect.poll(() => sectionCounts(page), { timeout: 15_000 }).toEqual(sectionsOf(together));
      // The excerpts mark the phrase whole, as the opened article does (Pagefind marks each word apart).
      const excerptMarks = await page.locator('#search-results .excerpt mark').allTextContents();
      expect(excerptMarks.map((text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '))).toContain(`${a} ${b}`);
      // The opened article marks the phrase whole, never one of its words alone.
      await page.locator('#search-results h2 a').first().click();
      const marks = page.locator('article mark.search-hit');
      await expect.poll(() => marks.count()).toBeGreaterThan(0);
      for (const text of await marks.allTextContents())
        expect(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')).toBe(`${a} ${b}`);
    });

    test('Back after two "load more" clicks shows as many results, scrolled where the reader was', async () => {
      const page = await reusedTab(context);
      await page.setViewportSize({ width: 412, height: 823 });
      await page.goto(`${manyServer.url}search/?from=1000&sort=newest`);
      await settled(page);
      const more = page.locator('#search-more');
      for (const count of [20, 30]) {
        await more.click();
        await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBe(count);
      }
      // Focus moved to the first new result, for keyboard users.
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[20],
        ),
      ).toBe(true);
      const link = page.locator('#search-results li').nth(25).locator('h2 a');
      await link.scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => Math.round(window.scrollY));
      expect(scrolled).toBeGreaterThan(0);
      const before = await page.locator('#search-results h2').allTextContents();
      await link.click();
      await page.waitForURL((url) => !url.pathname.endsWith('/search/'));
      await page.goBack();
      await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBe(30);
      expect(await page.locator('#search-results h2').allTextContents()).toEqual(before);
      await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeGreaterThan(scrolled - 5);
      expect(await page.evaluate(() => Math.round(window.scrollY))).toBeLessThan(scrolled + 5);
    });

    test('the page reads a few bytes, not the offline file list; the newest shard answers first and older ones, one at a time, when the reader asks for more', async () => {
      const bundles = (JSON.parse(await many.read('search.json')) as { bundles: { path: string }[] }).bundles;
      expect(bundles.length).toBe(3);
      const entry = (bundle: { path: string }) => `${base}${bundle.path}pagefind-entry.json`;
      const before = requested.length;
      const page = await open('?from=1000', manyServer);
      const seen = () => requested.slice(before);
      // Fifteen articles in the newest shard fill the first page: the older shards are not read yet, and the count says so.
      expect(seen()).toContain(entry(bundles[2]!));
      expect(seen()).not.toContain(entry(bundles[0]!));
      expect(seen()).not.toContain(entry(bundles[1]!));
      expect(await settled(page)).toBe('At least 15 results with these filters (load more to search further)');
      expect(seen()).not.toContain(`${base}offline.json`);
      const shown = () => page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      // Merging a shard (its metadata, a search over it) takes a moment on a busy machine.
      await expect.poll(shown, { timeout: 15_000 }).toBe(20);
      // The search widens one shard at a time: the next older one fills the second page, the oldest waits.
      expect(seen()).toContain(entry(bundles[1]!));
      expect(seen()).not.toContain(entry(bundles[0]!));
      while (await page.locator('#search-more').isVisible()) {
        const before = await shown();
        await page.locator('#search-more').click();
        await expect.poll(shown, { timeout: 15_000 }).toBeGreaterThan(before);
      }
      expect(await shown()).toBe(45);
      for (const bundle of bundles) expect(seen()).toContain(entry(bundle));
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toBe('45 results with these filters');
    });

    test('the opened article marks the searched words, and the marks can be cleared', async () => {
      const page = await open('?q=lighthouse');
      await page.locator('#search-results h2 a').first().click();
      await page.waitForURL((url) => url.searchParams.get('highlight') === 'lighthouse');
      const marks = page.locator('article mark.search-hit');
      await expect.poll(() => marks.count()).toBeGreaterThan(0);
      const article = articles.find(has('lighthouse'))!;
      const expected = (article.text.match(/\blighthouse\w*/gi) ?? []).length;
      expect((await marks.allTextContents()).every((text) => /^lighthouse/i.test(text))).toBe(true);
      expect(await marks.count()).toBe(expected);
      await page.getByRole('button', { name: 'Clear highlighting' }).click();
      expect(await marks.count()).toBe(0);
      expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
    });

    test('an article opened at a match below the first screen is brought to it; "Next match" goes from mark to mark', async () => {
      const page = await reusedTab(context);
      // A screen so short that the article's last sentence is below it.
      await page.setViewportSize({ width: 390, height: 240 });
      const article = `${server.url}2018/05/02/lighthouse-keeper-retires/`;
      const marks = page.locator('article mark.search-hit');
      const onScreen = (index: number) =>
        marks.nth(index).evaluate((mark) => {
          const { top, bottom } = mark.getBoundingClientRect();
          return top >= 0 && bottom <= window.innerHeight;
        });
      // "trust" is the last word of the story: the page opens scrolled to it.
      await page.goto(`${article}?highlight=trust`);
      await expect.poll(() => marks.count()).toBe(1);
      await expect.poll(() => onScreen(0)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      // On a phone's screen the matches (the headline's and the story's) show at once: the page stays where it
      // opens, and the button walks the marks.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${article}?highlight=lighthouse`);
      await expect.poll(() => marks.count()).toBe(2);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const next = page.getByRole('button', { name: 'Next match' });
      const current = page.locator('article mark.search-hit.current');
      const position = page.locator('.highlight-position');
      await next.click();
      await expect.poll(() => onScreen(0)).toBe(true);
      // The match it went to is marked as the current one, and the bar says which of how many.
      expect(await marks.nth(0).evaluate((mark) => mark.classList.contains('current'))).toBe(true);
      expect(await position.textContent()).toBe('1 / 2');
      await next.click();
      await expect.poll(() => onScreen(1)).toBe(true);
      expect(await current.count()).toBe(1);
      expect(await marks.nth(1).evaluate((mark) => mark.classList.contains('current'))).toBe(true);
      expect(await position.textContent()).toBe('2 / 2');
    });

    // Layout alone, the same under any base: checked on the plain build only.
    test.runIf(base === '/')('on a phone and on a desktop, the date range’s from and to sit side by side', async () => {
      const page = await reusedTab(context);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${server.url}search/?q=harbour`);
        await settled(page);
        // On a phone the filters are folded under their summary line: the reader opens them.
        if (width === 390) await page.locator('#search-narrowing > summary').click();
        const [from, to] = await Promise.all(
          ['#search-from', '#search-to'].map((field) => page.locator(field).boundingBox()),
        );
        expect(from && to && Math.abs(from.y - to.y) < 2, `at ${width} px`).toBe(true);
        expect(from!.x + from!.width <= to!.x || to!.x + to!.width <= from!.x, `at ${width} px`).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      }
    });

    test('on a phone the filters fold under one line so the first results show on the first screen; a wide screen shows them', async () => {
      const page = await reusedTab(context);
      await page.setViewportSize({ width: 390, height: 844 });
      const summary = page.locator('#search-narrowing > summary');
      await page.goto(`${server.url}search/?q=harbour`);
      await settled(page);
      expect(await page.locator('#filter-section').isVisible()).toBe(false);
      expect(await summary.textContent()).toMatch(/^Narrow and sort the results\s*$/);
      const first = await page.locator('#search-results li').first().boundingBox();
      expect(first && first.y + 60 < 844, JSON.stringify(first)).toBe(true);
      // Opening the fold shows every filter, with its values.
      await summary.click();
      await expect.poll(() => page.locator('#filter-section').isVisible()).toBe(true);
      await expect.poll(() => page.locator('#filter-section option').count()).toBeGreaterThan(1);
      // A shared link that sets filters still opens folded (nothing moves as it loads); the line says how many are set.
      await page.goto(`${server.url}search/?q=harbour&section=Politics&sort=newest`);
      await settled(page);
      expect(await page.locator('#filter-section').isVisible()).toBe(false);
      expect(await summary.textContent()).toMatch(/ 2 in use$/);
      // Changing one in the fold counts again.
      await summary.click();
      await page.locator('#search-sort').selectOption('relevance');
      await expect.poll(() => summary.textContent()).toMatch(/ 1 in use$/);
      // Wide: no summary line, the filters shown though the fold is closed.
      await page.goto(`${server.url}search/?q=harbour`);
      await settled(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await summary.isVisible()).toBe(false);
      expect(await page.locator('#search-narrowing').evaluate((fold) => (fold as HTMLDetailsElement).open)).toBe(false);
      await expect.poll(() => page.locator('#filter-section').isVisible()).toBe(true);
      await page.locator('#filter-section').focus();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-section');
    });

    test('the search page does not move as it loads (CLS < 0.1 on a phone-sized screen)', async () => {
      // A page of its own: its init script could not be taken off a shared tab.
      const page = await context.newPage();
      await page.setViewportSize({ width: 412, height: 823 });
      // Before any page script: sum every layout shift not caused by input, as Lighthouse does.
      await page.addInitScript(() => {
        const store = window as unknown as { __cls: number };
        store.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) store.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}search/?q=the`);
      await settled(page);
      // Facet counts arrive after the results: wait for them too, then a moment for any late shift.
      await expect.poll(() => page.locator('#filter-section option').count()).toBeGreaterThan(1);
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      console.log(`CLS under ${base}: ${cls.toFixed(4)}`);
      expect(cls).toBeLessThan(0.1);
      await page.close();
    });

    test('nothing logged an error', () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);
