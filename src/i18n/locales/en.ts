/**
 * English: the reference table. Every key lives here first; other languages
 * translate it, and any key they lack falls back to this text.
 */
import { enGB } from 'date-fns/locale/en-GB';
import type { Message } from '../translate.ts';

export const messages = {
  // Dates: date-fns patterns (https://date-fns.org/docs/format), and the day-month template the browser fills.
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  // A year on its own, as a heading or a choice: most languages write the number alone.
  'date.year': '{year}',
  // A day of a month (on this day): {month} is the month's name, {number} its number (Chinese: 3月12日, not 三月).
  'date.dayMonth': '{day} {month}',
  // Written after the day number on the first of a month (French: 1er mai); most languages: nothing.
  'date.firstDaySuffix': '',
  // An article's time after its day: how they are joined, and its zone named by its offset (`+05:30`, `−05:00`)
  // or, at offset zero, alone. Time and offset are in the interface's digits, as the date's are.
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // A calendar's column heads, a date-fns pattern: EEE "Mon" (date-fns's abbreviation), EEEEEE "Mo" (its short
  // form, where that is the one a language prints: Ukrainian пн, not date-fns's пон).
  'date.weekdayHead': 'EEE',

  // Page shell
  'shell.skip': 'Skip to content',
  'shell.menu': 'Menu',
  'shell.nav': 'Archive',
  'nav.home': 'Latest',
  'nav.archive': 'By date',
  'nav.sections': 'Sections',
  'nav.tags': 'Tags',
  'nav.authors': 'Authors',
  'nav.sources': 'Sources',
  'shell.quickSearch': 'Quick search',
  'shell.searchLabel': 'Search the archive',
  // Shown whole in the header's 11rem box on wide screens (tests/e2e/languages.test.ts measures every language's).
  'shell.searchPlaceholder': 'Search articles',
  'shell.searchButton': 'Search',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Browse by date',
  'footer.onThisDay': 'On this day',
  'footer.corrections': 'Corrections',
  'footer.rss': 'RSS feed',
  'footer.atom': 'Atom feed',
  'footer.json': 'JSON Feed',
  'footer.sitemap': 'Sitemap',

  // Listings
  'list.breadcrumb': 'Breadcrumb',
  'list.home': 'Home',
  'list.count': { one: '{count} article', other: '{count} articles' },
  'list.span': 'Articles from {first} to {last}',
  'list.titlePage': '{title} (page {page})',
  'list.follow': 'Follow {title}:',
  // count is 1 for one writer, 2 for several (a form to choose, never a number shown: 21 writers are not 'one').
  'list.by': 'By {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Pages',
  'pager.newer': '← Newer',
  'pager.older': 'Older →',
  'pager.page': 'Page {page}',

  // Home
  'home.latest': 'Latest',
  'home.empty': 'The archive is empty: add Markdown articles to {folder}.',
  'home.browseAll': { one: 'Browse the {count} article by date →', other: 'Browse all {count} articles by date →' },

  // Facets
  'facet.sections': 'Sections',
  'facet.tags': 'Tags',
  'facet.authors': 'Authors',
  'facet.sources': 'Sources',
  'facet.sections.count': { one: '{count} section', other: '{count} sections' },
  'facet.tags.count': { one: '{count} tag', other: '{count} tags' },
  'facet.authors.count': { one: '{count} author', other: '{count} authors' },
  'facet.sources.count': { one: '{count} source', other: '{count} sources' },
  'facet.inArchive': '{what} in the archive',
  'facet.tags.title': 'Tagged “{name}”',
  'facet.authors.title': 'By {name}',
  'facet.sources.title': 'From {name}',

  // Dates and calendars
  'archive.title': 'Browse by date',
  'archive.summary': { one: '{articles} over {count} year', other: '{articles} over {count} years' },
  'year.months': 'Months of {year}',
  'year.none': 'none',
  'year.others': 'Other years',
  'month.others': 'Other months',
  // Arrows point back and forth in the reading direction: right-to-left languages swap them.
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: days with articles',
  // Read after the day's count by screen readers ("14: 2 articles"): the words after the number.
  'calendar.articles': { one: ' article', other: ' articles' },

  // Article
  'article.by': 'By {names}',
  'article.minutes': { one: '{count} min read', other: '{count} min read' },
  'article.updated': 'Updated {date}',
  'article.source': 'Originally published by {source}',
  'article.retrieved': ', retrieved {date}',
  'article.tags': 'Tags',
  'article.moreInTime': 'More articles in time',
  'article.newer': 'Newer',
  'article.older': 'Older',
  'article.corrections': 'Corrections and updates',
  // A colon between a label and what follows (a correction's date and text): French puts a narrow no-break space before it.
  'text.colon': ': ',
  // The label above the citation entry (the entry itself follows the English-language Chicago style).
  'article.citeStyle': 'Chicago (17th ed.), bibliography',
  'article.related': 'Related coverage',
  'article.cite': 'Cite this article',
  /** The heading of an article's footnotes, read by screen readers. */
  'article.footnotes': 'Footnotes',
  /** A footnote's link back to where it is called; reference: its number ("1", or "1-2" for its second call). */
  'article.footnoteBack': 'Back to reference {reference}',
  /** The search page of the ZIM file (Kiwix), where the site's own search cannot run. */
  'zim.searchHelp':
    'This copy of the archive is a ZIM file, read in Kiwix. Search it with Kiwix’s own search: the search box at the top of the page in a browser (kiwix-serve), or the search button of the Kiwix app. Every article is in its index, under its headline.',
  'zim.browse': 'You can also browse every article:',

  // Corrections page
  'corrections.title': 'Corrections',
  'corrections.heading': 'Corrections and updates',
  'corrections.description': 'Every correction and update made to articles in the archive.',
  'corrections.none': 'No article in the archive has been corrected.',
  'corrections.count': { one: '{count} correction, newest first.', other: '{count} corrections, newest first.' },

  // Not found
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.latest': 'Latest articles',
  'offlinePage.title': 'Not kept on this device',
  'offlinePage.text':
    'You are offline, and this page was not kept in this browser. Pages you open while online are kept, and once the archive is kept offline its search works without a network.',
  'offlinePage.fromIndex': 'The article’s text, as the search index keeps it (without its pictures and layout):',

  // On this day (page, then the browser's script)
  'onThisDay.title': 'On this day',
  'onThisDay.description': 'Articles published on this day in earlier years.',
  'onThisDay.intro': 'Articles published on today’s date in earlier years.',
  'onThisDay.noscript':
    'This page picks today’s date in your browser, which needs JavaScript. Without it, browse the archive by date: every year and month has its own page, which lists its articles day by day.',
  'onThisDay.none': 'Nothing in the archive was published on {day} in earlier years.',
  'onThisDay.some': {
    one: '{count} article published on {day} in earlier years:',
    other: '{count} articles published on {day} in earlier years:',
  },
  'onThisDay.failed': 'The list for today could not be loaded ({error}). Browse the archive by date instead.',

  // Search page
  'search.title': 'Search',
  'search.description': 'Search every article in the archive.',
  'search.heading': 'Search the archive',
  'search.unavailable':
    'Search runs in your browser: it needs JavaScript, and the archive served by a web server rather than opened as a file. You can still browse every article by date or by section.',
  'search.devUnavailable':
    'Search needs the index that the build writes, which the development server does not have. Run npm run build once (it stays in dist/ and the dev server uses it), or npm start to see the built site.',
  'search.form': 'Archive search',
  'search.words': 'Words to find',
  'search.narrow': 'Narrow and sort the results',
  // On a phone the filters fold under the line above; this says how many are set while folded.
  'search.narrowSet': { one: '{count} in use', other: '{count} in use' },
  'search.section': 'Section',
  'search.anySection': 'Any section',
  'search.author': 'Author',
  'search.anyAuthor': 'Any author',
  'search.tag': 'Tag',
  'search.anyTag': 'Any tag',
  'search.year': 'Year',
  'search.anyYear': 'Any year',
  'search.source': 'Source',
  'search.anySource': 'Any source',
  'search.order': 'Order',
  'search.relevance': 'Best match',
  'search.newest': 'Newest first',
  'search.oldest': 'Oldest first',
  'search.results': 'Search results',
  'search.more': 'Load more results',
  'search.prompt': 'Type words to search every article in the archive.',
  'search.searching': 'Searching…',
  'search.loading': 'Loading the search index…',
  'search.fileProtocol':
    'Search cannot run from a file on disk: browsers refuse its index there. Serve the folder with a local web server (see the README).',
  'search.failed': 'Search could not load: {reason}',
  'search.none': 'No results.',
  'search.noneFor': 'No results for “{query}”.',
  'search.noneFiltered': 'No results with these filters.',
  'search.noneForFiltered': 'No results for “{query}” with these filters.',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.countFor': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'search.countFiltered': { one: '{count} result with these filters', other: '{count} results with these filters' },
  'search.countForFiltered': {
    one: '{count} result for “{query}” with these filters',
    other: '{count} results for “{query}” with these filters',
  },
  'search.from': 'From',
  'search.to': 'To',
  'search.rangeHint': 'year, month or day',
  // A quoted phrase inside a longer query, within the quotation marks of the messages above: the inner marks.
  'search.quotedPhrase': '‘{phrase}’',
  // A date bound written in the URL or the form that is not a year, month or day: said, and left out.
  'search.fromUnreadable':
    'The start date “{text}” could not be understood, so the search leaves it out. Write a year, a month or a day: 1998, 1998-06 or 1998-06-15.',
  'search.toUnreadable':
    'The end date “{text}” could not be understood, so the search leaves it out. Write a year, a month or a day: 1998, 1998-06 or 1998-06-15.',
  'search.backwardRange': 'The “from” date comes after the “to” date: nothing can be found between them.',
  'search.atLeast': {
    one: 'At least {count} result (load more to search further)',
    other: 'At least {count} results (load more to search further)',
  },
  'search.atLeastFor': {
    one: 'At least {count} result for “{query}” (load more to search further)',
    other: 'At least {count} results for “{query}” (load more to search further)',
  },
  'search.atLeastFiltered': {
    one: 'At least {count} result with these filters (load more to search further)',
    other: 'At least {count} results with these filters (load more to search further)',
  },
  'search.atLeastForFiltered': {
    one: 'At least {count} result for “{query}” with these filters (load more to search further)',
    other: 'At least {count} results for “{query}” with these filters (load more to search further)',
  },
  'search.phraseCheckedNewest': {
    one: 'Checked the newest article with these words for the exact phrase “{query}”: {found} found so far.',
    other: 'Checked the {count} newest articles with these words for the exact phrase “{query}”: {found} found so far.',
  },
  'search.phraseCheckedOldest': {
    one: 'Checked the oldest article with these words for the exact phrase “{query}”: {found} found so far.',
    other: 'Checked the {count} oldest articles with these words for the exact phrase “{query}”: {found} found so far.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Checked {count} article with these words for the exact phrase “{query}”: {found} found so far.',
    other:
      'Checked {count} articles with these words, best matches first, for the exact phrase “{query}”: {found} found so far.',
  },
  'search.checkOlder': 'Check older articles',
  'search.checkNewer': 'Check newer articles',
  'search.checkMore': 'Check more articles',
  'highlight.showing': 'Highlighting “{words}”.',
  'highlight.clear': 'Clear highlighting',
  'highlight.next': 'Next match',
  'search.bytes': { one: '{count} byte', other: '{count} bytes' },
  'offline.title': 'Keep this archive offline',
  'offline.keep': 'Keep offline',
  'offline.progress': 'Offline download',
  'offline.size': {
    one: 'Downloads the whole search index and this page: {size} in {count} file. Articles you open are kept as you read them.',
    other:
      'Downloads the whole search index and this page: {size} in {count} files. Articles you open are kept as you read them.',
  },
  'offline.kept': 'This archive’s search is kept offline in this browser.',
  'offline.downloading': 'Downloading {size}…',
  'offline.done': 'Done: {size} kept. Search now works without a network in this browser.',
  'offline.stopped': 'The download stopped: {error}. Try again when online.',
  'offline.notKept': 'Not kept offline: {error}. Search offline will not work until this succeeds.',
  'offline.retry': 'Try again',
  // Why a download was not kept: how many files failed (in the plural form of the count), then the first few, as the browser said.
  'offline.filesFailed': {
    one: '{count} file could not be kept: {files}',
    other: '{count} files could not be kept: {files}',
  },

  // The importer (npm run import -- --draft): the headline of a draft whose input has none, named after its file.
  'import.untitled': 'Untitled ({file})',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;
/** A complete table: what a shipped language provides. */
export type Messages = Record<MessageKey, Message>;

/** Dates are British English: "12 May 2024", weeks from Monday. */
export const dateLocale = enGB;
