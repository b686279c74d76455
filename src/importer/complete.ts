/**
 * From what a reader found to the frontmatter of an article file: the input's
 * own metadata first, command-line options for what it lacks, names cleaned so
 * the schema accepts them, and, for drafts, placeholders for required fields
 * that are still missing (listed, so an editor knows what to fill in).
 */
import { createHash } from 'node:crypto';
import { translatorFor } from '../i18n/node-languages.ts';
import { primaryLanguage } from '../lib/language-tags.ts';
import { MAX_LIST_ENTRIES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, segmentProblem } from '../lib/limits.ts';
import { persianLetters } from '../lib/persian-letters.ts';
import { facetSlug } from '../lib/slugs.ts';
import { dekRepeatsBody } from './compare-text.ts';
import type { FoundArticle, MetadataOptions } from './types.ts';

/** A required field nobody supplied, and the option that supplies it. */
export interface Gap {
  field: 'title' | 'date' | 'section';
  option: string;
}

/** Frontmatter ready to serialise, in the order an editor reads it. */
export type Frontmatter = Record<string, unknown>;

/** How to complete articles. */
export interface CompleteSettings {
  /** Write drafts: missing fields get placeholders instead of failing. */
  draft: boolean;
  /** The day of the run (`YYYY-MM-DD`), the placeholder for a missing date. */
  today: string;
  /**
   * The placeholder headline of a draft, named after its input file, in the
   * article's language (`lang`, when it gives one) or else the archive's.
   * Default: the English interface text.
   */
  untitled?: (file: string, lang: string | undefined) => string;
}

const english = translatorFor(undefined, new Map());
const englishUntitled = (file: string) => english('import.untitled', { file });

/** A completed article, or the gaps that stop it. */
export type Completed = { ok: true; frontmatter: Frontmatter; gaps: Gap[] } | { ok: false; gaps: Gap[] };

/** The section drafts get when none is known. */
export const PLACEHOLDER_SECTION = 'Unsorted';

/**
 * Completes one article. Values found in the input win over options, which
 * fill gaps, except for the archive's own filing: `--section` files every
 * input where the person importing chose (a publisher's "New York" desk is
 * not a section of their archive), unless only asked to file what declares
 * none (`--fallback-section`), and `--tags` are added to the tags an input
 * declares, not dropped for them.
 * @example completeArticle({ origin: 'a.txt', fields: {}, body: 'Hi\n', text: 'Hi' }, { title: 'T', date: '2024-01-02', section: 'World' }, { draft: false, today: '2024-05-01' })
 * // { ok: true, frontmatter: { title: 'T', date: '2024-01-02', section: 'World', contentHash: 'sha256-…' }, gaps: [] }
 */
export function completeArticle(found: FoundArticle, options: MetadataOptions, settings: CompleteSettings): Completed {
  const fields = found.fields;
  const title = clean(fields.title) ?? clean(options.title);
  const date = fields.date ?? options.date;
  // A section or source name the page carried is left out when no article could keep it (a 279-letter "section").
  const section =
    sluggable(options.section) ?? foundNames(list(fields.section))[0] ?? sluggable(options.fallbackSection);
  const lang = fields.lang ?? options.lang;
  const gaps: Gap[] = [];
  if (!title) gaps.push({ field: 'title', option: '--title' });
  if (!date) gaps.push({ field: 'date', option: '--date' });
  // The option that keeps what other inputs declare: --section would file them all where this one goes.
  if (!section) gaps.push({ field: 'section', option: '--fallback-section' });
  if (gaps.length > 0 && !settings.draft) return { ok: false, gaps };

  const url = fields.source?.url ?? options.sourceUrl;
  const sourceName =
    foundNames(list(fields.source?.name))[0] ?? sluggable(options.sourceName) ?? (url ? hostName(url) : undefined);
  const authors = fields.authors?.length ? foundNames(fields.authors) : names(options.authors);
  // The person's own tags first: a long declared list does not push them past the limit.
  const tags = names([...(options.tags ?? []), ...foundNames(fields.tags ?? [])]).slice(0, MAX_LIST_ENTRIES);
  const dek = clean(fields.dek);
  const frontmatter: Frontmatter = {
    title: title ?? (settings.untitled ?? englishUntitled)(found.origin.split(/[\\/]/).pop() ?? found.origin, lang),
    // A standfirst the story itself prints (a feed's summary of its first paragraph) would show twice.
    ...maybe('dek', dek && !dekRepeatsBody(dek, found.text) ? shortened(dek, MAX_TEXT_LENGTH.dek) : undefined),
    date: date ?? settings.today,
    ...maybe('updated', fields.updated),
    ...(authors.length > 0 ? { authors } : {}),
    section: section ?? PLACEHOLDER_SECTION,
    ...(tags.length > 0 ? { tags } : {}),
    ...(sourceName
      ? { source: { name: sourceName, ...maybe('url', url), ...maybe('id', clean(fields.source?.id)) } }
      : {}),
    ...maybe('copyright', shortened(clean(fields.copyright), MAX_TEXT_LENGTH.copyright)),
    ...(fields.image ? { image: fields.image } : {}),
    ...maybe('lang', lang),
    // Only an article with placeholders waits for a person; a complete one in the same batch is published.
    ...(gaps.length > 0 ? { draft: true } : {}),
    // Without a source URL, the text itself identifies the article on the next run.
    ...(url ? {} : { contentHash: contentHash(found.text) }),
  };
  return { ok: true, frontmatter, gaps };
}

/**
 * What keeps its letters in a Persian article's Markdown: a link's or picture's address (`](…)`, `<https://…>`, a bare
 * `https://…`, a reference's `[1]: …`), raw HTML's tags and their attributes, code.
 */
const KEPT_AS_WRITTEN =
  /(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[^\n]*$|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)|<[A-Za-z/!][^>\n]*>|https?:\/\/[^\s<>\]]+|^\[[^\]\n]+\]:[^\n]*|`[^`\n]*`)/gmu;
/**
 * A word with two of Arabic's vowel marks (harakat) or more: a quotation in Arabic (a verse, a saying), kept in
 * Arabic's letters. Persian sets one at most in its own words (کاملاً, the ezafe's کتابِ, اوّل).
 */
const VOWELLED_WORD = /[\p{L}\p{M}]*[\u064b-\u0652][\p{L}\p{M}]*[\u064b-\u0652][\p{L}\p{M}]*/gu;

/**
 * A Persian article in Persian's own letters (`lang`: the article's, or else the archive's): ی and ک where an Arabic
 * keyboard, or windows-1256, which has no ی, typed ي, ى and ك. A Persian reader sees them as other letters (a final ي
 * with its dots), and the same writer typed both ways had two pages. Its headline, names, captions and text; not its
 * links' addresses, code, raw HTML, nor an Arabic quotation written with its vowels.
 * @example inPersianLetters({ title: 'علي كريمي' }, 'متن', 'fa').frontmatter.title // 'علی کریمی'
 */
export function inPersianLetters(
  frontmatter: Frontmatter,
  body: string,
  lang: string | undefined,
): { frontmatter: Frontmatter; body: string } {
  if (lang === undefined || !['fa', 'prs'].includes(primaryLanguage(lang))) return { frontmatter, body };
  const letters = (value: unknown): unknown => {
    if (typeof value === 'string') return persianLetters(value);
    if (Array.isArray(value)) return value.map(letters);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [key, key === 'url' || key === 'src' ? inner : letters(inner)]),
      );
    return value;
  };
  const written: Frontmatter = {};
  for (const [key, value] of Object.entries(frontmatter))
    written[key] = ['title', 'dek', 'authors', 'section', 'tags', 'source', 'copyright', 'image'].includes(key)
      ? letters(value)
      : value;
  const text = body
    .split(KEPT_AS_WRITTEN)
    .map((part, index) => (index % 2 === 1 ? part : inPersianWords(part)))
    .join('');
  return { frontmatter: written, body: text };
}

/** Prose in Persian's letters, its Arabic quotations (vowelled words) as written. */
function inPersianWords(prose: string): string {
  let last = 0;
  let out = '';
  for (const vowelled of prose.matchAll(VOWELLED_WORD)) {
    out += persianLetters(prose.slice(last, vowelled.index)) + vowelled[0];
    last = vowelled.index + vowelled[0].length;
  }
  return out + persianLetters(prose.slice(last));
}

/**
 * The fingerprint of an article's text: whitespace and Unicode forms do not
 * change it. @example contentHash('a  b') === contentHash('a b') // true
 */
export function contentHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return `sha256-${createHash('sha256').update(normal).digest('hex')}`;
}

/**
 * Names for authors or tags: trimmed, without those that have no letter or
 * digit (they would have no URL), without repeats that share a URL.
 * @example names(['Ada Quill', 'ada quill', '—', ' Bram ']) // ['Ada Quill', 'Bram']
 */
export function names(list: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const name of list ?? []) {
    const text = clean(name);
    const slug = text ? facetSlug(text) : '';
    if (!text || !slug || seen.has(slug)) continue;
    seen.add(slug);
    result.push(text);
  }
  return result;
}

/**
 * Names the input itself carried (a page's keywords, a feed's categories):
 * those no article could keep are left out rather than failing the import. A
 * "keyword" of a whole sentence is no tag, and a list longer than an
 * article's limit keeps its first names, which sites list first (a page's
 * keyword list longer than any article's tags is left out before:
 * page-metadata.ts). Names typed as options are never dropped: the
 * schema's message tells their author what to fix.
 * @example foundNames(['Ada Quill', 'x'.repeat(101)]) // ['Ada Quill']
 */
export function foundNames(list: readonly string[]): string[] {
  return names(list)
    .filter((name) => [...name].length <= MAX_NAME_LENGTH && !segmentProblem(facetSlug(name)) && !isMachineToken(name))
    .slice(0, MAX_LIST_ENTRIES);
}

/**
 * A standfirst or notice the input carried, cut at the last word that fits
 * the archive's limit, with an ellipsis: feeds put whole paragraphs in
 * `<description>`, and the story itself is in the body anyway.
 * @example shortened('one two three', 9) // 'one two…'
 */
export function shortened(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return undefined;
  const characters = [...text];
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max - 1).join('');
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Whether a keyword is a publishing system's own switch rather than a subject
 * ("@aa-river", "_no-apple-news", "type_news", "source:tagname:CNBC",
 * "desk@paper.example"): sites print them among their keywords for their
 * own software. A reader's tag has words, not underscores or a namespace.
 * @example isMachineToken('autoplay_video') // true
 * @example isMachineToken('Harbour works') // false
 */
export function isMachineToken(name: string): boolean {
  return /^[@_#]|@/.test(name) || /^[\p{L}\p{N}_-]+:\S/u.test(name) || (name.includes('_') && !/\s/.test(name));
}

/** A source name from a URL's host. @example hostName('https://www.gazette.example/a') // 'gazette.example' */
export function hostName(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') || undefined : undefined;
}

function clean(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

function sluggable(text: string | undefined): string | undefined {
  const value = clean(text);
  return value && facetSlug(value) ? value : undefined;
}

function list(text: string | undefined): string[] {
  return text === undefined ? [] : [text];
}

function maybe(key: string, value: unknown): Frontmatter {
  return value === undefined ? {} : { [key]: value };
}
