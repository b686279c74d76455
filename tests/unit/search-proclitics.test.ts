import { describe, expect, test } from 'vitest';
import { withoutProclitic } from '../../src/search/proclitics.ts';

describe('withoutProclitic: an Arabic word without what is joined to its front', () => {
  test.each([
    ['الميناء', 'ميناء'],
    ['والميناء', 'ميناء'],
    ['بالمدرسة', 'مدرسة'],
    ['للمدرسة', 'مدرسة'],
    ['وميناء', 'ميناء'],
    ['وبالميناء', 'ميناء'],
    ['فللمدرسة', 'مدرسة'],
    ['ميناء', undefined],
    ['ولد', undefined],
    ['harbour', undefined],
  ])('%s → %s', (word, bare) => {
    expect(withoutProclitic(word)).toBe(bare);
  });
});
