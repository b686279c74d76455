import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { findUrlClashes, formatProblems, readArticleSource } from '../../src/content/read-article.ts';

const minimal = { title: 'A headline', date: '2024-03-14', section: 'World' };
const problems = (input: Record<string, unknown>) => {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('articleSchema', () => {
  test('defaults for a minimal article', () => {
    const article = articleSchema.parse(minimal);
    expect(article).toMatchObject({ authors: [], tags: [], draft: false });
    expect(article.lang).toBeUndefined();
    expect(article.date).toEqual({ written: '2024-03-14', day: '2024-03-14', timestamp: Date.UTC(2024, 2, 14) });
  });

  test("an article without lang is in the site's language; one with lang keeps its own", () => {
    const file = (lang?: string) =>
      `---\ntitle: Marché du port\ndate: 2024-05-12\nsection: Ville\n${lang ? `lang: ${lang}\n` : ''}---\nLe marché.\n`;
    const langOf = (source: string, siteLang?: string) => {
      const read = readArticleSource('a.md', source, undefined, siteLang);
      return 'article' in read ? read.article.frontmatter.lang : read.problems;
    };
    expect(langOf(file(), 'fr')).toBe('fr');
    expect(langOf(file())).toBe('en');
    expect(langOf(file('de'), 'fr')).toBe('de');
  });

  test('a full article', () => {
    const article = articleSchema.parse({
      ...minimal,
      dek: 'Standfirst',
      updated: '2024-03-15T10:00:00+01:00',
      authors: ['Ada Quill'],
      tags: ['budget'],
      source: { name: 'Wire', url: 'https://wire.example/a', retrieved: '2024-04-01' },
      copyright: '© Wire',
      summary: 'Short.',
      image: { src: '/images/a.jpg', alt: 'A harbour', caption: 'Caption', credit: 'Photo: X' },
      lang: 'pt-BR',
      slug: 'custom-slug',
      draft: true,
    });
    expect(article.updated?.day).toBe('2024-03-15');
    expect(article.source?.url).toBe('https://wire.example/a');
  });

  test.each([
    [{ ...minimal, title: '   ' }, 'title: title must not be empty'],
    [{ date: '2024-03-14', section: 'World' }, 'title: title is required'],
    [{ ...minimal, date: '2021-02-30' }, 'date: expected a date as YYYY-MM-DD'],
    [{ ...minimal, date: undefined }, 'date: is required'],
    [{ ...minimal, updated: '2024-03-13' }, 'updated: must not be before date'],
    [{ ...minimal, section: '' }, 'section: section must not be empty'],
    [{ ...minimal, section: '***' }, 'section: section must contain a letter or digit'],
    [{ ...minimal, tags: 'one' }, 'tags: expected a list of tags, got "one": write [one], or one "- " line for each'],
    [{ ...minimal, authors: 12 }, 'authors: expected a list of author names, got 12'],
    [
      { ...minimal, source: { name: 'X', url: 'javascript:alert(1)' } },
      'source.url: expected an http:// or https:// URL',
    ],
    [
      { ...minimal, source: { name: 'X', url: 'data:text/html,hi' } },
      'source.url: expected an http:// or https:// URL',
    ],
    [{ ...minimal, source: { name: 'X', retrieved: '2024-13-01' } }, 'source.retrieved: expected a date as YYYY-MM-DD'],
    [{ ...minimal, image: { src: '/a.jpg' } }, 'image.alt: image alt text is required'],
    [{ ...minimal, image: { src: '/images/../../secret.png', alt: 'x' } }, 'image.src: expected an image path'],
    [{ ...minimal, image: { src: 'javascript:alert(1)', alt: 'x' } }, 'image.src: expected an image path'],
    [{ ...minimal, image: { src: '//evil.example/a.png', alt: 'x' } }, 'image.src: expected an image path'],
    [{ ...minimal, slug: '../etc' }, 'slug: expected lower-case letters'],
    [{ ...minimal, lang: 'english!' }, 'lang: expected a language code'],
    [
      { ...minimal, lang: 'ua' },
      'lang: expected a language code, got "ua": that is a country\'s code; its language is "uk"',
    ],
    [{ ...minimal, draft: 'yes' }, 'draft: expected true or false'],
    [{ ...minimal, titel: 'typo' }, ': unknown field(s): titel (did you mean title?)'],
    [{ ...minimal, Autors: ['A'], colour: 'red' }, ': unknown field(s): Autors (did you mean authors?), colour'],
    // A field named in another language, as an archive's own habits name it.
    [
      { ...minimal, autor: ['A'], Rubrique: 'Port' },
      ': unknown field(s): autor (did you mean authors?), Rubrique (did you mean section?)',
    ],
    [{ ...minimal, constructor: 'x' }, ': unknown field(s): constructor'],
    [
      { ...minimal, tags: '水害、避難' },
      'tags: expected a list of tags, got "水害、避難": write [水害, 避難], or one "- " line for each',
    ],
  ])('%j is refused: %s', (input, message) => {
    expect(problems(input).join('\n')).toContain(message);
  });

  test('a date written another way says what it probably meant, when it reads one way only', () => {
    const dateProblem = (date: string) => problems({ ...minimal, date })[0] ?? '';
    expect(dateProblem('14/02/2023')).toMatch(/got "14\/02\/2023": did you mean "2023-02-14"\?$/);
    expect(dateProblem('February 14, 2023')).toMatch(/: did you mean "2023-02-14"\?$/);
    expect(dateProblem('14 février 2023')).toMatch(/: did you mean "2023-02-14"\?$/);
    expect(dateProblem('2023-02-14 09:30')).toMatch(
      /: a time needs its offset from UTC, as "2023-02-14T09:30:00\+01:00" \(the article's own\), or write the day alone, "2023-02-14"$/,
    );
    // Two readings (5 October or May 10), or no day at all: no guess.
    expect(dateProblem('05/10/2018')).toMatch(/got "05\/10\/2018"$/);
    expect(dateProblem('2023-02-30')).toMatch(/got "2023-02-30"$/);
    expect(dateProblem('soon')).toMatch(/got "soon"$/);
  });

  test('updated may be the same day as a date-time', () => {
    expect(problems({ ...minimal, date: '2024-03-14T22:00:00-05:00', updated: '2024-03-14' })).toEqual([]);
  });
});

describe('readArticleSource', () => {
  test('derives slug and URL from the file name and the written day', () => {
    const result = readArticleSource(
      'content/a/Late Ferry.md',
      '---\ntitle: T\ndate: 2019-12-31T23:30:00-08:00\nsection: S\n---\nBody',
    );
    expect('article' in result && result.article).toMatchObject({
      slug: 'late-ferry',
      url: '/2019/12/31/late-ferry/',
      body: 'Body',
    });
  });

  test('an unquoted impossible YAML date is still refused, not rolled into March', () => {
    const result = readArticleSource('x.md', '---\ntitle: T\ndate: 2021-02-30\nsection: S\n---\n');
    expect('problems' in result && result.problems[0]).toMatchObject({ file: 'x.md', field: 'date' });
  });

  test('BOM and CRLF are fine', () => {
    expect(
      'article' in
        readArticleSource('x.md', '\uFEFF---\r\ntitle: T\r\ndate: 2021-02-03\r\nsection: S\r\n---\r\nBody\r\n'),
    ).toBe(true);
  });

  test.each([
    ['', 'the file is empty'],
    ['just text', 'expected the file to start with a --- line'],
    ['---\ntitle: T\n', 'never closed'],
    ['---\ntitle: [unclosed\n---\n', 'not valid YAML'],
    ['---\ntitle: A\ntitle: B\n---\n', 'not valid YAML'],
    ['---\n- a list\n---\n', 'expected frontmatter fields'],
  ])('%j: %s', (source, message) => {
    const result = readArticleSource('x.md', source);
    expect('problems' in result && result.problems[0]?.message).toContain(message);
  });

  test.each([
    [
      "title: 'L'été commence au port'",
      "frontmatter is not valid YAML at line 2: Unexpected scalar at node end (the line reads \"title: 'L'été commence au port'\"): a ' inside single quotes ends the text; put the value in double quotes, or write '' for an apostrophe",
    ],
    [
      'title: Le maire : une réponse attendue',
      'frontmatter is not valid YAML at line 2: Nested mappings are not allowed in compact mappings (the line reads "title: Le maire : une réponse attendue"): a value with " : " in it must be quoted; put it in double quotes',
    ],
  ])('a YAML mistake names the file line, the line as written and the fix: %s', (line, message) => {
    const result = readArticleSource('x.md', `---\n${line}\ndate: 2024-05-12\nsection: S\n---\nBody\n`);
    expect('problems' in result && result.problems).toEqual([{ file: 'x.md', field: '', message }]);
  });

  test('a file name with nothing to slug asks for a slug', () => {
    const result = readArticleSource('🎉.md', '---\ntitle: T\ndate: 2021-02-03\nsection: S\n---\n');
    expect('problems' in result && result.problems[0]).toMatchObject({ field: 'slug' });
  });
});

describe('URL clashes', () => {
  test('every file on a shared URL is named', () => {
    const clashes = findUrlClashes([
      { file: 'a.md', url: '/2020/01/01/x/' },
      { file: 'b.md', url: '/2020/01/01/x/' },
      { file: 'c.md', url: '/2020/01/02/x/' },
    ]);
    expect(clashes.map((c) => c.file)).toEqual(['a.md', 'b.md']);
    expect(clashes[0]?.message).toContain('b.md');
    expect(formatProblems(clashes)).toMatch(/^2 article files have problems:\n {2}a\.md\n {4}- slug: /);
  });
});

describe('corrections', () => {
  test('a dated list, defaulting to none', () => {
    expect(articleSchema.parse(minimal).corrections).toEqual([]);
    const article = articleSchema.parse({
      ...minimal,
      corrections: [{ date: '2024-03-15', text: 'An earlier version misspelt the mayor’s name.' }],
    });
    expect(article.corrections[0]?.date.day).toBe('2024-03-15');
  });

  test.each([
    [{ ...minimal, corrections: 'fixed' }, 'corrections: expected a list of corrections'],
    [{ ...minimal, corrections: [{ date: '2024-03-15' }] }, 'corrections.0.text: correction text is required'],
    [{ ...minimal, corrections: [{ date: '2024-02-30', text: 'x' }] }, 'corrections.0.date: expected a date'],
    [{ ...minimal, corrections: [{ date: '2024-03-01', text: 'x' }] }, 'corrections.0.date: must not be before date'],
  ])('%j is refused: %s', (input, message) => {
    expect(problems(input).join('\n')).toContain(message);
  });
});
