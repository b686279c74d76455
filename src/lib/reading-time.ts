/**
 * How long an article takes to read, shown beside its dateline. The rates are
 * the silent-reading means of the IReST study (Trauzettel-Klosinski and Dietz,
 * 2012): 228 words a minute in English, and, for the languages written without
 * spaces, whose body count is of characters (countWords in
 * src/markdown/remark-lead.ts), 357 characters a minute in Japanese and 255 in Chinese.
 */
import { primaryLanguage } from './language-tags.ts';

/** Words a minute, and characters a minute where the count is of characters. */
const WORDS_PER_MINUTE = 230;
const CHARACTERS_PER_MINUTE: Readonly<Record<string, number>> = { ja: 357, zh: 255 };

/**
 * Reading time in whole minutes, at least one.
 * @param wordCount the body's count: words, each Chinese or Japanese character counted as one
 * @param lang the article's language tag
 * @example readingMinutes(690, 'en') // 3
 * @example readingMinutes(1070, 'ja') // 3
 */
export function readingMinutes(wordCount: number, lang = 'en'): number {
  const rate = CHARACTERS_PER_MINUTE[primaryLanguage(lang)] ?? WORDS_PER_MINUTE;
  return Math.max(1, Math.round(wordCount / rate));
}
