import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';
import { typeset } from '../../../src/markdown/remark-typography.ts';

describe('typeset', () => {
  test.each([
    ['"Hello," she said.', '“Hello,” she said.'],
    ["It's the council's plan", 'It’s the council’s plan'],
    ["'Quoted' words", '‘Quoted’ words'],
    ["In the '90s", 'In the ’90s'],
    ['Wait -- what', 'Wait — what'],
    ['Wait---what', 'Wait—what'],
    ['And then...', 'And then…'],
    ['("inside")', '(“inside”)'],
    ['“Already” typographic', '“Already” typographic'],
    ['a-b', 'a-b'],
  ])('%j → %j', (input, output) => expect(typeset(input)).toBe(output));

  test('the previous character decides across nodes', () => {
    expect(typeset('" end', 'x')).toBe('” end');
    expect(typeset('"start', ' ')).toBe('“start');
  });
});

describe('remark-typography in the pipeline', () => {
  test('quotes pair across emphasis; code is untouched', async () => {
    const { html } = await renderArticleBody(
      'He said "*never*" -- twice. `"raw" -- code`\n\n```\n"block" -- code\n```',
    );
    expect(html).toContain('He said “<em>never</em>” — twice.');
    expect(html).toContain('<code>"raw" -- code</code>');
    expect(html).toContain('"block" -- code');
  });

  test('each paragraph starts afresh', async () => {
    const { html } = await renderArticleBody('Ends with a word\n\n"Opens" here');
    expect(html).toContain('<p>“Opens” here</p>');
  });
});
