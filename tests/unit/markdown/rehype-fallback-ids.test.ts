/** rehype-fallback-ids alone, after rehype-raw and rehype-slug, whose empty and number-only ids it replaces. */
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import { expect, test } from 'vitest';
import rehypeFallbackIds from '../../../src/markdown/rehype-fallback-ids.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

const render = (markdown: string) =>
  renderMinimal(markdown, { rehype: [rehypeRaw, rehypeSlug, rehypeFallbackIds] }).html;

test.each(markdownCases('rehype-fallback-ids'))('$name', ({ input, output }) => {
  expect(render(input)).toBe(output);
});

test('the same body gives the same ids every time (links to a section stay valid across builds)', () => {
  const body = '## 🎉\n\ntext\n\n## 🚢';
  expect(render(body)).toBe(render(body));
});
