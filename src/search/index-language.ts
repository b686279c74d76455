/**
 * The language Pagefind files a page under. Pagefind keeps one index for
 * each `<html lang>` value it meets, and the search page opens every index
 * for each query: an archive imported from pages and feeds that declare
 * `en`, `en-GB`, `en-US` and `en-AU` made four English indexes, and a search
 * four times the requests. Pagefind stems and cuts words by the primary
 * subtag alone, so the pages it reads carry that: one index per language,
 * and one more for a script the language is not usually written in
 * (Punjabi in Shahmukhi, `pa-PK`: the search page matches the marks of a
 * script such as Gurmukhi as written, not those of Arabic's). The pages
 * themselves keep their full tag (screen readers, hyphenation).
 */
import { languageScript, primaryLanguage } from '../lib/language-tags.ts';

/** Scripts part of a usual one: Korean in Hangul (`ko-Hang`) is ordinary Korean, Japanese in kana ordinary Japanese. */
const PART_OF: Record<string, readonly string[]> = {
  Kore: ['Hang', 'Hani'],
  Jpan: ['Hira', 'Kana', 'Hrkt', 'Hani'],
  Hans: ['Hani'],
  Hant: ['Hani'],
};

/** Tag → index, once per tag: asking Intl for the scripts took 14 µs a page, 1.4 s at 100,000 articles. */
const indexes = new Map<string, string>();

/**
 * The index a page in `tag` goes to, lowercased as Pagefind names its indexes.
 * @example indexLanguage('en-GB') // 'en'
 * @example indexLanguage('pa-PK') // 'pa-arab'
 * @example indexLanguage('zh-TW') // 'zh-hant'
 * @example indexLanguage('ko-Hang') // 'ko'
 */
export function indexLanguage(tag: string): string {
  let index = indexes.get(tag);
  if (index === undefined) {
    const primary = primaryLanguage(tag);
    const script = languageScript(tag);
    const usual = languageScript(primary);
    const unusual = script && usual && script !== usual && !PART_OF[usual]?.includes(script);
    index = unusual ? `${primary}-${script.toLowerCase()}` : primary;
    indexes.set(tag, index);
  }
  return index;
}

const HTML_LANG = /^(\s*(?:<!doctype[^>]*>\s*)?<html\b[^>]*?\slang\s*=\s*)(["']?)([^"'\s>]+)\2/i;

/**
 * The page with its `<html lang>` as its index's (indexLanguage); the page
 * as it is when its tag has none.
 * @example withIndexLanguage('<html lang="en-GB" dir="ltr">') // '<html lang="en" dir="ltr">'
 */
export function withIndexLanguage(html: string): string {
  const match = HTML_LANG.exec(html);
  if (!match) return html;
  const [whole, before = '', quote = '', tag = ''] = match;
  const index = indexLanguage(tag);
  if (!index || index === tag) return html;
  return `${before}${quote}${index}${quote}${html.slice(whole.length)}`;
}

/**
 * The language a page's `<html lang>` declares, undefined when it declares none.
 * @example declaredLanguage('<html lang="fa" dir="rtl">') // 'fa'
 */
export function declaredLanguage(html: string): string | undefined {
  return HTML_LANG.exec(html)?.[3];
}
