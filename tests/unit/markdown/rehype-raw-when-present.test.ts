/**
 * rehype-raw-when-present alone: raw HTML becomes elements, except raw inputs, which go (task lists'
 * checkboxes stay); a body without any is left as it was.
 */
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeRawWhenPresent, { hasRawHtml, RAW_HTML_SEEN } from '../../../src/markdown/rehype-raw-when-present.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

describe('hasRawHtml', () => {
  const toHast = (markdown: string) =>
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .runSync(unified().use(remarkParse).parse(markdown));

  test('finds raw HTML anywhere in the tree, and none in plain Markdown', () => {
    expect(hasRawHtml(toHast('A *plain* paragraph.\n\n- a list with [a link](/x/)'))).toBe(false);
    expect(hasRawHtml(toHast('Deep in a list:\n\n- item with <b>bold</b>'))).toBe(true);
    expect(hasRawHtml(toHast('<div>block</div>'))).toBe(true);
  });
});

describe('rehype-raw-when-present', () => {
  // The minimal pipeline escapes raw HTML left unparsed, so each output shows whether the plugin parsed it.
  test.each(markdownCases('rehype-raw-when-present'))('$name', ({ input, output }) => {
    expect(renderMinimal(input, { rehype: [rehypeRawWhenPresent] }).html).toBe(output);
  });

  test('tells rehype-reparse-when-needed whether the tree held raw HTML', () => {
    const flag = (markdown: string) =>
      renderMinimal(markdown, { rehype: [rehypeRawWhenPresent] }).file.data[RAW_HTML_SEEN];
    expect(flag('Text with <b>bold</b>.')).toBe(true);
    expect(flag('A *plain* paragraph.')).toBeUndefined();
  });
});
