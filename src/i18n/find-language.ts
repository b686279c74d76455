/**
 * Finding an interface language's table by its tag, apart from how the tables
 * are loaded: the build reads them through Vite's `import.meta.glob`
 * (languages.ts), Node scripts such as the importer from the folder
 * (node-languages.ts). No loading here, so both can use it.
 */
import type { Locale } from 'date-fns';
import { primaryLanguage, scriptAndRegion } from '../lib/language-tags.ts';
import { messages as english, dateLocale as englishDates, type MessageKey, type Messages } from './locales/en.ts';
import type { Message } from './translate.ts';

export interface Language {
  /** The file's name: `fr` for locales/fr.ts. */
  code: string;
  messages: Partial<Record<MessageKey, Message>>;
  dateLocale: Locale;
  /** The mark a byline sets between writers' names, where papers write one rather than the language's list ("홍길동·김철수"). */
  namesJoinedBy?: string;
  /** The digits of dates and counts, as Intl names numbering systems ('beng'), where papers print their own; else Latin. */
  digits?: string;
  /**
   * The calendar its readers count days in, as Intl names calendars ('persian'), where it is not the Christian one the
   * archive is filed by: an article's dateline and a day's heading give the day in it first, the Christian day after.
   */
  readersCalendar?: string;
}

/** What a file in locales/ exports. */
export interface LocaleModule {
  messages: Partial<Messages>;
  dateLocale: Locale;
  namesJoinedBy?: string;
  digits?: string;
  readersCalendar?: string;
}

export const ENGLISH: Language = { code: 'en', messages: english, dateLocale: englishDates };
export const FALLBACK_MESSAGES: Messages = english;

/**
 * A table keyed by its code, from a locale file's path (or name) and exports.
 * @example languageEntry('./locales/fr.ts', fr)[0] // 'fr'
 */
export function languageEntry(path: string, module: LocaleModule): [string, Language] {
  const code = path.replace(/^.*\/|\.ts$/g, '');
  const { messages, dateLocale, namesJoinedBy, digits, readersCalendar } = module;
  return [
    code.toLowerCase(),
    {
      code,
      messages,
      dateLocale,
      ...(namesJoinedBy ? { namesJoinedBy } : {}),
      ...(digits ? { digits } : {}),
      ...(readersCalendar ? { readersCalendar } : {}),
    },
  ];
}

/**
 * Tags whose text is written in another code's table, and in which script when the tag names none. `no`, Norwegian,
 * names the language that Bokmål and Nynorsk are written forms of; a page tagged `no` is written in Bokmål (nearly
 * every Norwegian site so tagged is), and CLDR's `no` data are Bokmål's. Nynorsk (`nn`) is not read as Bokmål: a
 * language close to one with a table gets English and the warning to add its own (as Slovak is not read as Czech).
 * Montenegrin (`cnr`) is read as Serbian in Latin letters, as Unicode's own aliases read it (`Intl.Locale('cnr')`
 * is Serbian in Montenegro, `sr-Latn-ME`): Montenegro's papers print Latin, and Serbian's months (jun, jul, avgust)
 * are Montenegrin's, where Bosnian's (juni, juli, august) are not; a page tagged `cnr-Cyrl` reads the Cyrillic table.
 * Dari (`prs`) is read as Persian in Afghanistan (`fa-AF`).
 */
const WRITTEN_AS: ReadonlyMap<string, { language: string; script?: string; region?: string }> = new Map([
  ['no', { language: 'nb' }],
  ['cnr', { language: 'sr', script: 'latn' }],
  // Dari (`prs`), the Persian of Afghanistan, as Unicode's aliases read it (`Intl.Locale('prs')` is `fa-AF`).
  ['prs', { language: 'fa', region: 'af' }],
]);

/**
 * A lower-cased tag in the code of the table its text is written in: `no-no` → `nb-no`, `cnr-me` → `sr-latn-me`,
 * `cnr-cyrl` → `sr-cyrl`, `prs` → `fa-af`; any other tag as it is.
 */
function writtenAs(tag: string): string {
  const language = primaryLanguage(tag);
  const as = WRITTEN_AS.get(language);
  if (!as) return tag;
  const rest = tag.slice(language.length);
  const namesScript = /^-[a-z]{4}(?:-|$)/.test(rest);
  const namesRegion = /^(?:-[a-z]{4})?-(?:[a-z]{2}|\d{3})(?:-|$)/.test(rest);
  return (
    as.language +
    (as.script && !namesScript ? `-${as.script}` : '') +
    (as.region && !namesRegion ? `-${as.region}` : '') +
    rest
  );
}

/**
 * The table for a language tag: the exact tag first (`pt-BR`), else the table
 * of its language that shares most with it, each tag's script being the one
 * it writes or else its likely one (Unicode's likely subtags): the same script
 * and region (`zh-Hant-HK` → `zh-HK`), else the same script (`zh-TW` and `zh-MO` →
 * `zh-Hant`, `zh` and `zh-SG` → `zh-Hans`: Chinese has a table for each
 * script), else any; between equals, the language's own table over a
 * region's (`pt-PT` → `pt`, `fr-CA` → `fr`). Serbian (`sr`, `sr-RS`) is Cyrillic and `sr-ME` Latin, as likely
 * subtags have them. Norwegian (`no`, `no-NO`) is read as Bokmål (`nb`), Montenegrin (`cnr`) as Latin Serbian
 * (`sr-Latn`). Undefined when the language has none.
 * @example findLanguage('fr-CA', LANGUAGES)?.code // 'fr'
 * @example findLanguage('zh-TW', LANGUAGES)?.code // 'zh-Hant'
 * @example findLanguage('no', LANGUAGES)?.code // 'nb'
 * @example findLanguage('sr-Latn-RS', LANGUAGES)?.code // 'sr-Latn'
 */
export function findLanguage(tag: string, languages: ReadonlyMap<string, Language>): Language | undefined {
  const lower = writtenAs(tag.trim().toLowerCase().replaceAll('_', '-'));
  const exact = languages.get(lower);
  if (exact) return exact;
  const language = primaryLanguage(lower);
  const wanted = scriptAndRegion(lower);
  let best: Language | undefined;
  let bestScore = -1;
  for (const [code, table] of languages) {
    if (primaryLanguage(code) !== language) continue;
    const have = scriptAndRegion(code);
    const sameScript = wanted?.script !== undefined && have?.script === wanted.script;
    const sameRegion = wanted?.region !== undefined && have?.region === wanted.region;
    // Script first, region second, and a table that names no region (`pt`, `zh-Hant`) before another region's.
    const score = (sameScript ? 4 : 0) + (sameScript && sameRegion ? 2 : 0) + (have?.region === undefined ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [table, score];
  }
  return best;
}
