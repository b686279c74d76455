/**
 * The interface languages: one file per language in src/i18n/locales/
 * (`<code>.ts`, exporting `messages` and a date-fns `dateLocale`), found here
 * by file name, so adding a language is adding its file.
 */
import { languageEntry, type Language, type LocaleModule } from './find-language.ts';

export { textDirection } from './direction.ts';
export { ENGLISH, FALLBACK_MESSAGES, findLanguage, type Language } from './find-language.ts';

const files = import.meta.glob<LocaleModule>('./locales/*.ts', { eager: true });

/** Every language with a table, by code. */
export const LANGUAGES: ReadonlyMap<string, Language> = new Map(
  Object.entries(files).map(([path, module]) => languageEntry(path, module)),
);
