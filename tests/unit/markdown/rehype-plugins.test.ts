import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeBaseLinks, { withBasePrefix } from '../../../src/markdown/rehype-base-links.ts';
import { isExternalHref } from '../../../src/markdown/rehype-external-links.ts';
import { hasRawHtml } from '../../../src/markdown/rehype-raw-when-present.ts';

describe('rehype-external-links', () => {
  test.each([
    ['https://example.org', true],
    ['http://example.org/x', true],
    ['//cdn.example/x', true],
    ['/2020/', false],
    ['#top', false],
    ['mailto:a@b.c', false],
    // Spellings browsers read as another host.
    ['/\\evil.example/x', true],
    ['\\\\evil.example/x', true],
    ['/%5Cevil.example/x', true],
    ['/%2f/evil.example/x', true],
    [' /\t/evil.example', true],
    ['/%5C-in-a-path/', true],
    ['/2020/%5C/', false],
  ])('%s external: %s', (href, external) => expect(isExternalHref(href)).toBe(external));

  test('external links get noopener noreferrer, internal ones nothing', async () => {
    const { html } = await renderArticleBody(
      '[out](https://example.org) [in](/2020/) <a href="https://x.example">raw</a>',
    );
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="/2020/">in</a>');
    expect(html).toContain('<a href="https://x.example" rel="noopener noreferrer">raw</a>');
  });

  test('a link written /\\host is treated as leaving the site', async () => {
    const { html } = await renderArticleBody('<a href="/\\evil.example/">raw</a> [md](/\\evil.example/)');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(2);
  });
});

describe('rehype-heading-anchors', () => {
  test('headings get an id and a link to it', async () => {
    const { html } = await renderArticleBody('## The vote\n\n### The vote');
    expect(html).toContain(
      '<h2 id="the-vote">The vote<a href="#the-vote" class="heading-anchor" aria-hidden="true" tabindex="-1">#</a></h2>',
    );
    expect(html).toContain('<h3 id="the-vote-1">');
  });

  test('a heading holding a link gets no nested anchor', async () => {
    const { html } = await renderArticleBody('## [Linked](https://x.example)');
    expect(html.match(/<a /g)).toHaveLength(1);
  });
});

describe('sanitizing', () => {
  test.each([
    ['<script>alert(1)</script>', /script|alert/],
    ['<SCRIPT SRC=//evil.example/x.js></SCRIPT>', /script|evil/i],
    ['<img src="x.png" onerror="alert(1)">', /onerror|alert/],
    ['<a href="javascript:alert(1)">x</a>', /javascript/],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript/i],
    ['<a href="&#106;avascript:alert(1)">x</a>', /avascript/i],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', /data:/],
    ['<svg onload="alert(1)"><circle r="1"/></svg>', /svg|onload/],
    ['<iframe src="https://evil.example"></iframe>', /iframe|evil/],
    ['<style>body{display:none}</style>', /style|display/],
    ['<p style="position:fixed">x</p>', /style|fixed/],
    ['<form action="https://evil.example"><input name="pw"></form>', /<form|evil/],
    ['<object data="x.swf"></object><embed src="x.swf">', /object|embed|swf/],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /meta|refresh/],
    ['<base href="https://evil.example/">', /base|evil/],
  ])('%s leaves nothing dangerous', async (raw, forbidden) => {
    const { html } = await renderArticleBody(`Before.\n\n${raw}\n\nAfter.`);
    expect(html).not.toMatch(forbidden);
    expect(html).toContain('After.');
  });

  test('harmless markup survives: figure, caption, emphasis, tables', async () => {
    const { html } = await renderArticleBody(
      '<figure><img src="/a.png" alt="A"><figcaption>Cap <em>tion</em></figcaption></figure>\n\n| a |\n|---|\n| 1 |',
    );
    expect(html).toContain('<figure><img src="/a.png" alt="A"><figcaption>Cap <em>tion</em></figcaption></figure>');
    expect(html).toContain('<table>');
  });
});

describe('rehype-base-links', () => {
  test.each([
    ['/2020/', '/clips/', '/clips/2020/'],
    ['/images/a.jpg', '/clips', '/clips/images/a.jpg'],
    ['/clips/2020/', '/clips/', '/clips/2020/'],
    ['//cdn.example/x', '/clips/', '//cdn.example/x'],
    ['https://x.example/', '/clips/', 'https://x.example/'],
    ['relative/', '/clips/', 'relative/'],
    ['#top', '/clips/', '#top'],
    ['/2020/', '/', '/2020/'],
  ])('%s under %s → %s', (url, base, expected) => expect(withBasePrefix(url, base)).toBe(expected));

  test('links and images in a body follow the base', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeBaseLinks, { base: '/clips/' })
        .use(rehypeStringify)
        .process('[a](/2020/) ![b](/images/b.png) [c](https://x.example/)'),
    );
    expect(html).toContain('<a href="/clips/2020/">a</a>');
    expect(html).toContain('<img src="/clips/images/b.png" alt="b">');
    expect(html).toContain('<a href="https://x.example/">c</a>');
  });
});

describe('rehype-unique-ids', () => {
  test('body ids never repeat the page ids or each other; in-body links follow', async () => {
    const { html } = await renderArticleBody(
      '## Main\n\n[up](#main)\n\n<p id="site-search">raw</p>\n\n<p id="x">one</p>\n\n<p id="x">two</p>\n\n## Main-1',
    );
    expect(html).toContain('<h2 id="main-1">Main<a href="#main-1"');
    expect(html).toContain('<a href="#main-1">up</a>');
    expect(html).toContain('<p id="site-search-1">raw</p>');
    expect(html).toContain('<p id="x">one</p>');
    expect(html).toContain('<p id="x-1">two</p>');
    expect(html).toContain('<h2 id="main-1-1">');
    expect(html).not.toMatch(/id="main"|id="site-search"/);
  });

  test('name attributes are prefixed, so they cannot clobber document properties', async () => {
    const { html } = await renderArticleBody('<img name="cookie" src="/a.png" alt="">');
    expect(html).toContain('name="user-content-cookie"');
  });

  test('footnotes keep working', async () => {
    const { html } = await renderArticleBody('Claim.[^1]\n\n[^1]: Source.');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });
});

describe('rehype-raw-when-present', () => {
  const toHast = (markdown: string) =>
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .runSync(unified().use(remarkParse).parse(markdown));

  test('finds raw HTML anywhere in the tree, and none in plain Markdown', () => {
    expect(hasRawHtml(toHast('A *plain* paragraph.\n\n- a list with [a link](/x/)'))).toBe(false);
    expect(hasRawHtml(toHast('Deep in a list:\n\n- item with <b>bold</b>'))).toBe(true);
    expect(hasRawHtml(toHast('<div>block</div>'))).toBe(true);
  });

  test('raw HTML is still parsed, then sanitized; plain Markdown renders the same either way', async () => {
    const { html } = await renderArticleBody(
      'Text with <b>bold</b> and <img src="x.png" onerror="alert(1)">.\n\n<script>alert(1)</script>',
    );
    expect(html).toContain('<b>bold</b>');
    expect(html).not.toMatch(/onerror|<script/);
    expect((await renderArticleBody('A *plain* paragraph with "quotes".')).html).toBe(
      '<p>A <em>plain</em> paragraph with “quotes”.</p>',
    );
  });
});
