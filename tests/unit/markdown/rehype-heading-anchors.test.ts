/** rehype-heading-anchors alone, after rehype-slug (which gives headings the ids it links to). */
import rehypeSlug from 'rehype-slug';
import { expect, test } from 'vitest';
import rehypeHeadingAnchors from '../../../src/markdown/rehype-heading-anchors.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

test.each(markdownCases('rehype-heading-anchors'))('$name', ({ input, output }) => {
  expect(renderMinimal(input, { rehype: [rehypeSlug, rehypeHeadingAnchors] }).html).toBe(output);
});
