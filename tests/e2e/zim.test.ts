/**
 * The archive as one ZIM file, end to end: the zim fixture built and packed by
 * the real `npm run zim`, checked by openZIM's zimcheck, served by kiwix-serve
 * and read in headless Chromium, searched through Kiwix's full-text index (a
 * Japanese word too) and its metadata read back from Kiwix's catalog.
 * Skipped without the ZIM tools (see tests/helpers/zim-tools.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILDS, buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import { startKiwixServe, zimSkip, type KiwixServer } from '../helpers/zim-tools.ts';

const FIXTURE = 'tests/fixtures/zim/articles';
const site = JSON.parse(readFileSync(join(projectRoot, 'content', 'site.json'), 'utf8')) as {
  title: string;
  description: string;
  lang: string;
  publisher: string;
};

/** The fixture's articles, read from their files: where each lives and its text. */
const articles = readdirSync(join(projectRoot, FIXTURE), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const [, yaml = '', body = ''] = readFileSync(join(projectRoot, FIXTURE, file), 'utf8').split(/^---$/m);
    const data = parse(yaml) as { title: string; date: string; slug?: string };
    const slug = file.replace(/^.*\//, '').replace(/\.md$/, '');
    return {
      title: data.title,
      path: `${String(data.date).replaceAll('-', '/')}/${slug}/index.html`,
      text: `${data.title}\n${body}`,
    };
  });

/** Words each said by one article of the fixture, a Japanese one among them. */
const WORDS = ['gantry', 'madrigal', 'bathymetry', '桟橋'];

const skip = zimSkip || browserSkip;

describe.skipIf(skip !== '')(`the archive as a ZIM file for Kiwix ${skip}`, () => {
  let built: BuildResult;
  let zim: string;
  let zimOutput: string;
  let kiwix: KiwixServer;
  let browser: Browser;

  beforeAll(async () => {
    built = await buildFixture({ content: FIXTURE });
    expect(built.code, built.output).toBe(0);
    // 1. Build the ZIM with the real command, over the fixture's build.
    zim = join(await mkdtemp(join(BUILDS, 'zim-')), 'fixture-archive.zim');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CLIPPINGS_CONTENT_DIR: join(projectRoot, FIXTURE),
      CLIPPINGS_OUT_DIR: built.dist,
      CLIPPINGS_CACHE_DIR: join(built.dist, '..', 'cache'),
    };
    for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'zim.ts'), '--out', zim], {
        cwd: projectRoot,
        env,
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (code) => done({ code, output }));
    });
    zimOutput = output;
    expect(code, output).toBe(0);
    kiwix = await startKiwixServe(zim);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await kiwix?.stop();
  });

  test('npm run zim packs the fresh build as it is, without building again', () => {
    expect(zimOutput).not.toContain('Building the site first');
    expect(zimOutput).toMatch(new RegExp(`ZIM: .*fixture-archive\\.zim, .* ${articles.length} articles in \\d+ pages`));
  });

  test('2. zimcheck finds no error in the file', () => {
    const check = spawnSync('zimcheck', ['-A', zim], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toContain('Overall Test Status: Pass');
    expect(check.status).toBe(0);
  });

  /** Opens a page of the book, recording every console error, failed or off-site request and error response. */
  async function reader(): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // kiwix-serve 3.3 adds its toolbar to every page; its bundled jQuery probes inline
      // event handlers, which our CSP refuses. That is the server's script, not the archive's.
      const fromKiwix = message.location().url.startsWith(`${kiwix.origin}/skin/`);
      if (message.type() === 'error' && !fromKiwix)
        problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(`${kiwix.origin}/`) && !request.url().startsWith('data:'))
        problems.push(`request off the server: ${request.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        if (!event.sourceFile.includes('/skin/'))
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    return { page, problems };
  }

  /** Every image drawn and every stylesheet loaded on the page, and the page inside the book. */
  async function expectWhole(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    expect(page.url().startsWith(`${kiwix.origin}/${kiwix.book}/`), page.url()).toBe(true);
    const broken = await page.evaluate(() => ({
      images: [...document.images]
        .filter((image) => !image.complete || image.naturalWidth === 0)
        .map((image) => image.src),
      styles: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')]
        .filter((link) => link.sheet === null)
        .map((link) => link.href),
      ownStyles: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')].filter((link) =>
        link.href.includes('/_astro/'),
      ).length,
    }));
    expect(broken.images).toEqual([]);
    expect(broken.styles).toEqual([]);
    expect(broken.ownStyles).toBeGreaterThan(0);
    // Every link of the page that stays on the server leads to something in the book.
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href.split('#')[0] as string),
    );
    const internal = [...new Set(links.filter((href) => href.startsWith(`${kiwix.origin}/${kiwix.book}/`)))];
    expect(internal.length).toBeGreaterThan(0);
    const statuses = await Promise.all(internal.map(async (href) => [href, (await fetch(href)).status] as const));
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  }

  test(
    '4. the main page leads to an article, its month, section and tag, and back home, with nothing broken',
    { timeout: 90_000 },
    async () => {
      const { page, problems } = await reader();
      await page.goto(`${kiwix.origin}/${kiwix.book}/`);
      await expectWhole(page);
      expect(await page.title()).toBe(site.title);

      const crane = articles.find((article) => article.text.includes('gantry'))!;
      await page.locator('main').getByRole('link', { name: crane.title }).first().click();
      await expectWhole(page);
      expect(page.url()).toBe(`${kiwix.origin}/${kiwix.book}/${crane.path}`);
      expect(await page.locator('h1').first().textContent()).toBe(crane.title);
      expect(await page.locator('main img').count()).toBeGreaterThan(0);

      // The dateline leads to the month, the section and tag names to their pages.
      for (const [name, pattern] of [
        ['5 March 2024', /\/2024\/03\/index\.html#day-05$/],
        ['Business', /\/sections\/business\/index\.html$/],
        ['harbour', /\/tags\/harbour\/index\.html$/],
      ] as const) {
        await page.goto(`${kiwix.origin}/${kiwix.book}/${crane.path}`);
        await page.locator('main').getByRole('link', { name, exact: true }).first().click();
        await expectWhole(page);
        expect(page.url(), name).toMatch(pattern);
        expect(await page.locator('main').getByRole('link', { name: crane.title }).count(), name).toBeGreaterThan(0);
      }

      await page.locator('a.site-title').click();
      await expectWhole(page);
      expect(page.url()).toMatch(new RegExp(`/${kiwix.book}/index\\.html$`));
      expect(problems).toEqual([]);
    },
  );

  test('the search page points to Kiwix search, and the live-site files are not in the book', async () => {
    const { page, problems } = await reader();
    await page.goto(`${kiwix.origin}/${kiwix.book}/search/index.html`);
    await expectWhole(page);
    expect(await page.locator('#kiwix-search').textContent()).toContain('Kiwix');
    expect(await page.locator('script[src*="_astro"]').count()).toBe(0);
    expect(problems).toEqual([]);
    for (const path of ['sw.js', 'offline.json', 'rss.xml', 'sitemap-index.xml', 'pagefind/pagefind.js']) {
      expect((await fetch(`${kiwix.origin}/${kiwix.book}/${path}`)).status, path).toBe(404);
    }
  });

  test.each(WORDS)('5. Kiwix full-text search for "%s" finds exactly the article that says it', async (word) => {
    const sayers = articles.filter((article) => article.text.includes(word));
    expect(sayers, 'the fixture must have one article with the word').toHaveLength(1);
    const response = await fetch(
      `${kiwix.origin}/search?content=${encodeURIComponent(kiwix.book)}&pattern=${encodeURIComponent(word)}&format=xml`,
    );
    expect(response.status).toBe(200);
    const rss = new XMLParser().parse(await response.text()) as {
      rss: { channel: { item?: { title: string; link: string } | { title: string; link: string }[] } };
    };
    const items = [rss.rss.channel.item ?? []].flat();
    expect(items.map((item) => [item.title, item.link])).toEqual([
      [sayers[0]!.title, `/${kiwix.book}/${sayers[0]!.path}`],
    ]);
  });

  test('6. Kiwix reads back the title, language, description, creator, publisher, article count and 48×48 illustration', async () => {
    const catalog = new XMLParser({ ignoreAttributes: false }).parse(
      await (await fetch(`${kiwix.origin}/catalog/v2/entries`)).text(),
    ) as {
      feed: {
        entry: {
          title: string;
          summary: string;
          language: string;
          articleCount: number;
          author: { name: string };
          publisher: { name: string };
          link: { '@_rel'?: string; '@_href': string }[];
        };
      };
    };
    const entry = catalog.feed.entry;
    expect(entry.title).toBe(site.title);
    expect(entry.language).toBe('eng');
    expect(entry.summary).toBe(site.description);
    expect([entry.author.name, entry.publisher.name]).toEqual([site.publisher, site.publisher]);
    // Kiwix counts every page a reader can open (articles and listings); ours said how many.
    const pages = Number(/ in (\d+) pages/.exec(zimOutput)?.[1]);
    expect(entry.articleCount).toBe(pages);
    const dump = spawnSync('zimdump', ['list', zim], { encoding: 'utf8' }).stdout.split('\n');
    expect(dump.filter((path) => path.endsWith('.html'))).toHaveLength(pages);
    const icon = entry.link.find((link) => link['@_rel'] === 'http://opds-spec.org/image/thumbnail');
    const png = Buffer.from(await (await fetch(`${kiwix.origin}${icon!['@_href']}`)).arrayBuffer());
    // PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
  });
});
