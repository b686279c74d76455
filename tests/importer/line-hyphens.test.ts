import { describe, expect, test } from 'vitest';
import { joinLineHyphens } from '../../src/importer/line-hyphens.ts';
import { splitParagraphs } from '../../src/importer/to-markdown.ts';

describe('joinLineHyphens: words a line’s end broke with a hyphen', () => {
  test.each([
    ['English', 'The build-\nings were retro-\nfitted.', 'The buildings were retrofitted.'],
    ['a headline’s two lines', 'The long recon-\nstruction of Tlatelolco', 'The long reconstruction of Tlatelolco'],
    ['Spanish', 'la educa-\nción pública', 'la educación pública'],
    ['German', 'Der Stadt-\nrat tagte.', 'Der Stadtrat tagte.'],
    ['Russian', 'Началась реконструк-\nция здания.', 'Началась реконструкция здания.'],
    ['Greek', 'η ανοικοδό-\nμηση της πόλης', 'η ανοικοδόμηση της πόλης'],
    ['a soft hyphen (U+00AD)', 'Wäh\u00AD\nrend des Marktes', 'Während des Marktes'],
    ['Unicode’s hyphen (U+2010)', 'retro\u2010\nfitted', 'retrofitted'],
    ['a space after the hyphen, an indent, Windows line ends', 'retro- \r\n  fitted', 'retrofitted'],
    ['a word broken twice', 'recon-\nstruc-\ntion', 'reconstruction'],
    ['punctuation after the word', 'the build-\nings, she said', 'the buildings, she said'],
  ])('%s', (_, text, joined) => {
    expect(joinLineHyphens(text)).toBe(joined);
  });

  test.each([
    ['before a capital', 'the Franco-\nPrussian war', 'the Franco-Prussian war'],
    ['before a digit', 'the COVID-\n19 pandemic', 'the COVID-19 pandemic'],
    ['after a word with a digit', 'the 1990s-\nera cars', 'the 1990s-era cars'],
    ['Unicode’s hyphen before a capital', 'Franco\u2010\nPrussian', 'Franco\u2010Prussian'],
    [
      'a pair the text writes with its hyphen elsewhere',
      'A well-known firm hired the well-\nknown architect.',
      'A well-known firm hired the well-known architect.',
    ],
    ['the same, in other capitals', 'Well-known. The well-\nknown one.', 'Well-known. The well-known one.'],
    ['a Russian one', 'кое-что. Он сказал кое-\nчто.', 'кое-что. Он сказал кое-что.'],
  ])('a real hyphen stays: %s', (_, text, joined) => {
    expect(joinLineHyphens(text)).toBe(joined);
  });

  test('German: only the pair at the break is asked, the word’s own hyphen stays', () => {
    expect(joinLineHyphens('in Nord-\nrhein-Westfalen')).toBe('in Nordrhein-Westfalen');
    expect(joinLineHyphens('in Nordrhein-\nWestfalen')).toBe('in Nordrhein-Westfalen');
  });

  test('a suspended hyphen before a conjunction is no broken word', () => {
    expect(joinLineHyphens('Haupt-\nund Nebenstraße')).toBe('Haupt-\nund Nebenstraße');
    expect(joinLineHyphens('pre-\nand post-war')).toBe('pre-\nand post-war');
  });

  test.each([
    ['a paragraph’s end (a blank line)', 'The build-\n\nings stood.'],
    ['a dash after a space', 'The harbour -\nwhich reopened'],
    ['two hyphens', 'The harbour--\nwhich reopened'],
    ['a hyphen alone on its line', 'Items\n-\nmore'],
    ['a list item’s dash opening the next line', 'Bring warm cloth-\n- a coat'],
    ['no hyphen at all', 'The harbour\nreopened'],
    ['a script without capitals', 'الميناء-\nيفتح'],
  ])('left as it is: %s', (_, text) => {
    expect(joinLineHyphens(text)).toBe(text);
  });

  test('a wrapped paragraph keeps its lines’ widths: the word’s end moves up, the line break stays after it', () => {
    const paragraph = [
      'The council met on Monday evening to discuss the future of the old build-',
      'ings along the harbour front, which were retrofitted after the earthquake',
      'of 1985 and have stood empty for most of the years since then, while the',
      'city argued about who should pay for their upkeep and their eventual re-',
      'construction, a question that the mayor said would be settled next spring',
      'when the budget is voted on by the full assembly of the district.',
    ].join('\n');
    const joined = joinLineHyphens(paragraph);
    expect(joined.split('\n')).toHaveLength(6);
    expect(joined).toContain('old buildings\nalong');
    expect(joined).toContain('eventual reconstruction,\na question');
    // Still one paragraph: lines twice a wrapping width would read as a paragraph each.
    expect(splitParagraphs(joined)).toHaveLength(1);
  });
});
