// Vietnamese tone marks placed by the older or the newer rule, read as one word (src/search/tone-marks.ts).
import { expect, test } from 'vitest';
import { newerTonePlacement } from '../../src/search/tone-marks.ts';
import { foldMarks, matchesPhrases, wordsAsTyped } from '../../src/search/phrases.ts';
import { wordRanges } from '../../src/search/highlight.ts';
import { toResultView } from '../../src/search/results.ts';

const TEXT = 'Hội đồng hoà giải đã họp. Đời sống người dân được cải thiện nhờ thủy lợi.';

test('the tone of oa, oe and uy goes on the second vowel, letter for letter, in either case', () => {
  for (const [older, newer] of [
    ['hòa', 'hoà'],
    ['HÒA', 'HOÀ'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['Thọai', 'Thoại'],
  ] as const) {
    expect(newerTonePlacement(older)).toBe(newer);
    expect(newerTonePlacement(older)).toHaveLength(older.length);
    expect(newerTonePlacement(newer)).toBe(newer);
  }
  // Other languages' accents before a vowel of another word, or not a tone: left.
  expect(newerTonePlacement('però a casa, café au lait')).toBe('però a casa, café au lait');
});

test('a quoted phrase finds its words whichever rule placed the tone, and đ typed as d', () => {
  for (const phrase of ['hòa giải', 'hoà giải', 'thủy lợi', 'thuỷ lợi', 'doi song', 'đời sống'])
    expect(matchesPhrases(TEXT, [phrase]), phrase).toBe(true);
  // Other tones are other words: hỏa (fire) is not hoà.
  expect(matchesPhrases(TEXT, ['hỏa giải'])).toBe(false);
  expect(foldMarks('Đời sống')).toBe('Doi song');
});

test('the opened article marks the word as written, whichever rule the reader typed', () => {
  const marked = (words: string[]) => wordRanges(TEXT, words).map(([start, end]) => TEXT.slice(start, end));
  expect(marked(['hòa giải'])).toEqual(['hoà giải']);
  expect(marked(['thuỷ lợi'])).toEqual(['thủy lợi']);
  expect(marked(['doi song'])).toEqual(['Đời sống']);
});

test('in Vietnamese, words typed with marks are checked as written; typed without, or in other languages, they are not', () => {
  expect(wordsAsTyped('vi', 'Hà Nội mưa to', [])).toEqual(['hà', 'nội', 'mưa']);
  expect(wordsAsTyped('vi', 'ha noi', [])).toEqual([]);
  // A word already in a quoted phrase is checked there.
  expect(wordsAsTyped('vi', 'hòa giải Nghệ An', ['hòa giải'])).toEqual(['nghệ']);
  expect(wordsAsTyped('fr', 'été chaud', [])).toEqual([]);
  expect(wordsAsTyped('vi', null, [])).toEqual([]);
  // So "Hà Nội" is found in Hà Nội, never in hàng, nổi or nơi, which Pagefind also answers with.
  expect(matchesPhrases('Giá hàng ở chợ nổi tăng', wordsAsTyped('vi', 'Hà Nội', []))).toBe(false);
  expect(matchesPhrases('Mưa lớn ở Hà Nội', wordsAsTyped('vi', 'Hà Nội', []))).toBe(true);
});

test('đ typed is a letter of its own (đầu is not dầu); d typed finds both, and a Serbian Đ is marked as written', () => {
  const text = 'Giá dầu tăng, đầu tư mạnh. Novak Đoković je pobedio.';
  const marked = (words: string[]) => wordRanges(text, words).map(([start, end]) => text.slice(start, end));
  expect(marked(['đầu'])).toEqual(['đầu']);
  expect(marked(['đầu tư'])).toEqual(['đầu tư']);
  expect(marked(['đoković'])).toEqual(['Đoković']);
  expect(marked(['dau'])).toEqual(['dầu', 'đầu']);
  expect(matchesPhrases('Giá dầu tăng', ['đầu'])).toBe(false);
  expect(wordsAsTyped('vi', 'đi chợ', [])).toEqual(['đi', 'chợ']);
});

test('in a Vietnamese text, a word typed with marks marks that word, never the start of a longer one', () => {
  const text = 'Hà Nội có nhiều hàng quán; hai bạn Hàn Quốc đến Hà Nội.';
  const marked = (words: string[], lang?: string) =>
    wordRanges(text, words, lang).map(([start, end]) => text.slice(start, end));
  expect(marked(['hà', 'nội'], 'vi')).toEqual(['Hà', 'Nội', 'Hà', 'Nội']);
  // Typed without marks it finds every spelling, as search does; in other languages a word is a word's start.
  expect(marked(['ha'], 'vi')).toEqual(['Hà', 'hàng', 'hai', 'Hàn', 'Hà']);
  expect(marked(['hà'])).toEqual(['Hà', 'hàng', 'Hàn', 'Hà']);
});

test("a Vietnamese result's excerpt marks the words typed, around where the article says them", () => {
  const content = `Chợ hàng hoá đông đúc, hàng quán mở cửa sớm. ${'Người dân đi chợ mỗi sáng. '.repeat(12)}Mưa lớn ở Hà Nội suốt đêm qua.`;
  const view = toResultView(
    {
      url: '/x/',
      excerpt: 'Chợ <mark>hàng</mark> hoá đông đúc, <mark>hàng</mark> quán mở cửa sớm.',
      meta: { lang: 'vi' },
      content,
    },
    'Hà Nội',
  );
  const marks = view.excerpt.filter((part) => part.marked).map((part) => part.text);
  expect(marks).toEqual(['Hà', 'Nội']);
  expect(view.excerpt.map((part) => part.text).join('')).toContain('Mưa lớn ở Hà Nội');
  // The same excerpt in a French result keeps Pagefind's marks.
  const french = toResultView({ url: '/y/', excerpt: 'Le <mark>hàng</mark> est là.', meta: { lang: 'fr' } }, 'hà');
  expect(french.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['hàng']);
});
