/**
 * What a saved news page says about its story, read from what publishers
 * declare and print: schema.org JSON-LD (also inside CDATA and `@graph`),
 * microdata (`itemprop`), Open Graph and the byline meta names news systems
 * write, `rel=author`, visible bylines, and `<time>`. Each field is taken from
 * the most deliberate source that has it; Readability's own guesses come last.
 * The page tree is read, never changed.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { bylineNames, endsInBylineLabel, hasBylineLabel, looksLikeName, startsWithRole } from './bylines.ts';
import { comparableWords, samePublicationName } from './compare-text.ts';
import { foundNames } from './complete.ts';
import { isLater, PUBLISHED_LABEL_SOURCE, toArticleDate } from './dates.ts';
import type { Extracted } from './extract-article.ts';
import { copyrightHolder, isCopyrightLine } from './read-text.ts';
import { htmlToPlainText } from './to-markdown.ts';
import type { FoundFields } from './types.ts';
import { pageLanguage } from './language.ts';
import { dateReading, monthNumber, onlyDateWords, writtenDate, type DateReading } from '../lib/written-dates.ts';
import { readMetaLine } from './meta-line.ts';
import { CLOSES_SENTENCE, HEAD_LINE_WIDTH } from './text-lines.ts';
import { httpUrl, siteLabel } from '../lib/urls.ts';
import { UNSPACED, WORD_RUN } from '../lib/word-characters.ts';

type Json = Record<string, unknown>;

/** The metadata of a page, and the JSON-LD article it came from (its `articleBody` is a last resort for the text). */
export interface PageMetadata {
  fields: FoundFields;
  articleBody?: string;
  /** What the page declared and was not taken, for the summary. */
  notes?: string[];
  /** The line under the headline that says when the story was updated, on a page that says nothing of when it appeared. */
  updateLine?: { date: string; line: string };
  /** The site's name its `<title>` gives after the headline, on a page that declares none (titleSiteName). */
  titleSite?: { name: string; title: string };
  /** The site's name its `<title>` gives around another headline: the one the story prints, read after (read-html). */
  titleSiteAround?: (headline: string) => string | undefined;
  /** The page's `<title>`, where titleSiteAround may read it. */
  pageTitle?: string;
  /**
   * The lead picture the page declares (`og:image`, `twitter:image`) with its description, its address as written:
   * where the archive can show it is the reader's to find (placeLeadPicture), a saved page's own file perhaps.
   */
  leadPicture?: { src: string; alt: string };
}

/**
 * More tags than an article's run to: a keyword list written for search
 * engines (a Herald Sun page's 36 phrases: "immediate action", "Angry
 * media"…; a blog's 28 site-wide words), which as tags would each make a
 * listing of one article. Such a list is left out, and the summary says so.
 * Curated lists run shorter: the Guardian's feed gives up to 15 categories,
 * the New York Times' pages 12 `news_keywords`. Counted as the import keeps
 * names (foundNames: repeats and machine tokens aside).
 */
const MOST_TAGS_DECLARED = 20;

// Meta names for the publication date, most specific first; modified dates are never among them.
const DATE_META = [
  'article:published_time',
  'article:published',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'article:publicationdate',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'og:published_time',
  'published_at',
  'cxenseparse:recs:publishtime',
  'pdate',
];
// Meta names news systems put bylines in.
const AUTHOR_META = [
  'author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
];

/** Reads a page's metadata; `extracted` (Readability's result) fills what the page does not declare. */
export function readPageMetadata(tree: Root, extracted?: Extracted): PageMetadata {
  const ld = findArticleJsonLd(tree);
  const meta = readMeta(tree);
  const one = (...names: string[]): string | undefined =>
    names.map((name) => meta.get(name)?.[0]).find((value) => value !== undefined);
  const fields: FoundFields = {};

  const url =
    httpUrl(select('link[rel~=canonical]', tree)?.properties.href) ?? httpUrl(one('og:url')) ?? httpUrl(ldUrl(ld));
  // The names a page declares for its site, then its host's name ("breitbart" of www.breitbart.com).
  const declaredSiteNames = [
    names(ld?.publisher)[0],
    one('og:site_name'),
    one('application-name'),
    one('publisher'),
    extracted?.siteName,
  ].filter((name): name is string => !!name);
  const hostLabel = url ? siteLabel(url) : undefined;
  const siteNames = hostLabel ? [...declaredSiteNames, hostLabel] : declaredSiteNames;
  // Only a declared site name rules a byline out: a writer's own site is often named after them (hakibenita.com).
  const authors = withoutHolder(
    authorsOf(tree, ld, meta, extracted, declaredSiteNames, url),
    ld,
    one('copyright', 'dcterms.rights'),
  );
  const printedTitle = printedHeadline(tree)?.text;
  // The headline the page prints over the story, when a title it declares says the same (JSON-LD, Open Graph,
  // Twitter's card, Parse.ly's, or its <title> opening with it before the site's name), is the story's, whatever the
  // others say: a search engine's wording ("Why Does Slack Say Hummus?" over "The Adorable Reason…"), a social
  // post's shorter one ("…traded for Sale" over "…traded for Chris Sale").
  const declaredTitles = [
    text(ld?.headline),
    ...['og:title', 'twitter:title', 'parsely-title', 'sailthru.title'].map((name) => one(name)),
  ];
  const pageTitle = firstText(tree, 'title');
  const title =
    printedTitle &&
    (declaredTitles.some((declared) => declared && comparableWords(declared) === comparableWords(printedTitle)) ||
      (pageTitle !== undefined && opensTitle(pageTitle, printedTitle)))
      ? printedTitle
      : chooseTitle([...declaredTitles, printedTitle, extracted?.title, pageTitle], pageTitle, siteNames, authors);
  // The site's name the <title> gives around a headline, where the page's address or copyright holder vouches for it.
  // Read from the whole page only when a title's name is to be vouched for: most pages declare their site.
  let holders: string[] | undefined;
  const siteAround = (headline: string | undefined) =>
    titleSiteName(pageTitle, headline, authors, {
      ...(url ? { url } : {}),
      holders: (holders ??= pageCopyrightHolders(tree, ld, one('copyright', 'dcterms.rights'))),
    });
  // A page without an <h1>, whose <title> sets the site's name before a heading it prints ("Báo Đồng Bằng - Giá lúa
  // tăng mạnh ở Cần Thơ" over <h2>Giá lúa tăng mạnh ở Cần Thơ</h2>): the heading is the headline. Only a name vouched
  // for as the site's: "Champions League final - As it happened" over <h2>As it happened</h2> is one headline.
  const afterHead = printedTitle ? undefined : headingAfterTitleHead(tree, pageTitle);
  const headed = afterHead && siteAround(afterHead) ? afterHead : undefined;
  if (headed && title && comparableWords(title) === comparableWords(pageTitle ?? '')) fields.title = headed;
  else if (title) fields.title = title;
  const dek = text(ld?.description) ?? one('og:description', 'description', 'twitter:description');
  // A description that only repeats the headline says nothing more.
  if (dek && !(title && samePublicationName(dek, title))) fields.dek = dek;

  // Templates declare a language of their own (lang="en-US" over a German story): where the places disagree, the text decides.
  const lang = pageLanguage(
    [
      langCode(select('html', tree)?.properties.lang),
      langCode(ld?.inLanguage),
      langCode(one('og:locale')),
      langCode(one('content-language', 'dc.language', 'language')),
      langCode(extracted?.lang),
    ],
    extracted?.text ?? '',
  );
  if (lang) fields.lang = lang;
  // Dates written in words are read in the page's language ("listopada" is October in Croatian, November in Polish).
  const reading = dateReading(lang);
  const { date, updated: printedUpdate, update } = publishedDate(tree, ld, meta, extracted, url, reading);
  if (date) fields.date = date;
  const updated =
    firstDate(
      reading,
      text(ld?.dateModified),
      one('article:modified_time', 'article:modified', 'og:updated_time', 'dcterms.modified'),
      itemprop(tree, 'dateModified'),
    ) ?? printedUpdate;
  // Many publishing systems stamp the publication time as the modification time too: no update then.
  if (date && updated && isLater(updated, date)) fields.updated = updated;

  if (authors.length > 0) fields.authors = authors;

  // The links a blog's theme prints under its story (WordPress's `rel="tag"` and `rel="category tag"`), where the page
  // declares none: the story's own tags and category.
  const filed = filedUnder(tree);
  const section = textList(ld?.articleSection)[0] ?? one('article:section') ?? filed.category;
  if (section) fields.section = section;
  const tags = keywords(ld?.keywords);
  const declaredKeywords = meta.get('article:tag') ?? keywords(one('keywords', 'news_keywords'));
  const metaTags = declaredKeywords.length > 0 ? declaredKeywords : filed.tags;
  // The publication's own name among its keywords ("Folha de S.Paulo") tags every one of its articles: no tag.
  const ownTags = (tags.length > 0 ? tags : metaTags).filter(
    (tag) => !declaredSiteNames.some((site) => samePublicationName(site, tag)),
  );
  const notes: string[] = [];
  const kept = foundNames(ownTags).length;
  if (kept > MOST_TAGS_DECLARED)
    notes.push(
      `tags: the page's ${kept} keywords were not made tags (more than ${MOST_TAGS_DECLARED}: a list for search engines; --tags sets them)`,
    );
  else if (ownTags.length > 0) fields.tags = ownTags;
  const publisher = declaredSiteNames[0];
  if (publisher || url) fields.source = { ...(publisher ? { name: publisher } : {}), ...(url ? { url } : {}) };
  // Else the name its <title> gives after the headline, where the page's address, its copyright holder or a section
  // between vouches for it (titleSiteName), which beats its address ("เสียงเชียงใหม่", not "siangchiangmai.example");
  // a guess, as --source-name may set another.
  const titleSite = publisher ? undefined : siteAround(fields.title);
  const imageSrc = one('og:image:secure_url', 'og:image', 'twitter:image');
  const imageAlt = one('og:image:alt', 'twitter:image:alt') ?? ldImageAlt(ld) ?? imageAltInPage(tree, imageSrc);
  // The schema wants alt text: a picture without a description is left out rather than given one invented.
  const leadPicture = imageSrc && imageAlt ? { src: imageSrc, alt: imageAlt } : undefined;
  const copyright = copyrightOf(ld) ?? one('copyright', 'dcterms.rights');
  if (copyright) fields.copyright = copyright;

  const articleBody = text(ld?.articleBody, false);
  return {
    fields,
    ...(articleBody ? { articleBody } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(update ? { updateLine: { date: update.date, line: update.line } } : {}),
    ...(titleSite && pageTitle ? { titleSite: { name: titleSite, title: pageTitle } } : {}),
    ...(publisher || !pageTitle ? {} : { titleSiteAround: siteAround, pageTitle }),
    ...(leadPicture ? { leadPicture } : {}),
  };
}

/**
 * The publication day: JSON-LD, meta names, microdata, `<time>` (published, not updated), a date-marked element,
 * the date line under the headline, Readability, then a date in the URL; with the update the date line prints
 * beside the day taken from it (`updated`). A page that prints only when it was updated gives that line as
 * `update`, no date.
 */
function publishedDate(
  tree: Root,
  ld: Json | undefined,
  meta: Map<string, string[]>,
  extracted: Extracted | undefined,
  url: string | undefined,
  reading: DateReading,
): { date?: string; updated?: string; update?: PrintedDate } {
  const times = selectAll('time', tree).filter(
    (time) => !/updat|modif/i.test(classWords(time).join(' ') + String(time.properties.itemProp ?? '')),
  );
  const published = times.find(
    (time) =>
      time.properties.pubDate !== undefined ||
      /publish/i.test(classWords(time).join(' ') + String(time.properties.itemProp ?? '')),
  );
  // A <time> inside the story's <article> before one elsewhere (a teaser's, a comment's).
  const inArticle = new Set(selectAll('article time', tree));
  const ordered = [...(published ? [published] : []), ...times.filter((time) => inArticle.has(time)), ...times];
  const declared = firstDate(
    reading,
    text(ld?.datePublished),
    ...DATE_META.flatMap((name) => meta.get(name) ?? []),
    itemprop(tree, 'datePublished'),
    ...ordered.map((time) =>
      typeof time.properties.dateTime === 'string' ? time.properties.dateTime : hastToString(time),
    ),
  );
  if (declared) return { date: declared };
  // Only a page that gave none of those is walked element by element for a date-marked class.
  const printed = printedDate(tree, reading);
  const date = firstDate(
    reading,
    ...datedElements(tree),
    ...labelledDates(tree),
    printed && !printed.updatedOnly ? printed.date : undefined,
    text(ld?.dateCreated),
    extracted?.publishedTime,
    url && urlDay(url),
  );
  // The update printed beside the day it was published, where that day is the one taken.
  const updated =
    date && printed?.updated && date.slice(0, 10) === printed.date.slice(0, 10) ? printed.updated : undefined;
  return date ? { date, ...(updated ? { updated } : {}) } : printed ? { update: printed } : {};
}

// Class or id words sites give the element that shows when a story was published ("pubTime", "post-date",
// "buzz_datetime"), and "datum", the word for date in Serbian, Croatian, Bosnian, Slovene, Czech, Slovak, German,
// Dutch and the Nordic languages ("datum", "datum-objave"), and Turkish "tarih" ("haber-tarih").
const DATE_CLASS =
  /(?:^|[-_\s])(?:pub(?:lish(?:ed)?)?[-_]?(?:date|time)|date[-_]?(?:time|published|line)?|datum|tarih|datetime|timestamp|posted(?:[-_]?on)?)(?:$|[-_\s])/i;
const NOT_PUBLISHED = /updat|modif|comment|reply|archive|picker|calendar/i;

/**
 * The short texts of elements marked as a publication date by their class or
 * id, as sites show them without `<time>`, each whole and its first line: the
 * story's own (inside `<article>`) first. Texts over 100 characters are sentences, not dates.
 */
function datedElements(tree: Root): string[] {
  // Word by word: id="update_posted_time" beside class="buzz_datetime" is still the posted time.
  const marked = (element: Element) =>
    classWords(element)
      .map((word) => word.replace(/([a-z])([A-Z])/g, '$1-$2'))
      .some((word) => DATE_CLASS.test(word) && !NOT_PUBLISHED.test(word));
  const texts = (scope: Root | Element) =>
    selectAll('[class], [id]', scope)
      .filter((element) => element.tagName !== 'time' && marked(element))
      // Also its first line as shown: a date over a link (`<dl class="date"><dt>2019.03.08</dt><dd>…</dd></dl>`).
      .flatMap((element) => [
        hastToString(element).replace(/\s+/g, ' ').trim(),
        shownText(element).split('\n')[0] ?? '',
      ])
      .filter((text) => text !== '' && text.length <= 100);
  const article = select('article', tree);
  return [...(article ? texts(article) : []), ...texts(tree)];
}

// "published on", "publiziert am", "publicado em", "publié le": a verb of publishing, then the day.
const PUBLISHED_LABEL = new RegExp(`(?:^|\\s)${PUBLISHED_LABEL_SOURCE}\\s+`, 'i');

/**
 * The days short elements print after a verb of publishing ("Von Moritz
 * Bachmann publiziert am 25. September 2018"), wherever they stand: what a
 * page without any declared date shows its readers.
 */
function labelledDates(tree: Root): string[] {
  return selectAll('p, span, div, li, small, address', tree)
    .map((element) => hastToString(element).replace(/\s+/g, ' ').trim())
    .filter((line) => line.length <= 120)
    .flatMap((line) => {
      const label = PUBLISHED_LABEL.exec(line);
      return label ? [line.slice(label.index + label[0].length)] : [];
    });
}

/**
 * The day in a story's address, as many sites file them: `/2019/11/18/` or `/2019/nov/18/`.
 * @example urlDay('https://www.politifact.com/article/2019/nov/18/slug/') // '2019-11-18'
 */
export function urlDay(url: string): string | undefined {
  const match = /\/((?:19|20)\d{2})\/(\d{2}|\p{L}{3,9})\/(\d{1,2})\//u.exec(new URL(url).pathname);
  if (!match) return undefined;
  const [, year, month = '', day = ''] = match;
  const number = /^\d+$/.test(month) ? Number(month) : monthNumber(month);
  return number ? `${year}-${String(number).padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** People named as authors, from the most deliberate declaration that names any. */
function authorsOf(
  tree: Root,
  ld: Json | undefined,
  meta: Map<string, string[]>,
  extracted: Extracted | undefined,
  siteNames: readonly string[],
  url: string | undefined,
): string[] {
  // A byline that is the publication's own name ("BBC News", "Mac & i") names no person.
  const bylines = (byline: string): string[] =>
    siteNames.some((site) => samePublicationName(site, byline)) ? [] : bylineNames(byline);
  const sources: (() => string[])[] = [
    () => persons(ld?.author, bylines),
    () => AUTHOR_META.flatMap((name) => meta.get(name) ?? []).flatMap(bylines),
    // Readability's byline comes from next to the story; itemprop and rel=author anywhere in the page may belong to a teaser.
    () => (extracted?.byline ? bylines(shownByline(tree, extracted.byline, url)) : []),
    () =>
      selectAll('[itemprop~=author]', tree).flatMap((element) =>
        bylines(itemValue(select('[itemprop~=name]', element) ?? element)),
      ),
    () => selectAll('a[rel~=author]', tree).flatMap((link) => bylines(hastToString(link))),
    () => visibleBylines(tree, bylines, url),
    () => bylineUnderHeadline(tree, bylines),
  ];
  for (const source of sources) {
    const found = unique(source());
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The writers without the page's copyright holder, which many systems also put
 * in `<meta name="author">` beside the writers' own tags ("Condé Nast" and
 * "Alex Hutchinson", under "Copyright (c) Condé Nast 2022"). A holder named
 * alone stays: a blogger holds the rights to their own posts.
 */
function withoutHolder(authors: string[], ld: Json | undefined, notice: string | undefined): string[] {
  const holder = names(ld?.copyrightHolder)[0] ?? (notice ? copyrightHolder(notice) : undefined);
  if (!holder) return authors;
  const others = authors.filter((author) => !samePublicationName(author, holder));
  return others.length > 0 ? others : authors;
}

/** Short elements whose class or id says "byline" or "author" (in several languages), read as bylines. */
function visibleBylines(tree: Root, bylines: (byline: string) => string[], url: string | undefined): string[] {
  const cards = storyCards(tree, url);
  for (const element of selectAll('[class], [id]', tree)) {
    if (cards.has(element)) continue;
    if (
      !classWords(element).some((word) =>
        /^(?:by-?line|author|autor|auteur|autore|signature|firma)s?(?:-?name)?$/i.test(word),
      )
    )
      continue;
    const byline = shownText(element);
    if (byline.length === 0 || byline.length > 120) continue;
    // "Saibal Dasgupta / TNN / Updated: Oct 9, 2019": the writer first, then the desk or agency and the day.
    const [writer, ...rest] = byline.split(/\s+[/|]\s+/);
    const found =
      bylines(byline).length > 0 || rest.length === 0 || !writer?.includes(' ') || !looksLikeName(writer)
        ? bylines(byline)
        : bylines(writer);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The line labelled "By …" (or its like) between the printed headline and the
 * story, where pages whose classes say nothing (generated names: "rQqmM",
 * "_ceVT") print their byline: `<div>By <span>Ada Quill</span></div>`. The
 * first such short line after the `<h1>`; none once the story's paragraphs
 * begin, so a teaser's byline further down is never taken.
 */
function bylineUnderHeadline(tree: Root, bylines: (byline: string) => string[]): string[] {
  for (const { line } of linesUnderHeadline(tree)) {
    if (line.length > 120 || !hasBylineLabel(line)) continue;
    const found = bylines(line);
    // A byline, not a sentence that opens with the word ("By using this site you agree…") nor a control's
    // label ("Text Size"): the first name follows the label, little but names and a date follows, and a name
    // in a cased script has two words or more.
    if (found.some((name) => !name.includes(' ') && /[\p{Lu}\p{Ll}]/u.test(name))) continue;
    const words = line.split(/\s+/);
    const first = found[0]?.split(' ')[0]?.toLowerCase();
    if (
      first &&
      words.slice(1, 4).some((word) => word.toLowerCase().startsWith(first)) &&
      words.length <= found.join(' ').split(' ').length + 6
    )
      return found;
    // Unspaced scripts: a short label and the names, one run of characters ("著者：後藤大地").
    if (words.length === 1 && first && line.includes(first) && line.length <= found.join('').length + 6) return found;
  }
  return [];
}

/**
 * The elements between the printed headline and the story, each with its text
 * as shown (outer ones before the ones they hold): where a page prints its
 * byline and date line. None once the story's paragraphs begin, so a teaser's
 * further down is never among them.
 */
function* linesUnderHeadline(tree: Root): Generator<{ element: Element; line: string }> {
  const heading = printedHeadline(tree)?.heading;
  if (!heading) return;
  const inHeading = new Set(selectAll('*', heading));
  let after = false;
  let sentences = 0;
  for (const element of selectAll('*', tree)) {
    if (element === heading) {
      after = true;
      continue;
    }
    if (!after || inHeading.has(element)) continue;
    const line = shownText(element);
    if (element.tagName === 'p' && line.length >= STORY_PARAGRAPH) return;
    // A paragraph of sentences may be a standfirst; a second one is the story's, in any script
    // (Japanese paragraphs run shorter than a Latin story's).
    if (element.tagName === 'p' && line.length > HEAD_LINE_WIDTH && CLOSES_SENTENCE.test(line) && ++sentences > 1)
      return;
    if (line.length > 0) yield { element, line };
  }
}

/** A date the page prints under its headline, and whether its label says it is an update's. */
interface PrintedDate {
  date: string;
  line: string;
  updatedOnly: boolean;
  /** The update the line prints beside the day it was published, when later ("Julkaistu … | Päivitetty …"). */
  updated?: string;
}

// "… in Valve on 1 June 2019 at 08:34 PM EDT.": a byline's clause saying when.
const BYLINE_DATE = /\s(?:on|am|le|el|em|il|op)\s+([^.;|]+)/i;

/**
 * The date line printed under the headline, where pages that declare no date
 * show it ("December 16, 2016, 4:19 PM" in a bare `<div>` under the byline;
 * "<a>Cloud</a> 2019年3月15日 09:43"; "最終更新日：2019年4月2日"): the first short
 * line there that, beside its links, is a date and perhaps a label, or a
 * byline's "on 1 June 2019". A date labelled as an update's ("Updated: Oct 9,
 * 2019") is returned only when no other is printed, marked as such.
 */
function printedDate(tree: Root, reading: DateReading): PrintedDate | undefined {
  let update: PrintedDate | undefined;
  for (const { element, line: shown } of linesUnderHeadline(tree)) {
    // An element holding more than a few short lines holds the story or a teaser: its own lines come later.
    if (shown.length > 160) continue;
    const links = selectAll('a', element).map((link) => hastToString(link).replace(/\s+/g, ' ').trim());
    for (const line of shown.split('\n')) {
      // Beside a section's or a writer's link ("<a>Cloud</a> 2019年3月15日"), the rest of the line.
      const rest = links.reduce((text, link) => (link ? text.replace(link, ' ') : text), line).trim();
      const meta = [line, rest].map((text) => readMetaLine(text, links, reading)).find((read) => read?.date);
      const clause = hasBylineLabel(line) ? BYLINE_DATE.exec(line)?.[1]?.trim() : undefined;
      const date = meta?.date ?? (clause && onlyDateWords(clause) ? writtenDate(clause, reading) : undefined);
      if (!date) continue;
      if (!meta?.updatedOnly)
        return { date, line, updatedOnly: false, ...(meta?.updated ? { updated: meta.updated } : {}) };
      update ??= { date, line, updatedOnly: true };
    }
  }
  return update;
}

// A paragraph this long is the story's text: the lines over it have all been passed.
const STORY_PARAGRAPH = 200;

// Where Readability looks for a byline: rel=author, itemprop=author, a class or id that says so.
const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/i;

/**
 * Readability's byline as the page shows it. Readability takes the element's
 * text as is, its blocks' words glued ("ERIC TUCKERAssociated Press" of a name
 * and an agency's credit set on two lines); the same element read as shown
 * keeps each on its line.
 */
function shownByline(tree: Root, byline: string, url: string | undefined): string {
  const glued = byline.replace(/\s+/g, ' ').trim();
  const element = selectAll('[class], [id], [rel], [itemprop]', tree).find(
    (candidate) =>
      BYLINE_HINT.test([...classWords(candidate), ...attributeWords(candidate)].join(' ')) &&
      hastToString(candidate).replace(/\s+/g, ' ').trim() === glued,
  );
  // Readability takes the first byline it meets, a card's too.
  if (element && storyCards(tree, url).has(element)) return '';
  return element ? shownText(element) : byline;
}

/** Whether a link points at the page at `url` (its scheme, `www.`, query and fragment aside). */
function samePage(href: string, url: string): boolean {
  try {
    const [a, b] = [new URL(href, url), new URL(url)];
    const key = (address: URL) => address.host.replace(/^www\./, '') + address.pathname.replace(/\/$/, '');
    return key(a) === key(b);
  } catch {
    return false;
  }
}

/**
 * The elements of cards that link to other stories, in a rail or a feed beside the
 * story: all of a link that holds more than one line (`<a href="/other"><div>Headline</div>
 * <div>By …</div></a>`), and all of the block around a heading that is only a link to
 * another page (`<h2><a href="/other">Headline</a></h2><a class="byline">…</a>`). A byline
 * among them is that story's. The page's printed headline, linked to the page itself, is none.
 */
function storyCards(tree: Root, url: string | undefined): Set<Element> {
  const inside = new Set<Element>();
  const add = (block: Element) => selectAll('*', block).forEach((element) => inside.add(element));
  const own = printedHeadline(tree)?.heading;
  const elsewhere = (href: unknown) =>
    typeof href === 'string' && !/^#|^javascript:/i.test(href) && !(url && samePage(href, url));
  for (const link of selectAll('a[href]', tree))
    if (elsewhere(link.properties.href) && shownText(link).includes('\n')) add(link);
  const visit = (parent: Element | Root) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      // Every heading of the block a link elsewhere: a card's headline (and its kicker), not the story's.
      const headings = child.children.filter(
        (node): node is Element => node.type === 'element' && /^h[1-6]$/.test(node.tagName),
      );
      const linkedAway = (heading: Element) => {
        const links = selectAll('a[href]', heading);
        return (
          links.length > 0 &&
          links.every((link) => elsewhere(link.properties.href)) &&
          comparableWords(links.map((link) => hastToString(link)).join(' ')) === comparableWords(hastToString(heading))
        );
      };
      if (headings.length > 0 && headings.every(linkedAway) && !(own && selectAll('*', child).includes(own)))
        add(child);
      else visit(child);
    }
  };
  visit(tree);
  return inside;
}

/**
 * An element's text as a browser shows it: a block's or a line break's edge
 * is a line break, any other white space one space.
 * @example shownText(<div><div>By ERIC TUCKER</div><div>Associated Press</div></div>) // 'By ERIC TUCKER\nAssociated Press'
 */
function shownText(element: Element): string {
  return toText(spacedAtTags(element))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A copy of an element with a space where a byline's label or a writer's title
 * stands in an element of its own with no space beside the name
 * (`<span>By</span>Travis Haney`, `Howard Blume<span>Staff Writer</span>`): a
 * stylesheet's margin set them apart on the page. Nowhere else, so a name split
 * for styling (`<span>Mc</span>Donald`, `Le<b>Blanc</b>`) stays whole.
 */
function spacedAtTags(element: Element): Element {
  const children: ElementContent[] = [];
  for (const child of element.children) {
    const copy = child.type === 'element' ? spacedAtTags(child) : child;
    const before = children.at(-1);
    if (before && (before.type === 'element' || copy.type === 'element')) {
      const left = hastToString(before);
      const right = hastToString(copy);
      if (/\p{L}$/u.test(left) && /^\p{Lu}/u.test(right) && (endsInBylineLabel(left) || startsWithRole(right)))
        children.push({ type: 'text', value: ' ' });
    }
    children.push(copy);
  }
  return { ...element, children };
}

function attributeWords(element: Element): string[] {
  const { rel, itemProp } = element.properties;
  return [rel, itemProp].flatMap((value) => (Array.isArray(value) ? value.map(String) : []));
}

/**
 * The first schema.org Article-like object in the page's JSON-LD, looking inside arrays and `@graph`, its
 * references to other nodes of the page's graph resolved: Yoast and other SEO plugins write the author and the
 * publisher as `{"@id": "…#/schema/person/…"}`, named in a node of their own. Without a publisher, the graph's
 * WebSite names the site.
 */
function findArticleJsonLd(tree: Root): Json | undefined {
  const queue: unknown[] = [];
  for (const script of selectAll('script[type="application/ld+json" i]', tree)) {
    const parsed = parseJsonLd(hastToString(script));
    if (parsed !== undefined) queue.push(parsed);
  }
  // Failing an article, the page itself (WebPage, MedicalWebPage…) when it says when it was published.
  let page: Json | undefined;
  let article: Json | undefined;
  let website: Json | undefined;
  const byId = new Map<string, Json>();
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...(item as unknown[]));
    else if (isJson(item)) {
      const types = textList(item['@type']);
      if (typeof item['@id'] === 'string' && Object.keys(item).length > 1) byId.set(item['@id'], item);
      if (!article && types.some((type) => /(?:Article|BlogPosting|Report|NewsArticle)$/.test(type))) article = item;
      if (!page && item.datePublished !== undefined && types.some((type) => /WebPage$/.test(type))) page = item;
      if (!website && types.includes('WebSite')) website = item;
      if (item['@graph']) queue.push(item['@graph']);
    }
  }
  const found = article ?? page;
  if (!found) return undefined;
  // A node that is only a reference ({"@id": …}) stands for the node of that id.
  const resolve = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(resolve)
      : isJson(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1
        ? (byId.get(value['@id']) ?? value)
        : value;
  const resolved: Json = Object.fromEntries(Object.entries(found).map(([key, value]) => [key, resolve(value)]));
  if (resolved.publisher === undefined && website) resolved.publisher = resolve(website.publisher) ?? website;
  return resolved;
}

/**
 * JSON-LD as pages write it: possibly wrapped in `<![CDATA[ ]]>` (with `//`
 * comments), possibly with raw line breaks inside strings.
 * @example parseJsonLd('//<![CDATA[\n{"a":1}\n//]]>') // { a: 1 }
 */
export function parseJsonLd(source: string): unknown {
  const unwrapped = source
    .trim()
    .replace(/^(?:\/\/\s*|\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?/, '')
    .replace(/(?:\/\/\s*|\/\*\s*)?\]\]>(?:\s*\*\/)?$/, '')
    .trim()
    .replace(/;$/, '');
  for (const attempt of [unwrapped, unwrapped.replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      return JSON.parse(attempt) as unknown;
    } catch {
      // Broken JSON-LD is common; the meta tags may still be fine.
    }
  }
  return undefined;
}

/** `<meta>` values by lower-cased `property`, `name`, `itemprop` or `http-equiv`, in page order. */
function readMeta(tree: Root): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const element of selectAll('meta[content]', tree)) {
    const value = String(element.properties.content).replace(/\s+/g, ' ').trim();
    if (!value) continue;
    const { property, name: metaName, itemProp, httpEquiv } = element.properties;
    const keys = [property, metaName, itemProp, httpEquiv].flatMap((key) => (Array.isArray(key) ? key : [key]));
    for (const key of keys) {
      if (key === undefined || key === null || key === '') continue;
      // Open Graph's article properties are `article:*`; some sites write them `og:article:*` (the BBC's section).
      const name = String(key)
        .toLowerCase()
        .replace(/^og:article:/, 'article:');
      meta.set(name, [...(meta.get(name) ?? []), value]);
    }
  }
  return meta;
}

/** The value of the first element with `itemprop` = name: its `content`, `datetime` or text. */
function itemprop(tree: Root, name: string): string | undefined {
  const element = select(`[itemprop~=${name}]`, tree);
  return element ? itemValue(element) || undefined : undefined;
}

function itemValue(element: Element): string {
  const { content, dateTime } = element.properties;
  if (typeof content === 'string') return content;
  if (typeof dateTime === 'string') return dateTime;
  return hastToString(element).replace(/\s+/g, ' ').trim();
}

/**
 * Names of people in a JSON-LD author value. Organisations are not bylines; a
 * declared Person is one even when the site bears their name; an untyped name
 * goes through `bylines`, which knows the site's names.
 */
function persons(value: unknown, bylines: (byline: string) => string[]): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return list.flatMap((item) => {
    const types = isJson(item) ? textList(item['@type']) : [];
    if (types.some((type) => /Organization|Organisation|Corporation|NewsMediaOrganization/.test(type))) return [];
    const name = isJson(item) ? text(item.name) : text(item);
    if (!name) return [];
    return types.includes('Person') ? bylineNames(name) : bylines(name);
  });
}

/**
 * The headline: the most deliberate candidate (JSON-LD, Open Graph, `<h1>`,
 * Readability's) that agrees with the page's `<title>`, since some sites put a
 * description or a section name in one of them; the first candidate when none agrees, or when the
 * `<title>` is only the site's name. A candidate that is another with a tail
 * added, the writer's name ("Story - Ada Quill") or a site's ("Story | Blog"),
 * gives way to the clean one.
 * @example chooseTitle(['constitutional monarchy in Oceania', 'New Zealand - Wikipedia'], 'New Zealand - Wikipedia', ['Wikipedia']) // 'New Zealand'
 * @example chooseTitle(['Pier - Ada Quill', 'Pier'], undefined, [], ['Ada Quill']) // 'Pier'
 */
export function chooseTitle(
  candidates: readonly (string | undefined)[],
  pageTitle: string | undefined,
  siteNames: readonly string[],
  authors: readonly string[] = [],
): string | undefined {
  const given = candidates.filter((candidate): candidate is string => !!candidate);
  const cleaned = given.map((candidate) => withoutSiteName(candidate, siteNames));
  // A <title> that is only the site's name says nothing about which headline is the story's.
  const reference =
    pageTitle && !siteNames.some((site) => samePublicationName(pageTitle, site)) ? wordSet(pageTitle) : undefined;
  const agrees = (candidate: string) => {
    const words = [...wordSet(candidate)];
    return !reference || (words.length > 0 && words.filter((word) => reference.has(word)).length / words.length >= 0.5);
  };
  const chosen = cleaned.find(agrees) ?? cleaned[0];
  // As declared too, the site's name still on: "Study - Full Record - Harbour.gov" ends in the site.
  const declared = given[cleaned.indexOf(chosen ?? '')] ?? '';
  return (
    chosen &&
    (cleaned.find(
      (other) =>
        other !== chosen &&
        (isTailOf(chosen, other, authors, siteNames) || isTailOf(declared, other, authors, siteNames)),
    ) ??
      chosen)
  );
}

// What a title adds after the headline: a separator, then the credit. A full stop the headline ends on may stand
// before the separator ("発売。 | サンワ…").
const TITLE_TAIL = /^[。.]?\s*(?:\s([-–—|·»:]|::)\s|([｜：]))\s*(.+)$/u;
// What a title sets before the headline: the credit, then a separator (not a colon: "Pier: what next" is one headline).
const TITLE_HEAD = /^(.+?)\s*(?:\s[-–—|·»]\s|\s::\s|｜)\s*$/u;

/**
 * Whether a `<title>` opens with a headline and then credits it after a separator ("Pier reopens | News | Harbour
 * Gazette"), as most sites write their titles: the page's own word that the headline is the story's. Not a colon's
 * (the headline goes on after it), nor the headline alone.
 * @example opensTitle('Pier reopens | Harbour Gazette', 'Pier reopens') // true
 * @example opensTitle('Pier reopens: what next', 'Pier reopens') // false
 */
function opensTitle(pageTitle: string, headline: string): boolean {
  const [long, short] = [pageTitle, headline].map((text) => straightQuotes(text.replace(/\s+/g, ' ').trim()));
  if (!long || !short || !long.startsWith(short)) return false;
  const tail = TITLE_TAIL.exec(long.slice(short.length));
  const separator = tail?.[1] ?? tail?.[2];
  return separator !== undefined && !/[:：]/u.test(separator);
}

/** Straight apostrophes and quotes, as titles are compared. */
const straightQuotes = (text: string) => text.replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"');

/**
 * The site's name a page's `<title>` gives after the headline, the last part after a bar, a dash or a dot, when
 * something else vouches for it: a section between ("Story | Opinion | Harbour Gazette"), the page's address
 * ("Story - Salon.com" at salon.com, "Story | Siang Chiang Mai" at siangchiangmai.example), or the copyright
 * holder the page names ("Story - The New York Times", © The New York Times Company; "Story | เสียงเชียงใหม่",
 * © หนังสือพิมพ์เสียงเชียงใหม่). A lone tail without them may be a section or a label ("Story | Opinion", "Story -
 * Live updates", "Story - Page 2"), and a writer's name ("Story - Ada Quill") or a date ("Story - Feb. 1, 2016") is
 * never one. A colon's tail is the headline's own ("Pier: what next"), and a label before the headline ("Opinion |
 * Story") names no site.
 * @example titleSiteName('Pier reopens | News | Harbour Gazette', 'Pier reopens', []) // 'Harbour Gazette'
 * @example titleSiteName('Pier reopens | Harbour Gazette', 'Pier reopens', [], { url: 'https://harbourgazette.example/a' }) // 'Harbour Gazette'
 * @example titleSiteName('Pier reopens | Opinion', 'Pier reopens', [], { url: 'https://harbourgazette.example/a' }) // undefined
 * @example titleSiteName('Pier reopens - Ada Quill', 'Pier reopens', ['Ada Quill']) // undefined
 */
export function titleSiteName(
  pageTitle: string | undefined,
  headline: string | undefined,
  authors: readonly string[],
  page: { url?: string; holders?: readonly string[] } = {},
): string | undefined {
  if (!pageTitle || !headline) return undefined;
  const [long, short] = [pageTitle, headline].map((text) => straightQuotes(text.replace(/\s+/g, ' ').trim()));
  if (!long || !short) return undefined;
  const vouchedBy = (name: string) =>
    namesHost(name, page.url) || (page.holders ?? []).some((holder) => holds(holder, name));
  // The name set before the headline, as the sites of the 2000s wrote their titles ("Słowo Opolskie - Woda zalała
  // Opole"): only where the page's address or its copyright holder vouches for it, as a label may stand there too
  // ("Opinion | Story").
  // The headline printed whole, or the <title> giving its opening words ("ΚΡΗΤΙΚΗ ΗΧΩ - Πλημμύρες στα Χανιά" for
  // "Πλημμύρες στα Χανιά μετά από ισχυρή καταιγίδα").
  const rest = long.endsWith(short) ? short : titleOpening(long, short);
  const head = rest && long !== rest ? TITLE_HEAD.exec(long.slice(0, -rest.length)) : null;
  if (head) {
    const name = (head[1] ?? '').split(TITLE_PARTS)[0]?.trim() ?? '';
    return isSiteName(name, authors) && vouchedBy(name) ? asHolderWrites(name, page.holders) : undefined;
  }
  const tail = long.startsWith(short) ? TITLE_TAIL.exec(long.slice(short.length)) : null;
  const separator = tail?.[1] ?? tail?.[2];
  if (!tail || separator === undefined || /[:：]/u.test(separator)) return undefined;
  const parts = (tail[3] ?? '').split(TITLE_PARTS).map((part) => part.trim());
  const name = parts.at(-1) ?? '';
  return isSiteName(name, authors) && (parts.length >= 2 || vouchedBy(name))
    ? asHolderWrites(name, page.holders)
    : undefined;
}

/**
 * The words a `<title>` ends with that open the headline, two at least ("… - Πλημμύρες στα Χανιά" for "Πλημμύρες στα
 * Χανιά μετά από ισχυρή καταιγίδα"), as the title writes them.
 */
function titleOpening(title: string, headline: string): string | undefined {
  const words = headline.split(' ');
  for (let count = words.length - 1; count >= 2; count--) {
    const opening = words.slice(0, count).join(' ');
    if (title.endsWith(` ${opening}`)) return opening;
  }
  return undefined;
}

/**
 * A site's name in capitals ("EGE GAZETESİ", "ΚΡΗΤΙΚΗ ΗΧΩ", as a title may shout it) as its copyright holder
 * writes the same words ("Ege Gazetesi", "Κρητική Ηχώ"); else as given.
 */
function asHolderWrites(name: string, holders: readonly string[] = []): string {
  if (name !== name.toLocaleUpperCase() || name === name.toLocaleLowerCase()) return name;
  return holders.find((holder) => nameKey(holder) === nameKey(name)) ?? name;
}

/** Where a title's credit sets its parts apart: a spaced bar, dash, dot or guillemet, a double colon. */
const TITLE_PARTS = /\s(?:[-–—|·»]|::)\s|｜/u;

/** Whether a part of a title may name a site: a few words, no date, no section's label, no writer of the page. */
function isSiteName(name: string, authors: readonly string[]): boolean {
  return (
    /\p{L}/u.test(name) &&
    name.split(' ').length <= 5 &&
    foundNames([name]).length === 1 &&
    writtenDate(name) === undefined &&
    !TITLE_LABEL.test(name) &&
    !authors.some((author) => samePublicationName(author, name))
  );
}

// What a title's tail names that is no site: a section or a kind of page, in the languages the site ships ("News",
// "Opinion", "Live updates", "Fotos", "ข่าว", "หน้าแรก"), or a page's number ("Page 2", "Seite 3", "หน้า 2").
const TITLE_LABEL = new RegExp(
  '^(?:(?:latest |local |world |breaking |top )?news|breaking|home(?: ?page)?|opinions?|comment(?: is free)?|editorials?|analysis|' +
    'videos?|photos?|pictures|gallery|photo gallery|in pictures|live|live updates|live blog|podcasts?|blogs?|sports?|business|' +
    'politics|world|local|culture|lifestyle|entertainment|technology|tech|science|health|travel|features?|reviews?|' +
    'nachrichten|meinung|aktuell|actualités?|info|noticias|opinión|últimas noticias|notícias|opinião|notizie|cronaca|' +
    'wiadomości|opinie|nieuws|berita|habari|ข่าว|ข่าวล่าสุด|หน้าแรก|' +
    '(?:page|p\\.|part|seite|teil|página|pagina|parte|strona|halaman|หน้า)\\s*\\d+|\\d+)$',
  'iu',
);

/** Whether a name is the page's address's ("Salon.com" at www.salon.com, "Siang Chiang Mai" at siangchiangmai.example). */
function namesHost(name: string, url: string | undefined): boolean {
  const host = url && URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  const label = url ? siteLabel(url) : undefined;
  return [host, label].some((site) => !!site && samePublicationName(name, site));
}

/** Words and letters as names are compared: lower case, without accents or marks, single-spaced. */
const nameKey = (text: string) => comparableWords(text.normalize('NFKD').replace(/\p{M}/gu, ''));

// What a holder adds to the publication's name: its company's legal form and kind ("The New York Times Company",
// "Salon Media Group, Inc.", Thai "บริษัท … จำกัด (มหาชน)", company … limited (public)).
const COMPANY_WORDS = new Set(
  [
    'company',
    'co',
    'corp',
    'corporation',
    'inc',
    'llc',
    'ltd',
    'limited',
    'plc',
    'gmbh',
    'ag',
    'sa',
    'spa',
    'bv',
    'nv',
    'group',
    'media',
    'holdings',
    'publishing',
    'publications',
    'newspapers',
    'บริษัท',
    'จำกัด',
    'มหาชน',
    '株式会社',
    '有限会社',
    '有限公司',
    '公司',
  ].map(nameKey),
);

/**
 * Whether a copyright holder names the site: the holder is the name, its company's words aside ("The New York Times
 * Company" holds "The New York Times", never "Times" nor "New York"), whatever the case or accents; in a script
 * without spaces, the name may be joined to a word for what it is, as long as it makes the most of it
 * ("หนังสือพิมพ์เสียงเชียงใหม่", the newspaper Siang Chiang Mai, holds "เสียงเชียงใหม่").
 */
function holds(holder: string, name: string): boolean {
  const whole = nameKey(holder)
    .split(' ')
    .filter((word) => !COMPANY_WORDS.has(word))
    .join(' ');
  const part = nameKey(name);
  if (!part || !whole) return false;
  if (whole === part) return true;
  // Written without spaces between words, a name stands inside a longer one (UNSPACED).
  return UNSPACED.test(name) && (whole.startsWith(part) || whole.endsWith(part)) && part.length * 2 > whole.length;
}

// Where a page prints its copyright notice: an element of its own text holding © or "Copyright".
const NOTICE_MARK = /[©ⓒ]|\bcopyright\b/i;
// Elements whose text a reader never sees.
const NOT_PRINTED = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The holders of the page's copyright: the one its JSON-LD or meta tags declare, and those of the notices it prints
 * (a footer's "© 2567 หนังสือพิมพ์เสียงเชียงใหม่ สงวนลิขสิทธิ์", "© 2019 The New York Times Company").
 */
function pageCopyrightHolders(tree: Root, ld: Json | undefined, declared: string | undefined): string[] {
  const holders = [...names(ld?.copyrightHolder), ...(declared ? [copyrightHolder(declared)] : [])];
  visit(tree, 'element', (element) => {
    // A script's or a style sheet's text ("// Copyright 2006 ClickTale") is no notice.
    if (NOT_PRINTED.has(element.tagName)) return SKIP;
    if (element.children.some((child) => child.type === 'text' && NOTICE_MARK.test(child.value))) {
      // The notice, not the footer's links after it ("© 2021 Anadolu Kent Postası. Tüm hakları saklıdır. | Gizlilik").
      const line = hastToString(element).replace(/\s+/g, ' ').trim();
      const parts = line.split(/\s[|｜·•]\s/u);
      const at = parts.findIndex((part) => NOTICE_MARK.test(part));
      // The part after it too where the mark's names no one ("© 2021 | Harbour Gazette").
      const marked = parts[at] ?? line;
      const notice = at >= 0 && !copyrightHolder(marked) && parts[at + 1] ? `${marked} ${parts[at + 1]}` : marked;
      if (isCopyrightLine(notice)) holders.push(copyrightHolder(notice));
    }
    return undefined;
  });
  return holders.filter((holder): holder is string => !!holder);
}

/**
 * Whether a title is another with a credit added after a separator: a
 * writer's name or the site's after a dash ("Story - Ada Quill", "Story - Full
 * Text View - Harbour.gov"), anything as short as a site's name or a section's
 * after a bar, a colon or the like ("Story | Harbour Notes", "Story：Section",
 * "Story : Sport"), a note in parentheses ("Story (Published 2016)"), or a
 * short label before a bar ("Opinion | Story"). A dash before other words may
 * be the headline's own ("Pier - what next?"). The headline the page prints
 * (its `<h1>`) is what tells: the same words, apostrophes straight or curly.
 * @example isTailOf('Pier - Ada Quill', 'Pier', ['Ada Quill']) // true
 * @example isTailOf('Pier - what next?', 'Pier', []) // false
 * @example isTailOf('Opinion | Pier', 'Pier', []) // true
 */
function isTailOf(
  title: string,
  shorter: string,
  authors: readonly string[],
  siteNames: readonly string[] = [],
): boolean {
  const [long, short] = [title, shorter].map(straightQuotes);
  if (!long || !short || long === short) return false;
  if (long.endsWith(short)) {
    const label = /^(.+?)\s+[|｜»]\s+$/u.exec(long.slice(0, -short.length))?.[1];
    return !!label && label.split(' ').length <= 3;
  }
  if (!long.startsWith(short)) return false;
  const rest = long.slice(short.length);
  if (/^\s+\([^()]+\)$/.test(rest)) return true;
  const tail = TITLE_TAIL.exec(rest);
  if (!tail) return false;
  const [, separator = '', , credit = ''] = tail;
  if (/^[-–—]$/u.test(separator)) {
    const last = credit.split(/\s[-–—|]\s/).at(-1) ?? credit;
    return [...authors, ...siteNames].some(
      (name) => samePublicationName(name, credit.replace(/^by\s+/i, '')) || samePublicationName(name, last),
    );
  }
  return credit.split(' ').length <= 5;
}

/** A list of the site's, not the story's: a widget's tag cloud or category list, a sidebar, a footer. */
const SITE_LIST = /widget|sidebar|tag-?cloud|site-footer|colophon|menu|nav/i;

/**
 * The tags and category a blog's theme links under its story (`rel="tag"`, `rel="category tag"`, as WordPress
 * writes them), inside its `<article>` where it has one, never in a sidebar's widget.
 * @example // <article>…<a href="/tag/port/" rel="tag">port</a> <a href="/category/local/" rel="category tag">Local</a></article> → { tags: ['port'], category: 'Local' }
 */
function filedUnder(tree: Root): { tags: string[]; category?: string } {
  const scope = select('article', tree) ?? tree;
  const rel = (link: Element) => [link.properties.rel].flat().map(String);
  const tagged = selectAll('a[rel]', scope).filter((link) => rel(link).includes('tag'));
  if (tagged.length === 0) return { tags: [] };
  const classes = (element: Element) => [element.properties.className, element.properties.id].flat().join(' ');
  const siteLinks = new Set(
    selectAll('*', scope)
      .filter((element) => SITE_LIST.test(classes(element)))
      .flatMap((element) => selectAll('a', element)),
  );
  const links = tagged.filter((link) => !siteLinks.has(link));
  const name = (link: Element) => hastToString(link).replace(/\s+/g, ' ').trim();
  const isCategory = (link: Element) => rel(link).includes('category');
  const category = links.filter(isCategory).map(name).find(Boolean);
  const tags = [
    ...new Set(
      links
        .filter((link) => !isCategory(link))
        .map(name)
        .filter(Boolean),
    ),
  ];
  return { tags, ...(category ? { category } : {}) };
}

/**
 * The heading a page prints (`<h2>`, `<h3>`) that its `<title>` gives after a name and a separator, as the sites of
 * the 2000s wrote their titles ("Báo Đồng Bằng - Giá lúa tăng mạnh ở Cần Thơ" over `<h2>Giá lúa tăng mạnh ở Cần
 * Thơ</h2>`): the story's headline, the name before it the site's (titleSiteName).
 */
function headingAfterTitleHead(tree: Root, pageTitle: string | undefined): string | undefined {
  if (!pageTitle) return undefined;
  const title = straightQuotes(pageTitle.replace(/\s+/g, ' ').trim());
  for (const heading of selectAll('h2, h3', tree)) {
    const text = straightQuotes(hastToString(heading).replace(/\s+/g, ' ').trim());
    if (text.split(' ').length < 2 || !title.endsWith(text) || title === text) continue;
    if (TITLE_HEAD.test(title.slice(0, -text.length))) return text;
  }
  return undefined;
}

/**
 * The page's first `<h1>` (the story's `<article>`'s first) that is not the
 * site's logo: a heading that is only a link to the site's front page
 * ("Archive of Our Own beta") names the site, not the story.
 */
function printedHeadline(tree: Root): { heading: Element; text: string } | undefined {
  const isLogo = (heading: Element) => {
    const links = selectAll('a[href]', heading);
    return (
      links.length > 0 &&
      links.every((link) =>
        /^(?:(?:https?:)?\/\/[^/]+\/?|\/)(?:index\.\w+)?$/i.test(String(link.properties.href).trim()),
      ) &&
      links
        .map((link) => hastToString(link))
        .join('')
        .replace(/\s+/g, '') === hastToString(heading).replace(/\s+/g, '')
    );
  };
  const first = (selector: string) =>
    selectAll(selector, tree).find(
      (heading) => !isLogo(heading) && hastToString(heading).replace(/\s+/g, ' ').trim() !== '',
    );
  // The <h1> the page's own title or Open Graph names, when one does: an <article> may be a teaser's card.
  const declared = [
    firstText(tree, 'title') ?? '',
    ...selectAll('meta[property="og:title"], meta[name="og:title"]', tree).map((meta) =>
      String(meta.properties.content ?? ''),
    ),
  ]
    .map(comparableWords)
    .filter(Boolean);
  const named = selectAll('h1', tree).find((heading) => {
    const words = comparableWords(hastToString(heading));
    return words.length >= 12 && !isLogo(heading) && declared.some((title) => ` ${title} `.includes(` ${words} `));
  });
  const heading = named ?? first('article h1') ?? first('h1');
  return heading && { heading, text: hastToString(heading).replace(/\s+/g, ' ').trim() };
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD_RUN) ?? []);
}

/**
 * A headline without the site's name around it: "Story | Site", "Story - Site", "Site: Story".
 * @example withoutSiteName('Snopes row - Breitbart', ['Breitbart']) // 'Snopes row'
 */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  for (const site of siteNames) {
    // After the headline, a colon or a full-width bar too, spaced or not ("…「Treeviz」:phpspot開発日誌", "…｜Site").
    for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' : ', ':', '：', '｜']) {
      const tail = clean.lastIndexOf(separator);
      if (tail > 0 && samePublicationName(clean.slice(tail + separator.length), site))
        return clean.slice(0, tail).trim();
    }
    for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ']) {
      const head = clean.indexOf(separator);
      if (head > 0 && samePublicationName(clean.slice(0, head), site) && clean.length - head > 20)
        return clean.slice(head + separator.length).trim();
    }
  }
  return clean;
}

function classWords(element: Element): string[] {
  const { className, id } = element.properties;
  return [...(Array.isArray(className) ? className.map(String) : []), ...(typeof id === 'string' ? [id] : [])];
}

function firstText(scope: Root, selector: string): string | undefined {
  const element = select(selector, scope);
  return element ? hastToString(element).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

function firstDate(reading: DateReading, ...candidates: (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = candidate && (toArticleDate(candidate) ?? writtenDate(candidate, reading));
    if (date) return date;
  }
  return undefined;
}

function ldUrl(ld: Json | undefined): string | undefined {
  const page = ld?.mainEntityOfPage;
  return text(ld?.url) ?? text(page) ?? (isJson(page) ? text(page['@id']) : undefined);
}

function ldImageAlt(ld: Json | undefined): string | undefined {
  const image = Array.isArray(ld?.image) ? (ld.image as unknown[])[0] : ld?.image;
  return isJson(image) ? (text(image.caption) ?? text(image.description)) : undefined;
}

/**
 * The alt text the page itself gives the lead picture, where it shows it:
 * the same file name (sizes and crops differ in their query), or, for an
 * image service whose path names no file (`/images/dims?image_uri=…`, every
 * picture of the page alike), the same address.
 */
function imageAltInPage(tree: Root, src: string | undefined): string | undefined {
  const file = (src && URL.canParse(src) ? new URL(src).pathname : src?.split(/[?#]/)[0])?.split('/').pop();
  if (!src || !file) return undefined;
  const named = /\.[a-z0-9]{2,5}$/i.test(file);
  const image = selectAll('img[alt]', tree).find((img) => {
    if (typeof img.properties.src !== 'string') return false;
    return named ? img.properties.src.split(/[?#]/)[0]?.endsWith(`/${file}`) : img.properties.src === src;
  });
  return typeof image?.properties.alt === 'string'
    ? image.properties.alt.replace(/\s+/g, ' ').trim() || undefined
    : undefined;
}

function copyrightOf(ld: Json | undefined): string | undefined {
  const holder = names(ld?.copyrightHolder)[0];
  if (!holder) return undefined;
  const year =
    typeof ld?.copyrightYear === 'number' || typeof ld?.copyrightYear === 'string' ? ` ${ld.copyrightYear}` : '';
  return `©${year} ${holder}`;
}

/** A BCP 47 tag from `lang`, `inLanguage` or an `og:locale` such as `en_GB`. */
function langCode(value: unknown): string | undefined {
  const code = text(value)?.replace(/_/g, '-');
  return code && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(code) ? code : undefined;
}

/** Names from a JSON-LD person/organisation value: a string, `{ name }`, or a list of either. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return list
    .map((item) => (isJson(item) ? text(item.name) : text(item)))
    .filter((name): name is string => !!name && !/^https?:/i.test(name));
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((name) => looksLikeName(name) && !seen.has(name.toLowerCase()) && !!seen.add(name.toLowerCase()));
}

/** Keywords as sites write them: separated by commas or semicolons, in Latin, Arabic, CJK or Ethiopic punctuation. */
function keywords(value: unknown): string[] {
  return textList(value)
    .flatMap((item) => item.split(/[,;،؛、，；፣፤]/))
    .map((item) => item.trim())
    .filter(Boolean);
}

function textList(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((item) => text(item)).filter((item): item is string => item !== undefined);
}

/** A JSON-LD or attribute value as clean one-line text (tags stripped), or undefined. */
function text(value: unknown, oneLine = true): string | undefined {
  if (typeof value !== 'string') return undefined;
  const plain = value.includes('<') ? htmlToPlainText(value) : value;
  return (oneLine ? plain.replace(/\s+/g, ' ').trim() : plain.trim()) || undefined;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
