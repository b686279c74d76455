/**
 * The whole pipeline (renderArticleBody): each plugin has its own test file;
 * these whole articles check what only their order gives (raw HTML parsed
 * before the sanitizer, ids made unique before anchors link to them, the
 * article's language reaching the typography). options.json gives the language.
 */
import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';
import { markdownCases } from '../../helpers/markdown-fixtures.ts';

describe('renderArticleBody', () => {
  test.each(markdownCases('pipeline'))('$name', async ({ input, output, options }) => {
    const lang = typeof options?.['lang'] === 'string' ? options['lang'] : undefined;
    expect((await renderArticleBody({ markdown: input, lang })).html).toBe(output);
  });

  test('a 3 MB word renders whole, marked for the search index to skip', async () => {
    const body = `Intro.\n\n${'QUJDRA'.repeat(500_000)}\n\nOutro.`;
    const { html } = await renderArticleBody(body);
    expect(html).toBe(`<p>Intro.</p>\n<p><span data-pagefind-ignore="">${'QUJDRA'.repeat(500_000)}</span></p>\n<p>Outro.</p>`);
  }, 60_000);
});
