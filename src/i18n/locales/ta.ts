/**
 * Tamil, as Tamil news sites word it (Dinamani, Dinamalar, BBC Tamil): "செய்தி" for an article, "பிரிவு" for a
 * section, "குறிச்சொற்கள்" for tags, "எழுத்தாளர்" for a writer and "எழுதியவர்:" before a byline, "தேடு",
 * "தொடர்புடைய செய்திகள்", "முகப்பு" for the front page; the reader asked politely in the -வும் form interfaces use
 * ("பார்க்கவும்", "மீண்டும் முயலவும்"), a button in the plain imperative ("தேடு"). Two forms, one (1 alone) and other:
 * a noun after any other number takes -கள் ("1 செய்தி", "5 செய்திகள்"). A placeholder never takes a case ending,
 * whose form would depend on the word put in: a noun or a postposition after it takes it ("{day} அன்று", "{first}
 * முதல் {last} வரை", "“{query}” என்பதற்கு").
 *
 * Dates as the papers print them, day first ("12 மார்ச் 2024", "செவ்வாய், 12 மார்ச் 2024"), in Latin figures: Tamil
 * papers print dates and counts in them, and the Tamil numerals (௧௫) are read today only in old deeds and
 * almanacs. Months and weekdays as CLDR names them. Weeks from Sunday, as Tamil Nadu's calendars and CLDR for
 * India have them (date-fns has Monday), headed ஞா தி செ பு வி வெ ச. “ ” quotes with ‘ ’ inside.
 */
import { ta } from 'date-fns/locale/ta';
import type { Locale } from 'date-fns';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  // "செவ்வாய், 12 மார்ச் 2024".
  'date.weekdayDay': 'EEEE, d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // ஞா தி செ பு வி வெ ச, as Tamil calendars head their columns (date-fns's EEE is ஞாயி. திங். செவ்.).
  'date.weekdayHead': 'EEEEEE',

  'shell.skip': 'உள்ளடக்கத்துக்குச் செல்லவும்',
  'shell.menu': 'மெனு',
  'shell.nav': 'காப்பகம்',
  'nav.home': 'சமீபத்தியவை',
  'nav.archive': 'தேதி வாரியாக',
  'nav.sections': 'பிரிவுகள்',
  'nav.tags': 'குறிச்சொற்கள்',
  'nav.authors': 'எழுத்தாளர்கள்',
  'nav.sources': 'மூலங்கள்',
  'shell.quickSearch': 'விரைவுத் தேடல்',
  'shell.searchLabel': 'காப்பகத்தில் தேடு',
  // "News search": "செய்திகளைத் தேடு" is wider than the header's 11rem box (tests/e2e/languages.test.ts).
  'shell.searchPlaceholder': 'செய்தி தேடல்',
  'shell.searchButton': 'தேடு',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'தேதி வாரியாகப் பார்க்கவும்',
  'footer.onThisDay': 'இதே நாளில்',
  'footer.corrections': 'திருத்தங்கள்',
  'footer.rss': 'RSS ஊட்டம்',
  'footer.atom': 'Atom ஊட்டம்',
  'footer.json': 'JSON ஊட்டம்',
  'footer.sitemap': 'தள வரைபடம்',

  'list.breadcrumb': 'பக்க வழித்தடம்',
  'list.home': 'முகப்பு',
  'list.count': { one: '{count} செய்தி', other: '{count} செய்திகள்' },
  'list.span': '{first} முதல் {last} வரையிலான செய்திகள்',
  'list.titlePage': '{title} (பக்கம் {page})',
  // "To follow the “…” page:", the title quoted as it is (a section, a tag, a writer's name, a month).
  'list.follow': '“{title}” பக்கத்தைப் பின்தொடர:',
  // "Written by", as BBC Tamil labels a byline; its plural for several writers (count: 1 for one, 2 for several).
  'list.by': { one: 'எழுதியவர்: {names}', other: 'எழுதியவர்கள்: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'பக்கங்கள்',
  'pager.newer': '← புதியவை',
  'pager.older': 'பழையவை →',
  'pager.page': 'பக்கம் {page}',

  'home.latest': 'சமீபத்திய செய்திகள்',
  'home.empty': 'காப்பகம் காலியாக உள்ளது: {folder} கோப்புறையில் Markdown வடிவில் செய்திகளைச் சேர்க்கவும்.',
  // Without அனைத்து (all), which would not fit a single story.
  'home.browseAll': {
    one: '{count} செய்தியைத் தேதி வாரியாகப் பார்க்கவும் →',
    other: 'அனைத்து {count} செய்திகளையும் தேதி வாரியாகப் பார்க்கவும் →',
  },

  'facet.sections': 'பிரிவுகள்',
  'facet.tags': 'குறிச்சொற்கள்',
  'facet.authors': 'எழுத்தாளர்கள்',
  'facet.sources': 'மூலங்கள்',
  'facet.sections.count': { one: '{count} பிரிவு', other: '{count} பிரிவுகள்' },
  'facet.tags.count': { one: '{count} குறிச்சொல்', other: '{count} குறிச்சொற்கள்' },
  'facet.authors.count': { one: '{count} எழுத்தாளர்', other: '{count} எழுத்தாளர்கள்' },
  'facet.sources.count': { one: '{count} மூலம்', other: '{count} மூலங்கள்' },
  'facet.inArchive': 'காப்பகத்தில் {what}',
  'facet.tags.title': 'குறிச்சொல்: “{name}”',
  'facet.authors.title': 'எழுத்தாளர்: {name}',
  'facet.sources.title': 'மூலம்: {name}',

  'archive.title': 'தேதி வாரியான காப்பகம்',
  // "In 3 years": the ending on the noun after the number, ஆண்டில், ஆண்டுகளில்.
  'archive.summary': { one: '{count} ஆண்டில் {articles}', other: '{count} ஆண்டுகளில் {articles}' },
  // "2024ஆம் ஆண்டின்", as the papers write a year's ordinal.
  'year.months': '{year}ஆம் ஆண்டின் மாதங்கள்',
  'year.none': 'இல்லை',
  'year.others': 'பிற ஆண்டுகள்',
  'month.others': 'பிற மாதங்கள்',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: செய்திகள் உள்ள நாட்கள்',
  'calendar.articles': { one: ' செய்தி', other: ' செய்திகள்' },

  'article.by': { one: 'எழுதியவர்: {names}', other: 'எழுதியவர்கள்: {names}' },
  // As BBC Tamil gives it: "படிக்கும் நேரம்: 4 நிமிடங்கள்".
  'article.minutes': { one: 'படிக்கும் நேரம்: {count} நிமிடம்', other: 'படிக்கும் நேரம்: {count} நிமிடங்கள்' },
  'article.updated': 'புதுப்பிக்கப்பட்டது: {date}',
  'article.source': 'முதலில் வெளியிட்டது: {source}',
  // As Tamil Wikipedia's citations give the day a source was read.
  'article.retrieved': ', பார்க்கப்பட்ட நாள்: {date}',
  'article.tags': 'குறிச்சொற்கள்',
  'article.moreInTime': 'காலவரிசையில் மேலும் செய்திகள்',
  // "The next story", "the previous story", as Tamil news sites link them.
  'article.newer': 'அடுத்த செய்தி',
  'article.older': 'முந்தைய செய்தி',
  'article.corrections': 'திருத்தங்களும் புதுப்பிப்புகளும்',
  'text.colon': ': ',
  'article.citeStyle': 'சிகாகோ (17ஆம் பதிப்பு), நூற்பட்டியல்',
  'article.related': 'தொடர்புடைய செய்திகள்',
  'article.cite': 'இந்தச் செய்தியை மேற்கோள் காட்ட',
  'article.footnotes': 'அடிக்குறிப்புகள்',
  'article.footnoteBack': 'குறிப்பு எண் {reference} உள்ள இடத்துக்குத் திரும்பவும்',
  'zim.searchHelp':
    'காப்பகத்தின் இந்த நகல் ஒரு ZIM கோப்பு, Kiwix மூலம் படிக்கப்படுகிறது. இதில் தேட Kiwix-இன் சொந்தத் தேடலைப் பயன்படுத்தவும்: உலாவியில் பக்கத்தின் மேலே உள்ள தேடல் பெட்டி (kiwix-serve), அல்லது Kiwix செயலியின் தேடல் பொத்தான். ஒவ்வொரு செய்தியும் அதன் தலைப்பின் கீழ் Kiwix-இன் அட்டவணையில் உள்ளது.',
  'zim.browse': 'எல்லாச் செய்திகளையும் இங்கேயும் பார்க்கலாம்:',

  'corrections.title': 'திருத்தங்கள்',
  'corrections.heading': 'திருத்தங்களும் புதுப்பிப்புகளும்',
  'corrections.description': 'காப்பகத்திலுள்ள செய்திகளில் செய்யப்பட்ட எல்லாத் திருத்தங்களும் புதுப்பிப்புகளும்.',
  'corrections.none': 'காப்பகத்திலுள்ள எந்தச் செய்தியும் திருத்தப்படவில்லை.',
  'corrections.count': { one: '{count} திருத்தம்.', other: '{count} திருத்தங்கள், புதியவை முதலில்.' },

  'notFound.title': 'பக்கம் கிடைக்கவில்லை',
  'notFound.text':
    'இந்த முகவரியில் எந்தப் பக்கமும் இல்லை. அது வேறு இடத்துக்கு நகர்த்தப்பட்டிருக்கலாம், அல்லது இணைப்பு தவறாகத் தட்டச்சு செய்யப்பட்டிருக்கலாம்.',
  'notFound.latest': 'சமீபத்திய செய்திகள்',
  'offlinePage.title': 'இந்தச் சாதனத்தில் சேமிக்கப்படவில்லை',
  'offlinePage.text':
    'நீங்கள் ஆஃப்லைனில் இருக்கிறீர்கள், இந்தப் பக்கம் இந்த உலாவியில் சேமிக்கப்படவில்லை. இணையத்தில் இருக்கும்போது நீங்கள் திறக்கும் பக்கங்கள் சேமிக்கப்படும்; காப்பகம் ஆஃப்லைன் பயன்பாட்டுக்குச் சேமிக்கப்பட்ட பிறகு, அதன் தேடல் இணைய இணைப்பு இல்லாமலும் இயங்கும்.',
  'offlinePage.fromIndex': 'தேடல் அட்டவணை வைத்திருக்கும் வடிவில் செய்தியின் உரை (படங்களும் பக்க வடிவமைப்பும் இல்லாமல்):',

  'onThisDay.title': 'இதே நாளில்',
  'onThisDay.description': 'முந்தைய ஆண்டுகளில் இதே நாளில் வெளியான செய்திகள்.',
  'onThisDay.intro': 'முந்தைய ஆண்டுகளில் இன்றைய தேதியில் வெளியான செய்திகள்.',
  'onThisDay.noscript':
    'இந்தப் பக்கம் இன்றைய தேதியை உங்கள் உலாவியிலிருந்து எடுக்கிறது; அதற்கு JavaScript தேவை. அது இல்லாமல், காப்பகத்தைத் தேதி வாரியாகப் பார்க்கவும்: ஒவ்வோர் ஆண்டுக்கும் மாதத்துக்கும், அதன் செய்திகளை நாள்வாரியாகப் பட்டியலிடும் தனிப் பக்கம் உள்ளது.',
  // "{day} அன்று" (on …): the postposition stands after the date.
  'onThisDay.none': 'முந்தைய ஆண்டுகளில் {day} அன்று வெளியான செய்தி எதுவும் காப்பகத்தில் இல்லை.',
  'onThisDay.some': {
    one: 'முந்தைய ஆண்டுகளில் {day} அன்று வெளியான {count} செய்தி:',
    other: 'முந்தைய ஆண்டுகளில் {day} அன்று வெளியான {count} செய்திகள்:',
  },
  'onThisDay.failed': 'இன்றைய பட்டியலை ஏற்ற முடியவில்லை ({error}). அதற்குப் பதிலாகக் காப்பகத்தைத் தேதி வாரியாகப் பார்க்கவும்.',

  'search.title': 'தேடல்',
  'search.description': 'காப்பகத்திலுள்ள எல்லாச் செய்திகளிலும் தேடவும்.',
  'search.heading': 'காப்பகத்தில் தேடு',
  'search.unavailable':
    'தேடல் உங்கள் உலாவியில் இயங்குகிறது: அதற்கு JavaScript தேவை, மேலும் காப்பகம் கோப்பாகத் திறக்கப்படாமல் ஒரு வலைச் சேவையகத்திலிருந்து வழங்கப்பட வேண்டும். எல்லாச் செய்திகளையும் தேதி அல்லது பிரிவு வாரியாக இப்போதும் பார்க்கலாம்.',
  'search.devUnavailable':
    'தேடலுக்கு build எழுதும் அட்டவணை தேவை; அது மேம்பாட்டுச் சேவையகத்திடம் இல்லை. ஒருமுறை npm run build இயக்கவும் (அட்டவணை dist/ இல் இருக்கும், மேம்பாட்டுச் சேவையகம் அதைப் பயன்படுத்தும்), அல்லது உருவாக்கப்பட்ட தளத்தைப் பார்க்க npm start இயக்கவும்.',
  'search.form': 'காப்பகத் தேடல்',
  'search.words': 'தேட வேண்டிய சொற்கள்',
  'search.narrow': 'முடிவுகளைச் சுருக்கி வரிசைப்படுத்தவும்',
  'search.narrowSet': { other: '{count} பயன்பாட்டில்' },
  'search.section': 'பிரிவு',
  // "All" under each filter's name: "எல்லாப் பிரிவுகளும்" and its like are wider than a filter's box.
  'search.anySection': 'அனைத்தும்',
  'search.author': 'எழுத்தாளர்',
  'search.anyAuthor': 'அனைத்தும்',
  'search.tag': 'குறிச்சொல்',
  'search.anyTag': 'அனைத்தும்',
  'search.year': 'ஆண்டு',
  'search.anyYear': 'அனைத்தும்',
  'search.source': 'மூலம்',
  'search.anySource': 'அனைத்தும்',
  'search.order': 'வரிசை',
  // "Relevance", "from the newest", "from the oldest": short enough for the box.
  'search.relevance': 'பொருத்தம்',
  'search.newest': 'புதியது முதல்',
  'search.oldest': 'பழையது முதல்',
  'search.results': 'தேடல் முடிவுகள்',
  'search.more': 'மேலும் முடிவுகளை ஏற்றவும்',
  'search.prompt': 'காப்பகத்திலுள்ள எல்லாச் செய்திகளிலும் தேட, சொற்களைத் தட்டச்சு செய்யவும்.',
  'search.searching': 'தேடுகிறது…',
  'search.loading': 'தேடல் அட்டவணை ஏற்றப்படுகிறது…',
  'search.fileProtocol':
    'வட்டிலுள்ள கோப்பிலிருந்து தேடல் இயங்காது: உலாவிகள் அங்கிருந்து அதன் அட்டவணையை ஏற்ற மறுக்கின்றன. கோப்புறையை ஓர் உள்ளூர் வலைச் சேவையகம் மூலம் வழங்கவும் (README-ஐப் பார்க்கவும்).',
  'search.failed': 'தேடலை ஏற்ற முடியவில்லை: {reason}',
  'search.none': 'முடிவுகள் இல்லை.',
  // "என்பதற்கு" (for what is written …): the ending on a word of its own, not on the query.
  'search.noneFor': '“{query}” என்பதற்கு முடிவுகள் இல்லை.',
  'search.noneFiltered': 'இந்த வடிகட்டிகளுடன் முடிவுகள் இல்லை.',
  'search.noneForFiltered': 'இந்த வடிகட்டிகளுடன் “{query}” என்பதற்கு முடிவுகள் இல்லை.',
  'search.count': { one: '{count} முடிவு', other: '{count} முடிவுகள்' },
  'search.countFor': { one: '“{query}” என்பதற்கு {count} முடிவு', other: '“{query}” என்பதற்கு {count} முடிவுகள்' },
  'search.countFiltered': {
    one: 'இந்த வடிகட்டிகளுடன் {count} முடிவு',
    other: 'இந்த வடிகட்டிகளுடன் {count} முடிவுகள்',
  },
  'search.countForFiltered': {
    one: 'இந்த வடிகட்டிகளுடன் “{query}” என்பதற்கு {count} முடிவு',
    other: 'இந்த வடிகட்டிகளுடன் “{query}” என்பதற்கு {count} முடிவுகள்',
  },
  // The postpositions of a date range, as a form labels its two dates.
  'search.from': 'முதல்',
  'search.to': 'வரை',
  'search.rangeHint': 'ஆண்டு, மாதம் அல்லது நாள்',
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'தொடக்கத் தேதி “{text}” புரியவில்லை, எனவே தேடல் அதை விட்டுவிடுகிறது. ஓர் ஆண்டு, மாதம் அல்லது நாளை எழுதவும்: 1998, 1998-06 அல்லது 1998-06-15.',
  'search.toUnreadable':
    'இறுதித் தேதி “{text}” புரியவில்லை, எனவே தேடல் அதை விட்டுவிடுகிறது. ஓர் ஆண்டு, மாதம் அல்லது நாளை எழுதவும்: 1998, 1998-06 அல்லது 1998-06-15.',
  'search.backwardRange': '“முதல்” தேதி “வரை” தேதிக்குப் பிறகு வருகிறது: இவற்றுக்கு இடையே எதுவும் கிடைக்காது.',
  'search.atLeast': {
    one: 'குறைந்தது {count} முடிவு (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
    other: 'குறைந்தது {count} முடிவுகள் (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
  },
  'search.atLeastFor': {
    one: '“{query}” என்பதற்குக் குறைந்தது {count} முடிவு (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
    other: '“{query}” என்பதற்குக் குறைந்தது {count} முடிவுகள் (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
  },
  'search.atLeastFiltered': {
    one: 'இந்த வடிகட்டிகளுடன் குறைந்தது {count} முடிவு (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
    other: 'இந்த வடிகட்டிகளுடன் குறைந்தது {count} முடிவுகள் (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
  },
  'search.atLeastForFiltered': {
    one: 'இந்த வடிகட்டிகளுடன் “{query}” என்பதற்குக் குறைந்தது {count} முடிவு (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
    other: 'இந்த வடிகட்டிகளுடன் “{query}” என்பதற்குக் குறைந்தது {count} முடிவுகள் (மேலும் தேட, கூடுதல் முடிவுகளை ஏற்றவும்)',
  },
  // Only 1 takes `one`, so it may leave the number out. "Found so far: {found}", which needs no agreement.
  'search.phraseCheckedNewest': {
    one: 'இந்தச் சொற்கள் உள்ள மிகப் புதிய செய்தி, “{query}” என்ற சொற்றொடர் அப்படியே உள்ளதா எனச் சரிபார்க்கப்பட்டது: இதுவரை கிடைத்தவை {found}.',
    other:
      'இந்தச் சொற்கள் உள்ள மிகப் புதிய {count} செய்திகள், “{query}” என்ற சொற்றொடர் அப்படியே உள்ளதா எனச் சரிபார்க்கப்பட்டன: இதுவரை கிடைத்தவை {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'இந்தச் சொற்கள் உள்ள மிகப் பழைய செய்தி, “{query}” என்ற சொற்றொடர் அப்படியே உள்ளதா எனச் சரிபார்க்கப்பட்டது: இதுவரை கிடைத்தவை {found}.',
    other:
      'இந்தச் சொற்கள் உள்ள மிகப் பழைய {count} செய்திகள், “{query}” என்ற சொற்றொடர் அப்படியே உள்ளதா எனச் சரிபார்க்கப்பட்டன: இதுவரை கிடைத்தவை {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'இந்தச் சொற்கள் உள்ள {count} செய்தி, “{query}” என்ற சொற்றொடர் அப்படியே உள்ளதா எனச் சரிபார்க்கப்பட்டது: இதுவரை கிடைத்தவை {found}.',
    other:
      'இந்தச் சொற்கள் உள்ள {count} செய்திகள், மிகப் பொருத்தமானவை முதலில், “{query}” என்ற சொற்றொடர் அப்படியே உள்ளதா எனச் சரிபார்க்கப்பட்டன: இதுவரை கிடைத்தவை {found}.',
  },
  'search.checkOlder': 'பழைய செய்திகளைச் சரிபார்க்கவும்',
  'search.checkNewer': 'புதிய செய்திகளைச் சரிபார்க்கவும்',
  'search.checkMore': 'மேலும் செய்திகளைச் சரிபார்க்கவும்',
  'highlight.showing': '“{words}” முன்னிலைப்படுத்தப்பட்டுள்ளது.',
  'highlight.clear': 'முன்னிலைப்படுத்தலை நீக்கவும்',
  'highlight.next': 'அடுத்த பொருத்தம்',
  'search.bytes': { one: '{count} பைட்', other: '{count} பைட்டுகள்' },
  'offline.title': 'இந்தக் காப்பகத்தை ஆஃப்லைனில் வைத்திருக்கவும்',
  'offline.keep': 'ஆஃப்லைனில் சேமி',
  'offline.progress': 'ஆஃப்லைன் பதிவிறக்கம்',
  'offline.size': {
    one: 'முழுத் தேடல் அட்டவணையையும் இந்தப் பக்கத்தையும் பதிவிறக்குகிறது: {count} கோப்பில் {size}. நீங்கள் திறக்கும் செய்திகள் படிக்கும்போதே சேமிக்கப்படும்.',
    other:
      'முழுத் தேடல் அட்டவணையையும் இந்தப் பக்கத்தையும் பதிவிறக்குகிறது: {count} கோப்புகளில் {size}. நீங்கள் திறக்கும் செய்திகள் படிக்கும்போதே சேமிக்கப்படும்.',
  },
  'offline.kept': 'இந்தக் காப்பகத்தின் தேடல் இந்த உலாவியில் ஆஃப்லைன் பயன்பாட்டுக்குச் சேமிக்கப்பட்டுள்ளது.',
  'offline.downloading': '{size} பதிவிறக்கப்படுகிறது…',
  'offline.done': 'முடிந்தது: {size} சேமிக்கப்பட்டது. இனி இந்த உலாவியில் இணைய இணைப்பு இல்லாமலும் தேடல் இயங்கும்.',
  'offline.stopped': 'பதிவிறக்கம் நின்றுவிட்டது: {error}. இணையத்தில் இருக்கும்போது மீண்டும் முயலவும்.',
  'offline.notKept': 'ஆஃப்லைனுக்குச் சேமிக்க முடியவில்லை: {error}. இது வெற்றிபெறும் வரை ஆஃப்லைன் தேடல் இயங்காது.',
  'offline.retry': 'மீண்டும் முயலவும்',
  'offline.filesFailed': {
    one: '{count} கோப்பைச் சேமிக்க முடியவில்லை: {files}',
    other: '{count} கோப்புகளைச் சேமிக்க முடியவில்லை: {files}',
  },

  'import.untitled': 'தலைப்பு இல்லை ({file})',
} satisfies Messages;

/** Tamil month and weekday names (மார்ச், செவ்வாய்), weeks from Sunday as Tamil Nadu's calendars run. */
export const dateLocale: Locale = { ...ta, options: { ...ta.options, weekStartsOn: 0 } };
