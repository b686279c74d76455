/**
 * Romanian, as Romanian news sites word it (HotNews, Digi24, Adevărul, G4Media): "articol" for an article,
 * "secțiune" for a section, "etichete" for tags, "autor", "Caută", "Acasă" for the front page; the reader
 * addressed in the polite plural ("Încercați din nou"), buttons in the imperative as Romanian interfaces write them
 * ("Caută", "Încarcă mai multe rezultate"). Comma-below ș and ț throughout, never the cedilla's forms (U+015F, U+0163). Three forms by
 * Intl.PluralRules: one (1 alone), few (0, 2–19, and 101–119, 201–219 …: a number ending in 01–19 after the
 * hundreds; 1,5 too), other (20 and up, unless few): "1 articol", "2 articole", "19 articole", "20 de articole",
 * "101 articole", "120 de articole", as Romanian puts "de" between a number from 20 and its noun. A writer's label
 * follows the number of writers ("Autor:", "Autori:"); a title stands in „ ” where it would take an ending.
 *
 * Dates as Romanian papers print them: "15 martie 2009", the weekday before it after a comma ("duminică, 15 martie
 * 2009", as CLDR's full date), a month alone "Martie 2009" (a capital as it stands alone, as a heading does; in
 * lower case within a sentence). „ ” quotes with « » inside, as Romanian articles are set
 * (src/markdown/typography-styles.ts); weeks from Monday, headed lun mar mie as date-fns abbreviates them.
 */
import { ro } from 'date-fns/locale/ro';
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
  // lun mar mie joi vin sâm dum (CLDR writes them with a stop: lun.).
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Salt la conținut',
  'shell.menu': 'Meniu',
  'shell.nav': 'Arhivă',
  'nav.home': 'Ultimele știri',
  'nav.archive': 'După dată',
  'nav.sections': 'Secțiuni',
  'nav.tags': 'Etichete',
  'nav.authors': 'Autori',
  'nav.sources': 'Surse',
  'shell.quickSearch': 'Căutare rapidă',
  'shell.searchLabel': 'Caută în arhivă',
  'shell.searchPlaceholder': 'Caută articole',
  'shell.searchButton': 'Caută',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Răsfoiește după dată',
  'footer.onThisDay': 'Pe această zi',
  'footer.corrections': 'Corecturi',
  'footer.rss': 'Flux RSS',
  'footer.atom': 'Flux Atom',
  'footer.json': 'Flux JSON',
  'footer.sitemap': 'Harta site-ului',

  'list.breadcrumb': 'Fir de navigare',
  'list.home': 'Acasă',
  'list.count': { one: '{count} articol', few: '{count} articole', other: '{count} de articole' },
  'list.span': 'Articole de la {first} până la {last}',
  'list.titlePage': '{title} (pagina {page})',
  'list.follow': 'Urmăriți „{title}”:',
  'list.by': { one: 'Autor: {names}', other: 'Autori: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Pagini',
  'pager.newer': '← Mai noi',
  'pager.older': 'Mai vechi →',
  'pager.page': 'Pagina {page}',

  'home.latest': 'Ultimele articole',
  'home.empty': 'Arhiva este goală: adăugați articole Markdown în {folder}.',
  'home.browseAll': {
    one: 'Răsfoiți articolul după dată →',
    few: 'Răsfoiți toate cele {count} articole după dată →',
    other: 'Răsfoiți toate cele {count} de articole după dată →',
  },

  'facet.sections': 'Secțiuni',
  'facet.tags': 'Etichete',
  'facet.authors': 'Autori',
  'facet.sources': 'Surse',
  'facet.sections.count': { one: '{count} secțiune', few: '{count} secțiuni', other: '{count} de secțiuni' },
  'facet.tags.count': { one: '{count} etichetă', few: '{count} etichete', other: '{count} de etichete' },
  'facet.authors.count': { one: '{count} autor', few: '{count} autori', other: '{count} de autori' },
  'facet.sources.count': { one: '{count} sursă', few: '{count} surse', other: '{count} de surse' },
  'facet.inArchive': '{what} în arhivă',
  'facet.tags.title': 'Etichetă: „{name}”',
  'facet.authors.title': 'Autor: {name}',
  'facet.sources.title': 'Sursă: {name}',

  'archive.title': 'Răsfoiește după dată',
  'archive.summary': {
    one: '{articles} din {count} an',
    few: '{articles} din {count} ani',
    other: '{articles} din {count} de ani',
  },
  'year.months': 'Lunile anului {year}',
  'year.none': 'fără articole',
  'year.others': 'Alți ani',
  'month.others': 'Alte luni',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: zile cu articole',
  'calendar.articles': { one: ' articol', few: ' articole', other: ' de articole' },

  'article.by': { one: 'Autor: {names}', other: 'Autori: {names}' },
  'article.minutes': {
    one: '{count} minut de lectură',
    few: '{count} minute de lectură',
    other: '{count} de minute de lectură',
  },
  'article.updated': 'Actualizat la {date}',
  'article.source': 'Publicat inițial de {source}',
  // "accesat la", as a Romanian reference gives the day a web source was read.
  'article.retrieved': ', accesat la {date}',
  'article.tags': 'Etichete',
  'article.moreInTime': 'Alte articole în timp',
  'article.newer': 'Mai nou',
  'article.older': 'Mai vechi',
  'article.corrections': 'Corecturi și actualizări',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (ed. a 17-a), bibliografie',
  'article.related': 'Articole similare',
  'article.cite': 'Citați acest articol',
  'article.footnotes': 'Note de subsol',
  'article.footnoteBack': 'Înapoi la trimiterea {reference}',
  'zim.searchHelp':
    'Această copie a arhivei este un fișier ZIM, citit în Kiwix. Căutați în ea cu motorul de căutare al Kiwix: caseta de căutare din partea de sus a paginii într-un browser (kiwix-serve) sau butonul de căutare al aplicației Kiwix. Fiecare articol se află în indexul său, după titlu.',
  'zim.browse': 'Puteți răsfoi și toate articolele:',

  'corrections.title': 'Corecturi',
  'corrections.heading': 'Corecturi și actualizări',
  'corrections.description': 'Toate corecturile și actualizările aduse articolelor din arhivă.',
  'corrections.none': 'Niciun articol din arhivă nu a fost corectat.',
  'corrections.count': {
    one: '{count} corectură.',
    few: '{count} corecturi, cele mai noi primele.',
    other: '{count} de corecturi, cele mai noi primele.',
  },

  'notFound.title': 'Pagina nu a fost găsită',
  'notFound.text': 'Nu există nicio pagină la această adresă. Poate a fost mutată sau linkul este greșit.',
  'notFound.latest': 'Ultimele articole',
  'offlinePage.title': 'Nu este salvată pe acest dispozitiv',
  'offlinePage.text':
    'Sunteți offline, iar această pagină nu a fost salvată în acest browser. Paginile deschise cât sunteți online sunt salvate, iar după ce arhiva este salvată pentru offline, căutarea ei funcționează fără rețea.',
  'offlinePage.fromIndex': 'Textul articolului, așa cum îl păstrează indexul de căutare (fără imagini și machetă):',

  'onThisDay.title': 'Pe această zi',
  'onThisDay.description': 'Articole publicate în această zi în anii anteriori.',
  'onThisDay.intro': 'Articole publicate la data de azi în anii anteriori.',
  'onThisDay.noscript':
    'Această pagină află data de azi în browserul dumneavoastră, pentru care are nevoie de JavaScript. Fără el, răsfoiți arhiva după dată: fiecare an și fiecare lună au pagina lor, care le listează articolele zi cu zi.',
  'onThisDay.none': 'Niciun articol din arhivă nu a fost publicat pe {day} în anii anteriori.',
  'onThisDay.some': {
    one: '{count} articol publicat pe {day} în anii anteriori:',
    few: '{count} articole publicate pe {day} în anii anteriori:',
    other: '{count} de articole publicate pe {day} în anii anteriori:',
  },
  'onThisDay.failed': 'Lista de azi nu a putut fi încărcată ({error}). Răsfoiți în schimb arhiva după dată.',

  'search.title': 'Căutare',
  'search.description': 'Căutați în toate articolele din arhivă.',
  'search.heading': 'Caută în arhivă',
  'search.unavailable':
    'Căutarea rulează în browserul dumneavoastră: are nevoie de JavaScript, iar arhiva trebuie servită de un server web, nu deschisă ca fișier. Puteți totuși răsfoi toate articolele după dată sau după secțiune.',
  'search.devUnavailable':
    'Căutarea are nevoie de indexul scris de build, pe care serverul de dezvoltare nu îl are. Rulați o dată npm run build (rămâne în dist/ și serverul de dezvoltare îl folosește) sau npm start pentru a vedea site-ul construit.',
  'search.form': 'Căutare în arhivă',
  'search.words': 'Cuvinte căutate',
  'search.narrow': 'Filtrează și ordonează rezultatele',
  'search.narrowSet': {
    one: '{count} filtru activ',
    few: '{count} filtre active',
    other: '{count} de filtre active',
  },
  'search.section': 'Secțiune',
  'search.anySection': 'Toate secțiunile',
  'search.author': 'Autor',
  'search.anyAuthor': 'Toți autorii',
  'search.tag': 'Etichetă',
  'search.anyTag': 'Toate etichetele',
  'search.year': 'An',
  'search.anyYear': 'Toți anii',
  'search.source': 'Sursă',
  'search.anySource': 'Toate sursele',
  'search.order': 'Ordine',
  'search.relevance': 'Cele mai relevante',
  'search.newest': 'Cele mai noi întâi',
  'search.oldest': 'Cele mai vechi întâi',
  'search.results': 'Rezultatele căutării',
  'search.more': 'Încarcă mai multe rezultate',
  'search.prompt': 'Scrieți cuvintele pe care le căutați în toate articolele din arhivă.',
  'search.searching': 'Se caută…',
  'search.loading': 'Se încarcă indexul de căutare…',
  'search.fileProtocol':
    'Căutarea nu poate rula dintr-un fișier de pe disc: browserele refuză acolo indexul ei. Serviți dosarul cu un server web local (vedeți README).',
  'search.failed': 'Căutarea nu a putut fi încărcată: {reason}',
  'search.none': 'Niciun rezultat.',
  'search.noneFor': 'Niciun rezultat pentru „{query}”.',
  'search.noneFiltered': 'Niciun rezultat cu aceste filtre.',
  'search.noneForFiltered': 'Niciun rezultat pentru „{query}” cu aceste filtre.',
  'search.count': { one: '{count} rezultat', few: '{count} rezultate', other: '{count} de rezultate' },
  'search.countFor': {
    one: '{count} rezultat pentru „{query}”',
    few: '{count} rezultate pentru „{query}”',
    other: '{count} de rezultate pentru „{query}”',
  },
  'search.countFiltered': {
    one: '{count} rezultat cu aceste filtre',
    few: '{count} rezultate cu aceste filtre',
    other: '{count} de rezultate cu aceste filtre',
  },
  'search.countForFiltered': {
    one: '{count} rezultat pentru „{query}” cu aceste filtre',
    few: '{count} rezultate pentru „{query}” cu aceste filtre',
    other: '{count} de rezultate pentru „{query}” cu aceste filtre',
  },
  'search.from': 'De la',
  'search.to': 'Până la',
  'search.rangeHint': 'an, lună sau zi',
  // Inside „ ”, as Romanian nests quotes.
  'search.quotedPhrase': '«{phrase}»',
  'search.fromUnreadable':
    'Data de început „{text}” nu a putut fi înțeleasă, așa că a fost lăsată deoparte la căutare. Scrieți un an, o lună sau o zi: 1998, 1998-06 sau 1998-06-15.',
  'search.toUnreadable':
    'Data de sfârșit „{text}” nu a putut fi înțeleasă, așa că a fost lăsată deoparte la căutare. Scrieți un an, o lună sau o zi: 1998, 1998-06 sau 1998-06-15.',
  'search.backwardRange': 'Data „de la” este după data „până la”: între ele nu se poate găsi nimic.',
  'search.atLeast': {
    one: 'Cel puțin {count} rezultat (încărcați mai multe pentru a căuta mai departe)',
    few: 'Cel puțin {count} rezultate (încărcați mai multe pentru a căuta mai departe)',
    other: 'Cel puțin {count} de rezultate (încărcați mai multe pentru a căuta mai departe)',
  },
  'search.atLeastFor': {
    one: 'Cel puțin {count} rezultat pentru „{query}” (încărcați mai multe pentru a căuta mai departe)',
    few: 'Cel puțin {count} rezultate pentru „{query}” (încărcați mai multe pentru a căuta mai departe)',
    other: 'Cel puțin {count} de rezultate pentru „{query}” (încărcați mai multe pentru a căuta mai departe)',
  },
  'search.atLeastFiltered': {
    one: 'Cel puțin {count} rezultat cu aceste filtre (încărcați mai multe pentru a căuta mai departe)',
    few: 'Cel puțin {count} rezultate cu aceste filtre (încărcați mai multe pentru a căuta mai departe)',
    other: 'Cel puțin {count} de rezultate cu aceste filtre (încărcați mai multe pentru a căuta mai departe)',
  },
  'search.atLeastForFiltered': {
    one: 'Cel puțin {count} rezultat pentru „{query}” cu aceste filtre (încărcați mai multe pentru a căuta mai departe)',
    few: 'Cel puțin {count} rezultate pentru „{query}” cu aceste filtre (încărcați mai multe pentru a căuta mai departe)',
    other:
      'Cel puțin {count} de rezultate pentru „{query}” cu aceste filtre (încărcați mai multe pentru a căuta mai departe)',
  },
  'search.phraseCheckedNewest': {
    one: 'Am verificat dacă cel mai nou articol cu aceste cuvinte conține expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
    few: 'Am verificat dacă cele mai noi {count} articole cu aceste cuvinte conțin expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
    other:
      'Am verificat dacă cele mai noi {count} de articole cu aceste cuvinte conțin expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Am verificat dacă cel mai vechi articol cu aceste cuvinte conține expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
    few: 'Am verificat dacă cele mai vechi {count} articole cu aceste cuvinte conțin expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
    other:
      'Am verificat dacă cele mai vechi {count} de articole cu aceste cuvinte conțin expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Am verificat dacă {count} articol cu aceste cuvinte conține expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
    few: 'Am verificat dacă {count} articole cu aceste cuvinte, începând cu cele mai relevante, conțin expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
    other:
      'Am verificat dacă {count} de articole cu aceste cuvinte, începând cu cele mai relevante, conțin expresia exactă „{query}”. Rezultate găsite până acum: {found}.',
  },
  'search.checkOlder': 'Verifică articole mai vechi',
  'search.checkNewer': 'Verifică articole mai noi',
  'search.checkMore': 'Verifică mai multe articole',
  'highlight.showing': 'Evidențiat: „{words}”.',
  'highlight.clear': 'Șterge evidențierea',
  'highlight.next': 'Următoarea potrivire',
  'search.bytes': { one: '{count} octet', few: '{count} octeți', other: '{count} de octeți' },
  'offline.title': 'Păstrați arhiva offline',
  'offline.keep': 'Păstrează offline',
  'offline.progress': 'Descărcare offline',
  'offline.size': {
    one: 'Descarcă întregul index de căutare și această pagină: {size} într-un fișier. Articolele deschise sunt păstrate pe măsură ce le citiți.',
    few: 'Descarcă întregul index de căutare și această pagină: {size} în {count} fișiere. Articolele deschise sunt păstrate pe măsură ce le citiți.',
    other:
      'Descarcă întregul index de căutare și această pagină: {size} în {count} de fișiere. Articolele deschise sunt păstrate pe măsură ce le citiți.',
  },
  'offline.kept': 'Căutarea acestei arhive este păstrată offline în acest browser.',
  'offline.downloading': 'Se descarcă {size}…',
  'offline.done': 'Gata: s-au păstrat {size}. Căutarea funcționează acum fără rețea în acest browser.',
  'offline.stopped': 'Descărcarea s-a oprit: {error}. Încercați din nou când sunteți online.',
  'offline.notKept':
    'Nu a fost păstrată offline: {error}. Căutarea offline nu va funcționa până când acest lucru nu reușește.',
  'offline.retry': 'Încercați din nou',
  'offline.filesFailed': {
    one: '{count} fișier nu a putut fi păstrat: {files}',
    few: '{count} fișiere nu au putut fi păstrate: {files}',
    other: '{count} de fișiere nu au putut fi păstrate: {files}',
  },

  'import.untitled': 'Fără titlu ({file})',
} satisfies Messages;

/** Months and weekdays in lower case; weeks from Monday. */
export const dateLocale = ro;
