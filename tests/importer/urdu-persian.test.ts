// Urdu and Persian newsroom material as a new user's trial imported it (invented stories, laid out as papers in
// Pakistan and Iran print them): "first" written as a word for the day, datelines that name a place, desks' and
// agencies' credits, a place after the writer, rights notices that name the holder inside them, an advertisement's
// label, and the language a text's letters tell.
import { describe, expect, test } from 'vitest';
import { bylineNames, deskAgency, hasBylineLabel, isDeskCredit } from '../../src/importer/bylines.ts';
import { completeArticle } from '../../src/importer/complete.ts';
import { missingReason } from '../../src/importer/import.ts';
import { fileInItsScript } from '../../src/importer/language.ts';
import { authorNames, readFeed } from '../../src/importer/read-feed.ts';
import { readHtml } from '../../src/importer/read-html.ts';
import { copyrightHolder, isCopyrightLine, readText } from '../../src/importer/read-text.ts';
import type { FoundArticle } from '../../src/importer/types.ts';
import { isPlaceAndDate, monthAndDay, onlyDateWords, writtenDate } from '../../src/lib/written-dates.ts';

const urduStory =
  'کوئٹہ کے نواحی علاقوں میں مسلسل تیسرے سال بارش نہ ہونے سے سیب اور انگور کے باغات سوکھنے لگے ہیں۔\n\n' +
  'محکمہ زراعت کے مطابق زیرِ زمین پانی کی سطح مزید نیچے چلی گئی ہے۔';
const persianStory =
  'شرکت آب و فاضلاب مشهد اعلام کرد ذخایر سدهای شهر به کمترین حد در ده سال اخیر رسیده است.\n\n' +
  'مسئولان از شهروندان خواستند مصرف آب را دست‌کم بیست درصد کاهش دهند.';
const arabicStory = 'أعلنت مصلحة المياه أن مخزون السد انخفض إلى أدنى مستوى له منذ عشر سنوات.';
const urduHeadline = 'کوئٹہ میں خشک سالی، باغات سوکھ گئے';
const persianHeadline = 'کم‌آبی در مشهد؛ جیره‌بندی از هفته آینده';

describe('"first" written as a word for the day of the month', () => {
  test.each([
    ['یکم ستمبر 2023', '2023-09-01'],
    ['يكم ستمبر 2023', '2023-09-01'],
    ['یکم ستمبر 2023ء', '2023-09-01'],
    ['یکم دی ۱۴۰۲', '2023-12-22'],
    ['اول مهر ۱۴۰۲', '2023-09-23'],
    ['الأول من أكتوبر 2023', '2023-10-01'],
    ['الأول من كانون الثاني 2024', '2024-01-01'],
  ])('%s is %s', (line, day) => {
    expect(writtenDate(line)).toBe(day);
    expect(onlyDateWords(line), line).toBe(true);
  });

  test('only before a month’s name: كانون الأول is December, and اول a word of prose', () => {
    expect(writtenDate('15 كانون الأول 2023')).toBe('2023-12-15');
    expect(writtenDate('اول اینکه ۱۴۰۳ سال خوبی بود')).toBeUndefined();
    expect(monthAndDay('یکم ستمبر')).toEqual({ month: 9, day: 1 });
    // A month's name is a whole word: ۸ مهر is the Persian month Mehr, not May (مه).
    expect(monthAndDay('۸ مهر')).toBeUndefined();
  });

  test('a date line with it under the headline gives the date, and the headline stays the title', () => {
    const found = readText(`${urduHeadline}\nیکم ستمبر 2023\n\n${urduStory}`, 'a.txt');
    expect(found.guessed).toMatchObject({ title: urduHeadline, date: '2023-09-01' });
    expect(found.text.startsWith('کوئٹہ کے نواحی')).toBe(true);
  });
});

describe('a headline over a line this reader does not know', () => {
  test('in a story set a paragraph a line, the headline is still the title and the line stays the story’s', () => {
    const found = readText(`${urduHeadline}\nادارتی ٹیم\n\n${urduStory}`, 'a.txt');
    expect(found.guessed?.title).toBe(urduHeadline);
    expect(found.body.startsWith('ادارتی ٹیم\n\nکوئٹہ کے نواحی')).toBe(true);
    // Without a date, what is missing is the date alone.
    const options = { title: urduHeadline, section: 'پاکستان' };
    const completed = completeArticle(found, options, { draft: false, today: '2024-01-01' });
    expect(missingReason(completed.gaps)).toBe(
      'no date found: give --date (or --draft to write a draft with placeholders)',
    );
  });

  test('a line going on in lower case, or a wrapped story, keeps the lines together', () => {
    const story = 'The harbour wall was rebuilt on Monday.\n\nFerries ran again.';
    expect(readText(`Harbour wall rebuilt\nafter the storm\n\n${story}`, 'a.txt').guessed).toBeUndefined();
    expect(readText(`Harbour Wall Rebuilt\nAfter Storm\n\n${story}`, 'a.txt').guessed).toBeUndefined();
    const wrapped = 'The harbour wall was rebuilt\non Monday after the storm.\n\nFerries ran again.';
    expect(readText(`${urduHeadline}\nادارتی ٹیم\n\n${wrapped}`, 'a.txt').guessed).toBeUndefined();
  });
});

describe('datelines that name the place', () => {
  test.each([
    'کوئٹہ، 3 ستمبر 2023',
    'کوئٹہ، 3 ستمبر 2023ء',
    'کوئٹہ، یکم ستمبر 2023ء',
    'مشهد، ۹ مهر ۱۴۰۲',
    'مشهد، یکشنبه ۹ مهر ۱۴۰۲',
    'مشهد، ۹ مهر\u200cماه ۱۴۰۲',
    'دمشق، ٣ أيلول ٢٠٢٣م',
    'Quetta, 3 September 2023',
  ])('%s is a place and a date, kept in the story, its date read', (line) => {
    expect(isPlaceAndDate(line), line).toBe(true);
    const found = readText(`${urduHeadline}\n${line}\n\n${urduStory}`, 'a.txt');
    expect(found.guessed?.title).toBe(urduHeadline);
    expect(found.guessed?.date).toMatch(/^2023-(?:09|10)-/);
    expect(found.body.startsWith(`${line}\n\n`)).toBe(true);
  });

  test('a weekday, or Urdu’s "on Sunday", before the comma is part of the date: the line goes', () => {
    for (const line of ['بروز اتوار، 3 ستمبر 2023', 'یکشنبه، ۹ مهر ۱۴۰۲', 'الأحد، 3 سبتمبر 2023']) {
      expect(isPlaceAndDate(line), line).toBe(false);
      const found = readText(`${urduHeadline}\n${line}\n\n${urduStory}`, 'a.txt');
      expect(found.guessed?.date, line).toMatch(/^2023-(?:09|10)-/);
      expect(found.text, line).not.toContain(line);
    }
    // In the other scripts without capitals too: Hebrew's Monday is two words, a place one.
    expect(isPlaceAndDate('יום שני, 4 בספטמבר 2023')).toBe(false);
    expect(isPlaceAndDate('ירושלים, 4 בספטמבר 2023')).toBe(true);
  });
});

describe('desks’ and agencies’ credits, and the place after a writer', () => {
  test('a role or a desk with a word before or after it names no one, and marks a byline', () => {
    for (const credit of [
      'نمائندہ خصوصی',
      'خصوصی نمائندہ',
      'ویب ڈیسک',
      'مانیٹرنگ ڈیسک',
      'اسٹاف رپورٹر',
      'نامہ نگار',
      'ہمارے نامہ نگار',
      'بیورو رپورٹ',
      'نمائندہ خصوصی، کوئٹہ',
      'خبرنگار ایرنا',
      'گروه خبری',
      'سرویس اجتماعی',
      'سرويس اقتصادي',
    ]) {
      expect(isDeskCredit(credit), credit).toBe(true);
      expect(hasBylineLabel(credit), credit).toBe(true);
      expect(bylineNames(credit), credit).toEqual([]);
    }
    // Names, and a role before a name of two words.
    for (const line of ['نرگس کاظمی', 'خبرنگار نرگس کاظمی', 'زبیر خٹک']) expect(isDeskCredit(line), line).toBe(false);
    expect(deskAgency('خبرنگار ایرنا')).toBe('ایرنا');
    expect(deskAgency('گروه خبری')).toBeUndefined();
  });

  test('under the headline it goes, with a note; the date below is read, an agency named is the source', () => {
    const urdu = readText(`${urduHeadline}\nنمائندہ خصوصی\nکوئٹہ، 3 ستمبر 2023\n\n${urduStory}`, 'a.txt');
    expect(urdu.guessed).toEqual({ title: urduHeadline, date: '2023-09-03' });
    expect(urdu.notes).toContain('left out the credit "نمائندہ خصوصی", which names the paper\'s desk, no writer');
    expect(urdu.body.startsWith('کوئٹہ، 3 ستمبر 2023\n\nکوئٹہ کے نواحی')).toBe(true);
    const persian = readText(`${persianHeadline}\nخبرنگار ایرنا\n۹ مهر ۱۴۰۲\n\n${persianStory}`, 'a.txt');
    expect(persian.guessed).toEqual({ title: persianHeadline, date: '2023-10-01', source: { name: 'ایرنا' } });
    expect(persian.text).not.toContain('خبرنگار');
  });

  test('after a labelled byline, one word after Urdu’s or Persian’s comma is the place filed from', () => {
    expect(bylineNames('نامہ نگار: زبیر خٹک، کوئٹہ')).toEqual(['زبیر خٹک']);
    expect(bylineNames('خبرنگار: نرگس کاظمی، مشهد')).toEqual(['نرگس کاظمی']);
    expect(bylineNames('بقلم سارة الخطيب، دمشق')).toEqual(['سارة الخطيب']);
    // Two writers, each of two words, are two.
    expect(bylineNames('تحریر: زبیر خٹک، سلمان بٹ')).toEqual(['زبیر خٹک', 'سلمان بٹ']);
    const found = readText(`${urduHeadline}\nنامہ نگار: زبیر خٹک، کوئٹہ\nکوئٹہ، 3 ستمبر 2023\n\n${urduStory}`, 'a.txt');
    expect(found.guessed?.authors).toEqual(['زبیر خٹک']);
  });

  test('in a feed, an agency’s reporter is no author; the feed’s own desk stays, all the credit there is', async () => {
    expect(authorNames(['خبرنگار ایرنا'], 'خبرگزاری آب‌راه')).toEqual([]);
    expect(authorNames(['Staff Writer'], 'Harbour Post')).toEqual(['Staff Writer']);
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>خبرگزاری آب‌راه</title><link>https://abrah.example/</link><language>fa-IR</language>
<item><title>${persianHeadline}</title><link>https://abrah.example/1</link><pubDate>Sun, 01 Oct 2023 08:00:00 +0330</pubDate>
<dc:creator>خبرنگار ایرنا</dc:creator><description>${persianStory.split('\n')[0]}</description></item></channel></rss>`;
    const [entry] = await readFeed(feed, 'f.xml');
    expect(entry?.ok && entry.article.fields.authors).toBeUndefined();
    expect(entry?.ok && entry.article.notes).toEqual([
      'left out the credit "خبرنگار ایرنا", which names the paper\'s desk, no writer',
    ]);
    // The feed's own tag, as it declares it.
    expect(entry?.ok && entry.article.fields.lang).toBe('fa-IR');
  });
});

describe('rights notices', () => {
  test.each([
    ['کلیه حقوق محفوظ است © ۱۴۰۲ روزنامه دریا', 'روزنامه دریا'],
    ['© ۱۴۰۲ روزنامه دریا. کلیه حقوق محفوظ است.', 'روزنامه دریا'],
    ['© ۱۴۰۲ روزنامه دريا. كليه حقوق محفوظ است.', 'روزنامه دريا'],
    ['© ۱۴۰۲ روزنامه دريا. كليه حقوق محفوظ است', 'روزنامه دريا'],
    ['تمامی حقوق این سایت متعلق به پایگاه خبری دریا است.', 'پایگاه خبری دریا'],
    ['کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه دریا می‌باشد', 'روزنامه دریا'],
    ['کلیه حقوق برای روزنامه دریا محفوظ است.', 'روزنامه دریا'],
    ['جملہ حقوق بحق روزنامہ سبز وادی محفوظ ہیں', 'روزنامہ سبز وادی'],
    ['© جملہ حقوق بحق روزنامہ سبز وادی محفوظ ہیں', 'روزنامہ سبز وادی'],
    ['© 2023 روزنامہ سبز وادی، جملہ حقوق محفوظ ہیں', 'روزنامہ سبز وادی'],
    ['© 2023 روزنامہ سبز وادی؛ جملہ حقوق محفوظ ہیں', 'روزنامہ سبز وادی'],
  ])('%s names %s', (notice, holder) => {
    expect(isCopyrightLine(notice)).toBe(true);
    expect(copyrightHolder(notice)).toBe(holder);
    const found = readText(`${persianHeadline}\n۹ مهر ۱۴۰۲\n\n${persianStory}\n\n${notice}`, 'a.txt');
    expect(found.fields.copyright).toBe(notice);
    expect(found.guessed?.source).toEqual({ name: holder });
    expect(found.text).not.toContain('حقوق');
  });

  test('a sentence about rights is the story’s', () => {
    expect(isCopyrightLine('تمامی حقوق کارگران متعلق به دولت است')).toBe(false);
    expect(isCopyrightLine('همه حقوق زنان در قانون محفوظ است و دولت باید آن را تضمین کند')).toBe(false);
  });
});

test('an advertisement’s label in Urdu, Persian or Arabic, and a desk’s credit, leave a saved page’s story', async () => {
  for (const label of ['اشتہار', 'تبلیغات', 'آگهی', 'إعلان']) {
    const page = `<!DOCTYPE html><html lang="ur"><head><meta charset="utf-8"><title>${urduHeadline}</title></head>
<body><article><h1>${urduHeadline}</h1><div class="byline">ویب ڈیسک</div>
<p>${urduStory.split('\n\n')[0]} ضلعی انتظامیہ نے متاثرہ کسانوں کے لیے امدادی پیکج کا اعلان کیا ہے۔</p>
<div class="ad-slot"><span>${label}</span></div>
<p>${urduStory.split('\n\n')[1]} ماہرین نے قطرہ قطرہ آبپاشی اپنانے کا مشورہ دیا ہے۔</p>
<p>کسانوں کا کہنا ہے کہ ٹیوب ویل چلانے کے لیے بجلی بھی دن میں چند گھنٹے ملتی ہے۔</p>
</article></body></html>`;
    const found = await readHtml(page, 'quetta.html');
    expect(found.text, label).not.toContain(label);
    expect(found.text, label).toContain('ماہرین نے قطرہ قطرہ');
    expect(found.text, label).not.toContain('ڈیسک');
    expect(found.fields.authors, label).toBeUndefined();
  }
});

describe('the language of a text in the Arabic script, told by its letters', () => {
  const found = (text: string): FoundArticle => ({ origin: 'a.txt', fields: {}, body: text, text });

  test.each([
    [persianStory, 'ur', 'fa'],
    // Persian typed on an Arabic keyboard: its ي and ك, but its words and letters.
    ['كشاورزان مي‌گويند سهم آب آنها پرداخت نمي‌شود.', 'ur', 'fa'],
    [urduStory, 'fa', 'ur'],
    [urduStory, 'ar', 'ur'],
    [arabicStory, 'ur', 'ar'],
    [arabicStory, 'fa-IR', 'ar'],
  ])('%s in a %s archive is %s, to be checked', (text, archive, lang) => {
    const story = found(text);
    fileInItsScript(story, archive);
    expect(story.guessed?.lang).toBe(lang);
    expect(story.guessedWhy?.lang).toBe(
      `language "${lang}" guessed from the text's Arabic letters and words, which are ${lang}'s, not the archive's language (${archive}): check it, or set --lang`,
    );
  });

  test('its own language, a language the letters do not tell, or one declared, is left as it is', () => {
    for (const [text, archive] of [
      [urduStory, 'ur'],
      [persianStory, 'fa'],
      [persianStory, 'fa-AF'],
      [arabicStory, 'ar-EG'],
      // Sindhi's letters (ڪ, ٻ): none of the four (Pashto's tell Pashto: tests/importer/persian-pashto.test.ts).
      ['ڪراچي ۾ پاڻي جي کوٽ وڌي وئي آهي', 'ur'],
      // Punjabi's archive, in its own Arabic letters (Shahmukhi), which are Urdu's.
      ['لاہور وچ پانی دی کمی', 'pa-Arab'],
    ] as const) {
      const story = found(text);
      fileInItsScript(story, archive);
      expect(story.guessed?.lang, `${archive}: ${text}`).toBeUndefined();
    }
    const declared: FoundArticle = { ...found(persianStory), fields: { lang: 'ur' } };
    fileInItsScript(declared, 'ur');
    expect(declared.guessed?.lang).toBeUndefined();
  });

  test('a feed’s entry in another language of the script than the feed’s', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>سبز وادی</title><link>https://sabz.example/</link>
<language>ur</language><item><title>${persianHeadline}</title><link>https://sabz.example/1</link>
<pubDate>Sun, 01 Oct 2023 08:00:00 +0500</pubDate><description>${persianStory.split('\n')[0]}</description></item></channel></rss>`;
    const [entry] = await readFeed(feed, 'f.xml');
    expect(entry?.ok && entry.article.guessed?.lang).toBe('fa');
    expect(entry?.ok && entry.article.fields.lang).toBeUndefined();
  });
});
