/**
 * Which languages are written right to left, for `dir` attributes: a module
 * of its own so browser scripts can use it without the translation tables.
 */
import { primaryLanguage } from '../lib/language-tags.ts';

/** Languages written right to left (their primary subtags). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'prs', 'ur', 'yi', 'ps', 'pbt', 'pbu', 'sd', 'ug', 'ckb', 'dv']);

/**
 * The direction a language is written in, for `dir`.
 * @example textDirection('ar-EG') // 'rtl'
 */
export function textDirection(tag: string): 'rtl' | 'ltr' {
  const script = /-(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm)\b/i.test(tag);
  const latin = /-(Latn|Cyrl)\b/i.test(tag);
  if (script) return 'rtl';
  if (latin) return 'ltr';
  return RIGHT_TO_LEFT.has(primaryLanguage(tag)) ? 'rtl' : 'ltr';
}

/**
 * Text set apart from the direction around it, as `<bdi>` sets an element
 * apart, where only plain text can go (a search result's byline): an Arabic
 * name beside another in an English list keeps its place.
 * @example isolated('سارة') // '\u2068سارة\u2069'
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
