/** remark-lead alone: the lead and word count it leaves on `file.data.astro.frontmatter` (data.json per case). */
import { describe, expect, test } from 'vitest';
import remarkLead, { countWords, truncateAtWord } from '../../../src/markdown/remark-lead.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

/** What the plugin left for the renderer to return as metadata. */
const frontmatterOf = (markdown: string, data?: Record<string, unknown>) =>
  (
    renderMinimal(markdown, { remark: [remarkLead], ...(data ? { data } : {}) }).file.data as {
      astro?: { frontmatter?: Record<string, unknown> };
    }
  ).astro?.frontmatter;

describe('remark-lead', () => {
  test.each(markdownCases('remark-lead'))('$name', ({ input, data }) => {
    expect(frontmatterOf(input)).toEqual(data);
  });

  test('frontmatter already on the file is kept (the language the renderer handed over)', () => {
    expect(frontmatterOf('Bonjour.', { astro: { frontmatter: { lang: 'fr' } } })).toEqual({
      lang: 'fr',
      lead: 'Bonjour.',
      wordCount: 1,
    });
  });

  test('the HTML is left as it was', () => {
    const body = '## Heading\n\nFirst *para*.';
    expect(renderMinimal(body, { remark: [remarkLead] }).html).toBe(renderMinimal(body).html);
  });
});

describe('countWords', () => {
  test.each([
    ['東京都 is big', 5],
    // Korean puts spaces between words: they are counted as words, not syllable by syllable.
    ['서울시 의회가 예산을 통과시켰다', 4],
    ["the council's plan, re-drawn", 4],
    ['', 0],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});

describe('truncateAtWord', () => {
  test.each([
    ['one two three', 8, 'one two…'],
    ['short', 10, 'short'],
    ['a   spaced\n text', 20, 'a spaced text'],
  ])('%j cut at %i → %j', (text, max, expected) => expect(truncateAtWord(text, max)).toBe(expected));
});
