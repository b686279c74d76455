import { expect, test } from 'vitest';
import { readMetaLine } from '../../src/importer/meta-line.ts';

test.each([
  [
    'Publié le 4 mai 2015 | Par Jean Dupont | Rubrique : Société',
    { date: '2015-05-04', authors: ['Jean Dupont'], section: 'Société' },
  ],
  [
    'Posted by Ada Quill · Tags: ferries, harbour board',
    { authors: ['Ada Quill'], tags: ['ferries', 'harbour board'] },
  ],
  ['Von Jana Berg – Kategorie: Lokales', { authors: ['Jana Berg'], section: 'Lokales' }],
  ['12/03/2021 - Atualizado em 13/03/2021', { date: '2021-03-12' }],
  ['Atualizado em 13/03/2021', { date: '2021-03-13', updatedOnly: true }],
])('%s', (line, expected) => {
  expect(readMetaLine(line, [], 'day-first')).toEqual(expected);
});

test.each([
  'The pier closed on 05/10/2018 - engineers blamed the storm',
  'In Brief',
  'Section 3 of the plan - the budget',
  'By the numbers - 12 piers, 3 ferries',
  'Tags',
])('%s is not a metadata line', (line) => {
  const read = readMetaLine(line, [], 'day-first');
  // "Tags" alone names no tag; anything else here is prose.
  expect(read === undefined || (read.tags?.length === 0 && Object.keys(read).length === 1)).toBe(true);
});

test('a byline part is told by the labels bylines.ts knows, in any of its languages', () => {
  expect(readMetaLine('Geschrieben von Jana Berg | Kategorie: Lokales', [], 'day-first')).toEqual({
    authors: ['Jana Berg'],
    section: 'Lokales',
  });
  expect(readMetaLine('Autor: Ana Lima - Tags: porto, cais', [], 'day-first')).toEqual({
    authors: ['Ana Lima'],
    tags: ['porto', 'cais'],
  });
});
