import { describe, expect, test } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import rehypeSlug from 'rehype-slug';
import rehypeHeadingAnchors from '../../../src/markdown/rehype-heading-anchors.ts';
import rehypeRawWhenPresent from '../../../src/markdown/rehype-raw-when-present.ts';
import rehypeReparseWhenNeeded from '../../../src/markdown/rehype-reparse-when-needed.ts';

/** Markdown through remark-rehype (raw HTML kept), with or without the plugin. */
async function render(markdown: string, withPlugin: boolean): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenPresent)
    .use(rehypeSlug)
    .use(rehypeHeadingAnchors);
  if (withPlugin) processor.use(rehypeReparseWhenNeeded);
  return String(await processor.use(rehypeStringify, { allowDangerousHtml: true }).process(markdown));
}

describe('rehype-reparse-when-needed', () => {
  test('footnote flags come out as an HTML parser writes them', async () => {
    const html = await render('Claim.[^1]\n\n[^1]: Source.', true);
    expect(html).toContain('data-footnote-ref=""');
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
  });

  test('a code block loses its first line break, as an HTML parser reads it', async () => {
    expect(await render('```\n\ncode\n```', true)).toBe('<pre><code>code\n</code></pre>');
  });

  test('raw HTML is parsed again after the rest of the pipeline', async () => {
    // A heading inside an unclosed raw link gets its anchor link: links cannot nest, so the parser closes the outer one first.
    const body = '<a href="/x">open\n\n## Title';
    expect(await render(body, false)).toContain('<a href="/x">\n<h2 id="title">Title<a href="#title"');
    expect(await render(body, true)).toContain('<h2 id="title"><a href="/x">Title</a><a href="#title"');
  });

  test('a plain body is left as it is', async () => {
    const body = '## Title\n\nA *plain* paragraph, a [link](/x) and\n\n- [x] a task';
    expect(await render(body, true)).toBe(await render(body, false));
  });
});
