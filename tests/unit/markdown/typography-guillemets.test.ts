/** Spanish, Portuguese and Russian: « » with no space inside. */
import { expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';

test.each([
  ['es', '"Estamos listos", dijo.', '<p>«Estamos listos», dijo.</p>'],
  ['pt-BR', '"Estamos prontos", disse.', '<p>«Estamos prontos», disse.</p>'],
  ['ru', '"Мы готовы", сказала она.', '<p>«Мы готовы», сказала она.</p>'],
])('%s', async (lang, markdown, expected) => {
  expect((await renderArticleBody({ markdown, lang })).html).toBe(expected);
});
