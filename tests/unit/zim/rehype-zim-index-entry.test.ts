import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeZimIndexEntry from '../../../src/zim/rehype-zim-index-entry.ts';

const run = (html: string) => {
  const file = unified().use(rehypeParse).use(rehypeZimIndexEntry).use(rehypeStringify).processSync(html);
  return { html: String(file), article: file.data.zimArticle };
};

describe('rehype-zim-index-entry', () => {
  test('an article: titled by its headline, indexed from its body less what search ignores', () => {
    const { html, article } = run(
      '<html><head><title>Crane arrives · Ledger</title><meta property="og:type" content="article"><meta property="og:title" content="Crane arrives"></head>' +
        '<body><nav>Latest</nav><main><article data-pagefind-body><h1>Crane arrives</h1><p class="byline" data-pagefind-ignore>By Ines</p><p>A gantry crane.</p></article><aside>Related</aside></main></body></html>',
    );
    expect(article).toBe(true);
    expect(html).toBe(
      '<html><head><title>Crane arrives</title><meta property="og:type" content="article"><meta property="og:title" content="Crane arrives"></head>' +
        '<body><!--htdig_noindex--><nav>Latest</nav><main><article data-pagefind-body=""><!--/htdig_noindex--><h1>Crane arrives</h1><!--htdig_noindex--><p class="byline" data-pagefind-ignore="">By Ines</p><!--/htdig_noindex--><p>A gantry crane.</p><!--htdig_noindex--></article><aside>Related</aside></main><!--/htdig_noindex--></body></html>',
    );
  });

  test('any other page asks not to be indexed, and keeps its title', () => {
    const { html, article } = run(
      '<html><head><title>Tags · Ledger</title><meta property="og:type" content="website"></head><body><p>harbour (3)</p></body></html>',
    );
    expect(article).toBe(false);
    expect(html).toBe(
      '<html><head><title>Tags · Ledger</title><meta property="og:type" content="website"><meta name="robots" content="noindex"></head><body><p>harbour (3)</p></body></html>',
    );
  });
});
