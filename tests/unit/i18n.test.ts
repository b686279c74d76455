/**
 * Interface text: plurals by Intl.PluralRules, English for a missing key
 * (reported once, naming it), every shipped table complete, dates and
 * weeks in the language's own words and order, and text direction.
 */
import { describe, expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES, textDirection } from '../../src/i18n/languages.ts';
import { messages as english } from '../../src/i18n/locales/en.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';
import { parseArticleDate, yearInEra } from '../../src/lib/dates.ts';
import { asciiDigits } from '../../src/lib/digits.ts';

describe('createTranslator', () => {
  test('plurals follow the language’s rules', () => {
    const table = {
      n: {
        zero: 'لا مقالات',
        one: 'مقال واحد',
        two: 'مقالان',
        few: '{count} مقالات',
        many: '{count} مقالًا',
        other: '{count} مقال',
      },
    };
    const t = createTranslator({
      lang: 'ar',
      table,
      fallback: { n: { one: '{count} article', other: '{count} articles' } },
    });
    expect([0, 1, 2, 3, 11, 100].map((count) => t('n', { count }))).toEqual([
      'لا مقالات',
      'مقال واحد',
      'مقالان',
      '3 مقالات',
      '11 مقالًا',
      '100 مقال',
    ]);
    const french = createTranslator({
      lang: 'fr',
      table: { n: { one: '{count} article', other: '{count} articles' } },
      fallback: table,
    });
    // French counts 0 and 1 as singular; numbers get the language's separators.
    expect([0, 1, 2, 1500].map((count) => french('n', { count }))).toEqual([
      '0 article',
      '1 article',
      '2 articles',
      '1\u202f500 articles',
    ]);
  });

  test('a missing key falls back to English and is reported once, by name', () => {
    const missing: string[] = [];
    const t = createTranslator<'a' | 'b' | 'c'>({
      lang: 'de',
      table: { a: 'Eins' },
      fallback: { a: 'One', b: 'Two {x}', c: 'Three' },
      onMissing: (key) => missing.push(key),
    });
    expect(t('a')).toBe('Eins');
    expect(t('b', { x: 'y' })).toBe('Two y');
    expect(t('b', { x: 'z' })).toBe('Two z');
    // Asked again without placeholders (the text is remembered): still English, still reported once.
    expect([t('c'), t('c'), t('a')]).toEqual(['Three', 'Three', 'Eins']);
    expect(t('b')).toBe('Two {x}');
    expect(missing).toEqual(['b', 'c']);
  });
});

describe('the shipped languages', () => {
  test.each([
    'en',
    'fr',
    'de',
    'es',
    'pt',
    'pt-BR',
    'ja',
    'ar',
    'uk',
    'ru',
    'pl',
    'it',
    'hi',
    'id',
    'sw',
    'th',
    'he',
    'ko',
    'tr',
    'vi',
    'bn',
    'el',
    'cs',
    'ta',
    'hu',
    'ro',
    'fi',
    'sv',
    'nb',
    'da',
    'sr',
    'sr-Latn',
    'hr',
    'bs',
    'nl',
    'zh-Hant',
    'zh-Hans',
    'fa',
    'fa-AF',
    'ur',
  ])('%s has every key', (code) => {
    const table = findLanguage(code, LANGUAGES)?.messages ?? {};
    expect(Object.keys(english).filter((key) => !(key in table))).toEqual([]);
  });

  test('a language without a table is English, with a warning saying which file to add', () => {
    const warnings: string[] = [];
    const ui = interfaceFor('et', (message) => warnings.push(message));
    expect(ui.t('nav.home')).toBe('Latest');
    // Its words are English, and say so: a screen reader reads them in an English voice, the articles in theirs.
    expect([ui.lang, ui.dir]).toEqual(['en', 'ltr']);
    // Laid out as its English words are written: a Pashto or Sorani Kurdish archive without a table is left to right
    // (its headlines and stories carry their own direction), so "28 January 2023" never reads "January 2023 28".
    expect([interfaceFor('ps').lang, interfaceFor('ps').dir]).toEqual(['en', 'ltr']);
    expect([interfaceFor('ckb').lang, interfaceFor('ckb').dir]).toEqual(['en', 'ltr']);
    expect([interfaceFor('fa').lang, interfaceFor('fa').dir]).toEqual(['fa', 'rtl']);
    expect([interfaceFor('ur').lang, interfaceFor('ur').dir]).toEqual(['ur', 'rtl']);
    expect([interfaceFor('ar').lang, interfaceFor('ar').dir]).toEqual(['ar', 'rtl']);
    expect([interfaceFor('he').lang, interfaceFor('he').dir]).toEqual(['he', 'rtl']);
    expect(interfaceFor('fr-CA').lang).toBe('fr-CA');
    expect(warnings).toEqual([
      'no interface translation for "et": the interface is in English. Add src/i18n/locales/et.ts (see "Languages" in README.md).',
    ]);
  });

  test('a regional tag uses its own table where there is one, else its language’s', () => {
    expect(findLanguage('pt-BR', LANGUAGES)?.code).toBe('pt-BR');
    expect(findLanguage('pt-PT', LANGUAGES)?.code).toBe('pt');
    expect(findLanguage('fr-CA', LANGUAGES)?.code).toBe('fr');
    expect(findLanguage('pt-Latn-BR', LANGUAGES)?.code).toBe('pt-BR');
    expect(findLanguage('en_GB', LANGUAGES)?.code).toBe('en');
    expect(findLanguage('nl-BE', LANGUAGES)?.code).toBe('nl');
    expect(findLanguage('et', LANGUAGES)).toBeUndefined();
    expect(LANGUAGES.size).toBeGreaterThanOrEqual(7);
  });

  // Chinese has a table per script: a region that writes Traditional characters reads them, whatever its tag.
  test.each([
    ['zh-TW', 'zh-Hant', '搜尋文章'],
    ['zh-HK', 'zh-HK', '搜尋文章'],
    ['zh-Hant-HK', 'zh-HK', '搜尋文章'],
    ['zh-MO', 'zh-Hant', '搜尋文章'],
    ['zh-Hant', 'zh-Hant', '搜尋文章'],
    ['zh-hant-tw', 'zh-Hant', '搜尋文章'],
    ['zh_TW', 'zh-Hant', '搜尋文章'],
    ['zh', 'zh-Hans', '搜索文章'],
    ['zh-CN', 'zh-Hans', '搜索文章'],
    ['zh-SG', 'zh-Hans', '搜索文章'],
    ['zh-Hans', 'zh-Hans', '搜索文章'],
    ['zh-Hans-HK', 'zh-Hans', '搜索文章'],
    ['zh-Hant-CN', 'zh-Hant', '搜尋文章'],
  ])('%s reads the %s table (%s)', (tag, code, placeholder) => {
    expect(findLanguage(tag, LANGUAGES)?.code).toBe(code);
    expect(interfaceFor(tag).t('shell.searchPlaceholder')).toBe(placeholder);
  });
});

// In Russian or Ukrainian 21 articles take the form of one ("21 статья"): a form that several numbers take must say
// the number, or "the newest article was checked" would be shown for 21 of them. (A form only one number takes may
// name it in words: Arabic's dual.) Not the writers' label, whose count only chooses between one writer and several,
// nor a calendar's words read after the number it shows.
test.each([...LANGUAGES.keys()])('%s: every form that several numbers take shows the number', (lang) => {
  const ui = interfaceFor(lang);
  const rules = new Intl.PluralRules(ui.lang);
  const table = findLanguage(lang, LANGUAGES)?.messages ?? {};
  const notShown = new Set(['list.by', 'article.by', 'calendar.articles']);
  const numbersTaking = new Map<string, number>();
  for (let n = 1; n <= 1000; n++) numbersTaking.set(rules.select(n), (numbersTaking.get(rules.select(n)) ?? 0) + 1);
  const categories = [...numbersTaking].filter(([, numbers]) => numbers > 1).map(([category]) => category);
  const missing = Object.entries(table).flatMap(([key, message]) =>
    typeof message === 'object' && !notShown.has(key)
      ? [...categories]
          .filter((category) => {
            const form = (message as Record<string, string | undefined>)[category];
            return form !== undefined && !form.includes('{count}');
          })
          .map((category) => `${key} (${category})`)
      : [],
  );
  expect(missing).toEqual([]);
});

describe('a date bound the search cannot read', () => {
  test.each([...LANGUAGES.keys()])(
    '%s: names the bound and what was written, and shows the forms understood',
    (lang) => {
      const { t } = interfaceFor(lang);
      const from = t('search.fromUnreadable', { text: 'abc' });
      const to = t('search.toUnreadable', { text: '2024-13' });
      for (const [note, text] of [
        [from, 'abc'],
        [to, '2024-13'],
      ] as const) {
        expect(note).toContain(text);
        // In the years its readers count (a Thai reader types 2541 for 1998).
        const year = yearInEra('1998', lang);
        for (const form of [`${year}`, `${year}-06`, `${year}-06-15`])
          expect(note).toMatch(new RegExp(`(^|[^\\d-])${form}([^\\d-]|$)`));
      }
      expect(from.replace('abc', '')).not.toBe(to.replace('2024-13', ''));
      // In the language itself, not English shown in its place.
      if (lang !== 'en') expect(from).not.toBe(interfaceFor('en').t('search.fromUnreadable', { text: 'abc' }));
    },
  );
});

test.each([...LANGUAGES.keys()].filter((lang) => textDirection(lang) === 'rtl'))(
  '%s: in a right-to-left note, the date forms read as typed (1998-06-15, not 15-06-1998) and so does what was written',
  (lang) => {
    // After Arabic letters, digits joined by hyphens are laid out right to left, group by group, unless isolated.
    const note = interfaceFor(lang).t('search.toUnreadable', { text: '2024-13' });
    expect(note).toContain('\u20682024-13\u2069');
    for (const form of ['1998-06', '1998-06-15']) expect(note).toContain(`\u2066${form}\u2069`);
  },
);

describe('dates and weeks by language', () => {
  test.each([
    ['fr', '12 mai 2024', 'dimanche 12 mai 2024', 1],
    ['ja', '2024年5月12日', '2024年5月12日 日曜日', 0],
    ['de', '12. Mai 2024', 'Sonntag, 12. Mai 2024', 1],
    ['es', '12 de mayo de 2024', 'domingo, 12 de mayo de 2024', 1],
    ['ar', '12 مايو 2024', 'الأحد 12 مايو 2024', 6],
    ['en', '12 May 2024', 'Sunday 12 May 2024', 1],
    ['uk', '12 травня 2024', 'неділя, 12 травня 2024', 1],
    ['ru', '12 мая 2024', 'воскресенье, 12 мая 2024', 1],
    ['pl', '12 maja 2024', 'niedziela, 12 maja 2024', 1],
    ['it', '12 maggio 2024', 'domenica 12 maggio 2024', 1],
    ['nl', '12 mei 2024', 'zondag 12 mei 2024', 1],
    // Hindi papers print dates in international digits, weeks from Sunday.
    ['hi', '12 मई 2024', 'रविवार, 12 मई 2024', 0],
    ['id', '12 Mei 2024', 'Minggu, 12 Mei 2024', 1],
    ['sw', '12 Mei 2024', 'Jumapili, 12 Mei 2024', 1],
    // Taiwan's and Hong Kong's calendars start on Sunday, the mainland's on Monday (CLDR).
    ['zh-TW', '2024年5月12日', '2024年5月12日 星期日', 0],
    ['zh-HK', '2024年5月12日', '2024年5月12日 星期日', 0],
    ['zh-CN', '2024年5月12日', '2024年5月12日 星期日', 1],
  ])('%s: %s, %s, weeks from day %i', (lang, day, weekdayDay, weekStartsOn) => {
    const ui = interfaceFor(lang);
    expect(ui.day('2024-05-12')).toBe(day);
    expect(ui.weekdayDay('2024-05-12')).toBe(weekdayDay);
    expect(ui.weekStartsOn).toBe(weekStartsOn);
  });

  test.each([
    ['ja', '2024年'],
    ['zh-TW', '2024年'],
    ['en', '2024'],
    ['fr', '2024'],
    ['ar', '2024'],
  ])('%s: a year alone reads %s', (lang, year) => {
    expect(interfaceFor(lang).year('2024')).toBe(year);
  });

  // An article's time after its day: joined and labelled in the language (Arabic comma, no Latin "UTC" in Arabic),
  // the written offset kept, offset zero named alone, and a bare day left alone.
  test.each([
    ['en', '20 January 2025, 08:30 (UTC+02:00)', '20 January 2025, 08:30 (UTC)'],
    ['fr', '20 janvier 2025, 08:30 (UTC+02:00)', '20 janvier 2025, 08:30 (UTC)'],
    ['de', '20. Januar 2025, 08:30 (UTC+02:00)', '20. Januar 2025, 08:30 (UTC)'],
    ['es', '20 de enero de 2025, 08:30 (UTC+02:00)', '20 de enero de 2025, 08:30 (UTC)'],
    ['pt', '20 de janeiro de 2025, 08:30 (UTC+02:00)', '20 de janeiro de 2025, 08:30 (UTC)'],
    ['nl', '20 januari 2025, 08:30 (UTC+02:00)', '20 januari 2025, 08:30 (UTC)'],
    ['pl', '20 stycznia 2025, 08:30 (UTC+02:00)', '20 stycznia 2025, 08:30 (UTC)'],
    ['id', '20 Januari 2025, 08:30 (UTC+02:00)', '20 Januari 2025, 08:30 (UTC)'],
    ['sw', '20 Januari 2025, 08:30 (UTC+02:00)', '20 Januari 2025, 08:30 (UTC)'],
    ['ar', '20 يناير 2025، 08:30 (غرينتش+02:00)', '20 يناير 2025، 08:30 (غرينتش)'],
    ['ja', '2025年1月20日 08:30（UTC+02:00）', '2025年1月20日 08:30（UTC）'],
    ['zh-TW', '2025年1月20日 08:30（UTC+02:00）', '2025年1月20日 08:30（UTC）'],
  ])('%s: an article’s time reads %s', (lang, offset, zero) => {
    const ui = interfaceFor(lang);
    expect(ui.dateline(parseArticleDate('2025-01-20T08:30:00+02:00')!)).toBe(offset);
    expect(ui.dateline(parseArticleDate('2025-01-20T08:30:00Z')!)).toBe(zero);
    expect(ui.dateline(parseArticleDate('2025-01-20')!)).toBe(ui.day('2025-01-20'));
  });

  test('a western offset is written with a minus sign, in every language', () => {
    for (const lang of LANGUAGES.keys())
      // In the table's digits: Bengali ২৩:৩০ is 23:30.
      expect(asciiDigits(interfaceFor(lang).dateline(parseArticleDate('2019-12-31T23:30:00-08:00')!))).toMatch(
        /23:30.*−08:00/,
      );
  });

  test('Hong Kong’s words where they differ from Taiwan’s, the rest shared', () => {
    const [taiwan, hongKong] = [interfaceFor('zh-TW'), interfaceFor('zh-HK')];
    expect([taiwan.t('article.related'), hongKong.t('article.related')]).toEqual(['相關報導', '相關報道']);
    expect(hongKong.t('search.bytes', { count: 512 })).toBe('512字節');
    expect(hongKong.t('nav.home')).toBe(taiwan.t('nav.home'));
  });

  test('Chinese: months by number in dates, by name alone, a calendar’s heads as one character, no plural', () => {
    for (const [lang, heads] of [
      ['zh-TW', ['日', '一', '二', '三', '四', '五', '六']],
      ['zh-CN', ['日', '一', '二', '三', '四', '五', '六']],
    ] as const) {
      const zh = interfaceFor(lang);
      expect(zh.month('2019-03')).toBe('2019年3月');
      expect(zh.monthName('2019-03')).toBe('三月');
      expect(zh.weekdays.map(({ short }) => short)).toEqual(heads);
      expect(zh.weekdays[0]?.long).toBe('星期日');
      // On this day fills the month's number, not its name: 3月12日, never 三月12日.
      expect(zh.t('date.dayMonth', { day: '12', month: zh.months[2] ?? '', number: 3 })).toBe('3月12日');
      expect([1, 2, 21].map((count) => zh.t('list.count', { count }))).toEqual(['1篇文章', '2篇文章', '21篇文章']);
    }
    expect(interfaceFor('zh-TW').t('search.countFor', { count: 3, query: '港口' })).toBe('「港口」的結果：3筆');
    expect(interfaceFor('zh-CN').t('search.countFor', { count: 3, query: '港口' })).toBe('“港口”的结果：3条');
    expect(interfaceFor('ja').t('date.dayMonth', { day: '12', month: '5月', number: 5 })).toBe('5月12日');
  });

  test('months and new year’s day in the language’s words', () => {
    expect(interfaceFor('ja').day('2024-01-01')).toBe('2024年1月1日');
    // A month stands alone (a heading, a link, a calendar's label): capitalised, where a day keeps it in lower case.
    expect(interfaceFor('fr').month('2024-12')).toBe('Décembre 2024');
    expect(interfaceFor('fr').monthName('2024-12')).toBe('Décembre');
    expect(interfaceFor('fr').day('2024-12-02')).toBe('2 décembre 2024');
  });

  test('names with a space in them stay told apart in a list, where the language joins with spaces alone', () => {
    const th = interfaceFor('th');
    // Intl writes "สมชาย ใจดีและนภาพร แก้วมณี" and "A B C D และE F": no reader can tell where a name ends.
    expect(th.list(['สมชาย ใจดี', 'นภาพร แก้วมณี'])).toBe('สมชาย ใจดี และนภาพร แก้วมณี');
    expect(th.list(['สมชาย ใจดี', 'นภาพร แก้วมณี', 'ปิยะนุช ทองคำ'])).toBe('สมชาย ใจดี, นภาพร แก้วมณี และปิยะนุช ทองคำ');
    // Names without spaces, and languages whose lists already part them, are listed as Intl lists them.
    expect(th.list(['สมชาย', 'นภาพร'])).toBe(
      new Intl.ListFormat('th', { type: 'conjunction' }).format(['สมชาย', 'นภาพร']),
    );
    expect(interfaceFor('en').list(['Ana Lima', 'Bo Chen', 'Cy Dee'])).toBe('Ana Lima, Bo Chen, and Cy Dee');
    expect(interfaceFor('ar').list(['سارة علي', 'منى حسن'])).toBe('سارة علي ومنى حسن');
    // Chinese joins with 和 and no space: names with spaces in them are told apart already.
    expect(interfaceFor('zh-Hans').list(['John Smith', 'Jane Doe'])).toBe(
      new Intl.ListFormat('zh-Hans', { style: 'long', type: 'conjunction' }).format(['John Smith', 'Jane Doe']),
    );
    // A year before 1000 keeps its four figures, as its month's page writes it ("January 0050").
    expect(interfaceFor('en').year('0050')).toBe('0050');
  });

  test('Dutch: months in lower case after a day, calendar heads as Dutch calendars print them, quotes as articles set them', () => {
    const nl = interfaceFor('nl');
    expect(nl.day('2003-03-12')).toBe('12 maart 2003');
    expect(nl.month('2003-03')).toBe('Maart 2003');
    expect(nl.weekdays.map(({ short }) => short)).toEqual(['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za']);
    expect(nl.list(['A', 'B', 'C'])).toBe('A, B en C');
    expect([1, 2].map((count) => nl.t('list.count', { count }))).toEqual(['1 artikel', '2 artikelen']);
    // The interface quotes as a Dutch article is typeset: “ ” outside, ‘ ’ for a phrase inside them.
    const { double, single } = typographyStyle('nl');
    expect(nl.t('search.countFor', { count: 2, query: 'haven' })).toBe(
      `2 resultaten voor ${double[0]}haven${double[1]}`,
    );
    expect(nl.t('search.quotedPhrase', { phrase: 'de haven' })).toBe(`${single[0]}de haven${single[1]}`);
  });

  test('Ukrainian: a day takes the month in the genitive, a month alone the nominative, counts their three forms', () => {
    const uk = interfaceFor('uk');
    expect(uk.day('2003-03-12')).toBe('12 березня 2003');
    expect(uk.month('2003-03')).toBe('Березень 2003');
    expect(uk.months[2]).toBe('березня');
    // A calendar's column heads as Ukrainian calendars print them, the full name beside them.
    expect(uk.weekdays.map(({ short }) => short)).toEqual(['нд', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб']);
    expect(uk.weekdays[1]?.long).toBe('понеділок');
    expect(interfaceFor('en').weekdays.map(({ short }) => short)).toEqual([
      'Sun',
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
    ]);
    expect([1, 3, 5, 11, 21, 22, 25].map((count) => uk.t('list.count', { count }))).toEqual([
      '1 стаття',
      '3 статті',
      '5 статей',
      '11 статей',
      '21 стаття',
      '22 статті',
      '25 статей',
    ]);
    expect(uk.t('article.by', { names: uk.list(['Олена Коваль']), count: 1 })).toBe('Автор: Олена Коваль');
    expect(uk.t('article.by', { names: uk.list(['Олена Коваль', 'Петро Іваненко']), count: 2 })).toBe(
      'Автори: Олена Коваль і Петро Іваненко',
    );
  });

  test('Russian: a day takes the month in the genitive, a month alone the nominative, counts their three forms', () => {
    const ru = interfaceFor('ru');
    expect(ru.day('2003-03-12')).toBe('12 марта 2003');
    expect(ru.month('2003-03')).toBe('Март 2003');
    expect(ru.weekdays.map(({ short }) => short)).toEqual(['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб']);
    expect([1, 3, 5, 11, 21, 22, 25].map((count) => ru.t('list.count', { count }))).toEqual([
      '1 статья',
      '3 статьи',
      '5 статей',
      '11 статей',
      '21 статья',
      '22 статьи',
      '25 статей',
    ]);
    expect(ru.t('article.by', { names: ru.list(['Анна Смирнова', 'Пётр Иванов']), count: 2 })).toBe(
      'Авторы: Анна Смирнова и Пётр Иванов',
    );
  });

  test('Polish: a day takes the month in the genitive, a month alone the nominative, counts their three forms', () => {
    const warnings: string[] = [];
    const pl = interfaceFor('pl', (message) => warnings.push(message));
    expect(pl.lang).toBe('pl');
    expect(pl.day('2023-07-14')).toBe('14 lipca 2023');
    expect(pl.weekdayDay('2024-03-13')).toBe('środa, 13 marca 2024');
    expect(pl.month('2023-07')).toBe('Lipiec 2023');
    // On this day: the day and the month in the genitive, "14 lipca".
    expect(pl.t('date.dayMonth', { day: '14', month: pl.months[6] ?? '', number: 7 })).toBe('14 lipca');
    expect(pl.weekdays.map(({ short }) => short)).toEqual(['niedz.', 'pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.']);
    // 2–4 take one form, except in 12–14; 5–21 another; fractions the genitive singular.
    expect([1, 2, 4, 5, 12, 21, 22, 25, 102, 1.5].map((count) => pl.t('list.count', { count }))).toEqual([
      '1 artykuł',
      '2 artykuły',
      '4 artykuły',
      '5 artykułów',
      '12 artykułów',
      '21 artykułów',
      '22 artykuły',
      '25 artykułów',
      '102 artykuły',
      '1,5 artykułu',
    ]);
    expect(pl.t('search.countFor', { count: 3, query: 'port' })).toBe('3 wyniki dla zapytania „port”');
    expect(pl.t('article.by', { names: pl.list(['Anna Nowak', 'Piotr Wiśniewski']), count: 2 })).toBe(
      'Autorzy: Anna Nowak i Piotr Wiśniewski',
    );
    // A Polish archive has a Polish interface: no "no interface translation" warning, no key in English.
    expect(warnings).toEqual([]);
  });

  test('Indonesian: one form after any number, weeks from Monday, “ ” quotes', () => {
    const warnings: string[] = [];
    const id = interfaceFor('id', (message) => warnings.push(message));
    expect(id.lang).toBe('id');
    expect(id.day('2023-07-14')).toBe('14 Juli 2023');
    expect(id.weekdayDay('2023-07-14')).toBe('Jumat, 14 Juli 2023');
    expect(id.month('2023-07')).toBe('Juli 2023');
    expect(id.t('date.dayMonth', { day: '14', month: id.months[6] ?? '', number: 7 })).toBe('14 Juli');
    expect(id.weekStartsOn).toBe(1);
    expect(id.weekdays.map(({ short }) => short)).toEqual(['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab']);
    // No plural: the same noun after 1 and 5, and a thousands separator of a dot.
    expect([1, 5, 21, 1200].map((count) => id.t('list.count', { count }))).toEqual([
      '1 artikel',
      '5 artikel',
      '21 artikel',
      '1.200 artikel',
    ]);
    expect(id.t('search.countFor', { count: 3, query: 'pelabuhan' })).toBe('3 hasil untuk “pelabuhan”');
    expect(id.t('article.by', { names: id.list(['Budi Santoso', 'Siti Rahmawati']), count: 2 })).toBe(
      'Oleh Budi Santoso dan Siti Rahmawati',
    );
    expect(warnings).toEqual([]);
  });

  test('Swahili: names of its own (date-fns has none), a number after its noun, weeks from Monday', () => {
    const warnings: string[] = [];
    const sw = interfaceFor('sw', (message) => warnings.push(message));
    expect(sw.lang).toBe('sw');
    expect(sw.day('2023-07-14')).toBe('14 Julai 2023');
    expect(sw.weekdayDay('2023-07-14')).toBe('Ijumaa, 14 Julai 2023');
    expect(sw.month('2023-07')).toBe('Julai 2023');
    expect(sw.monthName('2023-03')).toBe('Machi');
    expect(sw.t('date.dayMonth', { day: '14', month: sw.months[6] ?? '', number: 7 })).toBe('14 Julai');
    expect(sw.weekStartsOn).toBe(1);
    expect(sw.weekdays.map(({ short }) => short)).toEqual(['Jpi', 'Jtt', 'Jnn', 'Jtn', 'Alh', 'Iju', 'Jmo']);
    // The table's names are the ones Unicode's CLDR gives Swahili.
    const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('sw', { ...options, timeZone: 'UTC' });
    expect(sw.months).toEqual(
      Array.from({ length: 12 }, (_, m) => utc({ month: 'long' }).format(Date.UTC(2023, m, 1))),
    );
    expect(sw.weekdays.map(({ long }) => long)).toEqual(
      Array.from({ length: 7 }, (_, d) => utc({ weekday: 'long' }).format(Date.UTC(2024, 0, 7 + d))),
    );
    expect([1, 5, 21].map((count) => sw.t('list.count', { count }))).toEqual(['makala 1', 'makala 5', 'makala 21']);
    expect([1, 5].map((count) => sw.t('facet.authors.count', { count }))).toEqual(['mwandishi 1', 'waandishi 5']);
    expect(sw.t('article.by', { names: sw.list(['Amina Juma', 'Baraka Otieno']), count: 2 })).toBe(
      'Na Amina Juma na Baraka Otieno',
    );
    expect(warnings).toEqual([]);
  });

  test('French writes the first of a month 1er, and only the first; other languages need no suffix', () => {
    const fr = interfaceFor('fr');
    expect(fr.day('2024-12-01')).toBe('1er décembre 2024');
    expect(fr.weekdayDay('2024-12-01')).toBe('dimanche 1er décembre 2024');
    expect(
      fr.dateline({
        written: '2024-12-01T20:30:00+01:00',
        day: '2024-12-01',
        time: '20:30',
        offset: '+01:00',
        timestamp: 0,
      }),
    ).toMatch(/^1er décembre 2024, 20:30/);
    expect(fr.day('2024-12-02')).toBe('2 décembre 2024');
    expect(fr.day('2024-12-11')).toBe('11 décembre 2024');
    expect(interfaceFor('en').day('2024-12-01')).toBe('1 December 2024');
    expect(interfaceFor('es').day('2024-12-01')).toBe('1 de diciembre de 2024');
  });

  test('lists of names in the language’s words', () => {
    expect(interfaceFor('fr').list(['A', 'B', 'C'])).toBe('A, B et C');
    expect(interfaceFor('de').list(['A', 'B'])).toBe('A und B');
    // Each list is its own, however often lists are asked for.
    const en = interfaceFor('en');
    expect([en.list(['A', 'B']), en.list(['A B']), en.list(['A', 'B', 'C']), en.list(['A', 'B'])]).toEqual([
      'A and B',
      'A B',
      'A, B, and C',
      'A and B',
    ]);
  });
});

test.each([
  ['ar', 'rtl'],
  ['he-IL', 'rtl'],
  ['fa', 'rtl'],
  ['ur', 'rtl'],
  ['fr', 'ltr'],
  ['ja', 'ltr'],
  ['az-Arab', 'rtl'],
])('textDirection(%s) is %s', (lang, dir) => {
  expect(textDirection(lang)).toBe(dir);
});

test('Brazilian Portuguese is Portugal’s table in Brazil’s words, with “ ” quotes', () => {
  const brazil = findLanguage('pt-BR', LANGUAGES)?.messages ?? {};
  const portugal = findLanguage('pt', LANGUAGES)?.messages ?? {};
  expect([portugal['nav.sections'], brazil['nav.sections']]).toEqual(['Secções', 'Seções']);
  expect(brazil['search.searching']).toBe('Pesquisando…');
  expect(brazil['search.countFor']).toEqual({
    one: '{count} resultado para “{query}”',
    other: '{count} resultados para “{query}”',
  });
  // No European word or « » is left in any message.
  const texts = Object.values(brazil).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );
  expect(texts.filter((text) => /[«»]|ficheiro|[Ss]ecç|Transfer|guardad|A carregar/.test(text))).toEqual([]);
});
