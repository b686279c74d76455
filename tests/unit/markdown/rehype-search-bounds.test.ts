/** rehype-search-bounds alone: overlong words shown but kept out of the search index. */
import { expect, test } from 'vitest';
import rehypeSearchBounds from '../../../src/markdown/rehype-search-bounds.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

test.each(markdownCases('rehype-search-bounds'))('$name', ({ input, output, options }) => {
  expect(renderMinimal(input, { rehype: [[rehypeSearchBounds, options]] }).html).toBe(output);
});
