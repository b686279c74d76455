/**
 * Korean, as Korean news sites word it: "기사" for an article, "섹션", "아카이브", "바로잡습니다" (the papers'
 * corrections column), "본문 바로가기", and Naver's sort orders (관련도순, 최신순, 오래된순). No plural forms: a count
 * takes the counter its noun takes, after the number ("기사 5건", "태그 3개", "기자 2명", "출처 4곳"), so every counted
 * message has `other` alone (Intl.PluralRules('ko') has no other category). Dates as Korean papers print them, year
 * first with 년 월 일 and the weekday in brackets ("2024년 5월 20일 (월)"); weeks from Sunday, as Korean calendars
 * head their columns: 일 월 화. “ ” quotes with ‘ ’ inside; a placeholder is never followed by a particle that
 * would depend on its last syllable (을/를, 은/는).
 */
import { ko } from 'date-fns/locale/ko';
import type { Messages } from './en.ts';

export const messages = {
  // Hangul needs no quotes in a date-fns pattern, and must not have them after the year: src/lib/dates.ts quotes
  // the year as written ('2024'), and '2024''년' would print an apostrophe.
  'date.day': 'yyyy년 M월 d일',
  // "2024년 5월 20일 (월)": the weekday's one syllable, in brackets.
  'date.weekdayDay': 'yyyy년 M월 d일 (EEE)',
  'date.month': 'yyyy년 M월',
  'date.year': '{year}년',
  // The month's name is its number with 월: "5월 20일".
  'date.dayMonth': '{month} {day}일',
  'date.firstDaySuffix': '',
  'date.dateTime': '{day} {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // 일 월 화 수 목 금 토.
  'date.weekdayHead': 'EEE',

  'shell.skip': '본문 바로가기',
  'shell.menu': '메뉴',
  'shell.nav': '아카이브',
  'nav.home': '최신 기사',
  'nav.archive': '날짜별',
  'nav.sections': '섹션',
  'nav.tags': '태그',
  'nav.authors': '기자',
  'nav.sources': '출처',
  'shell.quickSearch': '빠른 검색',
  'shell.searchLabel': '아카이브 검색',
  'shell.searchPlaceholder': '기사 검색',
  'shell.searchButton': '검색',
  'footer.about': '{title}: {description}',
  'footer.byDate': '날짜별 보기',
  'footer.onThisDay': '과거의 오늘',
  'footer.corrections': '바로잡습니다',
  'footer.rss': 'RSS 피드',
  'footer.atom': 'Atom 피드',
  'footer.json': 'JSON 피드',
  'footer.sitemap': '사이트맵',

  'list.breadcrumb': '현재 위치',
  'list.home': '홈',
  'list.count': { other: '기사 {count}건' },
  'list.span': '{first}부터 {last}까지의 기사',
  'list.titlePage': '{title} ({page}페이지)',
  'list.follow': '{title} 구독:',
  // A byline as Korean papers print it: the name, then 기자 ("홍길동 기자").
  'list.by': '{names} 기자',
  'list.description': '{articles}: {title}',
  'pager.label': '페이지',
  'pager.newer': '← 최근 기사',
  'pager.older': '지난 기사 →',
  'pager.page': '{page}페이지',

  'home.latest': '최신 기사',
  'home.empty': '아카이브가 비어 있습니다. {folder} 폴더에 Markdown 기사를 추가하세요.',
  'home.browseAll': { other: '기사 {count}건 모두 날짜별로 보기 →' },

  'facet.sections': '섹션',
  'facet.tags': '태그',
  'facet.authors': '기자',
  'facet.sources': '출처',
  'facet.sections.count': { other: '섹션 {count}개' },
  'facet.tags.count': { other: '태그 {count}개' },
  'facet.authors.count': { other: '기자 {count}명' },
  'facet.sources.count': { other: '출처 {count}곳' },
  'facet.inArchive': '아카이브의 {what}',
  'facet.tags.title': '“{name}” 태그 기사',
  'facet.authors.title': '{name} 기자의 기사',
  'facet.sources.title': '출처: {name}',

  'archive.title': '날짜별 보기',
  'archive.summary': { other: '{count}년에 걸친 {articles}' },
  'year.months': '{year}년 월별 기사',
  'year.none': '없음',
  'year.others': '다른 연도',
  'month.others': '다른 달',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: 기사가 있는 날',
  // Read after the day's count: "14: 2건의 기사".
  'calendar.articles': { other: '건의 기사' },

  'article.by': '{names} 기자',
  'article.minutes': { other: '읽는 시간 {count}분' },
  // As a Korean article's time line reads: 입력 … / 수정 ….
  'article.updated': '수정 {date}',
  'article.source': '원문 출처: {source}',
  // When the clipping was collected, in brackets: "(2024년 5월 20일 수집)".
  'article.retrieved': ' ({date} 수집)',
  'article.tags': '태그',
  'article.moreInTime': '이전·다음 기사',
  'article.newer': '최근 기사',
  'article.older': '지난 기사',
  'article.corrections': '정정 및 수정 내역',
  'text.colon': ': ',
  'article.citeStyle': '시카고 양식(제17판), 참고문헌',
  'article.related': '관련 기사',
  'article.cite': '이 기사 인용하기',
  'article.footnotes': '각주',
  'article.footnoteBack': '본문의 {reference}번 각주 위치로 돌아가기',
  'zim.searchHelp':
    '이 아카이브 사본은 Kiwix로 읽는 ZIM 파일입니다. Kiwix의 자체 검색을 이용하세요. 브라우저(kiwix-serve)에서는 페이지 상단의 검색창을, Kiwix 앱에서는 검색 버튼을 쓰면 됩니다. 모든 기사가 제목으로 색인되어 있습니다.',
  'zim.browse': '모든 기사를 여기에서 둘러볼 수도 있습니다:',

  'corrections.title': '바로잡습니다',
  'corrections.heading': '정정 및 수정 내역',
  'corrections.description': '아카이브 기사의 모든 정정 및 수정 내역입니다.',
  'corrections.none': '아카이브에 정정된 기사가 없습니다.',
  'corrections.count': { other: '정정 {count}건, 최신순.' },

  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.text': '이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 링크 주소가 잘못되었을 수 있습니다.',
  'notFound.latest': '최신 기사',
  'offlinePage.title': '이 기기에 저장되지 않은 페이지',
  'offlinePage.text':
    '지금 오프라인 상태이며, 이 페이지는 이 브라우저에 저장되어 있지 않습니다. 온라인 상태에서 연 페이지는 저장되며, 아카이브를 오프라인용으로 저장하면 네트워크 없이도 검색할 수 있습니다.',
  'offlinePage.fromIndex': '검색 색인에 저장된 기사 본문(사진과 레이아웃 제외):',

  'onThisDay.title': '과거의 오늘',
  'onThisDay.description': '지난 여러 해의 같은 날짜에 게재된 기사.',
  'onThisDay.intro': '지난 여러 해의 오늘 날짜에 게재된 기사입니다.',
  'onThisDay.noscript':
    '이 페이지는 브라우저에서 오늘 날짜를 확인하므로 JavaScript가 필요합니다. JavaScript 없이도 날짜별로 아카이브를 둘러볼 수 있습니다. 연도와 월마다 페이지가 있고, 기사가 날짜순으로 정리되어 있습니다.',
  'onThisDay.none': '지난 여러 해의 {day}에 게재된 기사가 아카이브에 없습니다.',
  'onThisDay.some': { other: '지난 여러 해의 {day}에 게재된 기사 {count}건:' },
  'onThisDay.failed': '오늘의 기사 목록을 불러오지 못했습니다({error}). 대신 날짜별로 아카이브를 둘러보세요.',

  'search.title': '검색',
  'search.description': '아카이브의 모든 기사를 검색합니다.',
  'search.heading': '아카이브 검색',
  'search.unavailable':
    '검색은 브라우저에서 실행되므로 JavaScript가 필요하고, 아카이브를 파일로 열지 않고 웹 서버를 통해 제공해야 합니다. 날짜별이나 섹션별로 모든 기사를 둘러볼 수는 있습니다.',
  'search.devUnavailable':
    '검색에는 빌드 때 만들어지는 색인이 필요한데, 개발 서버에는 이 색인이 없습니다. npm run build를 한 번 실행하거나(색인은 dist/에 남고 개발 서버가 이를 사용합니다) npm start로 빌드된 사이트를 확인하세요.',
  'search.form': '아카이브 검색',
  'search.words': '검색어',
  'search.narrow': '검색 결과 필터 및 정렬',
  'search.narrowSet': { other: '{count}개 적용 중' },
  'search.section': '섹션',
  'search.anySection': '전체 섹션',
  'search.author': '기자',
  'search.anyAuthor': '전체 기자',
  'search.tag': '태그',
  'search.anyTag': '전체 태그',
  'search.year': '연도',
  'search.anyYear': '전체 연도',
  'search.source': '출처',
  'search.anySource': '전체 출처',
  'search.order': '정렬',
  'search.relevance': '관련도순',
  'search.newest': '최신순',
  'search.oldest': '오래된순',
  'search.results': '검색 결과',
  'search.more': '검색 결과 더 보기',
  'search.prompt': '검색어를 입력해 아카이브의 모든 기사를 검색하세요.',
  'search.searching': '검색 중…',
  'search.loading': '검색 색인을 불러오는 중…',
  'search.fileProtocol':
    '디스크의 파일에서는 검색할 수 없습니다. 브라우저가 그 위치에서 검색 색인을 불러오지 않기 때문입니다. 로컬 웹 서버로 이 폴더를 제공하세요(README 참고).',
  'search.failed': '검색을 불러오지 못했습니다: {reason}',
  'search.none': '검색 결과가 없습니다.',
  'search.noneFor': '“{query}” 검색 결과가 없습니다.',
  'search.noneFiltered': '이 필터 조건에 맞는 검색 결과가 없습니다.',
  'search.noneForFiltered': '이 필터 조건에서 “{query}” 검색 결과가 없습니다.',
  'search.count': { other: '검색 결과 {count}건' },
  'search.countFor': { other: '“{query}” 검색 결과 {count}건' },
  'search.countFiltered': { other: '필터 적용 검색 결과 {count}건' },
  'search.countForFiltered': { other: '필터 적용 “{query}” 검색 결과 {count}건' },
  'search.from': '시작일',
  'search.to': '종료일',
  'search.rangeHint': '연도, 월 또는 일',
  'search.quotedPhrase': '‘{phrase}’',
  'search.fromUnreadable':
    '입력한 시작일 “{text}”: 날짜로 인식할 수 없어 검색에서 제외했습니다. 연도, 월, 일 중 하나로 입력하세요(예: 1998, 1998-06, 1998-06-15).',
  'search.toUnreadable':
    '입력한 종료일 “{text}”: 날짜로 인식할 수 없어 검색에서 제외했습니다. 연도, 월, 일 중 하나로 입력하세요(예: 1998, 1998-06, 1998-06-15).',
  'search.backwardRange': '시작일이 종료일보다 늦습니다. 이 기간에는 찾을 수 있는 기사가 없습니다.',
  'search.atLeast': { other: '검색 결과 {count}건 이상(더 불러오면 계속 검색합니다)' },
  'search.atLeastFor': { other: '“{query}” 검색 결과 {count}건 이상(더 불러오면 계속 검색합니다)' },
  'search.atLeastFiltered': { other: '필터 적용 검색 결과 {count}건 이상(더 불러오면 계속 검색합니다)' },
  'search.atLeastForFiltered': {
    other: '필터 적용 “{query}” 검색 결과 {count}건 이상(더 불러오면 계속 검색합니다)',
  },
  'search.phraseCheckedNewest': {
    other:
      '정확한 구문 “{query}” 검색: 이 단어들이 들어간 최신 기사 {count}건을 확인했으며, 지금까지 {found}건을 찾았습니다.',
  },
  'search.phraseCheckedOldest': {
    other:
      '정확한 구문 “{query}” 검색: 이 단어들이 들어간 가장 오래된 기사 {count}건을 확인했으며, 지금까지 {found}건을 찾았습니다.',
  },
  'search.phraseCheckedRelevance': {
    other:
      '정확한 구문 “{query}” 검색: 이 단어들이 들어간 기사 {count}건을 관련도순으로 확인했으며, 지금까지 {found}건을 찾았습니다.',
  },
  'search.checkOlder': '지난 기사 더 확인하기',
  'search.checkNewer': '최근 기사 더 확인하기',
  'search.checkMore': '기사 더 확인하기',
  'highlight.showing': '“{words}” 강조 표시 중',
  'highlight.clear': '강조 표시 해제',
  'highlight.next': '다음 일치 항목',
  'search.bytes': { other: '{count}바이트' },
  'offline.title': '이 아카이브를 오프라인용으로 저장',
  'offline.keep': '오프라인 저장',
  'offline.progress': '오프라인용 다운로드',
  'offline.size': {
    other: '전체 검색 색인과 이 페이지를 다운로드합니다: 파일 {count}개, {size}. 여는 기사는 읽는 동안 저장됩니다.',
  },
  'offline.kept': '이 아카이브의 검색 기능이 이 브라우저에 오프라인용으로 저장되어 있습니다.',
  'offline.downloading': '{size} 다운로드 중…',
  'offline.done': '완료: {size} 저장됨. 이제 이 브라우저에서 네트워크 없이 검색할 수 있습니다.',
  'offline.stopped': '다운로드가 중단되었습니다: {error}. 온라인 상태에서 다시 시도하세요.',
  'offline.notKept': '오프라인 저장 실패: {error}. 저장에 성공할 때까지 오프라인 검색을 사용할 수 없습니다.',
  'offline.retry': '다시 시도',
  'offline.filesFailed': { other: '파일 {count}개를 저장하지 못했습니다: {files}' },

  'import.untitled': '제목 없음 ({file})',
} satisfies Messages;

/** Korean month and weekday names (5월, 월요일), weeks from Sunday. */
export const dateLocale = ko;

/** Writers' names as Korean papers join them in a byline, "홍길동·김철수 기자", not with 및 ("and"), a list's word. */
export const namesJoinedBy = '·';
