import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArticleDate, type ArticleDate } from '../../src/lib/dates.ts';
import {
  breadcrumbListJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
  type NewsArticleInput,
} from '../../src/lib/structured-data.ts';

function date(text: string): ArticleDate {
  const parsed = parseArticleDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
}

const input: NewsArticleInput = {
  url: 'https://archive.example/2020/01/01/council-budget-vote/',
  headline: 'Council passes the winter budget',
  description: 'Councillors approved the budget.',
  date: date('2020-01-01'),
  authors: [{ name: 'Ada Quill', url: 'https://archive.example/authors/ada-quill/' }],
  section: 'Politics',
  tags: ['budget', 'Council'],
  lang: 'en',
  publisher: { name: 'The Port Alder Ledger', url: 'https://archive.example/' },
  website: { name: 'The Port Alder Ledger Archive', url: 'https://archive.example/' },
  corrections: [],
};

describe('NewsArticle', () => {
  test('carries headline, dates as written, authors, section, keywords, language and the archive site', () => {
    const ld = newsArticleJsonLd({ ...input, date: date('2019-12-31T23:30:00-08:00') });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: input.url,
      mainEntityOfPage: input.url,
      headline: input.headline,
      description: input.description,
      datePublished: '2019-12-31T23:30:00-08:00',
      dateModified: '2019-12-31T23:30:00-08:00',
      author: [{ '@type': 'Person', name: 'Ada Quill', url: 'https://archive.example/authors/ada-quill/' }],
      articleSection: 'Politics',
      keywords: ['budget', 'Council'],
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: 'The Port Alder Ledger Archive', url: 'https://archive.example/' },
    });
  });

  test('an article first published elsewhere: the source is the publisher, its URL the original, with its copyright', () => {
    const ld = newsArticleJsonLd({
      ...input,
      source: { name: 'Northshore Weekly', url: 'https://northshore.example/budget' },
      copyright: '© 2020 Northshore Weekly',
    });
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: 'Northshore Weekly' });
    expect(ld['isBasedOn']).toBe('https://northshore.example/budget');
    expect(ld['copyrightNotice']).toBe('© 2020 Northshore Weekly');
  });

  test('without a source the archive’s publisher published it; without a URL nothing claims an original', () => {
    expect(newsArticleJsonLd(input)['publisher']).toEqual({
      '@type': 'Organization',
      name: 'The Port Alder Ledger',
      url: 'https://archive.example/',
    });
    expect(newsArticleJsonLd({ ...input, source: { name: 'Northshore Weekly' } })).not.toHaveProperty('isBasedOn');
    expect(newsArticleJsonLd(input)).not.toHaveProperty('copyrightNotice');
  });

  test('an unsigned article is credited to its publisher', () => {
    expect(newsArticleJsonLd({ ...input, authors: [], source: { name: 'Northshore Weekly' } })['author']).toEqual([
      { '@type': 'Organization', name: 'Northshore Weekly' },
    ]);
  });

  test('dateModified is the latest of date, update and corrections, compared as instants', () => {
    const ld = newsArticleJsonLd({
      ...input,
      updated: date('2020-01-03'),
      corrections: [
        { date: date('2020-01-02'), text: 'An earlier fix.' },
        { date: date('2020-01-04T09:00:00+13:00'), text: 'Spelling of a name corrected.' },
      ],
    });
    // 2020-01-04T09:00+13:00 is 2020-01-03T20:00Z: after the bare 3 January (midnight UTC).
    expect(ld['dateModified']).toBe('2020-01-04T09:00:00+13:00');
    expect(ld['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'An earlier fix.', datePublished: '2020-01-02' },
      {
        '@type': 'CorrectionComment',
        text: 'Spelling of a name corrected.',
        datePublished: '2020-01-04T09:00:00+13:00',
      },
    ]);
    expect(newsArticleJsonLd(input)).not.toHaveProperty('correction');
  });

  test('the lead image, with its alt text, caption and credit', () => {
    const ld = newsArticleJsonLd({
      ...input,
      image: {
        url: 'https://archive.example/images/a.jpg',
        alt: 'Boats',
        caption: 'The harbour',
        credit: 'A. Photographer',
      },
    });
    expect(ld['image']).toEqual({
      '@type': 'ImageObject',
      url: 'https://archive.example/images/a.jpg',
      description: 'Boats',
      caption: 'The harbour',
      creditText: 'A. Photographer',
    });
    expect(newsArticleJsonLd(input)).not.toHaveProperty('image');
  });
});

describe('BreadcrumbList', () => {
  test('numbers the crumbs from 1, each with its absolute URL', () => {
    expect(
      breadcrumbListJsonLd([
        { name: 'Home', url: 'https://e.example/' },
        { name: 'Sections', url: 'https://e.example/sections/' },
        { name: 'Politics', url: 'https://e.example/sections/politics/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://e.example/' },
        { '@type': 'ListItem', position: 2, name: 'Sections', item: 'https://e.example/sections/' },
        { '@type': 'ListItem', position: 3, name: 'Politics', item: 'https://e.example/sections/politics/' },
      ],
    });
  });
});

describe('serializeJsonLd', () => {
  test.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- <script>'],
    ['a & b > c'],
    ['line\u2028separator\u2029paragraph'],
    ['</SCRIPT >'],
  ])('%j cannot end the script element and reads back the same', (text) => {
    const json = serializeJsonLd({ headline: text, nested: [{ name: text }] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline: text, nested: [{ name: text }] });
  });

  test('any string value round-trips and never carries <, > or &', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (value, key) => {
        const json = serializeJsonLd({ [key]: value });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ [key]: value });
      }),
    );
  });
});
