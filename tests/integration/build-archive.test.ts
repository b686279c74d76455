/**
 * Builds the basic fixture archive with the real `astro build` and reads dist/:
 * one page per article at its URL, drafts absent, dates as written whatever the
 * machine's zone, listings, feed, sitemap, sanitized bodies.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build.ts';
import { parsePage } from '../helpers/html.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { PAGE_IDS } from '../../src/lib/page-ids.ts';
import { readBundleFragments } from '../../src/search/fragments.ts';

const ARTICLES = [
  '/2019/12/31/new-years-eve-ferry/',
  '/2020/01/01/council-budget-vote/',
  '/2021/03/14/orchard-frost/',
  '/2021/03/14/orchard-market/',
  '/2022/06/21/festival-des-lanternes/',
];

async function listPages(dist: string, dir = ''): Promise<string[]> {
  const entries = await readdir(join(dist, dir), { withFileTypes: true });
  const pages: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pages.push(...(await listPages(dist, path)));
    else if (entry.name === 'index.html') pages.push(`/${dir}${dir ? '/' : ''}`);
  }
  return pages;
}

let site: BuildResult;
beforeAll(async () => {
  // Far east of UTC: a naive build would move the west-of-UTC article to 1 January.
  // The same build as verify.test.ts reads.
  site = await sharedBuild({ content: 'tests/fixtures/basic/articles', env: { TZ: 'Pacific/Auckland' } });
  expect(site.code, site.output).toBe(0);
});

describe('search page', () => {
  test('the date fields offer the archive’s own first and last years as examples', async () => {
    const html = await site.read('search/index.html');
    expect(html).toMatch(/<input id="search-from"[^>]* placeholder="2019"/);
    expect(html).toMatch(/<input id="search-to"[^>]* placeholder="2022"/);
  });
});

describe('articles', () => {
  test('every published article has exactly one page, at /YYYY/MM/DD/slug/, and drafts have none', async () => {
    const pages = await listPages(site.dist);
    const articlePages = pages.filter((page) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(page));
    expect(articlePages.sort()).toEqual([...ARTICLES].sort());
    expect(pages.some((page) => page.includes('unfinished-draft'))).toBe(false);
    const all = await Promise.all(pages.map((page) => site.read(`${page}index.html`)));
    expect(all.some((html) => html.includes('unfinished draft about tides'))).toBe(false);
  });

  test('a date-time keeps the calendar day of its own offset, in URL and dateline', async () => {
    const page = parsePage(await site.read('2019/12/31/new-years-eve-ferry/index.html'));
    expect(page.attr('article time', 'dateTime')).toBe('2019-12-31T23:30:00-08:00');
    expect(page.text('article time')).toBe('31 December 2019, 23:30 (UTC−08:00)');
  });

  test('the article page carries headline, dek, bylines, dateline, updated, section, tags, source, copyright, reading time', async () => {
    const page = parsePage(await site.read('2020/01/01/council-budget-vote/index.html'));
    expect(page.text('article h1')).toBe('Council passes the winter budget');
    expect(page.text('.dek')).toBe('A narrow vote after a long night.');
    expect(page.all('.byline a').map((a) => a.properties['href'])).toEqual([
      '/authors/ada-quill/',
      '/authors/bram-osei/',
    ]);
    expect(page.text('.article-meta')).toContain('Updated 3 January 2020');
    expect(page.attr('.kicker a', 'href')).toBe('/sections/politics/');
    expect(page.all('.tags a').map((a) => a.properties['href'])).toEqual(['/tags/budget/', '/tags/council/']);
    expect(page.attr('.source a', 'href')).toBe('https://northshore.example/budget');
    expect(page.text('.source')).toContain('retrieved 2 May 2023');
    expect(page.text('.copyright')).toBe('© 2020 Northshore Weekly');
    expect(page.text('.article-meta')).toMatch(/1 min read/);
  });

  test('Markdown goes through remark and rehype: GFM, typographic quotes, heading anchors', async () => {
    const budget = parsePage(await site.read('2020/01/01/council-budget-vote/index.html'));
    expect(budget.attr('.article-body h2', 'id')).toBe('what-changes');
    expect(budget.attr('.article-body h2 a', 'href')).toBe('#what-changes');
    expect(budget.all('.article-body li')).toHaveLength(2);
    expect(budget.attr('.article-body a[href^="https://"]', 'rel')).toBe('noopener noreferrer');
    const ferry = await site.read('2019/12/31/new-years-eve-ferry/index.html');
    expect(ferry).toContain('The last “midnight” ferry');
  });

  test('previous and next articles, in the order of the days readers see', async () => {
    const market = parsePage(await site.read('2021/03/14/orchard-market/index.html'));
    expect(market.attr('.prev-next .newer a', 'href')).toBe('/2021/03/14/orchard-frost/');
    // 31 Dec 23:30 (-08:00) is 07:30 UTC on 1 January, but it is dated 31 December: it comes first.
    const ferry = parsePage(await site.read('2019/12/31/new-years-eve-ferry/index.html'));
    expect(ferry.attr('.prev-next .newer a', 'href')).toBe('/2020/01/01/council-budget-vote/');
    expect(ferry.all('.prev-next .older a')).toHaveLength(0);
    const budget = parsePage(await site.read('2020/01/01/council-budget-vote/index.html'));
    expect(budget.attr('.prev-next .older a', 'href')).toBe('/2019/12/31/new-years-eve-ferry/');
    expect(budget.attr('.prev-next .newer a', 'href')).toBe('/2021/03/14/orchard-market/');
  });

  test('raw HTML in a body is sanitized', async () => {
    const html = await site.read('2021/03/14/orchard-frost/index.html');
    const body = parsePage(html).one('.article-body');
    const bodyHtml = JSON.stringify(body);
    for (const bad of ['script', 'iframe', 'style', 'onerror', 'onclick', 'javascript:', 'owned', 'display: none']) {
      expect(bodyHtml, bad).not.toContain(bad);
    }
    expect(html).not.toMatch(/<iframe|javascript:/i);
    // The only scripts are the site's bundled files and the JSON-LD and interface-text data blocks (not executed), never the body's.
    for (const script of parsePage(html).all('script')) {
      const { src, type } = script.properties;
      expect(
        type === 'application/ld+json' || type === 'application/json' || String(src ?? '').startsWith('/_astro/'),
        JSON.stringify(script.properties),
      ).toBe(true);
    }
    expect(parsePage(html).text('.article-body')).toContain('A raw paragraph stays, without its handler.');
  });

  test('ids around an article body are all in PAGE_IDS, which bodies never reuse', async () => {
    for (const url of ARTICLES) {
      const page = parsePage(await site.read(`${url.slice(1)}index.html`));
      const body = new Set(page.all('.article-body [id]').map((element) => element.properties['id']));
      const outside = page
        .all('[id]')
        .map((element) => String(element.properties['id']))
        .filter((id) => !body.has(id));
      for (const id of outside) expect(PAGE_IDS, `${url} uses id "${id}"`).toContain(id);
    }
  });

  test('an article in another language says so', async () => {
    const page = parsePage(await site.read('2022/06/21/festival-des-lanternes/index.html'));
    expect(page.attr('html', 'lang')).toBe('fr');
    expect(page.attr('article', 'lang')).toBe('fr');
  });
});

describe('listings', () => {
  test('a month lists its articles under a heading per day, newest first, with links up', async () => {
    const page = parsePage(await site.read('2021/03/index.html'));
    expect(page.all('.day h2').map((h) => h.properties['id'])).toEqual(['day-14']);
    expect(page.text('#day-14')).toBe('Sunday 14 March 2021');
    expect(page.all('#day-14 ~ .article-list h3 a').map((a) => a.properties['href'])).toEqual([
      '/2021/03/14/orchard-frost/',
      '/2021/03/14/orchard-market/',
    ]);
    expect(page.all('.breadcrumbs a').map((a) => a.properties['href'])).toEqual(['/', '/archive/', '/2021/']);
  });

  test('a heading’s "#" link is on the page, not in the search index’s text', async () => {
    const page = parsePage(await site.read('2020/01/01/council-budget-vote/index.html'));
    expect(page.text('article h2')).toBe('What changes#');
    const [record] = readBundleFragments(site.dist, 'pagefind').filter(({ fragment }) =>
      fragment.url.endsWith('/2020/01/01/council-budget-vote/'),
    );
    expect(record?.fragment.content).toContain('What changes');
    expect(record?.fragment.content).not.toContain('#');
  });

  test('days have no pages of their own: an article’s date links to its day on the month', async () => {
    expect(site.has('2021/03/14/index.html')).toBe(false);
    const article = parsePage(await site.read('2021/03/14/orchard-frost/index.html'));
    expect(article.attr('.article-meta time a', 'href')).toBe('/2021/03/#day-14');
    // Its `updated` is its own day: nothing to tell the reader.
    expect(article.text('.article-meta')).not.toContain('Updated');
  });

  test('a listing’s description counts its articles in the right plural form', async () => {
    expect(parsePage(await site.read('2021/03/index.html')).attr('meta[name=description]', 'content')).toBe(
      '2 articles: March 2021',
    );
    expect(parsePage(await site.read('2020/01/index.html')).attr('meta[name=description]', 'content')).toMatch(
      /^1 article: /,
    );
  });

  test('months link to the previous and next month with articles', async () => {
    const page = parsePage(await site.read('2020/01/index.html'));
    expect(page.attr('.across a[rel=prev]', 'href')).toBe('/2019/12/');
    expect(page.attr('.across a[rel=next]', 'href')).toBe('/2021/03/');
  });

  test('years list their articles and months', async () => {
    const page = parsePage(await site.read('2021/index.html'));
    expect(page.all('.article-list h2 a')).toHaveLength(2);
    expect(page.text('.month-grid')).toContain('March 2 articles');
  });

  test('section, tag, author and source pages hold the right articles; index pages count them', async () => {
    const farming = parsePage(await site.read('tags/farming/index.html'));
    expect(farming.all('.article-list h2 a').map((a) => a.properties['href'])).toEqual([
      '/2021/03/14/orchard-frost/',
      '/2021/03/14/orchard-market/',
    ]);
    // "Council" and "council" are one tag.
    const council = parsePage(await site.read('tags/council/index.html'));
    expect(council.all('.article-list h2 a')).toHaveLength(2);
    const bram = parsePage(await site.read('authors/bram-osei/index.html'));
    expect(bram.all('.article-list h2 a').map((a) => a.properties['href'])).toEqual([
      '/2021/03/14/orchard-frost/',
      '/2020/01/01/council-budget-vote/',
    ]);
    expect(parsePage(await site.read('sources/northshore-weekly/index.html')).all('.article-list h2 a')).toHaveLength(
      1,
    );
    // The name in a listing's heading is set apart, so one in another script keeps its own order.
    expect([farming.text('h1'), farming.text('h1 bdi')]).toEqual(['Tagged “farming”', 'farming']);
    expect(bram.text('h1 bdi')).toBe('Bram Osei');
    const sections = parsePage(await site.read('sections/index.html'));
    expect(sections.text('.facet-index')).toBe('Business (1) Culture (1) Environment (1) Politics (1) Transport (1)');
    const authors = parsePage(await site.read('authors/index.html'));
    expect(authors.text('.facet-index')).toBe('Ada Quill (2) Bram Osei (2) Camille Vernet (1)');
  });

  test('home shows the latest articles, and sections only with stories not already listed', async () => {
    const home = parsePage(await site.read('index.html'));
    expect(home.attr('#latest-heading + .article-list h3 a', 'href')).toBe('/2022/06/21/festival-des-lanternes/');
    // The five published articles are all among the latest: no section repeats them.
    expect(home.all('#latest-heading + .article-list > li')).toHaveLength(5);
    expect(home.all('.section-block')).toHaveLength(0);
  });

  test('a 404 page exists', () => {
    expect(site.has('404.html')).toBe(true);
  });

  test('GitHub Pages serves _astro/ as it is: .nojekyll turns its Jekyll step off', async () => {
    expect(site.has('.nojekyll')).toBe(true);
    expect((await readdir(join(site.dist, '_astro'))).length).toBeGreaterThan(0);
  });

  test('every page carries the CSP, and _headers repeats it for hosts that read it', async () => {
    const policy = parsePage(await site.read('index.html')).attr(
      'meta[http-equiv="Content-Security-Policy"]',
      'content',
    );
    expect(policy).toContain("default-src 'self'");
    const headers = await site.read('_headers');
    expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('page scripts', () => {
  /** The files a built script imports before it runs (not those it loads on demand, `import("…")`). */
  const staticImports = async (file: string): Promise<string[]> =>
    Array.from(
      (await site.read(`_astro/${file}`)).matchAll(/\b(?:from|import)\s*["']\.\/([^"']+\.js)["']/g),
      (m) => m[1]!,
    );

  test('a page asks for every script file it needs at once: none waits for the file that imports it', async () => {
    for (const page of [
      'index.html',
      `${ARTICLES[0]!.slice(1)}index.html`,
      'search/index.html',
      '2021/03/index.html',
    ]) {
      const entries = parsePage(await site.read(page))
        .all('script[type="module"][src]')
        .map((script) => String(script.properties['src']).replace(/^.*\/_astro\//, ''));
      expect(entries.length, page).toBeGreaterThan(0);
      for (const entry of entries) {
        const direct = new Set(await staticImports(entry));
        // What those files import in turn is already asked for by the page's own script.
        for (const file of direct)
          for (const deeper of await staticImports(file))
            expect(direct.has(deeper), `${page}: ${entry} → ${file} → ${deeper}`).toBe(true);
      }
    }
  });

  test('the helpers page scripts share come in one file, not one file each', async () => {
    const files = (await readdir(join(site.dist, '_astro'))).filter((name) => name.endsWith('.js'));
    // A page's own script may be small; a file of helpers it imports under 500 bytes is one request too many.
    const tiny: string[] = [];
    for (const file of files.filter((name) => !name.includes('astro_type_script')))
      if ((await site.read(`_astro/${file}`)).length < 500) tiny.push(file);
    expect(files.length).toBeGreaterThan(3);
    expect(tiny).toEqual([]);
  });
});

describe('feed and sitemap', () => {
  test('RSS lists the published articles, newest first', async () => {
    const rss = await site.read('rss.xml');
    const links = [...rss.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => new URL(m[1]!).pathname);
    expect(links).toEqual([
      '/2022/06/21/festival-des-lanternes/',
      '/2021/03/14/orchard-frost/',
      '/2021/03/14/orchard-market/',
      '/2020/01/01/council-budget-vote/',
      '/2019/12/31/new-years-eve-ferry/',
    ]);
  });

  test('a build without a public address says so', () => {
    expect(site.output).toContain('CLIPPINGS_SITE is not set');
  });

  test('/sitemap.xml answers too, with the sitemap index', async () => {
    expect(await site.read('sitemap.xml')).toBe(await site.read('sitemap-index.xml'));
  });

  test('robots.txt points crawlers at the sitemap', async () => {
    expect(await site.read('robots.txt')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  });

  test('the sitemap lists every article and listing page, and nothing else', async () => {
    const index = await site.read('sitemap-index.xml');
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    const urls = (await Promise.all(chunks.map((chunk) => site.read(chunk)))).flatMap((xml) =>
      [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    );
    // Not the error page, nor what the service worker shows offline for a page never kept.
    const pages = (await listPages(site.dist)).filter((page) => page !== '/404/' && page !== '/offline/');
    expect(urls.sort()).toEqual(pages.sort());
    for (const article of ARTICLES) expect(urls).toContain(article);
  });
});
