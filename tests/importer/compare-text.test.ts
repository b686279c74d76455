import { describe, expect, test } from 'vitest';
import { comparableWords, dekRepeatsBody, samePublicationName } from '../../src/importer/compare-text.ts';

describe('comparing text by its words', () => {
  test('punctuation, case and spacing do not count; letters of every script do', () => {
    expect(comparableWords('“Doors open,”  she said…')).toBe('doors open she said');
    expect(comparableWords('الميناء، يفتح')).toBe('الميناء يفتح');
    expect(comparableWords('किसानों को ब्याज-मुक्त ऋण।')).toBe('किसानों को ब्याज मुक्त ऋण');
    expect(comparableWords('— · —')).toBe('');
  });

  test.each([
    [
      'the story’s first paragraph',
      'Doors open at six, the council said.',
      'Doors open at six, the council said. More follows.',
      true,
    ],
    [
      'after a picture’s alt text',
      'Doors open at six, the council said.',
      'The hall at night Doors open at six, the council said.',
      true,
    ],
    [
      'cut short with an ellipsis',
      'Doors open at six, the council …',
      'Doors open at six, the council said on Monday.',
      true,
    ],
    ['cut inside a word', 'Doors open at six, the coun…', 'Doors open at six, the council said on Monday.', true],
    ['a summary in other words', 'What changes for visitors.', 'Doors open at six, the council said.', false],
    ['the same words in another order', 'the council said doors open', 'Doors open at six, the council said.', false],
    ['too short to be more than chance', 'Analysis', 'Analysis of the vote follows.', false],
    ['a word that merely begins the story’s', 'Door open at six', 'Doors open at six.', false],
  ])('a standfirst repeats the story: %s', (_, dek, body, repeats) => {
    expect(dekRepeatsBody(dek, body)).toBe(repeats);
  });

  test.each([
    ['spacing and case', 'Harbour Gazette', 'harbour gazette', true],
    ['a web address', 'Harbour Gazette', 'HarbourGazette.com', true],
    ['accents', 'Le Télégramme', 'letelegramme.fr', true],
    ['a desk of the publication', 'Harbour Gazette', 'Harbour Gazette Staff', false],
    ['a person', 'Harbour Gazette', 'Mara Lind', false],
    ['nothing to compare', '—', '·', false],
  ])('one publication’s name: %s', (_, a, b, same) => {
    expect(samePublicationName(a, b)).toBe(same);
    expect(samePublicationName(b, a)).toBe(same);
  });
});
