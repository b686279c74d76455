import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { boundInEra, coverFilter, coverRange, formatDateBound, parseDateBound } from '../../src/search/date-range.ts';

const SPAN = { first: '1995-03', last: '2024-10' };
const cover = (from: string, to: string) =>
  coverRange(from ? parseDateBound(from) : undefined, to ? parseDateBound(to) : undefined, SPAN);

describe('parseDateBound', () => {
  test.each([
    ['1998', { year: 1998 }],
    ['2003-06', { year: 2003, month: 6 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    [' 2001 ', { year: 2001 }],
    // As phones type them: another script's digits, no hyphen on the number pad, a month of one digit.
    ['٢٠٠٣-٠٦', { year: 2003, month: 6 }],
    ['۲۰۰۳', { year: 2003 }],
    ['２００３-０６-０１', { year: 2003, month: 6, day: 1 }],
    ['2003/06', { year: 2003, month: 6 }],
    ['2003.6.1', { year: 2003, month: 6, day: 1 }],
    ['2003-6', { year: 2003, month: 6 }],
  ])('%s', (text, expected) => expect(parseDateBound(text)).toEqual(expected));

  test.each([
    [{ year: 2003 }, '2003'],
    [{ year: 2003, month: 6 }, '2003-06'],
    [{ year: 2003, month: 6, day: 1 }, '2003-06-01'],
  ])('%j is written %s', (bound, text) => expect(formatDateBound(bound)).toBe(text));

  test('a bound is shown to a Thai reader in the Buddhist Era they typed it in, and read back as written', () => {
    for (const typed of ['2567', '2567-03', '2567-03-12']) {
      const inUrl = formatDateBound(parseDateBound(typed, 'th')!);
      expect(inUrl).toBe(typed.replace('2567', '2024'));
      expect(boundInEra(inUrl, 'th')).toBe(typed);
    }
    expect(boundInEra('2024-03', 'en')).toBe('2024-03');
    expect(boundInEra('', 'th')).toBe('');
  });

  test.each(['', '98', '2003-13', '2023-02-29', '2003-06-31', '2003-06-', '2003--06', 'x'])('refuses %j', (text) =>
    expect(parseDateBound(text)).toBeUndefined(),
  );
});

describe('parseDateBound: a date as readers of an archive of several languages, and of Iran, type it', () => {
  test.each([
    // Czech and Slovak stops with a space after them.
    ['5. 3. 2013', 'cs', { year: 2013, month: 3, day: 5 }],
    ['5. 3. 2013', 'el', { year: 2013, month: 3, day: 5 }],
    // Serbian and Croatian with a stop after the year too.
    ['12. 3. 2014.', 'sr', { year: 2014, month: 3, day: 12 }],
    ['12.03.2014.', 'hr', { year: 2014, month: 3, day: 12 }],
    ['3. 2014.', 'sr', { year: 2014, month: 3 }],
    ['12. mart 2014.', 'sr', { year: 2014, month: 3, day: 12 }],
    // A month and a weekday named in another language than the interface's: Czech stories in a Greek archive.
    ['březen 2024', 'el', { year: 2024, month: 3 }],
    ['úterý 5. 3. 2013', 'el', { year: 2013, month: 3, day: 5 }],
    ['15 Μαρτίου 2024', 'cs', { year: 2024, month: 3, day: 15 }],
    // A Greek month alone before its year is in the nominative, as a day's is not (Μάρτιος 2024, 15 Μαρτίου 2024).
    ['Μάρτιος 2024', 'cs', { year: 2024, month: 3 }],
    // Persian's names of the Gregorian months, which its interface's calendar (the Solar Hijri) does not name.
    ['مارس ۲۰۲۴', 'fa', { year: 2024, month: 3 }],
  ])('%s (%s)', (text, lang, expected) => expect(parseDateBound(text, lang)).toEqual(expected));

  test.each([
    // A day of the Solar Hijri calendar is its Gregorian day: typed in Persian digits in an archive of any language,
    // in any digits by a reader of Persian.
    ['۱۴۰۳/۰۱/۰۱', 'ur', 'from', { year: 2024, month: 3, day: 20 }],
    ['۱۴۰۳/۰۱/۰۱', 'en', 'to', { year: 2024, month: 3, day: 20 }],
    ['1403/01/01', 'fa', 'to', { year: 2024, month: 3, day: 20 }],
    ['۱ فروردین ۱۴۰۳', 'fa', 'from', { year: 2024, month: 3, day: 20 }],
    // A month or a year of it begins and ends inside Gregorian months: its first day as a start, its last as an end.
    ['فروردین ۱۴۰۳', 'ur', 'from', { year: 2024, month: 3, day: 20 }],
    ['فروردین ۱۴۰۳', 'ur', 'to', { year: 2024, month: 4, day: 19 }],
    ['1403', 'fa', 'from', { year: 2024, month: 3, day: 20 }],
    // 1403 is a leap year, its Esfand of 30 days; 1402's has 29.
    ['1403', 'fa', 'to', { year: 2025, month: 3, day: 20 }],
    ['اسفند ۱۴۰۲', 'fa', 'to', { year: 2024, month: 3, day: 19 }],
  ] as const)('%s (%s, %s)', (text, lang, side, expected) =>
    expect(parseDateBound(text, lang, side)).toEqual(expected),
  );

  test('an Arabic reader’s 1445 is not of the Solar Hijri calendar, nor a Gregorian month’s 1403, nor a Persian month’s 2024', () => {
    // The lunar Hijri year is not read as a Solar Hijri one (it would be 2066): as written, a year no article has.
    expect(parseDateBound('١٤٤٥', 'ar')).toEqual({ year: 1445 });
    expect(parseDateBound('1403', 'en')).toEqual({ year: 1403 });
    expect(parseDateBound('March 1403', 'en')).toEqual({ year: 1403, month: 3 });
    expect(parseDateBound('مارس ۱۴۰۳', 'fa')).toEqual({ year: 1403, month: 3 });
    expect(parseDateBound('فروردین 2024', 'fa')).toBeUndefined();
  });

  test('a Solar Hijri day that does not exist is refused, as a Gregorian one is', () => {
    expect(parseDateBound('30 اسفند 1402', 'fa')).toBeUndefined();
    expect(parseDateBound('30 اسفند 1403', 'fa')).toEqual({ year: 2025, month: 3, day: 20 });
  });
});

describe('parseDateBound: a date as a reader of the interface’s language types it', () => {
  test.each([
    ['ngày 6 tháng 2 năm 2022', 'vi', { year: 2022, month: 2, day: 6 }],
    ['Thứ Hai, 6 tháng 2, 2022', 'vi', { year: 2022, month: 2, day: 6 }],
    ['Chủ nhật, ngày 14 tháng 7 năm 2023', 'vi', { year: 2023, month: 7, day: 14 }],
    ['tháng 2 năm 2022', 'vi', { year: 2022, month: 2 }],
    ['Tháng 2/2022', 'vi', { year: 2022, month: 2 }],
    // In an archive in another language too: the form reads what its readers type.
    ['tháng 12 năm 1998', 'en', { year: 1998, month: 12 }],
    // Year first, each part closed by a stop, as Hungarian (and Korean) readers write it, spaced or not.
    ['2009.03.15.', 'hu', { year: 2009, month: 3, day: 15 }],
    ['2009. 03. 15.', 'hu', { year: 2009, month: 3, day: 15 }],
    ['2009. 03.', 'hu', { year: 2009, month: 3 }],
  ])('%s (%s)', (text, lang, expected) => expect(parseDateBound(text, lang)).toEqual(expected));

  test.each([
    // Bengali: the day's endings (১২ই, ২১শে, ১লা), the long ী papers write in a month's name, and য় typed as one character.
    ['১২ই মার্চ ২০২৪', { year: 2024, month: 3, day: 12 }],
    ['২১শে মে ২০২৪', { year: 2024, month: 5, day: 21 }],
    ['১লা জানুয়ারী ২০২৪', { year: 2024, month: 1, day: 1 }],
    ['১৫ ফেব্রুয়ারী ২০২৪', { year: 2024, month: 2, day: 15 }],
    ['১৫ ফেব্রু\u09DFারি ২০২৪', { year: 2024, month: 2, day: 15 }],
    ['মে ২০২৪', { year: 2024, month: 5 }],
  ])('%s (bn)', (text, expected) => expect(parseDateBound(text, 'bn')).toEqual(expected));

  test.each([
    // A weekday before or after the date, as the archive's own day headings print it.
    ['12 Mart 2024 Salı', 'tr', { year: 2024, month: 3, day: 12 }],
    ['Salı, 12 Mart 2024', 'tr', { year: 2024, month: 3, day: 12 }],
    ['Thứ Ba, 12/3/2024', 'vi', { year: 2024, month: 3, day: 12 }],
    ['Tuesday, March 12, 2024', 'en', { year: 2024, month: 3, day: 12 }],
    // Spanish "mar" is March as well as Tuesday: a month here.
    ['mar 2024', 'es', { year: 2024, month: 3 }],
  ])('%s (%s), its weekday aside', (text, lang, expected) => expect(parseDateBound(text, lang)).toEqual(expected));

  test.each(['ngày 30 tháng 2 năm 2022', 'tháng 13 năm 2022', 'tháng 2'])('refuses %j in Vietnamese', (text) =>
    expect(parseDateBound(text, 'vi')).toBeUndefined(),
  );

  test.each([
    ['15/03/1998', 'fr', { year: 1998, month: 3, day: 15 }],
    ['15.03.1998', 'de', { year: 1998, month: 3, day: 15 }],
    ['03/1998', 'fr', { year: 1998, month: 3 }],
    ['mars 1998', 'fr', { year: 1998, month: 3 }],
    ['aout 2024', 'fr', { year: 2024, month: 8 }],
    ['1er mars 1998', 'fr', { year: 1998, month: 3, day: 1 }],
    ['3. März 1998', 'de', { year: 1998, month: 3, day: 3 }],
    ['15 de marzo de 1998', 'es', { year: 1998, month: 3, day: 15 }],
    ['15 марта 1998', 'ru', { year: 1998, month: 3, day: 15 }],
    ['1998年3月15日', 'ja', { year: 1998, month: 3, day: 15 }],
    ['March 15, 1998', 'en', { year: 1998, month: 3, day: 15 }],
    // English named in any interface; English numbers only where the order cannot be mistaken.
    ['15 March 1998', 'fr', { year: 1998, month: 3, day: 15 }],
    ['25/12/1998', 'en', { year: 1998, month: 12, day: 25 }],
    ['12/25/1998', 'en', { year: 1998, month: 12, day: 25 }],
    // Thai readers count years from the Buddha (2567 is 2024), or write the Christian year; the day is checked in
    // the Christian one (2024 is a leap year).
    ['2567', 'th', { year: 2024 }],
    ['มีนาคม 2567', 'th', { year: 2024, month: 3 }],
    ['12/03/2567', 'th', { year: 2024, month: 3, day: 12 }],
    ['29/02/2567', 'th', { year: 2024, month: 2, day: 29 }],
    ['12 มี.ค. พ.ศ. 2567', 'th', { year: 2024, month: 3, day: 12 }],
    ['มีนาคม 2024', 'th', { year: 2024, month: 3 }],
    // Thai papers' two figures of the Buddhist year, and a year with its era's name.
    ['1 มี.ค. 67', 'th', { year: 2024, month: 3, day: 1 }],
    ['พ.ศ. 2567', 'th', { year: 2024 }],
    ['2567', 'en', { year: 2567 }],
  ] as const)('%s (%s)', (text, lang, expected) => expect(parseDateBound(text, lang)).toEqual(expected));

  test.each([
    ['03/04/1998', 'en'],
    ['31/02/1998', 'fr'],
    ['mars', 'fr'],
    ['1 March 67', 'en'],
    ['15 1998', 'en'],
    ['15 mars', 'fr'],
    ['brumaire 1998', 'fr'],
  ])('refuses %s (%s): ambiguous, impossible or without a year', (text, lang) =>
    expect(parseDateBound(text, lang)).toBeUndefined(),
  );
});

describe('coverRange', () => {
  test('1998 to 2003-06 is five years and six months', () => {
    expect(cover('1998', '2003-06')).toEqual({
      years: ['1998', '1999', '2000', '2001', '2002'],
      months: ['2003-01', '2003-02', '2003-03', '2003-04', '2003-05', '2003-06'],
      days: [],
    });
  });

  test('days at both ends, whole months between', () => {
    expect(cover('2010-01-30', '2010-03-02')).toEqual({
      years: [],
      months: ['2010-02'],
      days: ['2010-01-30', '2010-01-31', '2010-03-01', '2010-03-02'],
    });
  });

  test('open ends stop at the archive span, in whole years', () => {
    const open = cover('2023-11', '');
    expect(open).toEqual({ years: ['2024'], months: ['2023-11', '2023-12'], days: [] });
    expect(cover('', '1996-02')).toEqual({ years: ['1995'], months: ['1996-01', '1996-02'], days: [] });
  });

  test('a range outside the archive covers nothing, and its filter matches nothing', () => {
    const none = cover('1700', '1701');
    expect(none).toEqual({ years: [], months: [], days: [] });
    expect(coverFilter(none!).any).toHaveLength(1);
  });

  test('a backward range has no cover', () => expect(cover('2005', '2001')).toBeUndefined());

  test('every day of the range is covered exactly once, and no other day', () => {
    const day = fc
      .date({ min: new Date('1995-03-01T00:00:00Z'), max: new Date('2024-10-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom(4, 7, 10), fc.constantFrom(4, 7, 10), (a, b, cutA, cutB) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const from = lo.slice(0, cutA);
        const to = hi.slice(0, cutB);
        const result = coverRange(parseDateBound(from), parseDateBound(to), SPAN);
        if (!result) return; // a cut can make the range backward only if from's first day > to's last day, impossible here
        const first = `${from}${['-01-01', '-01', ''][[4, 7, 10].indexOf(cutA)]}`;
        // The day before the first day after `to`.
        const year = Number(hi.slice(0, 4));
        const after =
          cutB === 4
            ? Date.UTC(year + 1, 0, 1)
            : cutB === 7
              ? Date.UTC(year, Number(hi.slice(5, 7)), 1)
              : Date.parse(`${hi}T00:00:00Z`) + 86_400_000;
        const last = new Date(after - 86_400_000).toISOString().slice(0, 10);
        const covers = (d: string) =>
          Number(result.years.includes(d.slice(0, 4))) +
          Number(result.months.includes(d.slice(0, 7))) +
          Number(result.days.includes(d));
        // Sample days around the edges and inside.
        const probe = (d: string, inside: boolean) =>
          expect(covers(d), `${d} in ${from}–${to}: ${JSON.stringify(result)}`).toBe(inside ? 1 : 0);
        const shift = (d: string, n: number) =>
          new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        probe(first, true);
        probe(last, true);
        if (first > '1995-01-01') probe(shift(first, -1), false);
        if (last < '2024-12-31') probe(shift(last, 1), false);
      }),
      { numRuns: 200 },
    );
  });
});
