/** rehype-external-links alone: links leaving the site get `rel="noopener noreferrer"`, whatever their spelling. */
import rehypeRaw from 'rehype-raw';
import { describe, expect, test } from 'vitest';
import rehypeExternalLinks, { isExternalHref } from '../../../src/markdown/rehype-external-links.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

describe('isExternalHref', () => {
  test.each([
    ['https://example.org', true],
    ['http://example.org/x', true],
    ['//cdn.example/x', true],
    ['/2020/', false],
    ['#top', false],
    ['mailto:a@b.c', false],
    // Spellings browsers read as another host.
    ['/\\evil.example/x', true],
    ['\\\\evil.example/x', true],
    ['/%5Cevil.example/x', true],
    ['/%2f/evil.example/x', true],
    [' /\t/evil.example', true],
    ['/%5C-in-a-path/', true],
    ['/2020/%5C/', false],
  ])('%s external: %s', (href, external) => expect(isExternalHref(href)).toBe(external));
});

describe('rehype-external-links', () => {
  // rehype-raw first: raw `<a>` written in a body is a link too.
  test.each(markdownCases('rehype-external-links'))('$name', ({ input, output }) => {
    expect(renderMinimal(input, { rehype: [rehypeRaw, rehypeExternalLinks] }).html).toBe(output);
  });
});
