/**
 * Bosnian (`bs`, `bs-BA`), in Latin letters, as Bosnian news sites word it (Oslobođenje, Klix.ba): "članak" for an
 * article, "vijesti" for stories among others ("Povezane vijesti"), "rubrika" for a section, "tagovi", "autor",
 * "izvor", "Pretraga" and "Pretraži", "Naslovna" for the front page, "Najnovije"; ijekavian (vrijeme, mjesec,
 * riječi, sljedeći), with Bosnian's own words where Serbian and Croatian differ (tačan, preglednik, datoteka,
 * sačuvati, ponovo, spisak, folder, dugme). The reader addressed with "vi", buttons in the imperative ("Pretraži",
 * "Učitaj još rezultata", "Pokušaj ponovo").
 *
 * Three forms by Intl.PluralRules: one (1, 21, 31, 101 …, not 11), few (2–4, 22–24 …, not 12–14), other (0, 5–20,
 * 25 …): "1 članak", "2 članka", "5 članaka", "21 članak", "22 članka". Every form of a count shows the number. A
 * writer's label follows the number of writers ("Autor:", "Autori:").
 *
 * Dates as CLDR writes Bosnian's, in the nominative after the day with a stop after the year: "12. mart 2014.",
 * "srijeda, 12. mart 2014." (the browser's own full date), a month alone "Mart 2014.", a year alone "2014."; June
 * and July "juni", "juli", August "august" (Bosnian's, where date-fns's `bs` has Serbian's "avgust"). A span is "iz
 * perioda 12. mart 2014. – …", on-this-day's day stands in brackets, so that no date follows a preposition that
 * would want its genitive. „ ” quotes with ’ ’ inside, as Bosnian's orthography gives them first
 * (src/markdown/typography-styles.ts); weeks from Monday, headed pon uto sri.
 */
import type { Locale, Localize } from 'date-fns';
import { bs } from 'date-fns/locale/bs';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy.',
  'date.weekdayDay': 'EEEE, d. MMMM yyyy.',
  'date.month': 'LLLL yyyy.',
  // "2014.": a year, as a date's, takes its stop.
  'date.year': '{year}.',
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  // "12. mart 2014. u 08:30 (UTC+02:00)", as CLDR joins them.
  'date.dateTime': '{day} u {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // ned pon uto sri čet pet sub, as CLDR abbreviates them (date-fns's sre is Serbian's, from sreda).
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Preskoči na sadržaj',
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
  'shell.searchPlaceholder': 'Pretraži članke',
  'shell.searchButton': 'Pretraži',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Arhiva po datumima',
  'footer.onThisDay': 'Na današnji dan',
  'footer.corrections': 'Ispravke',
  'footer.rss': 'RSS kanal',
  'footer.atom': 'Atom kanal',
  'footer.json': 'JSON kanal',
  'footer.sitemap': 'Mapa stranice',

  'list.breadcrumb': 'Putanja',
  'list.home': 'Naslovna',
  'list.count': { one: '{count} članak', few: '{count} članka', other: '{count} članaka' },
  'list.span': 'Članci iz perioda {first} – {last}',
  'list.titlePage': '{title} (stranica {page})',
  // The title in apposition to "stranicu", so that it keeps its own form.
  'list.follow': 'Pratite stranicu „{title}”:',
  'list.by': { one: 'Autor: {names}', other: 'Autori: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Stranice',
  'pager.newer': '← Novije',
  'pager.older': 'Starije →',
  'pager.page': 'Stranica {page}',

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
  // {year} is the number alone: "Mjeseci 2014. godine".
  'year.months': 'Mjeseci {year}. godine',
  'year.none': 'nema',
  'year.others': 'Ostale godine',
  'month.others': 'Ostali mjeseci',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  // A dash, not a colon, after the month's "2014.".
  'calendar.caption': '{month} – dani s člancima',
  'calendar.articles': { one: ' članak', few: ' članka', other: ' članaka' },

  'article.by': { one: 'Autor: {names}', other: 'Autori: {names}' },
  'article.minutes': 'Vrijeme čitanja: {count} min',
  'article.updated': 'Ažurirano: {date}',
  'article.source': 'Prvobitno objavljeno: {source}',
  'article.retrieved': ', preuzeto: {date}',
  'article.tags': 'Tagovi',
  'article.moreInTime': 'Prethodni i sljedeći članci',
  'article.newer': 'Noviji',
  'article.older': 'Stariji',
  'article.corrections': 'Ispravke i ažuriranja',
  'text.colon': ': ',
  'article.citeStyle': 'Čikaški stil (17. izdanje), bibliografija',
  'article.related': 'Povezane vijesti',
  'article.cite': 'Kako citirati ovaj članak',
  'article.footnotes': 'Fusnote',
  'article.footnoteBack': 'Nazad na fusnotu {reference}',
  'zim.searchHelp':
    'Ova kopija arhive je ZIM datoteka koju čitate u programu Kiwix. Pretražujte je pretragom koju nudi Kiwix: poljem za pretragu na vrhu stranice u pregledniku (kiwix-serve) ili dugmetom za pretragu u aplikaciji Kiwix. Svi članci su u njegovom indeksu, pod svojim naslovima.',
  'zim.browse': 'Možete i pregledati sve članke:',

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
  'notFound.text': 'Na ovoj adresi nema stranice. Možda je premještena ili je link pogrešno upisan.',
  'notFound.latest': 'Najnoviji članci',
  'offlinePage.title': 'Nije sačuvano na ovom uređaju',
  'offlinePage.text':
    'Niste na mreži, a ova stranica nije sačuvana u ovom pregledniku. Stranice koje otvarate dok ste na mreži čuvaju se, a kada se arhiva sačuva za čitanje van mreže, njena pretraga radi i bez interneta.',
  'offlinePage.fromIndex': 'Tekst članka onako kako ga čuva indeks pretrage (bez slika i prijeloma):',

  'onThisDay.title': 'Na današnji dan',
  'onThisDay.description': 'Članci objavljeni na današnji dan ranijih godina.',
  'onThisDay.intro': 'Članci objavljeni na današnji datum ranijih godina.',
  'onThisDay.noscript':
    'Ova stranica današnji datum uzima iz vašeg preglednika, za šta je potreban JavaScript. Bez njega arhivu pregledajte po datumu: svaka godina i svaki mjesec imaju svoju stranicu, na kojoj su članci poredani po danima.',
  'onThisDay.none': 'U arhivi nema članaka objavljenih na današnji dan ({day}) ranijih godina.',
  'onThisDay.some': {
    one: '{count} članak objavljen na današnji dan ({day}) ranijih godina:',
    few: '{count} članka objavljena na današnji dan ({day}) ranijih godina:',
    other: '{count} članaka objavljeno na današnji dan ({day}) ranijih godina:',
  },
  'onThisDay.failed': 'Spisak za danas nije se mogao učitati ({error}). Arhivu možete pregledati po datumu.',

  'search.title': 'Pretraga',
  'search.description': 'Pretražite sve članke u arhivi.',
  'search.heading': 'Pretraga arhive',
  'search.unavailable':
    'Pretraga radi u vašem pregledniku: potreban joj je JavaScript, a arhiva se mora otvarati s web-servera, a ne kao datoteka. I dalje možete pregledati sve članke po datumu ili po rubrici.',
  'search.devUnavailable':
    'Pretrazi je potreban indeks koji nastaje pri izgradnji stranice, a razvojni server ga nema. Jednom pokrenite npm run build (indeks ostaje u dist/ i razvojni server ga koristi) ili npm start da biste vidjeli izgrađenu stranicu.',
  'search.form': 'Pretraga arhive',
  'search.words': 'Riječi za pretragu',
  'search.narrow': 'Suzite i poredajte rezultate',
  'search.narrowSet': 'odabrano: {count}',
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
  'search.order': 'Redoslijed',
  'search.relevance': 'Najrelevantnije',
  'search.newest': 'Prvo najnovije',
  'search.oldest': 'Prvo najstarije',
  'search.results': 'Rezultati pretrage',
  'search.more': 'Učitaj još rezultata',
  'search.prompt': 'Unesite riječi da biste pretražili sve članke u arhivi.',
  'search.searching': 'Pretraga…',
  'search.loading': 'Učitavanje indeksa pretrage…',
  'search.fileProtocol':
    'Pretraga ne radi iz datoteke na disku: preglednici odatle ne učitavaju njen indeks. Otvorite folder preko lokalnog web-servera (pogledajte README).',
  'search.failed': 'Pretraga se nije mogla učitati: {reason}',
  'search.none': 'Nema rezultata.',
  'search.noneFor': 'Nema rezultata za „{query}”.',
  'search.noneFiltered': 'Nema rezultata s ovim filterima.',
  'search.noneForFiltered': 'Nema rezultata za „{query}” s ovim filterima.',
  'search.count': { one: '{count} rezultat', few: '{count} rezultata', other: '{count} rezultata' },
  'search.countFor': {
    one: '{count} rezultat za „{query}”',
    few: '{count} rezultata za „{query}”',
    other: '{count} rezultata za „{query}”',
  },
  'search.countFiltered': {
    one: '{count} rezultat s ovim filterima',
    few: '{count} rezultata s ovim filterima',
    other: '{count} rezultata s ovim filterima',
  },
  'search.countForFiltered': {
    one: '{count} rezultat za „{query}” s ovim filterima',
    few: '{count} rezultata za „{query}” s ovim filterima',
    other: '{count} rezultata za „{query}” s ovim filterima',
  },
  'search.from': 'Od',
  'search.to': 'Do',
  'search.rangeHint': 'godina, mjesec ili dan',
  // Inside „ ”, as Bosnian nests quotes.
  'search.quotedPhrase': '’{phrase}’',
  'search.fromUnreadable':
    'Početni datum „{text}” nije prepoznat, pa ga pretraga izostavlja. Upišite godinu, mjesec ili dan: 1998, 1998-06 ili 1998-06-15.',
  'search.toUnreadable':
    'Krajnji datum „{text}” nije prepoznat, pa ga pretraga izostavlja. Upišite godinu, mjesec ili dan: 1998, 1998-06 ili 1998-06-15.',
  'search.backwardRange': 'Datum „od” je nakon datuma „do”: između njih se ništa ne može pronaći.',
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
    one: 'Najmanje {count} rezultat s ovim filterima (učitajte još da biste pretraživali dalje)',
    few: 'Najmanje {count} rezultata s ovim filterima (učitajte još da biste pretraživali dalje)',
    other: 'Najmanje {count} rezultata s ovim filterima (učitajte još da biste pretraživali dalje)',
  },
  'search.atLeastForFiltered': {
    one: 'Najmanje {count} rezultat za „{query}” s ovim filterima (učitajte još da biste pretraživali dalje)',
    few: 'Najmanje {count} rezultata za „{query}” s ovim filterima (učitajte još da biste pretraživali dalje)',
    other: 'Najmanje {count} rezultata za „{query}” s ovim filterima (učitajte još da biste pretraživali dalje)',
  },
  'search.phraseCheckedNewest': {
    one: 'Tačna fraza „{query}” tražena je u {count} najnovijem članku s ovim riječima. Dosad pronađeno: {found}.',
    few: 'Tačna fraza „{query}” tražena je u {count} najnovija članka s ovim riječima. Dosad pronađeno: {found}.',
    other: 'Tačna fraza „{query}” tražena je u {count} najnovijih članaka s ovim riječima. Dosad pronađeno: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Tačna fraza „{query}” tražena je u {count} najstarijem članku s ovim riječima. Dosad pronađeno: {found}.',
    few: 'Tačna fraza „{query}” tražena je u {count} najstarija članka s ovim riječima. Dosad pronađeno: {found}.',
    other: 'Tačna fraza „{query}” tražena je u {count} najstarijih članaka s ovim riječima. Dosad pronađeno: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Tačna fraza „{query}” tražena je u {count} članku s ovim riječima. Dosad pronađeno: {found}.',
    few: 'Tačna fraza „{query}” tražena je u {count} članka s ovim riječima, počevši od najrelevantnijih. Dosad pronađeno: {found}.',
    other:
      'Tačna fraza „{query}” tražena je u {count} članaka s ovim riječima, počevši od najrelevantnijih. Dosad pronađeno: {found}.',
  },
  'search.checkOlder': 'Provjeri starije članke',
  'search.checkNewer': 'Provjeri novije članke',
  'search.checkMore': 'Provjeri još članaka',
  'highlight.showing': 'Istaknuto: „{words}”.',
  'highlight.clear': 'Ukloni isticanje',
  'highlight.next': 'Sljedeće podudaranje',
  'search.bytes': { one: '{count} bajt', few: '{count} bajta', other: '{count} bajtova' },
  'offline.title': 'Sačuvajte arhivu za čitanje van mreže',
  'offline.keep': 'Sačuvaj van mreže',
  'offline.progress': 'Preuzimanje za čitanje van mreže',
  'offline.size': {
    one: 'Preuzima cijeli indeks pretrage i ovu stranicu: {size} u {count} datoteci. Članci koje otvorite čuvaju se dok ih čitate.',
    few: 'Preuzima cijeli indeks pretrage i ovu stranicu: {size} u {count} datoteke. Članci koje otvorite čuvaju se dok ih čitate.',
    other:
      'Preuzima cijeli indeks pretrage i ovu stranicu: {size} u {count} datoteka. Članci koje otvorite čuvaju se dok ih čitate.',
  },
  'offline.kept': 'Pretraga ove arhive sačuvana je za rad van mreže u ovom pregledniku.',
  'offline.downloading': 'Preuzimanje: {size}…',
  'offline.done': 'Gotovo: sačuvano {size}. Pretraga sada radi bez interneta u ovom pregledniku.',
  'offline.stopped': 'Preuzimanje je prekinuto: {error}. Pokušajte ponovo kada budete na mreži.',
  'offline.notKept': 'Nije sačuvano za rad van mreže: {error}. Pretraga van mreže neće raditi dok ovo ne uspije.',
  'offline.retry': 'Pokušaj ponovo',
  'offline.filesFailed': {
    one: '{count} datoteka nije se mogla sačuvati: {files}',
    few: '{count} datoteke nisu se mogle sačuvati: {files}',
    other: '{count} datoteka nije se moglo sačuvati: {files}',
  },

  'import.untitled': 'Bez naslova ({file})',
} satisfies Messages;

/**
 * August as Bosnian writes it ("august", "aug"), and Wednesday's abbreviation from "srijeda" ("sri"), as CLDR has
 * them: date-fns's `bs` gives Serbian's "avgust" and "sre".
 */
const localize: Localize = {
  ...bs.localize,
  month: (month, options) => {
    if (month !== 7) return bs.localize.month(month, options);
    const width = options?.width ?? 'wide';
    return width === 'wide' ? 'august' : width === 'abbreviated' ? 'aug' : bs.localize.month(month, options);
  },
  day: (day, options) =>
    day === 3 && (options?.width === 'abbreviated' || options?.width === 'short')
      ? 'sri'
      : bs.localize.day(day, options),
};

/** Months in the nominative after a day ("12. mart"), weekdays in lower case; weeks from Monday. */
export const dateLocale: Locale = { ...bs, localize };
