/**
 * Bengali as Bangladesh writes it, in the words of its news sites: "প্রতিবেদন" for an article, "খবর" for news,
 * "বিভাগ" for a section, "আর্কাইভ", "সর্বশেষ", "প্রচ্ছদ" for the front page, "সংশোধনী", "অফলাইন" as it is borrowed;
 * the reader addressed as আপনি ("খুঁজুন", "দেখুন"); sentences end with the দাঁড়ি (।). A count takes its classifier
 * after the number, টি for things and জন for people ("5টি প্রতিবেদন", "3 জন লেখক"); the noun keeps one form, so every
 * counted message has `other` alone, save where the words for one differ (Intl.PluralRules('bn') puts 0 with 1
 * in "one", so no form of one names the number in words). A placeholder never takes a case ending ("{day}-এ"):
 * a noun after it takes it ("{day} তারিখে", "{year} সালের") or a postposition stands apart ("থেকে", "পর্যন্ত").
 *
 * Figures are Bengali ("৬ ফেব্রুয়ারি ২০২৩", "৫টি প্রতিবেদন"), as Bangladeshi papers print them: `digits` below puts
 * every count, day, year and time of the interface in them (src/i18n/interface.ts); addresses and the reader's own
 * typing keep theirs. Months and weekdays as CLDR spells
 * them (জানুয়ারি, বৃহস্পতিবার); weeks from Sunday, as CLDR has it for Bangladesh and Bangladeshi office weeks run
 * (রবি সোম মঙ্গল). “ ” quotes with ‘ ’ inside.
 */
import { bn } from 'date-fns/locale/bn';
import type { Locale } from 'date-fns';
import type { Messages } from './en.ts';

/** Bengali digits for the interface's figures (Intl's numbering system 'beng'). */
export const digits = 'beng';

export const messages = {
  'date.day': 'd MMMM yyyy',
  // "সোমবার, 6 ফেব্রুয়ারি 2023".
  'date.weekdayDay': 'EEEE, d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // রবি সোম মঙ্গল বুধ বৃহস্পতি শুক্র শনি, as CLDR abbreviates them (dateLocale below).
  'date.weekdayHead': 'EEE',

  'shell.skip': 'মূল বিষয়বস্তুতে যান',
  'shell.menu': 'মেনু',
  'shell.nav': 'আর্কাইভ',
  'nav.home': 'সর্বশেষ',
  'nav.archive': 'তারিখ অনুযায়ী',
  'nav.sections': 'বিভাগ',
  'nav.tags': 'ট্যাগ',
  'nav.authors': 'লেখক',
  'nav.sources': 'সূত্র',
  'shell.quickSearch': 'দ্রুত খুঁজুন',
  'shell.searchLabel': 'আর্কাইভে খুঁজুন',
  'shell.searchPlaceholder': 'খবর খুঁজুন',
  'shell.searchButton': 'খুঁজুন',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'তারিখ অনুযায়ী দেখুন',
  'footer.onThisDay': 'এই দিনে',
  'footer.corrections': 'সংশোধনী',
  'footer.rss': 'RSS ফিড',
  'footer.atom': 'Atom ফিড',
  'footer.json': 'JSON ফিড',
  'footer.sitemap': 'সাইটম্যাপ',

  'list.breadcrumb': 'পৃষ্ঠার অবস্থান',
  'list.home': 'প্রচ্ছদ',
  'list.count': { other: '{count}টি প্রতিবেদন' },
  'list.span': '{first} থেকে {last} পর্যন্ত প্রতিবেদন',
  'list.titlePage': '{title} (পৃষ্ঠা {page})',
  'list.follow': '{title} অনুসরণ করুন:',
  'list.by': 'লেখক: {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'পৃষ্ঠাসমূহ',
  'pager.newer': '← আরও নতুন',
  'pager.older': 'আরও পুরোনো →',
  'pager.page': 'পৃষ্ঠা {page}',

  'home.latest': 'সর্বশেষ',
  'home.empty': 'আর্কাইভ এখনো খালি: {folder} ফোল্ডারে Markdown প্রতিবেদন যোগ করুন।',
  // Without সব (all), which would not fit a single article.
  'home.browseAll': {
    one: 'তারিখ অনুযায়ী {count}টি প্রতিবেদন দেখুন →',
    other: 'তারিখ অনুযায়ী সব {count}টি প্রতিবেদন দেখুন →',
  },

  'facet.sections': 'বিভাগ',
  'facet.tags': 'ট্যাগ',
  'facet.authors': 'লেখক',
  'facet.sources': 'সূত্র',
  'facet.sections.count': { other: '{count}টি বিভাগ' },
  'facet.tags.count': { other: '{count}টি ট্যাগ' },
  'facet.authors.count': { other: '{count} জন লেখক' },
  'facet.sources.count': { other: '{count}টি সূত্র' },
  'facet.inArchive': 'আর্কাইভে {what}',
  'facet.tags.title': 'ট্যাগ: “{name}”',
  'facet.authors.title': 'লেখক: {name}',
  'facet.sources.title': 'সূত্র: {name}',

  'archive.title': 'তারিখ অনুযায়ী দেখুন',
  'archive.summary': { other: '{count} বছরে {articles}' },
  'year.months': '{year} সালের মাসগুলো',
  'year.none': 'নেই',
  'year.others': 'অন্যান্য বছর',
  'month.others': 'অন্যান্য মাস',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: যেসব দিনে প্রতিবেদন আছে',
  // Read straight after the number, as the classifier is written: "2টি প্রতিবেদন".
  'calendar.articles': { other: 'টি প্রতিবেদন' },

  'article.by': 'লেখক: {names}',
  'article.minutes': { other: 'পড়তে লাগবে {count} মিনিট' },
  'article.updated': 'আপডেট: {date}',
  'article.source': 'প্রথম প্রকাশ: {source}',
  'article.retrieved': ', সংগ্রহের তারিখ: {date}',
  'article.tags': 'ট্যাগ',
  'article.moreInTime': 'আগের ও পরের প্রতিবেদন',
  'article.newer': 'পরের',
  'article.older': 'আগের',
  'article.corrections': 'সংশোধনী ও হালনাগাদ',
  'text.colon': ': ',
  // The edition in words, as a Bengali phrase writes an ordinal.
  'article.citeStyle': 'শিকাগো (সপ্তদশ সংস্করণ), গ্রন্থপঞ্জি',
  'article.related': 'সম্পর্কিত খবর',
  'article.cite': 'এই প্রতিবেদনের সূত্র উল্লেখ করুন',
  'article.footnotes': 'পাদটীকা',
  'article.footnoteBack': '{reference} নম্বর উল্লেখে ফিরে যান',
  'zim.searchHelp':
    'আর্কাইভের এই কপিটি একটি ZIM ফাইল, যা Kiwix-এ পড়া হচ্ছে। এতে খুঁজতে Kiwix-এর নিজস্ব অনুসন্ধান ব্যবহার করুন: ব্রাউজারে পৃষ্ঠার ওপরের অনুসন্ধান বাক্স (kiwix-serve), অথবা Kiwix অ্যাপের অনুসন্ধান বোতাম। প্রতিটি প্রতিবেদন তার শিরোনাম দিয়ে Kiwix-এর সূচিতে আছে।',
  'zim.browse': 'এ ছাড়া সব প্রতিবেদন দেখতে পারেন:',

  'corrections.title': 'সংশোধনী',
  'corrections.heading': 'সংশোধনী ও হালনাগাদ',
  'corrections.description': 'আর্কাইভের প্রতিবেদনে করা সব সংশোধনী ও হালনাগাদ।',
  'corrections.none': 'আর্কাইভের কোনো প্রতিবেদন সংশোধন করা হয়নি।',
  'corrections.count': { other: '{count}টি সংশোধনী, সর্বশেষটি আগে।' },

  'notFound.title': 'পৃষ্ঠাটি পাওয়া যায়নি',
  'notFound.text': 'এই ঠিকানায় কোনো পৃষ্ঠা নেই। পৃষ্ঠাটি হয়তো সরানো হয়েছে, অথবা লিংকে ভুল আছে।',
  'notFound.latest': 'সর্বশেষ প্রতিবেদন',
  'offlinePage.title': 'এই ডিভাইসে রাখা নেই',
  'offlinePage.text':
    'আপনি এখন অফলাইনে আছেন, আর এই পৃষ্ঠাটি এই ব্রাউজারে রাখা হয়নি। অনলাইনে থাকার সময় যেসব পৃষ্ঠা খোলেন, সেগুলো রাখা হয়; আর আর্কাইভটি অফলাইনে রাখা হলে নেটওয়ার্ক ছাড়াই এর অনুসন্ধান চলে।',
  'offlinePage.fromIndex': 'অনুসন্ধানের সূচিতে যেভাবে রাখা আছে, প্রতিবেদনের সেই লেখা (ছবি ও বিন্যাস ছাড়া):',

  'onThisDay.title': 'এই দিনে',
  'onThisDay.description': 'আগের বছরগুলোতে এই দিনে প্রকাশিত প্রতিবেদন।',
  'onThisDay.intro': 'আগের বছরগুলোতে আজকের তারিখে প্রকাশিত প্রতিবেদন।',
  'onThisDay.noscript':
    'এই পৃষ্ঠা আপনার ব্রাউজার থেকে আজকের তারিখ নেয়, এর জন্য JavaScript লাগে। JavaScript ছাড়া তারিখ অনুযায়ী আর্কাইভ দেখুন: প্রতিটি বছর ও মাসের নিজস্ব পৃষ্ঠা আছে, যেখানে দিন ধরে প্রতিবেদনগুলোর তালিকা দেওয়া আছে।',
  'onThisDay.none': 'আগের বছরগুলোতে {day} তারিখে আর্কাইভের কোনো প্রতিবেদন প্রকাশিত হয়নি।',
  'onThisDay.some': { other: 'আগের বছরগুলোতে {day} তারিখে প্রকাশিত {count}টি প্রতিবেদন:' },
  'onThisDay.failed': 'আজকের তালিকা লোড করা যায়নি ({error})। এর বদলে তারিখ অনুযায়ী আর্কাইভ দেখুন।',

  'search.title': 'অনুসন্ধান',
  'search.description': 'আর্কাইভের সব প্রতিবেদনে খুঁজুন।',
  'search.heading': 'আর্কাইভে খুঁজুন',
  'search.unavailable':
    'অনুসন্ধান আপনার ব্রাউজারে চলে: এর জন্য JavaScript লাগে, আর আর্কাইভটি ফাইল হিসেবে খোলা নয়, ওয়েব সার্ভার থেকে দেখাতে হয়। তবু তারিখ বা বিভাগ অনুযায়ী সব প্রতিবেদন দেখতে পারেন।',
  'search.devUnavailable':
    'অনুসন্ধানের জন্য বিল্ড যে সূচি লেখে, সেটি লাগে; ডেভেলপমেন্ট সার্ভারে তা থাকে না। একবার npm run build চালান (সূচিটি dist/ ফোল্ডারে থেকে যায় এবং ডেভেলপমেন্ট সার্ভার সেটি ব্যবহার করে), অথবা তৈরি হওয়া সাইট দেখতে npm start চালান।',
  'search.form': 'আর্কাইভ অনুসন্ধান',
  'search.words': 'যে শব্দগুলো খুঁজবেন',
  'search.narrow': 'ফলাফল ছাঁকুন ও সাজান',
  'search.narrowSet': { other: '{count}টি চালু' },
  'search.section': 'বিভাগ',
  'search.anySection': 'সব বিভাগ',
  'search.author': 'লেখক',
  'search.anyAuthor': 'সব লেখক',
  'search.tag': 'ট্যাগ',
  'search.anyTag': 'সব ট্যাগ',
  'search.year': 'বছর',
  'search.anyYear': 'সব বছর',
  'search.source': 'সূত্র',
  'search.anySource': 'সব সূত্র',
  'search.order': 'ক্রম',
  'search.relevance': 'সবচেয়ে প্রাসঙ্গিক',
  'search.newest': 'নতুনগুলো আগে',
  'search.oldest': 'পুরোনোগুলো আগে',
  'search.results': 'অনুসন্ধানের ফলাফল',
  'search.more': 'আরও ফলাফল লোড করুন',
  'search.prompt': 'আর্কাইভের সব প্রতিবেদনে খুঁজতে শব্দ লিখুন।',
  'search.searching': 'খোঁজা হচ্ছে…',
  'search.loading': 'অনুসন্ধানের সূচি লোড হচ্ছে…',
  'search.fileProtocol':
    'ডিস্কের ফাইল থেকে অনুসন্ধান চলে না: ব্রাউজার সেখান থেকে এর সূচি লোড করতে দেয় না। ফোল্ডারটি একটি লোকাল ওয়েব সার্ভার দিয়ে চালান (README দেখুন)।',
  'search.failed': 'অনুসন্ধান লোড করা যায়নি: {reason}',
  'search.none': 'কোনো ফলাফল নেই।',
  'search.noneFor': '“{query}” খুঁজে কোনো ফলাফল পাওয়া যায়নি।',
  'search.noneFiltered': 'এই ফিল্টারগুলোতে কোনো ফলাফল নেই।',
  'search.noneForFiltered': 'এই ফিল্টারগুলোতে “{query}” খুঁজে কোনো ফলাফল পাওয়া যায়নি।',
  'search.count': { other: '{count}টি ফলাফল' },
  'search.countFor': { other: '“{query}” খুঁজে {count}টি ফলাফল' },
  'search.countFiltered': { other: 'এই ফিল্টারগুলোতে {count}টি ফলাফল' },
  'search.countForFiltered': { other: 'এই ফিল্টারগুলোতে “{query}” খুঁজে {count}টি ফলাফল' },
  'search.from': 'শুরু',
  'search.to': 'শেষ',
  'search.rangeHint': 'বছর, মাস বা দিন',
  // Inside “ ”, as the articles nest quotes.
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'শুরুর তারিখ “{text}” বোঝা যায়নি, তাই অনুসন্ধানে এটি বাদ দেওয়া হয়েছে। একটি বছর, মাস বা দিন লিখুন: 1998, 1998-06 বা 1998-06-15।',
  'search.toUnreadable':
    'শেষের তারিখ “{text}” বোঝা যায়নি, তাই অনুসন্ধানে এটি বাদ দেওয়া হয়েছে। একটি বছর, মাস বা দিন লিখুন: 1998, 1998-06 বা 1998-06-15।',
  'search.backwardRange': '“শুরু” তারিখটি “শেষ” তারিখের পরে: এ দুটির মাঝে কিছুই পাওয়া যাবে না।',
  'search.atLeast': { other: 'অন্তত {count}টি ফলাফল (আরও খুঁজতে আরও লোড করুন)' },
  'search.atLeastFor': { other: '“{query}” খুঁজে অন্তত {count}টি ফলাফল (আরও খুঁজতে আরও লোড করুন)' },
  'search.atLeastFiltered': { other: 'এই ফিল্টারগুলোতে অন্তত {count}টি ফলাফল (আরও খুঁজতে আরও লোড করুন)' },
  'search.atLeastForFiltered': {
    other: 'এই ফিল্টারগুলোতে “{query}” খুঁজে অন্তত {count}টি ফলাফল (আরও খুঁজতে আরও লোড করুন)',
  },
  'search.phraseCheckedNewest': {
    other:
      'এই শব্দগুলো আছে এমন সবচেয়ে নতুন {count}টি প্রতিবেদনে হুবহু “{query}” কথাটি খোঁজা হয়েছে: এ পর্যন্ত পাওয়া গেছে {found}টি।',
  },
  'search.phraseCheckedOldest': {
    other:
      'এই শব্দগুলো আছে এমন সবচেয়ে পুরোনো {count}টি প্রতিবেদনে হুবহু “{query}” কথাটি খোঁজা হয়েছে: এ পর্যন্ত পাওয়া গেছে {found}টি।',
  },
  'search.phraseCheckedRelevance': {
    other:
      'এই শব্দগুলো আছে এমন {count}টি প্রতিবেদনে, সবচেয়ে প্রাসঙ্গিকগুলো আগে, হুবহু “{query}” কথাটি খোঁজা হয়েছে: এ পর্যন্ত পাওয়া গেছে {found}টি।',
  },
  'search.checkOlder': 'আরও পুরোনো প্রতিবেদনে খুঁজুন',
  'search.checkNewer': 'আরও নতুন প্রতিবেদনে খুঁজুন',
  'search.checkMore': 'আরও প্রতিবেদনে খুঁজুন',
  'highlight.showing': '“{words}” চিহ্নিত করা হয়েছে।',
  'highlight.clear': 'চিহ্ন সরান',
  'highlight.next': 'পরের মিল',
  'search.bytes': { other: '{count} বাইট' },
  'offline.title': 'এই আর্কাইভ অফলাইনে রাখুন',
  'offline.keep': 'অফলাইনে রাখুন',
  'offline.progress': 'অফলাইনের জন্য ডাউনলোড',
  'offline.size': {
    other:
      'পুরো অনুসন্ধান সূচি ও এই পৃষ্ঠাটি ডাউনলোড করে: {count}টি ফাইলে {size}। যেসব প্রতিবেদন খোলেন, পড়ার সময়েই সেগুলো রাখা হয়।',
  },
  'offline.kept': 'এই আর্কাইভের অনুসন্ধান এই ব্রাউজারে অফলাইনে রাখা আছে।',
  'offline.downloading': '{size} ডাউনলোড হচ্ছে…',
  'offline.done': 'সম্পন্ন: {size} রাখা হয়েছে। এখন এই ব্রাউজারে নেটওয়ার্ক ছাড়াই অনুসন্ধান চলে।',
  'offline.stopped': 'ডাউনলোড থেমে গেছে: {error}। অনলাইনে এলে আবার চেষ্টা করুন।',
  'offline.notKept': 'অফলাইনে রাখা যায়নি: {error}। এটি সফল না হওয়া পর্যন্ত অফলাইনে অনুসন্ধান চলবে না।',
  'offline.retry': 'আবার চেষ্টা করুন',
  'offline.filesFailed': { other: '{count}টি ফাইল রাখা যায়নি: {files}' },

  'import.untitled': 'শিরোনামহীন ({file})',
} satisfies Messages;

/** Thursday as CLDR writes it: date-fns's full name ends in a stray space ("বৃহস্পতিবার ") and shortens it to বৃহ. */
const THURSDAY = { wide: 'বৃহস্পতিবার', abbreviated: 'বৃহস্পতি' } as const;

/**
 * In composed (NFC) letters, as CLDR, keyboards and the search write them: date-fns spells য় as one code point
 * (U+09DF, জানুয়ারি), which NFC writes as য and its nukta.
 */
const composed = (name: string) => name.normalize('NFC');

/** Bengali month and weekday names (ফেব্রুয়ারি, সোমবার), weeks from Sunday. */
export const dateLocale: Locale = {
  ...bn,
  localize: {
    ...bn.localize,
    month: (month, options) => composed(bn.localize.month(month, options)),
    day: (day, options) => {
      const width = options?.width ?? 'wide';
      return day === 4 && (width === 'wide' || width === 'abbreviated')
        ? THURSDAY[width]
        : composed(bn.localize.day(day, options));
    },
  },
};
