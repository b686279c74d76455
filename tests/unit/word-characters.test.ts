import { describe, expect, test } from 'vitest';
import { BETWEEN_WORDS, WORD_RUN } from '../../src/lib/word-characters.ts';

describe('word characters', () => {
  test('a word keeps its combining marks in any script, and punctuation stands between words', () => {
    expect('किसानों को ऋण। “Doors open,” مُحَمَّد!'.match(WORD_RUN)).toEqual([
      'किसानों',
      'को',
      'ऋण',
      'Doors',
      'open',
      'مُحَمَّد',
    ]);
    // A decomposed accent is part of its letter's word.
    expect('cafe\u0301-bar'.replace(BETWEEN_WORDS, ' ')).toBe('cafe\u0301 bar');
  });

  test('the shared patterns give the same answer however often they are used', () => {
    const text = 'one, two; three';
    const first = [text.match(WORD_RUN), text.replace(BETWEEN_WORDS, '|'), text.split(BETWEEN_WORDS)];
    const again = [text.match(WORD_RUN), text.replace(BETWEEN_WORDS, '|'), text.split(BETWEEN_WORDS)];
    expect(again).toEqual(first);
    expect(first).toEqual([['one', 'two', 'three'], 'one|two|three', ['one', 'two', 'three']]);
  });
});
