import { describe, expect, test } from 'vitest';
import { matchesPhrases, normalizeText, parseQuery } from '../../src/search/phrases.ts';

describe('parseQuery', () => {
  test.each([
    ['"battery electric"', { terms: 'battery electric', phrases: ['battery electric'] }],
    ['"battery electric" buses', { terms: 'battery electric buses', phrases: ['battery electric'] }],
    ['ferry', { terms: 'ferry', phrases: [] }],
    ['"ferry"', { terms: 'ferry', phrases: [] }],
    [
      '“harbour  master” and "night opening',
      { terms: 'harbour master and night opening', phrases: ['harbour master', 'night opening'] },
    ],
    ['""', { terms: '', phrases: [] }],
  ])('%s', (query, expected) => expect(parseQuery(query)).toEqual(expected));
});

test('normalizeText keeps letters of any script and accents, drops punctuation', () => {
  expect(normalizeText('Battery-électrique,  BUS!')).toBe('battery électrique bus');
});

describe('matchesPhrases', () => {
  test.each([
    ['New battery electric buses.', ['battery electric'], true],
    ['Battery-\nelectric buses', ['battery electric'], true],
    ['electric battery', ['battery electric'], false],
    ['batteryelectric', ['battery electric'], false],
    ['the battery electrics', ['battery electric'], false],
    ['harbour master at night opening', ['harbour master', 'night opening'], true],
    ['harbour master only', ['harbour master', 'night opening'], false],
    ['anything', [], true],
  ])('%j has %j: %s', (text, phrases, expected) => expect(matchesPhrases(text, phrases)).toBe(expected));
});
