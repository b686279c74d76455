/** Long names, slugs and texts are refused as field problems, with the limit and the length found. */
import { describe, expect, test } from 'vitest';
import { readArticleSource } from '../../src/content/read-article.ts';
import {
  MAX_LIST_ENTRIES,
  MAX_NAME_LENGTH,
  MAX_SEGMENT_BYTES,
  MAX_TEXT_LENGTH,
  segmentProblem,
  utf8Length,
} from '../../src/lib/limits.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const minimal = { title: 'A headline', date: '2024-03-14', section: 'World' };
const problems = (input: Record<string, unknown>) => {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('name-like fields', () => {
  test.each([
    [
      { ...minimal, authors: ['b'.repeat(260)] },
      'authors.0: an author name is 260 characters long; the limit is 100: shorten it',
    ],
    [{ ...minimal, section: 's'.repeat(256) }, 'section: section is 256 characters long; the limit is 100: shorten it'],
    [
      { ...minimal, source: { name: 'n'.repeat(300) } },
      'source.name: source name is 300 characters long; the limit is 100: shorten it',
    ],
    [{ ...minimal, tags: ['東'.repeat(120)] }, 'tags.0: a tag is 120 characters long; the limit is 100: shorten it'],
    // Under the character limit, over the byte limit of a file name: 70 CJK letters are 210 bytes.
    [
      { ...minimal, tags: ['東'.repeat(70)] },
      `tags.0: a tag makes the URL segment "${'東'.repeat(24)}…", 210 bytes long in UTF-8; the limit is ${MAX_SEGMENT_BYTES} bytes (a file name): shorten it`,
    ],
    [
      { ...minimal, slug: 'a'.repeat(300) },
      `slug: the slug makes the URL segment "${'a'.repeat(24)}…", 300 bytes long in UTF-8; the limit is ${MAX_SEGMENT_BYTES} bytes (a file name): shorten it`,
    ],
    [
      { ...minimal, tags: Array.from({ length: 150 }, (_, i) => `t${i}`) },
      `tags: has 150 entries; the limit is ${MAX_LIST_ENTRIES}`,
    ],
  ])('%#: refused naming field, limit and length', (input, message) => {
    expect(problems(input)).toContain(message);
  });

  test('names at the limits pass', () => {
    expect(
      problems({
        ...minimal,
        authors: ['b'.repeat(MAX_NAME_LENGTH)],
        tags: ['東'.repeat(66)],
        slug: 'a'.repeat(MAX_SEGMENT_BYTES),
      }),
    ).toEqual([]);
    expect(utf8Length(slugify('東'.repeat(66)))).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
  });
});

describe('other text fields', () => {
  test.each(Object.entries({ title: 'title', dek: 'dek', summary: 'summary', copyright: 'copyright' }))(
    '%s over its limit is refused',
    (field, what) => {
      const max = MAX_TEXT_LENGTH[what as keyof typeof MAX_TEXT_LENGTH];
      expect(problems({ ...minimal, [field]: 'x'.repeat(max + 1) })).toContain(
        `${field}: ${what} is ${max + 1} characters long; the limit is ${max}: shorten it`,
      );
      expect(problems({ ...minimal, [field]: 'x'.repeat(max) })).toEqual([]);
    },
  );

  test('a 10 MB standfirst is refused, not carried into every page and feed', () => {
    expect(problems({ ...minimal, dek: 'QUJD'.repeat(2_500_000) })).toContain(
      'dek: dek is 10000000 characters long; the limit is 1000: shorten it',
    );
  });
});

describe('file names and URL segments', () => {
  test('a file name whose slug passes the limit asks for a shorter name or a slug field', () => {
    const name = `${'é'.repeat(150)}-${'ж'.repeat(60)}.md`;
    const result = readArticleSource(name, '---\ntitle: T\ndate: 2021-02-03\nsection: S\n---\nBody');
    expect('problems' in result && result.problems).toEqual([
      expect.objectContaining({
        field: 'slug',
        message: expect.stringMatching(
          /^the file name makes the URL segment .*, 271 bytes long in UTF-8; the limit is 200 bytes .*add a shorter slug field$/,
        ),
      }),
    ]);
  });

  test('bytes, not characters, are what a file system counts', () => {
    expect(segmentProblem('a'.repeat(MAX_SEGMENT_BYTES))).toBeUndefined();
    expect(segmentProblem('ж'.repeat(101))).toMatch(/202 bytes long/);
  });

  test('schema and body problems of one file come in one report', () => {
    const result = readArticleSource(
      'x.md',
      `---\ntitle: T\ndate: 2021-02-30\nsection: S\n---\n${'<div>'.repeat(100)}`,
    );
    expect('problems' in result && result.problems.map((p) => p.field)).toEqual(['date', 'body']);
  });
});

describe('URLs that leave the site in disguise', () => {
  test.each([
    '/\\evil.example/x.svg',
    '\\\\evil.example/x.svg',
    '/%5Cevil.example/x.svg',
    '/%2F/evil.example/x.svg',
    '/\t/evil.example/x.svg',
    '//evil.example/x.svg',
  ])('image.src %j is refused', (src) => {
    expect(problems({ ...minimal, image: { src, alt: 'x' } }).join('\n')).toMatch(/^image\.src: /);
  });

  test.each(['https://good.example\\@evil.example/', 'https://good.example/a b', 'https://good.example/\nx'])(
    'source.url %j is refused',
    (url) => {
      expect(problems({ ...minimal, source: { name: 'X', url } })).toEqual([
        expect.stringMatching(/^source\.url: must not contain backslashes, spaces or control characters/),
      ]);
    },
  );

  test('ordinary paths and URLs pass', () => {
    expect(
      problems({
        ...minimal,
        image: { src: '/images/a%20b.jpg', alt: 'x' },
        source: { name: 'X', url: 'https://a.example/b?c=d' },
      }),
    ).toEqual([]);
  });
});
