// Stories from the Caucasus and Central Asia as a new user's trial imported them (invented): bylines, picture credits
// and "read also" teasers in Georgian, Armenian, Azerbaijani, Uzbek, Kazakh and Kyrgyz, dates written year first with
// the year's word, and Georgian names, which have no capitals to tell them by.
import { describe, expect, test } from 'vitest';
import { bylineNames, hasBylineLabel, looksLikeName } from '../../src/importer/bylines.ts';
import { fileInItsScript } from '../../src/importer/language.ts';
import { photoCredit } from '../../src/importer/photo-credits.ts';
import { readHtml } from '../../src/importer/read-html.ts';
import { copyrightHolder, isCopyrightLine, readText } from '../../src/importer/read-text.ts';
import type { FoundArticle } from '../../src/importer/types.ts';
import { spellLigatures } from '../../src/lib/ligatures.ts';
import { facetSlug } from '../../src/lib/slugs.ts';
import { writtenDate } from '../../src/lib/written-dates.ts';

describe('bylines', () => {
  test.each([
    ['ავტორი: ნინო ბერიძე', 'ნინო ბერიძე'],
    ['Հեղինակ՝ Լիլիթ Հակոբյան', 'Լիլիթ Հակոբյան'],
    ['Müəllif: Elçin Məmmədov', 'Elçin Məmmədov'],
    ['Muallif: Dilnoza Karimova', 'Dilnoza Karimova'],
    ['Муаллиф: Нодира Холмуродова', 'Нодира Холмуродова'],
    ['Авторы: Айгүл Сейтқали', 'Айгүл Сейтқали'],
    ['Avtor: Ayjan Nūrlanqızı', 'Ayjan Nūrlanqızı'],
  ])('%s names %s', (line, name) => {
    expect(bylineNames(line)).toEqual([name]);
  });

  test('those labels open a byline only before their colon: without it, a sentence about an author stays', async () => {
    for (const sentence of ['ავტორი ამბობს, რომ წიგნი მალე გამოვა.', 'Avtor knjige je Janez Novak.'])
      expect(hasBylineLabel(sentence), sentence).toBe(false);
    const page = `<!DOCTYPE html><html lang="ka"><head><meta charset="utf-8"><title>წიგნი</title></head><body><article>
<h1>ახალი წიგნი</h1><p>ავტორი ამბობს, რომ წიგნი მალე გამოვა და პრეზენტაცია თბილისში გაიმართება.</p>
<p>გამომცემლობამ წიგნის ტირაჟი უკვე დაბეჭდა, თუმცა გაყიდვის თარიღი ჯერ უცნობია.</p></article></body></html>`;
    const found = await readHtml(page, 'book.html');
    expect(found.fields.authors).toBeUndefined();
    expect(found.text).toContain('ავტორი ამბობს');
  });

  test('a Georgian name is a name, though Unicode calls its letters lower case; lower-case Latin words are not', () => {
    expect(looksLikeName('ნინო ბერიძე')).toBe(true);
    expect(looksLikeName('ეს')).toBe(false);
    expect(looksLikeName('devindra hardawar')).toBe(false);
  });
});

test.each([
  ['2015 թ. մարտի 12', '2015-03-12'],
  ['Դիլիջան, 2017 թ. մայիսի 25', '2017-05-25'],
  ['Navoiy, 2020-yil 14-avgust', '2020-08-14'],
  ['Тошкент, 2012 йил 9 июнь', '2012-06-09'],
  ['2015 жылғы 12 наурыз', '2015-03-12'],
  // Hungarian's year first keeps its stops: a year and a month's day in a sentence are no date.
  ['2023. február 6.', '2023-02-06'],
  ['in 2021. May 5 was', undefined],
])('the year first, with its word: %s is %s', (text, day) => {
  expect(writtenDate(text)).toBe(day);
});

test.each([
  ['ფოტო: გიორგი კაპანაძე', 'გიორგი კაპანაძე'],
  ['Լուսանկարը՝ Արամ Սարգսյան', 'Արամ Սարգսյան'],
  ['Сурет: Ерлан Омаров', 'Ерлан Омаров'],
  ['Surat: Aziz Nazarov', 'Aziz Nazarov'],
  ['Сүрөт: Азамат Иманалиев', 'Азамат Иманалиев'],
  ['ფოტო: ქალაქის მერიამ დღეს საზეიმოდ გახსნა მეტრო', undefined],
  // A caption, not a name: "the new metro station", "a rally at parliament".
  ['ფოტო: მეტროს ახალი სადგური', undefined],
  ['ფოტო: აქცია პარლამენტთან.', undefined],
])('a picture’s credit: %s credits %s', (line, maker) => {
  expect(photoCredit(line)).toBe(maker);
});

test('an Armenian text: its dateline year first, its byline after ՝, its picture credit and teaser leave the story', () => {
  const found = readText(
    'Դիլիջանում նոր կամուրջ է կառուցվել\n\nԴիլիջան, 2017 թ. մայիսի 25\n\nՀեղինակ՝ Սուրեն Ավետիսյան\n\n' +
      'Դիլիջանի մուտքի մոտ Աղստև գետի վրա ավարտվել է նոր կամրջի շինարարությունը։ Կամուրջը կփոխարինի հին կամրջին։\n\n' +
      'Լուսանկարը՝ Արամ Սարգսյան\n\nՄասնագետները ողջունում են այս որոշումը։',
    'a.txt',
    { siteLang: 'ru' },
  );
  expect(found.guessed?.date).toBe('2017-05-25');
  expect(found.guessed?.authors).toEqual(['Սուրեն Ավետիսյան']);
  expect(found.text).not.toMatch(/Հեղինակ|Լուսանկար/u);
  expect(found.text).toContain('Մասնագետները');
});

test('a Georgian page: its JSON-LD writer kept, its picture credit and "read also" link gone', async () => {
  const page = `<!DOCTYPE html><html lang="ka"><head><meta charset="utf-8"><title>მეტროს ახალი სადგური გაიხსნა</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"მეტროს ახალი სადგური გაიხსნა",
"datePublished":"2012-10-03T00:20:00+04:00","author":{"@type":"Person","name":"ნინო ბერიძე"}}</script></head>
<body><article><h1>მეტროს ახალი სადგური გაიხსნა</h1>
<p>დედაქალაქის მერიამ დღეს საზეიმოდ გახსნა მეტროს ახალი სადგური. სადგურის მშენებლობა ოთხი წელი გაგრძელდა.</p>
<p>ფოტო: გიორგი კაპანაძე</p>
<p>ადგილობრივი მაცხოვრებლები სიახლეს კმაყოფილებით შეხვდნენ, თუმცა ზოგიერთმა მგზავრმა ხმაურზე ისაუბრა.</p>
<p>ასევე წაიკითხეთ: <a href="/ka/news/avtobusi">ქალაქში ახალი ავტობუსები გამოჩნდება</a></p>
</article></body></html>`;
  const found = await readHtml(page, 'metro.html');
  expect(found.fields.authors).toEqual(['ნინო ბერიძე']);
  expect(found.fields.date).toBe('2012-10-03T00:20:00+04:00');
  expect(found.text).not.toMatch(/ფოტო|ასევე|ავტობუსები/u);
  expect(found.text).toContain('ადგილობრივი მაცხოვრებლები');
});

test('a Kyrgyz or Uzbek story in a Russian archive is told by its letters; a Russian one naming Kazakh places is not', () => {
  const found = (text: string): FoundArticle => ({ origin: 'a.txt', fields: {}, body: text, text });
  for (const [text, lang] of [
    [
      'Нарын облусунун малчылары салттуу түрдө тоо жайлоолоруна көчө башташты. Быйыл жайлоого жүз миңден ашык кой айдалды.',
      'ky',
    ],
    [
      'Тошкент шаҳрида янги боғ очилди. Туман ҳокимлиги вакилининг айтишича, боғда болалар майдончаси қурилди ва минглаб дарахтлар экилди.',
      'uz-Cyrl',
    ],
  ] as const) {
    const story = found(text);
    fileInItsScript(story, 'ru');
    expect(story.guessed?.lang).toBe(lang);
  }
  const russian = found(
    'В Алматы открылся новый парк: жители Әуезовского района давно просили власти благоустроить пустырь у реки. ' +
      'Работы заняли два года, а деревья привезли из питомников области.',
  );
  fileInItsScript(russian, 'ru');
  expect(russian.guessed?.lang).toBeUndefined();
  // Nor is one quoting a Ukrainian sentence, long or short, nor a Tatar story, whose letters no table here tells.
  for (const text of [
    'Президент сказал в Киеве, что переговоры продолжатся: «Україна вистоїть, і ми переможемо».',
    'В Киеве заявили: «Ми не віддамо жодного сантиметра нашої землі», — сообщил источник. Переговоры продолжатся на следующей неделе в Стамбуле, добавили в министерстве.',
    'Казан шәһәрендә яңа мәктәп ачылды. Анда җиде йөз бала укыячак, диде шәһәр башлыгы.',
  ]) {
    const story = found(text);
    fileInItsScript(story, 'ru');
    expect(story.guessed?.lang, text).toBeUndefined();
  }
});

test('Azerbaijani ə stays in addresses (search reads it typed e): an archive’s published author and tag pages keep theirs', () => {
  expect(facetSlug('Əliyev')).toBe('əliyev');
  expect(facetSlug('Ət')).not.toBe(facetSlug('Et'));
  expect(spellLigatures('Gəncə')).toBe('Gence');
});

test.each([
  ['© 2015 Северная газета. При использовании материалов ссылка обязательна.', 'Северная газета'],
  ['© 2017 Газета Нова. При використанні матеріалів посилання обов’язкове.', 'Газета Нова'],
  ['© 2015 Xəbər Portalı. Materiallardan istifadə zamanı istinad mütləqdir.', 'Xəbər Portalı'],
  ['© 2019 Vodiy xabarlari. Materiallardan foydalanilganda havola berish shart.', 'Vodiy xabarlari'],
  ['© 2016 Алатау жаңалықтары. Материалдарды пайдаланғанда сілтеме міндетті.', 'Алатау жаңалықтары'],
  // A notice in words with its © and year after it.
  ['کلیه حقوق این سایت متعلق به کابل امروز است. © ۱۴۰۲', 'کابل امروز'],
])('a notice with the region’s "a link is required when using the materials": %s names %s', (notice, holder) => {
  expect(isCopyrightLine(notice)).toBe(true);
  expect(copyrightHolder(notice)).toBe(holder);
});

test('a story’s sentence requiring a prescription or a permit when using something is no notice', () => {
  for (const sentence of [
    'При использовании рецептурных препаратов ссылка на рецепт обязательна.',
    'При використанні пестицидів посилання на дозвіл обов’язкове.',
  ])
    expect(isCopyrightLine(sentence), sentence).toBe(false);
});
