/**
 * The whole pipeline (renderArticleBody): each plugin has its own test file;
 * these whole articles check what only their order gives (raw HTML parsed
 * before the sanitizer, rehype-slug's ids before their fallbacks, the
 * article's language reaching the typography), and what it returns besides
 * the HTML (data.json: lead and word count, when the case has one), through
 * both renderers. options.json gives the language.
 */
import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';
import { satteriMisreads } from '../../../src/markdown/satteri-misreads.ts';
import { markdownCases } from '../../helpers/markdown-fixtures.ts';

const cases = markdownCases('pipeline');

describe('renderArticleBody', () => {
  test.each(cases)('$name', async ({ input, output, data, options }) => {
    const lang = typeof options?.['lang'] === 'string' ? options['lang'] : undefined;
    const { html, lead, wordCount } = await renderArticleBody({ markdown: input, lang });
    expect(html).toBe(output);
    if (data !== undefined) expect({ lead, wordCount }).toEqual(data);
  });

  test('the cases go through both renderers (Sätteri, and micromark for what Sätteri misreads)', () => {
    expect(cases.filter(({ input }) => satteriMisreads(input)).map(({ name }) => name)).toEqual([
      'satteri-misread-rendered-by-micromark',
    ]);
  });

  test('a 3 MB word renders whole, marked for the search index to skip', async () => {
    const body = `Intro.\n\n${'QUJDRA'.repeat(500_000)}\n\nOutro.`;
    const { html } = await renderArticleBody(body);
    expect(html).toBe(
      `<p>Intro.</p>\n<p><span data-pagefind-ignore="">${'QUJDRA'.repeat(500_000)}</span></p>\n<p>Outro.</p>`,
    );
  }, 60_000);
});
