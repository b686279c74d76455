/**
 * Thai, as Thai news sites word it: "คลังข่าว" for the archive, "ออฟไลน์" and "ออนไลน์" as they are borrowed.
 * No plural forms: a noun stays the same after any number ("1 บทความ", "5 บทความ"), so every counted message
 * has `other` alone (Intl.PluralRules('th') has no other category). Thai separates clauses and sentences with a
 * space rather than a comma or a full stop. Dates as the papers print them ("วันศุกร์ที่ 14 กรกฎาคม 2566"), in
 * years of the Buddhist Era (2566 for 2023: src/lib/dates.ts, yearInEra, as date-fns does not count them); “ ”
 * quotes with ‘ ’ inside; weeks from Sunday: อา. จ. อ.
 */
import { th } from 'date-fns/locale/th';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd MMMM yyyy',
  // "วันศุกร์ที่ 14 กรกฎาคม 2566": the weekday after วัน (day), the number after ที่.
  'date.weekdayDay': "'วัน'EEEE'ที่' d MMMM yyyy",
  'date.month': 'MMMM yyyy',
  'date.year': '{year}',
  'date.dayMonth': '{day} {month}',
  'date.firstDaySuffix': '',
  // "14 กรกฎาคม 2566 เวลา 08:30 น. (UTC+07:00)": a time is read after เวลา and followed by น. (นาฬิกา).
  'date.dateTime': '{day} เวลา {time} น. ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // อา. จ. อ. พ. พฤ. ศ. ส., as Thai calendars head their columns.
  'date.weekdayHead': 'EEE',

  'shell.skip': 'ข้ามไปยังเนื้อหา',
  'shell.menu': 'เมนู',
  'shell.nav': 'คลังข่าว',
  'nav.home': 'ล่าสุด',
  'nav.archive': 'ตามวันที่',
  'nav.sections': 'หมวดหมู่',
  'nav.tags': 'แท็ก',
  'nav.authors': 'ผู้เขียน',
  'nav.sources': 'แหล่งที่มา',
  'shell.quickSearch': 'ค้นหาด่วน',
  'shell.searchLabel': 'ค้นหาในคลังข่าว',
  'shell.searchPlaceholder': 'ค้นหาบทความ',
  'shell.searchButton': 'ค้นหา',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'ดูตามวันที่',
  'footer.onThisDay': 'วันนี้ในอดีต',
  'footer.corrections': 'การแก้ไขข้อผิดพลาด',
  'footer.rss': 'ฟีด RSS',
  'footer.atom': 'ฟีด Atom',
  'footer.json': 'ฟีด JSON',
  'footer.sitemap': 'แผนผังเว็บไซต์',

  'list.breadcrumb': 'เส้นทางนำทาง',
  'list.home': 'หน้าแรก',
  'list.count': { other: '{count} บทความ' },
  'list.span': 'บทความตั้งแต่ {first} ถึง {last}',
  'list.titlePage': '{title} (หน้า {page})',
  'list.follow': 'ติดตาม {title}:',
  'list.by': 'โดย {names}',
  'list.description': '{articles}: {title}',
  'pager.label': 'หน้า',
  'pager.newer': '← ใหม่กว่า',
  'pager.older': 'เก่ากว่า →',
  'pager.page': 'หน้า {page}',

  'home.latest': 'ล่าสุด',
  'home.empty': 'คลังข่าวยังว่างอยู่ เพิ่มบทความ Markdown ลงใน {folder}',
  // Without ทั้งหมด (all), which would not fit a single article.
  'home.browseAll': { other: 'ดู {count} บทความตามวันที่ →' },

  'facet.sections': 'หมวดหมู่',
  'facet.tags': 'แท็ก',
  'facet.authors': 'ผู้เขียน',
  'facet.sources': 'แหล่งที่มา',
  'facet.sections.count': { other: '{count} หมวดหมู่' },
  'facet.tags.count': { other: '{count} แท็ก' },
  'facet.authors.count': { other: '{count} ผู้เขียน' },
  'facet.sources.count': { other: '{count} แหล่งที่มา' },
  'facet.inArchive': '{what} ในคลังข่าว',
  'facet.tags.title': 'แท็ก “{name}”',
  'facet.authors.title': 'โดย {name}',
  'facet.sources.title': 'จาก {name}',

  'archive.title': 'ดูตามวันที่',
  'archive.summary': { other: '{articles} ในช่วง {count} ปี' },
  'year.months': 'เดือนต่าง ๆ ในปี {year}',
  'year.none': 'ไม่มี',
  'year.others': 'ปีอื่น ๆ',
  'month.others': 'เดือนอื่น ๆ',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: วันที่มีบทความ',
  'calendar.articles': { other: ' บทความ' },

  'article.by': 'โดย {names}',
  'article.minutes': { other: 'อ่าน {count} นาที' },
  'article.updated': 'อัปเดต {date}',
  'article.source': 'เผยแพร่ครั้งแรกโดย {source}',
  // A space, not a comma: Thai separates the clauses with one.
  'article.retrieved': ' สืบค้นเมื่อ {date}',
  'article.tags': 'แท็ก',
  'article.moreInTime': 'บทความก่อนหน้าและถัดไป',
  'article.newer': 'ใหม่กว่า',
  'article.older': 'เก่ากว่า',
  'article.corrections': 'การแก้ไขและปรับปรุงข้อมูล',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (พิมพ์ครั้งที่ 17) บรรณานุกรม',
  'article.related': 'ข่าวที่เกี่ยวข้อง',
  'article.cite': 'อ้างอิงบทความนี้',
  'article.footnotes': 'เชิงอรรถ',
  'article.footnoteBack': 'กลับไปยังจุดอ้างอิง {reference}',
  'zim.searchHelp':
    'สำเนาคลังข่าวนี้เป็นไฟล์ ZIM ที่เปิดอ่านด้วย Kiwix ให้ใช้ระบบค้นหาของ Kiwix เอง ได้แก่ ช่องค้นหาที่ด้านบนของหน้าในเบราว์เซอร์ (kiwix-serve) หรือปุ่มค้นหาในแอป Kiwix บทความทุกเรื่องอยู่ในดัชนีของ Kiwix และค้นได้จากพาดหัว',
  'zim.browse': 'คุณยังสามารถดูบทความทั้งหมดได้ที่นี่:',

  'corrections.title': 'การแก้ไขข้อผิดพลาด',
  'corrections.heading': 'การแก้ไขและปรับปรุงข้อมูล',
  'corrections.description': 'การแก้ไขและปรับปรุงข้อมูลทั้งหมดของบทความในคลังข่าว',
  'corrections.none': 'ยังไม่มีบทความใดในคลังข่าวที่ได้รับการแก้ไข',
  'corrections.count': { other: 'การแก้ไข {count} รายการ เรียงจากล่าสุด' },

  'notFound.title': 'ไม่พบหน้าที่ต้องการ',
  'notFound.text': 'ไม่พบหน้าเว็บตามที่อยู่นี้ หน้านี้อาจถูกย้ายไปแล้ว หรือลิงก์อาจพิมพ์ผิด',
  'notFound.latest': 'บทความล่าสุด',
  'offlinePage.title': 'ไม่ได้บันทึกไว้ในอุปกรณ์นี้',
  'offlinePage.text':
    'ขณะนี้คุณออฟไลน์อยู่ และหน้านี้ไม่ได้บันทึกไว้ในเบราว์เซอร์นี้ หน้าที่คุณเปิดขณะออนไลน์จะถูกบันทึกไว้ และเมื่อบันทึกคลังข่าวไว้ใช้แบบออฟไลน์แล้ว ระบบค้นหาจะใช้งานได้โดยไม่ต้องเชื่อมต่อเครือข่าย',
  'offlinePage.fromIndex': 'เนื้อหาของบทความตามที่ดัชนีค้นหาเก็บไว้ (ไม่มีรูปภาพและการจัดหน้า):',

  'onThisDay.title': 'วันนี้ในอดีต',
  'onThisDay.description': 'บทความที่เผยแพร่ในวันเดียวกันนี้ของปีก่อน ๆ',
  'onThisDay.intro': 'บทความที่เผยแพร่ตรงกับวันที่ของวันนี้ในปีก่อน ๆ',
  'onThisDay.noscript':
    'หน้านี้ใช้เบราว์เซอร์ของคุณระบุวันที่ของวันนี้ จึงต้องใช้ JavaScript หากไม่มี JavaScript ให้ดูคลังข่าวตามวันที่แทน ทุกปีและทุกเดือนมีหน้าของตัวเอง ซึ่งแสดงบทความเรียงตามวัน',
  'onThisDay.none': 'ไม่มีบทความในคลังข่าวที่เผยแพร่ในวันที่ {day} ของปีก่อน ๆ',
  'onThisDay.some': { other: '{count} บทความที่เผยแพร่ในวันที่ {day} ของปีก่อน ๆ:' },
  'onThisDay.failed': 'ไม่สามารถโหลดรายการของวันนี้ได้ ({error}) โปรดดูคลังข่าวตามวันที่แทน',

  'search.title': 'ค้นหา',
  'search.description': 'ค้นหาบทความทั้งหมดในคลังข่าว',
  'search.heading': 'ค้นหาในคลังข่าว',
  'search.unavailable':
    'ระบบค้นหาทำงานในเบราว์เซอร์ของคุณ จึงต้องใช้ JavaScript และต้องเปิดคลังข่าวผ่านเว็บเซิร์ฟเวอร์ ไม่ใช่เปิดเป็นไฟล์ คุณยังสามารถดูบทความทั้งหมดตามวันที่หรือตามหมวดหมู่ได้',
  'search.devUnavailable':
    'ระบบค้นหาต้องใช้ดัชนีที่สร้างขึ้นตอน build ซึ่งเซิร์ฟเวอร์สำหรับพัฒนาไม่มี ให้รัน npm run build หนึ่งครั้ง (ดัชนีจะอยู่ใน dist/ และเซิร์ฟเวอร์สำหรับพัฒนาจะใช้ดัชนีนั้น) หรือรัน npm start เพื่อดูเว็บไซต์ที่ build แล้ว',
  'search.form': 'แบบฟอร์มค้นหาคลังข่าว',
  'search.words': 'คำที่ต้องการค้นหา',
  'search.narrow': 'กรองและเรียงผลลัพธ์',
  'search.narrowSet': { other: 'ใช้อยู่ {count} รายการ' },
  'search.section': 'หมวดหมู่',
  'search.anySection': 'ทุกหมวดหมู่',
  'search.author': 'ผู้เขียน',
  'search.anyAuthor': 'ผู้เขียนทุกคน',
  'search.tag': 'แท็ก',
  'search.anyTag': 'ทุกแท็ก',
  'search.year': 'ปี',
  'search.anyYear': 'ทุกปี',
  'search.source': 'แหล่งที่มา',
  'search.anySource': 'ทุกแหล่งที่มา',
  'search.order': 'เรียงตาม',
  'search.relevance': 'ตรงที่สุด',
  'search.newest': 'ใหม่สุดก่อน',
  'search.oldest': 'เก่าสุดก่อน',
  'search.results': 'ผลการค้นหา',
  'search.more': 'โหลดผลลัพธ์เพิ่มเติม',
  'search.prompt': 'พิมพ์คำเพื่อค้นหาบทความทั้งหมดในคลังข่าว',
  'search.searching': 'กำลังค้นหา…',
  'search.loading': 'กำลังโหลดดัชนีค้นหา…',
  'search.fileProtocol':
    'ไม่สามารถค้นหาจากไฟล์ในดิสก์ได้ เพราะเบราว์เซอร์ไม่ยอมโหลดดัชนีจากที่นั่น ให้เปิดโฟลเดอร์นี้ผ่านเว็บเซิร์ฟเวอร์ในเครื่อง (ดู README)',
  'search.failed': 'ไม่สามารถโหลดระบบค้นหาได้: {reason}',
  'search.none': 'ไม่พบผลลัพธ์',
  'search.noneFor': 'ไม่พบผลลัพธ์สำหรับ “{query}”',
  'search.noneFiltered': 'ไม่พบผลลัพธ์ตามตัวกรองนี้',
  'search.noneForFiltered': 'ไม่พบผลลัพธ์สำหรับ “{query}” ตามตัวกรองนี้',
  'search.count': { other: 'พบ {count} รายการ' },
  'search.countFor': { other: 'พบ {count} รายการสำหรับ “{query}”' },
  'search.countFiltered': { other: 'พบ {count} รายการตามตัวกรองนี้' },
  'search.countForFiltered': { other: 'พบ {count} รายการสำหรับ “{query}” ตามตัวกรองนี้' },
  'search.from': 'ตั้งแต่',
  'search.to': 'ถึง',
  'search.rangeHint': 'ปี เดือน หรือวัน',
  // Inside “ ”, as the articles nest quotes.
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    'ไม่เข้าใจวันที่เริ่มต้น “{text}” การค้นหาจึงไม่นำมาใช้ ให้ระบุเป็นปี เดือน หรือวัน เช่น 2541, 2541-06 หรือ 2541-06-15',
  'search.toUnreadable':
    'ไม่เข้าใจวันที่สิ้นสุด “{text}” การค้นหาจึงไม่นำมาใช้ ให้ระบุเป็นปี เดือน หรือวัน เช่น 2541, 2541-06 หรือ 2541-06-15',
  'search.backwardRange': 'วันที่ “ตั้งแต่” อยู่หลังวันที่ “ถึง” จึงไม่มีสิ่งใดอยู่ในช่วงนี้',
  'search.atLeast': { other: 'พบอย่างน้อย {count} รายการ (โหลดเพิ่มเพื่อค้นหาต่อ)' },
  'search.atLeastFor': { other: 'พบอย่างน้อย {count} รายการสำหรับ “{query}” (โหลดเพิ่มเพื่อค้นหาต่อ)' },
  'search.atLeastFiltered': { other: 'พบอย่างน้อย {count} รายการตามตัวกรองนี้ (โหลดเพิ่มเพื่อค้นหาต่อ)' },
  'search.atLeastForFiltered': {
    other: 'พบอย่างน้อย {count} รายการสำหรับ “{query}” ตามตัวกรองนี้ (โหลดเพิ่มเพื่อค้นหาต่อ)',
  },
  'search.phraseCheckedNewest': {
    other: 'ตรวจ {count} บทความล่าสุดที่มีคำเหล่านี้ เพื่อหาวลี “{query}” แบบตรงทุกคำแล้ว จนถึงตอนนี้พบ {found} รายการ',
  },
  'search.phraseCheckedOldest': {
    other: 'ตรวจ {count} บทความเก่าสุดที่มีคำเหล่านี้ เพื่อหาวลี “{query}” แบบตรงทุกคำแล้ว จนถึงตอนนี้พบ {found} รายการ',
  },
  'search.phraseCheckedRelevance': {
    other: 'ตรวจ {count} บทความที่มีคำเหล่านี้ โดยเริ่มจากที่ตรงที่สุด เพื่อหาวลี “{query}” แบบตรงทุกคำแล้ว จนถึงตอนนี้พบ {found} รายการ',
  },
  'search.checkOlder': 'ตรวจบทความที่เก่ากว่า',
  'search.checkNewer': 'ตรวจบทความที่ใหม่กว่า',
  'search.checkMore': 'ตรวจบทความเพิ่มเติม',
  'highlight.showing': 'กำลังไฮไลต์ “{words}”',
  'highlight.clear': 'ล้างไฮไลต์',
  'highlight.next': 'จุดที่พบถัดไป',
  'search.bytes': { other: '{count} ไบต์' },
  'offline.title': 'เก็บคลังข่าวนี้ไว้ใช้แบบออฟไลน์',
  'offline.keep': 'บันทึกไว้ใช้ออฟไลน์',
  'offline.progress': 'การดาวน์โหลดสำหรับออฟไลน์',
  'offline.size': {
    other: 'ดาวน์โหลดดัชนีค้นหาทั้งหมดและหน้านี้ ขนาด {size} จำนวน {count} ไฟล์ ส่วนบทความที่คุณเปิดจะถูกบันทึกไว้ขณะที่คุณอ่าน',
  },
  'offline.kept': 'ระบบค้นหาของคลังข่าวนี้บันทึกไว้ใช้แบบออฟไลน์ในเบราว์เซอร์นี้แล้ว',
  'offline.downloading': 'กำลังดาวน์โหลด {size}…',
  'offline.done': 'เสร็จสิ้น: บันทึกแล้ว {size} ตอนนี้ค้นหาได้โดยไม่ต้องเชื่อมต่อเครือข่ายในเบราว์เซอร์นี้',
  'offline.stopped': 'การดาวน์โหลดหยุดลง: {error} โปรดลองอีกครั้งเมื่อออนไลน์',
  'offline.notKept': 'บันทึกไว้ใช้ออฟไลน์ไม่สำเร็จ: {error} การค้นหาแบบออฟไลน์จะใช้ไม่ได้จนกว่าจะบันทึกสำเร็จ',
  'offline.retry': 'ลองอีกครั้ง',
  'offline.filesFailed': { other: 'บันทึกไม่ได้ {count} ไฟล์: {files}' },

  'import.untitled': 'ไม่มีชื่อเรื่อง ({file})',
} satisfies Messages;

/** Thai month and weekday names (กรกฎาคม, ศุกร์), weeks from Sunday (the years' era is yearInEra's). */
export const dateLocale = th;
