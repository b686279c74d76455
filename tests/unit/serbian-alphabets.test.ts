import { describe, expect, test } from 'vitest';
import { latinLetter, serbianLatin, readInLatinLetters } from '../../src/lib/serbian-script.ts';
import { answersWord, beginsWithWord, pageAnswersWord } from '../../src/search/answered-words.ts';
import { wordRanges } from '../../src/search/highlight.ts';
import { pageForIndex, restoreJoins, standInJoins } from '../../src/search/word-joins.ts';

describe('Serbian in both alphabets', () => {
  test('Cyrillic reads as Latin letter for letter, capitals as capitals, other alphabets untouched', () => {
    expect(serbianLatin('Градска скупштина Београда')).toBe('Gradska skupština Beograda');
    expect(serbianLatin('Љубиша Ђукић, Њиве, ЏЏ')).toBe('Ljubiša Đukić, Njive, DžDž');
    expect(serbianLatin('Beograd 2024')).toBe('Beograd 2024');
    // Russian letters Serbian has not stay: no Serbian reading is made of a Russian word.
    expect(serbianLatin('Россия')).toBe('Rossiя');
    expect(latinLetter('ћ')).toBe('ć');
    expect(latinLetter('x')).toBe('x');
  });

  test('Serbian, Bosnian, Montenegrin and Croatian are read in Latin letters; Russian and Macedonian are not', () => {
    expect(['sr', 'sr-Latn', 'sr-Cyrl-RS', 'bs', 'cnr', 'hr'].every(readInLatinLetters)).toBe(true);
    expect(['ru', 'mk', 'bg', 'en', undefined].some(readInLatinLetters)).toBe(false);
  });

  test('a word found in one alphabet answers the word searched in the other, on a Serbian page only', () => {
    expect(beginsWithWord('Beograd', 'Београда', 'sr')).toBe(true);
    expect(beginsWithWord('Београд', 'Beogradu', 'sr-Latn')).toBe(true);
    expect(answersWord('избори', 'izborima', 'sr')).toBe(true);
    expect(beginsWithWord('Beograd', 'Београда', 'ru')).toBe(false);
    // A Croatian partner's story, in Latin letters, answers a query typed in Cyrillic.
    expect(beginsWithWord('избори', 'izbori', 'hr')).toBe(true);
    const page = { content: 'Градска скупштина Београда заседала је.', meta: { lang: 'sr' } };
    expect(pageAnswersWord('Beograd', page, [2])).toBe('whole');
    expect(pageAnswersWord('skupština', page, [1])).toBe('whole');
    expect(pageAnswersWord('asteroid', page, [1])).toBe('none');
  });

  test('the marks stand on the words as the page writes them, whichever alphabet was typed', () => {
    const cyrillic = 'Љубиша из Београда';
    const [mark] = wordRanges(cyrillic, ['beograd'], 'sr');
    expect(mark && cyrillic.slice(...mark)).toBe('Београда');
    // Љ read as Lj: the range covers the one letter it came from.
    const [name] = wordRanges(cyrillic, ['ljubiša'], 'sr');
    expect(name && cyrillic.slice(...name)).toBe('Љубиша');
    const latin = 'Gradska skupština Beograda';
    const [typed] = wordRanges(latin, ['скупштина'], 'sr-Latn');
    expect(typed && latin.slice(...typed)).toBe('skupština');
    // A phrase typed in Latin over a Cyrillic text.
    const [phrase] = wordRanges('Градска скупштина Београда', ['gradska skupština'], 'sr');
    expect(phrase).toEqual([0, 17]);
    // Elsewhere, as before: a Russian page marks no Latin word in Cyrillic.
    expect(wordRanges('Москва', ['moskva'], 'ru')).toEqual([]);
  });

  test('a Cyrillic word whose Latin letters carry marks is indexed with its Latin twin, which excerpts leave out', () => {
    // Pagefind keeps š on the Cyrillic word its stemmer reads as Latin, and folds it off "skupština" typed.
    const indexed = standInJoins('Градска скупштина Београда, Ђорђе и Жарко', '', '', { serbian: true });
    // đ as every query but a Turkish one spells it, d: "Ђоковић" is found typed "Đoković" or "Dokovic".
    expect(indexed).toBe('Градска скупштина@skupština Београда, Ђорђе@Dorde и Жарко@Žarko');
    expect(restoreJoins(indexed)).toBe('Градска скупштина Београда, Ђорђе и Жарко');
    // A Russian name among them keeps no twin: Serbian's Latin letters cannot spell its й.
    expect(standInJoins('Шойгу и Ђоковић', '', '', { serbian: true })).toBe('Шойгу и Ђоковић@Doković');
    const page = '<html lang="sr"><body><main data-pagefind-body><p>Градска скупштина</p></main></body></html>';
    expect(pageForIndex(page, 'sr')).toContain('скупштина@skupština');
    // Not on a Russian page: Russian has no Latin alphabet of its own to be typed in.
    expect(pageForIndex(page.replace('"sr"', '"ru"'), 'ru')).not.toContain('@');
  });
});
