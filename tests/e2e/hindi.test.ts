/**
 * A Hindi archive with an Urdu article (tests/fixtures/i18n/hi), in Chromium,
 * as a reader of a Hindi district paper uses it: the interface in Hindi, and
 * search that reads Hindi words with their vowel signs (पुल, "bridge", is not
 * पल, "moment", though Pagefind's default drops every combining mark as it
 * drops accents) and numbers in either digits. The Urdu article keeps its own
 * language, direction and Nastaliq faces, its copyright notice included; a
 * Bengali one is found however its letters were typed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { reusedTab } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

const BRIDGE = 'नर्मदा पर नया पुल जनता के लिए खुला';
const FAIR = 'नर्मदा जयंती का मेला इस बार भी लगेगा';
const RAIN = 'बेमौसम बारिश से गेहूँ की फसल बर्बाद';

describe.skipIf(browserSkip !== '')(`a Hindi archive, in Chromium ${browserSkip}`, () => {
  let site: BuildResult;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await sharedBuild({
      content: 'tests/fixtures/i18n/hi/articles',
      env: { CLIPPINGS_SITE_FILE: 'tests/fixtures/i18n/hi/site.json' },
    });
    expect(site.code, site.output).toBe(0);
    server = await serve(site.dist);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('every label is translated, with no fallback to English', () => {
    expect(site.output).not.toContain('[clippings:i18n]');
  });

  test('the interface is Hindi: navigation, dates, reading time, calendar weeks from Sunday', async () => {
    const page = await reusedTab(browser);
    await page.goto(`${server.url}2019/03/12/narmada-pul/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('hi');
    expect(await page.locator('.site-nav').textContent()).toContain('ताज़ा');
    expect(await page.locator('.article-meta time').textContent()).toContain('12 मार्च 2019');
    expect(await page.locator('.article-meta').textContent()).toContain('1 मिनट में पढ़ें');
    await page.goto(`${server.url}2019/03/`);
    expect(await page.locator('.calendar th abbr').first().getAttribute('title')).toBe('रविवार');
    expect(await page.locator('.calendar th').first().textContent()).toBe('रवि');
  });

  /** The titles a search lists, and the words its excerpts mark. */
  async function search(page: Page, query: string): Promise<{ titles: string[]; marks: string[] }> {
    const path = `search/?q=${encodeURIComponent(query)}`;
    await page.goto(`${server.url}${path}`);
    // Results, or the sentence that says there are none (it has no digit for waitForSearch to wait for).
    await page.waitForFunction(
      () =>
        document.querySelector('#search-results li') !== null ||
        (document.getElementById('search-status')?.textContent ?? '').includes('कोई परिणाम नहीं'),
      undefined,
      { timeout: 15_000 },
    );
    const titles = await page.locator('#search-results li h2').allTextContents();
    const marks = await page.locator('#search-results li mark').allTextContents();
    return { titles: titles.map((title) => title.trim()), marks };
  }

  test('a Hindi word is found with its vowel signs as written, and in its other forms', async () => {
    const page = await reusedTab(browser);
    expect(await search(page, 'पुल')).toEqual({ titles: [BRIDGE], marks: expect.arrayContaining(['पुल']) as string[] });
    // पल ("moment") is in the fair's story only; stripped of its vowel sign, पुल ("bridge") would be पल too.
    expect((await search(page, 'पल')).titles).toEqual([FAIR]);
    expect((await search(page, 'पल')).marks).toEqual(['पल']);
    // माला ("garland") is in no article: it is not मेला ("fair") nor मिलेगी.
    expect((await search(page, 'माला')).titles).toEqual([]);
    // Hindi's stemming: किसान finds "किसानों".
    expect((await search(page, 'किसान')).titles.sort()).toEqual([FAIR, RAIN].sort());
  });

  test('a number is found in either digits, and marked as the article writes it', async () => {
    const page = await reusedTab(browser);
    expect(await search(page, '30')).toEqual({ titles: [RAIN], marks: ['३०'] });
    expect(await search(page, '१२००')).toEqual({ titles: [BRIDGE], marks: ['1,200'] });
    expect(await search(page, '"३० प्रतिशत"')).toEqual({ titles: [RAIN], marks: ['३० प्रतिशत'] });
  });

  test('a Bengali word is found however its letters are typed: য় as one character or two, with or without a joiner', async () => {
    const page = await reusedTab(browser);
    // The story writes ঢাকায় with য় as one character (U+09DF), র‍্যাব with a zero-width joiner, উদ্‌যাপিত with a non-joiner.
    const fair = 'কলকাতায় বাংলা বইমেলা উদ্যাপিত হলো';
    const found = async (query: string) =>
      (await search(page, query)).titles.map((title) => title.replace(/[\u200C\u200D]/g, ''));
    for (const query of ['ঢাকা\u09DF', 'ঢাকা\u09AF\u09BC', 'র্যাব', 'র\u200D্যাব', 'উদ্যাপিত', 'উদ্\u200Cযাপিত'])
      expect(await found(query), JSON.stringify(query)).toEqual([fair.normalize('NFC')]);
    // A case ending the story does not write finds the word it ends (বইমেলার, "of the book fair"): Bengali is this
    // archive's one language in its letters, so Pagefind's shorter word is no other language's.
    expect(await found('বইমেলার')).toEqual([fair.normalize('NFC')]);
    await search(page, 'উদ্যাপিত');
    // The excerpt runs from the headline into the story with Bengali's own stop, never a Latin ". " after a letter.
    const excerpt = (await page.locator('#search-results li .excerpt').first().textContent()) ?? '';
    expect(excerpt).toContain('।');
    expect(excerpt).not.toMatch(/\p{Script=Bengali}\. /u);
    // Opened from the results, the story marks the word as it writes it, joiner and all.
    await page.goto(`${server.url}2019/03/18/boimela/?highlight=${encodeURIComponent('র্যাব')}`);
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toEqual(['র\u200D্যাব']);
    // Its tag written with the joiner is one page, at the address typed without it.
    await page.goto(`${server.url}tags/${encodeURIComponent('র্যাব')}/`);
    expect(await page.locator('.article-list h2').allTextContents()).toHaveLength(1);
  });

  test('an Urdu word typed on an Arabic or Persian keyboard (ه for Urdu’s ہ) finds and marks it as the article writes it', async () => {
    const page = await reusedTab(browser);
    const mushaira = 'شہر میں عالمی مشاعرے کا انعقاد';
    for (const query of ['شہر', 'شهر', 'مشاعرہ', 'مشاعره'])
      expect((await search(page, query)).titles, query).toEqual([mushaira]);
    expect((await search(page, 'شهر')).marks).toContain('شہر');
    await page.goto(`${server.url}2019/03/16/mushaira/?highlight=${encodeURIComponent('مشاعره')}`);
    await page.locator('.article-body mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.article-body mark').allTextContents()).toContain('مشاعرہ');
  });

  test('an Urdu article keeps its language, direction and Nastaliq faces, its copyright notice too', async () => {
    const page = await reusedTab(browser);
    await page.goto(`${server.url}2019/03/16/${encodeURIComponent('mushaira')}/`);
    expect(await page.locator('article').getAttribute('dir')).toBe('rtl');
    const copyright = page.locator('.copyright');
    expect([await copyright.getAttribute('lang'), await copyright.getAttribute('dir')]).toEqual(['ur', 'rtl']);
    const font = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).fontFamily);
    expect(await font('article h1')).toMatch(/^"Noto Nastaliq Urdu"/);
    expect(await font('.article-body p')).toMatch(/^"Noto Nastaliq Urdu"/);
    expect(await font('.copyright')).toMatch(/^"Noto Nastaliq Urdu"/);
    // The labels around it are Hindi, in the interface's faces and line height.
    expect(await font('.article-meta')).not.toContain('Nastaliq');
    expect(await font('.masthead')).not.toContain('Nastaliq');
    expect((await page.locator('.masthead').boundingBox())?.height).toBeLessThanOrEqual(64);
  });
});
