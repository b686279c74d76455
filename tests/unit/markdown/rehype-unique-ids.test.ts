/**
 * rehype-unique-ids alone, after rehype-raw and rehype-slug (which give raw
 * elements and headings their ids); options.json lists the page's reserved ids.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import { expect, test } from 'vitest';
import rehypeUniqueIds from '../../../src/markdown/rehype-unique-ids.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

test.each(markdownCases('rehype-unique-ids'))('$name', ({ input, output, options }) => {
  expect(renderMinimal(input, { rehype: [rehypeRaw, rehypeSlug, [rehypeUniqueIds, options]] }).html).toBe(output);
});
