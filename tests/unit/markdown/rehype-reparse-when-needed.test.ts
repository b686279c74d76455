/**
 * rehype-reparse-when-needed, after the plugins whose trees it may reparse
 * (raw HTML parsed, heading ids and anchors), as in the pipeline: the HTML
 * comes out as an HTML parser writes it, and a plain body is left alone.
 */
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import { expect, test } from 'vitest';
import rehypeHeadingAnchors from '../../../src/markdown/rehype-heading-anchors.ts';
import rehypeRawWhenPresent from '../../../src/markdown/rehype-raw-when-present.ts';
import rehypeReparseWhenNeeded from '../../../src/markdown/rehype-reparse-when-needed.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

const before: PluggableList = [rehypeRawWhenPresent, rehypeSlug, rehypeHeadingAnchors];
const render = (markdown: string, withPlugin: boolean) =>
  renderMinimal(markdown, { rehype: withPlugin ? [...before, rehypeReparseWhenNeeded] : before }).html;

test.each(markdownCases('rehype-reparse-when-needed'))('$name', ({ input, output }) => {
  expect(render(input, true)).toBe(output);
});

test('without it, a raw link left open wraps the heading and nests its anchor', () => {
  expect(render('<a href="/x">open\n\n## Title', false)).toBe(
    '<p><a href="/x">open</a></p><a href="/x">\n<h2 id="title">Title<a href="#title" class="heading-anchor" aria-hidden="true" tabindex="-1" data-pagefind-ignore="">#</a></h2></a>',
  );
});

test('a plain body comes out the same with or without it', () => {
  const body = '## Title\n\nA *plain* paragraph, a [link](/x) and\n\n- [x] a task';
  expect(render(body, true)).toBe(render(body, false));
});
