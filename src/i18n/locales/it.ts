/** Italian. */
import { it } from 'date-fns/locale/it';
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
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Vai al contenuto',
  'shell.menu': 'Menu',
  'shell.nav': 'Archivio',
  'nav.home': 'Ultimi',
  'nav.archive': 'Per data',
  'nav.sections': 'Sezioni',
  'nav.tags': 'Tag',
  'nav.authors': 'Autori',
  'nav.sources': 'Fonti',
  'shell.quickSearch': 'Ricerca rapida',
  'shell.searchLabel': 'Cerca nell’archivio',
  'shell.searchPlaceholder': 'Cerca articoli',
  'shell.searchButton': 'Cerca',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Sfoglia per data',
  'footer.onThisDay': 'Accadde oggi',
  'footer.corrections': 'Rettifiche',
  'footer.rss': 'Feed RSS',
  'footer.atom': 'Feed Atom',
  'footer.json': 'Feed JSON',
  'footer.sitemap': 'Mappa del sito',

  'list.breadcrumb': 'Percorso di navigazione',
  'list.home': 'Home',
  'list.count': { one: '{count} articolo', other: '{count} articoli' },
  // Not "dal {first}": the article changes before a day said with a vowel (dall’8, dall’11).
  'list.span': 'Articoli pubblicati: {first} – {last}',
  'list.titlePage': '{title} (pagina {page})',
  'list.follow': 'Segui {title}:',
  'list.by': 'Di {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Pagine',
  'pager.newer': '← Più recenti',
  'pager.older': 'Meno recenti →',
  'pager.page': 'Pagina {page}',

  'home.latest': 'Ultimi articoli',
  'home.empty': 'L’archivio è vuoto: aggiungi articoli in Markdown a {folder}.',
  'home.browseAll': {
    one: 'Sfoglia {count} articolo per data →',
    other: 'Sfoglia tutti i {count} articoli per data →',
  },

  'facet.sections': 'Sezioni',
  'facet.tags': 'Tag',
  'facet.authors': 'Autori',
  'facet.sources': 'Fonti',
  'facet.sections.count': { one: '{count} sezione', other: '{count} sezioni' },
  'facet.tags.count': { one: '{count} tag', other: '{count} tag' },
  'facet.authors.count': { one: '{count} autore', other: '{count} autori' },
  'facet.sources.count': { one: '{count} fonte', other: '{count} fonti' },
  'facet.inArchive': '{what} nell’archivio',
  'facet.tags.title': 'Tag «{name}»',
  'facet.authors.title': 'Di {name}',
  'facet.sources.title': 'Da {name}',

  'archive.title': 'Sfoglia per data',
  'archive.summary': { one: '{articles} in {count} anno', other: '{articles} in {count} anni' },
  'year.months': 'Mesi del {year}',
  'year.none': 'nessuno',
  'year.others': 'Altri anni',
  'month.others': 'Altri mesi',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: giorni con articoli',
  'calendar.articles': { one: ' articolo', other: ' articoli' },

  'article.by': 'Di {names}',
  'article.minutes': { one: '{count} minuto di lettura', other: '{count} minuti di lettura' },
  'article.updated': 'Aggiornato: {date}',
  'article.source': 'Pubblicato originariamente da {source}',
  'article.retrieved': ', consultato in data {date}',
  'article.tags': 'Tag',
  'article.moreInTime': 'Altri articoli nel tempo',
  'article.newer': 'Più recente',
  'article.older': 'Meno recente',
  'article.corrections': 'Rettifiche e aggiornamenti',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17ª ed.), bibliografia',
  'article.related': 'Articoli correlati',
  'article.cite': 'Cita questo articolo',
  'article.footnotes': 'Note',
  'article.footnoteBack': 'Torna al richiamo {reference}',
  'zim.searchHelp':
    'Questa copia dell’archivio è un file ZIM, letto con Kiwix. Cerca con la ricerca di Kiwix: la casella di ricerca in cima alla pagina in un browser (kiwix-serve) o il pulsante di ricerca dell’app Kiwix. Ogni articolo è nel suo indice, sotto il proprio titolo.',
  'zim.browse': 'Puoi anche sfogliare tutti gli articoli:',

  'corrections.title': 'Rettifiche',
  'corrections.heading': 'Rettifiche e aggiornamenti',
  'corrections.description': 'Tutte le rettifiche e gli aggiornamenti agli articoli dell’archivio.',
  'corrections.none': 'Nessun articolo dell’archivio è stato rettificato.',
  'corrections.count': {
    one: '{count} rettifica, la più recente per prima.',
    other: '{count} rettifiche, le più recenti per prime.',
  },

  'notFound.title': 'Pagina non trovata',
  'notFound.text':
    'A questo indirizzo non c’è nessuna pagina. Potrebbe essere stata spostata, o il link contiene un errore.',
  'notFound.latest': 'Ultimi articoli',
  'offlinePage.title': 'Non salvata su questo dispositivo',
  'offlinePage.text':
    'Sei offline e questa pagina non è stata salvata in questo browser. Le pagine che apri online vengono salvate e, una volta salvato l’archivio offline, la sua ricerca funziona senza rete.',
  'offlinePage.fromIndex':
    'Il testo dell’articolo, come lo conserva l’indice di ricerca (senza immagini né impaginazione):',

  'onThisDay.title': 'Accadde oggi',
  'onThisDay.description': 'Articoli pubblicati in questo giorno negli anni passati.',
  'onThisDay.intro': 'Articoli pubblicati nella data di oggi negli anni passati.',
  'onThisDay.noscript':
    'Questa pagina legge la data di oggi dal tuo browser, e per farlo serve JavaScript. Senza, sfoglia l’archivio per data: ogni anno e ogni mese ha la sua pagina, con gli articoli giorno per giorno.',
  'onThisDay.none': 'Nessun articolo pubblicato in data {day} negli anni passati.',
  'onThisDay.some': {
    one: '{count} articolo pubblicato in data {day} negli anni passati:',
    other: '{count} articoli pubblicati in data {day} negli anni passati:',
  },
  'onThisDay.failed': 'Impossibile caricare l’elenco di oggi ({error}). Sfoglia l’archivio per data.',

  'search.title': 'Ricerca',
  'search.description': 'Cerca in tutti gli articoli dell’archivio.',
  'search.heading': 'Cerca nell’archivio',
  'search.unavailable':
    'La ricerca funziona nel tuo browser: richiede JavaScript e che l’archivio sia servito da un server web invece di essere aperto come file. Puoi comunque sfogliare tutti gli articoli per data o per sezione.',
  'search.devUnavailable':
    'La ricerca richiede l’indice scritto dalla build, che il server di sviluppo non ha. Esegui npm run build una volta (resta in dist/ e il server di sviluppo lo usa), oppure npm start per vedere il sito compilato.',
  'search.form': 'Ricerca nell’archivio',
  'search.words': 'Parole da cercare',
  'search.narrow': 'Filtra e ordina i risultati',
  'search.narrowSet': { one: '{count} attivo', other: '{count} attivi' },
  'search.section': 'Sezione',
  'search.anySection': 'Tutte le sezioni',
  'search.author': 'Autore',
  'search.anyAuthor': 'Tutti gli autori',
  'search.tag': 'Tag',
  'search.anyTag': 'Tutti i tag',
  'search.year': 'Anno',
  'search.anyYear': 'Tutti gli anni',
  'search.source': 'Fonte',
  'search.anySource': 'Tutte le fonti',
  'search.order': 'Ordine',
  'search.relevance': 'Più pertinenti',
  'search.newest': 'Più recenti',
  'search.oldest': 'Meno recenti',
  'search.results': 'Risultati della ricerca',
  'search.more': 'Carica altri risultati',
  'search.prompt': 'Scrivi delle parole per cercare in tutti gli articoli dell’archivio.',
  'search.searching': 'Ricerca in corso…',
  'search.loading': 'Caricamento dell’indice di ricerca…',
  'search.fileProtocol':
    'La ricerca non funziona da un file su disco: i browser non vi caricano il suo indice. Servi la cartella con un server web locale (vedi il README).',
  'search.failed': 'Impossibile caricare la ricerca: {reason}',
  'search.none': 'Nessun risultato.',
  'search.noneFor': 'Nessun risultato per «{query}».',
  'search.noneFiltered': 'Nessun risultato con questi filtri.',
  'search.noneForFiltered': 'Nessun risultato per «{query}» con questi filtri.',
  'search.count': { one: '{count} risultato', other: '{count} risultati' },
  'search.countFor': { one: '{count} risultato per «{query}»', other: '{count} risultati per «{query}»' },
  'search.countFiltered': { one: '{count} risultato con questi filtri', other: '{count} risultati con questi filtri' },
  'search.countForFiltered': {
    one: '{count} risultato per «{query}» con questi filtri',
    other: '{count} risultati per «{query}» con questi filtri',
  },
  'search.from': 'Dal',
  'search.to': 'Al',
  'search.rangeHint': 'anno, mese o giorno',
  // Italian nests “…” inside «…».
  'search.quotedPhrase': '“{phrase}”',
  'search.fromUnreadable':
    'Non è stato possibile leggere la data d’inizio «{text}», quindi la ricerca non ne tiene conto. Scrivi un anno, un mese o un giorno: 1998, 1998-06 o 1998-06-15.',
  'search.toUnreadable':
    'Non è stato possibile leggere la data di fine «{text}», quindi la ricerca non ne tiene conto. Scrivi un anno, un mese o un giorno: 1998, 1998-06 o 1998-06-15.',
  'search.backwardRange': 'La data «dal» è successiva alla data «al»: tra le due non può esserci nulla.',
  'search.atLeast': {
    one: 'Almeno {count} risultato (gli articoli meno recenti vengono cercati quando ne carichi altri)',
    other: 'Almeno {count} risultati (gli articoli meno recenti vengono cercati quando ne carichi altri)',
  },
  'search.atLeastFor': {
    one: 'Almeno {count} risultato per «{query}» (gli articoli meno recenti vengono cercati quando ne carichi altri)',
    other: 'Almeno {count} risultati per «{query}» (gli articoli meno recenti vengono cercati quando ne carichi altri)',
  },
  'search.atLeastFiltered': {
    one: 'Almeno {count} risultato con questi filtri (gli articoli meno recenti vengono cercati quando ne carichi altri)',
    other:
      'Almeno {count} risultati con questi filtri (gli articoli meno recenti vengono cercati quando ne carichi altri)',
  },
  'search.atLeastForFiltered': {
    one: 'Almeno {count} risultato per «{query}» con questi filtri (gli articoli meno recenti vengono cercati quando ne carichi altri)',
    other:
      'Almeno {count} risultati per «{query}» con questi filtri (gli articoli meno recenti vengono cercati quando ne carichi altri)',
  },
  'search.phraseCheckedNewest': {
    one: 'Controllato l’articolo più recente con queste parole per la frase esatta «{query}». Trovati finora: {found}.',
    other:
      'Controllati i {count} articoli più recenti con queste parole per la frase esatta «{query}». Trovati finora: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Controllato l’articolo meno recente con queste parole per la frase esatta «{query}». Trovati finora: {found}.',
    other:
      'Controllati i {count} articoli meno recenti con queste parole per la frase esatta «{query}». Trovati finora: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Controllato {count} articolo con queste parole per la frase esatta «{query}». Trovati finora: {found}.',
    other:
      'Controllati {count} articoli con queste parole, i più pertinenti per primi, per la frase esatta «{query}». Trovati finora: {found}.',
  },
  'search.checkOlder': 'Controlla articoli meno recenti',
  'search.checkNewer': 'Controlla articoli più recenti',
  'search.checkMore': 'Controlla altri articoli',
  'highlight.showing': 'Evidenziato: «{words}».',
  'highlight.clear': 'Togli l’evidenziazione',
  'highlight.next': 'Occorrenza successiva',
  'search.bytes': { one: '{count} byte', other: '{count} byte' },
  'offline.title': 'Salva questo archivio offline',
  'offline.keep': 'Salva offline',
  'offline.progress': 'Download per l’uso offline',
  'offline.size': {
    one: 'Scarica l’intero indice di ricerca e questa pagina: {size} in {count} file. Gli articoli che apri vengono salvati mentre li leggi.',
    other:
      'Scarica l’intero indice di ricerca e questa pagina: {size} in {count} file. Gli articoli che apri vengono salvati mentre li leggi.',
  },
  'offline.kept': 'La ricerca di questo archivio è salvata offline in questo browser.',
  'offline.downloading': 'Download di {size}…',
  'offline.done': 'Fatto: {size} salvati. Ora la ricerca funziona senza rete in questo browser.',
  'offline.stopped': 'Il download si è interrotto: {error}. Riprova quando sei online.',
  'offline.notKept': 'Non salvato offline: {error}. La ricerca offline non funzionerà finché non riesce.',
  'offline.retry': 'Riprova',
  'offline.filesFailed': {
    one: 'Impossibile salvare {count} file: {files}',
    other: 'Impossibile salvare {count} file: {files}',
  },

  'import.untitled': 'Senza titolo ({file})',
} satisfies Messages;

export const dateLocale = it;
