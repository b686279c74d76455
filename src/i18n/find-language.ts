/**
 * Finding an interface language's table by its tag, apart from how the tables
 * are loaded: the build reads them through Vite's `import.meta.glob`
 * (languages.ts), Node scripts such as the importer from the folder
 * (node-languages.ts). No loading here, so both can use it.
 */
import type { Locale } from 'date-fns';
import { languageScript, primaryLanguage } from '../lib/language-tags.ts';
import { messages as english, dateLocale as englishDates, type MessageKey, type Messages } from './locales/en.ts';
import type { Message } from './translate.ts';

export interface Language {
  /** The file's name: `fr` for locales/fr.ts. */
  code: string;
  messages: Partial<Record<MessageKey, Message>>;
  dateLocale: Locale;
}

/** What a file in locales/ exports. */
export interface LocaleModule {
  messages: Partial<Messages>;
  dateLocale: Locale;
}

export const ENGLISH: Language = { code: 'en', messages: english, dateLocale: englishDates };
export const FALLBACK_MESSAGES: Messages = english;

/**
 * A table keyed by its code, from a locale file's path (or name) and exports.
 * @example languageEntry('./locales/fr.ts', fr)[0] // 'fr'
 */
export function languageEntry(path: string, module: LocaleModule): [string, Language] {
  const code = path.replace(/^.*\/|\.ts$/g, '');
  return [code.toLowerCase(), { code, messages: module.messages, dateLocale: module.dateLocale }];
}

/**
 * The table for a language tag: the exact tag first (`pt-BR`), then its
 * language in its script, written or implied by its region (`zh-TW` and
 * `zh-Hant-HK` → `zh-Hant`, `zh` and `zh-SG` → `zh-Hans`: Chinese has a table
 * for each script), then its language (`pt`); undefined when there is none.
 * @example findLanguage('fr-CA', LANGUAGES)?.code // 'fr'
 * @example findLanguage('zh-TW', LANGUAGES)?.code // 'zh-Hant'
 */
export function findLanguage(tag: string, languages: ReadonlyMap<string, Language>): Language | undefined {
  const lower = tag.trim().toLowerCase().replaceAll('_', '-');
  const language = primaryLanguage(lower);
  const script = languageScript(lower);
  return (
    languages.get(lower) ??
    (script === undefined ? undefined : languages.get(`${language}-${script.toLowerCase()}`)) ??
    languages.get(language)
  );
}
