/**
 * Hebrew, written right to left (src/i18n/direction.ts lists `he`), as Israeli news sites word it: "כתבה" for an
 * article, "מדור" for a section, "ארכיון", "תיקונים", "אופליין" as it is borrowed. Two plural forms and a dual
 * (Intl.PluralRules('he'): one, two, other): "כתבה אחת", "5 כתבות", and the dual where Hebrew has one and says it
 * ("דקתיים", "שנתיים", "שתי כתבות" in a sentence); elsewhere two is "2 כתבות", as a count is printed. Directions in
 * the plural imperative, gender-neutral as Israeli sites write them ("הקלידו", "נסו שוב"). Dates as Israeli papers
 * print them, the month after ב ("20 במאי 2024"), weekday first ("יום שני, 20 במאי 2024"); weeks from Sunday, as
 * Israeli calendars head their columns: א׳ ב׳ ג׳. Arrows point the other way, as in Arabic; ” ” quotes with ’ ’
 * inside, both high and alike, as Hebrew articles are set (CLDR's Hebrew; src/markdown/typography-styles.ts); a date form in a note isolated, so it
 * reads as typed (1998-06-15, not 15-06-1998).
 */
import { he } from 'date-fns/locale/he';
import type { Messages } from './en.ts';

export const messages = {
  // "20 במאי 2024": the month after ב (in), as the papers print a day; "מאי 2024" alone. Hebrew letters need no
  // quotes in a date-fns pattern.
  'date.day': 'd בMMMM yyyy',
  'date.weekdayDay': 'EEEE, d בMMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} ב{month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // א׳ ב׳ ג׳ ד׳ ה׳ ו׳ ש׳, as Israeli calendars head their columns (date-fns's EEE is "יום א׳").
  'date.weekdayHead': 'EEEEEE',

  'shell.skip': 'דילוג לתוכן',
  'shell.menu': 'תפריט',
  'shell.nav': 'ארכיון',
  // As in the name of the paper "ידיעות אחרונות": (the) latest (news).
  'nav.home': 'אחרונות',
  'nav.archive': 'לפי תאריך',
  'nav.sections': 'מדורים',
  'nav.tags': 'תגיות',
  'nav.authors': 'כותבים',
  'nav.sources': 'מקורות',
  'shell.quickSearch': 'חיפוש מהיר',
  'shell.searchLabel': 'חיפוש בארכיון',
  'shell.searchPlaceholder': 'חיפוש כתבות',
  'shell.searchButton': 'חיפוש',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'דפדוף לפי תאריך',
  'footer.onThisDay': 'ביום הזה',
  'footer.corrections': 'תיקונים',
  'footer.rss': 'פיד RSS',
  'footer.atom': 'פיד Atom',
  'footer.json': 'פיד JSON',
  'footer.sitemap': 'מפת האתר',

  'list.breadcrumb': 'פירורי לחם',
  'list.home': 'דף הבית',
  'list.count': { one: 'כתבה אחת', other: '{count} כתבות' },
  // A day begins with its number: מ־ (from) joined to it by a maqaf, "מ־20 במאי 2024".
  'list.span': 'כתבות מ־{first} עד {last}',
  'list.titlePage': '{title} (עמוד {page})',
  'list.follow': 'עקבו אחרי {title}:',
  'list.by': 'מאת {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'עמודים',
  'pager.newer': '→ חדשות יותר',
  'pager.older': 'ישנות יותר ←',
  'pager.page': 'עמוד {page}',

  'home.latest': 'הכתבות האחרונות',
  'home.empty': 'הארכיון ריק: הוסיפו כתבות בפורמט Markdown לתיקייה {folder}.',
  'home.browseAll': {
    one: 'דפדוף בכתבה לפי תאריך ←',
    two: 'דפדוף בשתי הכתבות לפי תאריך ←',
    other: 'דפדוף בכל {count} הכתבות לפי תאריך ←',
  },

  'facet.sections': 'מדורים',
  'facet.tags': 'תגיות',
  'facet.authors': 'כותבים',
  'facet.sources': 'מקורות',
  'facet.sections.count': { one: 'מדור אחד', other: '{count} מדורים' },
  'facet.tags.count': { one: 'תגית אחת', other: '{count} תגיות' },
  'facet.authors.count': { one: 'כותב אחד', other: '{count} כותבים' },
  'facet.sources.count': { one: 'מקור אחד', other: '{count} מקורות' },
  'facet.inArchive': '{what} בארכיון',
  'facet.tags.title': 'התגית ”{name}”',
  'facet.authors.title': 'מאת {name}',
  // Not מ־ before the name: a prefix does not join a name in Latin letters or in quotes.
  'facet.sources.title': 'מקור: {name}',

  'archive.title': 'דפדוף לפי תאריך',
  'archive.summary': {
    one: '{articles} לאורך שנה אחת',
    two: '{articles} לאורך שנתיים',
    other: '{articles} לאורך {count} שנים',
  },
  'year.months': 'חודשי {year}',
  'year.none': 'אין',
  'year.others': 'שנים אחרות',
  'month.others': 'חודשים אחרים',
  'across.previous': '→ {label}',
  'across.next': '{label} ←',
  'calendar.caption': '{month}: ימים עם כתבות',
  'calendar.articles': { one: ' כתבה', other: ' כתבות' },

  'article.by': 'מאת {names}',
  'article.minutes': {
    one: 'זמן קריאה: דקה',
    two: 'זמן קריאה: דקתיים',
    other: 'זמן קריאה: {count} דקות',
  },
  'article.updated': 'עודכן: {date}',
  'article.source': 'פרסום ראשון: {source}',
  'article.retrieved': ', אוחזר ב־{date}',
  'article.tags': 'תגיות',
  'article.moreInTime': 'כתבות קודמות ובאות',
  'article.newer': 'חדשה יותר',
  'article.older': 'ישנה יותר',
  'article.corrections': 'תיקונים ועדכונים',
  'text.colon': ': ',
  'article.citeStyle': 'שיקגו (מהדורה 17), ביבליוגרפיה',
  'article.related': 'עוד בנושא',
  'article.cite': 'ציטוט הכתבה',
  'article.footnotes': 'הערות שוליים',
  'article.footnoteBack': 'חזרה להפניה {reference}',
  'zim.searchHelp':
    'עותק זה של הארכיון הוא קובץ ZIM, שנקרא ב־Kiwix. חפשו בו בחיפוש של Kiwix עצמו: תיבת החיפוש בראש הדף בדפדפן (kiwix-serve), או כפתור החיפוש באפליקציית Kiwix. כל כתבה נמצאת באינדקס שלו, תחת הכותרת שלה.',
  'zim.browse': 'אפשר גם לדפדף בכל הכתבות:',

  'corrections.title': 'תיקונים',
  'corrections.heading': 'תיקונים ועדכונים',
  'corrections.description': 'כל התיקונים והעדכונים שנעשו בכתבות בארכיון.',
  'corrections.none': 'אף כתבה בארכיון לא תוקנה.',
  'corrections.count': { one: 'תיקון אחד, מהחדש לישן.', other: '{count} תיקונים, מהחדש לישן.' },

  'notFound.title': 'הדף לא נמצא',
  'notFound.text': 'אין דף בכתובת הזאת. ייתכן שהוא הועבר, או שנפלה שגיאה בקישור.',
  'notFound.latest': 'הכתבות האחרונות',
  'offlinePage.title': 'הדף לא נשמר במכשיר הזה',
  'offlinePage.text':
    'אין חיבור לרשת, והדף הזה לא נשמר בדפדפן. דפים שנפתחים כשיש חיבור נשמרים, ואחרי שהארכיון נשמר לשימוש אופליין, החיפוש בו פועל גם בלי רשת.',
  'offlinePage.fromIndex': 'טקסט הכתבה, כפי שהוא שמור באינדקס החיפוש (ללא התמונות והעימוד):',

  'onThisDay.title': 'ביום הזה',
  'onThisDay.description': 'כתבות שפורסמו ביום הזה בשנים קודמות.',
  'onThisDay.intro': 'כתבות שפורסמו בתאריך של היום בשנים קודמות.',
  'onThisDay.noscript':
    'הדף הזה מברר את תאריך היום בדפדפן שלכם, ולכן הוא זקוק ל־JavaScript. בלעדיו אפשר לדפדף בארכיון לפי תאריך: לכל שנה ולכל חודש יש דף משלהם, ובו הכתבות יום אחר יום.',
  // {day} is "20 במאי": ב־ joined to its number by a maqaf.
  'onThisDay.none': 'שום כתבה בארכיון לא פורסמה ב־{day} בשנים קודמות.',
  'onThisDay.some': {
    one: 'כתבה אחת שפורסמה ב־{day} בשנים קודמות:',
    other: '{count} כתבות שפורסמו ב־{day} בשנים קודמות:',
  },
  'onThisDay.failed': 'לא ניתן היה לטעון את הרשימה של היום ({error}). אפשר לדפדף בארכיון לפי תאריך במקום.',

  'search.title': 'חיפוש',
  'search.description': 'חיפוש בכל הכתבות בארכיון.',
  'search.heading': 'חיפוש בארכיון',
  'search.unavailable':
    'החיפוש פועל בדפדפן שלכם: הוא זקוק ל־JavaScript, ולכך שהארכיון יוגש משרת אינטרנט ולא ייפתח כקובץ. עדיין אפשר לדפדף בכל הכתבות לפי תאריך או לפי מדור.',
  // "dist" without its slash: after Hebrew words a closing slash would be laid out before the name.
  'search.devUnavailable':
    'החיפוש זקוק לאינדקס שנכתב בזמן הבנייה, ולשרת הפיתוח אין אותו. הריצו פעם אחת npm run build (האינדקס נשאר בתיקייה dist ושרת הפיתוח משתמש בו), או npm start כדי לראות את האתר הבנוי.',
  'search.form': 'חיפוש בארכיון',
  'search.words': 'מילות חיפוש',
  'search.narrow': 'סינון ומיון התוצאות',
  'search.narrowSet': { one: '{count} פעיל', other: '{count} פעילים' },
  'search.section': 'מדור',
  'search.anySection': 'כל המדורים',
  'search.author': 'כותב',
  'search.anyAuthor': 'כל הכותבים',
  'search.tag': 'תגית',
  'search.anyTag': 'כל התגיות',
  'search.year': 'שנה',
  'search.anyYear': 'כל השנים',
  'search.source': 'מקור',
  'search.anySource': 'כל המקורות',
  'search.order': 'מיון',
  'search.relevance': 'רלוונטיות',
  'search.newest': 'מהחדש לישן',
  'search.oldest': 'מהישן לחדש',
  'search.results': 'תוצאות החיפוש',
  'search.more': 'טעינת תוצאות נוספות',
  'search.prompt': 'הקלידו מילים כדי לחפש בכל הכתבות בארכיון.',
  'search.searching': 'מחפשים…',
  'search.loading': 'טוענים את אינדקס החיפוש…',
  'search.fileProtocol':
    'החיפוש לא פועל מקובץ בדיסק: הדפדפנים מסרבים לטעון משם את האינדקס שלו. הגישו את התיקייה משרת אינטרנט מקומי (ראו README).',
  'search.failed': 'לא ניתן היה לטעון את החיפוש: {reason}',
  'search.none': 'אין תוצאות.',
  'search.noneFor': 'אין תוצאות עבור ”{query}”.',
  'search.noneFiltered': 'אין תוצאות עם המסננים האלה.',
  'search.noneForFiltered': 'אין תוצאות עבור ”{query}” עם המסננים האלה.',
  'search.count': { one: 'תוצאה אחת', other: '{count} תוצאות' },
  'search.countFor': { one: 'תוצאה אחת עבור ”{query}”', other: '{count} תוצאות עבור ”{query}”' },
  'search.countFiltered': { one: 'תוצאה אחת עם המסננים האלה', other: '{count} תוצאות עם המסננים האלה' },
  'search.countForFiltered': {
    one: 'תוצאה אחת עבור ”{query}” עם המסננים האלה',
    other: '{count} תוצאות עבור ”{query}” עם המסננים האלה',
  },
  'search.from': 'מתאריך',
  'search.to': 'עד תאריך',
  'search.rangeHint': 'שנה, חודש או יום',
  'search.quotedPhrase': '’{phrase}’',
  // Isolated (U+2066/U+2068 … U+2069): after Hebrew letters, 1998-06-15 would be laid out 15-06-1998, unlike what is typed.
  'search.fromUnreadable':
    'לא ניתן היה להבין את תאריך ההתחלה ”\u2068{text}\u2069”, ולכן החיפוש מתעלם ממנו. כתבו שנה, חודש או יום: 1998, \u20661998-06\u2069 או \u20661998-06-15\u2069.',
  'search.toUnreadable':
    'לא ניתן היה להבין את תאריך הסיום ”\u2068{text}\u2069”, ולכן החיפוש מתעלם ממנו. כתבו שנה, חודש או יום: 1998, \u20661998-06\u2069 או \u20661998-06-15\u2069.',
  'search.backwardRange': 'תאריך ההתחלה מאוחר מתאריך הסיום: אין ביניהם דבר שאפשר למצוא.',
  'search.atLeast': {
    one: 'לפחות תוצאה אחת (טענו עוד כדי להמשיך לחפש)',
    other: 'לפחות {count} תוצאות (טענו עוד כדי להמשיך לחפש)',
  },
  'search.atLeastFor': {
    one: 'לפחות תוצאה אחת עבור ”{query}” (טענו עוד כדי להמשיך לחפש)',
    other: 'לפחות {count} תוצאות עבור ”{query}” (טענו עוד כדי להמשיך לחפש)',
  },
  'search.atLeastFiltered': {
    one: 'לפחות תוצאה אחת עם המסננים האלה (טענו עוד כדי להמשיך לחפש)',
    other: 'לפחות {count} תוצאות עם המסננים האלה (טענו עוד כדי להמשיך לחפש)',
  },
  'search.atLeastForFiltered': {
    one: 'לפחות תוצאה אחת עבור ”{query}” עם המסננים האלה (טענו עוד כדי להמשיך לחפש)',
    other: 'לפחות {count} תוצאות עבור ”{query}” עם המסננים האלה (טענו עוד כדי להמשיך לחפש)',
  },
  'search.phraseCheckedNewest': {
    one: 'נבדקה הכתבה החדשה ביותר שיש בה המילים האלה, בחיפוש אחר הביטוי המדויק ”{query}”. עד כה נמצאו: {found}.',
    other:
      'נבדקו {count} הכתבות החדשות ביותר שיש בהן המילים האלה, בחיפוש אחר הביטוי המדויק ”{query}”. עד כה נמצאו: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'נבדקה הכתבה הישנה ביותר שיש בה המילים האלה, בחיפוש אחר הביטוי המדויק ”{query}”. עד כה נמצאו: {found}.',
    other:
      'נבדקו {count} הכתבות הישנות ביותר שיש בהן המילים האלה, בחיפוש אחר הביטוי המדויק ”{query}”. עד כה נמצאו: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'נבדקה כתבה אחת שיש בה המילים האלה, בחיפוש אחר הביטוי המדויק ”{query}”. עד כה נמצאו: {found}.',
    other:
      'נבדקו {count} כתבות שיש בהן המילים האלה, מהרלוונטיות ביותר, בחיפוש אחר הביטוי המדויק ”{query}”. עד כה נמצאו: {found}.',
  },
  'search.checkOlder': 'בדיקת כתבות ישנות יותר',
  'search.checkNewer': 'בדיקת כתבות חדשות יותר',
  'search.checkMore': 'בדיקת כתבות נוספות',
  'highlight.showing': 'מודגש: ”{words}”.',
  'highlight.clear': 'ביטול ההדגשה',
  'highlight.next': 'ההתאמה הבאה',
  'search.bytes': { one: 'בייט אחד', other: '{count} בייטים' },
  'offline.title': 'שמירת הארכיון לשימוש אופליין',
  'offline.keep': 'שמירה לאופליין',
  'offline.progress': 'הורדה לשימוש אופליין',
  'offline.size': {
    one: 'הורדה של אינדקס החיפוש המלא ושל הדף הזה: {size} בקובץ אחד. כתבות שתפתחו יישמרו תוך כדי קריאה.',
    two: 'הורדה של אינדקס החיפוש המלא ושל הדף הזה: {size} בשני קבצים. כתבות שתפתחו יישמרו תוך כדי קריאה.',
    other: 'הורדה של אינדקס החיפוש המלא ושל הדף הזה: {size} ב־{count} קבצים. כתבות שתפתחו יישמרו תוך כדי קריאה.',
  },
  'offline.kept': 'החיפוש בארכיון הזה שמור לשימוש אופליין בדפדפן הזה.',
  'offline.downloading': 'מורידים {size}…',
  'offline.done': 'הסתיים: נשמרו {size}. החיפוש פועל עכשיו בלי רשת בדפדפן הזה.',
  'offline.stopped': 'ההורדה נעצרה: {error}. נסו שוב כשיהיה חיבור לרשת.',
  'offline.notKept': 'השמירה לאופליין נכשלה: {error}. החיפוש לא יפעל אופליין עד שהשמירה תצליח.',
  'offline.retry': 'נסו שוב',
  'offline.filesFailed': {
    one: 'לא ניתן היה לשמור קובץ אחד: {files}',
    two: 'לא ניתן היה לשמור שני קבצים: {files}',
    other: 'לא ניתן היה לשמור {count} קבצים: {files}',
  },

  'import.untitled': 'ללא כותרת ({file})',
} satisfies Messages;

/** Hebrew month and weekday names (מאי, יום שני), weeks from Sunday. */
export const dateLocale = he;
