/**
 * Vietnamese, as Vietnamese news sites word it: "bài viết" for an article, "chuyên mục" for a section, "Tin liên
 * quan", "Ngày này năm xưa", "Đính chính", "ngoại tuyến" for offline, the reader addressed as "bạn", directions
 * with "hãy". No plural forms: a noun stays the same after any number ("1 bài viết", "5 bài viết"), so every counted
 * message has `other` alone (Intl.PluralRules('vi') has no other category). Dates in figures, day first, as
 * VnExpress prints them ("6/2/2023", "Thứ hai, 6/2/2023", "6/2/2023, 10:30 (GMT+07:00)"); a month alone as
 * "Tháng 2/2023", its name "Tháng 2"; on this day "ngày 6/2". Weeks from Monday, as Vietnamese calendars head their
 * columns: T2 T3 … CN. “ ” quotes with ‘ ’ inside. Every text in composed (NFC) letters, as keyboards send them.
 */
import { vi } from 'date-fns/locale/vi';
import type { Locale } from 'date-fns';
import type { Messages } from './en.ts';

export const messages = {
  // Latin letters of a pattern are date-fns's tokens: the words are quoted.
  'date.day': 'd/M/yyyy',
  // "Thứ hai, 6/2/2023".
  'date.weekdayDay': 'EEEE, d/M/yyyy',
  // "tháng 2/2023", which a month standing alone writes with its capital: "Tháng 2/2023".
  'date.month': "'tháng' M/yyyy",
  'date.year': '{year}',
  // "6/2", as the papers write a day of a month in a sentence ("ngày 6/2"): the month's number, not its name.
  'date.dayMonth': '{day}/{number}',
  'date.firstDaySuffix': '',
  // GMT, as Vietnamese papers name a zone ("(GMT+7)").
  'date.dateTime': '{day}, {time} ({zone})',
  'date.zone': 'GMT{offset}',
  'date.zoneZero': 'GMT',
  // T2 T3 T4 T5 T6 T7 CN, as Vietnamese calendars head their columns (date-fns's EEE is "Thứ 2").
  'date.weekdayHead': 'EEEEE',

  'shell.skip': 'Chuyển đến nội dung chính',
  'shell.menu': 'Menu',
  'shell.nav': 'Lưu trữ',
  'nav.home': 'Mới nhất',
  'nav.archive': 'Theo ngày',
  'nav.sections': 'Chuyên mục',
  'nav.tags': 'Thẻ',
  'nav.authors': 'Tác giả',
  'nav.sources': 'Nguồn',
  'shell.quickSearch': 'Tìm nhanh',
  'shell.searchLabel': 'Tìm trong kho lưu trữ',
  'shell.searchPlaceholder': 'Tìm bài viết',
  'shell.searchButton': 'Tìm kiếm',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Xem theo ngày',
  'footer.onThisDay': 'Ngày này năm xưa',
  'footer.corrections': 'Đính chính',
  'footer.rss': 'Kênh RSS',
  'footer.atom': 'Kênh Atom',
  'footer.json': 'Kênh JSON',
  'footer.sitemap': 'Sơ đồ trang',

  'list.breadcrumb': 'Đường dẫn trang',
  'list.home': 'Trang chủ',
  'list.count': { other: '{count} bài viết' },
  'list.span': 'Bài viết từ {first} đến {last}',
  'list.titlePage': '{title} (trang {page})',
  'list.follow': 'Theo dõi {title}:',
  'list.by': 'Tác giả: {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'Phân trang',
  'pager.newer': '← Mới hơn',
  'pager.older': 'Cũ hơn →',
  'pager.page': 'Trang {page}',

  'home.latest': 'Mới nhất',
  'home.empty': 'Kho lưu trữ đang trống: hãy thêm bài viết Markdown vào {folder}.',
  // Without "toàn bộ" (all), which would not fit a single article.
  'home.browseAll': { other: 'Xem {count} bài viết theo ngày →' },

  'facet.sections': 'Chuyên mục',
  'facet.tags': 'Thẻ',
  'facet.authors': 'Tác giả',
  'facet.sources': 'Nguồn',
  'facet.sections.count': { other: '{count} chuyên mục' },
  'facet.tags.count': { other: '{count} thẻ' },
  'facet.authors.count': { other: '{count} tác giả' },
  'facet.sources.count': { other: '{count} nguồn' },
  'facet.inArchive': '{what} trong kho lưu trữ',
  'facet.tags.title': 'Thẻ “{name}”',
  'facet.authors.title': 'Bài viết của {name}',
  'facet.sources.title': 'Bài viết từ {name}',

  'archive.title': 'Xem theo ngày',
  'archive.summary': { other: '{articles} trong {count} năm' },
  'year.months': 'Các tháng năm {year}',
  'year.none': 'không có',
  'year.others': 'Các năm khác',
  'month.others': 'Các tháng khác',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: những ngày có bài viết',
  'calendar.articles': { other: ' bài viết' },

  'article.by': 'Tác giả: {names}',
  'article.minutes': { other: '{count} phút đọc' },
  'article.updated': 'Cập nhật ngày {date}',
  'article.source': 'Đăng lần đầu trên {source}',
  'article.retrieved': ', truy cập ngày {date}',
  'article.tags': 'Thẻ',
  'article.moreInTime': 'Bài viết trước và sau',
  'article.newer': 'Mới hơn',
  'article.older': 'Cũ hơn',
  'article.corrections': 'Đính chính và cập nhật',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (ấn bản thứ 17), danh mục tài liệu tham khảo',
  'article.related': 'Tin liên quan',
  'article.cite': 'Trích dẫn bài viết này',
  'article.footnotes': 'Chú thích',
  'article.footnoteBack': 'Quay lại chỗ dẫn chú thích {reference}',
  'zim.searchHelp':
    'Bản sao kho lưu trữ này là một tệp ZIM, được đọc bằng Kiwix. Hãy tìm bằng chức năng tìm kiếm của chính Kiwix: ô tìm kiếm ở đầu trang trong trình duyệt (kiwix-serve), hoặc nút tìm kiếm của ứng dụng Kiwix. Mọi bài viết đều có trong chỉ mục của Kiwix, theo tiêu đề của bài.',
  'zim.browse': 'Bạn cũng có thể xem toàn bộ bài viết:',

  'corrections.title': 'Đính chính',
  'corrections.heading': 'Đính chính và cập nhật',
  'corrections.description': 'Mọi đính chính và cập nhật đối với các bài viết trong kho lưu trữ.',
  'corrections.none': 'Chưa có bài viết nào trong kho lưu trữ được đính chính.',
  'corrections.count': { other: '{count} đính chính, mới nhất xếp trước.' },

  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Không có trang nào ở địa chỉ này. Trang có thể đã được chuyển đi, hoặc đường dẫn bị gõ sai.',
  'notFound.latest': 'Bài viết mới nhất',
  'offlinePage.title': 'Chưa được lưu trên thiết bị này',
  'offlinePage.text':
    'Bạn đang ngoại tuyến và trang này chưa được lưu trong trình duyệt này. Những trang bạn mở khi có mạng sẽ được lưu lại, và khi kho lưu trữ đã được lưu để dùng ngoại tuyến, chức năng tìm kiếm sẽ hoạt động mà không cần mạng.',
  'offlinePage.fromIndex': 'Nội dung bài viết, như chỉ mục tìm kiếm lưu giữ (không có hình ảnh và bố cục):',

  'onThisDay.title': 'Ngày này năm xưa',
  'onThisDay.description': 'Những bài viết đăng vào ngày này trong các năm trước.',
  'onThisDay.intro': 'Những bài viết đăng vào đúng ngày hôm nay trong các năm trước.',
  'onThisDay.noscript':
    'Trang này lấy ngày hôm nay từ trình duyệt của bạn, việc này cần JavaScript. Nếu không có JavaScript, hãy xem kho lưu trữ theo ngày: mỗi năm và mỗi tháng đều có trang riêng, liệt kê bài viết theo từng ngày.',
  'onThisDay.none': 'Trong kho lưu trữ không có bài viết nào đăng vào ngày {day} của các năm trước.',
  'onThisDay.some': { other: '{count} bài viết đăng vào ngày {day} của các năm trước:' },
  'onThisDay.failed': 'Không tải được danh sách hôm nay ({error}). Thay vào đó, hãy xem kho lưu trữ theo ngày.',

  'search.title': 'Tìm kiếm',
  'search.description': 'Tìm trong mọi bài viết của kho lưu trữ.',
  'search.heading': 'Tìm trong kho lưu trữ',
  'search.unavailable':
    'Chức năng tìm kiếm chạy trong trình duyệt của bạn: cần có JavaScript, và kho lưu trữ phải được phục vụ qua một máy chủ web chứ không mở trực tiếp dưới dạng tệp. Bạn vẫn có thể xem mọi bài viết theo ngày hoặc theo chuyên mục.',
  'search.devUnavailable':
    'Chức năng tìm kiếm cần chỉ mục do bước build tạo ra, mà máy chủ phát triển không có. Hãy chạy npm run build một lần (chỉ mục nằm lại trong dist/ và máy chủ phát triển sẽ dùng nó), hoặc chạy npm start để xem trang đã build.',
  'search.form': 'Tìm kiếm trong kho lưu trữ',
  'search.words': 'Từ cần tìm',
  'search.narrow': 'Lọc và sắp xếp kết quả',
  'search.narrowSet': { other: '{count} đang dùng' },
  'search.section': 'Chuyên mục',
  'search.anySection': 'Mọi chuyên mục',
  'search.author': 'Tác giả',
  'search.anyAuthor': 'Mọi tác giả',
  'search.tag': 'Thẻ',
  'search.anyTag': 'Mọi thẻ',
  'search.year': 'Năm',
  'search.anyYear': 'Mọi năm',
  'search.source': 'Nguồn',
  'search.anySource': 'Mọi nguồn',
  'search.order': 'Sắp xếp',
  'search.relevance': 'Liên quan nhất',
  'search.newest': 'Mới nhất',
  'search.oldest': 'Cũ nhất',
  'search.results': 'Kết quả tìm kiếm',
  'search.more': 'Tải thêm kết quả',
  'search.prompt': 'Nhập từ cần tìm để tìm trong mọi bài viết của kho lưu trữ.',
  'search.searching': 'Đang tìm…',
  'search.loading': 'Đang tải chỉ mục tìm kiếm…',
  'search.fileProtocol':
    'Không thể tìm kiếm khi mở từ một tệp trên ổ đĩa: trình duyệt từ chối tải chỉ mục từ đó. Hãy phục vụ thư mục bằng một máy chủ web cục bộ (xem README).',
  'search.failed': 'Không tải được chức năng tìm kiếm: {reason}',
  'search.none': 'Không có kết quả.',
  'search.noneFor': 'Không có kết quả cho “{query}”.',
  'search.noneFiltered': 'Không có kết quả với các bộ lọc này.',
  'search.noneForFiltered': 'Không có kết quả cho “{query}” với các bộ lọc này.',
  'search.count': { other: '{count} kết quả' },
  'search.countFor': { other: '{count} kết quả cho “{query}”' },
  'search.countFiltered': { other: '{count} kết quả với các bộ lọc này' },
  'search.countForFiltered': { other: '{count} kết quả cho “{query}” với các bộ lọc này' },
  'search.from': 'Từ',
  'search.to': 'Đến',
  'search.rangeHint': 'năm, tháng hoặc ngày',
  // Inside “ ”, as the articles nest quotes.
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'Không hiểu được ngày bắt đầu “{text}”, nên tìm kiếm bỏ qua ngày này. Hãy viết một năm, một tháng hoặc một ngày: 1998, 1998-06 hoặc 1998-06-15.',
  'search.toUnreadable':
    'Không hiểu được ngày kết thúc “{text}”, nên tìm kiếm bỏ qua ngày này. Hãy viết một năm, một tháng hoặc một ngày: 1998, 1998-06 hoặc 1998-06-15.',
  'search.backwardRange': 'Ngày “Từ” nằm sau ngày “Đến”: không thể tìm thấy gì giữa hai ngày này.',
  'search.atLeast': { other: 'Ít nhất {count} kết quả (tải thêm để tìm tiếp)' },
  'search.atLeastFor': { other: 'Ít nhất {count} kết quả cho “{query}” (tải thêm để tìm tiếp)' },
  'search.atLeastFiltered': { other: 'Ít nhất {count} kết quả với các bộ lọc này (tải thêm để tìm tiếp)' },
  'search.atLeastForFiltered': {
    other: 'Ít nhất {count} kết quả cho “{query}” với các bộ lọc này (tải thêm để tìm tiếp)',
  },
  'search.phraseCheckedNewest': {
    other:
      'Đã kiểm tra {count} bài viết mới nhất có các từ này để tìm đúng cụm từ “{query}”: đến giờ tìm thấy {found}.',
  },
  'search.phraseCheckedOldest': {
    other: 'Đã kiểm tra {count} bài viết cũ nhất có các từ này để tìm đúng cụm từ “{query}”: đến giờ tìm thấy {found}.',
  },
  'search.phraseCheckedRelevance': {
    other:
      'Đã kiểm tra {count} bài viết có các từ này, liên quan nhất trước, để tìm đúng cụm từ “{query}”: đến giờ tìm thấy {found}.',
  },
  'search.checkOlder': 'Kiểm tra các bài cũ hơn',
  'search.checkNewer': 'Kiểm tra các bài mới hơn',
  'search.checkMore': 'Kiểm tra thêm bài viết',
  'highlight.showing': 'Đang tô sáng “{words}”.',
  'highlight.clear': 'Bỏ tô sáng',
  'highlight.next': 'Chỗ khớp tiếp theo',
  'search.bytes': { other: '{count} byte' },
  'offline.title': 'Giữ kho lưu trữ này để đọc ngoại tuyến',
  'offline.keep': 'Lưu để dùng ngoại tuyến',
  'offline.progress': 'Tải xuống để dùng ngoại tuyến',
  'offline.size': {
    other:
      'Tải xuống toàn bộ chỉ mục tìm kiếm và trang này: {size} trong {count} tệp. Những bài viết bạn mở sẽ được lưu lại khi bạn đọc.',
  },
  'offline.kept': 'Chức năng tìm kiếm của kho lưu trữ này đã được lưu để dùng ngoại tuyến trong trình duyệt này.',
  'offline.downloading': 'Đang tải xuống {size}…',
  'offline.done': 'Xong: đã lưu {size}. Giờ đây tìm kiếm hoạt động không cần mạng trong trình duyệt này.',
  'offline.stopped': 'Quá trình tải xuống đã dừng: {error}. Hãy thử lại khi có mạng.',
  'offline.notKept':
    'Chưa lưu được để dùng ngoại tuyến: {error}. Tìm kiếm ngoại tuyến sẽ không hoạt động cho đến khi việc này thành công.',
  'offline.retry': 'Thử lại',
  'offline.filesFailed': { other: 'Không lưu được {count} tệp: {files}' },

  'import.untitled': 'Không có tiêu đề ({file})',
} satisfies Messages;

/** Weekdays as VnExpress writes them, "Thứ hai" and "Chủ nhật" (date-fns: "Thứ Hai", "Chủ Nhật"), from Sunday. */
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'] as const;

/**
 * Vietnamese month and weekday names by number: a month is "tháng 2" in a sentence and "Tháng 2" alone, without
 * date-fns's "tháng 02" or its "Tháng Hai" (the papers write the number); weeks from Monday.
 */
export const dateLocale: Locale = {
  ...vi,
  localize: {
    ...vi.localize,
    month: (month, options) =>
      options?.width === 'wide' || options?.width === undefined
        ? `${options?.context === 'formatting' ? 'tháng' : 'Tháng'} ${month + 1}`
        : vi.localize.month(month, options),
    day: (day, options) =>
      options?.width === 'wide' || options?.width === undefined ? WEEKDAYS[day] : vi.localize.day(day, options),
  },
};
