/**
 * Polish, as Polish news sites write it: the reader addressed as "ty". Plurals take three forms with counts
 * (one: 1; few: 2–4, 22–24, 102…; many: 0, 5–21, 25…: "1 artykuł", "2 artykuły", "5 artykułów", "21 artykułów")
 * and a fourth for fractions (other: "1,5 artykułu"). A day takes the month in the genitive ("14 lipca 2023":
 * date-fns's formatting `MMMM`), a month on its own the nominative ("Lipiec 2023": `LLLL`, capitalised as it
 * stands alone). „ ” quotes with ‚ ’ inside them, as the articles are set (src/markdown/typography-styles.ts);
 * weeks from Monday.
 */
import { pl } from 'date-fns/locale/pl';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE, d MMMM yyyy',
  'date.month': 'LLLL yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // pon. wt. śr. czw. pt. sob. niedz., Polish's own abbreviations (date-fns's short form is pon wto śro, which Polish
  // calendars do not print).
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Przejdź do treści',
  'shell.menu': 'Menu',
  'shell.nav': 'Archiwum',
  'nav.home': 'Najnowsze',
  'nav.archive': 'Według daty',
  'nav.sections': 'Działy',
  'nav.tags': 'Tagi',
  'nav.authors': 'Autorzy',
  'nav.sources': 'Źródła',
  'shell.quickSearch': 'Szybkie wyszukiwanie',
  'shell.searchLabel': 'Szukaj w archiwum',
  'shell.searchPlaceholder': 'Szukaj artykułów',
  'shell.searchButton': 'Szukaj',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Przeglądaj według daty',
  'footer.onThisDay': 'Tego dnia',
  'footer.corrections': 'Poprawki',
  'footer.rss': 'Kanał RSS',
  'footer.atom': 'Kanał Atom',
  'footer.json': 'Kanał JSON',
  'footer.sitemap': 'Mapa serwisu',

  'list.breadcrumb': 'Ścieżka nawigacyjna',
  'list.home': 'Strona główna',
  'list.count': {
    one: '{count} artykuł',
    few: '{count} artykuły',
    many: '{count} artykułów',
    other: '{count} artykułu',
  },
  'list.span': 'Artykuły od {first} do {last}',
  'list.titlePage': '{title} (strona {page})',
  // The title in quotation marks, so it keeps its own form (a section, a tag, a writer's name, a month).
  'list.follow': 'Subskrybuj „{title}”:',
  // "By" has no one word here: the label follows the number of writers (count: 1 for one, 2 for several).
  'list.by': { one: 'Autor: {names}', other: 'Autorzy: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Strony',
  'pager.newer': '← Nowsze',
  'pager.older': 'Starsze →',
  'pager.page': 'Strona {page}',

  'home.latest': 'Najnowsze',
  'home.empty': 'Archiwum jest puste: dodaj artykuły w formacie Markdown do folderu {folder}.',
  'home.browseAll': {
    one: 'Przeglądaj {count} artykuł według daty →',
    few: 'Przeglądaj wszystkie {count} artykuły według daty →',
    many: 'Przeglądaj wszystkie {count} artykułów według daty →',
    other: 'Przeglądaj wszystkie {count} artykułu według daty →',
  },

  'facet.sections': 'Działy',
  'facet.tags': 'Tagi',
  'facet.authors': 'Autorzy',
  'facet.sources': 'Źródła',
  'facet.sections.count': {
    one: '{count} dział',
    few: '{count} działy',
    many: '{count} działów',
    other: '{count} działu',
  },
  'facet.tags.count': { one: '{count} tag', few: '{count} tagi', many: '{count} tagów', other: '{count} tagu' },
  // A masculine-personal noun: after 2–4 too it takes the genitive ("2 autorów", read "dwóch autorów").
  'facet.authors.count': {
    one: '{count} autor',
    few: '{count} autorów',
    many: '{count} autorów',
    other: '{count} autora',
  },
  'facet.sources.count': {
    one: '{count} źródło',
    few: '{count} źródła',
    many: '{count} źródeł',
    other: '{count} źródła',
  },
  'facet.inArchive': '{what} w archiwum',
  'facet.tags.title': 'Tag „{name}”',
  'facet.authors.title': 'Autor: {name}',
  'facet.sources.title': 'Źródło: {name}',

  'archive.title': 'Archiwum według dat',
  // "z" takes the genitive: z 1 roku, z 3 lat, z 5 lat, z 1,5 roku.
  'archive.summary': {
    one: '{articles} z {count} roku',
    few: '{articles} z {count} lat',
    many: '{articles} z {count} lat',
    other: '{articles} z {count} roku',
  },
  'year.months': 'Miesiące {year} roku',
  'year.none': 'brak',
  'year.others': 'Inne lata',
  'month.others': 'Inne miesiące',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: dni z artykułami',
  'calendar.articles': { one: ' artykuł', few: ' artykuły', many: ' artykułów', other: ' artykułu' },

  'article.by': { one: 'Autor: {names}', other: 'Autorzy: {names}' },
  // "min" is an abbreviation, the same after every number.
  'article.minutes': {
    one: '{count} min czytania',
    few: '{count} min czytania',
    many: '{count} min czytania',
    other: '{count} min czytania',
  },
  'article.updated': 'Aktualizacja: {date}',
  'article.source': 'Pierwotnie opublikowano w: {source}',
  'article.retrieved': ', pobrano {date}',
  'article.tags': 'Tagi',
  'article.moreInTime': 'Wcześniejsze i późniejsze artykuły',
  'article.newer': 'Nowszy',
  'article.older': 'Starszy',
  'article.corrections': 'Poprawki i aktualizacje',
  'text.colon': ': ',
  'article.citeStyle': 'Styl chicagowski (wyd. 17), bibliografia',
  'article.related': 'Powiązane artykuły',
  'article.cite': 'Jak cytować ten artykuł',
  'article.footnotes': 'Przypisy',
  'article.footnoteBack': 'Wróć do odsyłacza {reference}',
  'zim.searchHelp':
    'Ta kopia archiwum to plik ZIM otwarty w programie Kiwix. Przeszukuj ją wyszukiwarką programu Kiwix: polem wyszukiwania u góry strony w przeglądarce (kiwix-serve) albo przyciskiem wyszukiwania w aplikacji Kiwix. Każdy artykuł jest w jej indeksie pod swoim tytułem.',
  'zim.browse': 'Możesz też przeglądać wszystkie artykuły:',

  'corrections.title': 'Poprawki',
  'corrections.heading': 'Poprawki i aktualizacje',
  'corrections.description': 'Wszystkie poprawki i aktualizacje artykułów w archiwum.',
  'corrections.none': 'Żaden artykuł w archiwum nie został poprawiony.',
  'corrections.count': {
    one: '{count} poprawka.',
    few: '{count} poprawki, od najnowszej.',
    many: '{count} poprawek, od najnowszej.',
    other: '{count} poprawki, od najnowszej.',
  },

  'notFound.title': 'Nie znaleziono strony',
  'notFound.text': 'Pod tym adresem nie ma żadnej strony. Mogła zostać przeniesiona albo link zawiera błąd.',
  'notFound.latest': 'Najnowsze artykuły',
  'offlinePage.title': 'Nie zapisano na tym urządzeniu',
  'offlinePage.text':
    'Jesteś offline, a ta strona nie została zapisana w tej przeglądarce. Strony otwierane online są zapisywane, a gdy archiwum zostanie zapisane do użytku offline, jego wyszukiwarka działa bez dostępu do sieci.',
  'offlinePage.fromIndex':
    'Tekst artykułu w postaci, w jakiej przechowuje go indeks wyszukiwania (bez zdjęć i układu):',

  'onThisDay.title': 'Tego dnia',
  'onThisDay.description': 'Artykuły opublikowane tego dnia w poprzednich latach.',
  'onThisDay.intro': 'Artykuły opublikowane pod dzisiejszą datą w poprzednich latach.',
  'onThisDay.noscript':
    'Ta strona odczytuje dzisiejszą datę w przeglądarce, do czego potrzebny jest JavaScript. Bez niego przeglądaj archiwum według daty: każdy rok i miesiąc ma własną stronę z artykułami ułożonymi dzień po dniu.',
  'onThisDay.none': 'W archiwum nie ma artykułów opublikowanych {day} w poprzednich latach.',
  'onThisDay.some': {
    one: '{count} artykuł opublikowany {day} w poprzednich latach:',
    few: '{count} artykuły opublikowane {day} w poprzednich latach:',
    many: '{count} artykułów opublikowanych {day} w poprzednich latach:',
    other: '{count} artykułu opublikowanego {day} w poprzednich latach:',
  },
  'onThisDay.failed': 'Nie udało się wczytać listy na dziś ({error}). Przeglądaj archiwum według daty.',

  'search.title': 'Wyszukiwanie',
  'search.description': 'Przeszukaj wszystkie artykuły w archiwum.',
  'search.heading': 'Szukaj w archiwum',
  'search.unavailable':
    'Wyszukiwarka działa w przeglądarce: wymaga JavaScriptu, a archiwum musi być udostępniane przez serwer WWW, a nie otwierane jako plik. Nadal możesz przeglądać wszystkie artykuły według daty lub działu.',
  'search.devUnavailable':
    'Wyszukiwarka potrzebuje indeksu tworzonego podczas budowania, którego serwer deweloperski nie ma. Uruchom raz npm run build (indeks zostanie w dist/ i serwer deweloperski będzie z niego korzystał) albo npm start, aby zobaczyć zbudowaną stronę.',
  'search.form': 'Wyszukiwanie w archiwum',
  'search.words': 'Szukane słowa',
  'search.narrow': 'Zawęź i posortuj wyniki',
  'search.narrowSet': {
    one: 'aktywne: {count}',
    few: 'aktywne: {count}',
    many: 'aktywne: {count}',
    other: 'aktywne: {count}',
  },
  'search.section': 'Dział',
  'search.anySection': 'Wszystkie działy',
  'search.author': 'Autor',
  'search.anyAuthor': 'Wszyscy autorzy',
  'search.tag': 'Tag',
  'search.anyTag': 'Wszystkie tagi',
  'search.year': 'Rok',
  'search.anyYear': 'Wszystkie lata',
  'search.source': 'Źródło',
  'search.anySource': 'Wszystkie źródła',
  'search.order': 'Kolejność',
  'search.relevance': 'Najtrafniejsze',
  'search.newest': 'Od najnowszych',
  'search.oldest': 'Od najstarszych',
  'search.results': 'Wyniki wyszukiwania',
  'search.more': 'Pokaż więcej wyników',
  'search.prompt': 'Wpisz słowa, aby przeszukać wszystkie artykuły w archiwum.',
  'search.searching': 'Wyszukiwanie…',
  'search.loading': 'Wczytywanie indeksu wyszukiwania…',
  'search.fileProtocol':
    'Wyszukiwarka nie działa z pliku na dysku: przeglądarki nie pozwalają wczytać stamtąd jej indeksu. Udostępnij folder przez lokalny serwer WWW (zob. README).',
  'search.failed': 'Nie udało się wczytać wyszukiwarki: {reason}',
  'search.none': 'Brak wyników.',
  'search.noneFor': 'Brak wyników dla zapytania „{query}”.',
  'search.noneFiltered': 'Brak wyników przy tych filtrach.',
  'search.noneForFiltered': 'Brak wyników dla zapytania „{query}” przy tych filtrach.',
  'search.count': {
    one: '{count} wynik',
    few: '{count} wyniki',
    many: '{count} wyników',
    other: '{count} wyniku',
  },
  'search.countFor': {
    one: '{count} wynik dla zapytania „{query}”',
    few: '{count} wyniki dla zapytania „{query}”',
    many: '{count} wyników dla zapytania „{query}”',
    other: '{count} wyniku dla zapytania „{query}”',
  },
  'search.countFiltered': {
    one: '{count} wynik przy tych filtrach',
    few: '{count} wyniki przy tych filtrach',
    many: '{count} wyników przy tych filtrach',
    other: '{count} wyniku przy tych filtrach',
  },
  'search.countForFiltered': {
    one: '{count} wynik dla zapytania „{query}” przy tych filtrach',
    few: '{count} wyniki dla zapytania „{query}” przy tych filtrach',
    many: '{count} wyników dla zapytania „{query}” przy tych filtrach',
    other: '{count} wyniku dla zapytania „{query}” przy tych filtrach',
  },
  'search.from': 'Od',
  'search.to': 'Do',
  'search.rangeHint': 'rok, miesiąc lub dzień',
  // Inside „ ”, as the articles nest quotes.
  'search.quotedPhrase': '‚{phrase}’',
  'search.fromUnreadable':
    'Nie udało się odczytać daty początkowej „{text}”, więc wyszukiwanie ją pomija. Wpisz rok, miesiąc lub dzień: 1998, 1998-06 albo 1998-06-15.',
  'search.toUnreadable':
    'Nie udało się odczytać daty końcowej „{text}”, więc wyszukiwanie ją pomija. Wpisz rok, miesiąc lub dzień: 1998, 1998-06 albo 1998-06-15.',
  'search.backwardRange': 'Data „od” jest późniejsza niż data „do”: między nimi nie można nic znaleźć.',
  'search.atLeast': {
    one: 'Co najmniej {count} wynik (pokaż więcej, aby szukać dalej)',
    few: 'Co najmniej {count} wyniki (pokaż więcej, aby szukać dalej)',
    many: 'Co najmniej {count} wyników (pokaż więcej, aby szukać dalej)',
    other: 'Co najmniej {count} wyniku (pokaż więcej, aby szukać dalej)',
  },
  'search.atLeastFor': {
    one: 'Co najmniej {count} wynik dla zapytania „{query}” (pokaż więcej, aby szukać dalej)',
    few: 'Co najmniej {count} wyniki dla zapytania „{query}” (pokaż więcej, aby szukać dalej)',
    many: 'Co najmniej {count} wyników dla zapytania „{query}” (pokaż więcej, aby szukać dalej)',
    other: 'Co najmniej {count} wyniku dla zapytania „{query}” (pokaż więcej, aby szukać dalej)',
  },
  'search.atLeastFiltered': {
    one: 'Co najmniej {count} wynik przy tych filtrach (pokaż więcej, aby szukać dalej)',
    few: 'Co najmniej {count} wyniki przy tych filtrach (pokaż więcej, aby szukać dalej)',
    many: 'Co najmniej {count} wyników przy tych filtrach (pokaż więcej, aby szukać dalej)',
    other: 'Co najmniej {count} wyniku przy tych filtrach (pokaż więcej, aby szukać dalej)',
  },
  'search.atLeastForFiltered': {
    one: 'Co najmniej {count} wynik dla zapytania „{query}” przy tych filtrach (pokaż więcej, aby szukać dalej)',
    few: 'Co najmniej {count} wyniki dla zapytania „{query}” przy tych filtrach (pokaż więcej, aby szukać dalej)',
    many: 'Co najmniej {count} wyników dla zapytania „{query}” przy tych filtrach (pokaż więcej, aby szukać dalej)',
    other: 'Co najmniej {count} wyniku dla zapytania „{query}” przy tych filtrach (pokaż więcej, aby szukać dalej)',
  },
  // Only 1 takes the form `one`, so it may leave the number out.
  'search.phraseCheckedNewest': {
    one: 'Sprawdzono najnowszy artykuł z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    few: 'Sprawdzono {count} najnowsze artykuły z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    many: 'Sprawdzono {count} najnowszych artykułów z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    other:
      'Sprawdzono {count} najnowszego artykułu z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Sprawdzono najstarszy artykuł z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    few: 'Sprawdzono {count} najstarsze artykuły z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    many: 'Sprawdzono {count} najstarszych artykułów z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    other:
      'Sprawdzono {count} najstarszego artykułu z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Sprawdzono {count} artykuł z tymi słowami pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    few: 'Sprawdzono {count} artykuły z tymi słowami, od najtrafniejszych, pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    many: 'Sprawdzono {count} artykułów z tymi słowami, od najtrafniejszych, pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
    other:
      'Sprawdzono {count} artykułu z tymi słowami, od najtrafniejszych, pod kątem dokładnej frazy „{query}”: na razie znaleziono {found}.',
  },
  'search.checkOlder': 'Sprawdź starsze artykuły',
  'search.checkNewer': 'Sprawdź nowsze artykuły',
  'search.checkMore': 'Sprawdź więcej artykułów',
  'highlight.showing': 'Podświetlono „{words}”.',
  'highlight.clear': 'Usuń podświetlenie',
  'highlight.next': 'Następne wystąpienie',
  'search.bytes': { one: '{count} bajt', few: '{count} bajty', many: '{count} bajtów', other: '{count} bajta' },
  'offline.title': 'Zapisz to archiwum do użytku offline',
  'offline.keep': 'Zapisz offline',
  'offline.progress': 'Pobieranie do użytku offline',
  // "w" takes the locative: w 1 pliku, w 2 plikach, w 5 plikach, w 1,5 pliku.
  'offline.size': {
    one: 'Pobiera cały indeks wyszukiwania i tę stronę: {size} w {count} pliku. Otwierane artykuły są zapisywane w trakcie czytania.',
    few: 'Pobiera cały indeks wyszukiwania i tę stronę: {size} w {count} plikach. Otwierane artykuły są zapisywane w trakcie czytania.',
    many: 'Pobiera cały indeks wyszukiwania i tę stronę: {size} w {count} plikach. Otwierane artykuły są zapisywane w trakcie czytania.',
    other:
      'Pobiera cały indeks wyszukiwania i tę stronę: {size} w {count} pliku. Otwierane artykuły są zapisywane w trakcie czytania.',
  },
  'offline.kept': 'Wyszukiwarka tego archiwum jest zapisana do użytku offline w tej przeglądarce.',
  'offline.downloading': 'Pobieranie {size}…',
  'offline.done': 'Gotowe: zapisano {size}. Wyszukiwarka działa teraz w tej przeglądarce bez dostępu do sieci.',
  'offline.stopped': 'Pobieranie zostało przerwane: {error}. Spróbuj ponownie, gdy będziesz online.',
  'offline.notKept':
    'Nie zapisano do użytku offline: {error}. Wyszukiwanie offline nie zadziała, dopóki się to nie uda.',
  'offline.retry': 'Spróbuj ponownie',
  // After a negation the object takes the genitive: nie udało się zapisać 1 pliku, 2 plików, 5 plików.
  'offline.filesFailed': {
    one: 'Nie udało się zapisać {count} pliku: {files}',
    few: 'Nie udało się zapisać {count} plików: {files}',
    many: 'Nie udało się zapisać {count} plików: {files}',
    other: 'Nie udało się zapisać {count} pliku: {files}',
  },

  'import.untitled': 'Bez tytułu ({file})',
} satisfies Messages;

/** Months in the genitive after a day, weeks from Monday. */
export const dateLocale = pl;
