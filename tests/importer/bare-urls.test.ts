import { describe, expect, test } from 'vitest';
import { linkBareUrls, urlPart } from '../../src/importer/bare-urls.ts';
import { readText } from '../../src/importer/read-text.ts';
import { renderArticleBody } from '../../src/markdown/pipeline.ts';

describe('web addresses written out in plain text', () => {
  test.each([
    ['https://tides.example/table.', 'https://tides.example/table'],
    ['https://tides.example/table?day=3&port=old,', 'https://tides.example/table?day=3&port=old'],
    ['https://tides.example/table).', 'https://tides.example/table'],
    ['https://en.example/wiki/Pier_(Harbour)', 'https://en.example/wiki/Pier_(Harbour)'],
    ['https://en.example/wiki/Pier_(Harbour)),', 'https://en.example/wiki/Pier_(Harbour)'],
    ['https://tides.example/»', 'https://tides.example/'],
  ])('%s is the address %s', (written, url) => {
    expect(urlPart(written)).toBe(url);
  });

  test('split into text and links, the text around each address kept whole', () => {
    expect(linkBareUrls('Tables (https://tides.example/t) and http://old.example/a.')).toEqual([
      { type: 'text', value: 'Tables (' },
      { type: 'link', url: 'https://tides.example/t', children: [{ type: 'text', value: 'https://tides.example/t' }] },
      { type: 'text', value: ') and ' },
      { type: 'link', url: 'http://old.example/a', children: [{ type: 'text', value: 'http://old.example/a' }] },
      { type: 'text', value: '.' },
    ]);
    expect(linkBareUrls('A scheme alone, http:// or https://, is text.')).toEqual([
      { type: 'text', value: 'A scheme alone, http:// or https://, is text.' },
    ]);
    expect(linkBareUrls('javascript:alert(1) and ftp://files.example/x stay text')).toEqual([
      { type: 'text', value: 'javascript:alert(1) and ftp://files.example/x stay text' },
    ]);
  });

  test('a plain-text article links its addresses on the page, where they were escaped text', async () => {
    const article = readText(
      'Ferry timetable changes\n\nThe new timetable is at https://ferries.example/winter_2024.pdf, the port said.\n\nMore: <https://ferries.example/> (in Danish).',
      'ferry.txt',
    );
    expect(article.body).toMatch(
      /^The new timetable is at <https:\/\/ferries\.example\/winter_2024\.pdf>, the port said\.\n/,
    );
    const html = (await renderArticleBody(article.body)).html;
    expect(html).toContain('<a href="https://ferries.example/winter_2024.pdf"');
    expect(html).toContain('>https://ferries.example/winter_2024.pdf</a>, the port said.');
    // An address already in angle brackets keeps them as text around its link.
    expect(html).toMatch(
      /More: &#x3C;<a href="https:\/\/ferries\.example\/"[^>]*>https:\/\/ferries\.example\/<\/a>> \(in Danish\)/,
    );
  });
});
