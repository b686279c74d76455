import { describe, expect, test } from 'vitest';
import { buildArchive, facetIndex, searchFilterNames, yearSpan, type ArticleSummary } from '../../src/lib/archive.ts';
import { dayListingPages, groupByDay } from '../../src/lib/pagination.ts';
import { isoWeekday, monthGrid, yearMonths } from '../../src/lib/calendar.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { calendarDayKeys, entriesForToday, groupByCalendarDay } from '../../src/lib/on-this-day.ts';
import { relatedArticles } from '../../src/lib/related.ts';
import { shownFilters } from '../../src/search/record.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';

function article(url: string, day: string, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    url,
    title: url,
    summary: '',
    date: parseArticleDate(day)!,
    section: 'News',
    authors: [],
    tags: [],
    lang: 'en',
    ...extra,
  };
}

test('yearSpan is the archive’s first and last years, whatever order articles come in', () => {
  const archive = buildArchive([
    article('/b/', '2021-03-14'),
    article('/a/', '2019-12-31T23:30:00-08:00'),
    article('/c/', '2022-06-21'),
    article('/d/', '2020-01-01'),
  ]);
  expect(yearSpan(archive)).toEqual({ oldest: '2019', newest: '2022' });
  expect(yearSpan(buildArchive([article('/a/', '2024-05-12')]))).toEqual({ oldest: '2024', newest: '2024' });
  expect(yearSpan(buildArchive([]))).toBeUndefined();
});

test('the search page shows the filters some article has a value for', () => {
  const bare = buildArchive([article('/a/', '2024-05-12'), article('/b/', '2023-01-02')]);
  expect(shownFilters(bare)).toEqual(['section', 'year']);
  const full = buildArchive([
    article('/a/', '2024-05-12', { authors: ['Ada Quill'] }),
    article('/b/', '2023-01-02', { tags: ['harbour'], source: { name: 'Coastal Wire' } }),
  ]);
  expect(shownFilters(full)).toEqual(['section', 'author', 'tag', 'year', 'source']);
  expect(shownFilters(buildArchive([]))).toEqual([]);
});

describe('facet indexes are in the archive’s alphabetical order', () => {
  const authorsOf = (names: string[], lang: string) =>
    facetIndex(
      buildArchive(names.map((name, i) => article(`/${i}/`, '2024-05-12', { authors: [name] }))).facets.authors,
      lang,
    ).map(({ name }) => name);

  test('Swedish puts Å and Ö after Z, English beside A and O', () => {
    const names = ['Öberg', 'Zorn', 'Åberg', 'Adler', 'Olsson'];
    expect(authorsOf(names, 'sv')).toEqual(['Adler', 'Olsson', 'Zorn', 'Åberg', 'Öberg']);
    expect(authorsOf(names, 'en')).toEqual(['Åberg', 'Adler', 'Öberg', 'Olsson', 'Zorn']);
  });

  test('Japanese orders kanji in its standard (JIS) order, not by code point', () => {
    // 愛 comes before 伊 in JIS X 0208 (by their Chinese readings, ai and i); its code point is after.
    expect(authorsOf(['伊藤', '愛知', '亜細亜'], 'ja')).toEqual(['亜細亜', '愛知', '伊藤']);
  });

  test('Chinese: Taiwan and Hong Kong order names by stroke count, the mainland by pinyin', () => {
    // Strokes: 丁 2, 王 4, 李 7, 林 8, 張 and 陳 11 (then in their standard order); pinyin: chén, dīng, lǐ, lín, wáng, zhāng.
    const names = ['陳美玲', '王小明', '張志強', '李大華', '林志明', '丁一'];
    const strokes = ['丁一', '王小明', '李大華', '林志明', '張志強', '陳美玲'];
    expect(authorsOf(names, 'zh-TW')).toEqual(strokes);
    expect(authorsOf(names, 'zh-HK')).toEqual(strokes);
    expect(authorsOf(names, 'zh-CN')).toEqual(['陳美玲', '丁一', '李大華', '林志明', '王小明', '張志強']);
  });

  test('a Japanese name written with and without its space is one author with both articles', () => {
    const archive = buildArchive([
      article('/a/', '2024-05-12', { authors: ['高橋 誠'] }),
      article('/b/', '2024-05-11', { authors: ['高橋誠'] }),
    ]);
    expect(facetIndex(archive.facets.authors, 'ja')).toEqual([{ name: '高橋 誠', slug: '高橋誠', count: 2 }]);
  });

  test('search filters name an author, tag or section as its page does, whatever spelling the article used', () => {
    const first = article('/a/', '2024-05-12', { authors: ['高橋 誠'], tags: ['Harbour'], section: 'News' });
    const second = article('/b/', '2024-05-11', {
      authors: ['高橋誠', 'Ann Lee'],
      tags: ['harbour', 'HARBOUR'],
      section: 'news',
    });
    const { facets } = buildArchive([first, second]);
    expect(searchFilterNames(facets, second)).toEqual({
      sections: ['News'],
      tags: ['Harbour'],
      authors: ['高橋 誠', 'Ann Lee'],
      sources: [],
    });
  });

  test('numbers inside names count as numbers, and case does not split a letter', () => {
    expect(authorsOf(['Route 10', 'route 9', 'Route 100'], 'en')).toEqual(['route 9', 'Route 10', 'Route 100']);
  });
});

describe('calendar', () => {
  test.each([
    ['2024-01-01', 0],
    ['2024-02-29', 3],
    ['2023-10-17', 1],
    ['2000-01-01', 5],
    ['2024-03-31', 6],
  ])('%s is weekday %i (Monday 0)', (day, weekday) => {
    expect(isoWeekday(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8)))).toBe(weekday);
  });

  test.each([
    ['2024-02', 29, 3, 5],
    ['2023-02', 28, 2, 5],
    ['2021-02', 28, 0, 4],
    ['2024-09', 30, 6, 6],
  ])('%s: %i days, %i padding cells first, %i weeks', (month, days, leading, weeks) => {
    const grid = monthGrid(month, new Map());
    expect(grid).toHaveLength(weeks);
    for (const week of grid) expect(week).toHaveLength(7);
    const cells = grid.flat();
    expect(cells.filter((c) => c.day)).toHaveLength(days);
    expect(cells.findIndex((c) => c.day)).toBe(leading);
    expect(cells.filter((c) => c.day).at(-1)?.day).toBe(`${month}-${days}`);
  });

  test('counts land on their day; empty months are all zero', () => {
    const grid = monthGrid('2024-02', new Map([['2024-02-29', 3]])).flat();
    expect(grid.find((c) => c.day === '2024-02-29')?.count).toBe(3);
    expect(grid.filter((c) => c.count > 0)).toHaveLength(1);
    expect(yearMonths('2024', new Map([['2024-03', 2]])).map((m) => m.count)).toEqual([
      0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });
});

describe('on this day', () => {
  test('366 calendar days, leap day included', () => {
    const keys = calendarDayKeys();
    expect(keys).toHaveLength(366);
    expect(keys).toContain('02-29');
    expect(new Set(keys).size).toBe(366);
  });

  const groups = groupByCalendarDay([
    article('/2020/02/29/leap/', '2020-02-29'),
    article('/2019/02/28/eve/', '2019-02-28'),
    article('/2024/03/14/pi/', '2024-03-14'),
    article('/2021/03/14/pi-old/', '2021-03-14'),
    article('/2025/03/14/pi-now/', '2025-03-14'),
    article('/2019/12/31/late/', '2019-12-31T23:30:00-08:00'),
  ]);
  const pick = (key: string) => groups.get(key) ?? [];

  test('groups by the written calendar day, newest first', () => {
    expect(pick('03-14').map((e) => e.day)).toEqual(['2025-03-14', '2024-03-14', '2021-03-14']);
    expect(pick('12-31').map((e) => e.url)).toEqual(['/2019/12/31/late/']);
    expect(pick('07-04')).toEqual([]);
  });

  test('only earlier years are shown', () => {
    expect(entriesForToday(pick, 2025, 3, 14).map((e) => e.day)).toEqual(['2024-03-14', '2021-03-14']);
  });

  test('an article in another language than the page’s says which, so its headline is marked', () => {
    const mixed = groupByCalendarDay(
      [article('/2021/03/14/a/', '2021-03-14'), article('/2022/03/14/b/', '2022-03-14', { lang: 'pt-BR' })],
      'en',
    ).get('03-14');
    expect(mixed?.map((entry) => entry.lang)).toEqual(['pt-BR', undefined]);
  });

  test('leap-day articles show on 28 February in common years, and on 29 February in leap years', () => {
    expect(entriesForToday(pick, 2025, 2, 28).map((e) => e.day)).toEqual(['2020-02-29', '2019-02-28']);
    expect(entriesForToday(pick, 2028, 2, 28).map((e) => e.day)).toEqual(['2019-02-28']);
    expect(entriesForToday(pick, 2028, 2, 29).map((e) => e.day)).toEqual(['2020-02-29']);
  });
});

describe('related articles', () => {
  const list = [
    article('/a/', '2024-01-10', { tags: ['harbour', 'budget'], authors: ['Ada'], section: 'Politics' }),
    article('/b/', '2024-01-09', { tags: ['harbour', 'budget'], section: 'Business' }),
    article('/c/', '2024-01-08', { tags: ['harbour'], section: 'Politics' }),
    article('/d/', '2024-01-07', { authors: ['Ada'], section: 'Sports' }),
    article('/e/', '2023-01-01', { section: 'Politics' }),
    article('/f/', '2024-01-10', { section: 'Culture' }),
  ];
  const related = relatedArticles(buildArchive(list).facets);

  test('most shared first, then nearest in time; never itself; unrelated never', () => {
    expect(related.get('/a/')?.map((a) => a.url)).toEqual(['/b/', '/c/', '/d/', '/e/']);
    expect(related.get('/f/')).toEqual([]);
    for (const [url, others] of related) expect(others.map((o) => o.url)).not.toContain(url);
  });

  test('only near neighbours in a big group are considered, keeping the cost linear', () => {
    const big = Array.from({ length: 200 }, (_, i) =>
      article(
        `/n${i}/`,
        `2024-01-01T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
      ),
    );
    const result = relatedArticles(buildArchive(big).facets, { window: 3, limit: 10 });
    expect(
      result
        .get('/n100/')
        ?.map((a) => a.url)
        .sort(),
    ).toEqual(['/n101/', '/n102/', '/n103/', '/n97/', '/n98/', '/n99/']);
  });
});

describe('archive order and calendar counts', () => {
  test('newest first by the day as written, then by instant, then by URL', () => {
    const archive = buildArchive([
      article('/late-eve/', '2019-12-31T23:30:00-08:00'),
      article('/new-year/', '2020-01-01'),
      article('/b-same/', '2020-01-01'),
      article('/morning/', '2020-01-01T06:00:00+13:00'),
    ]);
    // Same day: 06:00 (+13:00) is 17:00 UTC on 31 December, the earliest instant of 1 January's articles.
    expect(archive.newest.map((a) => a.url)).toEqual(['/b-same/', '/new-year/', '/morning/', '/late-eve/']);
  });

  test('month and day counts per year and month, computed once', () => {
    const archive = buildArchive([
      article('/a/', '2024-02-29'),
      article('/b/', '2024-02-29'),
      article('/c/', '2024-03-01'),
      article('/d/', '2023-03-01'),
    ]);
    expect(archive.monthCounts.get('2024')).toEqual(
      new Map([
        ['2024-03', 1],
        ['2024-02', 2],
      ]),
    );
    expect(archive.dayCounts.get('2024-02')).toEqual(new Map([['2024-02-29', 2]]));
    expect(archive.dateNeighbours.get('2024-02')).toEqual({ previous: '2023-03', next: '2024-03' });
  });
});

describe('days on month listings', () => {
  // March 2024: 3 articles on the 20th, 2 on the 9th, 1 on the 2nd; February: 1 on the 29th.
  const archive = buildArchive([
    article('/a/', '2024-03-20'),
    article('/b/', '2024-03-20'),
    article('/c/', '2024-03-20'),
    article('/d/', '2024-03-09'),
    article('/e/', '2024-03-09'),
    article('/f/', '2024-03-02'),
    article('/g/', '2024-02-29'),
  ]);

  test('each day starts on the page of its month holding its newest article', () => {
    // Pages of 2, numbered from the oldest: the first page [20, 20], page 2 [20, 9], page 1 [9, 2].
    expect(Object.fromEntries(dayListingPages(archive.months, 2))).toEqual({
      '2024-03-20': undefined,
      '2024-03-09': 2,
      '2024-03-02': 1,
      '2024-02-29': undefined,
    });
    expect(Object.fromEntries(dayListingPages(archive.months, 50))).toEqual({
      '2024-03-20': undefined,
      '2024-03-09': undefined,
      '2024-03-02': undefined,
      '2024-02-29': undefined,
    });
  });

  test('a page groups its articles by day, in order, a day split over two pages on both', () => {
    const march = archive.months.get('2024-03') ?? [];
    expect(groupByDay(march.slice(2, 4)).map(({ day, articles }) => [day, articles.map((a) => a.url)])).toEqual([
      ['2024-03-20', ['/c/']],
      ['2024-03-09', ['/d/']],
    ]);
    expect(groupByDay([])).toEqual([]);
  });
});

describe('readingMinutes', () => {
  test('English at 230 words a minute, never under one minute', () => {
    expect(readingMinutes(690, 'en')).toBe(3);
    expect(readingMinutes(40, 'en-GB')).toBe(1);
  });

  test('Japanese and Chinese, counted in characters, at their own characters a minute', () => {
    // 1,070 characters: three minutes in Japanese (357 a minute), four in Chinese (255), not the five of 230 words.
    expect(readingMinutes(1070, 'ja')).toBe(3);
    expect(readingMinutes(1070, 'zh-TW')).toBe(4);
  });
});
