/**
 * Dutch, as Dutch and Flemish news sites write it: the reader addressed as "je", “ ” quotes with ‘ ’ inside
 * them, as Dutch articles are set (src/markdown/typography-styles.ts), calendar weeks from Monday (ma di wo).
 */
import { nl } from 'date-fns/locale/nl';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // Dutch calendars head their columns ma di wo do vr za zo: date-fns's short form, not its abbreviation (maa).
  'date.weekdayHead': 'EEEEEE',

  'shell.skip': 'Naar de inhoud',
  'shell.menu': 'Menu',
  'shell.nav': 'Archief',
  'nav.home': 'Nieuwste',
  'nav.archive': 'Op datum',
  'nav.sections': 'Rubrieken',
  'nav.tags': 'Trefwoorden',
  'nav.authors': 'Auteurs',
  'nav.sources': 'Bronnen',
  'shell.quickSearch': 'Snel zoeken',
  'shell.searchLabel': 'Zoeken in het archief',
  'shell.searchPlaceholder': 'Artikelen zoeken',
  'shell.searchButton': 'Zoeken',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Bladeren op datum',
  'footer.onThisDay': 'Op deze dag',
  'footer.corrections': 'Correcties',
  'footer.rss': 'RSS-feed',
  'footer.atom': 'Atom-feed',
  'footer.json': 'JSON-feed',
  'footer.sitemap': 'Sitemap',

  'list.breadcrumb': 'Kruimelpad',
  'list.home': 'Home',
  'list.count': { one: '{count} artikel', other: '{count} artikelen' },
  'list.span': 'Artikelen van {first} tot en met {last}',
  'list.titlePage': '{title} (pagina {page})',
  'list.follow': 'Volg {title}:',
  'list.by': 'Door {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Pagina’s',
  'pager.newer': '← Nieuwer',
  'pager.older': 'Ouder →',
  'pager.page': 'Pagina {page}',

  'home.latest': 'Nieuwste',
  'home.empty': 'Het archief is leeg: zet Markdown-artikelen in {folder}.',
  'home.browseAll': {
    one: 'Het artikel op datum bekijken →',
    other: 'Alle {count} artikelen op datum bekijken →',
  },

  'facet.sections': 'Rubrieken',
  'facet.tags': 'Trefwoorden',
  'facet.authors': 'Auteurs',
  'facet.sources': 'Bronnen',
  'facet.sections.count': { one: '{count} rubriek', other: '{count} rubrieken' },
  'facet.tags.count': { one: '{count} trefwoord', other: '{count} trefwoorden' },
  'facet.authors.count': { one: '{count} auteur', other: '{count} auteurs' },
  'facet.sources.count': { one: '{count} bron', other: '{count} bronnen' },
  'facet.inArchive': '{what} in het archief',
  'facet.tags.title': 'Trefwoord “{name}”',
  'facet.authors.title': 'Door {name}',
  'facet.sources.title': 'Bron: {name}',

  'archive.title': 'Bladeren op datum',
  // Dutch counts years after a number in the singular: "3 jaar".
  'archive.summary': {
    one: '{articles}, verspreid over {count} jaar',
    other: '{articles}, verspreid over {count} jaar',
  },
  'year.months': 'Maanden van {year}',
  'year.none': 'geen',
  'year.others': 'Andere jaren',
  'month.others': 'Andere maanden',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: dagen met artikelen',
  'calendar.articles': { one: ' artikel', other: ' artikelen' },

  'article.by': 'Door {names}',
  'article.minutes': { one: '{count} min. leestijd', other: '{count} min. leestijd' },
  'article.updated': 'Bijgewerkt op {date}',
  'article.source': 'Oorspronkelijk gepubliceerd door {source}',
  'article.retrieved': ', geraadpleegd op {date}',
  'article.tags': 'Trefwoorden',
  'article.moreInTime': 'Eerdere en latere artikelen',
  'article.newer': 'Nieuwer',
  'article.older': 'Ouder',
  'article.corrections': 'Correcties en aanvullingen',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17e ed.), bibliografie',
  'article.related': 'Meer over dit onderwerp',
  'article.cite': 'Citeer dit artikel',
  'article.footnotes': 'Voetnoten',
  'article.footnoteBack': 'Terug naar verwijzing {reference}',
  'zim.searchHelp':
    'Deze kopie van het archief is een ZIM-bestand, dat je in Kiwix leest. Doorzoek het met de zoekfunctie van Kiwix zelf: het zoekvak boven aan de pagina in een browser (kiwix-serve), of de zoekknop van de Kiwix-app. Elk artikel staat in de index, onder zijn kop.',
  'zim.browse': 'Je kunt ook door alle artikelen bladeren:',

  'corrections.title': 'Correcties',
  'corrections.heading': 'Correcties en aanvullingen',
  'corrections.description': 'Alle correcties en aanvullingen bij artikelen in het archief.',
  'corrections.none': 'Geen enkel artikel in het archief is gecorrigeerd.',
  'corrections.count': {
    one: '{count} correctie, de nieuwste eerst.',
    other: '{count} correcties, de nieuwste eerst.',
  },

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text':
    'Op dit adres staat geen pagina. Misschien is de pagina verplaatst, of zit er een tikfout in de link.',
  'notFound.latest': 'Nieuwste artikelen',
  'offlinePage.title': 'Niet bewaard op dit apparaat',
  'offlinePage.text':
    'Je bent offline en deze pagina is niet in deze browser bewaard. Pagina’s die je online opent, worden bewaard, en zodra het archief offline is bewaard, werkt de zoekfunctie zonder netwerk.',
  'offlinePage.fromIndex': 'De tekst van het artikel, zoals de zoekindex die bewaart (zonder afbeeldingen en opmaak):',

  'onThisDay.title': 'Op deze dag',
  'onThisDay.description': 'Artikelen die in eerdere jaren op deze dag zijn verschenen.',
  'onThisDay.intro': 'Artikelen die in eerdere jaren op de datum van vandaag zijn verschenen.',
  'onThisDay.noscript':
    'Deze pagina bepaalt de datum van vandaag in je browser en heeft daarvoor JavaScript nodig. Blader zonder JavaScript op datum door het archief: elk jaar en elke maand heeft een eigen pagina, die de artikelen dag voor dag opsomt.',
  'onThisDay.none': 'Niets in het archief is in eerdere jaren op {day} verschenen.',
  'onThisDay.some': {
    one: '{count} artikel dat in eerdere jaren op {day} is verschenen:',
    other: '{count} artikelen die in eerdere jaren op {day} zijn verschenen:',
  },
  'onThisDay.failed':
    'De lijst voor vandaag kon niet worden geladen ({error}). Blader in plaats daarvan op datum door het archief.',

  'search.title': 'Zoeken',
  'search.description': 'Doorzoek alle artikelen in het archief.',
  'search.heading': 'Zoeken in het archief',
  'search.unavailable':
    'Het zoeken gebeurt in je browser: daarvoor is JavaScript nodig, en een archief dat door een webserver wordt aangeboden in plaats van als bestand geopend. Je kunt nog wel elk artikel vinden door op datum of op rubriek te bladeren.',
  'search.devUnavailable':
    'Zoeken heeft de index nodig die de build schrijft, en die heeft de ontwikkelserver niet. Voer één keer npm run build uit (de index blijft in dist/ en de ontwikkelserver gebruikt hem), of npm start om de gebouwde site te bekijken.',
  'search.form': 'Archief doorzoeken',
  'search.words': 'Zoekwoorden',
  'search.narrow': 'Resultaten verfijnen en sorteren',
  'search.narrowSet': { one: '{count} actief', other: '{count} actief' },
  'search.section': 'Rubriek',
  'search.anySection': 'Alle rubrieken',
  'search.author': 'Auteur',
  'search.anyAuthor': 'Alle auteurs',
  'search.tag': 'Trefwoord',
  'search.anyTag': 'Alle trefwoorden',
  'search.year': 'Jaar',
  'search.anyYear': 'Alle jaren',
  'search.source': 'Bron',
  'search.anySource': 'Alle bronnen',
  'search.order': 'Volgorde',
  'search.relevance': 'Meest relevant',
  'search.newest': 'Nieuwste eerst',
  'search.oldest': 'Oudste eerst',
  'search.results': 'Zoekresultaten',
  'search.more': 'Meer resultaten laden',
  'search.prompt': 'Typ woorden om alle artikelen in het archief te doorzoeken.',
  'search.searching': 'Bezig met zoeken…',
  'search.loading': 'De zoekindex wordt geladen…',
  'search.fileProtocol':
    'Zoeken werkt niet vanuit een bestand op schijf: browsers weigeren daar de index. Bied de map aan via een lokale webserver (zie de README).',
  'search.failed': 'De zoekfunctie kon niet worden geladen: {reason}',
  'search.none': 'Geen resultaten.',
  'search.noneFor': 'Geen resultaten voor “{query}”.',
  'search.noneFiltered': 'Geen resultaten met deze filters.',
  'search.noneForFiltered': 'Geen resultaten voor “{query}” met deze filters.',
  'search.count': { one: '{count} resultaat', other: '{count} resultaten' },
  'search.countFor': { one: '{count} resultaat voor “{query}”', other: '{count} resultaten voor “{query}”' },
  'search.countFiltered': {
    one: '{count} resultaat met deze filters',
    other: '{count} resultaten met deze filters',
  },
  'search.countForFiltered': {
    one: '{count} resultaat voor “{query}” met deze filters',
    other: '{count} resultaten voor “{query}” met deze filters',
  },
  // The bounds are inclusive (to 2003-06 takes in June 2003): "tot en met", as Dutch forms write it.
  'search.from': 'Van',
  'search.to': 'Tot en met',
  'search.rangeHint': 'jaar, maand of dag',
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'De begindatum “{text}” werd niet begrepen, dus laat de zoekopdracht die weg. Schrijf een jaar, een maand of een dag: 1998, 1998-06 of 1998-06-15.',
  'search.toUnreadable':
    'De einddatum “{text}” werd niet begrepen, dus laat de zoekopdracht die weg. Schrijf een jaar, een maand of een dag: 1998, 1998-06 of 1998-06-15.',
  'search.backwardRange': 'De datum bij “Van” ligt na de datum bij “Tot en met”: daartussen valt niets te vinden.',
  'search.atLeast': {
    one: 'Minstens {count} resultaat (laad meer om verder te zoeken)',
    other: 'Minstens {count} resultaten (laad meer om verder te zoeken)',
  },
  'search.atLeastFor': {
    one: 'Minstens {count} resultaat voor “{query}” (laad meer om verder te zoeken)',
    other: 'Minstens {count} resultaten voor “{query}” (laad meer om verder te zoeken)',
  },
  'search.atLeastFiltered': {
    one: 'Minstens {count} resultaat met deze filters (laad meer om verder te zoeken)',
    other: 'Minstens {count} resultaten met deze filters (laad meer om verder te zoeken)',
  },
  'search.atLeastForFiltered': {
    one: 'Minstens {count} resultaat voor “{query}” met deze filters (laad meer om verder te zoeken)',
    other: 'Minstens {count} resultaten voor “{query}” met deze filters (laad meer om verder te zoeken)',
  },
  'search.phraseCheckedNewest': {
    one: 'Het nieuwste artikel met deze woorden is doorzocht op de exacte woordgroep “{query}”: tot nu toe {found} gevonden.',
    other:
      'De {count} nieuwste artikelen met deze woorden zijn doorzocht op de exacte woordgroep “{query}”: tot nu toe {found} gevonden.',
  },
  'search.phraseCheckedOldest': {
    one: 'Het oudste artikel met deze woorden is doorzocht op de exacte woordgroep “{query}”: tot nu toe {found} gevonden.',
    other:
      'De {count} oudste artikelen met deze woorden zijn doorzocht op de exacte woordgroep “{query}”: tot nu toe {found} gevonden.',
  },
  'search.phraseCheckedRelevance': {
    one: '{count} artikel met deze woorden is doorzocht op de exacte woordgroep “{query}”: tot nu toe {found} gevonden.',
    other:
      '{count} artikelen met deze woorden, de beste resultaten eerst, zijn doorzocht op de exacte woordgroep “{query}”: tot nu toe {found} gevonden.',
  },
  'search.checkOlder': 'Oudere artikelen doorzoeken',
  'search.checkNewer': 'Nieuwere artikelen doorzoeken',
  'search.checkMore': 'Meer artikelen doorzoeken',
  'highlight.showing': 'Gemarkeerd: “{words}”.',
  'highlight.clear': 'Markering wissen',
  'highlight.next': 'Volgende treffer',
  'search.bytes': { one: '{count} byte', other: '{count} bytes' },
  'offline.title': 'Dit archief offline bewaren',
  'offline.keep': 'Offline bewaren',
  'offline.progress': 'Download voor offline gebruik',
  'offline.size': {
    one: 'Downloadt de hele zoekindex en deze pagina: {size} in {count} bestand. Artikelen die je opent, worden bewaard terwijl je ze leest.',
    other:
      'Downloadt de hele zoekindex en deze pagina: {size} in {count} bestanden. Artikelen die je opent, worden bewaard terwijl je ze leest.',
  },
  'offline.kept': 'De zoekfunctie van dit archief is offline bewaard in deze browser.',
  'offline.downloading': '{size} wordt gedownload…',
  'offline.done': 'Klaar: {size} bewaard. Zoeken werkt in deze browser nu zonder netwerk.',
  'offline.stopped': 'De download is gestopt: {error}. Probeer het opnieuw zodra je online bent.',
  'offline.notKept': 'Niet offline bewaard: {error}. Offline zoeken werkt pas als dit lukt.',
  'offline.retry': 'Opnieuw proberen',
  'offline.filesFailed': {
    one: '{count} bestand kon niet worden bewaard: {files}',
    other: '{count} bestanden konden niet worden bewaard: {files}',
  },

  'import.untitled': 'Zonder titel ({file})',
} satisfies Messages;

export const dateLocale = nl;
