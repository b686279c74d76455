import { describe, expect, test } from 'vitest';
import rehypeSearchBounds from '../../../src/markdown/rehype-search-bounds.ts';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const run = (html: string, options?: Parameters<typeof rehypeSearchBounds>[0]) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeSearchBounds, options)
      .use(rehypeStringify)
      .processSync(html),
  );

describe('rehype-search-bounds', () => {
  test('words over 64 characters are shown but kept out of the index', () => {
    const word = 'QUJD'.repeat(20);
    expect(run(`<p>before ${word} after</p>`)).toBe(`<p>before <span data-pagefind-ignore="">${word}</span> after</p>`);
  });

  test('ordinary words, long compounds and text at the limit are left alone', () => {
    const html = `<p>Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz ${'a'.repeat(64)} <a href="/x">link</a></p>`;
    expect(run(html)).toBe(html);
  });

  test('maxWord sets the length', () => {
    expect(run('<p>abcdef gh</p>', { maxWord: 5 })).toBe('<p><span data-pagefind-ignore="">abcdef</span> gh</p>');
  });

  test('in the pipeline, a 3 MB word renders whole, marked', async () => {
    const body = `Intro.\n\n${'QUJDRA'.repeat(500_000)}\n\nOutro.`;
    const { html } = await renderArticleBody(body);
    expect(html).toContain('<span data-pagefind-ignore="">QUJDRA');
    expect(html).toContain('<p>Outro.</p>');
    expect(html.length).toBeGreaterThan(3_000_000);
  }, 60_000);
});
