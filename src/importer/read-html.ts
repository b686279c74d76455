/**
 * News pages saved from a browser: Readability (extract-article.ts) cuts the
 * story out of the page, our own reader (page-metadata.ts) takes its metadata
 * from what the publisher declared, and the story's HTML then goes through
 * the importer's sanitizer and Markdown conversion. A page whose story is
 * only in its JSON-LD `articleBody` still imports.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { bylineNames } from './bylines.ts';
import { toArticleDate } from './dates.ts';
import { extractArticle } from './extract-article.ts';
import { chooseImageSources, type LocalImages } from './images.ts';
import { readPageMetadata } from './page-metadata.ts';
import { isCopyrightLine } from './read-text.ts';
import { hastToMarkdown, paragraphsToMarkdown, parseHtmlFragment, splitParagraphs } from './to-markdown.ts';
import { ImportError, type FoundArticle } from './types.ts';
import { writtenDate } from './written-dates.ts';

const documentParser = unified().use(rehypeParse);

/** How a page's images are handled. */
export interface HtmlOptions {
  /** Copies images saved next to the page into the site and says where they went; without it, images stay where they are. */
  localImages?: LocalImages;
}

/** Reads one saved article page. Throws an ImportError, saying what was looked for and found, when it holds no story. */
export async function readHtml(html: string, origin: string, options: HtmlOptions = {}): Promise<FoundArticle> {
  const tree = documentParser.parse(html);
  // linkedom builds no <body> for a page written without one; the HTML parser's own reading of it does.
  const extracted = extractArticle(/<body[\s>]/i.test(html) ? html : toHtml(tree));
  const found = 'html' in extracted ? extracted : undefined;
  const { fields, articleBody } = readPageMetadata(tree, found);
  const url = fields.source?.url;

  let body;
  if (found) {
    const story = parseHtmlFragment(found.html);
    chooseImageSources(story);
    if (options.localImages) await options.localImages.rewrite(story);
    dropRepeatedTitle(story, fields.title);
    const leadingDate = dropLeadingBylineAndDate(story, fields.authors ?? []);
    // A page that declares no date anywhere may still print it above the story.
    if (!fields.date && leadingDate) fields.date = leadingDate;
    dropLinkMenus(story);
    const copyright = takeTrailingCopyright(story);
    if (copyright) fields.copyright = copyright;
    body = await hastToMarkdown(story, url);
  }
  if (!body?.text && articleBody) body = paragraphsToMarkdown(splitParagraphs(articleBody));
  if (!body?.text) {
    const why = 'reason' in extracted ? extracted.reason : "Readability's extract held no text once sanitized";
    throw new ImportError(`no article text found: ${why}, and the page has no JSON-LD articleBody`);
  }
  return { origin, fields, body: body.markdown, text: body.text };
}

/** A heading at the top of the story that repeats the headline (the title is in the frontmatter). */
function dropRepeatedTitle(story: Root, title: string | undefined): void {
  if (!title) return;
  // Letters of every script: with \W, two Arabic headings both squashed to "" and matched.
  const squash = (value: string) =>
    value
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .toLowerCase();
  const heading = selectAll('h1, h2', story)[0];
  if (heading && squash(hastToString(heading)) === squash(title)) removeNode(story, heading);
}

const UPDATED =
  /updat|modifi|revis|aktualisiert|geändert|mis à jour|actualizad|atualizad|aggiornat|تحديث|تم التحديث|更新/i;

/**
 * Byline and date lines at the top of the story ("By Ada Quill", "14 February
 * 2022"): they are in the frontmatter, and the site prints them itself.
 * Returns the first date line's day, for a page that declares none.
 */
function dropLeadingBylineAndDate(story: Root, authors: readonly string[]): string | undefined {
  const known = new Set(authors.map((name) => name.toLowerCase()));
  let day: string | undefined;
  const blocks = selectAll('p, div, address, time, span', story).filter((el) =>
    selectAll('p, div', el).every((inner) => inner === el),
  );
  for (const block of blocks.slice(0, 6)) {
    const line = hastToString(block).replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const names = line.length <= 120 ? bylineNames(line) : [];
    const isByline =
      names.length > 0 &&
      names.every((name) => known.has(name.toLowerCase())) &&
      line.split(' ').length <= names.join(' ').split(' ').length + 4;
    const date = line.split(' ').length <= 8 ? (toArticleDate(line) ?? writtenDate(line)) : undefined;
    if (!isByline && !date) return day;
    // "Last updated 14 September 2016" is dropped too, but says nothing of when the story appeared.
    if (!UPDATED.test(line)) day ??= date;
    removeNode(story, block);
  }
  return day;
}

/**
 * A site's menus, left in when Readability takes too wide a block ("Home ·
 * Local · Sports · Business"): what the page itself marks as navigation,
 * `<nav>` and ARIA menus. Lists of links in the story are left alone: a
 * reading list can look like a menu.
 */
export function dropLinkMenus(story: Root): void {
  for (const menu of selectAll('nav, [role=menu], [role=menubar], [role=navigation]', story)) removeNode(story, menu);
}

/** Removes a copyright notice that closes the article and returns its text. */
function takeTrailingCopyright(story: Root): string | undefined {
  // Innermost blocks only (a block holding other blocks is not the notice itself).
  const blocks = selectAll('p, small, div', story).filter((el) =>
    selectAll('p, div', el).every((inner) => inner === el),
  );
  const last = blocks.at(-1);
  if (!last) return undefined;
  const notice = hastToString(last).replace(/\s+/g, ' ').trim();
  if (!isCopyrightLine(notice)) return undefined;
  removeNode(story, last);
  return notice;
}

function removeNode(tree: Root, target: Element): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node !== target || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
