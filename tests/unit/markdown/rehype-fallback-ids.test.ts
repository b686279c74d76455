import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';

describe('rehype-fallback-ids', () => {
  test('emoji-only and symbol-only headings get section-<n>; empty ids are removed', async () => {
    const { html } = await renderArticleBody('## 🎉\n\n<p id="">x</p>\n\n## 🎉\n\n## Vote\n\n## !!!');
    expect(html).toContain('<h2 id="section-1">🎉<a href="#section-1"');
    expect(html).toContain('<p>x</p>');
    expect(html).toContain('<h2 id="section-2">🎉<a href="#section-2"');
    expect(html).toContain('<h2 id="vote">');
    expect(html).toContain('<h2 id="section-4">!!!');
    expect(html).not.toMatch(/id=""|id="-/);
  });

  test('the same body gives the same ids every time', async () => {
    const body = '## 🎉\n\ntext\n\n## 🚢';
    expect((await renderArticleBody(body)).html).toBe((await renderArticleBody(body)).html);
  });
});
