// Bylines and written dates as real pages and wire copy print them, in several European languages.
import { describe, expect, test } from 'vitest';
import {
  bylineNames,
  hasBylineLabel,
  isDeskCredit,
  isUnspacedByline,
  joinedNames,
  leadingByline,
  looksLikeName,
  ROMANIAN_BY,
} from '../../src/importer/bylines.ts';
import {
  dateReading,
  isPlaceAndDate,
  monthAndDay,
  monthNumber,
  onlyDateWords,
  slashedOrder,
  writtenDate,
} from '../../src/lib/written-dates.ts';

describe('bylineNames', () => {
  test.each([
    ['By Ada Quill and Bram Ott', ['Ada Quill', 'Bram Ott']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Von Anna Schmidt und Jonas Weber', ['Anna Schmidt', 'Jonas Weber']],
    ['Por María López y Juan Pérez', ['María López', 'Juan Pérez']],
    ['Di Giulia Rossi e Marco Bianchi', ['Giulia Rossi', 'Marco Bianchi']],
    ['Aleš Vávra', ['Aleš Vávra']],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['By JOE HILDEBRAND', ['Joe Hildebrand']],
    // A Chinese reporter's credit: the place filed from after a slash, in the brackets it opens a story in.
    ['記者王小明／台北報導', ['王小明']],
    ['記者 林志明／澎湖報導', ['林志明']],
    ['（記者陳雅婷、林志明／基隆報導）', ['陳雅婷', '林志明']],
    ['〔記者王小明／綜合報導〕', ['王小明']],
    ['记者李华/上海报道', ['李华']],
    ['【王小明、林志明／台北報導】', ['王小明', '林志明']],
    // An agency's initials alone are no shouted name.
    ['PTI', ['PTI']],
    ['By AFP', ['AFP']],
    ['By Ada Quill, Staff Writer', ['Ada Quill']],
    ['Ada Quill | Updated 3 hours ago', ['Ada Quill']],
    ['devindra', []],
    ['Last Updated: January 7, 2025', []],
    ['By Our Foreign Staff', []],
    ['肖春芳', ['肖春芳']],
    ['https://www.facebook.com/someone', []],
  ])('%s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['Carrie ArnoldNovember 15, 2019', ['Carrie Arnold']],
    ['Jeff FoustMonday, November 18, 2019', ['Jeff Foust']],
    ['By Associated Press November 19, 2019', ['Associated Press']],
    ['By Jeff FoustMonday', ['Jeff Foust']],
    ['By Jane May, 12 March 2019', ['Jane May']],
    ['By June Carter and Tom Mayfield', ['June Carter', 'Tom Mayfield']],
  ])('a date printed right after the byline is not part of a name: %s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['Tom Okafor in Lagos', ['Tom Okafor']],
    ['Sam Jones in Madrid and Stephen Burgen in Barcelona', ['Sam Jones', 'Stephen Burgen']],
    ['Associated Press in Palm Beach, Florida', ['Associated Press']],
    ['Ana Ruiz à Lyon', ['Ana Ruiz']],
    ['Damian Carrington Environment editor', ['Damian Carrington']],
    ['Jason Burke Africa correspondent', ['Jason Burke']],
    ['Theodore Roosevelt IV Washington correspondent', ['Theodore Roosevelt IV']],
    ['Kofi Mensah, Transport correspondent', ['Kofi Mensah']],
    ['Nick Ames (now), Ed Aarons and Ben Fisher (earlier)', ['Nick Ames', 'Ed Aarons', 'Ben Fisher']],
    ['Wire Desk', ['Wire Desk']],
    ['First Dog on the Moon', ['First Dog on the Moon']],
    ['Our Foreign Staff', []],
    ['By Ada Quill, Associated Press', ['Ada Quill']],
  ])('where the writer filed from, their beat and notes in parentheses are not part of a name: %s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['By ERIC TUCKER\nAssociated Press', ['Eric Tucker']],
    ['Ada Quill\nBram Ott', ['Ada Quill', 'Bram Ott']],
    ['By\nAda Quill in Lagos\nCoast Wire Staff', ['Ada Quill']],
    ['by Ada Quill\nMonday, November 18, 2019', ['Ada Quill']],
    ['Written by Ada Quill\nEdited by Bram Ott', ['Ada Quill']],
    ['By Ada Quill, MA\nQuay Health News', ['Ada Quill']],
    ['Bram Ott, MS, RDN', ['Bram Ott']],
  ])('a byline a page set on several lines: a credit a line: %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['Smith, J.; Jones, K.', ['J. Smith', 'K. Jones']],
    ['Smith, John and Jones, Kate', ['John Smith', 'Kate Jones']],
    ['Doe, J.', ['J. Doe']],
    ['Doe, Jane', ['Jane Doe']],
    ['Quill, A. M., Ott, B., & Lind, M.', ['A. M. Quill', 'B. Ott', 'M. Lind']],
    ['By van der Berg, Anna and Okafor, C.-J.', ['Anna van der Berg', 'C.-J. Okafor']],
    // Particles after the given names, as Dutch and German catalogues write them.
    ['Jong, Michiel de', ['Michiel de Jong']],
    ['Berg, A. van der; Okafor, C.', ['A. van der Berg', 'C. Okafor']],
    ['Humboldt, Alexander von and Brenna, Kate', ['Alexander von Humboldt', 'Kate Brenna']],
    // Names in reading order, or one-word names, listed at their commas: no credit is written family name first.
    ['Alice Brown, Bob Green', ['Alice Brown', 'Bob Green']],
    ['Brown, Green and White', ['Brown', 'Green', 'White']],
    ['Ada Quill, Associated Press', ['Ada Quill']],
    ['AFP, Reuters', ['AFP', 'Reuters']],
  ])('a byline written as a bibliography, family name first: %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['文・山田太郎', ['山田太郎']],
    ['文／山田太郎、鈴木一郎', ['山田太郎', '鈴木一郎']],
    ['記者 佐藤花子', ['佐藤花子']],
    ['佐藤花子記者', ['佐藤花子']],
    ['取材・文 高橋誠', ['高橋誠']],
    ['本报记者 张三', ['张三']],
    ['作者：李四', ['李四']],
    ['홍길동 기자', ['홍길동']],
    ['文・ジョン・スミス', ['ジョン・スミス']],
  ])('a Chinese, Japanese or Korean byline, label before or title after the name: %s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['بقلم سارة الخطيب ومحمد العلي', ['سارة الخطيب', 'محمد العلي']],
    ['بقلم سارة الخطيب و محمد العلي', ['سارة الخطيب', 'محمد العلي']],
    ['بقلم سارة الخطيب ووليد خالد وهدى منصور', ['سارة الخطيب', 'وليد خالد', 'هدى منصور']],
    // Names longer than a CJK name is, and a name that begins with و (وليد) or holds one (بن وهب).
    ['بقلم عبد الرحمن بن وهب', ['عبد الرحمن بن وهب']],
    ['بقلم محمد وليد الأحمد', ['محمد وليد الأحمد']],
    // A compound name goes on past a word beginning with و: after عبد, بن, أبو.
    ['بقلم عبد الله وليد الأحمد', ['عبد الله وليد الأحمد']],
    ['بقلم محمد بن وليد العلي', ['محمد بن وليد العلي']],
    ['بقلم أبو بكر وفيق السالم', ['أبو بكر وفيق السالم']],
    ['كتبه: وليد خالد', ['وليد خالد']],
  ])('an Arabic byline, names joined by و written apart or joined to the next name: %s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['संवाददाता: रमेश कुमार', ['रमेश कुमार']],
    ['द्वारा मोहन लाल', ['मोहन लाल']],
    ['प्रिया सिंह द्वारा', ['प्रिया सिंह']],
    ['लेखक: सीमा शर्मा और अनिल वर्मा', ['सीमा शर्मा', 'अनिल वर्मा']],
    ['نامہ نگار: فرحان احمد اور شبانہ خان', ['فرحان احمد', 'شبانہ خان']],
    // "Correspondent" alone, as pages fill their author field, names no one.
    ['संवाददाता', []],
  ])('a Hindi or Urdu byline: %s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  test.each([
    ['홍길동 기자', ['홍길동']],
    ['홍길동기자', ['홍길동']],
    ['홍길동·김철수 기자', ['홍길동', '김철수']],
    ['홍길동 김철수 기자', ['홍길동', '김철수']],
    ['(서울=연합뉴스) 홍길동 김철수 기자 =', ['홍길동', '김철수']],
    ['워싱턴=홍길동 특파원', ['홍길동']],
    ['홍길동 선임기자', ['홍길동']],
    ['글·사진 이영희 기자', ['이영희']],
    ['남궁민수 논설위원', ['남궁민수']],
    // A syllable that begins a title is still a name's when no title follows it there.
    ['김사진 기자', ['김사진']],
    // A department before the writer, a correspondent's posting, a foreign name in two words, the writer's address.
    ['사회부 홍길동 기자', ['홍길동']],
    ['김철수 도쿄특파원', ['김철수']],
    ['홍길동 도쿄 특파원', ['홍길동']],
    ['제임스 브라운 객원기자', ['제임스 브라운']],
    ['홍길동 기자 hong@paper.example', ['홍길동']],
    ['[서울=뉴시스] 홍길동 기자 =', ['홍길동']],
    // A posting alone names no one.
    ['워싱턴 특파원', []],
    ['북한 주재 특파원', []],
  ])('a Korean byline: %s', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
    expect(isUnspacedByline(byline)).toBe(true);
  });

  test("a Korean agency's byline leading into the first paragraph is taken off it", () => {
    expect(leadingByline('(부산=연합뉴스) 홍길동 기자 = 새 부두가 20일 문을 열었다.')).toEqual([
      '(부산=연합뉴스) 홍길동 기자 =',
      '새 부두가 20일 문을 열었다.',
    ]);
    expect(leadingByline('워싱턴=홍길동 특파원 = 회담이 열렸다.')?.[0]).toBe('워싱턴=홍길동 특파원 =');
    // An equals sign in a sentence is no byline.
    expect(leadingByline('시장은 기자 = 시민이라고 말했다.')).toBeUndefined();
  });

  test('words that begin like a label are no byline', () => {
    for (const line of ['記者会見は午後に開かれた。', '文部科学省は発表した', '作者不明の絵画', '記者'])
      expect(isUnspacedByline(line), line).toBe(false);
    for (const line of ['文・山田太郎', '記者 佐藤花子', '佐藤花子記者', '홍길동 기자'])
      expect(isUnspacedByline(line), line).toBe(true);
  });

  test('a credit to the paper’s desk, in the languages the site ships, names no one', () => {
    for (const credit of [
      'Por Redacción',
      'Por la Redacción',
      'Da Redação',
      'Por Redacção',
      'Redazione',
      'A cura della redazione',
      'Redakcja',
      'Tekst: Redakcja',
      'Oleh Redaksi',
      'Oleh Tim Redaksi',
      'Door de redactie',
      'Von der Redaktion',
      'Par la rédaction',
      'By The Staff',
      'The Editorial Board',
    ]) {
      expect(isDeskCredit(credit), credit).toBe(true);
      expect(bylineNames(credit), credit).toEqual([]);
    }
    // "The" before a role alone is a publication's name ("The Correspondent", "The Reporter"), no desk's credit.
    for (const name of ['The Correspondent', 'By The Correspondent', 'The Reporter', 'By The Numbers'])
      expect(isDeskCredit(name), name).toBe(false);
    // "Tim" is a name where no desk follows it.
    expect(bylineNames('Oleh Tim Hartono')).toEqual(['Tim Hartono']);
  });

  test("a section's label before the byline, or the day and reading time after it, names no writer", () => {
    expect(bylineNames('Opinion | By Clara Benítez Moore')).toEqual(['Clara Benítez Moore']);
    // A name ending in Đăng, a Vietnamese given name, is no "published" label cut off it.
    expect(bylineNames('Tác giả: Nguyễn Hải Đăng')).toEqual(['Nguyễn Hải Đăng']);
    expect(bylineNames('Opinión | Por Clara Benítez Moore')).toEqual(['Clara Benítez Moore']);
    expect(bylineNames('Analysis | By Ada Quill and Sam Jones')).toEqual(['Ada Quill', 'Sam Jones']);
    expect(bylineNames('Words by Ana Ruiz · July 2, 2018 · 9 min read')).toEqual(['Ana Ruiz']);
    // No part labelled: the line as before.
    expect(bylineNames('Clara Benítez Moore | 8 de marzo de 2022')).toEqual(['Clara Benítez Moore']);
  });

  test('a handle, an address or a sentence is not a name', () => {
    expect(looksLikeName('Dan Goodin')).toBe(true);
    expect(looksLikeName('@dgoodin')).toBe(false);
    expect(looksLikeName('desk@gazette.example')).toBe(false);
    expect(looksLikeName('This is a long sentence about the harbour and the ferry')).toBe(false);
  });
});

describe('written dates', () => {
  test("a month's name read in the text's language where two languages give it different months", () => {
    // Croatian listopad is October; Polish, Czech and Ukrainian listopad November.
    expect(writtenDate('12. listopada 2015.', dateReading('hr'))).toBe('2015-10-12');
    expect(writtenDate('Zagreb, 3. srpnja 2019.', dateReading('hr'))).toBe('2019-07-03');
    expect(writtenDate('12 listopada 2015', dateReading('pl'))).toBe('2015-11-12');
    expect(writtenDate('12. listopadu 2015', dateReading('cs'))).toBe('2015-11-12');
    // Without a language, the table of every language's names reads listopad as most of them write it.
    expect(writtenDate('12 listopada 2015')).toBe('2015-11-12');
    expect(monthAndDay('Zagreb, 12. listopada', 'hr')).toEqual({ month: 10, day: 12 });
  });

  test.each([
    ['13 March 2015', '2015-03-13'],
    ['Publié le 4 mai 2015 à 19h12', '2015-05-04'],
    ['1. listopadu 2021', '2021-11-01'],
    ['13. März 2015, 10:00 Uhr', '2015-03-13'],
    ['13 de marzo de 2015', '2015-03-13'],
    ['2 del settembre 2023', '2023-09-02'],
    ['2 di settembre del 2023', '2023-09-02'],
    ['2 settembre 2019', '2019-09-02'],
    ['12 grudnia 2020', '2020-12-12'],
    ['Updated Sept. 10, 2015, 4:01 PM', '2015-09-10'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
    ['13.03.2015', '2015-03-13'],
    ['posted 2015-04-16', '2015-04-16'],
    ['20 يناير 2025', '2025-01-20'],
    ['الاثنين ٢٠ يناير ٢٠٢٥، ٠٨:٣٠', '2025-01-20'],
    ['20 كانون الثاني 2025', '2025-01-20'],
    ['3 تشرين الأول 2019', '2019-10-03'],
    ['15 آب 2021', '2021-08-15'],
    ['نُشر في 7 أكتوبر 2023', '2023-10-07'],
    // The Arabic comma where a comma may stand, and dates written with numbers only, year first or with dashes.
    ['١٥ مارس، ٢٠١٩', '2019-03-15'],
    ['مارس ١٥، ٢٠١٩', '2019-03-15'],
    ['٢٠١٩/٠٣/١٥', '2019-03-15'],
    ['2019/3/5', '2019-03-05'],
    // The first date written wins, whatever its form; a number shaped like a date that is none does not hide one.
    ['نُشر في ٢٠١٩/٠٣/١٥ وحُدّث في 2020-01-01', '2019-03-15'],
    ['رقم 1234-56-78، نُشر ٢٠١٩/٠٣/١٥', '2019-03-15'],
    ['١٥-٣-٢٠١٩', '2019-03-15'],
    ['2025年1月20日 08:30', '2025-01-20'],
    ['２０２５年１月２０日', '2025-01-20'],
    ['2025년 1월 20일', '2025-01-20'],
    // A year of an era: Taiwan's Republic of China (year 1 is 1912), written with its name or, three digits, without;
    // Japan's eras, 元年 their first year.
    ['民國108年3月12日', '2019-03-12'],
    ['中華民國108年3月12日', '2019-03-12'],
    ['民国38年10月1日', '1949-10-01'],
    ['108年3月12日', '2019-03-12'],
    ['本案於１０８年３月１２日宣判', '2019-03-12'],
    // Not a count of years before a date, in Chinese (a school's 120th year) or Korean (100년: a hundred years).
    ['創校120年3月1日舉行校慶', undefined],
    ['100년 3월 1일', undefined],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    // Ukrainian writes the month in the genitive after a day, the nominative alone, and "р." or "року" after the year.
    ['Житомир, 12 березня 2003 р.', '2003-03-12'],
    ['15 липня 2003 року', '2003-07-15'],
    ['1 листопада 2007', '2007-11-01'],
    ['3 груд. 2007', '2007-12-03'],
    // Hindi and Urdu: month names whose vowel signs and viramas are combining marks (मार्च), in Devanagari,
    // Urdu's or ASCII digits, both Hindi spellings (सितंबर, सितम्बर; फ़रवरी with its nukta as one code point or two).
    ['होशंगाबाद, 12 मार्च 2019 —', '2019-03-12'],
    ['१२ मार्च, २०१९', '2019-03-12'],
    ['३ मई २०१९', '2019-05-03'],
    ['5 \u095Eरवरी 2019', '2019-02-05'],
    ['5 फरवरी 2019', '2019-02-05'],
    ['सितम्बर 14, 2019', '2019-09-14'],
    ['14 सितंबर 2019', '2019-09-14'],
    ['12 مارچ 2019', '2019-03-12'],
    ['۱۸ مارچ ۲۰۱۹', '2019-03-18'],
    ['بھوپال، 2 جولائی، 2019', '2019-07-02'],
    // Month names of the locale data (CLDR) in the languages this table does not hold: Turkish (typed without its
    // letters too), Greek (in capitals, which drop the accents), Hungarian and Lithuanian year first, Hebrew after ב,
    // Indonesian, Persian's Gregorian months.
    ['6 Şubat 2023 Pazartesi', '2023-02-06'],
    ['6 Subat 2023', '2023-02-06'],
    ['6 Φεβρουαρίου 2023', '2023-02-06'],
    ['6 ΦΕΒΡΟΥΑΡΙΟΥ 2023', '2023-02-06'],
    ['2023. február 6.', '2023-02-06'],
    ['2023 m. vasario 6 d.', '2023-02-06'],
    ['6 בפברואר 2023', '2023-02-06'],
    ['6 Februari 2023', '2023-02-06'],
    ['۲۸ ژانویه ۲۰۲۳', '2023-01-28'],
    // Iran's and Afghanistan's own calendar (Solar Hijri), by its month names (Iranian and Dari) or in figures year
    // first, given back as the Gregorian day; Thai months with the year of the Buddhist era or the Christian one.
    ['۸ بهمن ۱۴۰۱', '2023-01-28'],
    ['شنبه ۸ بهمن‌ماه ۱۴۰۱', '2023-01-28'],
    ['۱ فروردین ۱۴۰۲', '2023-03-21'],
    ['۸ دلو ۱۴۰۱', '2023-01-28'],
    ['1401/11/08', '2023-01-28'],
    ['۱۴۰۱-۱۱-۰۸', '2023-01-28'],
    ['6 กุมภาพันธ์ 2566', '2023-02-06'],
    ['6 ก.พ. พ.ศ. 2566', '2023-02-06'],
    ['6 กุมภาพันธ์ 2023', '2023-02-06'],
    // Thai papers' two figures of the Buddhist year after a month's name, and its years in figures: no news is dated
    // in the 24th century.
    ['6 ก.พ. 66', '2023-02-06'],
    ['6 ก.พ. 66 10:30 น.', '2023-02-06'],
    ['06/02/2566', '2023-02-06'],
    ['2566/02/06', '2023-02-06'],
  ])('%s', (text, day) => {
    expect(writtenDate(text, { slashed: 'day-first' })).toBe(day);
  });

  test('two figures of a year are read only after a month of the Buddhist calendar’s names', () => {
    expect(writtenDate('6 Feb 23')).toBeUndefined();
    expect(writtenDate('12 มีนาคม 10:30')).toBeUndefined();
    // A number of people, not a year: the figures are followed by a word.
    expect(writtenDate('วันที่ 5 ม.ค. 20 คน')).toBeUndefined();
    expect(writtenDate('15 ม.ค. 67 เวลา 10:30 น.')).toBe('2024-01-15');
    // A year of Korea's old calendar is no Buddhist one.
    expect(writtenDate('4357년 5월 20일')).not.toBe('3814-05-20');
  });

  test('Vietnamese dates: the month a number after "tháng", the weekday and the words for day and year around it', () => {
    for (const [written, day] of [
      ['ngày 06 tháng 02 năm 2023', '2023-02-06'],
      ['Thứ Hai, ngày 6 tháng 2 năm 2023', '2023-02-06'],
      ['Chủ nhật, 14 tháng 7, 2023', '2023-07-14'],
      ['Ngày 1 tháng 8 năm 2022 lúc 09:15', '2022-08-01'],
    ] as const) {
      expect(writtenDate(written), written).toBe(day);
      expect(onlyDateWords(written), written).toBe(true);
    }
    // Month 13 is none; a count of months is no date.
    expect(writtenDate('ngày 6 tháng 13 năm 2023')).toBeUndefined();
    expect(onlyDateWords('Sau 6 tháng 2 năm 2023, cầu mới thông xe')).toBe(false);
  });

  test('year first with stops, as Korean and Chinese papers print it, after a published label; a version is no date', () => {
    expect(writtenDate('2024.05.21')).toBe('2024-05-21');
    expect(writtenDate('2024. 5. 21.')).toBe('2024-05-21');
    expect(writtenDate('입력 2024.05.20. 오전 9:10')).toBe('2024-05-20');
    expect(onlyDateWords('입력 2024.05.20. 오전 9:10')).toBe(true);
    // 수정 is when it was modified: no line of the day it was published.
    expect(onlyDateWords('수정 2024.05.22')).toBe(false);
    expect(writtenDate('version 2024.05.21.3')).toBeUndefined();
    expect(writtenDate('2024.13.01')).toBeUndefined();
    // Versions, a release's tag and a sentence's end are no dates.
    for (const text of [
      'v2024.05.21',
      'Version 2024.1.3 released',
      'Ubuntu 2024.04.1 LTS',
      '2024.05.21-rc1',
      'in 2024. 3. 5 people',
    ])
      expect(writtenDate(text), text).toBeUndefined();
  });

  test('impossible days and words that only look like months are refused', () => {
    expect(writtenDate('30 February 2015')).toBeUndefined();
    expect(writtenDate('We may 12 times 2015 things')).toBeUndefined();
    expect(monthNumber('Ma')).toBeUndefined();
    // كانون alone is January or December: no month.
    expect(writtenDate('20 كانون 2025')).toBeUndefined();
    expect(writtenDate('2025年2月30日')).toBeUndefined();
    // A two-digit year without an era is 2009 in Taiwan and 1998 in the mainland's shorthand: not read.
    expect(writtenDate('98年3月12日')).toBeUndefined();
  });

  test('days a calendar does not have, and figures that are no Solar Hijri date, are refused or read as written', () => {
    // 1401 is a common year: Esfand has 29 days; 1403 is a leap year.
    expect(writtenDate('۳۰ اسفند ۱۴۰۱')).toBeUndefined();
    expect(writtenDate('۳۰ اسفند ۱۴۰۳')).toBe('2025-03-20');
    expect(writtenDate('۳۲ بهمن ۱۴۰۱')).toBeUndefined();
    // ISO 8601 in ASCII figures is the Gregorian day it writes, whatever its year.
    expect(writtenDate('2023-01-28')).toBe('2023-01-28');
    // A Solar Hijri month is no Gregorian month: its days fall in two of them.
    expect(monthNumber('بهمن')).toBeUndefined();
    expect(monthNumber('Şubat')).toBe(2);
    expect(monthNumber('Φεβρουαρίου')).toBe(2);
  });

  test('a date line of the locale data holds date words only; the same words in a sentence do not', () => {
    for (const line of ['6 Şubat 2023 Pazartesi', 'شنبه ۸ بهمن‌ماه ۱۴۰۱', '6 ก.พ. พ.ศ. 2566', '2023 m. vasario 6 d.'])
      expect(onlyDateWords(line), line).toBe(true);
    expect(onlyDateWords('Belediye 6 Şubat 2023 günü açıldı')).toBe(false);
    // Hungarian abbreviates Monday and Tuesday to one letter, other languages write short ones that are words here
    // ("to", "car"): no date words.
    expect(onlyDateWords('6 K 2023')).toBe(false);
    expect(onlyDateWords('12 May 2020 to 14 May 2020')).toBe(false);
    expect(onlyDateWords('Car 12 May 2020')).toBe(false);
  });

  test('short abbreviations of the locale data are words of other languages, and a year ending a sentence no date', () => {
    // Catalan and Indonesian "des." (December), Turkish "Tem" (July).
    expect(writtenDate('Sur les 25 des 2000 salariés')).toBeUndefined();
    expect(writtenDate('Ele tem 15 2019')).toBeUndefined();
    // Croatian "tra" (April) in an Italian dateline: "between 5 and 6 May".
    expect(monthAndDay('ROMA, tra 5 e 6 maggio')).toEqual({ month: 5, day: 6 });
    expect(writtenDate('Revenue fell in 2021. May 5 was the worst day.')).toBeUndefined();
    expect(writtenDate('© 2021. March 3, 2022')).toBe('2022-03-03');
  });

  test('lunar Hijri years and days to come are no Solar Hijri dates', () => {
    expect(writtenDate('1444/7/15هـ')).toBeUndefined();
    expect(writtenDate('1499/12/29')).toBeUndefined();
    expect(writtenDate('۸ بهمن ۲۰۲۳')).toBeUndefined();
    expect(writtenDate('۱۲ مهر ۱۲۰۰')).toBeUndefined();
  });

  test('a slashed date is read in the order the page’s language writes it, and alone only when it reads one way', () => {
    expect(writtenDate('05/10/2018 - Publicado por', { slashed: 'day-first' })).toBe('2018-10-05');
    expect(writtenDate('Posted 05/10/2018', { slashed: 'month-first' })).toBe('2018-05-10');
    expect(writtenDate('05/10/2018')).toBeUndefined();
    // With dashes, as with slashes.
    expect(writtenDate('05-10-2018', { slashed: 'day-first' })).toBe('2018-10-05');
    expect(writtenDate('05-10-2018')).toBeUndefined();
    expect(writtenDate('25/10/2018')).toBe('2018-10-25');
    expect(writtenDate('10/25/2018', { slashed: 'day-first' })).toBe('2018-10-25');
    expect(writtenDate('07/07/2018')).toBe('2018-07-07');
    expect(writtenDate('31/02/2018', { slashed: 'day-first' })).toBeUndefined();
    // A fraction or a path is no date.
    expect(writtenDate('1/2/20181')).toBeUndefined();
    expect(writtenDate('a/05/10/2018/b', { slashed: 'day-first' })).toBeUndefined();
    expect(slashedOrder('pt-BR')).toBe('day-first');
    expect(slashedOrder('en-GB')).toBe('day-first');
    expect(slashedOrder('en-US')).toBe('month-first');
    expect(slashedOrder(undefined)).toBeUndefined();
  });

  test('a dateline without a year gives month and day only', () => {
    expect(monthAndDay('LONDON, Sept. 10 (Reuters) -')).toEqual({ month: 9, day: 10 });
    expect(monthAndDay('भोपाल, १२ मार्च —')).toEqual({ month: 3, day: 12 });
    expect(writtenDate('LONDON, Sept. 10 (Reuters) -')).toBeUndefined();
  });
});

test("a date printed before the byline's label is not the writer: the name after the label is", () => {
  expect(bylineNames('Wednesday January 18, 2017 10:44 am PST by Ada Quill')).toEqual(['Ada Quill']);
  expect(bylineNames('January 17, 2017 at 6:08 PM ET by Bram Ott')).toEqual(['Bram Ott']);
  expect(bylineNames('Posted on 3 May 2019 par Jean Martin')).toEqual(['Jean Martin']);
  // What is left of a date alone names nobody.
  for (const line of ['Wednesday', 'Dec', 'January 17']) expect(bylineNames(line), line).toEqual([]);
  // A name that is also a month's still is one.
  expect(bylineNames('By April Glaser')).toEqual(['April Glaser']);
});

test('a long byline with digits and no label is read in one pass (a quadratic reading would outlast the test)', () => {
  const line = 'Harbour 12 '.repeat(100_000);
  expect(bylineNames(line)).toEqual(['Harbour']);
  expect(bylineNames(`${line}by Ada Quill`)).toEqual(['Ada Quill']);
  expect(bylineNames(`${'12 '.repeat(5)}by Ada Quill`)).toEqual(['Ada Quill']);
});

test('a newspaper, a social network or a company named with the writer is not another writer', () => {
  expect(bylineNames('By Ada Quill\nHarbour Post')).toEqual(['Ada Quill']);
  expect(bylineNames('By Ada Quill, The Harbour Post')).toEqual(['Ada Quill']);
  // A writer whose family name is a newspaper's word is still a writer.
  expect(bylineNames('By Ada Quill and Emily Post')).toEqual(['Ada Quill', 'Emily Post']);
  expect(bylineNames('Ada Quill, Tom Herald')).toEqual(['Ada Quill', 'Tom Herald']);
  expect(bylineNames('Ada Quill\nTwitter')).toEqual(['Ada Quill']);
  expect(bylineNames('Ada Quill CEO')).toEqual(['Ada Quill']);
  for (const company of [
    'Harbourside Media Inc.',
    'Coast Wire Ltd',
    'Beispiel GmbH',
    'サンプル株式会社',
    'Brněnský kurýr, s.r.o.',
    'Vydavatelství Jih a. s.',
  ])
    expect(looksLikeName(company), company).toBe(false);
  expect(bylineNames('投稿者 山田太郎')).toEqual(['山田太郎']);
  expect(bylineNames('著者：後藤一郎')).toEqual(['後藤一郎']);
});

test('a byline that runs into a date or a role keeps only the people', () => {
  expect(bylineNames('Posted by Ada Quill, Bram Ott, Albert on 2019-02-15, all posts')).toEqual([
    'Ada Quill',
    'Bram Ott',
    'Albert',
  ]);
  expect(bylineNames('Posted by Andrew Hayden, Software Engineer on Google Play')).toEqual(['Andrew Hayden']);
  expect(bylineNames('Par Jean Martin le 4 mai 2015')).toEqual(['Jean Martin']);
});

test('a Hindi or Urdu label opens a byline only before a colon: without one it is a word of a sentence', () => {
  expect(bylineNames('संवाददाता: रमेश कुमार')).toEqual(['रमेश कुमार']);
  expect(hasBylineLabel('رپورٹ: فرحان احمد')).toBe(true);
  // "According to the report, the government…", "Writer and poet Ramesh dies".
  expect(hasBylineLabel('رپورٹ کے مطابق حکومت نے')).toBe(false);
  expect(hasBylineLabel('लेखक और कवि रमेश का निधन')).toBe(false);
});

test('Czech, Slovak and Polish "wrote" before the name is a byline\'s label; "a" and "και" join two writers', () => {
  for (const [line, names] of [
    ['Napsal Jan Novák', ['Jan Novák']],
    ['Napsala Jana Malá', ['Jana Malá']],
    ['Napísal Peter Kováč', ['Peter Kováč']],
    ['Napisała Anna Nowak', ['Anna Nowak']],
    ['Jana Malá a Petr Veselý', ['Jana Malá', 'Petr Veselý']],
    ['Γιώργος Παπαδόπουλος και Μαρία Κωνσταντίνου', ['Γιώργος Παπαδόπουλος', 'Μαρία Κωνσταντίνου']],
  ] as const) {
    expect(bylineNames(line), line).toEqual(names);
    expect(joinedNames(line).length, line).toBe(line.startsWith('Nap') ? 1 : 2);
  }
  expect(hasBylineLabel('Napsala Jana Malá')).toBe(true);
  // The verb in a sentence names no one ("I wrote a letter to the mayor"); a name without "and" is one name.
  expect(bylineNames('Napsal jsem dopis starostovi')).toEqual([]);
  expect(joinedNames('Jan Amos Komenský')).toEqual(['Jan Amos Komenský']);
});

test('a place, then a day with its stop and the rest of the date, is a place and a date without a comma', () => {
  for (const line of ['Brno 15. března 2024', 'Mikulov 3. října 2017', 'Brno 15. 3. 2024', 'Berlin 3. Mai 2015'])
    expect(isPlaceAndDate(line), line).toBe(true);
  // A weekday is part of the date, no place; a day without its stop needs the comma.
  for (const line of ['Pondělí 15. března 2024', 'Montag 3. Mai 2015', 'Brno 15 března 2024', 'Jan Novák 15. března'])
    expect(isPlaceAndDate(line), line).toBe(false);
});

test('Hungarian "Írta" (wrote), "Szerző:", "Szöveg:" and Romanian "Autor:", "de" before the name are bylines; names kept as written', () => {
  for (const [line, names] of [
    ['Írta: Kovács Péter', ['Kovács Péter']],
    ['Írta Kovács Péter', ['Kovács Péter']],
    ['Írták: Kovács Péter és Nagy Erzsébet', ['Kovács Péter', 'Nagy Erzsébet']],
    ['Szerző: Nagy Erzsébet', ['Nagy Erzsébet']],
    // Oromo's "writer".
    ['Barreessaa: Caalaa Guddataa', ['Caalaa Guddataa']],
    ['Szöveg: Szabó Anna', ['Szabó Anna']],
    ['Autor: Maria Ionescu', ['Maria Ionescu']],
    ['Autori: Maria Ionescu și Ion Popescu', ['Maria Ionescu', 'Ion Popescu']],
    ['de Ion Popescu', ['Ion Popescu']],
    ['De Ana-Maria Pop', ['Ana-Maria Pop']],
    ['de Ion Popescu şi Maria Ionescu', ['Ion Popescu', 'Maria Ionescu']],
  ] as const) {
    // Romanian's "de" is a byline's only beside a headline, a date or on a Romanian page (ROMANIAN_BY): "De Buenos
    // Aires" closing a Spanish story is a place.
    expect(hasBylineLabel(line) || ROMANIAN_BY.test(line), line).toBe(true);
    expect(bylineNames(line), line).toEqual(names);
  }
  // "Wrote" in a sentence, and "de" before anything but a name alone on its line, are the story's words.
  for (const line of [
    'Írta a polgármester a levelében',
    'de la primărie',
    'de Ion Popescu a spus',
    'De Gaulle',
    'de Ion',
  ])
    expect(hasBylineLabel(line), line).toBe(false);
  expect(ROMANIAN_BY.test('de Ion Popescu Vasile Rus Dan')).toBe(false);
});
