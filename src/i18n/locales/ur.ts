/**
 * Urdu, as Pakistan's news sites word it: "خبر" for an article (خبریں for more than one), "آرکائیو", "زمرہ" for a
 * section, "ٹیگ", "مصنف", "ذریعہ" for a source, "تازہ ترین" for the latest; bylines "تحریر: …". Written right to
 * left and set in Nastaliq, as Urdu papers print it (src/styles/site.css). Two plural forms, "one" for 1 and "other"
 * beyond ("1 خبر", "5 خبریں"). Figures in the Latin digits Pakistani papers and Intl's `ur` print ("12 مئی 2024").
 *
 * date-fns has no Urdu locale, so `dateLocale` below is British English's with the month and weekday names Unicode's
 * CLDR gives Urdu (جنوری, مئی, جمعرات): the site writes dates only through its own patterns (`date.*` here), which
 * read names from `localize` and the week's first day from `options`. Weeks from Sunday, as CLDR has them for
 * Pakistan. “ ” quotes, as CLDR gives them.
 */
import { enGB } from 'date-fns/locale/en-GB';
import type { Locale, LocalizeFnOptions } from 'date-fns';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE، d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}، {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // Urdu calendars head their columns with the whole name (CLDR's one-letter heads are Latin: S M T).
  'date.weekdayHead': 'EEEE',

  'shell.skip': 'مواد پر جائیں',
  'shell.menu': 'فہرست',
  'shell.nav': 'آرکائیو',
  'nav.home': 'تازہ ترین',
  'nav.archive': 'تاریخ وار',
  'nav.sections': 'زمرے',
  'nav.tags': 'ٹیگز',
  'nav.authors': 'مصنفین',
  'nav.sources': 'ذرائع',
  'shell.quickSearch': 'فوری تلاش',
  'shell.searchLabel': 'آرکائیو میں تلاش کریں',
  'shell.searchPlaceholder': 'خبریں تلاش کریں',
  'shell.searchButton': 'تلاش',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'تاریخ وار دیکھیں',
  'footer.onThisDay': 'آج کے دن',
  'footer.corrections': 'تصحیحات',
  'footer.rss': 'RSS فیڈ',
  'footer.atom': 'Atom فیڈ',
  'footer.json': 'JSON فیڈ',
  'footer.sitemap': 'سائٹ میپ',

  'list.breadcrumb': 'صفحے کا راستہ',
  'list.home': 'سرورق',
  'list.count': { one: '{count} خبر', other: '{count} خبریں' },
  'list.span': '{first} سے {last} تک کی خبریں',
  'list.titlePage': '{title} (صفحہ {page})',
  'list.follow': '{title} کو فالو کریں:',
  'list.by': 'تحریر: {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'صفحات',
  'pager.newer': '→ نئی',
  'pager.older': 'پرانی ←',
  'pager.page': 'صفحہ {page}',

  'home.latest': 'تازہ ترین',
  'home.empty': 'آرکائیو خالی ہے: {folder} میں Markdown خبریں شامل کریں۔',
  'home.browseAll': { one: '{count} خبر تاریخ وار دیکھیں ←', other: 'تمام {count} خبریں تاریخ وار دیکھیں ←' },

  'facet.sections': 'زمرے',
  'facet.tags': 'ٹیگز',
  'facet.authors': 'مصنفین',
  'facet.sources': 'ذرائع',
  'facet.sections.count': { one: '{count} زمرہ', other: '{count} زمرے' },
  'facet.tags.count': { one: '{count} ٹیگ', other: '{count} ٹیگز' },
  'facet.authors.count': { one: '{count} مصنف', other: '{count} مصنفین' },
  'facet.sources.count': { one: '{count} ذریعہ', other: '{count} ذرائع' },
  'facet.inArchive': 'آرکائیو میں {what}',
  'facet.tags.title': 'ٹیگ “{name}”',
  'facet.authors.title': 'تحریر: {name}',
  'facet.sources.title': 'بشکریہ {name}',

  'archive.title': 'تاریخ وار دیکھیں',
  'archive.summary': { one: '{count} سال میں {articles}', other: '{count} برسوں میں {articles}' },
  'year.months': '{year} کے مہینے',
  'year.none': 'کوئی نہیں',
  'year.others': 'دوسرے سال',
  'month.others': 'دوسرے مہینے',
  'across.previous': '→ {label}',
  'across.next': '{label} ←',
  'calendar.caption': '{month}: وہ دن جن میں خبریں ہیں',
  'calendar.articles': { one: ' خبر', other: ' خبریں' },

  'article.by': 'تحریر: {names}',
  'article.minutes': { one: '{count} منٹ کا مطالعہ', other: '{count} منٹ کا مطالعہ' },
  'article.updated': 'تازہ کاری: {date}',
  'article.source': 'اصل اشاعت: {source}',
  'article.retrieved': '، حاصل کردہ {date}',
  'article.tags': 'ٹیگز',
  'article.moreInTime': 'وقت کے ساتھ مزید خبریں',
  'article.newer': 'نئی',
  'article.older': 'پرانی',
  'article.corrections': 'تصحیحات اور تازہ کاریاں',
  'text.colon': ': ',
  'article.citeStyle': 'شکاگو (17واں ایڈیشن)، کتابیات',
  'article.related': 'متعلقہ خبریں',
  'article.cite': 'اس خبر کا حوالہ دیں',
  'article.footnotes': 'حواشی',
  'article.footnoteBack': 'حوالہ {reference} پر واپس جائیں',
  'zim.searchHelp':
    'آرکائیو کی یہ نقل ایک ZIM فائل ہے جو Kiwix میں پڑھی جاتی ہے۔ اس میں Kiwix کی اپنی تلاش سے ڈھونڈیں: براؤزر میں صفحے کے اوپر تلاش کا خانہ (kiwix-serve)، یا Kiwix ایپ کا تلاش کا بٹن۔ ہر خبر اپنی سرخی کے تحت اس کے اشاریے میں ہے۔',
  'zim.browse': 'آپ تمام خبریں بھی دیکھ سکتے ہیں:',

  'corrections.title': 'تصحیحات',
  'corrections.heading': 'تصحیحات اور تازہ کاریاں',
  'corrections.description': 'آرکائیو کی خبروں میں کی گئی تمام تصحیحات اور تازہ کاریاں۔',
  'corrections.none': 'آرکائیو کی کسی خبر میں تصحیح نہیں کی گئی۔',
  'corrections.count': { one: '{count} تصحیح، تازہ ترین پہلے۔', other: '{count} تصحیحات، تازہ ترین پہلے۔' },

  'notFound.title': 'صفحہ نہیں ملا',
  'notFound.text': 'اس پتے پر کوئی صفحہ نہیں ہے۔ ہو سکتا ہے یہ منتقل ہو گیا ہو، یا لنک غلط لکھا گیا ہو۔',
  'notFound.latest': 'تازہ ترین خبریں',
  'offlinePage.title': 'اس آلے پر محفوظ نہیں',
  'offlinePage.text':
    'آپ آف لائن ہیں، اور یہ صفحہ اس براؤزر میں محفوظ نہیں کیا گیا۔ جو صفحات آپ آن لائن کھولتے ہیں وہ محفوظ ہو جاتے ہیں، اور آرکائیو کو آف لائن محفوظ کرنے کے بعد اس کی تلاش نیٹ ورک کے بغیر چلتی ہے۔',
  'offlinePage.fromIndex': 'خبر کا متن، جیسا کہ تلاش کا اشاریہ اسے رکھتا ہے (تصاویر اور ترتیب کے بغیر):',

  'onThisDay.title': 'آج کے دن',
  'onThisDay.description': 'پچھلے برسوں میں آج کے دن شائع ہونے والی خبریں۔',
  'onThisDay.intro': 'پچھلے برسوں میں آج کی تاریخ کو شائع ہونے والی خبریں۔',
  'onThisDay.noscript':
    'یہ صفحہ آج کی تاریخ آپ کے براؤزر سے لیتا ہے، جس کے لیے JavaScript درکار ہے۔ اس کے بغیر آرکائیو تاریخ وار دیکھیں: ہر سال اور مہینے کا اپنا صفحہ ہے جس میں اس کی خبریں دن بہ دن درج ہیں۔',
  'onThisDay.none': 'پچھلے برسوں میں {day} کو آرکائیو میں کچھ شائع نہیں ہوا۔',
  'onThisDay.some': {
    one: 'پچھلے برسوں میں {day} کو شائع ہونے والی {count} خبر:',
    other: 'پچھلے برسوں میں {day} کو شائع ہونے والی {count} خبریں:',
  },
  'onThisDay.failed': 'آج کی فہرست لوڈ نہیں ہو سکی ({error})۔ اس کے بجائے آرکائیو تاریخ وار دیکھیں۔',

  'search.title': 'تلاش',
  'search.description': 'آرکائیو کی تمام خبروں میں تلاش کریں۔',
  'search.heading': 'آرکائیو میں تلاش کریں',
  'search.unavailable':
    'تلاش آپ کے براؤزر میں چلتی ہے: اس کے لیے JavaScript درکار ہے، اور یہ کہ آرکائیو کسی ویب سرور سے پیش کیا جائے، فائل کے طور پر نہ کھولا جائے۔ آپ پھر بھی تمام خبریں تاریخ یا زمرے کے لحاظ سے دیکھ سکتے ہیں۔',
  'search.devUnavailable':
    'تلاش کو وہ اشاریہ درکار ہے جو بلڈ لکھتا ہے، اور ڈیولپمنٹ سرور کے پاس وہ نہیں ہوتا۔ ایک بار npm run build چلائیں (یہ dist/ میں رہتا ہے اور ڈیولپمنٹ سرور اسے استعمال کرتا ہے)، یا بنی ہوئی سائٹ دیکھنے کے لیے npm start۔',
  'search.form': 'آرکائیو کی تلاش',
  'search.words': 'تلاش کے الفاظ',
  'search.narrow': 'نتائج محدود کریں اور ترتیب دیں',
  'search.narrowSet': { one: '{count} فعال', other: '{count} فعال' },
  'search.section': 'زمرہ',
  'search.anySection': 'تمام زمرے',
  'search.author': 'مصنف',
  'search.anyAuthor': 'تمام مصنفین',
  'search.tag': 'ٹیگ',
  'search.anyTag': 'تمام ٹیگز',
  'search.year': 'سال',
  'search.anyYear': 'تمام سال',
  'search.source': 'ذریعہ',
  'search.anySource': 'تمام ذرائع',
  'search.order': 'ترتیب',
  'search.relevance': 'سب سے موزوں',
  'search.newest': 'نئی پہلے',
  'search.oldest': 'پرانی پہلے',
  'search.results': 'تلاش کے نتائج',
  'search.more': 'مزید نتائج',
  'search.prompt': 'آرکائیو کی تمام خبروں میں تلاش کے لیے الفاظ لکھیں۔',
  'search.searching': 'تلاش جاری ہے…',
  'search.loading': 'تلاش کا اشاریہ لوڈ ہو رہا ہے…',
  'search.fileProtocol':
    'ڈسک پر رکھی فائل سے تلاش نہیں چلتی: براؤزر وہاں سے اس کا اشاریہ لوڈ نہیں کرتے۔ فولڈر کو کسی مقامی ویب سرور سے پیش کریں (README دیکھیں)۔',
  'search.failed': 'تلاش لوڈ نہیں ہو سکی: {reason}',
  'search.none': 'کوئی نتیجہ نہیں۔',
  'search.noneFor': '“{query}” کا کوئی نتیجہ نہیں۔',
  'search.noneFiltered': 'ان فلٹرز کے ساتھ کوئی نتیجہ نہیں۔',
  'search.noneForFiltered': 'ان فلٹرز کے ساتھ “{query}” کا کوئی نتیجہ نہیں۔',
  'search.count': { one: '{count} نتیجہ', other: '{count} نتائج' },
  'search.countFor': { one: '“{query}” کا {count} نتیجہ', other: '“{query}” کے {count} نتائج' },
  'search.countFiltered': { one: 'ان فلٹرز کے ساتھ {count} نتیجہ', other: 'ان فلٹرز کے ساتھ {count} نتائج' },
  'search.countForFiltered': {
    one: 'ان فلٹرز کے ساتھ “{query}” کا {count} نتیجہ',
    other: 'ان فلٹرز کے ساتھ “{query}” کے {count} نتائج',
  },
  'search.from': 'سے',
  'search.to': 'تک',
  'search.rangeHint': 'سال، مہینہ یا دن',
  'search.quotedPhrase': '‘{phrase}’',
  // Isolated (U+2066/U+2068 … U+2069): after Urdu letters, 1998-06-15 would be laid out 15-06-1998, unlike what is typed.
  'search.fromUnreadable':
    'آغاز کی تاریخ “\u2068{text}\u2069” سمجھ میں نہیں آئی، اس لیے تلاش اسے شامل نہیں کرتی۔ سال، مہینہ یا دن لکھیں: 1998، \u20661998-06\u2069 یا \u20661998-06-15\u2069۔',
  'search.toUnreadable':
    'اختتام کی تاریخ “\u2068{text}\u2069” سمجھ میں نہیں آئی، اس لیے تلاش اسے شامل نہیں کرتی۔ سال، مہینہ یا دن لکھیں: 1998، \u20661998-06\u2069 یا \u20661998-06-15\u2069۔',
  'search.backwardRange': '“سے” والی تاریخ “تک” والی تاریخ کے بعد ہے: ان کے درمیان کچھ نہیں مل سکتا۔',
  'search.atLeast': {
    one: 'کم از کم {count} نتیجہ (مزید تلاش کے لیے مزید لوڈ کریں)',
    other: 'کم از کم {count} نتائج (مزید تلاش کے لیے مزید لوڈ کریں)',
  },
  'search.atLeastFor': {
    one: '“{query}” کا کم از کم {count} نتیجہ (مزید تلاش کے لیے مزید لوڈ کریں)',
    other: '“{query}” کے کم از کم {count} نتائج (مزید تلاش کے لیے مزید لوڈ کریں)',
  },
  'search.atLeastFiltered': {
    one: 'ان فلٹرز کے ساتھ کم از کم {count} نتیجہ (مزید تلاش کے لیے مزید لوڈ کریں)',
    other: 'ان فلٹرز کے ساتھ کم از کم {count} نتائج (مزید تلاش کے لیے مزید لوڈ کریں)',
  },
  'search.atLeastForFiltered': {
    one: 'ان فلٹرز کے ساتھ “{query}” کا کم از کم {count} نتیجہ (مزید تلاش کے لیے مزید لوڈ کریں)',
    other: 'ان فلٹرز کے ساتھ “{query}” کے کم از کم {count} نتائج (مزید تلاش کے لیے مزید لوڈ کریں)',
  },
  'search.phraseCheckedNewest': {
    one: 'ان الفاظ والی سب سے نئی خبر میں ٹھیک یہی جملہ “{query}” دیکھا گیا: اب تک {found} ملے۔',
    other: 'ان الفاظ والی {count} سب سے نئی خبروں میں ٹھیک یہی جملہ “{query}” دیکھا گیا: اب تک {found} ملے۔',
  },
  'search.phraseCheckedOldest': {
    one: 'ان الفاظ والی سب سے پرانی خبر میں ٹھیک یہی جملہ “{query}” دیکھا گیا: اب تک {found} ملے۔',
    other: 'ان الفاظ والی {count} سب سے پرانی خبروں میں ٹھیک یہی جملہ “{query}” دیکھا گیا: اب تک {found} ملے۔',
  },
  'search.phraseCheckedRelevance': {
    one: 'ان الفاظ والی {count} خبر میں ٹھیک یہی جملہ “{query}” دیکھا گیا: اب تک {found} ملے۔',
    other: 'ان الفاظ والی {count} خبروں میں، سب سے موزوں پہلے، ٹھیک یہی جملہ “{query}” دیکھا گیا: اب تک {found} ملے۔',
  },
  'search.checkOlder': 'پرانی خبریں دیکھیں',
  'search.checkNewer': 'نئی خبریں دیکھیں',
  'search.checkMore': 'مزید خبریں دیکھیں',
  'highlight.showing': '“{words}” نمایاں ہے۔',
  'highlight.clear': 'نمایاں کرنا ختم کریں',
  'highlight.next': 'اگلا مقام',
  'search.bytes': { one: '{count} بائٹ', other: '{count} بائٹس' },
  'offline.title': 'یہ آرکائیو آف لائن محفوظ کریں',
  'offline.keep': 'آف لائن محفوظ کریں',
  'offline.progress': 'آف لائن ڈاؤن لوڈ',
  'offline.size': {
    one: 'تلاش کا پورا اشاریہ اور یہ صفحہ ڈاؤن لوڈ کرتا ہے: {count} فائل میں {size}۔ آپ جو خبریں کھولتے ہیں وہ پڑھتے وقت محفوظ ہو جاتی ہیں۔',
    other:
      'تلاش کا پورا اشاریہ اور یہ صفحہ ڈاؤن لوڈ کرتا ہے: {count} فائلوں میں {size}۔ آپ جو خبریں کھولتے ہیں وہ پڑھتے وقت محفوظ ہو جاتی ہیں۔',
  },
  'offline.kept': 'اس آرکائیو کی تلاش اس براؤزر میں آف لائن محفوظ ہے۔',
  'offline.downloading': '{size} ڈاؤن لوڈ ہو رہا ہے…',
  'offline.done': 'مکمل: {size} محفوظ ہو گیا۔ اب اس براؤزر میں تلاش نیٹ ورک کے بغیر چلتی ہے۔',
  'offline.stopped': 'ڈاؤن لوڈ رک گیا: {error}۔ آن لائن ہونے پر دوبارہ کوشش کریں۔',
  'offline.notKept': 'آف لائن محفوظ نہیں ہوا: {error}۔ جب تک یہ کامیاب نہ ہو، آف لائن تلاش نہیں چلے گی۔',
  'offline.retry': 'دوبارہ کوشش کریں',
  'offline.filesFailed': {
    one: '{count} فائل محفوظ نہیں ہو سکی: {files}',
    other: '{count} فائلیں محفوظ نہیں ہو سکیں: {files}',
  },

  'import.untitled': 'بے عنوان ({file})',
} satisfies Messages;

// Urdu's month and weekday names, as CLDR spells them (Intl's `ur`), January and Sunday first.
const MONTHS = [
  'جنوری',
  'فروری',
  'مارچ',
  'اپریل',
  'مئی',
  'جون',
  'جولائی',
  'اگست',
  'ستمبر',
  'اکتوبر',
  'نومبر',
  'دسمبر',
] as const;
const DAYS = ['اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ'] as const;

/** Urdu month and weekday names (one width: CLDR's shorter ones are the same words or Latin letters), weeks from Sunday. */
export const dateLocale: Locale = {
  ...enGB,
  code: 'ur',
  localize: {
    ...enGB.localize,
    month: (month: number, _options?: LocalizeFnOptions) => MONTHS[month] ?? '',
    day: (day: number, _options?: LocalizeFnOptions) => DAYS[day] ?? '',
  },
  options: { weekStartsOn: 0, firstWeekContainsDate: 1 },
};
