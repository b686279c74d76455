import { describe, expect, test } from 'vitest';
import { joinSplitLetters } from '../../src/lib/split-letters.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { pagefindWord } from '../../src/search/proclitics.ts';
import { pageForIndex } from '../../src/search/word-joins.ts';
import { wordRanges } from '../../src/search/highlight.ts';
import { matchesPhrases } from '../../src/search/phrases.ts';

describe('joinSplitLetters: Thai and Lao letters written in two parts, joined', () => {
  test.each([
    // Sara am as a nikhahit and sara aa, as PDFs and some keyboards write it; a tone mark may stand between them.
    ['ลําไย', 'ลำไย'],
    ['นํ้า', 'น้ำ'],
    ['ນໍ້າ', 'ນ້ຳ'],
    // Lao ໜ and ໝ written as ຫ and a letter.
    ['ຫນອງ', 'ໜອງ'],
    ['ຫມາ', 'ໝາ'],
    // Written as one already, or in another script: as it is.
    ['น้ำ', 'น้ำ'],
    ['harbour', 'harbour'],
  ])('%s → %s', (written, joined) => {
    expect(joinSplitLetters(written)).toBe(joined);
  });

  test('queries, the indexed pages, slugs and marks read both spellings alike', () => {
    expect(pagefindWord('ลําไย')).toBe('ลำไย');
    expect(pageForIndex('<main data-pagefind-body><p>ตลาดลําไย นํ้าท่วม</p></main>', 'th')).toBe(
      // (A Thai block ends with a space: no full stop after it, word-joins.ts.)
      '<main data-pagefind-body><p>ตลาดลำไย น้ำท่วม </p></main>',
    );
    expect(slugify('นํ้าท่วม')).toBe(slugify('น้ำท่วม'));
    expect(wordRanges('ราคาลำไยสูง', ['ลําไย'])).toEqual([[4, 8]]);
    // Typed as a PDF wrote the page: marked as written.
    expect(wordRanges('ซื้อลําไยมา', ['ลําไย'])).toEqual([[4, 9]]);
    expect(matchesPhrases('ราคาลำไย สูงขึ้น', ['ลําไย สูงขึ้น'])).toBe(true);
    expect(matchesPhrases('ราคาลําไย สูงขึ้น', ['ลำไย สูงขึ้น'])).toBe(true);
  });
});
