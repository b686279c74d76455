/**
 * Greek, as Greek news sites word it: "άρθρο" for an article, "ενότητα" for a section ("κατηγορία" on many
 * portals), "ετικέτες", "συντάκτης" for a writer, "Σαν σήμερα" for on this day, "Αρχική" for the front page;
 * the reader addressed in the polite plural ("Δοκιμάστε ξανά"), labels and buttons as nouns ("Αναζήτηση"). Two
 * forms, one (1 alone) and other ("1 άρθρο", "5 άρθρα", "21 άρθρα"). A byline names its writer in the genitive
 * ("Του Γιάννη Παπαδόπουλου"), which a table cannot make of a name, so it is labelled as Greek sites label it,
 * "Συντάκτης:" for one and "Συντάκτες:" for several; a placeholder is never declined, a title stands in « »
 * where it would be ("Ακολουθήστε «{title}»").
 *
 * Dates as Greek papers print them: a day takes the month in the genitive ("12 Μαρτίου 2024": date-fns's
 * formatting `MMMM`), the weekday before it without a comma ("Τρίτη 12 Μαρτίου 2024", as CLDR's full date); a
 * month alone the nominative ("Μάρτιος 2024": `LLLL`). The stylesheet sets a month's day headings in capitals
 * (.day-heading), in the page's language: under `lang="el"` browsers drop the tonos as Greek capitals are written
 * (ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2024) and keep the diaeresis (ΜΑΪΟΥ), so nothing is needed here. The word "αρχείο" is both
 * the archive and a file: a file is named so only where the archive is not in the same sentence. « » quotes with
 * “ ” inside, as Greek articles are set (src/markdown/typography-styles.ts); weeks from Monday: Δευ Τρί Τετ.
 */
import { el } from 'date-fns/locale/el';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  // "Τρίτη 12 Μαρτίου 2024".
  'date.weekdayDay': 'EEEE d MMMM yyyy',
  'date.month': 'LLLL yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // Δευ Τρί Τετ Πέμ Παρ Σάβ Κυρ, as CLDR abbreviates them.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Μετάβαση στο περιεχόμενο',
  'shell.menu': 'Μενού',
  'shell.nav': 'Αρχείο',
  'nav.home': 'Τελευταία',
  'nav.archive': 'Ανά ημερομηνία',
  'nav.sections': 'Ενότητες',
  'nav.tags': 'Ετικέτες',
  'nav.authors': 'Συντάκτες',
  'nav.sources': 'Πηγές',
  'shell.quickSearch': 'Γρήγορη αναζήτηση',
  'shell.searchLabel': 'Αναζήτηση στο αρχείο',
  // "Αναζήτηση άρθρων" fills the header's 11rem box to its last pixel (tests/e2e/languages.test.ts): the word alone,
  // as Greek sites write it in their search boxes (and as French does).
  'shell.searchPlaceholder': 'Αναζήτηση',
  'shell.searchButton': 'Αναζήτηση',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Περιήγηση ανά ημερομηνία',
  'footer.onThisDay': 'Σαν σήμερα',
  'footer.corrections': 'Διορθώσεις',
  'footer.rss': 'Ροή RSS',
  'footer.atom': 'Ροή Atom',
  'footer.json': 'Ροή JSON',
  'footer.sitemap': 'Χάρτης ιστοτόπου',

  'list.breadcrumb': 'Διαδρομή πλοήγησης',
  'list.home': 'Αρχική',
  'list.count': { one: '{count} άρθρο', other: '{count} άρθρα' },
  // A day takes its article: "από τις 6 Φεβρουαρίου 2023 έως τις 20 Μαΐου 2024".
  'list.span': 'Άρθρα από τις {first} έως τις {last}',
  'list.titlePage': '{title} (σελίδα {page})',
  // The title in « », so it keeps its own form (a section, a tag, a writer's name, a month).
  'list.follow': 'Ακολουθήστε «{title}» μέσω:',
  // "By" has no one word here: the label follows the number of writers (count: 1 for one, 2 for several).
  'list.by': { one: 'Συντάκτης: {names}', other: 'Συντάκτες: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Σελίδες',
  'pager.newer': '← Νεότερα',
  'pager.older': 'Παλαιότερα →',
  'pager.page': 'Σελίδα {page}',

  'home.latest': 'Τελευταία άρθρα',
  'home.empty': 'Το αρχείο είναι κενό: προσθέστε άρθρα σε μορφή Markdown στον φάκελο {folder}.',
  // Only 1 takes `one`: "και τα" (all the) would not fit a single article.
  'home.browseAll': {
    one: 'Δείτε το {count} άρθρο ανά ημερομηνία →',
    other: 'Δείτε και τα {count} άρθρα ανά ημερομηνία →',
  },

  'facet.sections': 'Ενότητες',
  'facet.tags': 'Ετικέτες',
  'facet.authors': 'Συντάκτες',
  'facet.sources': 'Πηγές',
  'facet.sections.count': { one: '{count} ενότητα', other: '{count} ενότητες' },
  'facet.tags.count': { one: '{count} ετικέτα', other: '{count} ετικέτες' },
  'facet.authors.count': { one: '{count} συντάκτης', other: '{count} συντάκτες' },
  'facet.sources.count': { one: '{count} πηγή', other: '{count} πηγές' },
  'facet.inArchive': '{what} στο αρχείο',
  'facet.tags.title': 'Ετικέτα «{name}»',
  'facet.authors.title': 'Συντάκτης: {name}',
  'facet.sources.title': 'Πηγή: {name}',

  'archive.title': 'Περιήγηση ανά ημερομηνία',
  // "Over a span of": σε διάστημα takes the genitive, 1 έτους, 3 ετών.
  'archive.summary': { one: '{articles} σε διάστημα {count} έτους', other: '{articles} σε διάστημα {count} ετών' },
  'year.months': 'Οι μήνες του {year}',
  'year.none': 'κανένα',
  'year.others': 'Άλλες χρονιές',
  'month.others': 'Άλλοι μήνες',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: ημέρες με άρθρα',
  'calendar.articles': { one: ' άρθρο', other: ' άρθρα' },

  'article.by': { one: 'Συντάκτης: {names}', other: 'Συντάκτες: {names}' },
  'article.minutes': { one: 'Χρόνος ανάγνωσης: {count} λεπτό', other: 'Χρόνος ανάγνωσης: {count} λεπτά' },
  'article.updated': 'Ενημερώθηκε: {date}',
  'article.source': 'Πρώτη δημοσίευση: {source}',
  'article.retrieved': ', ανακτήθηκε στις {date}',
  'article.tags': 'Ετικέτες',
  'article.moreInTime': 'Προηγούμενα και επόμενα άρθρα',
  // Neuter, as άρθρο is: "Νεότερο" (a newer article), "Παλαιότερο".
  'article.newer': 'Νεότερο',
  'article.older': 'Παλαιότερο',
  'article.corrections': 'Διορθώσεις και ενημερώσεις',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17η έκδ.), βιβλιογραφία',
  'article.related': 'Σχετικά άρθρα',
  'article.cite': 'Παραπομπή σε αυτό το άρθρο',
  'article.footnotes': 'Υποσημειώσεις',
  'article.footnoteBack': 'Επιστροφή στην παραπομπή {reference}',
  // "Σε μορφή ZIM", not "αρχείο ZIM": the archive and a file are both "αρχείο".
  'zim.searchHelp':
    'Αυτό το αντίγραφο του αρχείου είναι σε μορφή ZIM και διαβάζεται στο Kiwix. Αναζητήστε σε αυτό με την αναζήτηση του ίδιου του Kiwix: το πλαίσιο αναζήτησης στο πάνω μέρος της σελίδας σε πρόγραμμα περιήγησης (kiwix-serve) ή το κουμπί αναζήτησης της εφαρμογής Kiwix. Κάθε άρθρο βρίσκεται στο ευρετήριό του, με τον τίτλο του.',
  'zim.browse': 'Μπορείτε επίσης να περιηγηθείτε σε όλα τα άρθρα:',

  'corrections.title': 'Διορθώσεις',
  'corrections.heading': 'Διορθώσεις και ενημερώσεις',
  'corrections.description': 'Όλες οι διορθώσεις και οι ενημερώσεις που έγιναν σε άρθρα του αρχείου.',
  'corrections.none': 'Κανένα άρθρο του αρχείου δεν έχει διορθωθεί.',
  'corrections.count': { one: '{count} διόρθωση.', other: '{count} διορθώσεις, πρώτα οι νεότερες.' },

  'notFound.title': 'Η σελίδα δεν βρέθηκε',
  'notFound.text': 'Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση. Ίσως έχει μετακινηθεί ή ο σύνδεσμος έχει γραφτεί λάθος.',
  'notFound.latest': 'Τελευταία άρθρα',
  'offlinePage.title': 'Δεν έχει αποθηκευτεί σε αυτή τη συσκευή',
  'offlinePage.text':
    'Είστε εκτός σύνδεσης και αυτή η σελίδα δεν έχει αποθηκευτεί σε αυτό το πρόγραμμα περιήγησης. Οι σελίδες που ανοίγετε όταν είστε συνδεδεμένοι αποθηκεύονται, και μόλις το αρχείο αποθηκευτεί για χρήση εκτός σύνδεσης, η αναζήτησή του λειτουργεί χωρίς δίκτυο.',
  'offlinePage.fromIndex':
    'Το κείμενο του άρθρου, όπως το διατηρεί το ευρετήριο αναζήτησης (χωρίς τις εικόνες και τη διάταξή του):',

  'onThisDay.title': 'Σαν σήμερα',
  'onThisDay.description': 'Άρθρα που δημοσιεύτηκαν σαν σήμερα τα προηγούμενα χρόνια.',
  'onThisDay.intro': 'Άρθρα που δημοσιεύτηκαν με τη σημερινή ημερομηνία τα προηγούμενα χρόνια.',
  'onThisDay.noscript':
    'Αυτή η σελίδα παίρνει τη σημερινή ημερομηνία από το πρόγραμμα περιήγησής σας και γι’ αυτό χρειάζεται JavaScript. Χωρίς αυτήν, περιηγηθείτε στο αρχείο ανά ημερομηνία: κάθε έτος και κάθε μήνας έχει τη δική του σελίδα, με τα άρθρα του μέρα με τη μέρα.',
  // "στις 15 Μαρτίου": a day takes its article.
  'onThisDay.none': 'Κανένα άρθρο του αρχείου δεν δημοσιεύτηκε στις {day} τα προηγούμενα χρόνια.',
  'onThisDay.some': {
    one: '{count} άρθρο που δημοσιεύτηκε στις {day} τα προηγούμενα χρόνια:',
    other: '{count} άρθρα που δημοσιεύτηκαν στις {day} τα προηγούμενα χρόνια:',
  },
  'onThisDay.failed':
    'Δεν ήταν δυνατή η φόρτωση της σημερινής λίστας ({error}). Περιηγηθείτε στο αρχείο ανά ημερομηνία.',

  'search.title': 'Αναζήτηση',
  'search.description': 'Αναζήτηση σε όλα τα άρθρα του αρχείου.',
  'search.heading': 'Αναζήτηση στο αρχείο',
  'search.unavailable':
    'Η αναζήτηση λειτουργεί στο πρόγραμμα περιήγησής σας: χρειάζεται JavaScript, και το αρχείο πρέπει να προσφέρεται από διακομιστή ιστού αντί να ανοίγεται απευθείας από τον δίσκο. Μπορείτε πάντως να περιηγηθείτε σε όλα τα άρθρα ανά ημερομηνία ή ανά ενότητα.',
  'search.devUnavailable':
    'Η αναζήτηση χρειάζεται το ευρετήριο που γράφει το build, το οποίο δεν έχει ο διακομιστής ανάπτυξης. Εκτελέστε μία φορά npm run build (το ευρετήριο μένει στο dist/ και ο διακομιστής ανάπτυξης το χρησιμοποιεί) ή npm start για να δείτε τον ολοκληρωμένο ιστότοπο.',
  'search.form': 'Αναζήτηση αρχείου',
  'search.words': 'Λέξεις προς αναζήτηση',
  'search.narrow': 'Περιορισμός και ταξινόμηση αποτελεσμάτων',
  // Filters: φίλτρα, neuter.
  'search.narrowSet': { one: '{count} ενεργό', other: '{count} ενεργά' },
  'search.section': 'Ενότητα',
  'search.anySection': 'Όλες οι ενότητες',
  'search.author': 'Συντάκτης',
  'search.anyAuthor': 'Όλοι οι συντάκτες',
  'search.tag': 'Ετικέτα',
  'search.anyTag': 'Όλες οι ετικέτες',
  'search.year': 'Έτος',
  'search.anyYear': 'Όλα τα έτη',
  'search.source': 'Πηγή',
  'search.anySource': 'Όλες οι πηγές',
  'search.order': 'Ταξινόμηση',
  'search.relevance': 'Πιο σχετικά',
  'search.newest': 'Νεότερα πρώτα',
  'search.oldest': 'Παλαιότερα πρώτα',
  'search.results': 'Αποτελέσματα αναζήτησης',
  'search.more': 'Περισσότερα αποτελέσματα',
  'search.prompt': 'Πληκτρολογήστε λέξεις για να αναζητήσετε σε όλα τα άρθρα του αρχείου.',
  'search.searching': 'Αναζήτηση…',
  'search.loading': 'Φόρτωση του ευρετηρίου αναζήτησης…',
  'search.fileProtocol':
    'Η αναζήτηση δεν μπορεί να λειτουργήσει από αρχείο στον δίσκο: τα προγράμματα περιήγησης δεν φορτώνουν το ευρετήριό της από εκεί. Διαθέστε τον φάκελο μέσω ενός τοπικού διακομιστή ιστού (δείτε το README).',
  'search.failed': 'Δεν ήταν δυνατή η φόρτωση της αναζήτησης: {reason}',
  'search.none': 'Κανένα αποτέλεσμα.',
  'search.noneFor': 'Κανένα αποτέλεσμα για «{query}».',
  'search.noneFiltered': 'Κανένα αποτέλεσμα με αυτά τα φίλτρα.',
  'search.noneForFiltered': 'Κανένα αποτέλεσμα για «{query}» με αυτά τα φίλτρα.',
  'search.count': { one: '{count} αποτέλεσμα', other: '{count} αποτελέσματα' },
  'search.countFor': { one: '{count} αποτέλεσμα για «{query}»', other: '{count} αποτελέσματα για «{query}»' },
  'search.countFiltered': {
    one: '{count} αποτέλεσμα με αυτά τα φίλτρα',
    other: '{count} αποτελέσματα με αυτά τα φίλτρα',
  },
  'search.countForFiltered': {
    one: '{count} αποτέλεσμα για «{query}» με αυτά τα φίλτρα',
    other: '{count} αποτελέσματα για «{query}» με αυτά τα φίλτρα',
  },
  'search.from': 'Από',
  'search.to': 'Έως',
  'search.rangeHint': 'έτος, μήνας ή ημέρα',
  // Inside « », as the articles nest quotes.
  'search.quotedPhrase': '“{phrase}”',
  'search.fromUnreadable':
    'Η αρχική ημερομηνία «{text}» δεν έγινε κατανοητή, γι’ αυτό η αναζήτηση την παραλείπει. Γράψτε έτος, μήνα ή ημέρα: 1998, 1998-06 ή 1998-06-15.',
  'search.toUnreadable':
    'Η τελική ημερομηνία «{text}» δεν έγινε κατανοητή, γι’ αυτό η αναζήτηση την παραλείπει. Γράψτε έτος, μήνα ή ημέρα: 1998, 1998-06 ή 1998-06-15.',
  'search.backwardRange':
    'Η ημερομηνία «Από» είναι μεταγενέστερη της ημερομηνίας «Έως»: τίποτα δεν βρίσκεται ανάμεσά τους.',
  'search.atLeast': {
    one: 'Τουλάχιστον {count} αποτέλεσμα (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
    other: 'Τουλάχιστον {count} αποτελέσματα (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
  },
  'search.atLeastFor': {
    one: 'Τουλάχιστον {count} αποτέλεσμα για «{query}» (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
    other: 'Τουλάχιστον {count} αποτελέσματα για «{query}» (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
  },
  'search.atLeastFiltered': {
    one: 'Τουλάχιστον {count} αποτέλεσμα με αυτά τα φίλτρα (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
    other: 'Τουλάχιστον {count} αποτελέσματα με αυτά τα φίλτρα (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
  },
  'search.atLeastForFiltered': {
    one: 'Τουλάχιστον {count} αποτέλεσμα για «{query}» με αυτά τα φίλτρα (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
    other:
      'Τουλάχιστον {count} αποτελέσματα για «{query}» με αυτά τα φίλτρα (φορτώστε περισσότερα για να συνεχίσει η αναζήτηση)',
  },
  // Only 1 takes `one`, so it may leave the number out.
  'search.phraseCheckedNewest': {
    one: 'Ελέγχθηκε το νεότερο άρθρο με αυτές τις λέξεις για την ακριβή φράση «{query}»: βρέθηκαν {found} μέχρι στιγμής.',
    other:
      'Ελέγχθηκαν τα {count} νεότερα άρθρα με αυτές τις λέξεις για την ακριβή φράση «{query}»: βρέθηκαν {found} μέχρι στιγμής.',
  },
  'search.phraseCheckedOldest': {
    one: 'Ελέγχθηκε το παλαιότερο άρθρο με αυτές τις λέξεις για την ακριβή φράση «{query}»: βρέθηκαν {found} μέχρι στιγμής.',
    other:
      'Ελέγχθηκαν τα {count} παλαιότερα άρθρα με αυτές τις λέξεις για την ακριβή φράση «{query}»: βρέθηκαν {found} μέχρι στιγμής.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Ελέγχθηκε {count} άρθρο με αυτές τις λέξεις για την ακριβή φράση «{query}»: βρέθηκαν {found} μέχρι στιγμής.',
    other:
      'Ελέγχθηκαν {count} άρθρα με αυτές τις λέξεις, πρώτα τα πιο σχετικά, για την ακριβή φράση «{query}»: βρέθηκαν {found} μέχρι στιγμής.',
  },
  'search.checkOlder': 'Έλεγχος παλαιότερων άρθρων',
  'search.checkNewer': 'Έλεγχος νεότερων άρθρων',
  'search.checkMore': 'Έλεγχος περισσότερων άρθρων',
  'highlight.showing': 'Επισήμανση: «{words}».',
  'highlight.clear': 'Κατάργηση επισήμανσης',
  'highlight.next': 'Επόμενο εύρημα',
  // Greek writes the unit unchanged: "512 byte".
  'search.bytes': { one: '{count} byte', other: '{count} byte' },
  'offline.title': 'Αποθήκευση του αρχείου για χρήση εκτός σύνδεσης',
  'offline.keep': 'Αποθήκευση εκτός σύνδεσης',
  'offline.progress': 'Λήψη για χρήση εκτός σύνδεσης',
  'offline.size': {
    one: 'Κατεβάζει ολόκληρο το ευρετήριο αναζήτησης και αυτή τη σελίδα: {size} σε {count} αρχείο. Τα άρθρα που ανοίγετε αποθηκεύονται καθώς τα διαβάζετε.',
    other:
      'Κατεβάζει ολόκληρο το ευρετήριο αναζήτησης και αυτή τη σελίδα: {size} σε {count} αρχεία. Τα άρθρα που ανοίγετε αποθηκεύονται καθώς τα διαβάζετε.',
  },
  'offline.kept':
    'Η αναζήτηση αυτού του αρχείου είναι αποθηκευμένη για χρήση εκτός σύνδεσης σε αυτό το πρόγραμμα περιήγησης.',
  'offline.downloading': 'Λήψη {size}…',
  'offline.done':
    'Ολοκληρώθηκε: αποθηκεύτηκαν {size}. Η αναζήτηση λειτουργεί πλέον χωρίς δίκτυο σε αυτό το πρόγραμμα περιήγησης.',
  'offline.stopped': 'Η λήψη διακόπηκε: {error}. Δοκιμάστε ξανά όταν είστε συνδεδεμένοι.',
  'offline.notKept':
    'Δεν αποθηκεύτηκε για χρήση εκτός σύνδεσης: {error}. Η αναζήτηση εκτός σύνδεσης δεν θα λειτουργεί μέχρι να επιτύχει αυτό.',
  'offline.retry': 'Δοκιμάστε ξανά',
  'offline.filesFailed': {
    one: 'Δεν ήταν δυνατή η αποθήκευση {count} αρχείου: {files}',
    other: 'Δεν ήταν δυνατή η αποθήκευση {count} αρχείων: {files}',
  },

  'import.untitled': 'Χωρίς τίτλο ({file})',
} satisfies Messages;

/** Months in the genitive after a day, the nominative alone; weeks from Monday. */
export const dateLocale = el;
