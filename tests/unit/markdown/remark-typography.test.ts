/**
 * remark-typography alone: quotes, dashes and ellipses in prose, in the
 * language options.json names (the file's own language when it has one).
 */
import { describe, expect, test } from 'vitest';
import remarkTypography, { typeset } from '../../../src/markdown/remark-typography.ts';
import { typographyStyle } from '../../../src/markdown/typography-styles.ts';
import { markdownCases, renderMinimal } from '../../helpers/markdown-fixtures.ts';

describe('typeset', () => {
  test.each([
    ['"Hello," she said.', '“Hello,” she said.'],
    ["It's the council's plan", 'It’s the council’s plan'],
    ["'Quoted' words", '‘Quoted’ words'],
    ["In the '90s", 'In the ’90s'],
    ['Wait -- what', 'Wait — what'],
    ['Wait---what', 'Wait—what'],
    ['And then...', 'And then…'],
    ['("inside")', '(“inside”)'],
    ['“Already” typographic', '“Already” typographic'],
    ['a-b', 'a-b'],
    // An apostrophe that elides a word's start is no opening quote: Dutch 't, 's, 'n, English 'tis and 'n'.
    ["Café 't Hoekske sluit", 'Café ’t Hoekske sluit'],
    ["'s-Hertogenbosch en 's avonds", '’s-Hertogenbosch en ’s avonds'],
    ["'Tis the season, rock 'n' roll", '’Tis the season, rock ’n’ roll'],
    // …while a letter or word quoted stays quoted.
    ["the letter 's' and 'the end'", 'the letter ‘s’ and ‘the end’'],
    ["'tMarkt", '‘tMarkt'],
    ["the 'T-shirt tax' and 'K-pop', 'S Club 7'", 'the ‘T-shirt tax’ and ‘K-pop’, ‘S Club 7’'],
  ])('%j → %j', (input, output) => expect(typeset(input)).toBe(output));

  test('Portugal quotes with « », Brazil as English does; other regions follow their language', () => {
    expect(typeset('"Sim", disse.', '', typographyStyle('pt'))).toBe('«Sim», disse.');
    expect(typeset('"Sim", disse.', '', typographyStyle('pt-PT'))).toBe('«Sim», disse.');
    expect(typeset('"Sim", disse.', '', typographyStyle('pt-BR'))).toBe('“Sim”, disse.');
    expect(typeset('"Ja", sagte sie.', '', typographyStyle('de-AT'))).toBe('„Ja“, sagte sie.');
  });

  test.each([
    // Hebrew writes the geresh and gershayim its keyboards type as ' and ": transliterations, acronyms, numerals.
    ["צ'יאנג מאי, ג'ורג', וכו'.", 'צ׳יאנג מאי, ג׳ורג׳, וכו׳.'],
    ['צה"ל, חב"ד, ארה"ב, תשפ"ד', 'צה״ל, חב״ד, ארה״ב, תשפ״ד'],
    // An acronym of letters that are also prefixes (ש"ח, shekels) stays one, inside quotes too.
    ['עלה 50 ש"ח, "זה עלה 50 ש"ח"', 'עלה 50 ש״ח, ”זה עלה 50 ש״ח”'],
    // Quotes are both high, as in Unicode's CLDR; one joined to the prefix letters in front of a word opens.
    ['"הבית השני שלנו"', '”הבית השני שלנו”'],
    ['אמר ל"הארץ" ו"לידיעות"', 'אמר ל”הארץ” ו”לידיעות”'],
    ['ל"Time" אמר', 'ל”Time” אמר'],
    // A single quote is closed after a Hebrew letter when one is open; a Latin word keeps its apostrophe.
    ["'שלום' אמר, It's", '’שלום’ אמר, It’s'],
  ])('Hebrew: %j → %j', (input, output) => expect(typeset(input, '', typographyStyle('he'))).toBe(output));

  test('the geresh and gershayim are Hebrew only: Yiddish and English set the same text as before', () => {
    // Yiddish writes an apostrophe (ס'איז, "it is"), not a geresh.
    expect(typeset("ס'איז", '', typographyStyle('yi'))).toBe('ס’איז');
    expect(typeset("צה\"ל ג'ורג'", '', typographyStyle('en'))).toBe('צה”ל ג’ורג’');
    expect(typeset('"Quoted" and it\'s', '', typographyStyle('sv'))).toBe('”Quoted” and it’s');
  });

  test('Norwegian sets « » with ‘ ’ inside, Danish » « with › ‹ inside', () => {
    expect(typeset('"Fergen går," sa hun. \'Nå\'', '', typographyStyle('nb'))).toBe('«Fergen går,» sa hun. ‘Nå’');
    expect(typeset('"Fergen går"', '', typographyStyle('nn'))).toBe('«Fergen går»');
    expect(typeset('"Færgen sejler," sagde hun. \'Nu\'', '', typographyStyle('da-DK'))).toBe(
      '»Færgen sejler,« sagde hun. ›Nu‹',
    );
  });

  test('Serbian, Montenegrin and Bosnian set „ ” with ’ ’ inside, Croatian „ ” with ‚ ’ inside', () => {
    expect(typeset('"Trajekt kreće," rekla je. \'Sada\'', '', typographyStyle('sr-Latn'))).toBe(
      '„Trajekt kreće,” rekla je. ’Sada’',
    );
    expect(typeset('"Трајект креће"', '', typographyStyle('sr'))).toBe('„Трајект креће”');
    expect(typeset('"Trajekt kreće"', '', typographyStyle('cnr'))).toBe('„Trajekt kreće”');
    expect(typeset('"Trajekt kreće," rekla je. \'Sada\'', '', typographyStyle('bs-BA'))).toBe(
      '„Trajekt kreće,” rekla je. ’Sada’',
    );
    expect(typeset('"Trajekt kreće," rekla je. \'Sada\'', '', typographyStyle('hr-HR'))).toBe(
      '„Trajekt kreće,” rekla je. ‚Sada’',
    );
  });

  test('the previous character decides across nodes', () => {
    expect(typeset('" end', 'x')).toBe('” end');
    expect(typeset('"start', ' ')).toBe('“start');
    expect(typeset("'ורג'", 'ג', typographyStyle('he'))).toBe('׳ורג׳');
  });
});

describe('remark-typography', () => {
  test.each(markdownCases('remark-typography'))('$name', ({ input, output, options }) => {
    expect(renderMinimal(input, { remark: [[remarkTypography, options]] }).html).toBe(output);
  });

  test("the file's language (as the pipeline hands it over) wins over the option", () => {
    const { html } = renderMinimal('"Ja", sagte sie.', {
      remark: [[remarkTypography, { lang: 'fr' }]],
      data: { astro: { frontmatter: { lang: 'de' } } },
    });
    expect(html).toBe('<p>„Ja“, sagte sie.</p>');
  });
});
