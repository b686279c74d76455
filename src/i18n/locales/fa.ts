/**
 * Persian, as Iranian news sites word it: "مطلب" for an article, "آرشیو", "بخش" for a section, "برچسب" for a tag,
 * "تازه‌ترین‌ها" for the latest; the reader addressed in the plural of politeness ("جستجو کنید"). Written right to
 * left, with the zero-width non-joiner between a word and its suffixes (تازه‌ترین, برچسب‌ها), as Persian keyboards
 * type it, and Persian's own ی and ک. A noun stays singular after a number ("۱ مطلب", "۵ مطلب"), so every counted
 * message has `other` alone (Intl.PluralRules('fa') puts 0 with 1 in "one").
 *
 * Figures are Persian ("۱۲ مه ۲۰۲۴"), as Iranian papers print them: `digits` below puts every count, day, year and
 * time of the interface in them (src/i18n/interface.ts); addresses and the reader's own typing keep theirs. An
 * article's dateline and a day's heading give the Solar Hijri day first (`readersCalendar` below); months, years and
 * listings are the Christian calendar's the archive is filed by, its months as Unicode's CLDR spells them for Iran
 * (ژانویه, مه, ژوئن, اوت: date-fns's Persian locale has the Afghan forms آپریل, می, جون). Weeks from Saturday, as
 * Iranian calendars run, their columns headed by one letter (ش ی د س چ پ ج). « » quotes with “ ” inside.
 */
import { faIR } from 'date-fns/locale/fa-IR';
import type { Locale, LocalizeFnOptions } from 'date-fns';
import type { Messages } from './en.ts';

/** Persian digits for the interface's figures (Intl's numbering system 'arabext'). */
export const digits = 'arabext';

/**
 * Iranian and Afghan readers date their news in the Solar Hijri calendar: an article's dateline and a day's heading
 * give its day in it first, the Christian day the archive files it under after it ("۲۳ اردیبهشت ۱۴۰۳ (۱۲ مه ۲۰۲۴)";
 * in Afghanistan's month names for `fa-AF`: "۲۳ ثور ۱۴۰۳").
 */
export const readersCalendar = 'persian';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  // "۲۰ ژانویه ۲۰۲۵، ساعت ۰۸:۳۰": the Persian comma, the time after ساعت, the zone as CLDR names it in Persian.
  'date.dateTime': '{day}، ساعت {time} ({zone})',
  'date.zone': 'گرینویچ{offset}',
  'date.zoneZero': 'گرینویچ',
  // ش ی د س چ پ ج, as Iranian calendars head their columns.
  'date.weekdayHead': 'EEEEE',

  'shell.skip': 'رفتن به محتوا',
  'shell.menu': 'فهرست',
  'shell.nav': 'آرشیو',
  'nav.home': 'تازه‌ترین‌ها',
  'nav.archive': 'بر اساس تاریخ',
  'nav.sections': 'بخش‌ها',
  'nav.tags': 'برچسب‌ها',
  'nav.authors': 'نویسندگان',
  'nav.sources': 'منابع',
  'shell.quickSearch': 'جستجوی سریع',
  'shell.searchLabel': 'جستجو در آرشیو',
  'shell.searchPlaceholder': 'جستجوی مطالب',
  'shell.searchButton': 'جستجو',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'مرور بر اساس تاریخ',
  'footer.onThisDay': 'در چنین روزی',
  'footer.corrections': 'اصلاحیه‌ها',
  'footer.rss': 'خوراک RSS',
  'footer.atom': 'خوراک Atom',
  'footer.json': 'خوراک JSON',
  'footer.sitemap': 'نقشهٔ سایت',

  'list.breadcrumb': 'مسیر صفحه',
  'list.home': 'صفحهٔ اصلی',
  'list.count': { other: '{count} مطلب' },
  'list.span': 'مطالب از {first} تا {last}',
  'list.titlePage': '{title} (صفحهٔ {page})',
  'list.follow': 'دنبال کردن {title}:',
  'list.by': 'نوشتهٔ {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'صفحه‌ها',
  'pager.newer': '→ جدیدتر',
  'pager.older': 'قدیمی‌تر ←',
  'pager.page': 'صفحهٔ {page}',

  'home.latest': 'تازه‌ترین‌ها',
  'home.empty': 'آرشیو خالی است: مطالب Markdown را به {folder} بیفزایید.',
  'home.browseAll': { one: 'مرور {count} مطلب بر اساس تاریخ ←', other: 'مرور همهٔ {count} مطلب بر اساس تاریخ ←' },

  'facet.sections': 'بخش‌ها',
  'facet.tags': 'برچسب‌ها',
  'facet.authors': 'نویسندگان',
  'facet.sources': 'منابع',
  'facet.sections.count': { other: '{count} بخش' },
  'facet.tags.count': { other: '{count} برچسب' },
  'facet.authors.count': { other: '{count} نویسنده' },
  'facet.sources.count': { other: '{count} منبع' },
  'facet.inArchive': '{what} در آرشیو',
  'facet.tags.title': 'برچسب «{name}»',
  'facet.authors.title': 'نوشته‌های {name}',
  'facet.sources.title': 'از {name}',

  'archive.title': 'مرور بر اساس تاریخ',
  'archive.summary': { other: '{articles} در {count} سال' },
  'year.months': 'ماه‌های {year}',
  'year.none': 'هیچ',
  'year.others': 'سال‌های دیگر',
  'month.others': 'ماه‌های دیگر',
  'across.previous': '→ {label}',
  'across.next': '{label} ←',
  'calendar.caption': '{month}: روزهایی که مطلب دارند',
  'calendar.articles': { other: ' مطلب' },

  'article.by': 'نوشتهٔ {names}',
  'article.minutes': { other: 'زمان مطالعه: {count} دقیقه' },
  'article.updated': 'به‌روزرسانی: {date}',
  'article.source': 'نخستین بار در {source} منتشر شده',
  'article.retrieved': '، دریافت‌شده در {date}',
  'article.tags': 'برچسب‌ها',
  'article.moreInTime': 'مطالب دیگر در گذر زمان',
  'article.newer': 'جدیدتر',
  'article.older': 'قدیمی‌تر',
  'article.corrections': 'اصلاحیه‌ها و به‌روزرسانی‌ها',
  'text.colon': ': ',
  'article.citeStyle': 'شیکاگو (ویراست ۱۷)، کتاب‌نامه',
  'article.related': 'مطالب مرتبط',
  'article.cite': 'ارجاع به این مطلب',
  'article.footnotes': 'پانوشت‌ها',
  'article.footnoteBack': 'بازگشت به ارجاع {reference}',
  'zim.searchHelp':
    'این نسخهٔ آرشیو یک فایل ZIM است که در Kiwix خوانده می‌شود. با جستجوی خود Kiwix در آن جستجو کنید: کادر جستجو در بالای صفحه در مرورگر (kiwix-serve)، یا دکمهٔ جستجو در برنامهٔ Kiwix. هر مطلب با تیترش در نمایهٔ آن هست.',
  'zim.browse': 'همهٔ مطالب را می‌توانید مرور هم کنید:',

  'corrections.title': 'اصلاحیه‌ها',
  'corrections.heading': 'اصلاحیه‌ها و به‌روزرسانی‌ها',
  'corrections.description': 'همهٔ اصلاحیه‌ها و به‌روزرسانی‌هایی که در مطالب آرشیو انجام شده است.',
  'corrections.none': 'هیچ مطلبی در آرشیو اصلاح نشده است.',
  'corrections.count': { other: '{count} اصلاحیه، تازه‌ترین در آغاز.' },

  'notFound.title': 'صفحه پیدا نشد',
  'notFound.text': 'در این نشانی صفحه‌ای نیست. شاید جابه‌جا شده باشد، یا پیوند نادرست نوشته شده باشد.',
  'notFound.latest': 'تازه‌ترین مطالب',
  'offlinePage.title': 'در این دستگاه نگه داشته نشده',
  'offlinePage.text':
    'شما آفلاین هستید و این صفحه در این مرورگر نگه داشته نشده است. صفحه‌هایی که آنلاین باز می‌کنید نگه داشته می‌شوند، و وقتی آرشیو برای استفادهٔ آفلاین نگه داشته شود، جستجوی آن بی‌نیاز از شبکه کار می‌کند.',
  'offlinePage.fromIndex': 'متن مطلب، آن‌گونه که نمایهٔ جستجو نگهش می‌دارد (بدون تصویرها و صفحه‌آرایی):',

  'onThisDay.title': 'در چنین روزی',
  'onThisDay.description': 'مطالبی که در چنین روزی در سال‌های پیش منتشر شده‌اند.',
  'onThisDay.intro': 'مطالبی که در تاریخ امروز در سال‌های پیش منتشر شده‌اند.',
  'onThisDay.noscript':
    'این صفحه تاریخ امروز را از مرورگر شما می‌گیرد و برای این کار به JavaScript نیاز دارد. بدون آن، آرشیو را بر اساس تاریخ مرور کنید: هر سال و هر ماه صفحهٔ خود را دارد که مطالبش را روز به روز فهرست می‌کند.',
  'onThisDay.none': 'در سال‌های پیش، در {day} چیزی در آرشیو منتشر نشده است.',
  'onThisDay.some': { other: '{count} مطلب که در سال‌های پیش در {day} منتشر شده‌اند:' },
  'onThisDay.failed': 'فهرست امروز بارگیری نشد ({error}). به جای آن آرشیو را بر اساس تاریخ مرور کنید.',

  'search.title': 'جستجو',
  'search.description': 'جستجو در همهٔ مطالب آرشیو.',
  'search.heading': 'جستجو در آرشیو',
  'search.unavailable':
    'جستجو در مرورگر شما انجام می‌شود: به JavaScript نیاز دارد، و به اینکه آرشیو را یک وب‌سرور ارائه کند، نه اینکه به صورت فایل باز شود. همچنان می‌توانید همهٔ مطالب را بر اساس تاریخ یا بخش مرور کنید.',
  'search.devUnavailable':
    'جستجو به نمایه‌ای نیاز دارد که ساخت (build) می‌نویسد و سرور توسعه آن را ندارد. یک بار npm run build را اجرا کنید (در dist/ می‌ماند و سرور توسعه از آن استفاده می‌کند)، یا برای دیدن سایت ساخته‌شده npm start را.',
  'search.form': 'جستجوی آرشیو',
  'search.words': 'واژه‌های جستجو',
  'search.narrow': 'محدود کردن و مرتب کردن نتایج',
  'search.narrowSet': { other: '{count} فعال' },
  'search.section': 'بخش',
  'search.anySection': 'همهٔ بخش‌ها',
  'search.author': 'نویسنده',
  'search.anyAuthor': 'همهٔ نویسندگان',
  'search.tag': 'برچسب',
  'search.anyTag': 'همهٔ برچسب‌ها',
  'search.year': 'سال',
  'search.anyYear': 'همهٔ سال‌ها',
  'search.source': 'منبع',
  'search.anySource': 'همهٔ منابع',
  'search.order': 'ترتیب',
  'search.relevance': 'مرتبط‌ترین',
  'search.newest': 'تازه‌ترین در آغاز',
  'search.oldest': 'قدیمی‌ترین در آغاز',
  'search.results': 'نتایج جستجو',
  'search.more': 'نتایج بیشتر',
  'search.prompt': 'برای جستجو در همهٔ مطالب آرشیو، واژه‌هایی بنویسید.',
  'search.searching': 'در حال جستجو…',
  'search.loading': 'در حال بارگیری نمایهٔ جستجو…',
  'search.fileProtocol':
    'جستجو از فایلی روی دیسک کار نمی‌کند: مرورگرها نمایهٔ آن را از آنجا بار نمی‌کنند. پوشه را با یک وب‌سرور محلی ارائه کنید (README را ببینید).',
  'search.failed': 'جستجو بارگیری نشد: {reason}',
  'search.none': 'نتیجه‌ای پیدا نشد.',
  'search.noneFor': 'برای «{query}» نتیجه‌ای پیدا نشد.',
  'search.noneFiltered': 'با این فیلترها نتیجه‌ای پیدا نشد.',
  'search.noneForFiltered': 'برای «{query}» با این فیلترها نتیجه‌ای پیدا نشد.',
  'search.count': { other: '{count} نتیجه' },
  'search.countFor': { other: '{count} نتیجه برای «{query}»' },
  'search.countFiltered': { other: '{count} نتیجه با این فیلترها' },
  'search.countForFiltered': { other: '{count} نتیجه برای «{query}» با این فیلترها' },
  'search.from': 'از',
  'search.to': 'تا',
  'search.rangeHint': 'سال، ماه یا روز',
  'search.quotedPhrase': '“{phrase}”',
  // Isolated (U+2066/U+2068 … U+2069): after Persian letters, 1998-06-15 would be laid out 15-06-1998, unlike what is typed.
  'search.fromUnreadable':
    'تاریخ آغاز «\u2068{text}\u2069» فهمیده نشد، پس جستجو آن را کنار می‌گذارد. یک سال، ماه یا روز بنویسید: 1998 یا \u20661998-06\u2069 یا \u20661998-06-15\u2069.',
  'search.toUnreadable':
    'تاریخ پایان «\u2068{text}\u2069» فهمیده نشد، پس جستجو آن را کنار می‌گذارد. یک سال، ماه یا روز بنویسید: 1998 یا \u20661998-06\u2069 یا \u20661998-06-15\u2069.',
  'search.backwardRange': 'تاریخ «از» پس از تاریخ «تا» است: میان آن دو چیزی پیدا نمی‌شود.',
  'search.atLeast': { other: 'دست‌کم {count} نتیجه (برای جستجوی بیشتر، نتایج بیشتری بار کنید)' },
  'search.atLeastFor': { other: 'دست‌کم {count} نتیجه برای «{query}» (برای جستجوی بیشتر، نتایج بیشتری بار کنید)' },
  'search.atLeastFiltered': { other: 'دست‌کم {count} نتیجه با این فیلترها (برای جستجوی بیشتر، نتایج بیشتری بار کنید)' },
  'search.atLeastForFiltered': {
    other: 'دست‌کم {count} نتیجه برای «{query}» با این فیلترها (برای جستجوی بیشتر، نتایج بیشتری بار کنید)',
  },
  'search.phraseCheckedNewest': {
    other:
      '{count} مطلب از تازه‌ترین مطالبِ دارای این واژه‌ها برای عبارت دقیق «{query}» بررسی شد: تاکنون {found} پیدا شده.',
  },
  'search.phraseCheckedOldest': {
    other:
      '{count} مطلب از قدیمی‌ترین مطالبِ دارای این واژه‌ها برای عبارت دقیق «{query}» بررسی شد: تاکنون {found} پیدا شده.',
  },
  'search.phraseCheckedRelevance': {
    other:
      '{count} مطلبِ دارای این واژه‌ها، مرتبط‌ترین در آغاز، برای عبارت دقیق «{query}» بررسی شد: تاکنون {found} پیدا شده.',
  },
  'search.checkOlder': 'بررسی مطالب قدیمی‌تر',
  'search.checkNewer': 'بررسی مطالب جدیدتر',
  'search.checkMore': 'بررسی مطالب بیشتر',
  'highlight.showing': 'برجسته‌سازی «{words}».',
  'highlight.clear': 'پاک کردن برجسته‌سازی',
  'highlight.next': 'مورد بعدی',
  'search.bytes': { other: '{count} بایت' },
  'offline.title': 'نگه داشتن این آرشیو برای استفادهٔ آفلاین',
  'offline.keep': 'نگه داشتن آفلاین',
  'offline.progress': 'بارگیری برای استفادهٔ آفلاین',
  'offline.size': {
    other:
      'کل نمایهٔ جستجو و این صفحه را بارگیری می‌کند: {size} در {count} فایل. مطالبی که باز می‌کنید هنگام خواندن نگه داشته می‌شوند.',
  },
  'offline.kept': 'جستجوی این آرشیو در این مرورگر برای استفادهٔ آفلاین نگه داشته شده است.',
  'offline.downloading': 'در حال بارگیری {size}…',
  'offline.done': 'انجام شد: {size} نگه داشته شد. جستجو اکنون در این مرورگر بی‌نیاز از شبکه کار می‌کند.',
  'offline.stopped': 'بارگیری متوقف شد: {error}. هنگامی که آنلاین شدید دوباره تلاش کنید.',
  'offline.notKept': 'برای استفادهٔ آفلاین نگه داشته نشد: {error}. تا این کار انجام نشود، جستجوی آفلاین کار نمی‌کند.',
  'offline.retry': 'تلاش دوباره',
  'offline.filesFailed': { other: '{count} فایل نگه داشته نشد: {files}' },

  'import.untitled': 'بی‌عنوان ({file})',
} satisfies Messages;

// The Christian months as CLDR writes them for Iran, the same after a day as alone (Intl's "۱۲ مه ۲۰۲۴").
const MONTHS = [
  'ژانویه',
  'فوریه',
  'مارس',
  'آوریل',
  'مه',
  'ژوئن',
  'ژوئیه',
  'اوت',
  'سپتامبر',
  'اکتبر',
  'نوامبر',
  'دسامبر',
] as const;

/** Iran's Persian months and weekdays (date-fns's own), weeks from Saturday. */
export const dateLocale: Locale = {
  ...faIR,
  localize: {
    ...faIR.localize,
    month: (month: number, options?: LocalizeFnOptions) =>
      options?.width === 'narrow' ? faIR.localize.month(month as 0, options) : (MONTHS[month] ?? ''),
  },
};
