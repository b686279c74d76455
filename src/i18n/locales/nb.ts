/**
 * Norwegian Bokmål, as Norwegian news sites word it (NRK, Aftenposten): "artikkel" for an article, "sak" for a
 * story among others ("Relaterte saker"), "seksjon" for a section, "emner" for tags, "skribent", "Søk", "Forside"
 * for the front page; the reader addressed as "du", buttons in the imperative ("Prøv igjen", "Last inn flere
 * resultater"), "treff" for a search result. Two forms, one (1 alone) and other: "1 artikkel", "2 artikler", "20
 * artikler" ("treff" and "år" alike in both: "1 treff", "20 treff"). The tag `no` (Norwegian, the language Bokmål
 * and Nynorsk are written forms of) reads this table, as CLDR's `no` is Bokmål's (src/i18n/find-language.ts);
 * Nynorsk (`nn`) has its own words and no table yet.
 *
 * Dates as Norwegian papers print them: the day an ordinal with its stop ("14. mai 2021"), the weekday before it
 * ("fredag 14. mai 2021", as CLDR's full date), a month alone "Mai 2021" (a capital as it stands alone, as a
 * heading does; in lower case within a sentence), a time after "kl.". « » quotes with ‘ ’ inside, as Norwegian
 * articles are set (Språkrådet's rule, NRK's and Aftenposten's practice); weeks from Monday, headed man tir ons as
 * date-fns abbreviates them.
 */
import { nb } from 'date-fns/locale/nb';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy',
  'date.weekdayDay': 'EEEE d. MMMM yyyy',
  'date.month': 'LLLL yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  // "14. mai 2021 kl. 08:30 (UTC+02:00)".
  'date.dateTime': '{day} kl. {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // man tir ons tor fre lør søn.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Gå til innholdet',
  'shell.menu': 'Meny',
  'shell.nav': 'Arkiv',
  'nav.home': 'Siste',
  'nav.archive': 'Etter dato',
  'nav.sections': 'Seksjoner',
  'nav.tags': 'Emner',
  'nav.authors': 'Skribenter',
  'nav.sources': 'Kilder',
  'shell.quickSearch': 'Hurtigsøk',
  'shell.searchLabel': 'Søk i arkivet',
  'shell.searchPlaceholder': 'Søk i artikler',
  'shell.searchButton': 'Søk',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Bla etter dato',
  'footer.onThisDay': 'På denne dagen',
  'footer.corrections': 'Rettelser',
  'footer.rss': 'RSS-feed',
  'footer.atom': 'Atom-feed',
  'footer.json': 'JSON-feed',
  'footer.sitemap': 'Nettstedskart',

  'list.breadcrumb': 'Brødsmulesti',
  'list.home': 'Forside',
  'list.count': { one: '{count} artikkel', other: '{count} artikler' },
  'list.span': 'Artikler fra {first} til {last}',
  'list.titlePage': '{title} (side {page})',
  'list.follow': 'Følg {title}:',
  'list.by': 'Av {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Sider',
  'pager.newer': '← Nyere',
  'pager.older': 'Eldre →',
  'pager.page': 'Side {page}',

  'home.latest': 'Siste',
  'home.empty': 'Arkivet er tomt: legg Markdown-artikler i {folder}.',
  'home.browseAll': {
    one: 'Bla etter dato: {count} artikkel →',
    other: 'Bla gjennom alle de {count} artiklene etter dato →',
  },

  'facet.sections': 'Seksjoner',
  'facet.tags': 'Emner',
  'facet.authors': 'Skribenter',
  'facet.sources': 'Kilder',
  'facet.sections.count': { one: '{count} seksjon', other: '{count} seksjoner' },
  'facet.tags.count': { one: '{count} emne', other: '{count} emner' },
  'facet.authors.count': { one: '{count} skribent', other: '{count} skribenter' },
  'facet.sources.count': { one: '{count} kilde', other: '{count} kilder' },
  'facet.inArchive': '{what} i arkivet',
  'facet.tags.title': 'Emne: {name}',
  'facet.authors.title': 'Av {name}',
  'facet.sources.title': 'Fra {name}',

  'archive.title': 'Bla etter dato',
  'archive.summary': { one: '{articles} over {count} år', other: '{articles} over {count} år' },
  'year.months': 'Månedene i {year}',
  'year.none': 'ingen',
  'year.others': 'Andre år',
  'month.others': 'Andre måneder',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: dager med artikler',
  'calendar.articles': { one: ' artikkel', other: ' artikler' },

  'article.by': 'Av {names}',
  'article.minutes': { one: 'Lesetid {count} min', other: 'Lesetid {count} min' },
  'article.updated': 'Oppdatert {date}',
  'article.source': 'Opprinnelig publisert av {source}',
  'article.retrieved': ', hentet {date}',
  'article.tags': 'Emner',
  'article.moreInTime': 'Flere artikler før og etter',
  'article.newer': 'Nyere',
  'article.older': 'Eldre',
  'article.corrections': 'Rettelser og oppdateringer',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17. utg.), litteraturliste',
  'article.related': 'Relaterte saker',
  'article.cite': 'Siter denne artikkelen',
  'article.footnotes': 'Fotnoter',
  'article.footnoteBack': 'Tilbake til henvisning {reference}',
  'zim.searchHelp':
    'Denne kopien av arkivet er en ZIM-fil som leses i Kiwix. Søk i den med søkefunksjonen i Kiwix: søkefeltet øverst på siden i en nettleser (kiwix-serve) eller søkeknappen i Kiwix-appen. Alle artiklene ligger i registeret under overskriften sin.',
  'zim.browse': 'Du kan også bla gjennom alle artiklene:',

  'corrections.title': 'Rettelser',
  'corrections.heading': 'Rettelser og oppdateringer',
  'corrections.description': 'Alle rettelser og oppdateringer av artikler i arkivet.',
  'corrections.none': 'Ingen artikler i arkivet er rettet.',
  'corrections.count': { one: '{count} rettelse, nyeste først.', other: '{count} rettelser, nyeste først.' },

  'notFound.title': 'Fant ikke siden',
  'notFound.text':
    'Det finnes ingen side på denne adressen. Den kan ha blitt flyttet, eller lenken kan være feilskrevet.',
  'notFound.latest': 'Siste artikler',
  'offlinePage.title': 'Ikke lagret på denne enheten',
  'offlinePage.text':
    'Du er frakoblet, og denne siden er ikke lagret i denne nettleseren. Sider du åpner mens du er på nett, blir lagret, og når arkivet er lagret for bruk uten nett, fungerer søket uten nettverk.',
  'offlinePage.fromIndex': 'Teksten i artikkelen slik søkeindeksen har lagret den (uten bilder og layout):',

  'onThisDay.title': 'På denne dagen',
  'onThisDay.description': 'Artikler publisert på denne dagen tidligere år.',
  'onThisDay.intro': 'Artikler publisert på dagens dato tidligere år.',
  'onThisDay.noscript':
    'Denne siden finner dagens dato i nettleseren din, og det krever JavaScript. Uten det kan du bla i arkivet etter dato: hvert år og hver måned har sin egen side, som viser artiklene dag for dag.',
  'onThisDay.none': 'Ingenting i arkivet ble publisert {day} tidligere år.',
  'onThisDay.some': {
    one: '{count} artikkel publisert {day} tidligere år:',
    other: '{count} artikler publisert {day} tidligere år:',
  },
  'onThisDay.failed': 'Listen for i dag kunne ikke lastes inn ({error}). Bla i arkivet etter dato i stedet.',

  'search.title': 'Søk',
  'search.description': 'Søk i alle artiklene i arkivet.',
  'search.heading': 'Søk i arkivet',
  'search.unavailable':
    'Søket kjører i nettleseren din: det krever JavaScript, og at arkivet leveres av en nettserver i stedet for å åpnes som en fil. Du kan fortsatt bla gjennom alle artiklene etter dato eller seksjon.',
  'search.devUnavailable':
    'Søket trenger indeksen som byggingen skriver, og som utviklingsserveren ikke har. Kjør npm run build én gang (indeksen blir liggende i dist/, og utviklingsserveren bruker den), eller npm start for å se det ferdigbygde nettstedet.',
  'search.form': 'Arkivsøk',
  'search.words': 'Ord å søke etter',
  'search.narrow': 'Avgrens og sorter resultatene',
  'search.narrowSet': { one: '{count} i bruk', other: '{count} i bruk' },
  'search.section': 'Seksjon',
  'search.anySection': 'Alle seksjoner',
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
  'search.oldest': 'Eldste først',
  'search.results': 'Søkeresultater',
  'search.more': 'Last inn flere resultater',
  'search.prompt': 'Skriv inn ord for å søke i alle artiklene i arkivet.',
  'search.searching': 'Søker …',
  'search.loading': 'Laster inn søkeindeksen …',
  'search.fileProtocol':
    'Søket kan ikke kjøre fra en fil på disken: nettlesere nekter å lese indeksen der. Server mappen med en lokal nettserver (se README).',
  'search.failed': 'Søket kunne ikke lastes inn: {reason}',
  'search.none': 'Ingen treff.',
  'search.noneFor': 'Ingen treff for «{query}».',
  'search.noneFiltered': 'Ingen treff med disse filtrene.',
  'search.noneForFiltered': 'Ingen treff for «{query}» med disse filtrene.',
  'search.count': { one: '{count} treff', other: '{count} treff' },
  'search.countFor': { one: '{count} treff for «{query}»', other: '{count} treff for «{query}»' },
  'search.countFiltered': { one: '{count} treff med disse filtrene', other: '{count} treff med disse filtrene' },
  'search.countForFiltered': {
    one: '{count} treff for «{query}» med disse filtrene',
    other: '{count} treff for «{query}» med disse filtrene',
  },
  'search.from': 'Fra',
  'search.to': 'Til',
  'search.rangeHint': 'år, måned eller dag',
  // Inside « », as Norwegian nests quotes.
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'Startdatoen «{text}» ble ikke forstått, så søket ser bort fra den. Skriv et år, en måned eller en dag: 1998, 1998-06 eller 1998-06-15.',
  'search.toUnreadable':
    'Sluttdatoen «{text}» ble ikke forstått, så søket ser bort fra den. Skriv et år, en måned eller en dag: 1998, 1998-06 eller 1998-06-15.',
  'search.backwardRange': '«Fra»-datoen er etter «Til»-datoen: ingenting kan finnes mellom dem.',
  'search.atLeast': {
    one: 'Minst {count} treff (last inn flere for å søke videre)',
    other: 'Minst {count} treff (last inn flere for å søke videre)',
  },
  'search.atLeastFor': {
    one: 'Minst {count} treff for «{query}» (last inn flere for å søke videre)',
    other: 'Minst {count} treff for «{query}» (last inn flere for å søke videre)',
  },
  'search.atLeastFiltered': {
    one: 'Minst {count} treff med disse filtrene (last inn flere for å søke videre)',
    other: 'Minst {count} treff med disse filtrene (last inn flere for å søke videre)',
  },
  'search.atLeastForFiltered': {
    one: 'Minst {count} treff for «{query}» med disse filtrene (last inn flere for å søke videre)',
    other: 'Minst {count} treff for «{query}» med disse filtrene (last inn flere for å søke videre)',
  },
  'search.phraseCheckedNewest': {
    one: 'Den nyeste artikkelen med disse ordene er sjekket for den eksakte frasen «{query}». Treff så langt: {found}.',
    other:
      'De {count} nyeste artiklene med disse ordene er sjekket for den eksakte frasen «{query}». Treff så langt: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Den eldste artikkelen med disse ordene er sjekket for den eksakte frasen «{query}». Treff så langt: {found}.',
    other:
      'De {count} eldste artiklene med disse ordene er sjekket for den eksakte frasen «{query}». Treff så langt: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: '{count} artikkel med disse ordene er sjekket for den eksakte frasen «{query}». Treff så langt: {found}.',
    other:
      '{count} artikler med disse ordene, de mest relevante først, er sjekket for den eksakte frasen «{query}». Treff så langt: {found}.',
  },
  'search.checkOlder': 'Sjekk eldre artikler',
  'search.checkNewer': 'Sjekk nyere artikler',
  'search.checkMore': 'Sjekk flere artikler',
  'highlight.showing': 'Uthever «{words}».',
  'highlight.clear': 'Fjern uthevingen',
  'highlight.next': 'Neste treff',
  'search.bytes': { one: '{count} byte', other: '{count} byte' },
  'offline.title': 'Lagre arkivet for bruk uten nett',
  'offline.keep': 'Lagre for bruk uten nett',
  'offline.progress': 'Nedlasting for bruk uten nett',
  'offline.size': {
    one: 'Laster ned hele søkeindeksen og denne siden: {size} i {count} fil. Artikler du åpner, blir lagret mens du leser dem.',
    other:
      'Laster ned hele søkeindeksen og denne siden: {size} i {count} filer. Artikler du åpner, blir lagret mens du leser dem.',
  },
  'offline.kept': 'Søket i dette arkivet er lagret for bruk uten nett i denne nettleseren.',
  'offline.downloading': 'Laster ned {size} …',
  'offline.done': 'Ferdig: {size} lagret. Søket fungerer nå uten nettverk i denne nettleseren.',
  'offline.stopped': 'Nedlastingen stoppet: {error}. Prøv igjen når du er på nett.',
  'offline.notKept': 'Ikke lagret for bruk uten nett: {error}. Søk uten nett fungerer ikke før dette lykkes.',
  'offline.retry': 'Prøv igjen',
  'offline.filesFailed': {
    one: '{count} fil kunne ikke lagres: {files}',
    other: '{count} filer kunne ikke lagres: {files}',
  },

  'import.untitled': 'Uten tittel ({file})',
} satisfies Messages;

/** The day an ordinal with its stop, months and weekdays in lower case; weeks from Monday. */
export const dateLocale = nb;
