import { describe, expect, test } from 'vitest';
import {
  checkArticleCoverage,
  checkSitemapTargets,
  duplicateUrls,
  internalLinks,
  isServed,
  repeatedIds,
  resolveLink,
  scanPage,
} from '../../src/verify/checks.ts';

/** Ids repeated in one page, as verification finds them: the page's ids, then the repeated ones. */
const duplicateIds = (html: string) => repeatedIds(scanPage(html).ids);

const articles = new Map([
  ['/2020/01/01/a/', 'content/articles/a.md'],
  ['/2020/01/02/b/', 'content/articles/b.md'],
]);
const both = new Set(articles.keys());

describe('article coverage', () => {
  test('a whole build has no problems', () => {
    expect(checkArticleCoverage({ articles, articlePages: both, sitemap: both, searchRecords: both })).toEqual([]);
  });

  test('a missing page, sitemap entry or search record names the article and its file', () => {
    const one = new Set(['/2020/01/01/a/']);
    const problems = checkArticleCoverage({ articles, articlePages: one, sitemap: one, searchRecords: one });
    expect(problems.map((p) => p.check)).toEqual(['article-page', 'sitemap', 'search']);
    for (const problem of problems) expect(problem.message).toContain('/2020/01/02/b/ (content/articles/b.md)');
  });

  test('a page or record for no article is reported', () => {
    const extra = new Set([...both, '/2019/05/05/ghost/']);
    const problems = checkArticleCoverage({ articles, articlePages: extra, sitemap: both, searchRecords: extra });
    expect(problems.map((p) => p.message)).toEqual([
      'page /2019/05/05/ghost/ belongs to no article in content/',
      'search record /2019/05/05/ghost/ belongs to no article',
    ]);
  });

  test('without a search index, search is not checked', () => {
    expect(checkArticleCoverage({ articles, articlePages: both, sitemap: both })).toEqual([]);
  });

  test('sitemap entries must be pages', () => {
    expect(checkSitemapTargets(new Set(['/x/', '/y/']), new Set(['/x/']))[0]?.message).toBe(
      'sitemap lists /y/, which has no page',
    );
  });
});

describe('links', () => {
  test('internal links are found in href, src and action; external ones are not', () => {
    const html = `<a href="/a/">a</a><img src='b.png'><form action=/search/></form><a href="https://x.example">x</a>
      <a href="//cdn.example/x">c</a><a href="mailto:a@b.c">m</a><a href="#top">t</a><a href="/q/?a=1&amp;b=2">q</a>`;
    expect(internalLinks(html)).toEqual(['/a/', 'b.png', '/search/', '/q/?a=1&b=2']);
  });

  test.each([
    ['/archive/2020/', '/archive/x/', '/archive/', '/2020/'],
    ['../b/', '/a/', '/', '/b/'],
    ['img.png', '/2020/01/01/a/', '/', '/2020/01/01/a/img.png'],
    ['/2020/?page=2#x', '/', '/', '/2020/'],
    ['/elsewhere/', '/', '/archive/', undefined],
    ['/archive', '/', '/archive/', '/'],
    ['/caf%C3%A9/', '/', '/', '/café/'],
  ])('%s on %s (base %s) → %s', (link, page, base, expected) => {
    expect(resolveLink(link, page, base)).toBe(expected);
  });

  test('served paths', () => {
    const files = new Set(['index.html', '2020/index.html', 'favicon.svg', 'rss.xml']);
    expect(isServed('/', files)).toBe(true);
    expect(isServed('/2020/', files)).toBe(true);
    expect(isServed('/2020', files)).toBe(true);
    expect(isServed('/favicon.svg', files)).toBe(true);
    expect(isServed('/2021/', files)).toBe(false);
    expect(isServed('/missing.png', files)).toBe(false);
  });
});

describe('duplicates', () => {
  test('repeated ids within a page', () => {
    expect(duplicateIds('<h2 id="a"></h2><p id="b"></p><div id="a"></div><span data-id="b"></span>')).toEqual(['a']);
    expect(duplicateIds('<h2 id="a"></h2><h3 id="b"></h3>')).toEqual([]);
  });

  test('two files answering one URL, or differing only in case', () => {
    const problems = duplicateUrls([
      'a.html',
      'a/index.html',
      'b/index.html',
      'Tags/index.html',
      'tags/index.html',
      'x.css',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'a.html and a/index.html both serve /a/',
      'Tags/index.html and tags/index.html both serve /tags/',
    ]);
  });
});

describe('reading attributes like a browser', () => {
  test('text that looks like an attribute, in prose, values, comments or scripts, is not one', () => {
    const html = `<p>&lt;img src=x onerror=alert(1)&gt; and href=/nowhere/</p>
      <meta content="<img src=/bad/ id=dup>"><img alt='a href=/x/' src="/real.png">
      <!-- <a href="/commented/"> --><script type="application/ld+json">{"a":"<a href=/json/>"}</script>
      <a title="x" HREF='/upper/' data-x>y</a><input value="id=dup" id=dup><p id="dup2">`;
    expect(internalLinks(html)).toEqual(['/real.png', '/upper/']);
    expect(duplicateIds(html)).toEqual([]);
    expect(duplicateIds(`${html}<div id="dup2"></div>`)).toEqual(['dup2']);
  });
});
