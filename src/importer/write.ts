/**
 * Where an imported article goes and whether it may be written: the archive
 * already on disk is read once, an article already in it (same feed entry id,
 * same source URL, or same text when there is no URL) is skipped unless
 * forced, a different article never loses its file (the new one gets a numeric
 * suffix), and every file is checked with the build's own validation before it
 * is written.
 */
import { lstat, mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Document, Scalar } from 'yaml';
import { formatProblems, readArticleSource } from '../content/read-article.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { settingsFrom } from '../settings.ts';
import { listArticleFiles } from '../lib/list-files.ts';
import { spellLigatures } from '../lib/ligatures.ts';
import { MAX_SEGMENT_BYTES, utf8Length } from '../lib/limits.ts';
import { slugify } from '../lib/slugs.ts';
import { articlePath } from '../lib/urls.ts';
import type { Frontmatter, Gap } from './complete.ts';

/** What the archive already holds, by identity and by place. */
export interface ArchiveFolder {
  /** The articles folder (`--out`). */
  root: string;
  /**
   * Article file (relative to root, `/`-separated) by identity (see identityOf), and by `page:` and the page's
   * normalised URL for an article of one part of a page (its source URL has a `#fragment`).
   */
  byIdentity: Map<string, string>;
  /** Files taken, relative to root. */
  files: Set<string>;
  /** Files that are drafts (`draft: true`): their place came from placeholders, and may move. */
  drafts: Set<string>;
  /** Site paths (`/YYYY/MM/DD/slug/`) taken, so a new file never claims another's URL. */
  sitePaths: Set<string>;
  /** Files this run planned (dry or not), as opposed to those it found: a repeat of one is in the inputs, not the archive. */
  planned: Set<string>;
}

/** The decision for one article. */
export type WritePlan =
  | { action: 'write'; file: string; text: string; replaces: boolean; movedFrom?: string }
  | { action: 'skip'; file: string; reason: string }
  | { action: 'fail'; reason: string };

/** Reads the archive under `root` (which may not exist yet). */
export async function scanArchive(root: string): Promise<ArchiveFolder> {
  const archive: ArchiveFolder = {
    root,
    byIdentity: new Map(),
    files: new Set(),
    drafts: new Set(),
    sitePaths: new Set(),
    planned: new Set(),
  };
  // The loader's rule: notes and templates (`_x.md`, `.x.md`) are not articles, so they do not claim an identity or a URL.
  for (const file of await listArticleFiles(root)) {
    archive.files.add(file);
    const text = await readFile(join(root, file), 'utf8');
    const split = splitFrontmatter(text);
    if (split.ok) {
      const id = identityOf(split.data);
      if (id) remember(archive, id, file, false);
      if (split.data['draft'] === true) archive.drafts.add(file);
    }
    const read = readArticleSource(file, text, settingsFrom().bodyLimits);
    if ('article' in read) archive.sitePaths.add(read.article.url);
  }
  return archive;
}

/**
 * What identifies an article across imports: the publisher's id (feed guid,
 * Atom id), else its source URL (normalised, its `#fragment` kept), else the
 * content hash the importer wrote.
 * @example identityOf({ source: { url: 'https://Gazette.example/a/#c2' } }) // 'url:https://gazette.example/a#c2'
 */
export function identityOf(frontmatter: Record<string, unknown>): string | undefined {
  const source = frontmatter.source as { url?: unknown; id?: unknown } | undefined;
  // The publisher's id first: two feed entries that link to the same page are still two articles.
  if (typeof source?.id === 'string' && source.id.trim()) return `id:${source.id.trim()}`;
  if (typeof source?.url === 'string' && URL.canParse(source.url))
    return `url:${normalizeUrl(source.url)}${new URL(source.url).hash}`;
  return typeof frontmatter.contentHash === 'string' ? `hash:${frontmatter.contentHash}` : undefined;
}

/**
 * The file an article with these fields was imported as, if any: an input met again (its source's id or URL,
 * else its text's hash, as identityOf reads them).
 */
export function importedAs(archive: ArchiveFolder, frontmatter: Record<string, unknown>): string | undefined {
  const id = identityOf(frontmatter);
  return id === undefined ? undefined : findArticle(archive, id);
}

/**
 * The article already known by an identity. A source URL's fragment tells
 * apart two parts of one page (a blog whose feed links each post to its day
 * page, `05.html#a0815` and `05.html#a1140`); against the page itself it is
 * only a jump link (`a#top` and `a` are one article), whichever came first.
 */
function findArticle(archive: ArchiveFolder, id: string): string | undefined {
  const found = archive.byIdentity.get(id);
  if (found !== undefined || !id.startsWith('url:')) return found;
  const page = id.replace(/#.*$/, '');
  return page === id ? archive.byIdentity.get(`page:${page.slice(4)}`) : archive.byIdentity.get(page);
}

/** Records an article's identity (the first file for it wins, unless `replace`), and its page when it is a part of one. */
function remember(archive: ArchiveFolder, id: string, file: string, replace: boolean): void {
  if (replace || !archive.byIdentity.has(id)) archive.byIdentity.set(id, file);
  const page = id.startsWith('url:') && id.includes('#') ? `page:${id.slice(4).replace(/#.*$/, '')}` : undefined;
  if (page && !archive.byIdentity.has(page)) archive.byIdentity.set(page, file);
}

/**
 * Query parameters that say how a reader came to a page, not which page: campaign tags (utm_…, Webtrekk's
 * wt_mc as heise's feeds add it, AT Internet's xtor and at_…, Adobe's cmpid and ocid), click ids (fbclid, gclid,
 * msclkid, igshid), newsletter tags (Mailchimp's mc_cid and mc_eid, HubSpot's _hsenc and _hsmi, Marketo's mkt_tok).
 * The same story imported from a feed and from its page is one article.
 */
const TRACKING =
  /^(?:utm_.*|wt_(?:mc|zmc)|xtor|at_(?:medium|campaign|platform|custom\d*)|cmpid|ocid|ncid|fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i;

/**
 * One spelling per page: no fragment, no tracking parameters, no trailing
 * slash, lower-case host, http and https alike.
 * @example normalizeUrl('http://www.Gazette.example/a/?utm_source=x#c') // 'https://www.gazette.example/a'
 */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.protocol = 'https:';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.href.replace(/\/(?=$|\?)/, '');
}

/** Bytes a slug leaves free under the URL segment limit for the `-2`, `-3`… a taken name gets (freePath). */
const SUFFIX_ROOM = '-9999999'.length;

/**
 * A readable file name from a title, cut at a word boundary so paths stay short. Its letters are spelled as
 * accents are dropped: ł, ø, đ, ı and œ as l, o, d, i and oe (spellLigatures), so that a Polish headline's
 * address reads "zolw-wrocil", not "zołw-wrocił", half its letters plain. (The build keeps a file's name as its
 * address, so files already named keep theirs.) It keeps at most `max` characters and `maxBytes` bytes of UTF-8,
 * the URL segment limit less room for a suffix: a letter of Thai, Hindi or Chinese takes three bytes, so a long
 * headline in them would otherwise make an address the archive refuses. The cut falls at a hyphen (a space of the
 * headline) when that keeps more than a quarter of what fits, else between two words as Intl.Segmenter finds them
 * in scripts written without spaces (Thai, Chinese…), else between two letters as a reader sees them, never
 * inside one (a Thai consonant and its vowel and tone marks, a Devanagari cluster).
 * @example slugForTitle('Harbour dredging: 2 years late!') // 'harbour-dredging-2-years-late'
 * @example slugForTitle('Żółw wrócił do stawu') // 'zolw-wrocil-do-stawu'
 */
export function slugForTitle(title: string, max = 80, maxBytes = MAX_SEGMENT_BYTES - SUFFIX_ROOM): string {
  const slug = slugify(spellLigatures(title, { forAddress: true })) || 'article';
  const share = (end: number) => Math.max(end / max, utf8Length(slug.slice(0, end)) / maxBytes);
  if (share(slug.length) <= 1) return slug;
  const fitting = (ends: Iterable<number>) => {
    let best = 0;
    for (const end of ends) if (end > best && share(end) <= 1) best = end;
    return best;
  };
  const hyphen = fitting([...slug.matchAll(/-/g)].map((match) => match.index));
  const word = fitting(segmentEnds(slug, 'word'));
  const cut = [hyphen, word].find((end) => share(end) > 1 / 4) ?? fitting(segmentEnds(slug, 'grapheme'));
  return slug.slice(0, cut).replace(/-+$/, '') || 'article';
}

// The root locale, so a run's cut does not depend on the machine's: Thai, Lao, Khmer, Burmese and CJK words are found
// by the platform's dictionaries whatever the locale.
const segmenters = {
  word: new Intl.Segmenter('und', { granularity: 'word' }),
  grapheme: new Intl.Segmenter('und', { granularity: 'grapheme' }),
};

/** Where a text's words (and what lies between them) or its letters as a reader sees them end, as offsets. */
function* segmentEnds(text: string, granularity: keyof typeof segmenters): Generator<number> {
  for (const { segment, index } of segmenters[granularity].segment(text)) yield index + segment.length;
}

/**
 * The article file's text: YAML frontmatter with dates quoted (so no YAML
 * reader turns them into instants), a comment listing placeholders, the body.
 */
export function serializeArticle(frontmatter: Frontmatter, body: string, gaps: readonly Gap[] = []): string {
  const doc = new Document(frontmatter);
  for (const path of [['date'], ['updated'], ['source', 'retrieved']]) {
    const node = doc.getIn(path, true);
    if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
  }
  if (gaps.length > 0) {
    const list = gaps.map((gap) => `${gap.field} (${gap.option})`).join(', ');
    // The file's name was made from the placeholder headline, and a file's name is its address.
    const address = gaps.some((gap) => gap.field === 'title')
      ? '\n The address comes from the file name: rename the file after the headline (or add a slug field).'
      : '';
    doc.commentBefore = ` Imported as a draft with placeholders for: ${list}.\n Fill them in, then remove "draft: true".${address}`;
  }
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/** Options for planning a write. */
export interface PlanOptions {
  /** Rewrite an article that is already in the archive. */
  force: boolean;
  /** How paths are shown in messages (e.g. relative to the working folder). */
  display: (file: string) => string;
}

/**
 * Decides where one article goes, checks the file with the build's own
 * validation, and reserves its place in `archive` (so the rest of the run,
 * dry or not, sees it).
 */
export function planArticle(
  archive: ArchiveFolder,
  frontmatter: Frontmatter,
  body: string,
  gaps: readonly Gap[],
  options: PlanOptions,
): WritePlan {
  const id = identityOf(frontmatter);
  const existing = id ? findArticle(archive, id) : undefined;
  const why = id?.startsWith('id:') ? 'same feed entry id' : id?.startsWith('url:') ? 'same source URL' : 'same text';
  if (existing && archive.planned.has(existing)) {
    // Two inputs of one run with the same article (a page saved twice, a feed and its page): the first wins.
    return {
      action: 'skip',
      file: existing,
      reason: `${why} as an earlier input of this run, imported as ${options.display(join(archive.root, existing))}`,
    };
  }
  if (existing && !options.force) {
    return {
      action: 'skip',
      file: existing,
      reason: `already in the archive as ${options.display(join(archive.root, existing))} (${why}); use --force to rewrite it`,
    };
  }
  const text = serializeArticle(frontmatter, body, gaps);
  // Rewritten, an article keeps its file (and address); a draft's came from its placeholders
  // ("untitled-…", today's date), so it moves to where its headline and date now put it.
  const day = String(frontmatter.date).slice(0, 10);
  const slug = slugForTitle(String(frontmatter.title));
  const file =
    existing !== undefined && !archive.drafts.has(existing) ? existing : freePath(archive, day, slug, existing);
  const movedFrom = existing !== undefined && existing !== file ? existing : undefined;
  const checked = readArticleSource(options.display(join(archive.root, file)), text, settingsFrom().bodyLimits);
  if ('problems' in checked) return { action: 'fail', reason: formatProblems(checked.problems) };
  archive.files.add(file);
  archive.planned.add(file);
  archive.sitePaths.add(checked.article.url);
  if (id) remember(archive, id, file, true);
  if (movedFrom) {
    archive.files.delete(movedFrom);
    archive.drafts.delete(movedFrom);
  }
  if (frontmatter['draft'] === true) archive.drafts.add(file);
  else archive.drafts.delete(file);
  return { action: 'write', file, text, replaces: file === existing, ...(movedFrom ? { movedFrom } : {}) };
}

/**
 * `YYYY/MM/<slug>.md`, or `<slug>-2.md`… when another article has that file
 * or that URL (`own`, the file being rewritten, is free for itself).
 */
function freePath(archive: ArchiveFolder, day: string, slug: string, own?: string): string {
  const [year, month] = [day.slice(0, 4), day.slice(5, 7)];
  for (let n = 1; ; n++) {
    const name = n === 1 ? slug : `${slug}-${n}`;
    const file = `${year}/${month}/${name}.md`;
    if (file === own || (!archive.files.has(file) && !archive.sitePaths.has(articlePath(day, name)))) return file;
  }
}

const foldersMade = new WeakMap<ArchiveFolder, Set<string>>();

/**
 * Writes a planned file; a new file never replaces one that appeared
 * meanwhile, and nothing is written through a symbolic link: a linked file or
 * a folder that leads outside the archive is refused, so `--force` can never
 * overwrite a file outside `--out`.
 */
export async function writePlanned(
  archive: ArchiveFolder,
  plan: { file: string; text: string; replaces: boolean; movedFrom?: string },
): Promise<string> {
  const path = join(archive.root, plan.file);
  // One mkdir per folder per run, not per file: a batch of back issues writes thousands into each month.
  const made = foldersMade.get(archive) ?? new Set<string>();
  foldersMade.set(archive, made);
  if (!made.has(dirname(path))) {
    await mkdir(archive.root, { recursive: true });
    await mkdir(dirname(path), { recursive: true });
    made.add(dirname(path));
  }
  const root = await realpath(archive.root);
  const folder = await realpath(dirname(path));
  if (folder !== root && !folder.startsWith(`${root}${sep}`)) {
    throw new Error(
      `its folder leads through a symbolic link to ${folder}, outside ${archive.root}: nothing is written there`,
    );
  }
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isSymbolicLink())
    throw new Error('it is a symbolic link: replace it with a plain file, or remove it, then import again');
  await writeFile(path, plan.text, { encoding: 'utf8', flag: plan.replaces ? 'w' : 'wx' });
  // The draft it was, under its placeholder name: the article now has its own file. Removed only
  // inside the archive (rm on a linked file removes the link; a linked folder is not followed).
  if (plan.movedFrom) {
    const old = join(archive.root, plan.movedFrom);
    const oldFolder = await realpath(dirname(old)).catch(() => undefined);
    if (oldFolder === root || oldFolder?.startsWith(`${root}${sep}`)) await rm(old, { force: true });
  }
  return path;
}

/** A path relative to a folder, `/`-separated, for messages. */
export function displayPath(from: string): (file: string) => string {
  return (file) => {
    const path = relative(from, file);
    // Outside the working folder, an absolute path reads better than ../../..
    return (path.startsWith('..') ? file : path).split(sep).join('/') || '.';
  };
}
