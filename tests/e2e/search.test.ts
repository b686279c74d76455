/**
 * Search, end to end: the fixture archive built once with the real build,
 * served on 127.0.0.1, searched in headless Chromium through the search page.
 * Expected results are derived from the fixture's own frontmatter and text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { reusedTab } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { isolated } from '../../src/i18n/direction.ts';
import { SEARCH_FIXTURE, searchFixture, type FixtureArticle } from '../helpers/search-fixture.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const articles = searchFixture();
const titles = (list: FixtureArticle[]) => list.map((a) => a.title).sort();

let build: BuildResult;
beforeAll(async () => {
  // The build search-reader.test.ts reads under `/`.
  build = await sharedBuild({ content: SEARCH_FIXTURE });
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('search index in the build', () => {
  test('npm run build indexes every article, and only articles', async () => {
    expect(build.output).toContain(`Search index: ${articles.length} pages indexed`);
    const entry = JSON.parse(await build.read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const perLanguage = Object.fromEntries(
      Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]),
    );
    // One index per language, whatever the region: French pages get French stemming, en-GB and en-US pages are English.
    const language = (article: FixtureArticle) => article.lang.split('-')[0]!;
    expect(new Set(articles.map((article) => article.lang)).size).toBeGreaterThan(new Set(articles.map(language)).size);
    const expected: Record<string, number> = {};
    for (const article of articles) expected[language(article)] = (expected[language(article)] ?? 0) + 1;
    expect(perLanguage).toEqual(expected);
  });

  test('no page has inline script, style or event handler (the CSP forbids them)', async () => {
    const pages = (await readdir(build.dist, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(articles.length);
    for (const file of pages) {
      const html = await readFile(join(build.dist, file), 'utf8');
      // Executable inline scripts only: JSON data blocks (ld+json) are not run and CSP allows them.
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(ld\+)?json")[^>]*>/i);
      expect(html, file).not.toMatch(/<style[\s>]/i);
      expect(html, file).not.toMatch(/\sstyle="/i);
      expect(html, file).not.toMatch(/\son[a-z]+="/i);
    }
  });

  test('Pagefind UIs the site never loads are not shipped', () => {
    for (const ui of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
    ]) {
      expect(build.has(`pagefind/${ui}`), ui).toBe(false);
    }
    expect(build.has('pagefind/pagefind.js')).toBe(true);
    expect(build.has('pagefind/pagefind-worker.js')).toBe(true);
  });

  test('the offline manifest lists the index, sizes adding up', async () => {
    const manifest = JSON.parse(await build.read('offline.json')) as {
      files: { path: string; bytes: number }[];
      totalBytes: number;
      metaCacheTag: string;
    };
    const paths = manifest.files.map((file) => file.path);
    expect(paths).toContain('search/');
    // The first language's loader at its plain address (the one the search page preloads).
    expect(paths).toContain('pagefind/pagefind.js');
    expect(paths.some((path) => path.endsWith('pagefind-worker.js'))).toBe(false);
    expect(paths).toContain(`pagefind/pagefind-entry.json?ts=${manifest.metaCacheTag}`);
    expect(paths.some((path) => path.startsWith('pagefind/fragment/'))).toBe(true);
    expect(manifest.totalBytes).toBe(manifest.files.reduce((sum, file) => sum + file.bytes, 0));
    expect(build.has('sw.js')).toBe(true);
  });
});

describe.skipIf(browserSkip !== '')(`search page in Chromium ${browserSkip}`, () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    server = await serve(build.dist);
    browser = await launchChromium();
    // Service workers would carry state between tests; the offline test file covers them.
    context = await browser.newContext({ serviceWorkers: 'block' });
    context.on('page', watch);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(`${server.origin}/`)) foreignRequests.push(request.url());
    });
  }

  /** Opens /search/ with a query string and waits for the status line to settle. */
  async function open(search: string): Promise<Page> {
    const page = await reusedTab(context);
    await page.goto(`${server.url}search/${search}`);
    await settled(page);
    return page;
  }

  async function settled(page: Page): Promise<string> {
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/results? |No results|Type words/);
    return (await status.textContent()) ?? '';
  }

  const resultTitles = async (page: Page) => (await page.locator('#search-results h2').allTextContents()).sort();

  test('a query finds the article that has the word, and not the others', async () => {
    const page = await open('?q=lighthouse');
    const expected = articles.filter((a) => /\blighthouse\b/i.test(a.text));
    expect(expected).toHaveLength(1);
    expect(await resultTitles(page)).toEqual(titles(expected));
    expect(await page.locator('#search-status').textContent()).toBe('1 result for “lighthouse”');
    // The "search needs JavaScript" notice is gone once the script runs.
    expect(await page.locator('#search-unavailable').isHidden()).toBe(true);
    const result = page.locator('#search-results li').first();
    const [article] = expected;
    // Headline links to the article; the line under it has date, section and byline.
    await expect.poll(() => result.locator('.meta').textContent()).toContain(article!.section);
    expect(await result.locator('.meta').textContent()).toContain(`By ${isolated(article!.authors[0]!)}`);
    expect(await result.locator('.meta').textContent()).toContain(article!.year);
    expect((await result.locator('mark').allTextContents()).map((t) => t.toLowerCase())).toContain('lighthouse');
    await result.locator('h2 a').click();
    // The link carries the searched word, for the article to mark it.
    await page.waitForURL(/\/2018\/05\/02\/lighthouse-keeper-retires\/\?highlight=lighthouse$/);
  });

  test('a word of the headline: the excerpt under it does not repeat it, and marks where it cuts a sentence', async () => {
    const heron = articles.find((a) => a.title === 'Volunteers count a growing heron colony');
    expect(heron).toBeDefined();
    const page = await open('?q=volunteers');
    expect(await resultTitles(page)).toContain(heron!.title);
    const result = page.locator('#search-results li', { hasText: heron!.title });
    const excerpt = (await result.locator('.excerpt').textContent()) ?? '';
    expect(excerpt).not.toContain(heron!.title);
    // The article's first words, then a cut: the excerpt is shorter than the text.
    expect(excerpt.startsWith('Binoculars in hand, twenty')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  test('an article in another language is found from the same page', async () => {
    const french = articles.find((a) => !a.lang.startsWith('en'));
    expect(french).toBeDefined();
    const page = await open('?q=habitants');
    expect(await resultTitles(page)).toEqual([french!.title]);
  });

  test('French articles are stemmed as French: a plural finds the singular', async () => {
    const french = articles.find((a) => a.lang === 'fr');
    // The article says "nombreuse"; only French stemming maps "nombreuses" onto it.
    expect(french?.text).toMatch(/\bnombreuse\b/);
    expect(french?.text).not.toMatch(/\bnombreuses\b/);
    const page = await open('?q=nombreuses');
    expect(await resultTitles(page)).toContain(french!.title);
  });

  test('a word after an elided article or a dash is found alone, and its excerpt shows the article’s own marks', async () => {
    const french = articles.find((a) => /\bd’éleveurs\b/.test(a.text));
    expect(french?.text).toMatch(/\bAnnecy–Chambéry\b/);
    for (const [query, shown, marked] of [
      ['éleveurs', 'd’éleveurs', 'éleveurs'],
      ["d'éleveurs", 'd’éleveurs', 'd’éleveurs'],
      ['Chambéry', 'Annecy–Chambéry', 'Chambéry'],
    ] as const) {
      const page = await open(`?q=${encodeURIComponent(query)}`);
      expect(await resultTitles(page), query).toEqual([french!.title]);
      const excerpt = page.locator('#search-results .excerpt').first();
      expect(await excerpt.textContent(), query).toContain(shown);
      // The excerpt marks what the query found, as the opened article does: the word, not the whole join.
      expect(await excerpt.locator('mark').allTextContents(), query).toEqual([marked]);
      if (query.includes("'")) {
        // The opened article marks the word typed, whole: not every word beginning with its d.
        await page.locator('#search-results h2 a').first().click();
        const marks = page.locator('article mark.search-hit');
        await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await marks.allTextContents()).toEqual([shown]);
      }
    }
  });

  test('a word that only begins like words of another language finds its own articles, not theirs', async () => {
    const french = articles.find((a) => /\bChambéry\b/.test(a.text));
    const english = articles.find((a) => /\bchambers\b/.test(a.text));
    expect(french?.lang).toBe('fr');
    expect(english?.lang).toBe('en');
    const bridge = articles.find((a) => /\brepairs\b/.test(a.title));
    const titlesFor = async (query: string) => {
      const page = await open(`?q=${encodeURIComponent(query)}`);
      const titles = await resultTitles(page);
      return titles;
    };
    expect(await titlesFor('chambers')).toEqual([english!.title]);
    // Pagefind's English index has no word beginning with the stem of "Chambéry" and answers with
    // "chamber", which begins it; the search page asks it for the word exactly, which it does not have.
    expect(await titlesFor('Chambéry')).toEqual([french!.title]);
    // A word the index holds only by its stem is still found ("repairing": the title's "repairs").
    expect(await titlesFor('repairing')).toEqual([bridge!.title]);
  });

  test('no results says so, with the query', async () => {
    const page = await open('?q=zeppelinqq');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “zeppelinqq”.');
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  test('a word no article has finds nothing, though a short word that begins it is common', async () => {
    // Pagefind answers a word it lacks with the longest indexed word that begins it: "in" for "interplanetary".
    expect(articles.filter((a) => /\bin\b/i.test(a.text)).length).toBeGreaterThan(1);
    expect(articles.some((a) => /\binterp/i.test(a.text))).toBe(false);
    for (const query of ['interplanetary', 'interplanetary the']) {
      const page = await open(`?q=${encodeURIComponent(query)}`);
      expect(await page.locator('#search-status').textContent()).toBe(`No results for “${query}”.`);
      expect(await page.locator('#search-results li').count()).toBe(0);
    }
  });

  test('a writer’s name finds their articles, in quotes too', async () => {
    // Names no article's text holds: only the byline can answer them.
    const names = [...new Set(articles.flatMap((a) => a.authors))].filter(
      (name) => !articles.some((a) => a.text.includes(name.split(' ').at(-1)!)),
    );
    // One with several articles is enough.
    const name = names.find((each) => articles.filter((a) => a.authors.includes(each)).length > 1);
    expect(name).toBeDefined();
    const expected = titles(articles.filter((a) => a.authors.includes(name!)));
    for (const query of [name!, `"${name}"`]) {
      const page = await open(`?q=${encodeURIComponent(query)}`);
      expect(await resultTitles(page), query).toEqual(expected);
      // The opened article marks the name in its byline, where it was found; in quotes, nothing else (its
      // first name alone, in the text or another writer's name, is not the name searched).
      await page.locator('#search-results h2 a').first().click();
      const marks = page.locator(query.startsWith('"') ? 'mark.search-hit' : 'a[rel="author"] mark.search-hit');
      await expect.poll(() => marks.allTextContents()).toEqual(query.startsWith('"') ? [name] : name!.split(' '));
    }
  });

  test('the opened article marks a quoted phrase whole, across the markup inside it, and nothing of it apart', async () => {
    const article = articles.find((a) => a.title === 'Amateur astronomers spot a comet')!;
    // The writer's first name stands alone in the text, and beside another writer's name in the byline.
    expect(article.authors).toEqual(['Priya Ashdown', 'Mara Quill']);
    expect(article.text).toMatch(/\bMara\b(?! Quill)/);
    const path = `${article.day.replaceAll('-', '/')}/telescope-club/`;
    const page = await open('');
    const marks = page.locator('mark.search-hit');
    await page.goto(`${server.url}${path}?highlight=${encodeURIComponent('"Mara Quill"')}`);
    await expect.poll(() => marks.allTextContents()).toEqual(['Mara Quill']);
    // "the *brightest comet*": the phrase crosses the emphasis; one match, marked in each part it covers.
    await page.goto(`${server.url}${path}?highlight=${encodeURIComponent('"the brightest comet"')}`);
    await expect.poll(() => marks.allTextContents()).toEqual(['the ', 'brightest comet']);
    await page.getByRole('button', { name: 'Next match' }).click();
    expect(await page.locator('.highlight-position').textContent()).toBe('1 / 1');
    expect(await page.locator('mark.search-hit.current').count()).toBe(2);
    // A word before a footnote's number is marked alone: the number is no part of it.
    await page.goto(`${server.url}${path}?highlight=comet`);
    await expect.poll(() => marks.count()).toBeGreaterThan(2);
    expect((await marks.allTextContents()).every((text) => /^comet$/i.test(text))).toBe(true);
  });

  test('the words of a dateline, or of its time zone, find only articles that say them', async () => {
    const month = (a: FixtureArticle) =>
      new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.parse(a.day));
    const said = (word: string) => articles.filter((a) => new RegExp(`\\b${word}`, 'i').test(a.text));
    // Months some article is dated in and none names; "UTC", which every dateline with a time shows.
    const unsaid = [...new Set(articles.map(month))].filter((word) => said(word).length === 0);
    expect(unsaid.length).toBeGreaterThan(0);
    expect([...said('UTC'), ...said('000Z')]).toEqual([]);
    for (const query of [unsaid[0]!, 'UTC', '000Z']) {
      const page = await open(`?q=${encodeURIComponent(query)}`);
      expect(await page.locator('#search-status').textContent(), query).toBe(`No results for “${query}”.`);
    }
  });

  const filterCases: [string, string, (a: FixtureArticle) => boolean][] = [
    ['section', 'Politics', (a) => a.section === 'Politics'],
    ['author', 'Mara Quill', (a) => a.authors.includes('Mara Quill')],
    ['tag', 'coast', (a) => a.tags.includes('coast')],
    ['year', '2021', (a) => a.year === '2021'],
    ['source', 'Harbour Gazette', (a) => a.source === 'Harbour Gazette'],
  ];

  test.each(filterCases)('the %s filter narrows results to %s, and goes into the URL', async (key, value, matches) => {
    const page = await open('?q=the');
    const everything = articles.filter((a) => /\bthe\b/i.test(a.text));
    expect(await settled(page)).toContain(`${everything.length} results`);
    const expected = everything.filter(matches);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everything.length);
    await page.locator(`#filter-${key}`).selectOption(value);
    await page.waitForURL((url) => url.searchParams.get(key) === value);
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toMatch(new RegExp(`^${expected.length} results? for “the” with these filters`));
    expect(await resultTitles(page)).toEqual(titles(expected));
  });

  test.each(['newest', 'oldest'] as const)('sorting by date (%s) orders the results, from the URL', async (sort) => {
    const page = await open(`?tag=coast&sort=${sort}`);
    const coast = articles
      .filter((a) => a.tags.includes('coast'))
      .sort((a, b) => (sort === 'newest' ? b.time - a.time : a.time - b.time));
    expect(await page.locator('#search-sort').inputValue()).toBe(sort);
    expect(await page.locator('#filter-tag').inputValue()).toBe('coast');
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(coast.map((a) => a.title));
  });

  test('a search by filters alone, in "best match" order, lists the newest first: there are no words to rank by', async () => {
    const page = await open('?tag=coast');
    const coast = articles.filter((a) => a.tags.includes('coast')).sort((a, b) => b.time - a.time);
    expect(coast.length).toBeGreaterThan(2);
    expect(await page.locator('#search-sort').inputValue()).toBe('relevance');
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(coast.map((a) => a.title));
  });

  test('date sort interleaves languages', async () => {
    const page = await open('?sort=newest&section=Culture');
    const culture = articles.filter((a) => a.section === 'Culture').sort((a, b) => b.time - a.time);
    expect(new Set(culture.map((a) => a.lang)).size).toBeGreaterThan(1);
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(culture.map((a) => a.title));
  });

  test('long result lists load more on request', async () => {
    const page = await open('?q=the');
    const all = articles.filter((a) => /\bthe\b/i.test(a.text));
    expect(all.length).toBeGreaterThan(10);
    expect(await page.locator('#search-results li').count()).toBe(10);
    const more = page.locator('#search-more');
    await more.click();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(all.length);
    await expect.poll(() => more.isHidden()).toBe(true);
    // Keyboard users land on the first new result.
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10],
      ),
    ).toBe(true);
  });

  test('a double click on "load more" neither repeats nor skips results', async () => {
    const page = await open('?q=the&sort=newest');
    const all = articles.filter((a) => /\bthe\b/i.test(a.text));
    await page.locator('#search-more').dblclick();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(all.length);
    const shown = await page.locator('#search-results h2').allTextContents();
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual(titles(all));
  });

  test('the URL follows typing, and the back button returns to the previous search', async () => {
    const page = await open('?q=heron');
    expect(await resultTitles(page)).toEqual(titles(articles.filter((a) => /\bherons?\b/i.test(a.text))));
    const input = page.getByLabel('Words to find');
    await input.fill('');
    await input.pressSequentially('regatta');
    await page.waitForURL((url) => url.searchParams.get('q') === 'regatta');
    await expect.poll(() => resultTitles(page)).toEqual(titles(articles.filter((a) => /\bregatta\b/i.test(a.text))));
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'heron');
    expect(await input.inputValue()).toBe('heron');
    await expect.poll(() => resultTitles(page)).toEqual(titles(articles.filter((a) => /\bherons?\b/i.test(a.text))));
  });

  test('the header search box on any page opens the search with results', async () => {
    const page = await reusedTab(context);
    await page.goto(server.url);
    // Its name is the words it shows.
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('kelp');
    expect(await page.getByRole('searchbox', { name: 'Search articles' }).getAttribute('placeholder')).toBe(
      'Search articles',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'kelp');
    expect(await settled(page)).toMatch(/^1 result for “kelp”/);
    // Results are announced: the status is a live region.
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
  });

  test('without JavaScript the page says search needs it and links to the archives', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}search/?q=ferry`);
    await expect.poll(() => page.locator('#search-unavailable').innerText()).toContain('needs JavaScript');
    expect(await page.locator('main a[href="/archive/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/sections/"]').count()).toBe(1);
    expect(await page.locator('#search-form').isHidden()).toBe(true);
    await noScript.close();
  });

  test('opened from disk (file://), the page says search needs a web server', async () => {
    const fromDisk = await browser.newContext();
    const page = await fromDisk.newPage();
    await page.goto(`file://${join(build.dist, 'search', 'index.html')}`);
    expect(await page.locator('#search-unavailable').isVisible()).toBe(true);
    expect(await page.locator('#search-unavailable').innerText()).toContain('served by a web server');
    await fromDisk.close();
  });

  test('nothing logged an error, and no request left the site', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
