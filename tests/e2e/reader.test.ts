/**
 * What a reader gets beyond search, built once from the basic fixture under a
 * sub-path and read both from dist/ and in headless Chromium: calendars,
 * related articles, corrections, on-this-day, print, the Content-Security-Policy
 * holding on every kind of page, and an axe-core accessibility pass over one
 * page of every kind in both colour schemes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { auditPage, newAuditPage, watchProblems, type AuditPage } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { parsePage } from '../helpers/html.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

// The base and zone preview.test.ts builds with too: one build serves both files.
const BASE = '/my-archive/';
let site: BuildResult;

beforeAll(async () => {
  // West of UTC this time (build-archive.test.ts builds far east): dates must not move either way.
  site = await sharedBuild({
    content: 'tests/fixtures/basic/articles',
    base: BASE,
    env: { TZ: 'America/Los_Angeles' },
  });
  expect(site.code, site.output).toBe(0);
});

describe('reader features in the build', () => {
  test('dates stay as written on a machine west of UTC', async () => {
    const page = parsePage(await site.read('2019/12/31/new-years-eve-ferry/index.html'));
    expect(page.text('.article-meta time')).toBe('31 December 2019, 23:30 (UTC−08:00)');
    const month = parsePage(await site.read('2021/03/index.html'));
    expect(month.text('#day-14')).toBe('Sunday 14 March 2021');
  });

  test('a year shows its twelve months; months without articles are not links', async () => {
    const page = parsePage(await site.read('2021/index.html'));
    const months = page.all('.month-grid li');
    expect(months).toHaveLength(12);
    expect(page.all('.month-grid a').map((a) => a.properties['href'])).toEqual([`${BASE}2021/03/`]);
    expect(page.text('.month-grid')).toContain('March 2 articles');
  });

  test('a month shows a day grid; only days with articles link, with their counts', async () => {
    const page = parsePage(await site.read('2021/03/index.html'));
    expect(page.all('.calendar tbody td').filter((td) => td.children.length > 0)).toHaveLength(31);
    expect(page.all('.calendar a').map((a) => a.properties['href'])).toEqual([`${BASE}2021/03/#day-14`]);
    // Screen readers hear "14: 2 articles"; the grid shows 14 and 2.
    expect(page.text('.calendar a')).toBe('14: 2 articles');
    // March 2021 began on a Monday: no padding before the 1st.
    expect(page.text('.calendar tbody tr:first-child td:first-child')).toBe('1');
  });

  test('corrections: a dated log under the article, oldest first, and a page of all, newest first', async () => {
    const article = parsePage(await site.read('2021/03/14/orchard-frost/index.html'));
    expect(article.all('.corrections li').map((li) => li.children.length > 0)).toHaveLength(2);
    expect(article.text('.corrections li:first-child')).toBe(
      '15 March 2021, 09:00 (UTC+01:00): The frost warning was lifted on Monday morning.',
    );
    const all = parsePage(await site.read('corrections/index.html'));
    expect(all.all('.corrections-list h2 a').map((a) => a.properties['href'])).toEqual([
      `${BASE}2021/03/14/orchard-frost/`,
      `${BASE}2021/03/14/orchard-frost/`,
    ]);
    expect(all.text('.corrections-list li:first-child')).toContain('An earlier version gave the wrong name');
  });

  test('related coverage links articles sharing tags, authors or section, never the article itself', async () => {
    const page = parsePage(await site.read('2021/03/14/orchard-frost/index.html'));
    const related = page.all('.related a').map((a) => String(a.properties['href']));
    // It shares "farming" with the market story and "council"/Bram Osei with the budget vote.
    expect(related.slice(0, 2).sort()).toEqual([
      `${BASE}2020/01/01/council-budget-vote/`,
      `${BASE}2021/03/14/orchard-market/`,
    ]);
    expect(related).not.toContain(`${BASE}2021/03/14/orchard-frost/`);
  });

  test('one on-this-day file per calendar day, leap day included', async () => {
    const march14 = JSON.parse(await site.read('on-this-day/03-14.json')) as { url: string; day: string }[];
    expect(march14.map((entry) => entry.url)).toEqual(['/2021/03/14/orchard-frost/', '/2021/03/14/orchard-market/']);
    expect(JSON.parse(await site.read('on-this-day/02-29.json'))).toEqual([]);
    expect(JSON.parse(await site.read('on-this-day/12-31.json'))).toHaveLength(1);
  });
});

const PAGES: [kind: string, path: string][] = [
  ['home', ''],
  ['article', '2020/01/01/council-budget-vote/'],
  ['article in French', '2022/06/21/festival-des-lanternes/'],
  ['year', '2021/'],
  ['month calendar', '2021/03/'],
  ['by date', 'archive/'],
  ['section', 'sections/politics/'],
  ['sections index', 'sections/'],
  ['tag', 'tags/farming/'],
  ['tags index', 'tags/'],
  ['author', 'authors/ada-quill/'],
  ['source', 'sources/northshore-weekly/'],
  ['search', 'search/?q=orchard'],
  ['on this day', 'on-this-day/'],
  ['corrections', 'corrections/'],
  ['404', '404.html'],
];

describe.skipIf(browserSkip !== '')(`reading in Chromium ${browserSkip}`, () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serve(site.dist, BASE);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a page, recording console errors, CSP violations and requests leaving the origin. */
  async function open(page: Page, path: string) {
    const problems = await watchProblems(page, server.origin);
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    return problems;
  }

  test('on this day picks the reader’s date in the browser, earlier years only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-03-14T10:00:00'));
    expect(await open(page, 'on-this-day/')).toEqual([]);
    await page.waitForSelector('#on-this-day ol');
    expect(
      await page.locator('#on-this-day h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual([`${BASE}2021/03/14/orchard-frost/`, `${BASE}2021/03/14/orchard-market/`]);
    await page.clock.setFixedTime(new Date('2026-07-04T10:00:00'));
    await page.reload();
    await expect
      .poll(() => page.locator('#on-this-day').textContent())
      .toContain('Nothing in the archive was published on 4 July');
    await context.close();
  });

  test('a citation is accessed on the reader’s day, in the entry and in both downloads', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The fixture is built with SOURCE_DATE_EPOCH unset (built today); the reader reads later.
    await page.clock.setFixedTime(new Date('2031-08-09T10:00:00'));
    expect(await open(page, '2020/01/01/council-budget-vote/')).toEqual([]);
    await expect.poll(() => page.locator('.cite time.accessed').textContent()).toBe('August 9, 2031');
    expect(await page.locator('.cite time.accessed').getAttribute('datetime')).toBe('2031-08-09');
    expect(await page.locator('.citation').textContent()).toContain('Accessed August 9, 2031.');
    const records = await page
      .locator('.cite-downloads a')
      .evaluateAll((links) =>
        links.map((a) => decodeURIComponent((a.getAttribute('href') ?? '').replace(/^data:[^,]*,/, ''))),
      );
    expect(records[0]).toContain('  urldate = {2031-08-09},\n');
    expect(records[1]?.split('\r\n')).toContain('Y2  - 2031/08/09/');
    // Nothing else moved: the publication date is still the article's.
    expect(records[0]).toContain('  date = {2020-01-01},\n');
    await context.close();
  });

  test('printing shows the article alone, with its address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page, '2021/03/14/orchard-frost/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.masthead', '.site-footer', '.prev-next', '.related']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['article h1', '.byline', '.article-body', '.corrections']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    expect(await page.locator('.print-only').textContent()).toBe(
      `http://localhost:4321${BASE}2021/03/14/orchard-frost/`,
    );
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').isVisible()).toBe(false);
    await context.close();
  });

  describe('every kind of page, under the strict CSP', () => {
    // One page walks them all, each load checked for CSP violations and errors, then audited by axe.
    let audit: AuditPage;
    beforeAll(async () => {
      audit = await newAuditPage(browser, server.origin);
    });
    afterAll(() => audit?.page.close());

    test.each(PAGES)(
      'the %s page: no CSP violation or console error, and axe finds nothing in the light and the dark scheme',
      async (_kind, path) => {
        const found = await auditPage(audit, `${server.url}${path}`, async (page) => {
          if (path.startsWith('search/'))
            await page.waitForFunction(
              () => (document.getElementById('search-status')?.textContent ?? '') !== '',
              undefined,
              { timeout: 10_000 },
            );
        });
        expect(found).toEqual({ problems: [], light: [], dark: [], duringAxe: [] });
        expect(
          await audit.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
        ).toContain("default-src 'self'");
      },
    );
  });
});
