/**
 * Serbian in Cyrillic, the table for `sr`, `sr-RS`, `sr-Cyrl` and `sr-BA` (Latin Serbian, `sr-Latn`, has its own,
 * letter for letter the same words: src/i18n/locales/sr-Latn.ts). Worded as Serbian news sites word it (RTS,
 * Politika, N1, Danas): "чланак" for an article, "вести" for stories among others ("Повезане вести"), "рубрика" for
 * a section, "тагови", "аутор", "извор", "Претрага" and "Претражи", "Почетна" for the front page, "Најновије"; the
 * reader addressed with "ви" ("Покушајте поново" in a sentence), buttons in the imperative as Serbian interfaces
 * write them ("Претражи", "Учитај још резултата", "Покушај поново"). Ekavian, as Serbia writes.
 *
 * Three forms by Intl.PluralRules: one (1, 21, 31, 101 …, not 11), few (2–4, 22–24 …, not 12–14), other (0, 5–20,
 * 25 …): "1 чланак", "2 чланка", "5 чланака", "21 чланак", "22 чланка". Every form of a count shows the number, as
 * one and few are taken by many numbers. A writer's label follows the number of writers ("Аутор:", "Аутори:").
 *
 * Dates as Serbian papers print them, in the nominative after the day with a stop after the year, as CLDR has them
 * (date-fns's `sr`): "12. март 2014.", "среда, 12. март 2014." (the browser's own full date), a month alone "Март
 * 2014." (a capital as it stands alone, as a heading does), a year alone "2014."; the time after "у". A date is
 * never put where a case would follow a preposition ("од 12. марта"): a span is "из периода 12. март 2014. – …",
 * and on-this-day's day stands in brackets ("на данашњи дан (12. март)"). „ ” quotes with ’ ’ inside, as the
 * Serbian orthography (Pravopis Matice srpske) sets them and Serbian articles are set
 * (src/markdown/typography-styles.ts); weeks from Monday, headed пон уто сре as date-fns and CLDR abbreviate them.
 */
import { sr } from 'date-fns/locale/sr';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy.',
  'date.weekdayDay': 'EEEE, d. MMMM yyyy.',
  'date.month': 'LLLL yyyy.',
  // "2014.": a year, as a date's, takes its stop.
  'date.year': '{year}.',
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  // "12. март 2014. у 08:30 (UTC+02:00)".
  'date.dateTime': '{day} у {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // нед пон уто сре чет пет суб.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Пређи на садржај',
  'shell.menu': 'Мени',
  'shell.nav': 'Архива',
  'nav.home': 'Најновије',
  'nav.archive': 'По датуму',
  'nav.sections': 'Рубрике',
  'nav.tags': 'Тагови',
  'nav.authors': 'Аутори',
  'nav.sources': 'Извори',
  'shell.quickSearch': 'Брза претрага',
  'shell.searchLabel': 'Претражи архиву',
  // "Тражи", not "Претражи" (3 px too wide): the header's 11rem box shows the whole placeholder.
  'shell.searchPlaceholder': 'Тражи чланке',
  'shell.searchButton': 'Претражи',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Архива по датумима',
  'footer.onThisDay': 'На данашњи дан',
  'footer.corrections': 'Исправке',
  'footer.rss': 'RSS канал',
  'footer.atom': 'Atom канал',
  'footer.json': 'JSON канал',
  'footer.sitemap': 'Мапа сајта',

  'list.breadcrumb': 'Путања',
  'list.home': 'Почетна',
  'list.count': { one: '{count} чланак', few: '{count} чланка', other: '{count} чланака' },
  'list.span': 'Чланци из периода {first} – {last}',
  'list.titlePage': '{title} (страна {page})',
  // The title in apposition to "страницу", so that it keeps its own form.
  'list.follow': 'Пратите страницу „{title}”:',
  'list.by': { one: 'Аутор: {names}', other: 'Аутори: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Странице',
  'pager.newer': '← Новије',
  'pager.older': 'Старије →',
  'pager.page': 'Страна {page}',

  'home.latest': 'Најновије',
  'home.empty': 'Архива је празна: додајте чланке у формату Markdown у {folder}.',
  'home.browseAll': {
    one: 'Прегледајте {count} чланак по датуму →',
    few: 'Прегледајте сва {count} чланка по датуму →',
    other: 'Прегледајте свих {count} чланака по датуму →',
  },

  'facet.sections': 'Рубрике',
  'facet.tags': 'Тагови',
  'facet.authors': 'Аутори',
  'facet.sources': 'Извори',
  'facet.sections.count': { one: '{count} рубрика', few: '{count} рубрике', other: '{count} рубрика' },
  'facet.tags.count': { one: '{count} таг', few: '{count} тага', other: '{count} тагова' },
  'facet.authors.count': { one: '{count} аутор', few: '{count} аутора', other: '{count} аутора' },
  'facet.sources.count': { one: '{count} извор', few: '{count} извора', other: '{count} извора' },
  'facet.inArchive': '{what} у архиви',
  'facet.tags.title': 'Таг: {name}',
  'facet.authors.title': 'Аутор: {name}',
  'facet.sources.title': 'Извор: {name}',

  'archive.title': 'Архива по датумима',
  'archive.summary': {
    one: '{articles} из {count} године',
    few: '{articles} из {count} године',
    other: '{articles} из {count} година',
  },
  // {year} is the number alone: "Месеци 2014. године".
  'year.months': 'Месеци {year}. године',
  'year.none': 'нема',
  'year.others': 'Остале године',
  'month.others': 'Остали месеци',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  // A dash, not a colon, after the month's "2014.".
  'calendar.caption': '{month} – дани са чланцима',
  'calendar.articles': { one: ' чланак', few: ' чланка', other: ' чланака' },

  'article.by': { one: 'Аутор: {names}', other: 'Аутори: {names}' },
  'article.minutes': 'Време читања: {count} мин',
  'article.updated': 'Ажурирано: {date}',
  'article.source': 'Првобитно објављено: {source}',
  'article.retrieved': ', преузето: {date}',
  'article.tags': 'Тагови',
  'article.moreInTime': 'Претходни и следећи чланци',
  'article.newer': 'Новији',
  'article.older': 'Старији',
  'article.corrections': 'Исправке и ажурирања',
  'text.colon': ': ',
  'article.citeStyle': 'Чикашки стил (17. издање), библиографија',
  'article.related': 'Повезане вести',
  'article.cite': 'Како цитирати овај чланак',
  'article.footnotes': 'Фусноте',
  'article.footnoteBack': 'Назад на фусноту {reference}',
  'zim.searchHelp':
    'Ова копија архиве је ZIM датотека коју читате у програму Kiwix. Претражујте је претрагом коју нуди Kiwix: пољем за претрагу на врху странице у прегледачу (kiwix-serve) или дугметом за претрагу у апликацији Kiwix. Сви чланци су у његовом индексу, под својим насловима.',
  'zim.browse': 'Можете и да прегледате све чланке:',

  'corrections.title': 'Исправке',
  'corrections.heading': 'Исправке и ажурирања',
  'corrections.description': 'Све исправке и ажурирања чланака у архиви.',
  'corrections.none': 'Ниједан чланак у архиви није исправљен.',
  'corrections.count': {
    one: '{count} исправка, од најновије.',
    few: '{count} исправке, од најновије.',
    other: '{count} исправки, од најновије.',
  },

  'notFound.title': 'Страница није пронађена',
  'notFound.text': 'На овој адреси нема странице. Можда је премештена или је линк погрешно откуцан.',
  'notFound.latest': 'Најновији чланци',
  'offlinePage.title': 'Није сачувано на овом уређају',
  'offlinePage.text':
    'Нисте на мрежи, а ова страница није сачувана у овом прегледачу. Странице које отварате док сте на мрежи чувају се, а када се архива сачува за читање ван мреже, њена претрага ради и без интернета.',
  'offlinePage.fromIndex': 'Текст чланка онако како га чува индекс претраге (без слика и прелома):',

  'onThisDay.title': 'На данашњи дан',
  'onThisDay.description': 'Чланци објављени на данашњи дан ранијих година.',
  'onThisDay.intro': 'Чланци објављени на данашњи датум ранијих година.',
  'onThisDay.noscript':
    'Ова страница данашњи датум узима из вашег прегледача, за шта је потребан JavaScript. Без њега архиву прегледајте по датуму: свака година и сваки месец имају своју страницу, на којој су чланци поређани по данима.',
  'onThisDay.none': 'У архиви нема чланака објављених на данашњи дан ({day}) ранијих година.',
  'onThisDay.some': {
    one: '{count} чланак објављен на данашњи дан ({day}) ранијих година:',
    few: '{count} чланка објављена на данашњи дан ({day}) ранијих година:',
    other: '{count} чланака објављено на данашњи дан ({day}) ранијих година:',
  },
  'onThisDay.failed': 'Списак за данас није могао да се учита ({error}). Архиву можете да прегледате по датуму.',

  'search.title': 'Претрага',
  'search.description': 'Претражите све чланке у архиви.',
  'search.heading': 'Претрага архиве',
  'search.unavailable':
    'Претрага ради у вашем прегледачу: потребан јој је JavaScript, а архива мора да се отвара са веб-сервера, а не као датотека. И даље можете да прегледате све чланке по датуму или по рубрици.',
  'search.devUnavailable':
    'Претрази је потребан индекс који настаје при изградњи сајта, а развојни сервер га нема. Једном покрените npm run build (индекс остаје у dist/ и развојни сервер га користи) или npm start да бисте видели изграђени сајт.',
  'search.form': 'Претрага архиве',
  'search.words': 'Речи за претрагу',
  'search.narrow': 'Сузите и поређајте резултате',
  'search.narrowSet': 'изабрано: {count}',
  'search.section': 'Рубрика',
  'search.anySection': 'Све рубрике',
  'search.author': 'Аутор',
  'search.anyAuthor': 'Сви аутори',
  'search.tag': 'Таг',
  'search.anyTag': 'Сви тагови',
  'search.year': 'Година',
  'search.anyYear': 'Све године',
  'search.source': 'Извор',
  'search.anySource': 'Сви извори',
  'search.order': 'Редослед',
  // "Најрелевантније" does not fit the sort box of a 360 px screen.
  'search.relevance': 'Релевантност',
  'search.newest': 'Прво најновије',
  'search.oldest': 'Прво најстарије',
  'search.results': 'Резултати претраге',
  'search.more': 'Учитај још резултата',
  'search.prompt': 'Унесите речи да бисте претражили све чланке у архиви.',
  'search.searching': 'Претрага…',
  'search.loading': 'Учитавање индекса претраге…',
  'search.fileProtocol':
    'Претрага не ради из датотеке на диску: прегледачи одатле не учитавају њен индекс. Отворите фасциклу преко локалног веб-сервера (погледајте README).',
  'search.failed': 'Претрага није могла да се учита: {reason}',
  'search.none': 'Нема резултата.',
  'search.noneFor': 'Нема резултата за „{query}”.',
  'search.noneFiltered': 'Нема резултата са овим филтерима.',
  'search.noneForFiltered': 'Нема резултата за „{query}” са овим филтерима.',
  'search.count': { one: '{count} резултат', few: '{count} резултата', other: '{count} резултата' },
  'search.countFor': {
    one: '{count} резултат за „{query}”',
    few: '{count} резултата за „{query}”',
    other: '{count} резултата за „{query}”',
  },
  'search.countFiltered': {
    one: '{count} резултат са овим филтерима',
    few: '{count} резултата са овим филтерима',
    other: '{count} резултата са овим филтерима',
  },
  'search.countForFiltered': {
    one: '{count} резултат за „{query}” са овим филтерима',
    few: '{count} резултата за „{query}” са овим филтерима',
    other: '{count} резултата за „{query}” са овим филтерима',
  },
  'search.from': 'Од',
  'search.to': 'До',
  'search.rangeHint': 'година, месец или дан',
  // Inside „ ”, as Serbian nests quotes.
  'search.quotedPhrase': '’{phrase}’',
  'search.fromUnreadable':
    'Почетни датум „{text}” није препознат, па га претрага изоставља. Упишите годину, месец или дан: 1998, 1998-06 или 1998-06-15.',
  'search.toUnreadable':
    'Крајњи датум „{text}” није препознат, па га претрага изоставља. Упишите годину, месец или дан: 1998, 1998-06 или 1998-06-15.',
  'search.backwardRange': 'Датум „од” је после датума „до”: између њих се ништа не може пронаћи.',
  'search.atLeast': {
    one: 'Најмање {count} резултат (учитајте још да бисте претраживали даље)',
    few: 'Најмање {count} резултата (учитајте још да бисте претраживали даље)',
    other: 'Најмање {count} резултата (учитајте још да бисте претраживали даље)',
  },
  'search.atLeastFor': {
    one: 'Најмање {count} резултат за „{query}” (учитајте још да бисте претраживали даље)',
    few: 'Најмање {count} резултата за „{query}” (учитајте још да бисте претраживали даље)',
    other: 'Најмање {count} резултата за „{query}” (учитајте још да бисте претраживали даље)',
  },
  'search.atLeastFiltered': {
    one: 'Најмање {count} резултат са овим филтерима (учитајте још да бисте претраживали даље)',
    few: 'Најмање {count} резултата са овим филтерима (учитајте још да бисте претраживали даље)',
    other: 'Најмање {count} резултата са овим филтерима (учитајте још да бисте претраживали даље)',
  },
  'search.atLeastForFiltered': {
    one: 'Најмање {count} резултат за „{query}” са овим филтерима (учитајте још да бисте претраживали даље)',
    few: 'Најмање {count} резултата за „{query}” са овим филтерима (учитајте још да бисте претраживали даље)',
    other: 'Најмање {count} резултата за „{query}” са овим филтерима (учитајте још да бисте претраживали даље)',
  },
  'search.phraseCheckedNewest': {
    one: 'Тачна фраза „{query}” тражена је у {count} најновијем чланку са овим речима. Досад пронађено: {found}.',
    few: 'Тачна фраза „{query}” тражена је у {count} најновија чланка са овим речима. Досад пронађено: {found}.',
    other: 'Тачна фраза „{query}” тражена је у {count} најновијих чланака са овим речима. Досад пронађено: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Тачна фраза „{query}” тражена је у {count} најстаријем чланку са овим речима. Досад пронађено: {found}.',
    few: 'Тачна фраза „{query}” тражена је у {count} најстарија чланка са овим речима. Досад пронађено: {found}.',
    other: 'Тачна фраза „{query}” тражена је у {count} најстаријих чланака са овим речима. Досад пронађено: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Тачна фраза „{query}” тражена је у {count} чланку са овим речима. Досад пронађено: {found}.',
    few: 'Тачна фраза „{query}” тражена је у {count} чланка са овим речима, почев од најрелевантнијих. Досад пронађено: {found}.',
    other:
      'Тачна фраза „{query}” тражена је у {count} чланака са овим речима, почев од најрелевантнијих. Досад пронађено: {found}.',
  },
  'search.checkOlder': 'Провери старије чланке',
  'search.checkNewer': 'Провери новије чланке',
  'search.checkMore': 'Провери још чланака',
  'highlight.showing': 'Истакнуто: „{words}”.',
  'highlight.clear': 'Уклони истицање',
  'highlight.next': 'Следеће подударање',
  'search.bytes': { one: '{count} бајт', few: '{count} бајта', other: '{count} бајтова' },
  'offline.title': 'Сачувајте архиву за читање ван мреже',
  'offline.keep': 'Сачувај ван мреже',
  'offline.progress': 'Преузимање за читање ван мреже',
  'offline.size': {
    one: 'Преузима цео индекс претраге и ову страницу: {size} у {count} датотеци. Чланци које отворите чувају се док их читате.',
    few: 'Преузима цео индекс претраге и ову страницу: {size} у {count} датотеке. Чланци које отворите чувају се док их читате.',
    other:
      'Преузима цео индекс претраге и ову страницу: {size} у {count} датотека. Чланци које отворите чувају се док их читате.',
  },
  'offline.kept': 'Претрага ове архиве сачувана је за рад ван мреже у овом прегледачу.',
  'offline.downloading': 'Преузимање: {size}…',
  'offline.done': 'Готово: сачувано {size}. Претрага сада ради без интернета у овом прегледачу.',
  'offline.stopped': 'Преузимање је прекинуто: {error}. Покушајте поново када будете на мрежи.',
  'offline.notKept': 'Није сачувано за рад ван мреже: {error}. Претрага ван мреже неће радити док ово не успе.',
  'offline.retry': 'Покушај поново',
  'offline.filesFailed': {
    one: '{count} датотека није могла да се сачува: {files}',
    few: '{count} датотеке нису могле да се сачувају: {files}',
    other: '{count} датотека није могло да се сачува: {files}',
  },

  'import.untitled': 'Без наслова ({file})',
} satisfies Messages;

/** Months in the nominative after a day ("12. март"), weekdays in lower case; weeks from Monday. */
export const dateLocale = sr;
