/**
 * The interface languages for Node scripts (the importer): the same files as
 * languages.ts, read from the folder, since `import.meta.glob` exists only in
 * Vite. Not for pages or the browser: it reads the disk.
 */
import { readdir } from 'node:fs/promises';
import { FALLBACK_MESSAGES, findLanguage, languageEntry, type Language, type LocaleModule } from './find-language.ts';
import type { MessageKey } from './locales/en.ts';
import { createTranslator, type Translate } from './translate.ts';

/** Every table in src/i18n/locales/, by code. */
export async function loadLanguages(): Promise<Map<string, Language>> {
  const folder = new URL('./locales/', import.meta.url);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.ts'));
  const modules = await Promise.all(
    names.map(async (name) => languageEntry(name, (await import(new URL(name, folder).href)) as LocaleModule)),
  );
  return new Map(modules);
}

/**
 * Interface text in a language's words; English for a tag without a table,
 * or for none.
 * @example translatorFor('ar-EG', await loadLanguages())('import.untitled', { file: 'a.txt' }) // 'بلا عنوان (a.txt)'
 */
export function translatorFor(
  tag: string | undefined,
  languages: ReadonlyMap<string, Language>,
): Translate<MessageKey> {
  const language = tag === undefined ? undefined : findLanguage(tag, languages);
  return createTranslator<MessageKey>({
    lang: language?.code ?? 'en',
    table: language?.messages ?? FALLBACK_MESSAGES,
    fallback: FALLBACK_MESSAGES,
  });
}
