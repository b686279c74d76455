/** What every interface table must hold, checked the same way for each language (tests/unit/i18n-*.test.ts). */
import { expect } from 'vitest';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { messages as english } from '../../src/i18n/locales/en.ts';

/** The placeholders a message names, `{count}` aside, sorted. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map(([, name]) => name)
    .filter((name) => name !== 'count')
    .sort();

/**
 * Expects `code`'s table to hold every key of the English one, each message with the English message's
 * placeholders, and each plural in the forms `categories` names (sorted); a writer's label in one and other, as it
 * is chosen by 1 or 2 (one writer or several), never by a number shown.
 */
export function expectCompleteTable(code: string, categories: readonly string[]): void {
  const table = findLanguage(code, LANGUAGES)?.messages ?? {};
  for (const [key, message] of Object.entries(english)) {
    const own = table[key as keyof typeof english];
    expect(own, key).toBeDefined();
    const expected = placeholders(typeof message === 'string' ? message : message.other);
    const forms = typeof own === 'string' ? { other: own } : (own ?? { other: '' });
    for (const text of Object.values(forms)) expect(placeholders(text), key).toEqual(expected);
    const wanted = key === 'list.by' || key === 'article.by' ? ['one', 'other'] : [...categories];
    if (typeof own === 'object') expect(Object.keys(own).sort(), key).toEqual(wanted);
  }
}
