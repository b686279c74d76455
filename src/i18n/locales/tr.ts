/**
 * Turkish, as Turkish news sites word it: "haber" for an article (a news story; "makale" is an opinion piece),
 * "kategori" for a section, "Tarihte bugün", "çevrimdışı" for offline, the reader addressed with "siz" in
 * sentences ("göz atın") and buttons in the plain imperative ("Ara", "Yeniden dene"). One form after any number
 * ("1 haber", "5 haber"): Intl.PluralRules('tr') has one and other, but a Turkish noun stays singular after a
 * number, so every counted message has `other` alone, save where the words for one differ ("tüm", all). A
 * placeholder never takes a case ending, whose vowel would depend on the word put in ("{source}'ta"): postpositions
 * stand apart ("için", "tarafından", "ile … arasındaki") or the ending goes on a noun after it ("{day} tarihinde").
 * Dates as the papers print them ("6 Şubat 2023", "6 Şubat 2023 Pazartesi"), month names with their capital;
 * a day heading in capitals is set by the stylesheet under `lang="tr"`, which writes PAZARTESİ, SALI (dotted İ,
 * dotless I). “ ” quotes with ‘ ’ inside; weeks from Monday, as Turkish calendars head their columns: Pzt Sal Çar.
 */
import { tr } from 'date-fns/locale/tr';
import type { Locale } from 'date-fns';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  // "6 Şubat 2023 Pazartesi": the weekday after the date, as Turkish papers print it.
  'date.weekdayDay': 'd MMMM yyyy EEEE',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // Pzt Sal Çar Per Cum Cmt Paz (dateLocale below: Cmt for Saturday, as CLDR and Turkish calendars write it).
  'date.weekdayHead': 'EEE',

  'shell.skip': 'İçeriğe geç',
  'shell.menu': 'Menü',
  'shell.nav': 'Arşiv',
  'nav.home': 'Son haberler',
  'nav.archive': 'Tarihe göre',
  'nav.sections': 'Kategoriler',
  'nav.tags': 'Etiketler',
  'nav.authors': 'Yazarlar',
  'nav.sources': 'Kaynaklar',
  'shell.quickSearch': 'Hızlı arama',
  'shell.searchLabel': 'Arşivde ara',
  'shell.searchPlaceholder': 'Haber ara',
  'shell.searchButton': 'Ara',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Tarihe göre göz atın',
  'footer.onThisDay': 'Tarihte bugün',
  'footer.corrections': 'Düzeltmeler',
  'footer.rss': 'RSS beslemesi',
  'footer.atom': 'Atom beslemesi',
  'footer.json': 'JSON beslemesi',
  'footer.sitemap': 'Site haritası',

  'list.breadcrumb': 'Gezinti yolu',
  'list.home': 'Ana sayfa',
  'list.count': { other: '{count} haber' },
  'list.span': '{first} ile {last} arasındaki haberler',
  'list.titlePage': '{title} (sayfa {page})',
  // "Feeds for …:", where "… takip edin" would put an ending on the title.
  'list.follow': '{title} için beslemeler:',
  // "Yazan:" (written by), as Turkish sites label a byline; the same before one name and several.
  'list.by': 'Yazan: {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Sayfalar',
  'pager.newer': '← Daha yeni',
  'pager.older': 'Daha eski →',
  'pager.page': 'Sayfa {page}',

  'home.latest': 'Son haberler',
  'home.empty': 'Arşiv boş: {folder} klasörüne Markdown biçiminde haber ekleyin.',
  // Without "tüm" (all), which would not fit a single story.
  'home.browseAll': {
    one: '{count} habere tarihe göre göz atın →',
    other: 'Tüm {count} habere tarihe göre göz atın →',
  },

  'facet.sections': 'Kategoriler',
  'facet.tags': 'Etiketler',
  'facet.authors': 'Yazarlar',
  'facet.sources': 'Kaynaklar',
  'facet.sections.count': { other: '{count} kategori' },
  'facet.tags.count': { other: '{count} etiket' },
  'facet.authors.count': { other: '{count} yazar' },
  'facet.sources.count': { other: '{count} kaynak' },
  'facet.inArchive': 'Arşivde {what}',
  'facet.tags.title': '“{name}” etiketli haberler',
  // "Stories signed by …", "stories from (the source) …": a word after the name, never an ending on it.
  'facet.authors.title': '{name} imzalı haberler',
  'facet.sources.title': '{name} kaynaklı haberler',

  'archive.title': 'Tarihe göre göz atın',
  'archive.summary': { other: '{count} yıla yayılan {articles}' },
  'year.months': '{year} yılının ayları',
  'year.none': 'yok',
  'year.others': 'Diğer yıllar',
  'month.others': 'Diğer aylar',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: haber olan günler',
  'calendar.articles': { other: ' haber' },

  'article.by': 'Yazan: {names}',
  'article.minutes': { other: 'Okuma süresi: {count} dakika' },
  'article.updated': 'Güncelleme: {date}',
  'article.source': 'İlk olarak {source} tarafından yayımlandı',
  'article.retrieved': ', erişim tarihi: {date}',
  'article.tags': 'Etiketler',
  'article.moreInTime': 'Zaman içinde diğer haberler',
  'article.newer': 'Daha yeni',
  'article.older': 'Daha eski',
  'article.corrections': 'Düzeltmeler ve güncellemeler',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17. baskı), kaynakça',
  'article.related': 'İlgili haberler',
  // As Turkish journal sites label their citation button.
  'article.cite': 'Kaynak göster',
  'article.footnotes': 'Dipnotlar',
  'article.footnoteBack': '{reference} numaralı göndermeye dön',
  'zim.searchHelp':
    'Arşivin bu kopyası, Kiwix ile okunan bir ZIM dosyasıdır. İçinde Kiwix’in kendi aramasıyla arayın: tarayıcıda sayfanın üstündeki arama kutusu (kiwix-serve) ya da Kiwix uygulamasının arama düğmesi. Her haber, başlığıyla Kiwix’in dizininde yer alır.',
  'zim.browse': 'Tüm haberlere buradan da göz atabilirsiniz:',

  'corrections.title': 'Düzeltmeler',
  'corrections.heading': 'Düzeltmeler ve güncellemeler',
  'corrections.description': 'Arşivdeki haberlerde yapılan tüm düzeltmeler ve güncellemeler.',
  'corrections.none': 'Arşivdeki hiçbir haberde düzeltme yapılmadı.',
  'corrections.count': { other: '{count} düzeltme, en yenisi başta.' },

  'notFound.title': 'Sayfa bulunamadı',
  'notFound.text': 'Bu adreste bir sayfa yok. Sayfa taşınmış ya da bağlantı yanlış yazılmış olabilir.',
  'notFound.latest': 'Son haberler',
  'offlinePage.title': 'Bu cihazda saklanmadı',
  'offlinePage.text':
    'Çevrimdışısınız ve bu sayfa bu tarayıcıda saklanmadı. Çevrimiçiyken açtığınız sayfalar saklanır; arşiv çevrimdışı kullanım için saklandığında araması ağ olmadan da çalışır.',
  'offlinePage.fromIndex': 'Haberin metni, arama dizininde saklandığı biçimiyle (görselleri ve sayfa düzeni olmadan):',

  'onThisDay.title': 'Tarihte bugün',
  'onThisDay.description': 'Önceki yıllarda bugün yayımlanan haberler.',
  'onThisDay.intro': 'Önceki yıllarda bugünün tarihinde yayımlanan haberler.',
  'onThisDay.noscript':
    'Bu sayfa bugünün tarihini tarayıcınızdan alır; bunun için JavaScript gerekir. JavaScript olmadan arşive tarihe göre göz atın: her yılın ve her ayın, haberlerini gün gün listeleyen kendi sayfası vardır.',
  'onThisDay.none': 'Arşivde önceki yıllarda {day} tarihinde yayımlanmış haber yok.',
  'onThisDay.some': { other: 'Önceki yıllarda {day} tarihinde yayımlanan {count} haber:' },
  'onThisDay.failed': 'Bugünün listesi yüklenemedi ({error}). Bunun yerine arşive tarihe göre göz atın.',

  'search.title': 'Arama',
  'search.description': 'Arşivdeki tüm haberlerde arayın.',
  'search.heading': 'Arşivde ara',
  'search.unavailable':
    'Arama tarayıcınızda çalışır: JavaScript gerektirir ve arşivin dosya olarak açılması yerine bir web sunucusundan sunulması gerekir. Yine de tüm haberlere tarihe ya da kategoriye göre göz atabilirsiniz.',
  'search.devUnavailable':
    'Arama, derlemenin yazdığı dizine ihtiyaç duyar; geliştirme sunucusunda bu dizin yoktur. Bir kez npm run build çalıştırın (dizin dist/ içinde kalır ve geliştirme sunucusu onu kullanır) ya da derlenmiş siteyi görmek için npm start çalıştırın.',
  'search.form': 'Arşiv araması',
  'search.words': 'Aranacak kelimeler',
  'search.narrow': 'Sonuçları daralt ve sırala',
  'search.narrowSet': { other: '{count} etkin' },
  'search.section': 'Kategori',
  'search.anySection': 'Tüm kategoriler',
  'search.author': 'Yazar',
  'search.anyAuthor': 'Tüm yazarlar',
  'search.tag': 'Etiket',
  'search.anyTag': 'Tüm etiketler',
  'search.year': 'Yıl',
  'search.anyYear': 'Tüm yıllar',
  'search.source': 'Kaynak',
  'search.anySource': 'Tüm kaynaklar',
  'search.order': 'Sıralama',
  'search.relevance': 'En alakalı',
  'search.newest': 'Önce en yeni',
  'search.oldest': 'Önce en eski',
  'search.results': 'Arama sonuçları',
  'search.more': 'Daha fazla sonuç yükle',
  'search.prompt': 'Arşivdeki tüm haberlerde aramak için kelime yazın.',
  'search.searching': 'Aranıyor…',
  'search.loading': 'Arama dizini yükleniyor…',
  'search.fileProtocol':
    'Arama, diskteki bir dosyadan çalışamaz: tarayıcılar dizini oradan yüklemeyi reddeder. Klasörü yerel bir web sunucusuyla sunun (README dosyasına bakın).',
  'search.failed': 'Arama yüklenemedi: {reason}',
  'search.none': 'Sonuç yok.',
  'search.noneFor': '“{query}” için sonuç yok.',
  'search.noneFiltered': 'Bu filtrelerle sonuç yok.',
  'search.noneForFiltered': 'Bu filtrelerle “{query}” için sonuç yok.',
  'search.count': { other: '{count} sonuç' },
  'search.countFor': { other: '“{query}” için {count} sonuç' },
  'search.countFiltered': { other: 'Bu filtrelerle {count} sonuç' },
  'search.countForFiltered': { other: 'Bu filtrelerle “{query}” için {count} sonuç' },
  'search.from': 'Başlangıç',
  'search.to': 'Bitiş',
  'search.rangeHint': 'yıl, ay veya gün',
  // Inside “ ”, as the articles nest quotes.
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'Başlangıç tarihi “{text}” anlaşılamadı, bu yüzden arama onu hesaba katmıyor. Bir yıl, ay ya da gün yazın: 1998, 1998-06 veya 1998-06-15.',
  'search.toUnreadable':
    'Bitiş tarihi “{text}” anlaşılamadı, bu yüzden arama onu hesaba katmıyor. Bir yıl, ay ya da gün yazın: 1998, 1998-06 veya 1998-06-15.',
  'search.backwardRange': '“Başlangıç” tarihi “Bitiş” tarihinden sonra geliyor: aralarında hiçbir şey bulunamaz.',
  'search.atLeast': { other: 'En az {count} sonuç (aramayı sürdürmek için daha fazla yükleyin)' },
  'search.atLeastFor': { other: '“{query}” için en az {count} sonuç (aramayı sürdürmek için daha fazla yükleyin)' },
  'search.atLeastFiltered': {
    other: 'Bu filtrelerle en az {count} sonuç (aramayı sürdürmek için daha fazla yükleyin)',
  },
  'search.atLeastForFiltered': {
    other: 'Bu filtrelerle “{query}” için en az {count} sonuç (aramayı sürdürmek için daha fazla yükleyin)',
  },
  'search.phraseCheckedNewest': {
    one: 'Bu kelimeleri içeren en yeni haber, tam olarak “{query}” ifadesi için tarandı: şu ana kadar {found} sonuç bulundu.',
    other:
      'Bu kelimeleri içeren en yeni {count} haber, tam olarak “{query}” ifadesi için tarandı: şu ana kadar {found} sonuç bulundu.',
  },
  'search.phraseCheckedOldest': {
    one: 'Bu kelimeleri içeren en eski haber, tam olarak “{query}” ifadesi için tarandı: şu ana kadar {found} sonuç bulundu.',
    other:
      'Bu kelimeleri içeren en eski {count} haber, tam olarak “{query}” ifadesi için tarandı: şu ana kadar {found} sonuç bulundu.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Bu kelimeleri içeren {count} haber, tam olarak “{query}” ifadesi için tarandı: şu ana kadar {found} sonuç bulundu.',
    other:
      'Bu kelimeleri içeren {count} haber, en alakalılardan başlayarak tam olarak “{query}” ifadesi için tarandı: şu ana kadar {found} sonuç bulundu.',
  },
  'search.checkOlder': 'Daha eski haberleri tara',
  'search.checkNewer': 'Daha yeni haberleri tara',
  'search.checkMore': 'Daha fazla haber tara',
  'highlight.showing': '“{words}” vurgulanıyor.',
  'highlight.clear': 'Vurgulamayı kaldır',
  'highlight.next': 'Sonraki eşleşme',
  'search.bytes': { other: '{count} bayt' },
  'offline.title': 'Bu arşivi çevrimdışı saklayın',
  'offline.keep': 'Çevrimdışı sakla',
  'offline.progress': 'Çevrimdışı indirme',
  'offline.size': {
    other:
      'Arama dizininin tamamını ve bu sayfayı indirir: {count} dosyada {size}. Açtığınız haberler, okudukça saklanır.',
  },
  'offline.kept': 'Bu arşivin araması bu tarayıcıda çevrimdışı kullanım için saklandı.',
  'offline.downloading': '{size} indiriliyor…',
  'offline.done': 'Tamamlandı: {size} saklandı. Arama artık bu tarayıcıda ağ olmadan çalışıyor.',
  'offline.stopped': 'İndirme durdu: {error}. Çevrimiçi olduğunuzda yeniden deneyin.',
  'offline.notKept': 'Çevrimdışı saklanamadı: {error}. Bu işlem başarılı olana kadar çevrimdışı arama çalışmaz.',
  'offline.retry': 'Yeniden dene',
  'offline.filesFailed': { other: '{count} dosya saklanamadı: {files}' },

  'import.untitled': 'Başlıksız ({file})',
} satisfies Messages;

/** Saturday's short name as CLDR and Turkish calendars write it (date-fns has "Cts"), from Sunday. */
const WEEKDAY_HEADS = ['Paz', 'Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt'] as const;

/** Turkish month and weekday names (Şubat, Pazartesi), weeks from Monday. */
export const dateLocale: Locale = {
  ...tr,
  localize: {
    ...tr.localize,
    day: (day, options) => (options?.width === 'abbreviated' ? WEEKDAY_HEADS[day] : tr.localize.day(day, options)),
  },
};
