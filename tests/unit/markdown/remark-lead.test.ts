import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';
import { countWords, truncateAtWord } from '../../../src/markdown/remark-lead.ts';

describe('remark-lead', () => {
  test('the lead is the first paragraph as plain text, without raw HTML', async () => {
    const result = await renderArticleBody(
      '## Heading\n\nFirst *para* <b>bold</b> with [a link](https://x.example).\n\nSecond.',
    );
    expect(result.lead).toBe('First para bold with a link.');
  });

  test('long leads are cut at a word with an ellipsis', async () => {
    const result = await renderArticleBody(`${'word '.repeat(100)}end`);
    expect(result.lead.length).toBeLessThanOrEqual(281);
    expect(result.lead.endsWith('word…')).toBe(true);
  });

  test('no paragraph, no lead', async () => {
    expect((await renderArticleBody('## Only a heading')).lead).toBe('');
  });

  test('word counts', async () => {
    expect((await renderArticleBody('One two three.\n\n- four\n- five')).wordCount).toBe(5);
    expect(countWords('東京都 is big')).toBe(5);
    expect(countWords("the council's plan, re-drawn")).toBe(4);
  });

  test('truncateAtWord', () => {
    expect(truncateAtWord('one two three', 8)).toBe('one two…');
    expect(truncateAtWord('short', 10)).toBe('short');
    expect(truncateAtWord('a   spaced\n text', 20)).toBe('a spaced text');
  });
});
