/**
 * What an article's search record holds, named once: the filters, the sort
 * key and the meta fields that SearchRecord.astro writes, the search page
 * offers and the client reads back, and the values computed outside the
 * template so they can be tested.
 */
import type { Archive } from '../lib/archive.ts';
import type { ArticleDate } from '../lib/dates.ts';
import type { Facet } from '../lib/urls.ts';
import { hasLigature, spellLigatures } from '../lib/ligatures.ts';
import { hasIndicJoiner, joinSplitLetters } from '../lib/split-letters.ts';
import { primaryLanguage } from '../lib/language-tags.ts';
import { UNSPACED } from '../lib/word-characters.ts';

/** The filters every article carries, in the order the search page offers them. */
export const FILTER_KEYS = ['section', 'author', 'tag', 'year', 'source'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The facet whose names each filter lists; the year filter lists the archive's years. */
const FILTER_FACETS: Record<FilterKey, Facet | 'years'> = {
  section: 'sections',
  author: 'authors',
  tag: 'tags',
  year: 'years',
  source: 'sources',
};

/**
 * The filters the search page shows: those with a value in some article. An
 * archive without sources (or tags, or bylines) has nothing to choose there.
 * @example shownFilters(archiveWithoutSources) // ['section', 'author', 'tag', 'year']
 */
export function shownFilters(archive: Pick<Archive, 'facets' | 'years'>): FilterKey[] {
  return FILTER_KEYS.filter((key) => {
    const facet = FILTER_FACETS[key];
    return (facet === 'years' ? archive.years : archive.facets[facet]).size > 0;
  });
}

/**
 * Filters for date ranges, not offered as lists: a range `?from=1998&to=2003-06`
 * becomes "any of these years, months or days" (src/search/date-range.ts), as
 * Pagefind 1.6 filters match whole values and know no ranges.
 */
export const DATE_FILTERS = { year: 'year', month: 'month', day: 'day' } as const;

/** The one sort key (`data-pagefind-sort`): a page without it drops out of sorted results. */
export const SORT_KEY = 'date';

/** Result metadata (`data-pagefind-meta`) by what it holds. */
export const META = {
  title: 'title',
  /** The dateline as readers see it. */
  date: 'date',
  /** The article's language, so an excerpt shows in its own direction. */
  lang: 'lang',
  section: 'section',
  /** The byline as readers see it ("By A and B"). */
  byline: 'byline',
  /** The writers' names alone (authorsMeta): what a search for a name finds. */
  authors: 'authors',
  image: 'image',
  imageAlt: 'image_alt',
  /** The sort key again, to merge date-sorted results across language indexes. */
  dateKey: 'date_key',
} as const;
export type MetaKey = (typeof META)[keyof typeof META];

/**
 * The meta fields a query may match: the headline (also the page's h1, so
 * Pagefind knows where its words stand) and the writers' names. Pagefind (1.5
 * and later) indexes the words of every meta field and returns a page whose
 * meta alone holds the query: "March", "UTC" or "en" would find every article
 * dated in March, given a time or written in English, and a section's name
 * (地方, "Local") every article filed under it: sections, like tags, are for
 * the filters. The other fields are written as one word nobody types
 * (concealedMeta), and always written, so Pagefind never fills the picture
 * fields from the body's first picture with words it would search.
 */
export const SEARCHED_META: readonly MetaKey[] = [META.title, META.authors];

/**
 * Starts a concealed value. A lowercase letter (Pagefind keeps the value one
 * word, without parts) that no language writes alone and no decomposition
 * folds to a Latin letter: no query, nor a prefix typed as one, reaches it.
 */
const CONCEALED = 'ʘ';
const CONCEALED_VALUE = /^ʘ((?:[0-9a-f]{2})*)$/;

/**
 * A meta value as SearchRecord.astro writes it: the searched fields as they
 * are, the others as one word (their UTF-8 bytes in hex after CONCEALED)
 * that metaValue reads back.
 * @example concealedMeta('lang', 'en') // 'ʘ656e'
 */
export function concealedMeta(key: MetaKey, value: string): string {
  if (SEARCHED_META.includes(key)) return value;
  let hex = CONCEALED;
  for (const byte of new TextEncoder().encode(value)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * A result's meta value as written: concealed fields read back, the searched
 * ones and any not concealed (an index built before) as they are.
 * @example metaValue({ lang: 'ʘ656e' }, 'lang') // 'en'
 */
export function metaValue(meta: Readonly<Record<string, string | undefined>> | undefined, key: MetaKey): string {
  const value = meta?.[key] ?? '';
  const hex = SEARCHED_META.includes(key) ? undefined : CONCEALED_VALUE.exec(value)?.[1];
  if (hex === undefined) return value;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return new TextDecoder().decode(bytes);
}

/**
 * Between two writers' names in the authors field. Pagefind turns line breaks
 * into spaces; a mark that is no word keeps the names apart, so a quoted
 * phrase never runs from one name into the next.
 */
const BETWEEN_NAMES = ' ‖ ';

/**
 * Languages whose queries Pagefind's search cuts into words (Intl.Segmenter)
 * before looking them up (`needsWordSegmentation` in Pagefind 1.6's
 * coupled_search.ts). It cuts meta values only at spaces.
 */
const QUERIES_SEGMENTED = new Set(['zh', 'ja', 'th']);

const segmenters = new Map<string, Intl.Segmenter | undefined>();
/** The word segmenter a query in `lang` is cut with, if it is cut. */
function nameSegmenter(lang: string): Intl.Segmenter | undefined {
  if (!segmenters.has(lang))
    segmenters.set(
      lang,
      // The primary subtag, as Pagefind's search gives it: Intl refuses some tags articles may carry (ja-JP-JP).
      QUERIES_SEGMENTED.has(primaryLanguage(lang))
        ? new Intl.Segmenter(primaryLanguage(lang), { granularity: 'word' })
        : undefined,
    );
  return segmenters.get(lang);
}

/**
 * The authors field: the names, kept apart. In a language whose queries are
 * cut into words, a name written without spaces is written cut as the query
 * will be (佐藤花子 is looked up as 佐藤 and 花子, and the name whole, one
 * word to Pagefind's index, would begin with neither).
 * @example authorsMeta(['Mara Quill', 'Tobias Wren'], 'en') // 'Mara Quill ‖ Tobias Wren'
 * @example authorsMeta(['佐藤花子'], 'ja') // '佐藤 花子'
 * @example authorsMeta(['François Delcœur'], 'fr') // 'François Delcœur ‖ François Delcoeur'
 * @example authorsMeta(['র\u200D্যাচেল দত্ত'], 'bn') // 'র\u200D্যাচেল দত্ত ‖ র্যাচেল দত্ত'
 */
export function authorsMeta(names: readonly string[], lang: string): string {
  const segmenter = nameSegmenter(lang);
  const cut = (name: string) =>
    segmenter && UNSPACED.test(name)
      ? Array.from(segmenter.segment(name), ({ segment }) => segment)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
      : name;
  // A name holding the separator itself would read back as two: its mark becomes a space, as a word break.
  // A name written with a ligature is written spelled out beside it, so that "Delcoeur" finds Delcœur's articles.
  return (
    names
      .map((name) => cut(name.replaceAll(BETWEEN_NAMES.trim(), ' ').replace(/\s+/g, ' ').trim()))
      .flatMap((name) => (hasLigature(name) ? [name, spellLigatures(name)] : [name]))
      // And without a joiner inside a word of the scripts of India, as queries are asked (src/lib/split-letters.ts).
      .flatMap((name) => (hasIndicJoiner(name) ? [name, joinSplitLetters(name)] : [name]))
      .join(BETWEEN_NAMES)
  );
}

/**
 * What a reader may have searched for in a result's meta: the headline and
 * each writer's name, apart.
 * @example searchedMeta({ title: 'Ferry back', authors: 'Mara Quill ‖ Tobias Wren' }) // ['Ferry back', 'Mara Quill', 'Tobias Wren']
 */
export function searchedMeta(meta: Readonly<Record<string, string | undefined>> | undefined): string[] {
  return [metaValue(meta, META.title), ...metaValue(meta, META.authors).split(BETWEEN_NAMES.trim())]
    .map((text) => text.trim())
    .filter(Boolean);
}

/**
 * The date sort key: the article's instant as a UTC ISO string, so plain string
 * order is time order (Pagefind sorts non-numeric keys as strings), and two
 * articles of one day keep their times apart.
 * @example searchSortKey(parseArticleDate('2021-11-03T18:45:00-05:00')!) // '2021-11-03T23:45:00.000Z'
 */
export function searchSortKey(date: ArticleDate): string {
  return new Date(date.timestamp).toISOString();
}
