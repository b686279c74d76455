import { describe, expect, test } from 'vitest';
import { joinSplitLetters, maySplitLetters } from '../../src/lib/split-letters.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { pagefindWord } from '../../src/search/proclitics.ts';
import { pageForIndex } from '../../src/search/word-joins.ts';
import { highlightWords, pieceRanges, wordRanges } from '../../src/search/highlight.ts';
import { authorsMeta } from '../../src/search/record.ts';
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

describe('joiners inside a word of the scripts of India', () => {
  test('are no part of the word: queries, the indexed pages and slugs read it without them', () => {
    // র‍্যাব (RAB) drawn with a joiner, উদ্‌যাপিত with a non-joiner, as Bengali keyboards and papers may write them.
    expect(joinSplitLetters('র\u200D্যাব')).toBe('র্যাব');
    expect(joinSplitLetters('উদ্\u200Cযাপিত')).toBe('উদ্যাপিত');
    expect(pagefindWord('র\u200D্যাব')).toBe('র্যাব');
    expect(pageForIndex('<main data-pagefind-body><p>দায়িত্বে র\u200D্যাব</p></main>', 'bn')).toBe(
      // (A Bengali block ends with its own stop, ।: word-joins.ts.)
      '<main data-pagefind-body><p>দায়িত্বে র্যাব।</p></main>',
    );
    expect(slugify('র\u200D্যাব')).toBe('র্যাব');
    expect(slugify('র\u200D্যাব')).toBe(slugify('র্যাব'));
  });

  test('the opened article marks a word written with a joiner, typed with or without it, whole', () => {
    const marked = (text: string, query: string) =>
      pieceRanges([text], highlightWords(`?highlight=${encodeURIComponent(query)}`)).map(({ start, end }) =>
        text.slice(start, end),
      );
    // Sri Lanka's ශ්‍රී is written with a joiner in nearly every Sinhala story.
    expect(marked('ශ්\u200Dරී ලංකා', 'ශ්\u200Dරී')).toEqual(['ශ්\u200Dරී']);
    expect(marked('ශ්\u200Dරී ලංකා', '"ශ්\u200Dරී ලංකා"')).toEqual(['ශ්\u200Dරී ලංකා']);
    expect(marked('উদ্\u200Cযাপিত হলো', 'উদ্যাপিত')).toEqual(['উদ্\u200Cযাপিত']);
    expect(marked('দায়িত্বে র\u200D্যাব ও পুলিশ', 'র্যাব')).toEqual(['র\u200D্যাব']);
  });

  test("a writer's name written with a joiner is searched without it too", () => {
    expect(authorsMeta(['র\u200D্যাচেল দত্ত'], 'bn')).toBe('র\u200D্যাচেল দত্ত ‖ র্যাচেল দত্ত');
  });

  test("Malayalam's chillu written with a joiner is the one letter, never the consonant and virama alone", () => {
    // അവന്‍ ("he", written before Unicode 5.1) is അവൻ; അവന് ("to him") is another word.
    expect(joinSplitLetters('അവന്\u200D')).toBe('അവൻ');
    expect(pagefindWord('അവന്\u200D')).toBe(pagefindWord('അവൻ'));
    expect(pagefindWord('അവന്')).not.toBe(pagefindWord('അവൻ'));
  });

  test('a Persian non-joiner stays: there it parts a word from its suffix', () => {
    expect(joinSplitLetters('می\u200Cروم')).toBe('می\u200Cروم');
    expect(maySplitLetters('می\u200Cروم')).toBe(false);
  });
});

test('a word typed with য় as one character asks for it as the articles hold it, composed: য and its dot', () => {
  expect(pagefindWord('ঢাকা\u09DF')).toBe('ঢাকা\u09AF\u09BC');
  expect(pagefindWord('ঢাকা\u09AF\u09BC')).toBe('ঢাকা\u09AF\u09BC');
});
