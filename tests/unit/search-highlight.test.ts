import { describe, expect, test } from 'vitest';
import { highlightHref, highlightWords, wordRanges } from '../../src/search/highlight.ts';

describe('highlightHref', () => {
  test.each([
    ['/2024/05/12/a/', 'ferry', '/2024/05/12/a/?highlight=ferry'],
    ['/clip/2024/05/12/a/', '"battery electric" buses', '/clip/2024/05/12/a/?highlight=battery+electric+buses'],
    ['/a/?x=1#top', 'café', '/a/?x=1&highlight=caf%C3%A9#top'],
    ['/a/', '', '/a/'],
  ])('%s + %j', (href, query, expected) => expect(highlightHref(href, query)).toBe(expected));
});

test('highlightWords reads the words back once each, longest first', () => {
  expect(highlightWords(new URL(`http://x${highlightHref('/a/', 'Harbour ferry harbour')}`).search)).toEqual([
    'harbour',
    'ferry',
  ]);
  expect(highlightWords('?q=x')).toEqual([]);
});

describe('wordRanges', () => {
  const marked = (text: string, words: string[]) => wordRanges(text, words).map(([a, b]) => text.slice(a, b));
  test.each([
    ['Herons and a heronry; the heron.', ['heron'], ['Herons', 'heronry', 'heron']],
    ['A battery-electric bus', ['battery', 'electric'], ['battery', 'electric']],
    ['antiheron', ['heron'], []],
    ['Élan et élan', ['élan'], ['Élan', 'élan']],
    ['abc and a.c', ['a.c'], ['a.c']],
  ])('%j with %j', (text, words, expected) => expect(marked(text, words)).toEqual(expected));
});
