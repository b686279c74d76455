/**
 * A quoted phrase rarer than its words, in Chromium, on the plain and the
 * `/clip/` base-path builds. Every article of a small written-here archive
 * has both words side by side, one of them inflected (so only its text can
 * rule it out); only the two oldest have the phrase, one of them as a
 * hyphenated word. The page
 * checks at most PHRASE_CHECK_BUDGET candidates a request (each costs a
 * fragment fetch), so newest first it must say how many it checked instead
 * of "no results", and "Check older articles" must go on and find the match,
 * a state that survives opening the article and coming Back. The oldest
 * has its words apart at the top and the phrase further down: its excerpt
 * must be the phrase's, the phrase marked alone.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PHRASE_CHECK_BUDGET } from '../../src/search/phrases.ts';
import { BUILDS, buildFixture, type BuildResult } from '../helpers/build.ts';
import { recordPageErrors, reusedTab } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import type { OfflineManifest } from '../../src/search/offline-manifest.ts';

/** More candidates than one request may check, so the oldest is past the budget newest first. */
const ARTICLES = PHRASE_CHECK_BUDGET + 6;
const PHRASE = 'ferry harbour';
/** The articles with the phrase, newest first. */
const MATCHES = ['Notes from the quay, number 1', 'Notes from the quay, number 0'];

/**
 * Writes the archive: articles 0 (the oldest) and 1 have the phrase, 1 as one hyphenated word; 0 has
 * its words apart first, where they are densest, so Pagefind's excerpt would be there and not hold it.
 * @param daysApart one article every so many days from 2020-01-01 (6 spreads them over the year, so over shards)
 */
async function writeArticles(daysApart = 1): Promise<string> {
  await mkdir(BUILDS, { recursive: true });
  const folder = await mkdtemp(join(BUILDS, 'phrase-articles-'));
  for (let i = 0; i < ARTICLES; i++) {
    const day = new Date(Date.UTC(2020, 0, 1 + i * daysApart)).toISOString().slice(0, 10);
    const body =
      i === 0
        ? 'The ferry to the harbour was late, and the second ferry waited off the harbour wall while the pilot boat went out. ' +
          'Timetables were pinned inside the office window, and the clerk explained twice that the evening crossing would ' +
          'depend on the wind, the tide and the mood of the crew. ' +
          'At dawn the ferry harbour was quiet, and the gulls kept to the breakwater.'
        : i === 1
          ? 'At noon the ferry-harbour was busy, and the gulls kept to the breakwater.'
          : i === 2
            ? "The ferry harbours along the coast were quiet; twelve cars waited. The gulls don't stop calling."
            : 'The ferry harbours along the coast were quiet; twelve cars waited for the morning boat.';
    const dir = join(folder, day.slice(0, 4), day.slice(5, 7));
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, `quay-notes-${i}.md`),
      `---\ntitle: Notes from the quay, number ${i}\ndate: "${day}"\nauthors: [Mara Quill]\nsection: Local\ntags: [coast]\n---\n${body}\n`,
    );
  }
  return folder;
}

/** Builds the articles under `base`, serves them and opens Chromium, its page errors recorded in `errors`. */
async function openSite(content: string, base: string, env: Record<string, string>, errors: string[]) {
  const build = await buildFixture({ content, base, env });
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  const server = await serve(build.dist, base);
  const browser = await launchChromium();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  recordPageErrors(context, errors);
  return { build, server, browser, context };
}

describe.skipIf(browserSkip !== '').each(['/', '/clip/'])(
  `a phrase rarer than its words, under %s, in Chromium ${browserSkip}`,
  (base) => {
    let server: StaticServer;
    let browser: Browser;
    let context: BrowserContext;
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      ({ server, browser, context } = await openSite(await writeArticles(), base, {}, consoleErrors));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const status = (page: Page) => page.locator('#search-status').textContent();
    const titles = (page: Page) => page.locator('#search-results h2').allTextContents();
    /** Fragments the page fetched: one per candidate checked (and per result shown). */
    const fragments = (requested: string[]) => requested.filter((path) => path.endsWith('.pf_fragment')).length;

    test('says how many it checked, and "Check older articles" finds the older matches; Back keeps them', async () => {
      const page = await reusedTab(context);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.url}search/?q=${encodeURIComponent(`"${PHRASE}"`)}&sort=newest`);
      await expect
        .poll(() => status(page), { timeout: 20_000 })
        .toBe(
          `Checked the ${PHRASE_CHECK_BUDGET} newest articles with these words for the exact phrase “${PHRASE}”: 0 found so far.`,
        );
      expect(await titles(page)).toEqual([]);
      // Only the budget was read: not every candidate of the archive.
      expect(fragments(requested)).toBe(PHRASE_CHECK_BUDGET);
      const more = page.locator('#search-more');
      await expect.poll(() => more.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await more.textContent()).toBe('Check older articles');

      await more.click();
      await expect.poll(() => titles(page), { timeout: 20_000 }).toEqual(MATCHES);
      await expect.poll(() => status(page), { timeout: 15_000 }).toBe(`2 results for “${PHRASE}”`);
      expect(await more.isVisible()).toBe(false);
      // Each excerpt is the phrase's, the phrase marked whole and nothing else: not its words where Pagefind found them.
      const excerpts = page.locator('#search-results .excerpt');
      expect(await excerpts.locator('mark').allTextContents()).toEqual(['ferry-harbour', 'ferry harbour']);
      expect(await excerpts.last().textContent()).toContain('At dawn the ferry harbour was quiet');
      // Each candidate's text was read once.
      expect(fragments(requested)).toBe(ARTICLES);

      await page.locator('#search-results h2 a').first().click();
      await page.waitForURL((url) => !url.pathname.endsWith('/search/'));
      await page.goBack();
      await expect.poll(() => titles(page), { timeout: 20_000 }).toEqual(MATCHES);
      await expect.poll(() => status(page), { timeout: 15_000 }).toBe(`2 results for “${PHRASE}”`);
    }, 90_000); // fifty-six fragments, an article and Back: more than 30 s on a busy machine

    test('by relevance, the same honesty, in its own words', async () => {
      const page = await reusedTab(context);
      await page.goto(`${server.url}search/?q=${encodeURIComponent(`"${PHRASE}"`)}`);
      await expect
        .poll(() => status(page), { timeout: 20_000 })
        .toMatch(
          new RegExp(
            `^Checked ${PHRASE_CHECK_BUDGET} articles with these words, best matches first, for the exact phrase “${PHRASE}”: [0-2] found so far\\.$`,
          ),
        );
      expect(await page.locator('#search-more').textContent()).toBe('Check more articles');
      await page.locator('#search-more').click();
      await expect.poll(async () => (await titles(page)).sort(), { timeout: 20_000 }).toEqual([...MATCHES].sort());
    });

    test('words far apart cost no fragment: their positions rule the page out', async () => {
      const page = await reusedTab(context);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      // "gulls … breakwater" stand apart in the two oldest articles, in none of the others.
      await page.goto(`${server.url}search/?q=${encodeURIComponent('"gulls breakwater"')}`);
      await expect.poll(() => status(page), { timeout: 20_000 }).toBe('No results for “gulls breakwater”.');
      expect(fragments(requested)).toBe(0);
    });

    test('a phrase with a contraction is found: its words are looked up as typed', async () => {
      const page = await reusedTab(context);
      await page.goto(`${server.url}search/?q=${encodeURIComponent(`"don't stop"`)}`);
      await expect.poll(() => titles(page), { timeout: 20_000 }).toEqual(['Notes from the quay, number 2']);
    });

    test('nothing logged an error', () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);

describe.skipIf(browserSkip !== '')(`a phrase over index shards, in Chromium ${browserSkip}`, () => {
  let build: BuildResult;
  let manifest: OfflineManifest;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // The same articles over 2020, fifteen a shard: four shards, the matches in the oldest.
    const env = { CLIPPINGS_SEARCH_SHARD_SIZE: '15' };
    ({ build, server, browser, context } = await openSite(await writeArticles(6), '/', env, consoleErrors));
    manifest = JSON.parse(await build.read('offline.json')) as OfflineManifest;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The shards whose index a page read (metadata, chunks, fragments; Pagefind's loader lives in the first folder). */
  const shardsRead = (requested: string[]) =>
    new Set(
      manifest.bundles.filter((bundle) =>
        requested.some((path) => path.startsWith(`/${bundle.path}`) && /\.pf_[a-z]+$/.test(path)),
      ),
    );
  const pagesIn = (bundles: Set<OfflineManifest['bundles'][number]>) =>
    [...bundles].reduce((sum, bundle) => sum + (bundle.indexes?.['en']?.page_count ?? 0), 0);

  test('the first screen checks the newest shards only, says so, and "Check older articles" opens the rest', async () => {
    expect(manifest.bundles.length).toBeGreaterThanOrEqual(3);
    const page = await reusedTab(context);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/?q=${encodeURIComponent(`"${PHRASE}"`)}&sort=newest`);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Checked the \d+ newest articles/);
    const read = shardsRead(requested);
    // Every article has both words, so every article of the shards read was a candidate, and only those.
    const checked = pagesIn(read);
    expect(await status.textContent()).toBe(
      `Checked the ${checked} newest articles with these words for the exact phrase “${PHRASE}”: 0 found so far.`,
    );
    expect(checked).toBeLessThan(PHRASE_CHECK_BUDGET);
    expect(read.size).toBeLessThan(manifest.bundles.length);
    const oldest = manifest.bundles[0];
    expect(oldest && read.has(oldest)).toBe(false);
    expect(await page.locator('#search-results h2').allTextContents()).toEqual([]);

    const more = page.locator('#search-more');
    expect(await more.textContent()).toBe('Check older articles');
    await more.click();
    await expect.poll(() => page.locator('#search-results h2').allTextContents(), { timeout: 20_000 }).toEqual(MATCHES);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`2 results for “${PHRASE}”`);
    expect(shardsRead(requested).size).toBe(manifest.bundles.length);
  }, 60_000);

  test('a phrase whose words the newest shards lack is looked for further without asking', async () => {
    const page = await reusedTab(context);
    // "At dawn" begins only the oldest article.
    await page.goto(`${server.url}search/?q=${encodeURIComponent('"at dawn"')}`);
    await expect
      .poll(() => page.locator('#search-results h2').allTextContents(), { timeout: 20_000 })
      .toEqual(['Notes from the quay, number 0']);
  });

  test('nothing logged an error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
