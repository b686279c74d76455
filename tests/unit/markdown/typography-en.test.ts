/** English (and any language without its own style, or no language given): “ ” and ‘ ’. */
import { expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';

test.each([
  ['en', '"Ready," she said. It\'s time.', '<p>“Ready,” she said. It’s time.</p>'],
  ['xx', '"Ready," she said.', '<p>“Ready,” she said.</p>'],
  [undefined, '"Ready," she said.', '<p>“Ready,” she said.</p>'],
])('%s', async (lang, markdown, expected) => {
  expect((await renderArticleBody({ markdown, lang })).html).toBe(expected);
});

test('Arabic takes « » like its own press', async () => {
  expect((await renderArticleBody({ markdown: 'قالت: "نحن مستعدون".', lang: 'ar' })).html).toBe(
    '<p>قالت: «نحن مستعدون».</p>',
  );
});
