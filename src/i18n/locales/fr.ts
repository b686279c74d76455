/** French. Typographic spaces: a narrow no-break space (U+202F) before « ? ! : ; » and inside « ». */
import { fr } from 'date-fns/locale/fr';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': 'er',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Aller au contenu',
  'shell.menu': 'Menu',
  'shell.nav': 'Archives',
  'nav.home': 'À la une',
  'nav.archive': 'Par date',
  'nav.sections': 'Rubriques',
  'nav.tags': 'Mots-clés',
  'nav.authors': 'Auteurs',
  'nav.sources': 'Sources',
  'shell.quickSearch': 'Recherche rapide',
  'shell.searchLabel': 'Rechercher dans les archives',
  'shell.searchPlaceholder': 'Rechercher',
  'shell.searchButton': 'Rechercher',
  'footer.about': '{title}\u202f: {description}',
  'footer.byDate': 'Parcourir par date',
  'footer.onThisDay': 'Ce jour-là',
  'footer.corrections': 'Corrections',
  'footer.rss': 'Flux RSS',
  'footer.atom': 'Flux Atom',
  'footer.json': 'Flux JSON',
  'footer.sitemap': 'Plan du site',

  'list.breadcrumb': 'Fil d’Ariane',
  'list.home': 'Accueil',
  'list.count': { one: '{count} article', other: '{count} articles' },
  'list.span': 'Articles du {first} au {last}',
  'list.titlePage': '{title} (page {page})',
  'list.follow': 'Suivre {title}\u202f:',
  'list.by': 'Par {names}',
  'list.description': '{articles}\u202f: {title}',
  'pager.label': 'Pages',
  'pager.newer': '← Plus récents',
  'pager.older': 'Plus anciens →',
  'pager.page': 'Page {page}',

  'home.latest': 'À la une',
  'home.empty': 'Les archives sont vides\u202f: ajoutez des articles Markdown dans {folder}.',
  'home.browseAll': { one: 'Parcourir l’article par date →', other: 'Parcourir les {count} articles par date →' },

  'facet.sections': 'Rubriques',
  'facet.tags': 'Mots-clés',
  'facet.authors': 'Auteurs',
  'facet.sources': 'Sources',
  'facet.sections.count': { one: '{count} rubrique', other: '{count} rubriques' },
  'facet.tags.count': { one: '{count} mot-clé', other: '{count} mots-clés' },
  'facet.authors.count': { one: '{count} auteur', other: '{count} auteurs' },
  'facet.sources.count': { one: '{count} source', other: '{count} sources' },
  'facet.inArchive': '{what} dans les archives',
  'facet.tags.title': 'Mot-clé «\u202f{name}\u202f»',
  'facet.authors.title': 'Par {name}',
  'facet.sources.title': 'Source\u202f: {name}',

  'archive.title': 'Parcourir par date',
  'archive.summary': { one: '{articles} sur {count} an', other: '{articles} sur {count} ans' },
  'year.months': 'Mois de {year}',
  'year.none': 'aucun',
  'year.others': 'Autres années',
  'month.others': 'Autres mois',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}\u202f: jours avec des articles',
  'calendar.articles': { one: ' article', other: ' articles' },

  'article.by': 'Par {names}',
  'article.minutes': { one: '{count} min de lecture', other: '{count} min de lecture' },
  'article.updated': 'Mis à jour le {date}',
  'article.source': 'Publié d’abord par {source}',
  'article.retrieved': ', consulté le {date}',
  'article.tags': 'Mots-clés',
  'article.moreInTime': 'Articles voisins dans le temps',
  'article.newer': 'Plus récent',
  'article.older': 'Plus ancien',
  'article.corrections': 'Corrections et mises à jour',
  'text.colon': '\u202f: ',
  'article.citeStyle': 'Chicago (17e éd.), bibliographie',
  'article.related': 'À lire aussi',
  'article.cite': 'Citer cet article',
  'article.footnotes': 'Notes',
  'article.footnoteBack': 'Retour à l’appel de note {reference}',
  'zim.searchHelp':
    'Cette copie des archives est un fichier ZIM, lu dans Kiwix. Cherchez avec la recherche de Kiwix\u202f: le champ de recherche en haut de la page dans un navigateur (kiwix-serve), ou le bouton de recherche de l’application Kiwix. Chaque article y est indexé sous son titre.',
  'zim.browse': 'Vous pouvez aussi parcourir tous les articles\u202f:',

  'corrections.title': 'Corrections',
  'corrections.heading': 'Corrections et mises à jour',
  'corrections.description': 'Toutes les corrections et mises à jour apportées aux articles des archives.',
  'corrections.none': 'Aucun article des archives n’a été corrigé.',
  'corrections.count': {
    one: '{count} correction, la plus récente d’abord.',
    other: '{count} corrections, les plus récentes d’abord.',
  },

  'notFound.title': 'Page introuvable',
  'notFound.text':
    'Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
  'notFound.latest': 'Derniers articles',
  'offlinePage.title': 'Page non conservée sur cet appareil',
  'offlinePage.text':
    'Vous êtes hors ligne, et cette page n’a pas été conservée dans ce navigateur. Les pages ouvertes en ligne sont conservées, et une fois l’archive gardée hors ligne, sa recherche fonctionne sans réseau.',
  'offlinePage.fromIndex':
    'Le texte de l’article, tel que l’index de recherche le conserve (sans images ni mise en page) :',

  'onThisDay.title': 'Ce jour-là',
  'onThisDay.description': 'Les articles publiés à la même date les années précédentes.',
  'onThisDay.intro': 'Les articles publiés à la date d’aujourd’hui les années précédentes.',
  'onThisDay.noscript':
    'Cette page prend la date du jour dans votre navigateur, ce qui demande JavaScript. Sans lui, parcourez les archives par date\u202f: chaque année et chaque mois a sa page, qui en liste les articles jour par jour.',
  'onThisDay.none': 'Rien n’a été publié un {day} les années précédentes.',
  'onThisDay.some': {
    one: '{count} article publié un {day} les années précédentes\u202f:',
    other: '{count} articles publiés un {day} les années précédentes\u202f:',
  },
  'onThisDay.failed': 'La liste du jour n’a pas pu être chargée ({error}). Parcourez plutôt les archives par date.',

  'search.title': 'Recherche',
  'search.description': 'Rechercher dans tous les articles des archives.',
  'search.heading': 'Rechercher dans les archives',
  'search.unavailable':
    'La recherche fonctionne dans votre navigateur\u202f: elle demande JavaScript, et des archives servies par un serveur web plutôt qu’ouvertes comme fichier. Vous pouvez toujours parcourir chaque article par date ou par rubrique.',
  'search.devUnavailable':
    'La recherche a besoin de l’index écrit par la construction, que le serveur de développement n’a pas. Lancez npm run build une fois (il reste dans dist/ et le serveur de développement l’utilise), ou npm start pour voir le site construit.',
  'search.form': 'Recherche dans les archives',
  'search.words': 'Mots à chercher',
  'search.narrow': 'Affiner et trier les résultats',
  'search.narrowSet': { one: '{count} actif', other: '{count} actifs' },
  'search.section': 'Rubrique',
  'search.anySection': 'Toutes les rubriques',
  'search.author': 'Auteur',
  'search.anyAuthor': 'Tous les auteurs',
  'search.tag': 'Mot-clé',
  'search.anyTag': 'Tous les mots-clés',
  'search.year': 'Année',
  'search.anyYear': 'Toutes les années',
  'search.source': 'Source',
  'search.anySource': 'Toutes les sources',
  'search.order': 'Ordre',
  'search.relevance': 'Pertinence',
  'search.newest': 'Plus récents d’abord',
  'search.oldest': 'Plus anciens d’abord',
  'search.results': 'Résultats de la recherche',
  'search.more': 'Plus de résultats',
  'search.prompt': 'Tapez des mots pour chercher dans tous les articles des archives.',
  'search.searching': 'Recherche…',
  'search.loading': 'Chargement de l’index de recherche…',
  'search.fileProtocol':
    'La recherche ne peut pas fonctionner depuis un fichier sur disque\u202f: les navigateurs y refusent son index. Servez le dossier avec un serveur web local (voir le README).',
  'search.failed': 'La recherche n’a pas pu se charger\u202f: {reason}',
  'search.none': 'Aucun résultat.',
  'search.noneFor': 'Aucun résultat pour «\u202f{query}\u202f».',
  'search.noneFiltered': 'Aucun résultat avec ces filtres.',
  'search.noneForFiltered': 'Aucun résultat pour «\u202f{query}\u202f» avec ces filtres.',
  'search.count': { one: '{count} résultat', other: '{count} résultats' },
  'search.countFor': {
    one: '{count} résultat pour «\u202f{query}\u202f»',
    other: '{count} résultats pour «\u202f{query}\u202f»',
  },
  'search.countFiltered': { one: '{count} résultat avec ces filtres', other: '{count} résultats avec ces filtres' },
  'search.countForFiltered': {
    one: '{count} résultat pour «\u202f{query}\u202f» avec ces filtres',
    other: '{count} résultats pour «\u202f{query}\u202f» avec ces filtres',
  },
  'search.from': 'Du',
  'search.to': 'Au',
  'search.rangeHint': 'année, mois ou jour',
  'search.quotedPhrase': '“{phrase}”',
  'search.fromUnreadable':
    'La date de début «\u202f{text}\u202f» n’a pas pu être comprise\u202f: la recherche n’en tient pas compte. Écrivez une année, un mois ou un jour\u202f: 1998, 1998-06 ou 1998-06-15.',
  'search.toUnreadable':
    'La date de fin «\u202f{text}\u202f» n’a pas pu être comprise\u202f: la recherche n’en tient pas compte. Écrivez une année, un mois ou un jour\u202f: 1998, 1998-06 ou 1998-06-15.',
  'search.backwardRange':
    'La date de début est postérieure à la date de fin\u202f: rien ne peut être trouvé entre les deux.',
  'search.atLeast': {
    one: 'Au moins {count} résultat (la recherche continue à mesure que vous en chargez plus)',
    other: 'Au moins {count} résultats (la recherche continue à mesure que vous en chargez plus)',
  },
  'search.atLeastFor': {
    one: 'Au moins {count} résultat pour «\u202f{query}\u202f» (la recherche continue à mesure que vous en chargez plus)',
    other:
      'Au moins {count} résultats pour «\u202f{query}\u202f» (la recherche continue à mesure que vous en chargez plus)',
  },
  'search.atLeastFiltered': {
    one: 'Au moins {count} résultat avec ces filtres (la recherche continue à mesure que vous en chargez plus)',
    other: 'Au moins {count} résultats avec ces filtres (la recherche continue à mesure que vous en chargez plus)',
  },
  'search.atLeastForFiltered': {
    one: 'Au moins {count} résultat pour «\u202f{query}\u202f» avec ces filtres (la recherche continue à mesure que vous en chargez plus)',
    other:
      'Au moins {count} résultats pour «\u202f{query}\u202f» avec ces filtres (la recherche continue à mesure que vous en chargez plus)',
  },
  'search.phraseCheckedNewest': {
    one: 'L’article le plus récent contenant ces mots a été vérifié pour l’expression exacte «\u202f{query}\u202f». Résultats jusqu’ici\u202f: {found}.',
    other:
      'Les {count} articles les plus récents contenant ces mots ont été vérifiés pour l’expression exacte «\u202f{query}\u202f». Résultats jusqu’ici\u202f: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'L’article le plus ancien contenant ces mots a été vérifié pour l’expression exacte «\u202f{query}\u202f». Résultats jusqu’ici\u202f: {found}.',
    other:
      'Les {count} articles les plus anciens contenant ces mots ont été vérifiés pour l’expression exacte «\u202f{query}\u202f». Résultats jusqu’ici\u202f: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: '{count} article contenant ces mots a été vérifié pour l’expression exacte «\u202f{query}\u202f». Résultats jusqu’ici\u202f: {found}.',
    other:
      '{count} articles contenant ces mots, les plus pertinents d’abord, ont été vérifiés pour l’expression exacte «\u202f{query}\u202f». Résultats jusqu’ici\u202f: {found}.',
  },
  'search.checkOlder': 'Vérifier des articles plus anciens',
  'search.checkNewer': 'Vérifier des articles plus récents',
  'search.checkMore': 'Vérifier d’autres articles',
  'highlight.showing': 'Mots surlignés\u202f: «\u202f{words}\u202f».',
  'highlight.clear': 'Effacer le surlignage',
  'highlight.next': 'Occurrence suivante',
  'search.bytes': { one: '{count} octet', other: '{count} octets' },
  'offline.title': 'Garder ces archives hors ligne',
  'offline.keep': 'Garder hors ligne',
  'offline.progress': 'Téléchargement hors ligne',
  'offline.size': {
    one: 'Télécharge tout l’index de recherche et cette page\u202f: {size} en {count} fichier. Les articles ouverts sont gardés au fil de la lecture.',
    other:
      'Télécharge tout l’index de recherche et cette page\u202f: {size} en {count} fichiers. Les articles ouverts sont gardés au fil de la lecture.',
  },
  'offline.kept': 'La recherche de ces archives est gardée hors ligne dans ce navigateur.',
  'offline.downloading': 'Téléchargement de {size}…',
  'offline.done': 'Terminé\u202f: {size} gardés. La recherche fonctionne désormais sans réseau dans ce navigateur.',
  'offline.stopped': 'Le téléchargement s’est arrêté\u202f: {error}. Réessayez une fois en ligne.',
  'offline.notKept':
    'Non conservée hors ligne\u202f: {error}. La recherche hors ligne ne fonctionnera pas tant que cela n’aura pas réussi.',
  'offline.retry': 'Réessayer',
  'offline.filesFailed': {
    one: '{count} fichier n’a pas pu être gardé\u202f: {files}',
    other: '{count} fichiers n’ont pas pu être gardés\u202f: {files}',
  },

  'import.untitled': 'Sans titre ({file})',
} satisfies Messages;

export const dateLocale = fr;
