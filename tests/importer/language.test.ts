import { describe, expect, test } from 'vitest';
import { pageLanguage } from '../../src/importer/language.ts';

// Written here: a short local story in each language, long enough for a trigram model to tell them apart.
const GERMAN =
  'Die Stadt hat am Wochenende das Straßenfest in der Altstadt gefeiert. Tausende Besucher kamen, ' +
  'obwohl es am Samstag geregnet hat, und die Händler waren mit dem Umsatz zufrieden.';
const ENGLISH =
  'The town celebrated its street festival in the old quarter at the weekend. Thousands of visitors ' +
  'came although it rained on Saturday, and the traders were pleased with their takings.';
const PORTUGUESE =
  'A prefeitura anunciou que as obras na ponte sobre o rio começam na segunda-feira e devem durar ' +
  'seis meses, com o trânsito desviado pela avenida principal durante o dia.';

describe('pageLanguage: the places a page declares its language in, settled by its text', () => {
  test('a template’s lang="en" over a German story, with content-language de: German', () => {
    expect(pageLanguage(['en', undefined, undefined, 'de'], GERMAN)).toBe('de');
  });

  test('the tag kept is the declaration’s own, region included', () => {
    expect(pageLanguage(['en-US', 'pt-BR'], PORTUGUESE)).toBe('pt-BR');
    expect(pageLanguage(['de-AT', 'en-GB'], ENGLISH)).toBe('en-GB');
  });

  test('declarations that agree are taken as they are, whatever the text', () => {
    expect(pageLanguage(['en-US', 'en'], GERMAN)).toBe('en-US');
    expect(pageLanguage([undefined, 'de'], ENGLISH)).toBe('de');
  });

  test('the first declaration stands when the text is too short to tell, or there is none', () => {
    expect(pageLanguage(['en', 'de'], 'Straßenfest gefeiert.')).toBe('en');
    expect(pageLanguage(['en', 'de'], '')).toBe('en');
  });

  test('when the text reads as the first declaration, it stays', () => {
    expect(pageLanguage(['en', 'de'], ENGLISH)).toBe('en');
  });

  test('a page that declares nothing gets no language from its text', () => {
    expect(pageLanguage([undefined, undefined], GERMAN)).toBeUndefined();
  });

  test('a declared tag that names no ISO language is no candidate', () => {
    expect(pageLanguage(['xx', 'de'], ENGLISH)).toBe('xx');
  });
});
