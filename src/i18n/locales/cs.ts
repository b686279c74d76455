/**
 * Czech, as Czech news sites word it (iDNES, Seznam Zprávy, iROZHLAS): "článek" for an article, "rubrika" for a
 * section, "štítky" for tags, "autor", "Hledat", "Úvod" for the front page; the reader addressed with "vy"
 * ("Zkuste to znovu"), buttons in the infinitive as Czech interfaces write them ("Načíst další výsledky"). Plurals
 * take four forms (one: 1; few: 2–4; other: 0, 5 and up, 21 and 22 too, unlike Polish and Russian; many: a
 * fraction): "1 článek", "2 články", "5 článků", "21 článků", "1,5 článku". A writer's label follows the number of
 * writers ("Autor:", "Autoři:"); a placeholder is never declined, a title stands in „ “ where it would be.
 *
 * Dates as Czech papers print them: the day an ordinal with its dot, the month in the genitive ("12. března
 * 2024": date-fns's formatting `MMMM`), the weekday before it without a comma ("úterý 12. března 2024", as CLDR's
 * full date); a month alone in the nominative ("Březen 2024": `LLLL`, capitalised as it stands alone), and in
 * lower case within a sentence. „ “ quotes with ‚ ‘ inside, as Czech articles are set
 * (src/markdown/typography-styles.ts); weeks from Monday, headed po út st as Czech calendars print them.
 */
import { cs } from 'date-fns/locale/cs';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy',
  'date.weekdayDay': 'EEEE d. MMMM yyyy',
  'date.month': 'LLLL yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // po út st čt pá so ne, as Czech calendars head their columns (date-fns's EEE is pon úte stř).
  'date.weekdayHead': 'EEEEEE',

  'shell.skip': 'Přejít na obsah',
  'shell.menu': 'Menu',
  'shell.nav': 'Archiv',
  'nav.home': 'Nejnovější',
  'nav.archive': 'Podle data',
  'nav.sections': 'Rubriky',
  'nav.tags': 'Štítky',
  'nav.authors': 'Autoři',
  'nav.sources': 'Zdroje',
  'shell.quickSearch': 'Rychlé hledání',
  'shell.searchLabel': 'Hledat v archivu',
  'shell.searchPlaceholder': 'Hledat články',
  'shell.searchButton': 'Hledat',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Procházet podle data',
  'footer.onThisDay': 'V tento den',
  'footer.corrections': 'Opravy',
  'footer.rss': 'Kanál RSS',
  'footer.atom': 'Kanál Atom',
  'footer.json': 'Kanál JSON',
  'footer.sitemap': 'Mapa stránek',

  'list.breadcrumb': 'Drobečková navigace',
  'list.home': 'Úvod',
  'list.count': {
    one: '{count} článek',
    few: '{count} články',
    many: '{count} článku',
    other: '{count} článků',
  },
  // "od" and "do" take the genitive, which a day with its month in the genitive already reads as: "od 6. února".
  'list.span': 'Články od {first} do {last}',
  'list.titlePage': '{title} (strana {page})',
  // The title in „ “, so it keeps its own form (a section, a tag, a writer's name, a month).
  'list.follow': 'Odebírat „{title}“:',
  // "By" has no one word here: the label follows the number of writers (count: 1 for one, 2 for several).
  'list.by': { one: 'Autor: {names}', other: 'Autoři: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Stránky',
  'pager.newer': '← Novější',
  'pager.older': 'Starší →',
  'pager.page': 'Strana {page}',

  'home.latest': 'Nejnovější články',
  'home.empty': 'Archiv je prázdný: přidejte články ve formátu Markdown do složky {folder}.',
  // "všechny 3 články", but "všech 5 článků": from five on, the genitive.
  'home.browseAll': {
    one: 'Procházet {count} článek podle data →',
    few: 'Procházet všechny {count} články podle data →',
    many: 'Procházet všech {count} článku podle data →',
    other: 'Procházet všech {count} článků podle data →',
  },

  'facet.sections': 'Rubriky',
  'facet.tags': 'Štítky',
  'facet.authors': 'Autoři',
  'facet.sources': 'Zdroje',
  'facet.sections.count': {
    one: '{count} rubrika',
    few: '{count} rubriky',
    many: '{count} rubriky',
    other: '{count} rubrik',
  },
  'facet.tags.count': { one: '{count} štítek', few: '{count} štítky', many: '{count} štítku', other: '{count} štítků' },
  'facet.authors.count': {
    one: '{count} autor',
    few: '{count} autoři',
    many: '{count} autora',
    other: '{count} autorů',
  },
  'facet.sources.count': {
    one: '{count} zdroj',
    few: '{count} zdroje',
    many: '{count} zdroje',
    other: '{count} zdrojů',
  },
  'facet.inArchive': '{what} v archivu',
  'facet.tags.title': 'Štítek „{name}“',
  'facet.authors.title': 'Autor: {name}',
  'facet.sources.title': 'Zdroj: {name}',

  'archive.title': 'Archiv podle data',
  // "za" takes the accusative: za 1 rok, za 3 roky, za 5 let, za 1,5 roku.
  'archive.summary': {
    one: '{articles} za {count} rok',
    few: '{articles} za {count} roky',
    many: '{articles} za {count} roku',
    other: '{articles} za {count} let',
  },
  'year.months': 'Měsíce roku {year}',
  'year.none': 'žádné',
  'year.others': 'Další roky',
  'month.others': 'Další měsíce',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: dny s články',
  'calendar.articles': { one: ' článek', few: ' články', many: ' článku', other: ' článků' },

  'article.by': { one: 'Autor: {names}', other: 'Autoři: {names}' },
  // "min" is an abbreviation, the same after every number.
  'article.minutes': {
    one: '{count} min čtení',
    few: '{count} min čtení',
    many: '{count} min čtení',
    other: '{count} min čtení',
  },
  'article.updated': 'Aktualizováno {date}',
  'article.source': 'Původně zveřejněno: {source}',
  // "citováno", as a Czech citation gives the day a source was read (ČSN ISO 690).
  'article.retrieved': ', citováno {date}',
  'article.tags': 'Štítky',
  'article.moreInTime': 'Starší a novější články',
  'article.newer': 'Novější',
  'article.older': 'Starší',
  'article.corrections': 'Opravy a aktualizace',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17. vyd.), bibliografie',
  'article.related': 'Související články',
  'article.cite': 'Jak citovat tento článek',
  'article.footnotes': 'Poznámky pod čarou',
  'article.footnoteBack': 'Zpět na odkaz {reference}',
  'zim.searchHelp':
    'Tato kopie archivu je soubor ZIM otevřený v aplikaci Kiwix. Hledejte v ní vyhledáváním, které má Kiwix: vyhledávacím polem nahoře na stránce v prohlížeči (kiwix-serve) nebo tlačítkem hledání v aplikaci Kiwix. Každý článek je v jeho rejstříku pod svým titulkem.',
  'zim.browse': 'Všechny články můžete také procházet:',

  'corrections.title': 'Opravy',
  'corrections.heading': 'Opravy a aktualizace',
  'corrections.description': 'Všechny opravy a aktualizace článků v archivu.',
  'corrections.none': 'Žádný článek v archivu nebyl opraven.',
  'corrections.count': {
    one: '{count} oprava.',
    few: '{count} opravy, od nejnovější.',
    many: '{count} opravy, od nejnovější.',
    other: '{count} oprav, od nejnovější.',
  },

  'notFound.title': 'Stránka nenalezena',
  'notFound.text': 'Na této adrese žádná stránka není. Možná byla přesunuta, nebo je odkaz chybně napsaný.',
  'notFound.latest': 'Nejnovější články',
  'offlinePage.title': 'V tomto zařízení není uloženo',
  'offlinePage.text':
    'Jste offline a tato stránka nebyla v tomto prohlížeči uložena. Stránky, které otevřete online, se ukládají, a jakmile je archiv uložen pro použití offline, jeho vyhledávání funguje i bez připojení k síti.',
  'offlinePage.fromIndex': 'Text článku, jak ho uchovává vyhledávací index (bez obrázků a rozvržení):',

  'onThisDay.title': 'V tento den',
  'onThisDay.description': 'Články zveřejněné v tento den v minulých letech.',
  'onThisDay.intro': 'Články zveřejněné s dnešním datem v minulých letech.',
  'onThisDay.noscript':
    'Tato stránka zjišťuje dnešní datum ve vašem prohlížeči, k čemuž potřebuje JavaScript. Bez něj procházejte archiv podle data: každý rok i měsíc má vlastní stránku, která řadí jeho články den po dni.',
  // "zveřejněný 15. března": a day with its month in the genitive needs no preposition.
  'onThisDay.none': 'V archivu není žádný článek zveřejněný {day} v minulých letech.',
  'onThisDay.some': {
    one: '{count} článek zveřejněný {day} v minulých letech:',
    few: '{count} články zveřejněné {day} v minulých letech:',
    many: '{count} článku zveřejněného {day} v minulých letech:',
    other: '{count} článků zveřejněných {day} v minulých letech:',
  },
  'onThisDay.failed': 'Dnešní seznam se nepodařilo načíst ({error}). Procházejte raději archiv podle data.',

  'search.title': 'Hledání',
  'search.description': 'Hledejte ve všech článcích archivu.',
  'search.heading': 'Hledat v archivu',
  'search.unavailable':
    'Vyhledávání běží ve vašem prohlížeči: potřebuje JavaScript a archiv musí poskytovat webový server, ne být otevřen jako soubor. Všechny články můžete i tak procházet podle data nebo podle rubriky.',
  'search.devUnavailable':
    'Vyhledávání potřebuje index, který zapisuje sestavení webu a který vývojový server nemá. Spusťte jednou npm run build (index zůstane v dist/ a vývojový server ho použije), nebo npm start, abyste viděli sestavený web.',
  'search.form': 'Vyhledávání v archivu',
  'search.words': 'Hledaná slova',
  'search.narrow': 'Zúžit a seřadit výsledky',
  'search.narrowSet': {
    one: 'aktivní: {count}',
    few: 'aktivní: {count}',
    many: 'aktivní: {count}',
    other: 'aktivní: {count}',
  },
  'search.section': 'Rubrika',
  'search.anySection': 'Všechny rubriky',
  'search.author': 'Autor',
  'search.anyAuthor': 'Všichni autoři',
  'search.tag': 'Štítek',
  'search.anyTag': 'Všechny štítky',
  'search.year': 'Rok',
  'search.anyYear': 'Všechny roky',
  'search.source': 'Zdroj',
  'search.anySource': 'Všechny zdroje',
  'search.order': 'Řazení',
  'search.relevance': 'Nejrelevantnější',
  'search.newest': 'Od nejnovějších',
  'search.oldest': 'Od nejstarších',
  'search.results': 'Výsledky hledání',
  'search.more': 'Načíst další výsledky',
  'search.prompt': 'Zadejte slova, která chcete hledat ve všech článcích archivu.',
  'search.searching': 'Hledá se…',
  'search.loading': 'Načítá se vyhledávací index…',
  'search.fileProtocol':
    'Vyhledávání nefunguje ze souboru na disku: prohlížeče odtud jeho index odmítají načíst. Zpřístupněte složku místním webovým serverem (viz README).',
  'search.failed': 'Vyhledávání se nepodařilo načíst: {reason}',
  'search.none': 'Žádné výsledky.',
  'search.noneFor': 'Žádné výsledky pro „{query}“.',
  'search.noneFiltered': 'Žádné výsledky s těmito filtry.',
  'search.noneForFiltered': 'Žádné výsledky pro „{query}“ s těmito filtry.',
  'search.count': {
    one: '{count} výsledek',
    few: '{count} výsledky',
    many: '{count} výsledku',
    other: '{count} výsledků',
  },
  'search.countFor': {
    one: '{count} výsledek pro „{query}“',
    few: '{count} výsledky pro „{query}“',
    many: '{count} výsledku pro „{query}“',
    other: '{count} výsledků pro „{query}“',
  },
  'search.countFiltered': {
    one: '{count} výsledek s těmito filtry',
    few: '{count} výsledky s těmito filtry',
    many: '{count} výsledku s těmito filtry',
    other: '{count} výsledků s těmito filtry',
  },
  'search.countForFiltered': {
    one: '{count} výsledek pro „{query}“ s těmito filtry',
    few: '{count} výsledky pro „{query}“ s těmito filtry',
    many: '{count} výsledku pro „{query}“ s těmito filtry',
    other: '{count} výsledků pro „{query}“ s těmito filtry',
  },
  'search.from': 'Od',
  'search.to': 'Do',
  'search.rangeHint': 'rok, měsíc nebo den',
  // Inside „ “, as the articles nest quotes.
  'search.quotedPhrase': '‚{phrase}‘',
  'search.fromUnreadable':
    'Počáteční datum „{text}“ se nepodařilo přečíst, proto ho vyhledávání vynechává. Zadejte rok, měsíc nebo den: 1998, 1998-06 nebo 1998-06-15.',
  'search.toUnreadable':
    'Koncové datum „{text}“ se nepodařilo přečíst, proto ho vyhledávání vynechává. Zadejte rok, měsíc nebo den: 1998, 1998-06 nebo 1998-06-15.',
  'search.backwardRange': 'Datum „od“ je pozdější než datum „do“: mezi nimi nelze nic najít.',
  'search.atLeast': {
    one: 'Nejméně {count} výsledek (načtěte další a hledání bude pokračovat)',
    few: 'Nejméně {count} výsledky (načtěte další a hledání bude pokračovat)',
    many: 'Nejméně {count} výsledku (načtěte další a hledání bude pokračovat)',
    other: 'Nejméně {count} výsledků (načtěte další a hledání bude pokračovat)',
  },
  'search.atLeastFor': {
    one: 'Nejméně {count} výsledek pro „{query}“ (načtěte další a hledání bude pokračovat)',
    few: 'Nejméně {count} výsledky pro „{query}“ (načtěte další a hledání bude pokračovat)',
    many: 'Nejméně {count} výsledku pro „{query}“ (načtěte další a hledání bude pokračovat)',
    other: 'Nejméně {count} výsledků pro „{query}“ (načtěte další a hledání bude pokračovat)',
  },
  'search.atLeastFiltered': {
    one: 'Nejméně {count} výsledek s těmito filtry (načtěte další a hledání bude pokračovat)',
    few: 'Nejméně {count} výsledky s těmito filtry (načtěte další a hledání bude pokračovat)',
    many: 'Nejméně {count} výsledku s těmito filtry (načtěte další a hledání bude pokračovat)',
    other: 'Nejméně {count} výsledků s těmito filtry (načtěte další a hledání bude pokračovat)',
  },
  'search.atLeastForFiltered': {
    one: 'Nejméně {count} výsledek pro „{query}“ s těmito filtry (načtěte další a hledání bude pokračovat)',
    few: 'Nejméně {count} výsledky pro „{query}“ s těmito filtry (načtěte další a hledání bude pokračovat)',
    many: 'Nejméně {count} výsledku pro „{query}“ s těmito filtry (načtěte další a hledání bude pokračovat)',
    other: 'Nejméně {count} výsledků pro „{query}“ s těmito filtry (načtěte další a hledání bude pokračovat)',
  },
  // Only 1 takes `one`, so it may leave the number out. The verb agrees: "zkontrolovány 3 články", "zkontrolováno
  // 5 článků".
  'search.phraseCheckedNewest': {
    one: 'Zkontrolován nejnovější článek s těmito slovy, zda obsahuje přesnou frázi „{query}“: zatím nalezeno {found}.',
    few: 'Zkontrolovány {count} nejnovější články s těmito slovy, zda obsahují přesnou frázi „{query}“: zatím nalezeno {found}.',
    many: 'Zkontrolováno {count} nejnovějšího článku s těmito slovy, zda obsahuje přesnou frázi „{query}“: zatím nalezeno {found}.',
    other:
      'Zkontrolováno {count} nejnovějších článků s těmito slovy, zda obsahují přesnou frázi „{query}“: zatím nalezeno {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Zkontrolován nejstarší článek s těmito slovy, zda obsahuje přesnou frázi „{query}“: zatím nalezeno {found}.',
    few: 'Zkontrolovány {count} nejstarší články s těmito slovy, zda obsahují přesnou frázi „{query}“: zatím nalezeno {found}.',
    many: 'Zkontrolováno {count} nejstaršího článku s těmito slovy, zda obsahuje přesnou frázi „{query}“: zatím nalezeno {found}.',
    other:
      'Zkontrolováno {count} nejstarších článků s těmito slovy, zda obsahují přesnou frázi „{query}“: zatím nalezeno {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Zkontrolován {count} článek s těmito slovy, zda obsahuje přesnou frázi „{query}“: zatím nalezeno {found}.',
    few: 'Zkontrolovány {count} články s těmito slovy, od nejrelevantnějších, zda obsahují přesnou frázi „{query}“: zatím nalezeno {found}.',
    many: 'Zkontrolováno {count} článku s těmito slovy, od nejrelevantnějších, zda obsahuje přesnou frázi „{query}“: zatím nalezeno {found}.',
    other:
      'Zkontrolováno {count} článků s těmito slovy, od nejrelevantnějších, zda obsahují přesnou frázi „{query}“: zatím nalezeno {found}.',
  },
  'search.checkOlder': 'Zkontrolovat starší články',
  'search.checkNewer': 'Zkontrolovat novější články',
  'search.checkMore': 'Zkontrolovat další články',
  'highlight.showing': 'Zvýrazněno: „{words}“.',
  'highlight.clear': 'Zrušit zvýraznění',
  'highlight.next': 'Další výskyt',
  'search.bytes': { one: '{count} bajt', few: '{count} bajty', many: '{count} bajtu', other: '{count} bajtů' },
  'offline.title': 'Uložit tento archiv pro použití offline',
  'offline.keep': 'Uložit offline',
  'offline.progress': 'Stahování pro použití offline',
  // "v" takes the locative: v 1 souboru, v 2 souborech, v 5 souborech, v 1,5 souboru.
  'offline.size': {
    one: 'Stáhne celý vyhledávací index a tuto stránku: {size} v {count} souboru. Otevřené články se ukládají, jak je čtete.',
    few: 'Stáhne celý vyhledávací index a tuto stránku: {size} ve {count} souborech. Otevřené články se ukládají, jak je čtete.',
    many: 'Stáhne celý vyhledávací index a tuto stránku: {size} v {count} souboru. Otevřené články se ukládají, jak je čtete.',
    other:
      'Stáhne celý vyhledávací index a tuto stránku: {size} v {count} souborech. Otevřené články se ukládají, jak je čtete.',
  },
  'offline.kept': 'Vyhledávání v tomto archivu je v tomto prohlížeči uloženo pro použití offline.',
  'offline.downloading': 'Stahuje se {size}…',
  'offline.done': 'Hotovo: uloženo {size}. Vyhledávání teď v tomto prohlížeči funguje i bez připojení k síti.',
  'offline.stopped': 'Stahování se přerušilo: {error}. Zkuste to znovu, až budete online.',
  'offline.notKept':
    'Neuloženo pro použití offline: {error}. Vyhledávání offline nebude fungovat, dokud se to nepodaří.',
  'offline.retry': 'Zkusit znovu',
  'offline.filesFailed': {
    one: '{count} soubor se nepodařilo uložit: {files}',
    few: '{count} soubory se nepodařilo uložit: {files}',
    many: '{count} souboru se nepodařilo uložit: {files}',
    other: '{count} souborů se nepodařilo uložit: {files}',
  },

  'import.untitled': 'Bez názvu ({file})',
} satisfies Messages;

/** Months in the genitive after a day, the nominative alone; weeks from Monday. */
export const dateLocale = cs;
