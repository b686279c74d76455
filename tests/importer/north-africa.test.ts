// A North African newsroom's material: Algeria's, Tunisia's and Morocco's Arabic months, Tamazight in Latin letters
// and in Tifinagh (its months, its bylines, its letters ɣ and ɛ typed gh and e), French dates with their time.
import { describe, expect, test } from 'vitest';
import { readText } from '../../src/importer/read-text.ts';
import { dateReading, writtenDate } from '../../src/lib/written-dates.ts';
import { facetSlug } from '../../src/lib/slugs.ts';
import { restoreJoins, standInJoins } from '../../src/search/word-joins.ts';

describe('dates as North African papers write them', () => {
  test.each([
    ['ar', 'نشر يوم 7 أفريل 2008', '2008-04-07'],
    ['ar', '٧ جويلية ٢٠١٩', '2019-07-07'],
    ['ar', '15 أوت 2020', '2020-08-15'],
    ['ar', '20 غشت 2022', '2022-08-20'],
    ['ar', '3 شتنبر 2021', '2021-09-03'],
    ['kab', '20 yebrir 2023', '2023-04-20'],
    ['kab', 'Bgayet, 5 meɣres 2022', '2022-03-05'],
    ['zgh', '12 ⵎⴰⵕⵚ 2021', '2021-03-12'],
    ['fr', 'Le 21 décembre 2020 à 00 h 20', '2020-12-21'],
  ])('%s: %s is %s', (lang, written, day) => {
    expect(writtenDate(written, dateReading(lang))).toBe(day);
  });
});

describe('a plain text from the newsroom', () => {
  const arabic = [
    'افتتحت السلطات المحلية صباح اليوم قاعة متعددة الرياضات في المدينة بحضور الرياضيين الشباب وأوليائهم.',
    'وقال رئيس البلدية إن القاعة ستفتح أبوابها للجمعيات الرياضية ابتداء من الأسبوع المقبل طوال أيام الأسبوع.',
  ];
  test('"بقلم:" with its colon is a byline, and a Maghreb month dates the story', () => {
    const found = readText(
      `افتتاح قاعة جديدة للرياضة\n\nبقلم: يوسف الشاوي\n\n3 أفريل 2023\n\n${arabic.join('\n\n')}`,
      'a.txt',
      {
        reading: dateReading('ar'),
      },
    );
    expect(found.guessed).toMatchObject({ authors: ['يوسف الشاوي'], date: '2023-04-03' });
    expect(found.text.startsWith(arabic[0]!)).toBe(true);
  });

  test('Kabyle "Sɣur" and Tifinagh "ⵙ ⵓⴼⵓⵙ ⵏ" are "by": the writer alone is the author', () => {
    const kabyle = [
      'Ameɣnas n tmurt yettwaxtar ass-a d aselway n tɣiwant, deffir n tefranin i d-yellan deg taggara n yemgeṛ.',
      'Imezdaɣ n tudrin ttrajun ad d-yili ubrid amaynut send tagara n useggas, akken i d-yenna deg usarag.',
    ];
    const found = readText(
      `Aselway amaynut n tɣiwant\n\nSɣur Muḥend Ɛmer\n\n20 yebrir 2023\n\n${kabyle.join('\n\n')}`,
      'k.txt',
      {
        reading: dateReading('kab'),
      },
    );
    expect(found.guessed).toMatchObject({ authors: ['Muḥend Ɛmer'], date: '2023-04-20' });
    const tifinagh = readText(
      `ⵜⴰⵙⴷⴰⵡⵉⵜ ⵜⵙⵏⵓⵔⵏⵉ\n\nⵙ ⵓⴼⵓⵙ ⵏ ⵃⵎⵎⵓ ⵓⵙⵍⵉⵎⴰⵏ\n\n12 ⵎⴰⵕⵚ 2021\n\nⵜⵙⵏⵓⵔⵏⵉ ⵜⵙⴷⴰⵡⵉⵜ ⵜⴰⵙⵏⵉⵍⵙⵜ ⵏ ⵜⵎⴰⵣⵉⵖⵜ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⴰⴷ ⵙ ⵜⵎⵏⵜⵍ ⵏ ⵉⵏⵍⵎⴰⴷⵏ.\n\nⵉⵏⵏⴰ ⵓⵏⵎⵀⴰⵍ ⵏ ⵜⵙⴷⴰⵡⵉⵜ ⵉⵙ ⴷ ⴰⵙⴳⴳⵯⴰⵙ ⴰⴷ ⵉⵍⵍⴰ ⴷ ⴰⵎⵇⵔⴰⵏ.`,
      'z.txt',
      { reading: dateReading('zgh') },
    );
    expect(tifinagh.guessed).toMatchObject({ authors: ['ⵃⵎⵎⵓ ⵓⵙⵍⵉⵎⴰⵏ'], date: '2021-03-12' });
  });
});

test('a row of share buttons over the copyright line, in its block, leaves the story', () => {
  const story = [
    'Les élèves du lycée ont visité la station jeudi matin et ont découvert le studio et la régie.',
    'Ils ont interviewé le chef de la rédaction sur le métier de journaliste et la vérification des informations.',
  ];
  const found = readText(
    `Visite à la radio\n\n${story.join('\n\n')}\n\nPartager : Facebook | Twitter | WhatsApp\n© Radio Tiziri 2021 — Reproduction interdite`,
    'v.txt',
    { reading: dateReading('fr') },
  );
  expect(found.text).not.toContain('Partager');
  expect(found.fields.copyright).toContain('Radio Tiziri');
  // "Partager : la soupe…" is a sentence of the story.
  const prose = readText(`Visite à la radio\n\n${story.join('\n\n')}\n\nPartager : la soupe était bonne.`, 'p.txt');
  expect(prose.text).toContain('Partager : la soupe');
});

describe('Tamazight’s ɣ and ɛ, typed gh and e', () => {
  test('a word with them is indexed spelled out too, so "agherbaz" finds aɣerbaz; shown as written', () => {
    const indexed = standInJoins('aɣerbaz n At Ɛisi');
    expect(indexed).toBe('aɣerbaz@agherbaz n At Ɛisi@Eisi');
    expect(restoreJoins(indexed)).toBe('aɣerbaz n At Ɛisi');
  });

  test('an author’s page is one for the name typed either way', () => {
    expect(facetSlug('Muḥend Ɛmer')).toBe(facetSlug('Muhend Emer'));
  });
});
