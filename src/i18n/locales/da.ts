/**
 * Danish, as Danish news sites word it (DR, Politiken): "artikel" for an article, "sektion" for a section,
 * "emner" for tags, "skribent", "Søg", "Forside" for the front page; the reader addressed as "du", buttons in the
 * imperative ("Prøv igen", "Indlæs flere resultater"), a byline "Af". Two forms, one (1 alone) and other: "1
 * artikel", "2 artikler", "20 artikler" ("år" alike in both: "1 år", "20 år"). Numbers of four figures and more
 * are grouped with a stop, as Danish writes them (1.200).
 *
 * Dates as Danish papers print them: the day an ordinal with its stop ("7. juni 2018"), the weekday before it
 * with "den" ("torsdag den 7. juni 2018", as CLDR's full date and Danish letters write it), a month alone "Juni
 * 2018" (a capital as it stands alone, as a heading does; in lower case within a sentence), a time after "kl.".
 * » « quotes with › ‹ inside, as Politiken and most Danish papers set them (Dansk Sprognævn's first choice);
 * weeks from Monday, headed ma ti on to fr lø sø as Danish calendars print them.
 */
import { da } from 'date-fns/locale/da';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy',
  'date.weekdayDay': "EEEE 'den' d. MMMM yyyy",
  'date.month': 'LLLL yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  // "7. juni 2018 kl. 08:30 (UTC+02:00)".
  'date.dateTime': '{day} kl. {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // ma ti on to fr lø sø (date-fns's EEE is man. tir., with stops).
  'date.weekdayHead': 'EEEEEE',

  'shell.skip': 'Gå til indhold',
  'shell.menu': 'Menu',
  'shell.nav': 'Arkiv',
  'nav.home': 'Seneste',
  'nav.archive': 'Efter dato',
  'nav.sections': 'Sektioner',
  'nav.tags': 'Emner',
  'nav.authors': 'Skribenter',
  'nav.sources': 'Kilder',
  'shell.quickSearch': 'Hurtigsøgning',
  'shell.searchLabel': 'Søg i arkivet',
  'shell.searchPlaceholder': 'Søg i artikler',
  'shell.searchButton': 'Søg',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Bladr efter dato',
  'footer.onThisDay': 'På denne dag',
  'footer.corrections': 'Rettelser',
  'footer.rss': 'RSS-feed',
  'footer.atom': 'Atom-feed',
  'footer.json': 'JSON-feed',
  'footer.sitemap': 'Sitemap',

  'list.breadcrumb': 'Brødkrummesti',
  'list.home': 'Forside',
  'list.count': { one: '{count} artikel', other: '{count} artikler' },
  'list.span': 'Artikler fra {first} til {last}',
  'list.titlePage': '{title} (side {page})',
  'list.follow': 'Følg {title}:',
  'list.by': 'Af {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Sider',
  'pager.newer': '← Nyere',
  'pager.older': 'Ældre →',
  'pager.page': 'Side {page}',

  'home.latest': 'Seneste',
  'home.empty': 'Arkivet er tomt: læg Markdown-artikler i {folder}.',
  'home.browseAll': {
    one: 'Bladr efter dato: {count} artikel →',
    other: 'Bladr i alle {count} artikler efter dato →',
  },

  'facet.sections': 'Sektioner',
  'facet.tags': 'Emner',
  'facet.authors': 'Skribenter',
  'facet.sources': 'Kilder',
  'facet.sections.count': { one: '{count} sektion', other: '{count} sektioner' },
  'facet.tags.count': { one: '{count} emne', other: '{count} emner' },
  'facet.authors.count': { one: '{count} skribent', other: '{count} skribenter' },
  'facet.sources.count': { one: '{count} kilde', other: '{count} kilder' },
  'facet.inArchive': '{what} i arkivet',
  'facet.tags.title': 'Emne: {name}',
  'facet.authors.title': 'Af {name}',
  'facet.sources.title': 'Fra {name}',

  'archive.title': 'Bladr efter dato',
  'archive.summary': { one: '{articles} over {count} år', other: '{articles} over {count} år' },
  'year.months': 'Månederne i {year}',
  'year.none': 'ingen',
  'year.others': 'Andre år',
  'month.others': 'Andre måneder',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: dage med artikler',
  'calendar.articles': { one: ' artikel', other: ' artikler' },

  'article.by': 'Af {names}',
  'article.minutes': { one: 'Læsetid {count} min.', other: 'Læsetid {count} min.' },
  'article.updated': 'Opdateret {date}',
  'article.source': 'Oprindeligt udgivet af {source}',
  'article.retrieved': ', hentet {date}',
  'article.tags': 'Emner',
  'article.moreInTime': 'Flere artikler før og efter',
  'article.newer': 'Nyere',
  'article.older': 'Ældre',
  'article.corrections': 'Rettelser og opdateringer',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17. udg.), litteraturliste',
  'article.related': 'Relaterede artikler',
  'article.cite': 'Citér denne artikel',
  'article.footnotes': 'Fodnoter',
  'article.footnoteBack': 'Tilbage til henvisning {reference}',
  'zim.searchHelp':
    'Denne kopi af arkivet er en ZIM-fil, der læses i Kiwix. Søg i den med søgefunktionen i Kiwix: søgefeltet øverst på siden i en browser (kiwix-serve) eller søgeknappen i Kiwix-appen. Alle artikler findes i registret under deres overskrift.',
  'zim.browse': 'Du kan også bladre i alle artikler:',

  'corrections.title': 'Rettelser',
  'corrections.heading': 'Rettelser og opdateringer',
  'corrections.description': 'Alle rettelser og opdateringer af artikler i arkivet.',
  'corrections.none': 'Ingen artikler i arkivet er blevet rettet.',
  'corrections.count': { one: '{count} rettelse, nyeste først.', other: '{count} rettelser, nyeste først.' },

  'notFound.title': 'Siden blev ikke fundet',
  'notFound.text': 'Der er ingen side på denne adresse. Den kan være flyttet, eller linket kan være stavet forkert.',
  'notFound.latest': 'Seneste artikler',
  'offlinePage.title': 'Ikke gemt på denne enhed',
  'offlinePage.text':
    'Du er offline, og denne side er ikke gemt i denne browser. Sider, du åbner, mens du er online, bliver gemt, og når arkivet er gemt offline, virker søgningen uden netværk.',
  'offlinePage.fromIndex': 'Artiklens tekst, som søgeindekset har gemt den (uden billeder og layout):',

  'onThisDay.title': 'På denne dag',
  'onThisDay.description': 'Artikler udgivet på denne dag i tidligere år.',
  'onThisDay.intro': 'Artikler udgivet på dagens dato i tidligere år.',
  'onThisDay.noscript':
    'Denne side finder dagens dato i din browser, hvilket kræver JavaScript. Uden det kan du bladre i arkivet efter dato: hvert år og hver måned har sin egen side, der viser artiklerne dag for dag.',
  // "den 7. juni", as Danish writes a day in a sentence.
  'onThisDay.none': 'Intet i arkivet blev udgivet den {day} i tidligere år.',
  'onThisDay.some': {
    one: '{count} artikel udgivet den {day} i tidligere år:',
    other: '{count} artikler udgivet den {day} i tidligere år:',
  },
  'onThisDay.failed': 'Listen for i dag kunne ikke indlæses ({error}). Bladr i stedet i arkivet efter dato.',

  'search.title': 'Søg',
  'search.description': 'Søg i alle arkivets artikler.',
  'search.heading': 'Søg i arkivet',
  'search.unavailable':
    'Søgningen kører i din browser: den kræver JavaScript, og at arkivet leveres af en webserver i stedet for at blive åbnet som en fil. Du kan stadig bladre i alle artikler efter dato eller sektion.',
  'search.devUnavailable':
    'Søgningen skal bruge det indeks, som bygget skriver, og det har udviklingsserveren ikke. Kør npm run build én gang (indekset bliver liggende i dist/, og udviklingsserveren bruger det), eller npm start for at se det færdigbyggede site.',
  'search.form': 'Arkivsøgning',
  'search.words': 'Ord at søge efter',
  'search.narrow': 'Afgræns og sortér resultaterne',
  'search.narrowSet': { one: '{count} i brug', other: '{count} i brug' },
  'search.section': 'Sektion',
  'search.anySection': 'Alle sektioner',
  'search.author': 'Skribent',
  'search.anyAuthor': 'Alle skribenter',
  'search.tag': 'Emne',
  'search.anyTag': 'Alle emner',
  'search.year': 'År',
  'search.anyYear': 'Alle år',
  'search.source': 'Kilde',
  'search.anySource': 'Alle kilder',
  'search.order': 'Sortering',
  'search.relevance': 'Mest relevante',
  'search.newest': 'Nyeste først',
  'search.oldest': 'Ældste først',
  'search.results': 'Søgeresultater',
  'search.more': 'Indlæs flere resultater',
  'search.prompt': 'Skriv ord for at søge i alle arkivets artikler.',
  'search.searching': 'Søger…',
  'search.loading': 'Indlæser søgeindekset…',
  'search.fileProtocol':
    'Søgningen kan ikke køre fra en fil på disken: browsere afviser at læse dens indeks der. Server mappen med en lokal webserver (se README).',
  'search.failed': 'Søgningen kunne ikke indlæses: {reason}',
  'search.none': 'Ingen resultater.',
  'search.noneFor': 'Ingen resultater for »{query}«.',
  'search.noneFiltered': 'Ingen resultater med disse filtre.',
  'search.noneForFiltered': 'Ingen resultater for »{query}« med disse filtre.',
  'search.count': { one: '{count} resultat', other: '{count} resultater' },
  'search.countFor': { one: '{count} resultat for »{query}«', other: '{count} resultater for »{query}«' },
  'search.countFiltered': { one: '{count} resultat med disse filtre', other: '{count} resultater med disse filtre' },
  'search.countForFiltered': {
    one: '{count} resultat for »{query}« med disse filtre',
    other: '{count} resultater for »{query}« med disse filtre',
  },
  'search.from': 'Fra',
  'search.to': 'Til',
  'search.rangeHint': 'år, måned eller dag',
  // Inside » «, as Danish nests quotes.
  'search.quotedPhrase': '›{phrase}‹',
  'search.fromUnreadable':
    'Startdatoen »{text}« kunne ikke forstås, så søgningen ser bort fra den. Skriv et år, en måned eller en dag: 1998, 1998-06 eller 1998-06-15.',
  'search.toUnreadable':
    'Slutdatoen »{text}« kunne ikke forstås, så søgningen ser bort fra den. Skriv et år, en måned eller en dag: 1998, 1998-06 eller 1998-06-15.',
  'search.backwardRange': '»Fra«-datoen ligger efter »Til«-datoen: der kan ikke findes noget mellem dem.',
  'search.atLeast': {
    one: 'Mindst {count} resultat (indlæs flere for at søge videre)',
    other: 'Mindst {count} resultater (indlæs flere for at søge videre)',
  },
  'search.atLeastFor': {
    one: 'Mindst {count} resultat for »{query}« (indlæs flere for at søge videre)',
    other: 'Mindst {count} resultater for »{query}« (indlæs flere for at søge videre)',
  },
  'search.atLeastFiltered': {
    one: 'Mindst {count} resultat med disse filtre (indlæs flere for at søge videre)',
    other: 'Mindst {count} resultater med disse filtre (indlæs flere for at søge videre)',
  },
  'search.atLeastForFiltered': {
    one: 'Mindst {count} resultat for »{query}« med disse filtre (indlæs flere for at søge videre)',
    other: 'Mindst {count} resultater for »{query}« med disse filtre (indlæs flere for at søge videre)',
  },
  'search.phraseCheckedNewest': {
    one: 'Den nyeste artikel med disse ord er tjekket for den nøjagtige frase »{query}«. Fundet indtil nu: {found}.',
    other:
      'De {count} nyeste artikler med disse ord er tjekket for den nøjagtige frase »{query}«. Fundet indtil nu: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Den ældste artikel med disse ord er tjekket for den nøjagtige frase »{query}«. Fundet indtil nu: {found}.',
    other:
      'De {count} ældste artikler med disse ord er tjekket for den nøjagtige frase »{query}«. Fundet indtil nu: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: '{count} artikel med disse ord er tjekket for den nøjagtige frase »{query}«. Fundet indtil nu: {found}.',
    other:
      '{count} artikler med disse ord, de mest relevante først, er tjekket for den nøjagtige frase »{query}«. Fundet indtil nu: {found}.',
  },
  'search.checkOlder': 'Tjek ældre artikler',
  'search.checkNewer': 'Tjek nyere artikler',
  'search.checkMore': 'Tjek flere artikler',
  'highlight.showing': 'Fremhæver »{words}«.',
  'highlight.clear': 'Fjern fremhævning',
  'highlight.next': 'Næste forekomst',
  'search.bytes': { one: '{count} byte', other: '{count} bytes' },
  'offline.title': 'Gem arkivet offline',
  'offline.keep': 'Gem offline',
  'offline.progress': 'Download til offlinebrug',
  'offline.size': {
    one: 'Henter hele søgeindekset og denne side: {size} i {count} fil. Artikler, du åbner, bliver gemt, mens du læser dem.',
    other:
      'Henter hele søgeindekset og denne side: {size} i {count} filer. Artikler, du åbner, bliver gemt, mens du læser dem.',
  },
  'offline.kept': 'Arkivets søgning er gemt offline i denne browser.',
  'offline.downloading': 'Henter {size}…',
  'offline.done': 'Færdig: {size} gemt. Søgningen virker nu uden netværk i denne browser.',
  'offline.stopped': 'Hentningen stoppede: {error}. Prøv igen, når du er online.',
  'offline.notKept': 'Ikke gemt offline: {error}. Søgning offline virker ikke, før det lykkes.',
  'offline.retry': 'Prøv igen',
  'offline.filesFailed': {
    one: '{count} fil kunne ikke gemmes: {files}',
    other: '{count} filer kunne ikke gemmes: {files}',
  },

  'import.untitled': 'Uden titel ({file})',
} satisfies Messages;

/** The day an ordinal with its stop, months and weekdays in lower case; weeks from Monday. */
export const dateLocale = da;
