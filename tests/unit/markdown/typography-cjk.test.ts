/** Chinese, Japanese and Korean text is left as typed: its own quotes 「」 and no dash or ellipsis rewriting. */
import { expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';

test.each([
  [
    'ja',
    '実行委員長は「感謝したい」と話した。"引用" -- ...',
    '<p>実行委員長は「感謝したい」と話した。"引用" -- ...</p>',
  ],
  ['zh-Hant', '他說"好"...', '<p>他說"好"...</p>'],
  ['ko', '"좋아요" -- 그가 말했다', '<p>"좋아요" -- 그가 말했다</p>'],
])('%s is unchanged', async (lang, markdown, expected) => {
  expect((await renderArticleBody({ markdown, lang })).html).toBe(expected);
});
