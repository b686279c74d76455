// Persian, Dari and Pashto newsroom material as a new user's trial imported it (invented stories): a Solar Hijri date
// in a feed's machine date, Persian typed on an Arabic keyboard (ي, ك) or kept in windows-1256, which has no ی,
// Pashto's bylines, rights notices and letters.
import { describe, expect, test } from 'vitest';
import { bylineNames } from '../../src/importer/bylines.ts';
import { inPersianLetters } from '../../src/importer/complete.ts';
import { fileInItsScript } from '../../src/importer/language.ts';
import { readFeed } from '../../src/importer/read-feed.ts';
import { copyrightHolder, isCopyrightLine, readText } from '../../src/importer/read-text.ts';
import type { FoundArticle } from '../../src/importer/types.ts';
import { writtenDate } from '../../src/lib/written-dates.ts';

const pashtoStory =
  'په ننګرهار کې د سیلابونو له امله لسګونه کورونه ویجاړ شوي او کروندګر وايي چې د غنمو فصل یې له منځه تللی دی.\n\n' +
  'د ولایت چارواکو ویلي چې مرستندویه ټیمونه اغېزمنو سیمو ته لېږل شوي دي.';
const dariStory =
  'مقام‌های محلی در ننگرهار می‌گویند سیلاب‌های اخیر صدها خانه را ویران کرده است و نعمت‌الله ځدران، ' +
  'رئیس اداره مبارزه با حوادث، از کمبود کمک‌ها خبر داد. کشاورزان می‌گویند بخش بزرگی از محصول گندم از میان رفته است ' +
  'و بسیاری از خانواده‌ها اکنون در چادرها زندگی می‌کنند.';

describe('a Solar Hijri date in a feed’s machine date', () => {
  test('is read in its calendar, never as the year 1402 of the Christian era', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>خبرگزاری کویر</title><link>https://kavir.example/</link>
<language>fa</language><item><title>نمایشگاه صنایع دستی یزد گشایش یافت</title><link>https://kavir.example/news/78</link>
<pubDate>1402/09/20 10:15</pubDate><description>نمایشگاه سالانه صنایع دستی با حضور ۱۵۰ هنرمند از سراسر استان گشایش یافت.</description></item></channel></rss>`;
    const [entry] = await readFeed(feed, 'f.xml');
    // 20 Azar 1402 was 11 December 2023.
    expect(entry?.ok && entry.article.fields.date).toBe('2023-12-11');
    // Afghanistan's names of the Christian months, as CLDR and the fa-AF interface write them.
    expect(['۱۲ می ۲۰۲۴', '۵ فبروری ۲۰۲۴', '۵ سپتمبر ۲۰۲۳', '۵ جولای ۲۰۲۳'].map((day) => writtenDate(day))).toEqual([
      '2024-05-12',
      '2024-02-05',
      '2023-09-05',
      '2023-07-05',
    ]);
    // Written as ISO 8601 writes a day: Solar Hijri on a Persian page, no date at all on another (never 1402 AD).
    expect(writtenDate('1402-09-20T10:15:00+03:30', { lang: 'fa' })).toBe('2023-12-11');
    expect(writtenDate('1402-09-20T10:15:00+03:30', { lang: 'en' })).toBeUndefined();
    expect(writtenDate('1445-05-20')).toBeUndefined();
    // Dari and Pashto by their own codes count so too.
    expect(writtenDate('1402-02-22', { lang: 'prs' })).toBe('2023-05-12');
    expect(writtenDate('1402-02-22', { lang: 'pbt' })).toBe('2023-05-12');
    expect(inPersianLetters({ title: 'علي' }, '', 'prs').frontmatter).toEqual({ title: 'علی' });
  });
});

describe('Persian typed on an Arabic keyboard', () => {
  test('its months and its byline label are read with ي and ك', () => {
    expect(writtenDate('۲۴ شهريور ۱۴۰۰')).toBe('2021-09-15');
    expect(writtenDate('۱۸ آذر ۱۴۰۲')).toBe('2023-12-09');
    const found = readText(
      'كتابخانه ملي ساعات كار خود را كاهش داد\n\n۲۴ شهريور ۱۴۰۰\n\nنويسنده: پريسا كريمي\n\n' +
        'كتابخانه ملي ايران اعلام كرد به دليل كمبود بودجه، از ماه آينده ساعات كار تالارهاي مطالعه را دو ساعت كاهش مي‌دهد.',
      'a.txt',
      { siteLang: 'fa' },
    );
    expect(found.guessed?.date).toBe('2021-09-15');
    expect(found.guessed?.authors).toEqual(['پريسا كريمي']);
    expect(found.text).not.toContain('نويسنده');
  });

  test('a Persian article is written in Persian’s letters, one writer one page, its links’ addresses as they were', () => {
    const { frontmatter, body } = inPersianLetters(
      {
        title: 'كتابخانه ملي',
        authors: ['علي رضايي'],
        tags: ['كتاب'],
        source: { name: 'روزنامه كوير', url: 'https://a.example/كتاب' },
      },
      'متن [گزارش كامل](https://a.example/ملي) را ببينيد. ![عكس](/images/كتاب.jpg)',
      'fa-IR',
    );
    expect(frontmatter).toEqual({
      title: 'کتابخانه ملی',
      authors: ['علی رضایی'],
      tags: ['کتاب'],
      source: { name: 'روزنامه کویر', url: 'https://a.example/كتاب' },
    });
    expect(body).toBe('متن [گزارش کامل](https://a.example/ملي) را ببینید. ![عکس](/images/كتاب.jpg)');
    // Addresses, raw HTML, code and an Arabic verse written with its vowels keep their letters.
    const kept = [
      'https://fa.wikipedia.org/wiki/علي_شريعتي',
      '<https://example.ir/كتاب>',
      '<a href="https://example.ir/كتاب">',
      '`كد`',
      'عَلَى كُلِّ شَيْءٍ قَدِيرٌ',
    ];
    expect(inPersianLetters({}, `منبع: ${kept.join(' و ')}`, 'fa').body).toBe(`منبع: ${kept.join(' و ')}`);
    expect(inPersianLetters({}, '[1]: https://example.ir/كتاب\n\nمتن كتاب', 'fa').body).toBe(
      '[1]: https://example.ir/كتاب\n\nمتن کتاب',
    );
    // Persian's own words with one vowel mark are Persian's (کاملاً, the ezafe's کتابِ); a link whose address holds
    // brackets, a fenced block of code and a lone ‹ or > keep what they should.
    expect(inPersianLetters({}, 'او كاملاً موافق است و كتابِ علي', 'fa').body).toBe('او کاملاً موافق است و کتابِ علی');
    expect(inPersianLetters({}, '[علي](https://fa.wikipedia.org/wiki/علي_(ع)_كريمي) كريمي', 'fa').body).toBe(
      '[علی](https://fa.wikipedia.org/wiki/علي_(ع)_كريمي) کریمی',
    );
    expect(inPersianLetters({}, '```\nكد علي\n```\n\nمتن علي', 'fa').body).toBe('```\nكد علي\n```\n\nمتن علی');
    expect(inPersianLetters({}, 'قيمت ‹ ۱۰۰ و علي > ۵۰', 'fa').body).toBe('قیمت ‹ ۱۰۰ و علی > ۵۰');
    // Arabic, Urdu and Pashto keep their letters: Pashto writes ي as a letter of its own.
    for (const lang of ['ar', 'ur', 'ps', undefined])
      expect(inPersianLetters({ title: 'علي' }, 'كتاب', lang)).toEqual({ frontmatter: { title: 'علي' }, body: 'كتاب' });
  });
});

describe('Pashto', () => {
  test('"لیکوال:" (writer) opens a byline, in a text and in a feed’s author', async () => {
    expect(bylineNames('لیکوال: نعمت الله ځدران')).toEqual(['نعمت الله ځدران']);
    expect(bylineNames('خبریال: ملالۍ احمدزۍ')).toEqual(['ملالۍ احمدزۍ']);
    const found = readText(`په ننګرهار کې سیلابونه\n\nلیکوال: نعمت الله ځدران\n\n${pashtoStory}`, 'a.txt', {
      siteLang: 'ps',
    });
    expect(found.guessed?.authors).toEqual(['نعمت الله ځدران']);
    expect(found.text).not.toContain('لیکوال');
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>صدای مرز</title><link>https://marz.example/</link><language>fa</language><item><title>په ننګرهار کې سیلابونه</title>
<link>https://marz.example/3</link><pubDate>Sun, 01 Oct 2023 08:00:00 +0430</pubDate><dc:creator>لیکوال: نعمت الله ځدران</dc:creator>
<description>${pashtoStory.split('\n')[0]}</description></item></channel></rss>`;
    const [entry] = await readFeed(feed, 'f.xml');
    expect(entry?.ok && entry.article.fields.authors).toEqual(['نعمت الله ځدران']);
  });

  test('a Pashto story in a Persian archive or feed is told by its letters; a Dari story naming a Pashto name is not', () => {
    const found = (text: string): FoundArticle => ({ origin: 'a.txt', fields: {}, body: text, text });
    for (const archive of ['fa', 'fa-AF', 'ur']) {
      const story = found(pashtoStory);
      fileInItsScript(story, archive);
      expect(story.guessed?.lang, archive).toBe('ps');
    }
    for (const dari of [
      dariStory,
      'سیلاب در ننګرهار و کونړ ده‌ها خانه را ویران کرد و مقام‌های محلی می‌گویند کمک‌ها کافی نیست.',
    ]) {
      const story = found(dari);
      fileInItsScript(story, 'fa-AF');
      expect(story.guessed?.lang, dari).toBeUndefined();
    }
    // A short Pashto headline without Pashto's own letters stays in a Pashto archive (its پ and ک are Persian's too).
    const headline = found('د پاکستان صدراعظم کابل ته سفر کوي');
    fileInItsScript(headline, 'ps');
    expect(headline.guessed?.lang).toBeUndefined();
  });

  test('its rights notice ("all rights are protected") names the holder and leaves the story', () => {
    const notice = 'ټول حقونه خوندي دي © ۲۰۲۳ ننګرهار ورځپاڼه';
    expect(isCopyrightLine(notice)).toBe(true);
    expect(copyrightHolder(notice)).toBe('ننګرهار ورځپاڼه');
    const found = readText(`په ننګرهار کې سیلابونه\n\n${pashtoStory}\n\n${notice}`, 'a.txt', { siteLang: 'ps' });
    expect(found.fields.copyright).toBe(notice);
    expect(found.text).not.toContain('حقونه');
  });
});
