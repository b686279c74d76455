/**
 * The article sanitizing schema, run by rehype-sanitize alone after rehype-raw
 * (which turns raw HTML into the elements it judges): what imported HTML loses,
 * and what newsroom markup keeps.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { expect, test } from 'vitest';
import { articleSanitizeSchema } from '../../../src/markdown/sanitize-schema.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

test.each(markdownCases('sanitize-schema'))('$name', ({ input, output }) => {
  expect(renderMinimal(input, { rehype: [rehypeRaw, [rehypeSanitize, articleSanitizeSchema]] }).html).toBe(output);
});
