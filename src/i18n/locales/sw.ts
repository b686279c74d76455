/**
 * Swahili, as East African news sites write it. Two plural forms, "one" for 1 and "other" beyond; a noun comes
 * before its number ("makala 1", "makala 5": makala is the same in both), and bylines read "Na …" ("Na Amina
 * Juma na Baraka Otieno"). Dates as the papers print them ("Ijumaa, 14 Julai 2023"), “ ” quotes with ‘ ’
 * inside, weeks from Monday (Jumatatu).
 *
 * date-fns has no Swahili locale, so `dateLocale` below is British English's with Swahili names: the site writes
 * dates only through its own patterns (`date.*` here), which read names from `localize` and the week's first
 * day from `options`; date-fns's English long formats, distances and parsing are never used.
 */
import { enGB } from 'date-fns/locale/en-GB';
import type { Locale, Localize, LocalizeFnOptions } from 'date-fns';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE, d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  // The time in digits, from midnight, as written: Swahili's spoken hours (saa mbili asubuhi) count from 6.
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // Jtt Jnn Jtn Alh Iju Jmo Jpi: the full names (Jumatatu) are too long for a calendar's columns.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Ruka hadi kwenye maudhui',
  'shell.menu': 'Menyu',
  'shell.nav': 'Kumbukumbu',
  'nav.home': 'Habari mpya',
  'nav.archive': 'Kwa tarehe',
  'nav.sections': 'Sehemu',
  'nav.tags': 'Mada',
  'nav.authors': 'Waandishi',
  'nav.sources': 'Vyanzo',
  'shell.quickSearch': 'Utafutaji wa haraka',
  'shell.searchLabel': 'Tafuta kwenye kumbukumbu',
  'shell.searchPlaceholder': 'Tafuta makala',
  'shell.searchButton': 'Tafuta',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Vinjari kwa tarehe',
  'footer.onThisDay': 'Siku kama ya leo',
  'footer.corrections': 'Masahihisho',
  'footer.rss': 'Mlisho wa RSS',
  'footer.atom': 'Mlisho wa Atom',
  'footer.json': 'Mlisho wa JSON',
  'footer.sitemap': 'Ramani ya tovuti',

  'list.breadcrumb': 'Njia ya urambazaji',
  'list.home': 'Mwanzo',
  // A number follows its noun: makala 1, makala 5.
  'list.count': { one: 'makala {count}', other: 'makala {count}' },
  'list.span': 'Makala kuanzia {first} hadi {last}',
  'list.titlePage': '{title} (ukurasa wa {page})',
  'list.follow': 'Fuatilia {title}:',
  'list.by': 'Na {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Kurasa',
  'pager.newer': '← Mpya zaidi',
  'pager.older': 'Za zamani zaidi →',
  'pager.page': 'Ukurasa wa {page}',

  'home.latest': 'Habari mpya',
  'home.empty': 'Kumbukumbu hii bado haina makala: ongeza makala za Markdown kwenye {folder}.',
  'home.browseAll': { one: 'Vinjari makala {count} kwa tarehe →', other: 'Vinjari makala zote {count} kwa tarehe →' },

  'facet.sections': 'Sehemu',
  'facet.tags': 'Mada',
  'facet.authors': 'Waandishi',
  'facet.sources': 'Vyanzo',
  'facet.sections.count': { one: 'sehemu {count}', other: 'sehemu {count}' },
  'facet.tags.count': { one: 'mada {count}', other: 'mada {count}' },
  'facet.authors.count': { one: 'mwandishi {count}', other: 'waandishi {count}' },
  'facet.sources.count': { one: 'chanzo {count}', other: 'vyanzo {count}' },
  'facet.inArchive': '{what} katika kumbukumbu',
  'facet.tags.title': 'Mada “{name}”',
  'facet.authors.title': 'Na {name}',
  'facet.sources.title': 'Kutoka {name}',

  'archive.title': 'Vinjari kwa tarehe',
  'archive.summary': { one: '{articles} katika mwaka {count}', other: '{articles} katika miaka {count}' },
  'year.months': 'Miezi ya mwaka {year}',
  'year.none': 'hakuna',
  'year.others': 'Miaka mingine',
  'month.others': 'Miezi mingine',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: siku zenye makala',
  // Read after the day's count ("14: 2 makala"), where the words can only follow the number.
  'calendar.articles': { one: ' makala', other: ' makala' },

  'article.by': 'Na {names}',
  'article.minutes': { one: 'Dakika {count} ya kusoma', other: 'Dakika {count} za kusoma' },
  'article.updated': 'Imesasishwa {date}',
  'article.source': 'Ilichapishwa kwanza na {source}',
  'article.retrieved': ', ilifikiwa {date}',
  'article.tags': 'Mada',
  'article.moreInTime': 'Makala zaidi kwa mfuatano wa wakati',
  'article.newer': 'Inayofuata',
  'article.older': 'Iliyotangulia',
  'article.corrections': 'Masahihisho na masasisho',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (toleo la 17), bibliografia',
  'article.related': 'Habari zinazohusiana',
  'article.cite': 'Rejelea makala hii',
  'article.footnotes': 'Tanbihi',
  'article.footnoteBack': 'Rudi kwenye rejeo {reference}',
  'zim.searchHelp':
    'Nakala hii ya kumbukumbu ni faili ya ZIM, inayosomwa kwa Kiwix. Itafute kwa utafutaji wa Kiwix wenyewe: kisanduku cha kutafuta kilicho juu ya ukurasa kwenye kivinjari (kiwix-serve), au kitufe cha kutafuta cha programu ya Kiwix. Kila makala imo kwenye faharasa yake, chini ya kichwa chake.',
  'zim.browse': 'Unaweza pia kuvinjari makala zote:',

  'corrections.title': 'Masahihisho',
  'corrections.heading': 'Masahihisho na masasisho',
  'corrections.description': 'Masahihisho na masasisho yote yaliyofanywa kwenye makala za kumbukumbu hii.',
  'corrections.none': 'Hakuna makala katika kumbukumbu hii iliyosahihishwa.',
  'corrections.count': { one: 'Sahihisho {count}, jipya kwanza.', other: 'Masahihisho {count}, mapya kwanza.' },

  'notFound.title': 'Ukurasa haukupatikana',
  'notFound.text': 'Hakuna ukurasa kwenye anwani hii. Huenda umehamishwa, au kiungo kimeandikwa vibaya.',
  'notFound.latest': 'Makala mpya',
  'offlinePage.title': 'Haujahifadhiwa kwenye kifaa hiki',
  'offlinePage.text':
    'Huna mtandao, na ukurasa huu haukuhifadhiwa kwenye kivinjari hiki. Kurasa unazofungua ukiwa mtandaoni huhifadhiwa, na kumbukumbu ikishahifadhiwa nje ya mtandao, utafutaji wake hufanya kazi bila mtandao.',
  'offlinePage.fromIndex':
    'Maandishi ya makala, kama faharasa ya utafutaji inavyoyahifadhi (bila picha wala mpangilio wake):',

  'onThisDay.title': 'Siku kama ya leo',
  'onThisDay.description': 'Makala zilizochapishwa siku kama hii katika miaka iliyopita.',
  'onThisDay.intro': 'Makala zilizochapishwa tarehe kama ya leo katika miaka iliyopita.',
  'onThisDay.noscript':
    'Ukurasa huu hupata tarehe ya leo kwenye kivinjari chako, jambo linalohitaji JavaScript. Bila JavaScript, vinjari kumbukumbu kwa tarehe: kila mwaka na kila mwezi una ukurasa wake, unaoorodhesha makala zake siku kwa siku.',
  'onThisDay.none': 'Hakuna makala katika kumbukumbu iliyochapishwa tarehe {day} katika miaka iliyopita.',
  'onThisDay.some': {
    one: 'Makala {count} iliyochapishwa tarehe {day} katika miaka iliyopita:',
    other: 'Makala {count} zilizochapishwa tarehe {day} katika miaka iliyopita:',
  },
  'onThisDay.failed': 'Orodha ya leo haikuweza kupakiwa ({error}). Badala yake, vinjari kumbukumbu kwa tarehe.',

  'search.title': 'Tafuta',
  'search.description': 'Tafuta makala zote katika kumbukumbu.',
  'search.heading': 'Tafuta kwenye kumbukumbu',
  'search.unavailable':
    'Utafutaji hufanya kazi kwenye kivinjari chako: unahitaji JavaScript, na kumbukumbu itolewe na seva ya wavuti badala ya kufunguliwa kama faili. Bado unaweza kuvinjari makala zote kwa tarehe au kwa sehemu.',
  'search.devUnavailable':
    'Utafutaji unahitaji faharasa inayoandikwa wakati tovuti inapojengwa, ambayo seva ya usanidi haina. Endesha npm run build mara moja (faharasa hubaki ndani ya dist/ na seva ya usanidi huitumia), au npm start ili kuona tovuti iliyojengwa.',
  'search.form': 'Utafutaji wa kumbukumbu',
  'search.words': 'Maneno ya kutafuta',
  'search.narrow': 'Chuja na upange matokeo',
  'search.narrowSet': { one: 'kichujio {count}', other: 'vichujio {count}' },
  'search.section': 'Sehemu',
  'search.anySection': 'Sehemu zote',
  'search.author': 'Mwandishi',
  'search.anyAuthor': 'Waandishi wote',
  'search.tag': 'Mada',
  'search.anyTag': 'Mada zote',
  'search.year': 'Mwaka',
  'search.anyYear': 'Miaka yote',
  'search.source': 'Chanzo',
  'search.anySource': 'Vyanzo vyote',
  'search.order': 'Mpangilio',
  'search.relevance': 'Zinazolingana zaidi',
  'search.newest': 'Mpya kwanza',
  'search.oldest': 'Za zamani kwanza',
  'search.results': 'Matokeo ya utafutaji',
  'search.more': 'Pakia matokeo zaidi',
  'search.prompt': 'Andika maneno ili kutafuta makala zote katika kumbukumbu.',
  'search.searching': 'Inatafuta…',
  'search.loading': 'Inapakia faharasa ya utafutaji…',
  'search.fileProtocol':
    'Utafutaji hauwezi kufanya kazi kutoka kwa faili iliyo kwenye diski: vivinjari hukataa kupakia faharasa yake kutoka hapo. Itoe folda hii kwa seva ya wavuti ya ndani (tazama README).',
  'search.failed': 'Utafutaji haukuweza kupakiwa: {reason}',
  'search.none': 'Hakuna matokeo.',
  'search.noneFor': 'Hakuna matokeo ya “{query}”.',
  'search.noneFiltered': 'Hakuna matokeo kwa vichujio hivi.',
  'search.noneForFiltered': 'Hakuna matokeo ya “{query}” kwa vichujio hivi.',
  'search.count': { one: 'tokeo {count}', other: 'matokeo {count}' },
  'search.countFor': { one: 'tokeo {count} la “{query}”', other: 'matokeo {count} ya “{query}”' },
  'search.countFiltered': { one: 'tokeo {count} kwa vichujio hivi', other: 'matokeo {count} kwa vichujio hivi' },
  'search.countForFiltered': {
    one: 'tokeo {count} la “{query}” kwa vichujio hivi',
    other: 'matokeo {count} ya “{query}” kwa vichujio hivi',
  },
  'search.from': 'Kuanzia',
  'search.to': 'Hadi',
  'search.rangeHint': 'mwaka, mwezi au siku',
  // Inside “ ”, as the articles nest quotes.
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'Tarehe ya kuanzia “{text}” haikueleweka, kwa hiyo utafutaji umeiacha. Andika mwaka, mwezi au siku: 1998, 1998-06 au 1998-06-15.',
  'search.toUnreadable':
    'Tarehe ya mwisho “{text}” haikueleweka, kwa hiyo utafutaji umeiacha. Andika mwaka, mwezi au siku: 1998, 1998-06 au 1998-06-15.',
  'search.backwardRange':
    'Tarehe ya “kuanzia” iko baada ya tarehe ya “hadi”: hakuna kinachoweza kupatikana kati ya tarehe hizo.',
  'search.atLeast': {
    one: 'Angalau tokeo {count} (pakia zaidi ili kuendelea kutafuta)',
    other: 'Angalau matokeo {count} (pakia zaidi ili kuendelea kutafuta)',
  },
  'search.atLeastFor': {
    one: 'Angalau tokeo {count} la “{query}” (pakia zaidi ili kuendelea kutafuta)',
    other: 'Angalau matokeo {count} ya “{query}” (pakia zaidi ili kuendelea kutafuta)',
  },
  'search.atLeastFiltered': {
    one: 'Angalau tokeo {count} kwa vichujio hivi (pakia zaidi ili kuendelea kutafuta)',
    other: 'Angalau matokeo {count} kwa vichujio hivi (pakia zaidi ili kuendelea kutafuta)',
  },
  'search.atLeastForFiltered': {
    one: 'Angalau tokeo {count} la “{query}” kwa vichujio hivi (pakia zaidi ili kuendelea kutafuta)',
    other: 'Angalau matokeo {count} ya “{query}” kwa vichujio hivi (pakia zaidi ili kuendelea kutafuta)',
  },
  // Only 1 takes the form `one`, so it may leave the number out.
  'search.phraseCheckedNewest': {
    one: 'Makala mpya zaidi yenye maneno haya imekaguliwa kwa kifungu kamili “{query}”: hadi sasa zimepatikana {found}.',
    other:
      'Makala {count} mpya zaidi zenye maneno haya zimekaguliwa kwa kifungu kamili “{query}”: hadi sasa zimepatikana {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Makala ya zamani zaidi yenye maneno haya imekaguliwa kwa kifungu kamili “{query}”: hadi sasa zimepatikana {found}.',
    other:
      'Makala {count} za zamani zaidi zenye maneno haya zimekaguliwa kwa kifungu kamili “{query}”: hadi sasa zimepatikana {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Makala {count} yenye maneno haya imekaguliwa kwa kifungu kamili “{query}”: hadi sasa zimepatikana {found}.',
    other:
      'Makala {count} zenye maneno haya, zinazolingana zaidi kwanza, zimekaguliwa kwa kifungu kamili “{query}”: hadi sasa zimepatikana {found}.',
  },
  'search.checkOlder': 'Kagua makala za zamani zaidi',
  'search.checkNewer': 'Kagua makala mpya zaidi',
  'search.checkMore': 'Kagua makala zaidi',
  'highlight.showing': 'Inaangazia “{words}”.',
  'highlight.clear': 'Ondoa uangaziaji',
  'highlight.next': 'Tokeo linalofuata',
  'search.bytes': { one: 'baiti {count}', other: 'baiti {count}' },
  'offline.title': 'Hifadhi kumbukumbu hii nje ya mtandao',
  'offline.keep': 'Hifadhi nje ya mtandao',
  'offline.progress': 'Upakuaji wa nje ya mtandao',
  'offline.size': {
    one: 'Inapakua faharasa nzima ya utafutaji na ukurasa huu: {size} katika faili {count}. Makala unazofungua huhifadhiwa unapozisoma.',
    other:
      'Inapakua faharasa nzima ya utafutaji na ukurasa huu: {size} katika faili {count}. Makala unazofungua huhifadhiwa unapozisoma.',
  },
  'offline.kept': 'Utafutaji wa kumbukumbu hii umehifadhiwa nje ya mtandao kwenye kivinjari hiki.',
  'offline.downloading': 'Inapakua {size}…',
  'offline.done': 'Imekamilika: {size} zimehifadhiwa. Sasa utafutaji hufanya kazi bila mtandao kwenye kivinjari hiki.',
  'offline.stopped': 'Upakuaji umesimama: {error}. Jaribu tena ukiwa mtandaoni.',
  'offline.notKept':
    'Haijahifadhiwa nje ya mtandao: {error}. Utafutaji nje ya mtandao hautafanya kazi hadi hili lifanikiwe.',
  'offline.retry': 'Jaribu tena',
  'offline.filesFailed': {
    one: 'Faili {count} haikuweza kuhifadhiwa: {files}',
    other: 'Faili {count} hazikuweza kuhifadhiwa: {files}',
  },

  'import.untitled': 'Bila kichwa ({file})',
} satisfies Messages;

/** Names by width: narrow, abbreviated and wide ('short' is abbreviated). */
type Widths = Record<'narrow' | 'abbreviated' | 'wide', readonly string[]>;

const MONTHS: Widths = {
  narrow: ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'],
  abbreviated: ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ago', 'Sep', 'Okt', 'Nov', 'Des'],
  wide: [
    'Januari',
    'Februari',
    'Machi',
    'Aprili',
    'Mei',
    'Juni',
    'Julai',
    'Agosti',
    'Septemba',
    'Oktoba',
    'Novemba',
    'Desemba',
  ],
};

/** From Sunday (0), as date-fns counts them. */
const DAYS: Widths = {
  narrow: ['J', 'J', 'J', 'J', 'A', 'I', 'J'],
  abbreviated: ['Jpi', 'Jtt', 'Jnn', 'Jtn', 'Alh', 'Iju', 'Jmo'],
  wide: ['Jumapili', 'Jumatatu', 'Jumanne', 'Jumatano', 'Alhamisi', 'Ijumaa', 'Jumamosi'],
};

const ERAS: Widths = {
  narrow: ['KK', 'BK'],
  abbreviated: ['KK', 'BK'],
  wide: ['Kabla ya Kristo', 'Baada ya Kristo'],
};

const QUARTERS: Widths = {
  narrow: ['1', '2', '3', '4'],
  abbreviated: ['R1', 'R2', 'R3', 'R4'],
  wide: ['Robo ya 1', 'Robo ya 2', 'Robo ya 3', 'Robo ya 4'],
};

const DAY_PERIODS = {
  am: 'AM',
  pm: 'PM',
  midnight: 'saa sita usiku',
  noon: 'saa sita mchana',
  morning: 'asubuhi',
  afternoon: 'mchana',
  evening: 'jioni',
  night: 'usiku',
} as const;

/** The name at `index` in the width asked for (wide when none is). */
function named(names: Widths, index: number, options?: LocalizeFnOptions): string {
  const asked = options?.width;
  const width = asked === 'narrow' ? 'narrow' : asked === 'abbreviated' || asked === 'short' ? 'abbreviated' : 'wide';
  return names[width][index] ?? String(index);
}

const localize: Localize = {
  ordinalNumber: (number) => String(number),
  era: (era, options) => named(ERAS, era, options),
  quarter: (quarter, options) => named(QUARTERS, quarter - 1, options),
  month: (month, options) => named(MONTHS, month, options),
  day: (day, options) => named(DAYS, day, options),
  dayPeriod: (period) => DAY_PERIODS[period],
};

/** Swahili month and weekday names (Julai, Ijumaa), weeks from Monday. */
export const dateLocale: Locale = {
  ...enGB,
  code: 'sw',
  localize,
  options: { weekStartsOn: 1, firstWeekContainsDate: 1 },
};
