/**
 * News pages saved from a browser: the article is cut out of the page (not the
 * menus, ads, share buttons or comments) and its metadata read from what the
 * publisher declared: NewsArticle JSON-LD first, then Open Graph and
 * `article:` meta tags, then `<title>` and `<time>`. The canonical link gives
 * the original URL.
 */
import type { Element, Root } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { compareArticleDates, parseArticleDate } from '../lib/dates.ts';
import { toArticleDate } from './dates.ts';
import { isCopyrightLine } from './read-text.ts';
import { hastToMarkdown, htmlToPlainText, paragraphsToMarkdown, splitParagraphs } from './to-markdown.ts';
import { ImportError, type FoundArticle, type FoundFields } from './types.ts';

const documentParser = unified().use(rehypeParse);

type Json = Record<string, unknown>;

/** Reads one saved article page. Throws an ImportError when no article text is found. */
export async function readHtml(html: string, origin: string): Promise<FoundArticle> {
  const tree = documentParser.parse(html);
  const ld = findArticleJsonLd(tree);
  const meta = readMeta(tree);
  const one = (...names: string[]): string | undefined => names.map((name) => meta.get(name)?.[0]).find((value) => value !== undefined);

  // Read the headline before the container is cleared (an article's own <h1> is the title, not body).
  const h1 = firstText(tree, 'article h1') ?? firstText(tree, 'h1');
  const pageTime = timeOf(select('article', tree)) ?? timeOf(tree);
  const container = findArticleContainer(tree);
  const url = httpUrl(select('link[rel~=canonical]', tree)?.properties.href) ?? httpUrl(one('og:url')) ?? httpUrl(ldUrl(ld));
  const fields: FoundFields = {};

  const title = text(ld?.headline) ?? one('og:title', 'twitter:title') ?? h1 ?? pageTitle(tree, one('og:site_name'));
  if (title) fields.title = title;
  const dek = text(ld?.description) ?? one('og:description', 'description', 'twitter:description');
  if (dek) fields.dek = dek;
  const date = firstDate(text(ld?.datePublished), one('article:published_time', 'date', 'pubdate', 'dc.date', 'dcterms.created'), pageTime);
  if (date) fields.date = date;
  const updated = firstDate(text(ld?.dateModified), one('article:modified_time', 'dcterms.modified'));
  if (date && updated && notBefore(updated, date)) fields.updated = updated;
  const authors = names(ld?.author);
  const metaAuthors = [...(meta.get('author') ?? []), ...(meta.get('article:author') ?? [])].filter((name) => !/^https?:/i.test(name));
  if (authors.length > 0 || metaAuthors.length > 0) fields.authors = authors.length > 0 ? authors : metaAuthors;
  const section = textList(ld?.articleSection)[0] ?? one('article:section');
  if (section) fields.section = section;
  const tags = keywords(ld?.keywords);
  const metaTags = meta.get('article:tag') ?? keywords(one('keywords', 'news_keywords'));
  if (tags.length > 0 || metaTags.length > 0) fields.tags = tags.length > 0 ? tags : metaTags;
  const publisher = names(ld?.publisher)[0] ?? one('og:site_name', 'application-name');
  if (publisher || url) fields.source = { ...(publisher ? { name: publisher } : {}), ...(url ? { url } : {}) };
  const image = leadImage(one('og:image:secure_url', 'og:image', 'twitter:image'), one('og:image:alt', 'twitter:image:alt'));
  if (image) fields.image = image;
  const lang = langCode(select('html', tree)?.properties.lang) ?? langCode(ld?.inLanguage) ?? langCode(one('og:locale'));
  if (lang) fields.lang = lang;

  const copyright = container ? takeTrailingCopyright(container) : undefined;
  const declaredCopyright = copyrightOf(ld) ?? one('copyright', 'dcterms.rights');
  if (copyright ?? declaredCopyright) fields.copyright = (copyright ?? declaredCopyright) as string;

  let body = container ? await hastToMarkdown({ type: 'root', children: container.children }, url) : undefined;
  if (!body?.text) {
    // Some pages carry the text only in their JSON-LD.
    const articleBody = text(ld?.articleBody, false);
    if (articleBody) body = paragraphsToMarkdown(splitParagraphs(articleBody));
  }
  if (!body?.text) throw new ImportError('no article text found in the page (looked for <article>, <main> and JSON-LD articleBody)');
  return { origin, fields, body: body.markdown, text: body.text };
}

/** The first schema.org Article-like object in the page's JSON-LD, looking inside arrays and `@graph`. */
function findArticleJsonLd(tree: Root): Json | undefined {
  const queue: unknown[] = [];
  for (const script of selectAll('script[type="application/ld+json"]', tree)) {
    try {
      queue.push(JSON.parse(hastToString(script)));
    } catch {
      // Broken JSON-LD is common; the meta tags may still be fine.
    }
  }
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...(item as unknown[]));
    else if (isJson(item)) {
      const types = textList(item['@type']);
      if (types.some((type) => /(?:Article|BlogPosting|Report)$/.test(type))) return item;
      if (item['@graph']) queue.push(item['@graph']);
    }
  }
  return undefined;
}

/** `<meta>` values by lower-cased `property` or `name`, in page order. */
function readMeta(tree: Root): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const element of selectAll('meta[content]', tree)) {
    const key = String(element.properties.property ?? element.properties.name ?? '').toLowerCase();
    const value = cleanText(String(element.properties.content));
    if (key && value) meta.set(key, [...(meta.get(key) ?? []), value]);
  }
  return meta;
}

// Words (split at - and _) in class names and ids that mark page furniture rather than the story.
const FURNITURE_WORDS = new Set(
  'ad ads advert adverts advertisement sponsor sponsored promo promos comment comments disqus related recommended newsletter share sharing social subscribe paywall byline breadcrumb breadcrumbs trending mostread toolbar cookie cookies popup modal'.split(' '),
);
const FURNITURE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'header', 'form', 'button', 'iframe', 'svg', 'dialog', 'select', 'input', 'h1']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog']);

/** The element holding the story: articleBody, else the wordiest `<article>`, else `<main>`, else `<body>`; cleared of furniture. */
function findArticleContainer(tree: Root): Element | undefined {
  const container =
    select('[itemprop~=articleBody]', tree) ??
    wordiest(selectAll('article', tree)) ??
    select('main, [role=main]', tree) ??
    select('body', tree);
  if (!container) return undefined;
  visit(container, 'element', (node: Element, index, parent) => {
    if (node === container || !parent || index === undefined || !isFurniture(node)) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return container;
}

function isFurniture(node: Element): boolean {
  if (FURNITURE_TAGS.has(node.tagName)) return true;
  if (isDateline(node)) return true;
  const { className, id, role, hidden, ariaHidden } = node.properties;
  if (hidden !== undefined && hidden !== false) return true;
  if (String(ariaHidden) === 'true') return true;
  if (typeof role === 'string' && FURNITURE_ROLES.has(role)) return true;
  const words = [...(Array.isArray(className) ? className.map(String) : []), ...(typeof id === 'string' ? [id] : [])];
  return words.some((word) => word.toLowerCase().split(/[-_]/).some((part) => FURNITURE_WORDS.has(part)));
}

/** A paragraph holding nothing but a `<time>`: the dateline, already in the frontmatter. */
function isDateline(node: Element): boolean {
  if (node.tagName !== 'p' && node.tagName !== 'div') return false;
  const content = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return content.length === 1 && content[0]?.type === 'element' && content[0].tagName === 'time';
}

/** Of several `<article>` elements (a story plus teasers), the one with the most paragraph text. */
function wordiest(articles: Element[]): Element | undefined {
  let best: Element | undefined;
  let bestLength = 0;
  for (const article of articles) {
    const length = selectAll('p', article).reduce((sum, p) => sum + hastToString(p).length, 0);
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  return best ?? articles[0];
}

/** Removes a copyright notice that closes the article and returns its text. */
function takeTrailingCopyright(container: Element): string | undefined {
  // Innermost blocks only (selectAll can match the element it starts from, hence the identity check).
  const blocks = selectAll('p, small, div', container).filter((el) => selectAll('p, div', el).every((inner) => inner === el));
  const last = blocks.at(-1);
  if (!last) return undefined;
  const notice = cleanText(hastToString(last));
  if (!isCopyrightLine(notice)) return undefined;
  visit(container, 'element', (node: Element, index, parent) => {
    if (node !== last || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return notice;
}

/** `<title>` without the " | Site name" tail most sites add. */
function pageTitle(tree: Root, siteName: string | undefined): string | undefined {
  const title = cleanText(hastToString(select('title', tree) ?? { type: 'root', children: [] }));
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && siteName && parts.at(-1)?.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ');
  return title;
}

function firstText(scope: Root | Element | undefined, selector: string): string | undefined {
  const element = scope && select(selector, scope);
  return element ? cleanText(hastToString(element)) || undefined : undefined;
}

function timeOf(scope: Root | Element | undefined): string | undefined {
  const time = scope && select('time[datetime]', scope);
  return typeof time?.properties.dateTime === 'string' ? time.properties.dateTime : undefined;
}

function firstDate(...candidates: (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = candidate && toArticleDate(candidate);
    if (date) return date;
  }
  return undefined;
}

function notBefore(later: string, earlier: string): boolean {
  const [a, b] = [parseArticleDate(later), parseArticleDate(earlier)];
  return !!a && !!b && compareArticleDates(a, b) >= 0;
}

function ldUrl(ld: Json | undefined): string | undefined {
  const page = ld?.mainEntityOfPage;
  return text(ld?.url) ?? text(page) ?? (isJson(page) ? text(page['@id']) : undefined);
}

function copyrightOf(ld: Json | undefined): string | undefined {
  const holder = names(ld?.copyrightHolder)[0];
  if (!holder) return undefined;
  const year = typeof ld?.copyrightYear === 'number' || typeof ld?.copyrightYear === 'string' ? ` ${ld.copyrightYear}` : '';
  return `©${year} ${holder}`;
}

function leadImage(src: string | undefined, alt: string | undefined): FoundFields['image'] {
  // The schema wants https and alt text; an image without a description is left out rather than invented.
  return src && alt && /^https:\/\//i.test(src) && URL.canParse(src) ? { src, alt } : undefined;
}

/** A BCP 47 tag from `lang`, `inLanguage` or an `og:locale` such as `en_GB`. */
function langCode(value: unknown): string | undefined {
  const code = text(value)?.replace(/_/g, '-');
  return code && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(code) ? code : undefined;
}

function httpUrl(value: unknown): string | undefined {
  const url = text(value);
  return url && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}

/** Names from a JSON-LD person/organisation value: a string, `{ name }`, or a list of either. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return list.map((item) => (isJson(item) ? text(item.name) : text(item))).filter((name): name is string => !!name && !/^https?:/i.test(name));
}

function keywords(value: unknown): string[] {
  return textList(value).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
}

function textList(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((item) => text(item)).filter((item): item is string => item !== undefined);
}

/** A JSON-LD or attribute value as clean one-line text (tags stripped), or undefined. */
function text(value: unknown, oneLine = true): string | undefined {
  if (typeof value !== 'string') return undefined;
  const plain = value.includes('<') ? htmlToPlainText(value) : value;
  return (oneLine ? cleanText(plain) : plain.trim()) || undefined;
}

function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
