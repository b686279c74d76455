/** rehype-base-links alone: root-relative URLs in a body follow the site's base (options.json gives the base). */
import rehypeRaw from 'rehype-raw';
import { describe, expect, test } from 'vitest';
import rehypeBaseLinks, { withBasePrefix } from '../../../src/markdown/rehype-base-links.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

describe('withBasePrefix', () => {
  test.each([
    ['/2020/', '/clips/', '/clips/2020/'],
    ['/images/a.jpg', '/clips', '/clips/images/a.jpg'],
    ['/clips/2020/', '/clips/', '/clips/2020/'],
    ['//cdn.example/x', '/clips/', '//cdn.example/x'],
    ['https://x.example/', '/clips/', 'https://x.example/'],
    ['relative/', '/clips/', 'relative/'],
    ['#top', '/clips/', '#top'],
    ['/2020/', '/', '/2020/'],
  ])('%s under %s → %s', (url, base, expected) => expect(withBasePrefix(url, base)).toBe(expected));
});

describe('rehype-base-links', () => {
  test.each(markdownCases('rehype-base-links'))('$name', ({ input, output, options }) => {
    expect(renderMinimal(input, { rehype: [rehypeRaw, [rehypeBaseLinks, options]] }).html).toBe(output);
  });
});
