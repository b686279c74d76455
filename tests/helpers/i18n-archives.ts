/**
 * The archives in other languages the browser tests read (tests/fixtures/i18n/): what each is
 * expected to show, one page of every kind, and their builds, shared by the test files.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BuildResult } from './build.ts';
import { launchChromium } from './chromium.ts';
import { serve, type StaticServer } from './serve.ts';
import { sharedBuild } from './shared-build.ts';

interface Expected {
  article: string;
  /** The article's date as shown. */
  day: string;
  /** Day and month as on-this-day shows them on 12 May. */
  dayMonth: string;
  nav: string;
  searchButton: string;
  cite: string;
  minutes: string;
  /** Full name of the first weekday column of a month calendar. */
  firstWeekday: string;
  /** Sunday's full name. */
  sunday: string;
  dir: 'ltr' | 'rtl';
  /** A word of the article to search for, and a word of the result count in this language. */
  search: [word: string, countWord: string];
  /** A section's and an author's listing (slugs as the fixture's names make them). */
  facets: { sections: string; authors: string };
  /** A phrase of the article searched in straight quotes, and how the result count quotes it. */
  phrase: [typed: string, shown: string];
  /** A phrase of the article typed without its accents, and the words it marks on the article. */
  unaccented?: [typed: string, marked: string];
  /** An archive name too long for one line on a phone. */
  longTitle: string;
}

export const LANGUAGES: Record<'fr' | 'ja' | 'ar' | 'zh-TW', Expected> = {
  fr: {
    article: '2024/05/12/marche-du-port/',
    day: '12 mai 2024',
    dayMonth: '12 mai',
    nav: 'À la une',
    searchButton: 'Rechercher',
    cite: 'Citer cet article',
    minutes: '1 min de lecture',
    firstWeekday: 'lundi',
    sunday: 'dimanche',
    dir: 'ltr',
    search: ['halles', 'résultat'],
    facets: { sections: 'vie-locale', authors: 'lea-moreau' },
    phrase: ['"travée centrale"', '«\u202ftravée centrale\u202f»'],
    unaccented: ['"travee centrale"', 'travée centrale'],
    longTitle: 'Les Archives du Courrier de la Vallée de l’Ubaye',
  },
  ja: {
    article: '2024/05/12/minato-matsuri/',
    day: '2024年5月12日',
    dayMonth: '5月12日',
    nav: '最新',
    searchButton: '検索',
    cite: 'この記事を引用する',
    minutes: '1分で読めます',
    firstWeekday: '日曜日',
    sunday: '日曜日',
    dir: 'ltr',
    search: ['港まつり', '件'],
    facets: { sections: '地域', authors: '佐藤花子' },
    phrase: ['"花火大会"', '「花火大会」'],
    longTitle: '港町日報と湾岸地域新聞社が創刊以来七十年にわたり発行したすべての記事を収めたデジタルアーカイブ',
  },
  'zh-TW': {
    article: '2024/05/12/penghu-ferry/',
    day: '2024年5月12日',
    dayMonth: '5月12日',
    nav: '最新',
    searchButton: '搜尋',
    cite: '引用本文',
    minutes: '閱讀時間約1分鐘',
    // Taiwan's calendars start on Sunday.
    firstWeekday: '星期日',
    sunday: '星期日',
    dir: 'ltr',
    search: ['港口', '筆'],
    facets: { sections: '地方', authors: '王小明' },
    phrase: ['"雙體船"', '「雙體船」'],
    longTitle: '海港日報與離島地區新聞社自創刊以來七十年間發行的所有報導與照片的數位典藏資料庫',
  },
  ar: {
    article: '2024/05/12/souq-al-mina/',
    day: '12 مايو 2024',
    dayMonth: '12 مايو',
    nav: 'الأحدث',
    searchButton: 'بحث',
    cite: 'استشهد بهذا المقال',
    minutes: 'قراءة في دقيقة واحدة',
    firstWeekday: 'السبت',
    sunday: 'الأحد',
    dir: 'rtl',
    search: ['السوق', 'نتيج'],
    facets: { sections: 'محليات', authors: 'ليلى-حداد' },
    phrase: ['"طابور امتد"', '«طابور امتد»'],
    longTitle: 'أرشيف صحيفة الميناء ووادي النهر الكبير للأخبار المحلية والإقليمية',
  },
};

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

/** Builds each language's archive (once per test run, shared between files) and checks it built cleanly. */
export async function buildLanguageArchives(): Promise<Map<Language, BuildResult>> {
  const built = await Promise.all(
    LANGUAGE_CODES.map(async (lang) => {
      const site = await sharedBuild({
        content: `tests/fixtures/i18n/${lang}/articles`,
        env: { CLIPPINGS_SITE_FILE: `tests/fixtures/i18n/${lang}/site.json` },
      });
      return [lang, site] as const;
    }),
  );
  for (const [, site] of built) {
    expect(site.code, site.output).toBe(0);
    // Every key of the shipped tables is translated: no fallback warning.
    expect(site.output).not.toContain('[clippings:i18n]');
  }
  return new Map(built);
}

/** The language archives served on 127.0.0.1, and one Chromium to read them. */
export interface OpenArchives {
  browser: Browser;
  servers: Map<Language, StaticServer>;
  close(): Promise<void>;
}

/** Serves each built archive and launches Chromium; `close` stops them all. */
export async function openLanguageArchives(sites: Map<Language, BuildResult>): Promise<OpenArchives> {
  const browser = await launchChromium();
  const servers = new Map<Language, StaticServer>();
  for (const [lang, site] of sites) servers.set(lang, await serve(site.dist));
  return {
    browser,
    servers,
    async close() {
      await browser.close();
      for (const server of servers.values()) await server.stop();
    },
  };
}

/**
 * One page of every kind in a language's archive, as [kind, path under the site]. Tag and source
 * pages are the section and author pages' listing, and the tags index the sections index's
 * component: the English archive (reader.test.ts) loads those, so each language pays only for the
 * kinds whose template differs (their translated titles are checked in tests/unit/i18n.test.ts).
 */
export function pageKinds(lang: Language): [kind: string, path: string][] {
  const { facets } = LANGUAGES[lang];
  return [
    ['home', ''],
    ['article', LANGUAGES[lang].article],
    ['year', '2024/'],
    ['month calendar', '2024/05/'],
    ['by date', 'archive/'],
    ['section', `sections/${facets.sections}/`],
    ['sections index', 'sections/'],
    ['author', `authors/${facets.authors}/`],
    ['search', `search/?q=${encodeURIComponent(LANGUAGES[lang].search[0])}`],
    ['on this day', 'on-this-day/'],
    ['corrections', 'corrections/'],
    ['404', '404.html'],
  ];
}

/** On the search page, waits for the results or the count the query gives. */
export async function waitForSearch(page: Page, path: string): Promise<void> {
  if (path.startsWith('search/'))
    await page.waitForFunction(
      () =>
        document.querySelector('#search-results li') !== null ||
        /\d/.test(document.getElementById('search-status')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
}
