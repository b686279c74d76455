/**
 * Indonesian, as Indonesian news sites write it: the reader addressed as "Anda", "daring" and "luring" for
 * online and offline. No plural forms: a noun stays the same after any number ("1 artikel", "5 artikel"), so
 * every counted message has `other` alone (Intl.PluralRules('id') has no other category). Dates as the papers
 * print them ("Jumat, 14 Juli 2023"), “ ” quotes with ‘ ’ inside, weeks from Monday: Sen Sel Rab.
 */
import { id } from 'date-fns/locale/id';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  'date.weekdayDay': 'EEEE, d MMMM yyyy',
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // Min Sen Sel Rab Kam Jum Sab, as Indonesian calendars head their columns.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'Langsung ke konten',
  'shell.menu': 'Menu',
  'shell.nav': 'Arsip',
  'nav.home': 'Terbaru',
  'nav.archive': 'Menurut tanggal',
  'nav.sections': 'Rubrik',
  'nav.tags': 'Tag',
  'nav.authors': 'Penulis',
  'nav.sources': 'Sumber',
  'shell.quickSearch': 'Pencarian cepat',
  'shell.searchLabel': 'Cari di arsip',
  'shell.searchPlaceholder': 'Cari artikel',
  'shell.searchButton': 'Cari',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Telusuri menurut tanggal',
  'footer.onThisDay': 'Hari ini dalam sejarah',
  'footer.corrections': 'Ralat',
  'footer.rss': 'Umpan RSS',
  'footer.atom': 'Umpan Atom',
  'footer.json': 'Umpan JSON',
  'footer.sitemap': 'Peta situs',

  'list.breadcrumb': 'Jejak navigasi',
  'list.home': 'Beranda',
  'list.count': { other: '{count} artikel' },
  'list.span': 'Artikel dari {first} hingga {last}',
  'list.titlePage': '{title} (halaman {page})',
  'list.follow': 'Ikuti {title}:',
  'list.by': 'Oleh {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Halaman',
  'pager.newer': '← Lebih baru',
  'pager.older': 'Lebih lama →',
  'pager.page': 'Halaman {page}',

  'home.latest': 'Terbaru',
  'home.empty': 'Arsip masih kosong: tambahkan artikel Markdown ke {folder}.',
  // Without "semua" (all), which would not fit a single article.
  'home.browseAll': { other: 'Telusuri {count} artikel menurut tanggal →' },

  'facet.sections': 'Rubrik',
  'facet.tags': 'Tag',
  'facet.authors': 'Penulis',
  'facet.sources': 'Sumber',
  'facet.sections.count': { other: '{count} rubrik' },
  'facet.tags.count': { other: '{count} tag' },
  'facet.authors.count': { other: '{count} penulis' },
  'facet.sources.count': { other: '{count} sumber' },
  'facet.inArchive': '{what} di arsip',
  'facet.tags.title': 'Tag “{name}”',
  'facet.authors.title': 'Oleh {name}',
  'facet.sources.title': 'Dari {name}',

  'archive.title': 'Telusuri menurut tanggal',
  'archive.summary': { other: '{articles} dalam {count} tahun' },
  'year.months': 'Bulan-bulan pada tahun {year}',
  'year.none': 'tidak ada',
  'year.others': 'Tahun lainnya',
  'month.others': 'Bulan lainnya',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: tanggal yang memuat artikel',
  'calendar.articles': { other: ' artikel' },

  'article.by': 'Oleh {names}',
  'article.minutes': { other: '{count} menit baca' },
  'article.updated': 'Diperbarui {date}',
  'article.source': 'Pertama kali terbit di {source}',
  'article.retrieved': ', diakses {date}',
  'article.tags': 'Tag',
  'article.moreInTime': 'Artikel sebelum dan sesudahnya',
  'article.newer': 'Lebih baru',
  'article.older': 'Lebih lama',
  'article.corrections': 'Ralat dan pembaruan',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (edisi ke-17), daftar pustaka',
  'article.related': 'Berita terkait',
  'article.cite': 'Kutip artikel ini',
  'article.footnotes': 'Catatan kaki',
  'article.footnoteBack': 'Kembali ke rujukan {reference}',
  'zim.searchHelp':
    'Salinan arsip ini adalah berkas ZIM yang dibaca dengan Kiwix. Gunakan pencarian milik Kiwix: kotak pencarian di bagian atas halaman pada peramban (kiwix-serve), atau tombol pencarian di aplikasi Kiwix. Setiap artikel tercantum dalam indeksnya menurut judulnya.',
  'zim.browse': 'Anda juga dapat menelusuri semua artikel:',

  'corrections.title': 'Ralat',
  'corrections.heading': 'Ralat dan pembaruan',
  'corrections.description': 'Semua ralat dan pembaruan pada artikel di arsip ini.',
  'corrections.none': 'Belum ada artikel di arsip ini yang diralat.',
  'corrections.count': { other: '{count} ralat, yang terbaru lebih dulu.' },

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.text':
    'Tidak ada halaman di alamat ini. Halaman itu mungkin sudah dipindahkan, atau tautannya salah ketik.',
  'notFound.latest': 'Artikel terbaru',
  'offlinePage.title': 'Tidak tersimpan di perangkat ini',
  'offlinePage.text':
    'Anda sedang luring, dan halaman ini tidak tersimpan di peramban ini. Halaman yang Anda buka saat daring akan disimpan, dan setelah arsip ini disimpan untuk luring, pencariannya dapat dipakai tanpa jaringan.',
  'offlinePage.fromIndex': 'Teks artikel sebagaimana disimpan dalam indeks pencarian (tanpa gambar dan tata letaknya):',

  'onThisDay.title': 'Hari ini dalam sejarah',
  'onThisDay.description': 'Artikel yang terbit pada tanggal yang sama di tahun-tahun sebelumnya.',
  'onThisDay.intro': 'Artikel yang terbit pada tanggal hari ini di tahun-tahun sebelumnya.',
  'onThisDay.noscript':
    'Halaman ini mencari tanggal hari ini melalui peramban Anda, sehingga memerlukan JavaScript. Tanpa JavaScript, telusuri arsip menurut tanggal: setiap tahun dan bulan memiliki halaman sendiri yang memuat artikelnya hari demi hari.',
  'onThisDay.none': 'Tidak ada artikel di arsip ini yang terbit pada {day} di tahun-tahun sebelumnya.',
  'onThisDay.some': { other: '{count} artikel terbit pada {day} di tahun-tahun sebelumnya:' },
  'onThisDay.failed': 'Daftar untuk hari ini tidak dapat dimuat ({error}). Silakan telusuri arsip menurut tanggal.',

  'search.title': 'Pencarian',
  'search.description': 'Cari di semua artikel dalam arsip.',
  'search.heading': 'Cari di arsip',
  'search.unavailable':
    'Pencarian berjalan di peramban Anda: fitur ini memerlukan JavaScript, dan arsip harus disajikan oleh server web, bukan dibuka sebagai berkas. Anda tetap dapat menelusuri semua artikel menurut tanggal atau rubrik.',
  'search.devUnavailable':
    'Pencarian memerlukan indeks yang ditulis saat build, dan server pengembangan tidak memilikinya. Jalankan npm run build sekali (hasilnya tetap di dist/ dan dipakai server pengembangan), atau npm start untuk melihat situs hasil build.',
  'search.form': 'Pencarian arsip',
  'search.words': 'Kata yang dicari',
  'search.narrow': 'Saring dan urutkan hasil',
  'search.narrowSet': { other: '{count} aktif' },
  'search.section': 'Rubrik',
  'search.anySection': 'Semua rubrik',
  'search.author': 'Penulis',
  'search.anyAuthor': 'Semua penulis',
  'search.tag': 'Tag',
  'search.anyTag': 'Semua tag',
  'search.year': 'Tahun',
  'search.anyYear': 'Semua tahun',
  'search.source': 'Sumber',
  'search.anySource': 'Semua sumber',
  'search.order': 'Urutan',
  'search.relevance': 'Paling relevan',
  'search.newest': 'Terbaru dulu',
  'search.oldest': 'Terlama dulu',
  'search.results': 'Hasil pencarian',
  'search.more': 'Muat hasil lainnya',
  'search.prompt': 'Ketik kata untuk mencari di semua artikel dalam arsip.',
  'search.searching': 'Mencari…',
  'search.loading': 'Memuat indeks pencarian…',
  'search.fileProtocol':
    'Pencarian tidak dapat berjalan dari berkas di disk: peramban menolak memuat indeksnya dari sana. Sajikan folder ini dengan server web lokal (lihat README).',
  'search.failed': 'Pencarian gagal dimuat: {reason}',
  'search.none': 'Tidak ada hasil.',
  'search.noneFor': 'Tidak ada hasil untuk “{query}”.',
  'search.noneFiltered': 'Tidak ada hasil dengan filter ini.',
  'search.noneForFiltered': 'Tidak ada hasil untuk “{query}” dengan filter ini.',
  'search.count': { other: '{count} hasil' },
  'search.countFor': { other: '{count} hasil untuk “{query}”' },
  'search.countFiltered': { other: '{count} hasil dengan filter ini' },
  'search.countForFiltered': { other: '{count} hasil untuk “{query}” dengan filter ini' },
  'search.from': 'Dari',
  'search.to': 'Sampai',
  'search.rangeHint': 'tahun, bulan, atau tanggal',
  // Inside “ ”, as the articles nest quotes.
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'Tanggal awal “{text}” tidak dapat dipahami, jadi pencarian mengabaikannya. Tulis tahun, bulan, atau tanggal: 1998, 1998-06, atau 1998-06-15.',
  'search.toUnreadable':
    'Tanggal akhir “{text}” tidak dapat dipahami, jadi pencarian mengabaikannya. Tulis tahun, bulan, atau tanggal: 1998, 1998-06, atau 1998-06-15.',
  'search.backwardRange':
    'Tanggal “dari” jatuh setelah tanggal “sampai”: tidak ada yang dapat ditemukan di antara keduanya.',
  'search.atLeast': { other: 'Sedikitnya {count} hasil (muat lebih banyak untuk mencari lebih jauh)' },
  'search.atLeastFor': {
    other: 'Sedikitnya {count} hasil untuk “{query}” (muat lebih banyak untuk mencari lebih jauh)',
  },
  'search.atLeastFiltered': {
    other: 'Sedikitnya {count} hasil dengan filter ini (muat lebih banyak untuk mencari lebih jauh)',
  },
  'search.atLeastForFiltered': {
    other: 'Sedikitnya {count} hasil untuk “{query}” dengan filter ini (muat lebih banyak untuk mencari lebih jauh)',
  },
  'search.phraseCheckedNewest': {
    other:
      'Sudah diperiksa {count} artikel terbaru yang memuat kata-kata ini untuk frasa persis “{query}”: sejauh ini ditemukan {found}.',
  },
  'search.phraseCheckedOldest': {
    other:
      'Sudah diperiksa {count} artikel terlama yang memuat kata-kata ini untuk frasa persis “{query}”: sejauh ini ditemukan {found}.',
  },
  'search.phraseCheckedRelevance': {
    other:
      'Sudah diperiksa {count} artikel yang memuat kata-kata ini, mulai dari yang paling relevan, untuk frasa persis “{query}”: sejauh ini ditemukan {found}.',
  },
  'search.checkOlder': 'Periksa artikel yang lebih lama',
  'search.checkNewer': 'Periksa artikel yang lebih baru',
  'search.checkMore': 'Periksa artikel lainnya',
  'highlight.showing': 'Menyorot “{words}”.',
  'highlight.clear': 'Hapus sorotan',
  'highlight.next': 'Temuan berikutnya',
  'search.bytes': { other: '{count} byte' },
  'offline.title': 'Simpan arsip ini untuk dibuka luring',
  'offline.keep': 'Simpan untuk luring',
  'offline.progress': 'Unduhan luring',
  'offline.size': {
    other:
      'Mengunduh seluruh indeks pencarian dan halaman ini: {size} dalam {count} berkas. Artikel yang Anda buka disimpan saat Anda membacanya.',
  },
  'offline.kept': 'Pencarian arsip ini sudah tersimpan untuk luring di peramban ini.',
  'offline.downloading': 'Mengunduh {size}…',
  'offline.done': 'Selesai: {size} tersimpan. Kini pencarian dapat dipakai tanpa jaringan di peramban ini.',
  'offline.stopped': 'Unduhan terhenti: {error}. Coba lagi saat Anda daring.',
  'offline.notKept':
    'Gagal menyimpan untuk luring: {error}. Pencarian luring tidak akan berfungsi sampai penyimpanan berhasil.',
  'offline.retry': 'Coba lagi',
  'offline.filesFailed': { other: '{count} berkas tidak dapat disimpan: {files}' },

  'import.untitled': 'Tanpa judul ({file})',
} satisfies Messages;

/** Indonesian month and weekday names (Juli, Jumat), weeks from Monday. */
export const dateLocale = id;
