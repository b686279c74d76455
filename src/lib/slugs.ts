/**
 * Slugs: the readable, URL-safe names of articles, sections, tags, authors and sources.
 */

/**
 * Lower-cases and hyphenates text, keeping letters and digits of any script
 * (so Japanese or Arabic names keep a readable URL) and dropping everything
 * else: punctuation, emoji, path separators.
 * @example slugify('Harbour dredging: 2 years late!') // 'harbour-dredging-2-years-late'
 * @example slugify('Élections municipales') // 'elections-municipales'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1') // accents off Latin letters only (kana keep their marks)
    .toLowerCase()
    .replace(/['’]/g, '') // "council's" → "councils", not "council-s"
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC');
}

/** Whether an author-given slug is already in canonical form (no spaces, case, slashes or dots). */
export function isCanonicalSlug(slug: string): boolean {
  return slug.length > 0 && slugify(slug) === slug;
}

/**
 * The slug of an article file: its name without extension, slugified.
 * @example slugFromFileName('2024/03/Harbour News.md') // 'harbour-news'
 */
export function slugFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return slugify(name.replace(/\.[^.]+$/, ''));
}
