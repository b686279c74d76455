/**
 * Swedish, as Swedish and Finland-Swedish news sites word it (SVT, DN, Hufvudstadsbladet): "artikel" for an
 * article, "avdelning" for a section, "ämnen" for tags, "skribent", "Sök", "Startsida" for the front page; the
 * reader addressed as "du", buttons in the imperative ("Försök igen", "Visa fler träffar"), "träff" for a search
 * result. Two forms, one (1 alone) and other: "1 artikel", "2 artiklar", "20 artiklar" ("år" and "byte" alike in
 * both: "1 år", "20 år"). Finland's Swedish (`sv-FI`) reads this table too.
 *
 * Dates as Swedish papers print them: "3 maj 2021" with no stop after the day, the weekday before it ("måndag 3
 * maj 2021", as CLDR's full date), a month alone "Maj 2021" (a capital as it stands alone, as a heading does;
 * in lower case within a sentence), a time after "kl.". ” ” quotes with ’ ’ inside, as Swedish articles are set
 * (src/markdown/typography-styles.ts); weeks from Monday, headed mån tis ons as date-fns abbreviates them.
 */
import { sv } from 'date-fns/locale/sv';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE d MMMM yyyy',
  'date.month': 'LLLL yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  // "3 maj 2021 kl. 08:30 (UTC+02:00)".
  'date.dateTime': '{day} kl. {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // mån tis ons tors fre lör sön.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Hoppa till innehållet',
  'shell.menu': 'Meny',
  'shell.nav': 'Arkiv',
  'nav.home': 'Senaste',
  'nav.archive': 'Efter datum',
  'nav.sections': 'Avdelningar',
  'nav.tags': 'Ämnen',
  'nav.authors': 'Skribenter',
  'nav.sources': 'Källor',
  'shell.quickSearch': 'Snabbsök',
  'shell.searchLabel': 'Sök i arkivet',
  'shell.searchPlaceholder': 'Sök artiklar',
  'shell.searchButton': 'Sök',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Bläddra efter datum',
  'footer.onThisDay': 'Den här dagen',
  'footer.corrections': 'Rättelser',
  'footer.rss': 'RSS-flöde',
  'footer.atom': 'Atom-flöde',
  'footer.json': 'JSON-flöde',
  'footer.sitemap': 'Webbplatskarta',

  'list.breadcrumb': 'Brödsmulor',
  'list.home': 'Startsida',
  'list.count': { one: '{count} artikel', other: '{count} artiklar' },
  'list.span': 'Artiklar från {first} till {last}',
  'list.titlePage': '{title} (sida {page})',
  'list.follow': 'Följ {title}:',
  'list.by': 'Av {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Sidor',
  'pager.newer': '← Nyare',
  'pager.older': 'Äldre →',
  'pager.page': 'Sida {page}',

  'home.latest': 'Senaste',
  'home.empty': 'Arkivet är tomt: lägg Markdown-artiklar i {folder}.',
  'home.browseAll': {
    one: 'Bläddra efter datum: {count} artikel →',
    other: 'Bläddra bland alla {count} artiklar efter datum →',
  },

  'facet.sections': 'Avdelningar',
  'facet.tags': 'Ämnen',
  'facet.authors': 'Skribenter',
  'facet.sources': 'Källor',
  'facet.sections.count': { one: '{count} avdelning', other: '{count} avdelningar' },
  'facet.tags.count': { one: '{count} ämne', other: '{count} ämnen' },
  'facet.authors.count': { one: '{count} skribent', other: '{count} skribenter' },
  'facet.sources.count': { one: '{count} källa', other: '{count} källor' },
  'facet.inArchive': '{what} i arkivet',
  'facet.tags.title': 'Ämne: {name}',
  'facet.authors.title': 'Av {name}',
  'facet.sources.title': 'Från {name}',

  'archive.title': 'Bläddra efter datum',
  'archive.summary': { one: '{articles} under {count} år', other: '{articles} under {count} år' },
  'year.months': 'Månaderna {year}',
  'year.none': 'inga',
  'year.others': 'Andra år',
  'month.others': 'Andra månader',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: dagar med artiklar',
  'calendar.articles': { one: ' artikel', other: ' artiklar' },

  'article.by': 'Av {names}',
  'article.minutes': { one: 'Lästid {count} min', other: 'Lästid {count} min' },
  'article.updated': 'Uppdaterad {date}',
  'article.source': 'Ursprungligen publicerad av {source}',
  'article.retrieved': ', hämtad {date}',
  'article.tags': 'Ämnen',
  'article.moreInTime': 'Fler artiklar före och efter',
  'article.newer': 'Nyare',
  'article.older': 'Äldre',
  'article.corrections': 'Rättelser och uppdateringar',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17:e uppl.), litteraturförteckning',
  'article.related': 'Relaterat',
  'article.cite': 'Citera artikeln',
  'article.footnotes': 'Fotnoter',
  'article.footnoteBack': 'Tillbaka till hänvisning {reference}',
  'zim.searchHelp':
    'Den här kopian av arkivet är en ZIM-fil som läses i Kiwix. Sök i den med sökfunktionen i Kiwix: sökrutan högst upp på sidan i en webbläsare (kiwix-serve) eller sökknappen i Kiwix-appen. Varje artikel finns i registret under sin rubrik.',
  'zim.browse': 'Du kan också bläddra bland alla artiklar:',

  'corrections.title': 'Rättelser',
  'corrections.heading': 'Rättelser och uppdateringar',
  'corrections.description': 'Alla rättelser och uppdateringar av artiklar i arkivet.',
  'corrections.none': 'Ingen artikel i arkivet har rättats.',
  'corrections.count': { one: '{count} rättelse, den senaste först.', other: '{count} rättelser, de senaste först.' },

  'notFound.title': 'Sidan hittades inte',
  'notFound.text': 'Det finns ingen sida på den här adressen. Den kan ha flyttats, eller så är länken felskriven.',
  'notFound.latest': 'Senaste artiklarna',
  'offlinePage.title': 'Inte sparad på den här enheten',
  'offlinePage.text':
    'Du är offline, och den här sidan har inte sparats i den här webbläsaren. Sidor som du öppnar när du är online sparas, och när arkivet har sparats för offlinebruk fungerar sökningen utan nätverk.',
  'offlinePage.fromIndex': 'Artikelns text så som sökindexet har sparat den (utan bilder och layout):',

  'onThisDay.title': 'Den här dagen',
  'onThisDay.description': 'Artiklar publicerade den här dagen tidigare år.',
  'onThisDay.intro': 'Artiklar publicerade på dagens datum tidigare år.',
  'onThisDay.noscript':
    'Den här sidan hämtar dagens datum i din webbläsare, vilket kräver JavaScript. Utan det kan du bläddra i arkivet efter datum: varje år och varje månad har en egen sida som listar artiklarna dag för dag.',
  // "den 3 maj", as Swedish writes a day in a sentence.
  'onThisDay.none': 'Inget i arkivet publicerades den {day} tidigare år.',
  'onThisDay.some': {
    one: '{count} artikel publicerad den {day} tidigare år:',
    other: '{count} artiklar publicerade den {day} tidigare år:',
  },
  'onThisDay.failed': 'Listan för i dag kunde inte laddas ({error}). Bläddra i arkivet efter datum i stället.',

  'search.title': 'Sök',
  'search.description': 'Sök bland alla artiklar i arkivet.',
  'search.heading': 'Sök i arkivet',
  'search.unavailable':
    'Sökningen körs i din webbläsare: den kräver JavaScript, och att arkivet levereras av en webbserver i stället för att öppnas som en fil. Du kan fortfarande bläddra bland alla artiklar efter datum eller avdelning.',
  'search.devUnavailable':
    'Sökningen behöver indexet som bygget skriver, och det har utvecklingsservern inte. Kör npm run build en gång (indexet ligger kvar i dist/ och utvecklingsservern använder det), eller npm start för att se den byggda webbplatsen.',
  'search.form': 'Arkivsökning',
  'search.words': 'Ord att söka efter',
  'search.narrow': 'Avgränsa och sortera träffarna',
  // "1 aktivt", "2 aktiva": a filter (ett filter) in use.
  'search.narrowSet': { one: '{count} aktivt', other: '{count} aktiva' },
  'search.section': 'Avdelning',
  'search.anySection': 'Alla avdelningar',
  'search.author': 'Skribent',
  'search.anyAuthor': 'Alla skribenter',
  'search.tag': 'Ämne',
  'search.anyTag': 'Alla ämnen',
  'search.year': 'År',
  'search.anyYear': 'Alla år',
  'search.source': 'Källa',
  'search.anySource': 'Alla källor',
  'search.order': 'Sortering',
  'search.relevance': 'Bästa träff',
  'search.newest': 'Nyaste först',
  'search.oldest': 'Äldsta först',
  'search.results': 'Sökresultat',
  'search.more': 'Visa fler träffar',
  'search.prompt': 'Skriv ord för att söka bland alla artiklar i arkivet.',
  'search.searching': 'Söker…',
  'search.loading': 'Laddar sökindexet…',
  'search.fileProtocol':
    'Sökningen kan inte köras från en fil på disken: webbläsare vägrar läsa dess index där. Servera mappen med en lokal webbserver (se README).',
  'search.failed': 'Sökningen kunde inte laddas: {reason}',
  'search.none': 'Inga träffar.',
  'search.noneFor': 'Inga träffar för ”{query}”.',
  'search.noneFiltered': 'Inga träffar med de här filtren.',
  'search.noneForFiltered': 'Inga träffar för ”{query}” med de här filtren.',
  'search.count': { one: '{count} träff', other: '{count} träffar' },
  'search.countFor': { one: '{count} träff för ”{query}”', other: '{count} träffar för ”{query}”' },
  'search.countFiltered': { one: '{count} träff med de här filtren', other: '{count} träffar med de här filtren' },
  'search.countForFiltered': {
    one: '{count} träff för ”{query}” med de här filtren',
    other: '{count} träffar för ”{query}” med de här filtren',
  },
  'search.from': 'Från',
  'search.to': 'Till',
  'search.rangeHint': 'år, månad eller dag',
  // Inside ” ”, as Swedish nests quotes.
  'search.quotedPhrase': '’{phrase}’',
  'search.fromUnreadable':
    'Startdatumet ”{text}” kunde inte tolkas, så sökningen bortser från det. Skriv ett år, en månad eller en dag: 1998, 1998-06 eller 1998-06-15.',
  'search.toUnreadable':
    'Slutdatumet ”{text}” kunde inte tolkas, så sökningen bortser från det. Skriv ett år, en månad eller en dag: 1998, 1998-06 eller 1998-06-15.',
  'search.backwardRange': '”Från”-datumet ligger efter ”Till”-datumet: inget kan hittas mellan dem.',
  'search.atLeast': {
    one: 'Minst {count} träff (visa fler för att söka vidare)',
    other: 'Minst {count} träffar (visa fler för att söka vidare)',
  },
  'search.atLeastFor': {
    one: 'Minst {count} träff för ”{query}” (visa fler för att söka vidare)',
    other: 'Minst {count} träffar för ”{query}” (visa fler för att söka vidare)',
  },
  'search.atLeastFiltered': {
    one: 'Minst {count} träff med de här filtren (visa fler för att söka vidare)',
    other: 'Minst {count} träffar med de här filtren (visa fler för att söka vidare)',
  },
  'search.atLeastForFiltered': {
    one: 'Minst {count} träff för ”{query}” med de här filtren (visa fler för att söka vidare)',
    other: 'Minst {count} träffar för ”{query}” med de här filtren (visa fler för att söka vidare)',
  },
  'search.phraseCheckedNewest': {
    one: 'Den nyaste artikeln med de här orden har kontrollerats för den exakta frasen ”{query}”. Träffar hittills: {found}.',
    other:
      'De {count} nyaste artiklarna med de här orden har kontrollerats för den exakta frasen ”{query}”. Träffar hittills: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Den äldsta artikeln med de här orden har kontrollerats för den exakta frasen ”{query}”. Träffar hittills: {found}.',
    other:
      'De {count} äldsta artiklarna med de här orden har kontrollerats för den exakta frasen ”{query}”. Träffar hittills: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: '{count} artikel med de här orden har kontrollerats för den exakta frasen ”{query}”. Träffar hittills: {found}.',
    other:
      '{count} artiklar med de här orden, bästa träffarna först, har kontrollerats för den exakta frasen ”{query}”. Träffar hittills: {found}.',
  },
  'search.checkOlder': 'Kontrollera äldre artiklar',
  'search.checkNewer': 'Kontrollera nyare artiklar',
  'search.checkMore': 'Kontrollera fler artiklar',
  'highlight.showing': 'Markerar ”{words}”.',
  'highlight.clear': 'Ta bort markeringen',
  'highlight.next': 'Nästa träff',
  'search.bytes': { one: '{count} byte', other: '{count} byte' },
  'offline.title': 'Spara arkivet för offlinebruk',
  'offline.keep': 'Spara offline',
  'offline.progress': 'Nedladdning för offlinebruk',
  'offline.size': {
    one: 'Laddar ner hela sökindexet och den här sidan: {size} i {count} fil. Artiklar som du öppnar sparas medan du läser dem.',
    other:
      'Laddar ner hela sökindexet och den här sidan: {size} i {count} filer. Artiklar som du öppnar sparas medan du läser dem.',
  },
  'offline.kept': 'Arkivets sökning är sparad för offlinebruk i den här webbläsaren.',
  'offline.downloading': 'Laddar ner {size}…',
  'offline.done': 'Klart: {size} sparat. Sökningen fungerar nu utan nätverk i den här webbläsaren.',
  'offline.stopped': 'Nedladdningen avbröts: {error}. Försök igen när du är online.',
  'offline.notKept': 'Inte sparat offline: {error}. Sökning offline fungerar inte förrän detta lyckas.',
  'offline.retry': 'Försök igen',
  'offline.filesFailed': {
    one: '{count} fil kunde inte sparas: {files}',
    other: '{count} filer kunde inte sparas: {files}',
  },

  'import.untitled': 'Utan rubrik ({file})',
} satisfies Messages;

/** Months and weekdays in lower case; weeks from Monday. */
export const dateLocale = sv;
