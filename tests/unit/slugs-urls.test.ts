import { describe, expect, test } from 'vitest';
import { facetSlug, isCanonicalSlug, slugFromFileName, slugify } from '../../src/lib/slugs.ts';
import {
  articleId,
  articlePath,
  datePath,
  dayPath,
  facetPath,
  pagePath,
  parseArticlePath,
  readableUrl,
  decodedPath,
  siteLabel,
  withBase,
} from '../../src/lib/urls.ts';
import { normalizeBase } from '../../src/lib/base.ts';

describe('slugify', () => {
  test.each([
    ['Harbour dredging: 2 years late!', 'harbour-dredging-2-years-late'],
    ['Élections municipales à Saint-Étienne', 'elections-municipales-a-saint-etienne'],
    ["The council's plan", 'the-councils-plan'],
    ['  --Spaces   and -- dashes--  ', 'spaces-and-dashes'],
    ['東京 オリンピック', '東京-オリンピック'],
    ['مرحبا بالعالم', 'مرحبا-بالعالم'],
    // Vowel points and the stretching stroke are optional in Arabic and Hebrew: pointed or not, one slug.
    ['مُحَمَّد الـعـلي', 'محمد-العلي'],
    ['أَسْعَارُ الْمِيَاهِ', 'أسعار-المياه'],
    ['إنشاء آبار', 'إنشاء-آبار'],
    ['שָׁלוֹם עוֹלָם', 'שלום-עולם'],
    // Thai and Lao sara am stays one letter, as typed: "น้ำ" (water), "ນ້ຳ".
    ['น้ำป่าไหลหลาก แม่ริม', 'น้ำป่าไหลหลาก-แม่ริม'],
    ['ນ້ຳຖ້ວມ', 'ນ້ຳຖ້ວມ'],
    ['ໜ້າທຳອິດ', 'ໜ້າທຳອິດ'],
    ['Ferry 🚢 news', 'ferry-news'],
    ['../../etc/passwd', 'etc-passwd'],
    ['🎉🎉', ''],
  ])('%j → %j', (text, slug) => expect(slugify(text)).toBe(slug));

  test('canonical slugs', () => {
    expect(isCanonicalSlug('budget-vote')).toBe(true);
    expect(isCanonicalSlug('Budget-Vote')).toBe(false);
    expect(isCanonicalSlug('../x')).toBe(false);
    expect(isCanonicalSlug('a--b')).toBe(false);
    expect(isCanonicalSlug('')).toBe(false);
  });

  test('slug from a file name drops folders and extension', () => {
    expect(slugFromFileName('2024/03/Harbour News.md')).toBe('harbour-news');
    expect(slugFromFileName('2024\\03\\plain.md')).toBe('plain');
  });
});

describe('urls', () => {
  test('article and date paths', () => {
    expect(articlePath('2019-12-31', 'late-ferry')).toBe('/2019/12/31/late-ferry/');
    expect(datePath('2019')).toBe('/2019/');
    expect(datePath('2019-12')).toBe('/2019/12/');
  });

  test('a day is a heading on its month’s listing, on the page where it starts', () => {
    expect(dayPath('2019-12-31', undefined)).toBe('/2019/12/#day-31');
    expect(dayPath('2019-12-31', 1)).toBe('/2019/12/page/1/#day-31');
    expect(dayPath('2019-12-03', 3)).toBe('/2019/12/page/3/#day-03');
  });

  test('facet paths use the slug of the name', () => {
    expect(facetPath('tags', 'City Council')).toBe('/tags/city-council/');
    expect(facetPath('authors', 'Zoë Ng')).toBe('/authors/zoe-ng/');
  });

  test.each([
    ['高橋 誠', '高橋誠'],
    ['高橋\u3000誠', '高橋誠'],
    ['佐藤 はなこ', '佐藤はなこ'],
    ['ジョン・スミス', 'ジョン-スミス'],
    // A space beside a Latin letter, a digit or Hangul is a word space: kept as a hyphen.
    ['台風 10号', '台風-10号'],
    ['NHK 大阪', 'nhk-大阪'],
    ['홍 길동', '홍-길동'],
    ['City Council', 'city-council'],
    // Letters of their own spelled plain, as the importer names files: one page for Kadıköy and Kadikoy.
    ['Ayşe Yılmaz', 'ayse-yilmaz'],
    ['Kadıköy', 'kadikoy'],
    ['Trần Minh Đức', 'tran-minh-duc'],
    ['Łukasz Nowak', 'lukasz-nowak'],
    ['Søren Ørsted', 'soren-orsted'],
    // Greek capitals are written without accents: one page for ΑΘΗΝΑ and Αθήνα, ΠΕΙΡΑΙΑΣ and Πειραιάς, Ευφυΐα.
    ['ΑΘΗΝΑ', 'αθηνα'],
    ['Αθήνα', 'αθηνα'],
    ['ΠΕΙΡΑΙΑΣ', 'πειραιας'],
    ['Πειραιάς', 'πειραιας'],
    ['Ευφυΐα', 'ευφυια'],
    // Other scripts keep their marks, which are letters there: й is not и.
    ['Сергій Гайдай', 'сергій-гайдай'],
  ])('a facet name %j has the slug %j: Chinese and Japanese names spaced or not share a page', (name, slug) => {
    expect(facetSlug(name)).toBe(slug);
    expect(facetPath('authors', name)).toBe(`/authors/${slug}/`);
  });

  test('page paths', () => {
    expect(pagePath('/tags/x/', undefined)).toBe('/tags/x/');
    // Pages are numbered from the oldest (src/lib/pagination.ts): page 1 has an address of its own.
    expect(pagePath('/tags/x/', 1)).toBe('/tags/x/page/1/');
    expect(pagePath('/tags/x/', 3)).toBe('/tags/x/page/3/');
  });

  test.each([
    ['/', '/2024/', '/2024/'],
    ['/archive/', '/2024/', '/archive/2024/'],
    ['/archive', '/2024/', '/archive/2024/'],
    ['/archive/', 'https://example.org/x', 'https://example.org/x'],
    ['/archive/', '#top', '#top'],
    ['/archive/', '/', '/archive/'],
  ])('withBase(%j, %j) → %j', (base, path, expected) => expect(withBase(base, path)).toBe(expected));
});

describe('readableUrl', () => {
  const arabic = encodeURIComponent('مياه-الشرب');
  test.each([
    // Letters, marks and digits of any script read as themselves.
    [`https://a.example/2024/05/12/${arabic}/`, 'https://a.example/2024/05/12/مياه-الشرب/'],
    [`/${encodeURIComponent('港まつり')}/`, '/港まつり/'],
    [
      `/${encodeURIComponent('café')}/?q=${encodeURIComponent('élan')}#${encodeURIComponent('über')}`,
      '/café/?q=élan#über',
    ],
    [`/${encodeURIComponent('مُدن')}/`, '/مُدن/'],
    // Reserved characters, percent, spaces and controls would change or hide the address: kept encoded.
    ['/a%2Fb%3Fc%23d%25e%26f%3Dg%2Bh', '/a%2Fb%3Fc%23d%25e%26f%3Dg%2Bh'],
    [`/%2541/${arabic}%20x`, '/%2541/مياه-الشرب%20x'],
    ['/a%0Ab%00c%C2%A0d', '/a%0Ab%00c%C2%A0d'],
    // Invisible and bidi formatting characters could reorder or hide what is shown.
    ['/a%E2%80%AEb%E2%80%8Fc%D8%9Cd', '/a%E2%80%AEb%E2%80%8Fc%D8%9Cd'],
    // Not UTF-8 (Latin-1 bytes, a cut sequence, an overlong slash): as written.
    ['/caf%E9/x%D9/%C0%AF', '/caf%E9/x%D9/%C0%AF'],
    ['/plain/path/', '/plain/path/'],
  ])('%s reads %s', (url, expected) => {
    expect(readableUrl(url)).toBe(expected);
  });

  test('what is kept encoded reads back as the same address', () => {
    const url = `https://a.example/${arabic}/a%2Fb%25/?q=%26`;
    expect(new URL(readableUrl(url)).href).toBe(url);
  });
});

describe('decodedPath', () => {
  test.each([
    ['/2024/%E6%B8%AF/', '/2024/港/'],
    ['/p%C3%AAche/', '/pêche/'],
    ['/plain/', '/plain/'],
    // Malformed: kept as written, for the check reading it to report.
    ['/bad%E6/', '/bad%E6/'],
    ['/100%/', '/100%/'],
  ])('%s → %s', (path, decoded) => {
    expect(decodedPath(path)).toBe(decoded);
  });
});

describe('siteLabel', () => {
  test.each([
    ['https://www.breitbart.com/politics/a', 'breitbart'],
    ['https://www.bbc.co.uk/news/articles/x', 'bbc'],
    ['https://harianpesisir.co.id/', 'harianpesisir'],
    ['https://www.smh.com.au/national/', 'smh'],
    ['https://news.example/', 'news'],
    ['https://suaranelayan.id/berita', 'suaranelayan'],
    // A two-part ending needs a name before it: co.uk alone is read as a name and an ending.
    ['https://co.uk/', 'co'],
    ['http://localhost:4321/', 'localhost'],
    // A second-level name under a generic ending is the site's own: my.go.com is go.com's.
    ['https://my.go.com/news/', 'go'],
  ])('%s → %s', (url, label) => {
    expect(siteLabel(url)).toBe(label);
  });

  test('an address that is not a URL has no label', () => {
    expect(siteLabel('not a url')).toBeUndefined();
  });
});

describe('normalizeBase', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['my-archive', '/my-archive/'],
    ['/my-archive', '/my-archive/'],
    ['/my-archive/', '/my-archive/'],
    ['//a/b//', '/a/b/'],
    [' /x ', '/x/'],
  ])('%j → %j', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('reading article paths back', () => {
  test.each([
    ['/2024/03/14/budget/', { year: '2024', month: '03', day: '14', slug: 'budget' }],
    ['/2024/03/', undefined],
    ['/2024/03/14/', undefined],
    ['/2024/03/14/budget', undefined],
    ['/tags/ferry/page/2/', undefined],
    ['/2024/03/page/2/', undefined],
  ])('parseArticlePath(%j)', (path, parts) => expect(parseArticlePath(path)).toEqual(parts));

  test('what articlePath writes, parseArticlePath reads, and the store id is the path without its outer slashes', () => {
    const path = articlePath('2021-11-03', 'harbour-dredging');
    expect(parseArticlePath(path)).toEqual({ year: '2021', month: '11', day: '03', slug: 'harbour-dredging' });
    expect(articleId(path)).toBe('2021/11/03/harbour-dredging');
  });
});
