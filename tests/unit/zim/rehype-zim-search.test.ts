import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeZimSearch, { type Options } from '../../../src/zim/rehype-zim-search.ts';
import { interfaceFor } from '../../../src/i18n/interface.ts';

const run = (html: string, options: Options) =>
  String(
    unified().use(rehypeParse, { fragment: true }).use(rehypeZimSearch, options).use(rehypeStringify).processSync(html),
  );

const page =
  '<header><form role="search" action="/search/" method="get"><input name="q"></form></header><main><h1>Search the archive</h1><form id="search-form" action="/search/"></form></main><script type="module" src="/_astro/search.js"></script>';

describe('rehype-zim-search', () => {
  test('on any page, the search form goes; other scripts stay', () => {
    expect(
      run(`${page.replace('/_astro/search.js', '/_astro/site.js')}<form action="/elsewhere/"></form>`, {
        page: 'index.html',
      }),
    ).toBe(
      '<header></header><main><h1>Search the archive</h1></main><script type="module" src="/_astro/site.js"></script><form action="/elsewhere/"></form>',
    );
  });

  test('the search page says to use Kiwix search, links to the archives and runs no script', () => {
    expect(run(page, { page: 'search/index.html' })).toBe(
      '<header></header><main><h1 class="page-title">Search the archive</h1><p id="kiwix-search">This copy of the archive is a ZIM file, read in Kiwix. Search it with Kiwix’s own search: the search box at the top of the page in a browser (kiwix-serve), or the search button of the Kiwix app. Every article is in its index, under its headline.</p><p>You can also browse every article: <a href="/archive/">By date</a> · <a href="/sections/">Sections</a></p></main>',
    );
  });

  test('in the site’s language', () => {
    const t = interfaceFor('es').t;
    const spanish = run(page, { page: 'search/index.html', t });
    expect(spanish).toContain(`<h1 class="page-title">${t('search.heading')}</h1>`);
    expect(spanish).toContain(t('zim.searchHelp'));
    expect(spanish).toContain(`<a href="/sections/">${t('nav.sections')}</a>`);
    expect(spanish).not.toMatch(/Search the archive|browse every article/);
  });

  test('base and searchPage options', () => {
    expect(
      run('<form action="/clips/find/"></form><main></main>', {
        page: 'find/index.html',
        base: '/clips/',
        searchPage: 'find/index.html',
      }),
    ).toContain('<a href="/clips/archive/">By date</a>');
  });
});
