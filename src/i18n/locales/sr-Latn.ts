/**
 * Serbian in Latin letters (`sr-Latn`, `sr-Latn-RS`, and `sr-ME`, which Unicode's likely subtags write in Latin),
 * the same words as the Cyrillic table (src/i18n/locales/sr.ts) letter for letter, as Serbian sites that publish in
 * both alphabets print them (RTS, N1, Danas): "članak", "Povezane vesti", "rubrika", "tagovi", "autor", "izvor",
 * "Pretraga" and "Pretraži", "Početna", "Najnovije"; the reader addressed with "vi", buttons in the imperative.
 * Ekavian, as Serbia writes. Montenegrin (`cnr`, which Unicode reads as Serbian in Montenegro, `sr-ME`) reads this
 * table too (src/i18n/find-language.ts): Montenegro's press writes Latin, and its months are these (jun, jul,
 * avgust), not Bosnian's (juni, juli, august); its ijekavian forms (srijeda, mjesec) are not.
 *
 * Three forms by Intl.PluralRules: one (1, 21, 31, 101 …, not 11), few (2–4, 22–24 …, not 12–14), other (0, 5–20,
 * 25 …): "1 članak", "2 članka", "5 članaka", "21 članak", "22 članka". Every form of a count shows the number.
 *
 * Dates as Serbian papers print them, in the nominative after the day with a stop after the year, as CLDR has them
 * (date-fns's `sr-Latn`): "12. mart 2014.", "sreda, 12. mart 2014.", a month alone "Mart 2014.", a year alone
 * "2014."; the time after "u". A span is "iz perioda 12. mart 2014. – …", on-this-day's day stands in brackets,
 * so that no date follows a preposition that would want its genitive. „ ” quotes with ’ ’ inside, as in Cyrillic;
 * weeks from Monday, headed pon uto sre as date-fns and CLDR abbreviate them.
 */
import { srLatn } from 'date-fns/locale/sr-Latn';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy.',
  'date.weekdayDay': 'EEEE, d. MMMM yyyy.',
  'date.month': 'LLLL yyyy.',
  // "2014.": a year, as a date's, takes its stop.
  'date.year': '{year}.',
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  // "12. mart 2014. u 08:30 (UTC+02:00)".
  'date.dateTime': '{day} u {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // ned pon uto sre čet pet sub.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Pređi na sadržaj',
  'shell.menu': 'Meni',
  'shell.nav': 'Arhiva',
  'nav.home': 'Najnovije',
  'nav.archive': 'Po datumu',
  'nav.sections': 'Rubrike',
  'nav.tags': 'Tagovi',
  'nav.authors': 'Autori',
  'nav.sources': 'Izvori',
  'shell.quickSearch': 'Brza pretraga',
  'shell.searchLabel': 'Pretraži arhivu',
  // "Traži", as in Cyrillic, where "Претражи" is 3 px too wide for the header's 11rem box.
  'shell.searchPlaceholder': 'Traži članke',
  'shell.searchButton': 'Pretraži',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Arhiva po datumima',
  'footer.onThisDay': 'Na današnji dan',
  'footer.corrections': 'Ispravke',
  'footer.rss': 'RSS kanal',
  'footer.atom': 'Atom kanal',
  'footer.json': 'JSON kanal',
  'footer.sitemap': 'Mapa sajta',

  'list.breadcrumb': 'Putanja',
  'list.home': 'Početna',
  'list.count': { one: '{count} članak', few: '{count} članka', other: '{count} članaka' },
  'list.span': 'Članci iz perioda {first} – {last}',
  'list.titlePage': '{title} (strana {page})',
  // The title in apposition to "stranicu", so that it keeps its own form.
  'list.follow': 'Pratite stranicu „{title}”:',
  'list.by': { one: 'Autor: {names}', other: 'Autori: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Stranice',
  'pager.newer': '← Novije',
  'pager.older': 'Starije →',
  'pager.page': 'Strana {page}',

  'home.latest': 'Najnovije',
  'home.empty': 'Arhiva je prazna: dodajte članke u formatu Markdown u {folder}.',
  'home.browseAll': {
    one: 'Pregledajte {count} članak po datumu →',
    few: 'Pregledajte sva {count} članka po datumu →',
    other: 'Pregledajte svih {count} članaka po datumu →',
  },

  'facet.sections': 'Rubrike',
  'facet.tags': 'Tagovi',
  'facet.authors': 'Autori',
  'facet.sources': 'Izvori',
  'facet.sections.count': { one: '{count} rubrika', few: '{count} rubrike', other: '{count} rubrika' },
  'facet.tags.count': { one: '{count} tag', few: '{count} taga', other: '{count} tagova' },
  'facet.authors.count': { one: '{count} autor', few: '{count} autora', other: '{count} autora' },
  'facet.sources.count': { one: '{count} izvor', few: '{count} izvora', other: '{count} izvora' },
  'facet.inArchive': '{what} u arhivi',
  'facet.tags.title': 'Tag: {name}',
  'facet.authors.title': 'Autor: {name}',
  'facet.sources.title': 'Izvor: {name}',

  'archive.title': 'Arhiva po datumima',
  'archive.summary': {
    one: '{articles} iz {count} godine',
    few: '{articles} iz {count} godine',
    other: '{articles} iz {count} godina',
  },
  // {year} is the number alone: "Meseci 2014. godine".
  'year.months': 'Meseci {year}. godine',
  'year.none': 'nema',
  'year.others': 'Ostale godine',
  'month.others': 'Ostali meseci',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  // A dash, not a colon, after the month's "2014.".
  'calendar.caption': '{month} – dani sa člancima',
  'calendar.articles': { one: ' članak', few: ' članka', other: ' članaka' },

  'article.by': { one: 'Autor: {names}', other: 'Autori: {names}' },
  'article.minutes': 'Vreme čitanja: {count} min',
  'article.updated': 'Ažurirano: {date}',
  'article.source': 'Prvobitno objavljeno: {source}',
  'article.retrieved': ', preuzeto: {date}',
  'article.tags': 'Tagovi',
  'article.moreInTime': 'Prethodni i sledeći članci',
  'article.newer': 'Noviji',
  'article.older': 'Stariji',
  'article.corrections': 'Ispravke i ažuriranja',
  'text.colon': ': ',
  'article.citeStyle': 'Čikaški stil (17. izdanje), bibliografija',
  'article.related': 'Povezane vesti',
  'article.cite': 'Kako citirati ovaj članak',
  'article.footnotes': 'Fusnote',
  'article.footnoteBack': 'Nazad na fusnotu {reference}',
  'zim.searchHelp':
    'Ova kopija arhive je ZIM datoteka koju čitate u programu Kiwix. Pretražujte je pretragom koju nudi Kiwix: poljem za pretragu na vrhu stranice u pregledaču (kiwix-serve) ili dugmetom za pretragu u aplikaciji Kiwix. Svi članci su u njegovom indeksu, pod svojim naslovima.',
  'zim.browse': 'Možete i da pregledate sve članke:',

  'corrections.title': 'Ispravke',
  'corrections.heading': 'Ispravke i ažuriranja',
  'corrections.description': 'Sve ispravke i ažuriranja članaka u arhivi.',
  'corrections.none': 'Nijedan članak u arhivi nije ispravljen.',
  'corrections.count': {
    one: '{count} ispravka, od najnovije.',
    few: '{count} ispravke, od najnovije.',
    other: '{count} ispravki, od najnovije.',
  },

  'notFound.title': 'Stranica nije pronađena',
  'notFound.text': 'Na ovoj adresi nema stranice. Možda je premeštena ili je link pogrešno otkucan.',
  'notFound.latest': 'Najnoviji članci',
  'offlinePage.title': 'Nije sačuvano na ovom uređaju',
  'offlinePage.text':
    'Niste na mreži, a ova stranica nije sačuvana u ovom pregledaču. Stranice koje otvarate dok ste na mreži čuvaju se, a kada se arhiva sačuva za čitanje van mreže, njena pretraga radi i bez interneta.',
  'offlinePage.fromIndex': 'Tekst članka onako kako ga čuva indeks pretrage (bez slika i preloma):',

  'onThisDay.title': 'Na današnji dan',
  'onThisDay.description': 'Članci objavljeni na današnji dan ranijih godina.',
  'onThisDay.intro': 'Članci objavljeni na današnji datum ranijih godina.',
  'onThisDay.noscript':
    'Ova stranica današnji datum uzima iz vašeg pregledača, za šta je potreban JavaScript. Bez njega arhivu pregledajte po datumu: svaka godina i svaki mesec imaju svoju stranicu, na kojoj su članci poređani po danima.',
  'onThisDay.none': 'U arhivi nema članaka objavljenih na današnji dan ({day}) ranijih godina.',
  'onThisDay.some': {
    one: '{count} članak objavljen na današnji dan ({day}) ranijih godina:',
    few: '{count} članka objavljena na današnji dan ({day}) ranijih godina:',
    other: '{count} članaka objavljeno na današnji dan ({day}) ranijih godina:',
  },
  'onThisDay.failed': 'Spisak za danas nije mogao da se učita ({error}). Arhivu možete da pregledate po datumu.',

  'search.title': 'Pretraga',
  'search.description': 'Pretražite sve članke u arhivi.',
  'search.heading': 'Pretraga arhive',
  'search.unavailable':
    'Pretraga radi u vašem pregledaču: potreban joj je JavaScript, a arhiva mora da se otvara sa veb-servera, a ne kao datoteka. I dalje možete da pregledate sve članke po datumu ili po rubrici.',
  'search.devUnavailable':
    'Pretrazi je potreban indeks koji nastaje pri izgradnji sajta, a razvojni server ga nema. Jednom pokrenite npm run build (indeks ostaje u dist/ i razvojni server ga koristi) ili npm start da biste videli izgrađeni sajt.',
  'search.form': 'Pretraga arhive',
  'search.words': 'Reči za pretragu',
  'search.narrow': 'Suzite i poređajte rezultate',
  'search.narrowSet': 'izabrano: {count}',
  'search.section': 'Rubrika',
  'search.anySection': 'Sve rubrike',
  'search.author': 'Autor',
  'search.anyAuthor': 'Svi autori',
  'search.tag': 'Tag',
  'search.anyTag': 'Svi tagovi',
  'search.year': 'Godina',
  'search.anyYear': 'Sve godine',
  'search.source': 'Izvor',
  'search.anySource': 'Svi izvori',
  'search.order': 'Redosled',
  'search.relevance': 'Najrelevantnije',
  'search.newest': 'Prvo najnovije',
  'search.oldest': 'Prvo najstarije',
  'search.results': 'Rezultati pretrage',
  'search.more': 'Učitaj još rezultata',
  'search.prompt': 'Unesite reči da biste pretražili sve članke u arhivi.',
  'search.searching': 'Pretraga…',
  'search.loading': 'Učitavanje indeksa pretrage…',
  'search.fileProtocol':
    'Pretraga ne radi iz datoteke na disku: pregledači odatle ne učitavaju njen indeks. Otvorite fasciklu preko lokalnog veb-servera (pogledajte README).',
  'search.failed': 'Pretraga nije mogla da se učita: {reason}',
  'search.none': 'Nema rezultata.',
  'search.noneFor': 'Nema rezultata za „{query}”.',
  'search.noneFiltered': 'Nema rezultata sa ovim filterima.',
  'search.noneForFiltered': 'Nema rezultata za „{query}” sa ovim filterima.',
  'search.count': { one: '{count} rezultat', few: '{count} rezultata', other: '{count} rezultata' },
  'search.countFor': {
    one: '{count} rezultat za „{query}”',
    few: '{count} rezultata za „{query}”',
    other: '{count} rezultata za „{query}”',
  },
  'search.countFiltered': {
    one: '{count} rezultat sa ovim filterima',
    few: '{count} rezultata sa ovim filterima',
    other: '{count} rezultata sa ovim filterima',
  },
  'search.countForFiltered': {
    one: '{count} rezultat za „{query}” sa ovim filterima',
    few: '{count} rezultata za „{query}” sa ovim filterima',
    other: '{count} rezultata za „{query}” sa ovim filterima',
  },
  'search.from': 'Od',
  'search.to': 'Do',
  'search.rangeHint': 'godina, mesec ili dan',
  // Inside „ ”, as Serbian nests quotes.
  'search.quotedPhrase': '’{phrase}’',
  'search.fromUnreadable':
    'Početni datum „{text}” nije prepoznat, pa ga pretraga izostavlja. Upišite godinu, mesec ili dan: 1998, 1998-06 ili 1998-06-15.',
  'search.toUnreadable':
    'Krajnji datum „{text}” nije prepoznat, pa ga pretraga izostavlja. Upišite godinu, mesec ili dan: 1998, 1998-06 ili 1998-06-15.',
  'search.backwardRange': 'Datum „od” je posle datuma „do”: između njih se ništa ne može pronaći.',
  'search.atLeast': {
    one: 'Najmanje {count} rezultat (učitajte još da biste pretraživali dalje)',
    few: 'Najmanje {count} rezultata (učitajte još da biste pretraživali dalje)',
    other: 'Najmanje {count} rezultata (učitajte još da biste pretraživali dalje)',
  },
  'search.atLeastFor': {
    one: 'Najmanje {count} rezultat za „{query}” (učitajte još da biste pretraživali dalje)',
    few: 'Najmanje {count} rezultata za „{query}” (učitajte još da biste pretraživali dalje)',
    other: 'Najmanje {count} rezultata za „{query}” (učitajte još da biste pretraživali dalje)',
  },
  'search.atLeastFiltered': {
    one: 'Najmanje {count} rezultat sa ovim filterima (učitajte još da biste pretraživali dalje)',
    few: 'Najmanje {count} rezultata sa ovim filterima (učitajte još da biste pretraživali dalje)',
    other: 'Najmanje {count} rezultata sa ovim filterima (učitajte još da biste pretraživali dalje)',
  },
  'search.atLeastForFiltered': {
    one: 'Najmanje {count} rezultat za „{query}” sa ovim filterima (učitajte još da biste pretraživali dalje)',
    few: 'Najmanje {count} rezultata za „{query}” sa ovim filterima (učitajte još da biste pretraživali dalje)',
    other: 'Najmanje {count} rezultata za „{query}” sa ovim filterima (učitajte još da biste pretraživali dalje)',
  },
  'search.phraseCheckedNewest': {
    one: 'Tačna fraza „{query}” tražena je u {count} najnovijem članku sa ovim rečima. Dosad pronađeno: {found}.',
    few: 'Tačna fraza „{query}” tražena je u {count} najnovija članka sa ovim rečima. Dosad pronađeno: {found}.',
    other: 'Tačna fraza „{query}” tražena je u {count} najnovijih članaka sa ovim rečima. Dosad pronađeno: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Tačna fraza „{query}” tražena je u {count} najstarijem članku sa ovim rečima. Dosad pronađeno: {found}.',
    few: 'Tačna fraza „{query}” tražena je u {count} najstarija članka sa ovim rečima. Dosad pronađeno: {found}.',
    other: 'Tačna fraza „{query}” tražena je u {count} najstarijih članaka sa ovim rečima. Dosad pronađeno: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Tačna fraza „{query}” tražena je u {count} članku sa ovim rečima. Dosad pronađeno: {found}.',
    few: 'Tačna fraza „{query}” tražena je u {count} članka sa ovim rečima, počev od najrelevantnijih. Dosad pronađeno: {found}.',
    other:
      'Tačna fraza „{query}” tražena je u {count} članaka sa ovim rečima, počev od najrelevantnijih. Dosad pronađeno: {found}.',
  },
  'search.checkOlder': 'Proveri starije članke',
  'search.checkNewer': 'Proveri novije članke',
  'search.checkMore': 'Proveri još članaka',
  'highlight.showing': 'Istaknuto: „{words}”.',
  'highlight.clear': 'Ukloni isticanje',
  'highlight.next': 'Sledeće podudaranje',
  'search.bytes': { one: '{count} bajt', few: '{count} bajta', other: '{count} bajtova' },
  'offline.title': 'Sačuvajte arhivu za čitanje van mreže',
  'offline.keep': 'Sačuvaj van mreže',
  'offline.progress': 'Preuzimanje za čitanje van mreže',
  'offline.size': {
    one: 'Preuzima ceo indeks pretrage i ovu stranicu: {size} u {count} datoteci. Članci koje otvorite čuvaju se dok ih čitate.',
    few: 'Preuzima ceo indeks pretrage i ovu stranicu: {size} u {count} datoteke. Članci koje otvorite čuvaju se dok ih čitate.',
    other:
      'Preuzima ceo indeks pretrage i ovu stranicu: {size} u {count} datoteka. Članci koje otvorite čuvaju se dok ih čitate.',
  },
  'offline.kept': 'Pretraga ove arhive sačuvana je za rad van mreže u ovom pregledaču.',
  'offline.downloading': 'Preuzimanje: {size}…',
  'offline.done': 'Gotovo: sačuvano {size}. Pretraga sada radi bez interneta u ovom pregledaču.',
  'offline.stopped': 'Preuzimanje je prekinuto: {error}. Pokušajte ponovo kada budete na mreži.',
  'offline.notKept': 'Nije sačuvano za rad van mreže: {error}. Pretraga van mreže neće raditi dok ovo ne uspe.',
  'offline.retry': 'Pokušaj ponovo',
  'offline.filesFailed': {
    one: '{count} datoteka nije mogla da se sačuva: {files}',
    few: '{count} datoteke nisu mogle da se sačuvaju: {files}',
    other: '{count} datoteka nije moglo da se sačuva: {files}',
  },

  'import.untitled': 'Bez naslova ({file})',
} satisfies Messages;

/** Months in the nominative after a day ("12. mart"), weekdays in lower case; weeks from Monday. */
export const dateLocale = srLatn;
