/**
 * The interface languages: one file per language in src/i18n/locales/
 * (`<code>.ts`, exporting `messages` and a date-fns `dateLocale`), found here
 * by file name, so adding a language is adding its file.
 */
import type { Locale } from 'date-fns';
import { messages as english, dateLocale as englishDates, type MessageKey, type Messages } from './locales/en.ts';
import type { Message } from './translate.ts';

export { textDirection } from './direction.ts';

export interface Language {
  /** The file's name: `fr` for locales/fr.ts. */
  code: string;
  messages: Partial<Record<MessageKey, Message>>;
  dateLocale: Locale;
}

const files = import.meta.glob<{ messages: Partial<Messages>; dateLocale: Locale }>('./locales/*.ts', { eager: true });

/** Every language with a table, by code. */
export const LANGUAGES: ReadonlyMap<string, Language> = new Map(
  Object.entries(files).map(([path, module]) => {
    const code = path.replace(/^.*\/|\.ts$/g, '');
    return [code.toLowerCase(), { code, messages: module.messages, dateLocale: module.dateLocale }];
  }),
);

export const ENGLISH: Language = { code: 'en', messages: english, dateLocale: englishDates };
export const FALLBACK_MESSAGES: Messages = english;

/**
 * The table for a language tag: the exact tag first (`pt-BR`), then its
 * language (`pt`); undefined when there is none.
 * @example findLanguage('fr-CA')?.code // 'fr'
 */
export function findLanguage(tag: string, languages: ReadonlyMap<string, Language> = LANGUAGES): Language | undefined {
  const lower = tag.toLowerCase();
  return languages.get(lower) ?? languages.get(lower.split('-')[0] ?? '');
}
