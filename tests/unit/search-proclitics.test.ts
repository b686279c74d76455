import { describe, expect, test } from 'vitest';
import { pagefindWord, withoutProclitic } from '../../src/search/proclitics.ts';

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

describe('pagefindWord: an Arabic word as Pagefind can find it', () => {
  test.each([
    // Pagefind's stemmer keeps و and ف before an alef, so the word is asked for with its article alone.
    ['والمياه', 'المياه'],
    ['فالميناء', 'الميناء'],
    ['والأطفال', 'الأطفال'],
    // What the stemmer takes off itself, words too short to hold conjunction and article, and other scripts stay.
    ['وبالميناء', 'وبالميناء'],
    ['المياه', 'المياه'],
    ['والد', 'والد'],
    ['واحد', 'واحد'],
    // Words that begin so of their own: "parents" is not "and the religion", Valencia not "so the …".
    ['والدين', 'والدين'],
    ['والدتها', 'والدتها'],
    ['فالنسيا', 'فالنسيا'],
    // …while a word of the same first letters with the conjunction is parted.
    ['والدولة', 'الدولة'],
    ['والدراسة', 'الدراسة'],
    ['harbour', 'harbour'],
    // A ligature is asked for spelled out, as the index holds every word written with one (word-joins.ts).
    ['cœur', 'coeur'],
    ['Œuvre', 'Oeuvre'],
    // …save Turkish ı: the stemmer takes "-dan" off "Iğdır'dan", not off "Iğdir'dan" (src/lib/ligatures.ts).
    ['yıkıldı', 'yıkıldı'],
    ["Iğdır'dan", "Iğdır'dan"],
    ['Wrocław', 'Wroclaw'],
    ['Tromsø', 'Tromso'],
    ['Guðmundur', 'Gudmundur'],
  ])('%s → %s', (word, asked) => {
    expect(pagefindWord(word)).toBe(asked);
  });
});
