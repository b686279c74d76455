/** remark-lead alone: the lead and word count it leaves on `file.data.astro.frontmatter` (data.json per case). */
import { describe, expect, test } from 'vitest';
import remarkLead, { countWords, truncateAtWord } from '../../../src/markdown/remark-lead.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

/** What the plugin left for the renderer to return as metadata. */
const frontmatterOf = (markdown: string, data?: Record<string, unknown>) =>
  (
    renderMinimal(markdown, { remark: [remarkLead], ...(data ? { data } : {}) }).file.data as {
      astro?: { frontmatter?: Record<string, unknown> };
    }
  ).astro?.frontmatter;

describe('remark-lead', () => {
  test.each(markdownCases('remark-lead'))('$name', ({ input, data }) => {
    expect(frontmatterOf(input)).toEqual(data);
  });

  test('a line broken inside the first paragraph parts its words in the summary', () => {
    // An old page's cell: the headline in bold, a <br>, the byline, a <br>, the story ("açıldıMüəllif" ran together).
    const cell = '**Bakıda yeni park açıldı**\\\n*Müəllif: Elçin Məmmədov*\\\nPaytaxtda yeni park istifadəyə verilib.';
    expect(frontmatterOf(cell)?.['lead']).toBe(
      'Bakıda yeni park açıldı Müəllif: Elçin Məmmədov Paytaxtda yeni park istifadəyə verilib.',
    );
    expect(frontmatterOf('One line  \nand the next.')?.['lead']).toBe('One line and the next.');
    expect(frontmatterOf('**Bakıda yeni park açıldı**<br>Müəllif: Elçin Məmmədov')?.['lead']).toBe(
      'Bakıda yeni park açıldı Müəllif: Elçin Məmmədov',
    );
  });

  test('a place and a date alone on the first line are the dateline, not the summary; a sentence with them is', () => {
    expect(frontmatterOf('Lefkoşa, 14 Mart 2023\n\nFestival bugün başladı.')?.['lead']).toBe('Festival bugün başladı.');
    expect(frontmatterOf('Namur, le 8 juin 1997\n\nLe conseil a voté.')?.['lead']).toBe('Le conseil a voté.');
    // Czech writes no comma after the place, the day's stop parting them.
    expect(frontmatterOf('Brno 15. března 2024\n\nPřehrada se otevřela.')?.['lead']).toBe('Přehrada se otevřela.');
    expect(frontmatterOf('Namur, the council met on 8 June 1997.\n\nMore.')?.['lead']).toBe(
      'Namur, the council met on 8 June 1997.',
    );
  });

  test('so is a dateline in a script without capitals, after Arabic’s comma, with the year’s era mark or Persian figures', () => {
    for (const dateline of [
      'کوئٹہ، 3 ستمبر 2023',
      'کوئٹہ، یکم ستمبر 2023ء',
      'مشهد، ۹ مهر ۱۴۰۲',
      'مشهد، یکشنبه ۹ مهر ۱۴۰۲',
      'Quetta, 3 September 2023',
    ])
      expect(frontmatterOf(`${dateline}\n\nباغات سوکھ گئے۔`)?.['lead'], dateline).toBe('باغات سوکھ گئے۔');
    // Urdu's "on Sunday" before a date names no place: no dateline (the importer takes such a line out).
    expect(frontmatterOf('بروز اتوار، 3 ستمبر 2023\n\nباغات سوکھ گئے۔')?.['lead']).toBe('بروز اتوار، 3 ستمبر 2023');
  });

  test('frontmatter already on the file is kept (the language the renderer handed over)', () => {
    expect(frontmatterOf('Bonjour.', { astro: { frontmatter: { lang: 'fr' } } })).toEqual({
      lang: 'fr',
      lead: 'Bonjour.',
      wordCount: 1,
    });
  });

  test('what sits inside a script, style, template or noscript element is neither lead nor words', () => {
    expect(frontmatterOf('Body text.<script>alert("x")</script> More.\n\nNext <style>p{}</style>one.')).toEqual({
      lead: 'Body text. More.',
      // Body, text, More, Next, one: not alert, x, nor p.
      wordCount: 5,
    });
    // A script alone in the first paragraph leaves no words of its own: the lead is the next paragraph.
    expect(frontmatterOf('<noscript>Enable scripts</noscript>\n\nThe story.')?.lead).toBe('The story.');
    // One left open ends with its paragraph; a slash does not close a script.
    expect(frontmatterOf('Intro <script>x\n\nSecond paragraph.')?.wordCount).toBe(3);
    expect(frontmatterOf('A <script/>hidden</script> lead.')?.lead).toBe('A lead.');
    // Other raw tags keep their text, as the sanitizer keeps it on the page.
    expect(frontmatterOf('A <span>kept</span> <iframe>word</iframe>.')?.lead).toBe('A kept word.');
  });

  test('the HTML is left as it was', () => {
    const body = '## Heading\n\nFirst *para*.';
    expect(renderMinimal(body, { remark: [remarkLead] }).html).toBe(renderMinimal(body).html);
  });
});

describe('countWords', () => {
  test.each([
    ['東京都 is big', 5],
    // Korean puts spaces between words: they are counted as words, not syllable by syllable.
    ['서울시 의회가 예산을 통과시켰다', 4],
    ["the council's plan, re-drawn", 4],
    ['', 0],
    // Outside the Basic Multilingual Plane (a surrogate pair), still one character, one word.
    ['𠮷野家 opened', 4],
    ['naïve “café” → ☕ 10½', 3],
    // Vowel signs and viramas are combining marks inside the word: Hindi and Urdu words count once each.
    ['किसानों को मिलेगा ब्याज-मुक्त ऋण', 5],
    ['مُشاعرہ منعقد ہوا', 3],
    ['cafe\u0301 au lait', 3],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));

  test('counts as the plain three-pass definition does, on mixed scripts and symbols', () => {
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
    const reference = (text: string) =>
      (text.match(unspaced)?.length ?? 0) +
      (text.replace(unspaced, ' ').match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)?.length ?? 0);
    const pieces = [
      'harbour',
      'ferry’s',
      're-drawn',
      ' ',
      ', ',
      '港',
      'の',
      'カタ',
      '𠮷',
      '서울',
      'ü',
      '½',
      '→',
      '☕',
      '-',
      "'",
      '\n',
      '2024',
    ];
    // A fixed pseudo-random sequence: the same strings every run.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let sample = 0; sample < 500; sample++) {
      const text = Array.from({ length: 1 + (sample % 12) }, () => pieces[next()]).join('');
      expect(countWords(text), text).toBe(reference(text));
    }
  });
});

describe('truncateAtWord', () => {
  test.each([
    ['one two three', 8, 'one two…'],
    ['short', 10, 'short'],
    ['a   spaced\n text', 20, 'a spaced text'],
  ])('%j cut at %i → %j', (text, max, expected) => expect(truncateAtWord(text, max)).toBe(expected));
});
