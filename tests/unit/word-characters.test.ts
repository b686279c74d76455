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

  test('digits are word characters; spaces, punctuation and symbols are not', () => {
    const text = 'Route 66, €5; ١٢ ʻokina';
    expect(text.match(WORD_RUN)).toEqual(['Route', '66', '5', '١٢', 'ʻokina']);
    expect(text.split(BETWEEN_WORDS)).toEqual(['Route', '66', '5', '١٢', 'ʻokina']);
  });
});
