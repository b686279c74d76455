/**
 * The language Pagefind files a page under. Pagefind keeps one index for
 * each `<html lang>` value it meets, and the search page opens every index
 * for each query: an archive imported from pages and feeds that declare
 * `en`, `en-GB`, `en-US` and `en-AU` made four English indexes, and a search
 * four times the requests. Pagefind stems and cuts words by the primary
 * subtag alone, so the pages it reads carry that: one index per language.
 * The pages themselves keep their full tag (screen readers, hyphenation).
 */
import { primaryLanguage } from '../lib/language-tags.ts';

const HTML_LANG = /^(\s*(?:<!doctype[^>]*>\s*)?<html\b[^>]*?\slang\s*=\s*)(["']?)([^"'\s>]+)\2/i;

/**
 * The page with its `<html lang>` cut to the primary subtag, lowercased as
 * Pagefind names its indexes; the page as it is when its tag has none.
 * @example withIndexLanguage('<html lang="en-GB" dir="ltr">') // '<html lang="en" dir="ltr">'
 * @example withIndexLanguage('<html lang="zh-Hant-TW">') // '<html lang="zh">'
 */
export function withIndexLanguage(html: string): string {
  const match = HTML_LANG.exec(html);
  if (!match) return html;
  const [whole, before = '', quote = '', tag = ''] = match;
  const primary = primaryLanguage(tag);
  if (!primary || primary === tag) return html;
  return `${before}${quote}${primary}${quote}${html.slice(whole.length)}`;
}
