/**
 * Croatian, as Croatian news sites word it (HRT, Jutarnji list, Večernji list, Index.hr): "članak" for an article,
 * "vijesti" for stories among others ("Povezane vijesti"), "rubrika" for a section, "oznake" for tags (HRT's word;
 * "tagovi" is the sites' jargon), "autor", "izvor", "Pretraživanje" and "Traži", "Naslovnica" for the front page,
 * "Najnovije", "Izbornik" for the menu; Croatian's own words where Serbian and Bosnian differ (preglednik,
 * poslužitelj, mapa, spremiti, poveznica, točan, izraz, ispravak, ponovno). Ijekavian. The reader
 * addressed with "vi" ("Pokušajte ponovno" in a sentence), buttons in the imperative ("Traži", "Učitaj još
 * rezultata", "Pokušaj ponovno").
 *
 * Three forms by Intl.PluralRules: one (1, 21, 31, 101 …, not 11), few (2–4, 22–24 …, not 12–14), other (0, 5–20,
 * 25 …): "1 članak", "2 članka", "5 članaka", "21 članak", "22 članka". Every form of a count shows the number, as
 * one and few are taken by many numbers. A writer's label follows the number of writers ("Autor:", "Autori:").
 *
 * Dates as Croatian papers print them, with Croatian's own month names, the month in the genitive after the day
 * and a stop after the year: "12. ožujka 2014.", "srijeda, 12. ožujka 2014." (the browser's own full date), a month
 * alone in the nominative "Ožujak 2014." (a capital as it stands alone, as a heading does), a year alone "2014.";
 * the time after "u", as CLDR joins them. November after a day is "studenoga", the long genitive HRT and the
 * standard (and CLDR) write, where date-fns's `hr` has "studenog". „ ” quotes with ‚ ’ inside, as the Institute
 * of Croatian Language's orthography and the EU's style guide give them and Croatian news sites set the outer pair
 * (» «, Croatian's other pair, is older print's; src/markdown/typography-styles.ts); weeks from Monday, headed pon
 * uto sri as CLDR abbreviates them.
 */
import type { Locale, Localize } from 'date-fns';
import { hr } from 'date-fns/locale/hr';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy.',
  'date.weekdayDay': 'EEEE, d. MMMM yyyy.',
  'date.month': 'LLLL yyyy.',
  // "2014.": a year, as a date's, takes its stop.
  'date.year': '{year}.',
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  // "12. ožujka 2014. u 08:30 (UTC+02:00)".
  'date.dateTime': '{day} u {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // ned pon uto sri čet pet sub.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Preskoči na sadržaj',
  'shell.menu': 'Izbornik',
  'shell.nav': 'Arhiva',
  'nav.home': 'Najnovije',
  'nav.archive': 'Po datumu',
  'nav.sections': 'Rubrike',
  'nav.tags': 'Oznake',
  'nav.authors': 'Autori',
  'nav.sources': 'Izvori',
  'shell.quickSearch': 'Brzo pretraživanje',
  'shell.searchLabel': 'Pretraži arhivu',
  'shell.searchPlaceholder': 'Pretraži članke',
  'shell.searchButton': 'Traži',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Arhiva po datumima',
  'footer.onThisDay': 'Na današnji dan',
  'footer.corrections': 'Ispravci',
  'footer.rss': 'RSS kanal',
  'footer.atom': 'Atom kanal',
  'footer.json': 'JSON kanal',
  'footer.sitemap': 'Karta stranica',

  'list.breadcrumb': 'Putanja',
  'list.home': 'Naslovnica',
  'list.count': { one: '{count} članak', few: '{count} članka', other: '{count} članaka' },
  'list.span': 'Članci od {first} do {last}',
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
  'facet.tags': 'Oznake',
  'facet.authors': 'Autori',
  'facet.sources': 'Izvori',
  'facet.sections.count': { one: '{count} rubrika', few: '{count} rubrike', other: '{count} rubrika' },
  'facet.tags.count': { one: '{count} oznaka', few: '{count} oznake', other: '{count} oznaka' },
  'facet.authors.count': { one: '{count} autor', few: '{count} autora', other: '{count} autora' },
  'facet.sources.count': { one: '{count} izvor', few: '{count} izvora', other: '{count} izvora' },
  'facet.inArchive': '{what} u arhivi',
  'facet.tags.title': 'Oznaka: {name}',
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
  // "Ažurirano 12. ožujka 2014.": a day in the genitive reads as a time.
  'article.updated': 'Ažurirano {date}',
  'article.source': 'Izvorno objavljeno: {source}',
  'article.retrieved': ', preuzeto {date}',
  'article.tags': 'Oznake',
  'article.moreInTime': 'Prethodni i sljedeći članci',
  'article.newer': 'Noviji',
  'article.older': 'Stariji',
  'article.corrections': 'Ispravci i ažuriranja',
  'text.colon': ': ',
  'article.citeStyle': 'Čikaški stil (17. izdanje), bibliografija',
  'article.related': 'Povezane vijesti',
  'article.cite': 'Kako citirati ovaj članak',
  'article.footnotes': 'Bilješke',
  'article.footnoteBack': 'Natrag na bilješku {reference}',
  'zim.searchHelp':
    'Ova je kopija arhive datoteka ZIM koju čitate u programu Kiwix. Pretražujte je Kiwixovim pretraživanjem: poljem za pretraživanje na vrhu stranice u pregledniku (kiwix-serve) ili gumbom za pretraživanje u aplikaciji Kiwix. Svi su članci u njegovu indeksu, pod svojim naslovima.',
  'zim.browse': 'Možete i pregledati sve članke:',

  'corrections.title': 'Ispravci',
  'corrections.heading': 'Ispravci i ažuriranja',
  'corrections.description': 'Svi ispravci i ažuriranja članaka u arhivi.',
  'corrections.none': 'Nijedan članak u arhivi nije ispravljen.',
  'corrections.count': {
    one: '{count} ispravak, od najnovijega.',
    few: '{count} ispravka, od najnovijega.',
    other: '{count} ispravaka, od najnovijega.',
  },

  'notFound.title': 'Stranica nije pronađena',
  'notFound.text': 'Na ovoj adresi nema stranice. Možda je premještena ili je poveznica pogrešno upisana.',
  'notFound.latest': 'Najnoviji članci',
  'offlinePage.title': 'Nije spremljeno na ovom uređaju',
  'offlinePage.text':
    'Niste na mreži, a ova stranica nije spremljena u ovom pregledniku. Stranice koje otvarate dok ste na mreži spremaju se, a kad se arhiva spremi za čitanje izvan mreže, njezino pretraživanje radi i bez interneta.',
  'offlinePage.fromIndex': 'Tekst članka onako kako ga čuva indeks za pretraživanje (bez slika i prijeloma):',

  'onThisDay.title': 'Na današnji dan',
  'onThisDay.description': 'Članci objavljeni na današnji dan prethodnih godina.',
  'onThisDay.intro': 'Članci objavljeni na današnji datum prethodnih godina.',
  'onThisDay.noscript':
    'Ova stranica današnji datum doznaje od vašeg preglednika, za što je potreban JavaScript. Bez njega arhivu pregledajte po datumu: svaka godina i svaki mjesec imaju svoju stranicu, na kojoj su članci poredani po danima.',
  // "12. ožujka": the day in the genitive, as Croatian dates a time.
  'onThisDay.none': 'U arhivi nema članaka objavljenih {day} prethodnih godina.',
  'onThisDay.some': {
    one: '{count} članak objavljen {day} prethodnih godina:',
    few: '{count} članka objavljena {day} prethodnih godina:',
    other: '{count} članaka objavljeno {day} prethodnih godina:',
  },
  'onThisDay.failed': 'Popis za danas nije se mogao učitati ({error}). Arhivu možete pregledati po datumu.',

  'search.title': 'Pretraživanje',
  'search.description': 'Pretražite sve članke u arhivi.',
  'search.heading': 'Pretraživanje arhive',
  'search.unavailable':
    'Pretraživanje radi u vašem pregledniku: potreban mu je JavaScript, a arhiva se mora otvarati s web-poslužitelja, a ne kao datoteka. I dalje možete pregledavati sve članke po datumu ili po rubrici.',
  'search.devUnavailable':
    'Pretraživanju je potreban indeks koji nastaje pri izgradnji stranica, a razvojni ga poslužitelj nema. Jednom pokrenite npm run build (indeks ostaje u dist/ i razvojni ga poslužitelj koristi) ili npm start da biste vidjeli izgrađene stranice.',
  'search.form': 'Pretraživanje arhive',
  'search.words': 'Riječi za pretraživanje',
  'search.narrow': 'Suzite i poredajte rezultate',
  'search.narrowSet': 'odabrano: {count}',
  'search.section': 'Rubrika',
  'search.anySection': 'Sve rubrike',
  'search.author': 'Autor',
  'search.anyAuthor': 'Svi autori',
  'search.tag': 'Oznaka',
  'search.anyTag': 'Sve oznake',
  'search.year': 'Godina',
  'search.anyYear': 'Sve godine',
  'search.source': 'Izvor',
  'search.anySource': 'Svi izvori',
  'search.order': 'Redoslijed',
  'search.relevance': 'Najrelevantnije',
  'search.newest': 'Prvo najnovije',
  'search.oldest': 'Prvo najstarije',
  'search.results': 'Rezultati pretraživanja',
  'search.more': 'Učitaj još rezultata',
  'search.prompt': 'Upišite riječi da biste pretražili sve članke u arhivi.',
  'search.searching': 'Pretraživanje…',
  'search.loading': 'Učitavanje indeksa za pretraživanje…',
  'search.fileProtocol':
    'Pretraživanje ne radi iz datoteke na disku: preglednici odande ne učitavaju njegov indeks. Otvorite mapu preko lokalnog web-poslužitelja (pogledajte README).',
  'search.failed': 'Pretraživanje se nije moglo učitati: {reason}',
  'search.none': 'Nema rezultata.',
  'search.noneFor': 'Nema rezultata za „{query}”.',
  'search.noneFiltered': 'Nema rezultata s ovim filtrima.',
  'search.noneForFiltered': 'Nema rezultata za „{query}” s ovim filtrima.',
  'search.count': { one: '{count} rezultat', few: '{count} rezultata', other: '{count} rezultata' },
  'search.countFor': {
    one: '{count} rezultat za „{query}”',
    few: '{count} rezultata za „{query}”',
    other: '{count} rezultata za „{query}”',
  },
  'search.countFiltered': {
    one: '{count} rezultat s ovim filtrima',
    few: '{count} rezultata s ovim filtrima',
    other: '{count} rezultata s ovim filtrima',
  },
  'search.countForFiltered': {
    one: '{count} rezultat za „{query}” s ovim filtrima',
    few: '{count} rezultata za „{query}” s ovim filtrima',
    other: '{count} rezultata za „{query}” s ovim filtrima',
  },
  'search.from': 'Od',
  'search.to': 'Do',
  'search.rangeHint': 'godina, mjesec ili dan',
  // Inside „ ”, as Croatian nests quotes.
  'search.quotedPhrase': '‚{phrase}’',
  'search.fromUnreadable':
    'Početni datum „{text}” nije prepoznat pa ga pretraživanje izostavlja. Upišite godinu, mjesec ili dan: 1998, 1998-06 ili 1998-06-15.',
  'search.toUnreadable':
    'Završni datum „{text}” nije prepoznat pa ga pretraživanje izostavlja. Upišite godinu, mjesec ili dan: 1998, 1998-06 ili 1998-06-15.',
  'search.backwardRange': 'Datum „od” kasniji je od datuma „do”: između njih ništa se ne može pronaći.',
  'search.atLeast': {
    one: 'Najmanje {count} rezultat (učitajte još za daljnje pretraživanje)',
    few: 'Najmanje {count} rezultata (učitajte još za daljnje pretraživanje)',
    other: 'Najmanje {count} rezultata (učitajte još za daljnje pretraživanje)',
  },
  'search.atLeastFor': {
    one: 'Najmanje {count} rezultat za „{query}” (učitajte još za daljnje pretraživanje)',
    few: 'Najmanje {count} rezultata za „{query}” (učitajte još za daljnje pretraživanje)',
    other: 'Najmanje {count} rezultata za „{query}” (učitajte još za daljnje pretraživanje)',
  },
  'search.atLeastFiltered': {
    one: 'Najmanje {count} rezultat s ovim filtrima (učitajte još za daljnje pretraživanje)',
    few: 'Najmanje {count} rezultata s ovim filtrima (učitajte još za daljnje pretraživanje)',
    other: 'Najmanje {count} rezultata s ovim filtrima (učitajte još za daljnje pretraživanje)',
  },
  'search.atLeastForFiltered': {
    one: 'Najmanje {count} rezultat za „{query}” s ovim filtrima (učitajte još za daljnje pretraživanje)',
    few: 'Najmanje {count} rezultata za „{query}” s ovim filtrima (učitajte još za daljnje pretraživanje)',
    other: 'Najmanje {count} rezultata za „{query}” s ovim filtrima (učitajte još za daljnje pretraživanje)',
  },
  'search.phraseCheckedNewest': {
    one: 'Točan izraz „{query}” tražen je u {count} najnovijem članku s ovim riječima. Dosad pronađeno: {found}.',
    few: 'Točan izraz „{query}” tražen je u {count} najnovija članka s ovim riječima. Dosad pronađeno: {found}.',
    other: 'Točan izraz „{query}” tražen je u {count} najnovijih članaka s ovim riječima. Dosad pronađeno: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Točan izraz „{query}” tražen je u {count} najstarijem članku s ovim riječima. Dosad pronađeno: {found}.',
    few: 'Točan izraz „{query}” tražen je u {count} najstarija članka s ovim riječima. Dosad pronađeno: {found}.',
    other: 'Točan izraz „{query}” tražen je u {count} najstarijih članaka s ovim riječima. Dosad pronađeno: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Točan izraz „{query}” tražen je u {count} članku s ovim riječima. Dosad pronađeno: {found}.',
    few: 'Točan izraz „{query}” tražen je u {count} članka s ovim riječima, počevši od najrelevantnijih. Dosad pronađeno: {found}.',
    other:
      'Točan izraz „{query}” tražen je u {count} članaka s ovim riječima, počevši od najrelevantnijih. Dosad pronađeno: {found}.',
  },
  'search.checkOlder': 'Provjeri starije članke',
  'search.checkNewer': 'Provjeri novije članke',
  'search.checkMore': 'Provjeri još članaka',
  'highlight.showing': 'Istaknuto: „{words}”.',
  'highlight.clear': 'Ukloni isticanje',
  'highlight.next': 'Sljedeće podudaranje',
  'search.bytes': { one: '{count} bajt', few: '{count} bajta', other: '{count} bajtova' },
  'offline.title': 'Spremite arhivu za čitanje izvan mreže',
  'offline.keep': 'Spremi izvan mreže',
  'offline.progress': 'Preuzimanje za čitanje izvan mreže',
  'offline.size': {
    one: 'Preuzima cijeli indeks za pretraživanje i ovu stranicu: {size} u {count} datoteci. Članci koje otvorite spremaju se dok ih čitate.',
    few: 'Preuzima cijeli indeks za pretraživanje i ovu stranicu: {size} u {count} datoteke. Članci koje otvorite spremaju se dok ih čitate.',
    other:
      'Preuzima cijeli indeks za pretraživanje i ovu stranicu: {size} u {count} datoteka. Članci koje otvorite spremaju se dok ih čitate.',
  },
  'offline.kept': 'Pretraživanje ove arhive spremljeno je za rad izvan mreže u ovom pregledniku.',
  'offline.downloading': 'Preuzimanje: {size}…',
  'offline.done': 'Gotovo: spremljeno {size}. Pretraživanje sada radi bez interneta u ovom pregledniku.',
  'offline.stopped': 'Preuzimanje je prekinuto: {error}. Pokušajte ponovno kad budete na mreži.',
  'offline.notKept':
    'Nije spremljeno za rad izvan mreže: {error}. Pretraživanje izvan mreže neće raditi dok ovo ne uspije.',
  'offline.retry': 'Pokušaj ponovno',
  'offline.filesFailed': {
    one: '{count} datoteka nije se mogla spremiti: {files}',
    few: '{count} datoteke nisu se mogle spremiti: {files}',
    other: '{count} datoteka nije se moglo spremiti: {files}',
  },

  'import.untitled': 'Bez naslova ({file})',
} satisfies Messages;

/** November after a day in the long genitive ("12. studenoga"), as CLDR and the standard write it; date-fns's "studenog". */
const localize: Localize = {
  ...hr.localize,
  month: (month, options) =>
    month === 10 && options?.context !== 'standalone' && (options?.width ?? 'wide') === 'wide'
      ? 'studenoga'
      : hr.localize.month(month, options),
};

/** Months in the genitive after a day ("12. ožujka"), in the nominative alone ("ožujak"); weeks from Monday. */
export const dateLocale: Locale = { ...hr, localize };
