/**
 * Hungarian, as Hungarian news sites word it (Telex, Index, HVG, 444): "cikk" for an article, "rovat" for a
 * section, "címkék", "szerző", "Keresés", "Címlap" for the front page; the reader addressed formally ("Próbálja
 * újra"), buttons as nouns where Hungarian interfaces write them so ("Keresés", "Mentés"). Two forms, one (1 alone)
 * and other, both with the singular noun, as Hungarian counts: "1 cikk", "5 cikk". A placeholder never takes a
 * case ending or an article (a/az, -ban/-ben, -án/-én follow its sound), so a query stands in „ ” before a colon
 * ("„kikötő”: 3 találat"), a day in brackets, a span of days between a dash.
 *
 * Dates as Hungarian papers print them: year first with its stop, the day an ordinal with its stop ("2009.
 * március 15.": `yyyy. MMMM d.`), the weekday after a comma ("2009. március 15., vasárnap", as CLDR's full date),
 * a month alone "2009. március" (a month's name on its own a capital, as a heading: "Március"). „ ” quotes with
 * » « inside, as Hungarian articles are set (src/markdown/typography-styles.ts); weeks from Monday, headed H K
 * Sze Cs P Szo V as Hungarian calendars print them.
 */
import { hu } from 'date-fns/locale/hu';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'yyyy. MMMM d.',
  'date.weekdayDay': 'yyyy. MMMM d., EEEE',
  'date.month': 'yyyy. LLLL',
  'date.year': '{year}',
  // "március 15."
  'date.dayMonth': '{month} {day}.',
  'date.firstDaySuffix': '',
  // "2025. január 20. 08:30": no comma after the day's stop.
  'date.dateTime': '{day} {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // H K Sze Cs P Szo V, as CLDR abbreviates them.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Ugrás a tartalomra',
  'shell.menu': 'Menü',
  'shell.nav': 'Archívum',
  'nav.home': 'Friss',
  'nav.archive': 'Dátum szerint',
  'nav.sections': 'Rovatok',
  'nav.tags': 'Címkék',
  'nav.authors': 'Szerzők',
  'nav.sources': 'Források',
  'shell.quickSearch': 'Gyorskeresés',
  'shell.searchLabel': 'Keresés az archívumban',
  'shell.searchPlaceholder': 'Cikkek keresése',
  'shell.searchButton': 'Keresés',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Böngészés dátum szerint',
  'footer.onThisDay': 'Ezen a napon',
  'footer.corrections': 'Helyesbítések',
  'footer.rss': 'RSS-hírcsatorna',
  'footer.atom': 'Atom-hírcsatorna',
  'footer.json': 'JSON-hírcsatorna',
  'footer.sitemap': 'Oldaltérkép',

  'list.breadcrumb': 'Morzsamenü',
  'list.home': 'Címlap',
  'list.count': { one: '{count} cikk', other: '{count} cikk' },
  // A span of days between a dash, as Hungarian writes it: "-tól/-től" would follow each date's sound.
  'list.span': 'Cikkek: {first} – {last}',
  'list.titlePage': '{title} ({page}. oldal)',
  'list.follow': '„{title}” követése:',
  'list.by': { one: 'Szerző: {names}', other: 'Szerzők: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Oldalak',
  'pager.newer': '← Újabbak',
  'pager.older': 'Régebbiek →',
  'pager.page': '{page}. oldal',

  'home.latest': 'Legfrissebb cikkek',
  'home.empty': 'Az archívum üres: tegyen Markdown-cikkeket ebbe a mappába: {folder}.',
  'home.browseAll': {
    one: '{count} cikk böngészése dátum szerint →',
    other: 'Az összes ({count}) cikk böngészése dátum szerint →',
  },

  'facet.sections': 'Rovatok',
  'facet.tags': 'Címkék',
  'facet.authors': 'Szerzők',
  'facet.sources': 'Források',
  'facet.sections.count': { one: '{count} rovat', other: '{count} rovat' },
  'facet.tags.count': { one: '{count} címke', other: '{count} címke' },
  'facet.authors.count': { one: '{count} szerző', other: '{count} szerző' },
  'facet.sources.count': { one: '{count} forrás', other: '{count} forrás' },
  'facet.inArchive': '{what} az archívumban',
  'facet.tags.title': 'Címke: „{name}”',
  'facet.authors.title': 'Szerző: {name}',
  'facet.sources.title': 'Forrás: {name}',

  'archive.title': 'Böngészés dátum szerint',
  'archive.summary': { one: '{articles} {count} évből', other: '{articles} {count} évből' },
  'year.months': '{year} hónapjai',
  'year.none': 'nincs cikk',
  'year.others': 'További évek',
  'month.others': 'További hónapok',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: napok cikkekkel',
  'calendar.articles': { one: ' cikk', other: ' cikk' },

  'article.by': { one: 'Szerző: {names}', other: 'Szerzők: {names}' },
  'article.minutes': { one: 'Olvasási idő: {count} perc', other: 'Olvasási idő: {count} perc' },
  'article.updated': 'Frissítve: {date}',
  'article.source': 'Eredetileg megjelent: {source}',
  // "Letöltés ideje", as a Hungarian reference gives the day a web source was read.
  'article.retrieved': ', letöltés ideje: {date}',
  'article.tags': 'Címkék',
  'article.moreInTime': 'Korábbi és későbbi cikkek',
  'article.newer': 'Újabb',
  'article.older': 'Régebbi',
  'article.corrections': 'Helyesbítések és frissítések',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17. kiadás), bibliográfia',
  'article.related': 'Kapcsolódó cikkek',
  'article.cite': 'Hivatkozás erre a cikkre',
  'article.footnotes': 'Lábjegyzetek',
  'article.footnoteBack': 'Vissza a hivatkozáshoz ({reference})',
  'zim.searchHelp':
    'Az archívum e példánya ZIM-fájl, amelyet a Kiwix olvas. Keressen benne a Kiwix saját keresőjével: böngészőben az oldal tetején lévő keresőmezővel (kiwix-serve), vagy a Kiwix alkalmazás keresőgombjával. Minden cikk szerepel a tárgymutatóban, a címe alatt.',
  'zim.browse': 'Az összes cikket böngészheti is:',

  'corrections.title': 'Helyesbítések',
  'corrections.heading': 'Helyesbítések és frissítések',
  'corrections.description': 'Az archívum cikkeinek összes helyesbítése és frissítése.',
  'corrections.none': 'Az archívumban egyetlen cikket sem helyesbítettek.',
  'corrections.count': {
    one: '{count} helyesbítés, a legújabb elöl.',
    other: '{count} helyesbítés, a legújabbak elöl.',
  },

  'notFound.title': 'Az oldal nem található',
  'notFound.text': 'Ezen a címen nincs oldal. Lehet, hogy elköltözött, vagy elírták a hivatkozást.',
  'notFound.latest': 'Legfrissebb cikkek',
  'offlinePage.title': 'Nincs mentve ezen az eszközön',
  'offlinePage.text':
    'Nincs internetkapcsolat, és ezt az oldalt nem mentette el ez a böngésző. Az online megnyitott oldalak mentésre kerülnek, és ha az archívumot offline használatra menti, a keresője hálózat nélkül is működik.',
  'offlinePage.fromIndex': 'A cikk szövege, ahogy a keresési index őrzi (képek és tördelés nélkül):',

  'onThisDay.title': 'Ezen a napon',
  'onThisDay.description': 'Korábbi években ezen a napon megjelent cikkek.',
  'onThisDay.intro': 'Korábbi években a mai dátummal megjelent cikkek.',
  'onThisDay.noscript':
    'Ez az oldal a böngészőjében állapítja meg a mai dátumot, ehhez JavaScript kell. Enélkül böngésszen dátum szerint: minden évnek és hónapnak saját oldala van, amely napról napra sorolja fel a cikkeit.',
  // The day in brackets: "március 15-én" would take its ending from the number's sound.
  'onThisDay.none': 'Az archívumban nincs olyan cikk, amely korábbi években ezen a napon ({day}) jelent meg.',
  'onThisDay.some': {
    one: '{count} cikk jelent meg korábbi években ezen a napon ({day}):',
    other: '{count} cikk jelent meg korábbi években ezen a napon ({day}):',
  },
  'onThisDay.failed': 'A mai lista nem tölthető be ({error}). Böngésszen inkább dátum szerint.',

  'search.title': 'Keresés',
  'search.description': 'Keresés az archívum összes cikkében.',
  'search.heading': 'Keresés az archívumban',
  'search.unavailable':
    'A kereső a böngészőjében fut: JavaScript kell hozzá, és az archívumot webszervernek kell kiszolgálnia, nem fájlként megnyitva. Az összes cikket így is böngészheti dátum vagy rovat szerint.',
  'search.devUnavailable':
    'A keresőnek az az index kell, amelyet a build ír meg, és amely a fejlesztői szervernek nincs. Futtassa egyszer az npm run build parancsot (az index a dist/ mappában marad, és a fejlesztői szerver használja), vagy az npm start parancsot a kész oldal megtekintéséhez.',
  'search.form': 'Keresés az archívumban',
  'search.words': 'Keresett szavak',
  'search.narrow': 'Találatok szűkítése és rendezése',
  'search.narrowSet': { one: '{count} aktív', other: '{count} aktív' },
  'search.section': 'Rovat',
  'search.anySection': 'Minden rovat',
  'search.author': 'Szerző',
  'search.anyAuthor': 'Minden szerző',
  'search.tag': 'Címke',
  'search.anyTag': 'Minden címke',
  'search.year': 'Év',
  'search.anyYear': 'Minden év',
  'search.source': 'Forrás',
  'search.anySource': 'Minden forrás',
  'search.order': 'Rendezés',
  'search.relevance': 'Relevancia szerint',
  'search.newest': 'Legújabb elöl',
  'search.oldest': 'Legrégebbi elöl',
  'search.results': 'Találatok',
  'search.more': 'További találatok betöltése',
  'search.prompt': 'Írja be a szavakat, amelyeket az archívum összes cikkében keres.',
  'search.searching': 'Keresés…',
  'search.loading': 'A keresési index betöltése…',
  'search.fileProtocol':
    'A kereső nem fut a lemezen lévő fájlból: a böngészők ott nem engedik betölteni az indexét. Szolgálja ki a mappát helyi webszerverrel (lásd a README-t).',
  'search.failed': 'A keresőt nem sikerült betölteni: {reason}',
  'search.none': 'Nincs találat.',
  // The query before a colon: "a(z) „…” kifejezésre" would take its article from the word's sound.
  'search.noneFor': '„{query}”: nincs találat.',
  'search.noneFiltered': 'Nincs találat ezekkel a szűrőkkel.',
  'search.noneForFiltered': '„{query}”: nincs találat ezekkel a szűrőkkel.',
  'search.count': { one: '{count} találat', other: '{count} találat' },
  'search.countFor': { one: '„{query}”: {count} találat', other: '„{query}”: {count} találat' },
  'search.countFiltered': {
    one: '{count} találat ezekkel a szűrőkkel',
    other: '{count} találat ezekkel a szűrőkkel',
  },
  'search.countForFiltered': {
    one: '„{query}”: {count} találat ezekkel a szűrőkkel',
    other: '„{query}”: {count} találat ezekkel a szűrőkkel',
  },
  'search.from': 'Ettől',
  'search.to': 'Eddig',
  'search.rangeHint': 'év, hónap vagy nap',
  // Inside „ ”, as Hungarian nests quotes.
  'search.quotedPhrase': '»{phrase}«',
  'search.fromUnreadable':
    'A kezdő dátum („{text}”) nem értelmezhető, ezért a keresés figyelmen kívül hagyja. Évet, hónapot vagy napot adjon meg: 1998, 1998-06 vagy 1998-06-15.',
  'search.toUnreadable':
    'A záró dátum („{text}”) nem értelmezhető, ezért a keresés figyelmen kívül hagyja. Évet, hónapot vagy napot adjon meg: 1998, 1998-06 vagy 1998-06-15.',
  'search.backwardRange': 'Az „Ettől” dátum későbbi az „Eddig” dátumnál: a kettő között nem lehet találat.',
  'search.atLeast': {
    one: 'Legalább {count} találat (további betöltésével a keresés folytatódik)',
    other: 'Legalább {count} találat (további betöltésével a keresés folytatódik)',
  },
  'search.atLeastFor': {
    one: '„{query}”: legalább {count} találat (további betöltésével a keresés folytatódik)',
    other: '„{query}”: legalább {count} találat (további betöltésével a keresés folytatódik)',
  },
  'search.atLeastFiltered': {
    one: 'Legalább {count} találat ezekkel a szűrőkkel (további betöltésével a keresés folytatódik)',
    other: 'Legalább {count} találat ezekkel a szűrőkkel (további betöltésével a keresés folytatódik)',
  },
  'search.atLeastForFiltered': {
    one: '„{query}”: legalább {count} találat ezekkel a szűrőkkel (további betöltésével a keresés folytatódik)',
    other: '„{query}”: legalább {count} találat ezekkel a szűrőkkel (további betöltésével a keresés folytatódik)',
  },
  // The count first: "a 3", but "az 5" (the article follows the number's sound).
  'search.phraseCheckedNewest': {
    one: 'A keresett szavakat tartalmazó legújabb cikkben megnéztük, szerepel-e a pontos „{query}” kifejezés: eddig {found} találat.',
    other:
      '{count} legújabb, a keresett szavakat tartalmazó cikkben megnéztük, szerepel-e a pontos „{query}” kifejezés: eddig {found} találat.',
  },
  'search.phraseCheckedOldest': {
    one: 'A keresett szavakat tartalmazó legrégebbi cikkben megnéztük, szerepel-e a pontos „{query}” kifejezés: eddig {found} találat.',
    other:
      '{count} legrégebbi, a keresett szavakat tartalmazó cikkben megnéztük, szerepel-e a pontos „{query}” kifejezés: eddig {found} találat.',
  },
  'search.phraseCheckedRelevance': {
    one: 'A keresett szavakat tartalmazó cikkben megnéztük, szerepel-e a pontos „{query}” kifejezés: eddig {found} találat.',
    other:
      '{count}, a keresett szavakat tartalmazó cikkben megnéztük a legjobb találatoktól kezdve, szerepel-e a pontos „{query}” kifejezés: eddig {found} találat.',
  },
  'search.checkOlder': 'Régebbi cikkek átnézése',
  'search.checkNewer': 'Újabb cikkek átnézése',
  'search.checkMore': 'További cikkek átnézése',
  'highlight.showing': 'Kiemelve: „{words}”.',
  'highlight.clear': 'Kiemelés törlése',
  'highlight.next': 'Következő előfordulás',
  'search.bytes': { one: '{count} bájt', other: '{count} bájt' },
  'offline.title': 'Az archívum mentése offline használatra',
  'offline.keep': 'Mentés offline használatra',
  'offline.progress': 'Offline letöltés',
  'offline.size': {
    one: 'Letölti a teljes keresési indexet és ezt az oldalt: {size}, {count} fájlban. A megnyitott cikkek olvasás közben mentődnek.',
    other:
      'Letölti a teljes keresési indexet és ezt az oldalt: {size}, {count} fájlban. A megnyitott cikkek olvasás közben mentődnek.',
  },
  'offline.kept': 'Az archívum keresője offline használatra mentve ebben a böngészőben.',
  'offline.downloading': '{size} letöltése…',
  'offline.done': 'Kész: {size} mentve. A kereső ebben a böngészőben most már hálózat nélkül is működik.',
  'offline.stopped': 'A letöltés megszakadt: {error}. Próbálja újra, amikor lesz internetkapcsolat.',
  'offline.notKept': 'Offline mentés sikertelen: {error}. Az offline keresés addig nem működik, amíg ez nem sikerül.',
  'offline.retry': 'Újra',
  'offline.filesFailed': {
    one: '{count} fájlt nem sikerült menteni: {files}',
    other: '{count} fájlt nem sikerült menteni: {files}',
  },

  'import.untitled': 'Cím nélkül ({file})',
} satisfies Messages;

/** Year first, months and weekdays in lower case; weeks from Monday. */
export const dateLocale = hu;
