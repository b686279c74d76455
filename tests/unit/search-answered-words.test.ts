import { describe, expect, test } from 'vitest';
import {
  answersWord,
  beginsWithWord,
  checksWord,
  overStemmed,
  ownScriptWord,
  pageAnswersWord,
} from '../../src/search/answered-words.ts';

describe('answersWord: a word found answers the word searched', () => {
  test.each([
    // Stems: endings cut, even a good part of the word.
    ['running', 'runners', true],
    ['voting', 'votes', true],
    ['talossa', 'talo', true],
    ['harbour', 'Harbourmaster,', true],
    ['Saude', 'saúde', true],
    ['electric', 'battery-electric', true],
    ["don't", "Don't", true],
    // ß written ss (Switzerland, keyboards without it), as German stemming finds it, either way round.
    ['Strassenfest', 'Straßenfest', true],
    ['Fußball', 'Fussball', true],
    ['Fussball', 'Fußball.', true],
    // Pagefind's fallback: a short word that happens to begin the one searched.
    ['asteroid', 'as', false],
    ['antelope', 'An', false],
    ['arrombamento', 'ar', false],
    ['desemprego', 'de,', false],
    ['at', 'a', false],
    ['saude', 'sa', false],
    ['bookkeeper', 'books', false],
  ])('%s by %s: %s', (searched, found, expected) => expect(answersWord(searched, found)).toBe(expected));

  test('a number is no stem: only the whole number answers it', () => {
    expect(answersWord('1200', '12')).toBe(false);
    expect(answersWord('1200', '1200')).toBe(true);
    expect(answersWord('30', '3')).toBe(false);
    expect(answersWord('2024', '2024-05-10')).toBe(true);
  });

  test('in a German page, ae, oe and ue typed for ä, ö and ü answer, as German stemming finds them', () => {
    expect(answersWord('Muenchen', 'München', 'de')).toBe(true);
    expect(answersWord('Buergermeisterin', 'Bürgermeisterin', 'de-CH')).toBe(true);
    expect(answersWord('Muenchen', 'München', 'en')).toBe(false);
    expect(answersWord('Muenchen', 'Mut', 'de')).toBe(false);
  });
});

describe('in an Indonesian page, a word answers under the prefixes its stemmer takes off', () => {
  test.each([
    ['laut', 'melaut'],
    ['laut', 'kelautan'],
    ['ikan', 'perikanan'],
    ['kirim', 'mengirimkan'],
    ['sapu', 'menyapu'],
    ['pukul', 'memukul'],
  ])('%s by %s', (searched, found) => {
    expect(beginsWithWord(searched, found, 'id')).toBe(true);
    // Only where the stemmer reads them so: in English, "melaut" begins otherwise.
    expect(beginsWithWord(searched, found, 'en')).toBe(false);
  });

  test('a word searched with a prefix answers in part by its root: the exact search then tells', () => {
    expect(answersWord('menangkap', 'tangkap', 'id')).toBe(true);
    expect(answersWord('menangkap', 'penangkapan', 'id')).toBe(true);
    expect(beginsWithWord('menangkap', 'penangkapan', 'id')).toBe(false);
    // A root guessed from the word typed may be another word: "ketua" (chair) is no ke- before "tua".
    expect(beginsWithWord('ketua', 'tuan', 'id')).toBe(false);
    expect(beginsWithWord('berita', 'italia', 'id')).toBe(false);
    expect(pageAnswersWord('beras', { raw_content: 'Harga rasa naik', meta: { lang: 'id' } }, [1])).not.toBe('whole');
    // se- and a bare te- are no prefixes of the stemmer's.
    expect(beginsWithWord('sepeda', 'pedagang', 'id')).toBe(false);
    expect(beginsWithWord('semua', 'mual', 'id')).toBe(false);
  });

  test("Pagefind's fallback to a short word is still no answer", () => {
    expect(answersWord('asteroid', 'as', 'id')).toBe(false);
    expect(answersWord('nelayan', 'para', 'id')).toBe(false);
    expect(answersWord('sekolah', 'se', 'id')).toBe(false);
    expect(pageAnswersWord('laut', { raw_content: 'Nelayan melaut sejak subuh', meta: { lang: 'id' } }, [1])).toBe(
      'whole',
    );
  });
});

describe('pageAnswersWord reads the matched words at their positions', () => {
  const page = (content: string, positions: number[], meta: Record<string, string> = {}) =>
    [{ raw_content: content, meta }, positions] as const;
  test('a page found through "as" for "asteroid" does not answer it', () => {
    expect(pageAnswersWord('asteroid', ...page('Prices rose as the council met', [2]))).toBe('none');
  });
  test('a page with the word, or the word read further, answers it whole', () => {
    expect(pageAnswersWord('asteroid', ...page('An asteroid passed by', [1]))).toBe('whole');
    expect(pageAnswersWord('Lineker', ...page('gól Garyho Linekera', [2]))).toBe('whole');
  });
  test('a page with a word sharing part of it answers in part: a stem, or the shorter word Pagefind falls back to', () => {
    expect(pageAnswersWord('running', ...page('Two runners finished', [1]))).toBe('part');
    expect(pageAnswersWord('Linekera', ...page('Lines of fans waited', [0]))).toBe('part');
    expect(pageAnswersWord('český', ...page('Ces mesures sont nouvelles', [0]))).toBe('part');
  });
  test('a page found by its title answers with the title', () => {
    expect(pageAnswersWord('asteroid', ...page('Nothing here', [], { title: 'Asteroid watch' }))).toBe('whole');
    expect(pageAnswersWord('asteroid', ...page('Nothing here', [], { title: 'As it was' }))).toBe('none');
  });
  test('an Arabic word answers under its article or a joined preposition, typed with it or without', () => {
    const port = page('أغلق الميناء أمس وبالميناء سفن', [1, 3]);
    expect(pageAnswersWord('ميناء', ...port)).toBe('whole');
    expect(pageAnswersWord('الميناء', ...page('ميناء المدينة مغلق', [0]))).toBe('whole');
    // A short word that only begins so is no article plus a word: ولد ("boy") is not و + لد.
    expect(pageAnswersWord('لد', ...page('ولد صغير', [0]))).toBe('none');
  });
  test("a number answers in any script of digits, as Pagefind's Arabic stemming reads them alike", () => {
    // Pagefind finds 2011 for ٢٠١١ and ١٢٪ for 12: the page check must not drop what it found.
    expect(pageAnswersWord('٢٠١١', ...page('الأجور لم تتغير منذ عام 2011.', [5]))).toBe('whole');
    expect(pageAnswersWord('12', ...page('ارتفعت الأسعار بنسبة ١٢٪ خلال أسبوع', [3]))).toBe('whole');
    expect(pageAnswersWord('۱۲', ...page('بنسبة ١٢٪', [1]))).toBe('whole');
    expect(pageAnswersWord('٢٠١١', ...page('منذ عام 2012', [2]))).toBe('none');
  });
  test('segmented text counts its words between zero-width spaces, as Pagefind does', () => {
    expect(pageAnswersWord('harbour', ...page('the\u200Bharbour\u200Bwall', [1]))).toBe('whole');
  });
});

describe('beginsWithWord: the word itself, or read further', () => {
  test.each([
    ['Lineker', 'Linekera', true],
    ['saude', 'Saúde,', true],
    ['electric', 'battery-electric', true],
    ['Muenchen', 'München', true],
    ['running', 'runs', false],
    ['cesky', 'ces', false],
  ])('%s in %s: %s', (searched, found, expected) =>
    expect(beginsWithWord(searched, found, searched === 'Muenchen' ? 'de' : '')).toBe(expected),
  );
});

test('words of scripts written without spaces, and punctuation alone, are not checked', () => {
  expect(checksWord('港まつり')).toBe(false);
  expect(checksWord('—')).toBe(false);
  expect(checksWord('السوق')).toBe(true);
  expect(checksWord('saúde')).toBe(true);
});

test('a result is told to its shard by its month; phrase words are left to the phrase check', async () => {
  const { inPeriod, checkedWords } = await import('../../src/client/archive-search.ts');
  expect(inPeriod('2012-07-2014-11', '2013-01')).toBe(true);
  expect(inPeriod('2012-07-2014-11', '2014-11')).toBe(true);
  expect(inPeriod('2012-07-2014-11', '2014-12')).toBe(false);
  expect(inPeriod('all', '2014-12')).toBe(false);
  // A shard of one month (the newest period is cut month by month) is named by that month alone.
  expect(inPeriod('2024-03', '2024-03')).toBe(true);
  expect(inPeriod('2024-03', '2024-04')).toBe(false);
  expect(checkedWords('ferry harbour asteroid asteroid', ['ferry harbour'])).toEqual(['asteroid']);
  expect(checkedWords('港まつり —', [])).toEqual([]);
  expect(checkedWords(null, [])).toEqual([]);
});

describe('ownScriptWord: a word in the letters of one language of the archive alone', () => {
  test.each([
    // Tamil and Bengali are each the one language of their letters in a Bengali, Tamil and English archive.
    ['மதுரையில்', 'ta', ['bn', 'ta', 'en'], true],
    ['বইমেলার', 'bn', ['hi', 'ur', 'bn'], true],
    // Latin letters are English's and French's: a shorter word may be the other language's (Chambéry, chambers).
    ['Chambéry', 'en', ['en', 'fr'], false],
    ['harbour', 'en', ['en', 'ar'], true],
    // Hindi and Marathi share Devanagari.
    ['मुंबईत', 'mr', ['hi', 'mr'], false],
    // A word in other letters than the index's language.
    ['মেলা', 'hi', ['hi', 'bn'], false],
  ])('%s in the %s index of %j: %s', (word, language, languages, own) => {
    expect(ownScriptWord(word, language, languages)).toBe(own);
  });
});

describe('overStemmed: a word a stemmer reads as far less than it is', () => {
  test('Turkish Ayşe, read as "a", matched among words that share only that', () => {
    const page = { content: 'Ayşe açıldı@açildi. açtı@açti. Ankara arasında@arasinda Ayşe`nin' };
    expect(overStemmed('Ayşe', page, [0, 1, 2, 3, 4, 5])).toBe(true);
    expect(overStemmed('ayse', page, [0, 1, 2, 3, 4, 5])).toBe(true);
  });

  test('a stem that reads the word as the stemmer should, and the query’s other words, are no sign of it', () => {
    expect(overStemmed('running', { content: 'runs running run runner' }, [0, 1, 2, 3])).toBe(false);
    // "bus" and "bank" are the query's other words, sharing the first letter: two are not enough.
    expect(overStemmed('battery', { content: 'battery bus bank battery' }, [0, 1, 2, 3])).toBe(false);
    expect(overStemmed('Ayşe', { content: "Ayşe Ayşe'nin Yılmaz" }, [0, 1, 2])).toBe(false);
  });
});
