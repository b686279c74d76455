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
import { visit, EXIT, SKIP } from 'unist-util-visit';
import { bylineNames, hasBylineLabel, isDeskCredit, looksLikeName, ROMANIAN_BY, WROTE_LABEL } from './bylines.ts';
import { toArticleDate } from './dates.ts';
import { extractArticle } from './extract-article.ts';
import { chooseImageSources, type LocalImages } from './images.ts';
import { dropLeadImageCopy } from './lead-image.ts';
import { removeNode } from './hast-tree.ts';
import { readPageMetadata } from './page-metadata.ts';
import { datelineOf, isCopyrightLine } from './read-text.ts';
import { hastToMarkdown, paragraphsToMarkdown, parseHtmlFragment, splitParagraphs } from './to-markdown.ts';
import { ImportError, type FoundArticle } from './types.ts';
import { readMetaLine, UPDATED, type MetaLine } from './meta-line.ts';
import { dropTeasers, labelsNothing, letters } from './teasers.ts';
import { PAGE_GUESS_TEXT, readsUnlike, SHORT_GUESS_TEXT, textLanguage } from './language.ts';
import { onlyDateWords, slashedOrder, writtenDate, type SlashedOrder } from '../lib/written-dates.ts';
import { primaryLanguage } from '../lib/language-tags.ts';
import { comparableWords } from './compare-text.ts';
import { CLOSES_SENTENCE, ENDS_IN_PUNCTUATION, HEAD_LINE_WIDTH } from './text-lines.ts';

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
  const { fields, articleBody, notes, updateLine, titleSite } = readPageMetadata(tree, found);
  const url = fields.source?.url;

  let body;
  // A dateline opening a story whose page declares no date ("Житомир, 3 листопада 2007 р. — …"), as in plain text.
  let datelineDay: { date: string; why: string } | undefined;
  // A day the page's <title> gives beside the headline ("Site :: 8 May 2009 :: Headline").
  let titleDay: { date: string; why: string } | undefined;
  let printedInstead: { headline: string; title: string } | undefined;
  if (found) {
    const story = parseHtmlFragment(found.html);
    chooseImageSources(story);
    // Before local copies are made: the story's copy of the lead picture is compared by its address on the site.
    if (fields.image) {
      const { caption, credit } = dropLeadImageCopy(story, fields.image);
      if (caption && !fields.image.caption) fields.image = { ...fields.image, caption };
      if (credit && !fields.image.credit) fields.image = { ...fields.image, credit };
    }
    if (options.localImages) await options.localImages.rewrite(story);
    // A page set with <br> between its lines (the headline, the date line, the byline in one block) is read line by line.
    const lines = splitBrokenLines(story);
    // A page without an <h1> may set its headline in bold over the story, its <title> naming the site before it.
    const printed = selectAll('h1', tree).length === 0 ? boldHeadline(story) : undefined;
    const fromTitle = printed && fields.title ? titleAround(fields.title, printed) : undefined;
    if (fromTitle) {
      fields.title = fromTitle.headline;
      titleDay = fromTitle.day;
    } else if (printed && fields.title && comparableWords(printed) !== comparableWords(fields.title)) {
      // A <title> that names the site and a section or a word of the story ("Szászfalvi Hírlap - Spitalul") over a
      // headline printed in bold with the date line under it: the printed headline is the story's, where nothing
      // else (JSON-LD, Open Graph) declares one.
      if (!declaresHeadline(tree) && printedOverDate(story, slashedOrder(fields.lang))) {
        printedInstead = { headline: printed, title: fields.title };
        fields.title = printed;
      }
    }
    dropRepeatedTitle(story, fields.title);
    // Before the head is read: a menu over the story is no line of it.
    dropLinkMenus(story);
    dropTeasers(story);
    dropCommentHeadings(story);
    const days = [fields.date, fields.updated].flatMap((day) => (day ? [day.slice(0, 10)] : []));
    // The bold-headline reading of the story's first lines is for pages that print their headline so (no <h1>).
    const head = readStoryHead(
      story,
      { authors: fields.authors ?? [], days },
      slashedOrder(fields.lang),
      url,
      printed !== undefined,
    );
    // A page that declares no date anywhere may still print it above the story.
    if (!fields.date && head.day) fields.date = head.day;
    if (!fields.date) datelineDay = storyDateline(story);
    // The byline printed over the story names its writer; <meta name="author"> often names the site's staff.
    if (head.authors) fields.authors = head.authors;
    if (!fields.section && head.section) fields.section = head.section;
    // The story's own tags; the page's keywords are often the whole site's.
    if (head.tags && head.tags.length > 0) fields.tags = head.tags;
    const copyright = takeTrailingCopyright(story);
    if (copyright) fields.copyright = copyright;
    // A story signed at its end ("Írta: Nagy Erzsébet", "de Ion Popescu"), where no byline over it named the writer.
    const signed = head.authors
      ? undefined
      : takeClosingByline(story, () => fields.lang ?? textLanguage(hastToString(story), SHORT_GUESS_TEXT));
    if (signed) fields.authors = signed;
    unwrapLines(story, lines);
    // A notice of years before the story's is the site's footer or template, not the story's rights.
    if (fields.copyright && predates(fields.copyright, fields.date, fields.lang)) delete fields.copyright;
    body = await hastToMarkdown(story, url);
  }
  if (!body?.text && articleBody) body = paragraphsToMarkdown(splitParagraphs(articleBody));
  if (!body?.text) {
    const why = 'reason' in extracted ? extracted.reason : "Readability's extract held no text once sanitized";
    throw new ImportError(`no article text found: ${why}, and the page has no JSON-LD articleBody`);
  }
  const allNotes = [
    ...(notes ?? []),
    ...(printedInstead
      ? [
          `title "${printedInstead.headline}" as printed over the story's date line (the page's <title> says "${printedInstead.title}")`,
        ]
      : []),
  ];
  const article: FoundArticle = {
    origin,
    fields,
    body: body.markdown,
    text: body.text,
    ...(allNotes.length > 0 ? { notes: allNotes } : {}),
  };
  const guessed: NonNullable<FoundArticle['guessed']> = {};
  const guessedWhy: NonNullable<FoundArticle['guessedWhy']> = {};
  if (datelineDay) {
    guessed.date = datelineDay.date;
    guessedWhy.date = datelineDay.why;
  } else if (!fields.date && titleDay) {
    guessed.date = titleDay.date;
    guessedWhy.date = titleDay.why;
  } else if (!fields.date && updateLine) {
    // The day it was updated is the nearest the page tells: offered, and said so, rather than no date at all.
    guessed.date = updateLine.date;
    guessedWhy.date = `date ${updateLine.date} from "${updateLine.line}" (the page prints only when it was updated)`;
  }
  // A page that names its site only in its <title> ("… | เสียงเชียงใหม่"): the name, not the address, is the source.
  if (titleSite) {
    guessed.source = { name: titleSite.name };
    guessedWhy.source = `source "${titleSite.name}" from the page's title "${titleSite.title}" (the page declares no site name; --source-name sets it)`;
  }
  // A page that declares no language (CNN's and Salon's English pages) is read for it when its story is long
  // enough to tell; otherwise, as before, it takes the archive's. The guess fills only what nothing else gives.
  const lang = fields.lang ? undefined : textLanguage(body.text, PAGE_GUESS_TEXT);
  if (lang) {
    guessed.lang = lang;
    guessedWhy.lang = `language "${lang}" read from the page's text (the page declares none; --lang sets it)`;
  }
  // A template's declaration over a story in another language written in the same letters (lang="hu" over a
  // Romanian story of a bilingual paper): the story's words decide, as they do between declarations that disagree,
  // and the summary asks to check it.
  const unlike = fields.lang ? readsUnlike(body.text, fields.lang) : undefined;
  if (unlike) {
    guessed.lang = unlike;
    guessedWhy.lang = `language "${unlike}" read from the story's text, which reads unlike the language the page declares (${fields.lang}): check it, or set --lang`;
    delete fields.lang;
  }
  return Object.keys(guessed).length > 0 ? { ...article, guessed, guessedWhy } : article;
}

/**
 * The day a dateline opening the story gives ("Житомир, 3 листопада 2007 р. —",
 * "LONDON, Sept. 10, 2015 (Reuters) -"), read as plain text's is; the dateline stays in the body.
 */
function storyDateline(story: Root): { date: string; why: string } | undefined {
  const lead = firstBlock(story);
  const written = lead ? datelineOf(`${hastToString(lead).replace(/\s+/g, ' ').trim()} `)?.text.trim() : undefined;
  const date = written ? writtenDate(written) : undefined;
  return written && date ? { date, why: `date ${date} from the dateline "${written}"` } : undefined;
}

/** The story's first block with any text: its opening line as the page laid it out. */
function firstBlock(story: Root): Element | undefined {
  return innermostBlocks(story, 'h1, h2, h3, h4, h5, h6, p, div').find((block) => comparableWords(hastToString(block)));
}

/**
 * A heading, or the story's first paragraph, that repeats the headline (the
 * title is in the frontmatter, and the site prints it).
 */
function dropRepeatedTitle(story: Root, title: string | undefined): void {
  if (!title) return;
  const heading = selectAll('h1, h2', story)[0];
  if (heading && comparableWords(hastToString(heading)) === comparableWords(title)) return removeNode(story, heading);
  const first = firstBlock(story);
  if (first && comparableWords(hastToString(first)) === comparableWords(title)) removeNode(story, first);
}

/** Elements that set blocks apart: a run of a block's content holding one is no single line. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** Whether a node, and all it holds, is a line's content: text and inline elements. */
function isInline(node: Element['children'][number]): boolean {
  if (node.type !== 'element') return true;
  return !BLOCK_TAGS.has(node.tagName) && node.children.every(isInline);
}

/**
 * Sets each line of a block written with `<br>` between its lines ("<b>Headline</b><br>2009. május 28.<br>Írta:
 * …") in a `<div>` of its own, with the `<br>` that ends it, so that the story's head is read line by line as a
 * page of paragraphs is: a date line under the headline is then a line of its own. Returns the divisions made,
 * for {@link unwrapLines} to take away once the head is read, the lines left as they were.
 */
function splitBrokenLines(story: Root): Set<Element> {
  const made = new Set<Element>();
  visit(story, 'element', (node: Element) => {
    // A line made here ends in its <br>: it is no block of lines.
    if (made.has(node)) return undefined;
    if (node.tagName === 'pre') return SKIP;
    // Only a block of several lines: <br> between them, or text beside blocks (a headline's <b> over a <p>).
    if (
      node.children.every(isInline) &&
      !node.children.some((child) => child.type === 'element' && child.tagName === 'br')
    )
      return undefined;
    const children: Element['children'] = [];
    let run: Element['children'] = [];
    const close = (br?: Element) => {
      const line = { type: 'element', tagName: 'div', properties: {}, children: br ? [...run, br] : run } as Element;
      if (run.length > 0 && run.every(isInline) && hastToString(line).trim() !== '') {
        made.add(line);
        children.push(line);
      } else children.push(...run, ...(br ? [br] : []));
      run = [];
    };
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'br') close(child);
      else if (isInline(child)) run.push(child);
      else {
        close();
        children.push(child);
      }
    }
    close();
    node.children = children;
    return undefined;
  });
  return made;
}

/** Puts the lines {@link splitBrokenLines} set apart back as they were, those the head reader took out aside. */
function unwrapLines(story: Root, lines: ReadonlySet<Element>): void {
  visit(story, 'element', (node: Element, index, parent) => {
    if (!lines.has(node) || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
}

/** Words a headline set in bold over a story runs to at most. */
const HEADLINE_WORDS = 25;

/** Whether a page declares its headline in JSON-LD or Open Graph, which then names the story, not a printed line. */
function declaresHeadline(tree: Root): boolean {
  return (
    selectAll('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]', tree).length > 0 ||
    selectAll('script[type="application/ld+json"]', tree).some((script) => /"headline"\s*:/.test(hastToString(script)))
  );
}

/**
 * Whether the story's second line, under its first (the printed headline), is its date line: a date alone, or a
 * meta line with one ("08.05.2009, ora 14:30 | Autor: Maria Ionescu").
 */
function printedOverDate(story: Root, slashed: SlashedOrder | undefined): boolean {
  const [, second] = innermostBlocks(story, 'h1, h2, h3, h4, h5, h6, p, div').filter((block) =>
    comparableWords(hastToString(block)),
  );
  const line = second ? hastToString(second).replace(/\s+/g, ' ').trim() : '';
  return (
    line !== '' && (readMetaLine(line, linkTexts(second!), slashed)?.date !== undefined || isDateOnly(line, slashed))
  );
}

/** A line that is nothing but a date. */
function isDateOnly(line: string, slashed: SlashedOrder | undefined): boolean {
  return line.length <= 60 && onlyDateWords(line) && writtenDate(line, slashed) !== undefined;
}

/**
 * The story's first line when the page sets it as a headline: in bold or a heading, all of it, short, no
 * sentence. Pages of the table-and-`<font>` era print their headline so, with no `<h1>`.
 * @example // <div><font size="4"><b>Árvíz a Kis-patakon</b></font><br>2009. május 28.<br>… → 'Árvíz a Kis-patakon'
 */
function boldHeadline(story: Root): string | undefined {
  const first = firstBlock(story);
  return first && isSetAsHeadline(first) ? hastToString(first).replace(/\s+/g, ' ').trim() : undefined;
}

/** Whether a block is set as a headline: all its words in bold or a heading, a few of them, and no sentence. */
function isSetAsHeadline(block: Element): boolean {
  const line = hastToString(block).replace(/\s+/g, ' ').trim();
  if (!line || line.split(' ').length > HEADLINE_WORDS || CLOSES_SENTENCE.test(line)) return false;
  if (/^h[1-6]$/.test(block.tagName)) return true;
  const bold = selectAll('b, strong, big, h1, h2, h3, h4, h5, h6', block)
    .map((element) => hastToString(element))
    .join(' ');
  return comparableWords(bold) === comparableWords(line);
}

/**
 * Whether a line is too short to be a standfirst, and no sentence: a label or a credit the head reader does not
 * know ("de Maria Ionescu"), over the date line.
 * @example isShortOpenLine('de Maria Ionescu') // true
 */
function isShortOpenLine(line: string): boolean {
  return line.length <= HEAD_LINE_WIDTH && line.split(' ').length <= 5 && !ENDS_IN_PUNCTUATION.test(line);
}

/** Where a `<title>` sets its parts apart: a spaced dash or bar, a double colon, a dot, a guillemet. */
const TITLE_SEPARATOR = /\s(?:[-–—|·»]|::)\s|｜/gu;

/**
 * The headline a page prints, when its `<title>` sets something before it, the site's name (and maybe a day):
 * "Szászfalvi Hírlap - Árvíz a Kis-patakon" over a story headed "Árvíz a Kis-patakon". The title's last parts are
 * the printed headline, or its start ("… - Kerékpárút épül" over "Kerékpárút épül a vasútállomásig"). A day among
 * the parts before ("Site :: 2009. május 8. :: Headline") is given too, as the page's title says it.
 * @example titleAround('Harbour Gazette - Pier reopens', 'Pier reopens') // { headline: 'Pier reopens' }
 * @example titleAround('Pier reopens - Harbour Gazette', 'Pier reopens') // undefined (the tail is taken elsewhere)
 */
function titleAround(
  title: string,
  printed: string,
): { headline: string; day?: { date: string; why: string } } | undefined {
  const headline = comparableWords(printed);
  if (!headline || comparableWords(title) === headline) return undefined;
  for (const separator of title.matchAll(TITLE_SEPARATOR)) {
    const rest = comparableWords(title.slice(separator.index + separator[0].length));
    if (!rest || (rest !== headline && !headline.startsWith(`${rest} `))) continue;
    const before = title.slice(0, separator.index).split(TITLE_SEPARATOR);
    const written = before.find((part) => part.trim().split(/\s+/).length <= 6 && writtenDate(part) !== undefined);
    const date = written ? writtenDate(written) : undefined;
    return {
      headline: printed,
      ...(written && date
        ? { day: { date, why: `date ${date} from "${written.trim()}" in the page's title "${title}"` } }
        : {}),
    };
  }
  return undefined;
}

/** Blocks that hold no other paragraph or division: the lines of a story as the page laid them out. */
function innermostBlocks(story: Root, selector: string): Element[] {
  return selectAll(selector, story).filter((el) => selectAll('p, div', el).every((inner) => inner === el));
}

/** What the lines above a story said, once taken out of it. */
interface StoryHead extends Omit<MetaLine, 'date' | 'updatedOnly'> {
  /** The first day printed as the story's (not an update's). */
  day?: string;
}

/** What the page's metadata says of its story, which lines over the story may repeat. */
interface PageCredits {
  authors: readonly string[];
  /** The days (`YYYY-MM-DD`) the page says it was published and updated. */
  days: readonly string[];
}

/**
 * Byline, date and metadata lines at the top of the story ("By Ada Quill",
 * "14 February 2022", "05/10/2018 - Publicado por: … - Categoria: …"): what
 * they say goes into the frontmatter, and the site prints it itself. The
 * page's furniture among them (a logo, the page's address printed for paper)
 * is looked past, and so is a standfirst that opens the story above its
 * byline; the first line of anything else ends the head. Under a standfirst,
 * only lines that repeat the page's metadata go: the writers' names or
 * headshots, the day it gives.
 */
function readStoryHead(
  story: Root,
  page: PageCredits,
  slashed: SlashedOrder | undefined,
  url: string | undefined,
  printsBoldHeadline = false,
): StoryHead {
  const known = new Set(page.authors.map((name) => name.toLowerCase()));
  const head: StoryHead = {};
  const blocks = innermostBlocks(story, 'p, div, address, time, span');
  // Blocks inside a line already taken out (a byline's spans) are gone with it, and no line of their own;
  // a picture's caption and credit are the picture's, not lines over the story.
  const gone = new Set<Element>(selectAll('figure *', story));
  // A span in a heading is the heading's (a logo's words, a kicker), not a line over the story.
  const inHeading = new Set<Element>(selectAll('h1 *, h2 *, h3 *, h4 *, h5 *, h6 *', story));
  let lines = 0;
  let underStandfirst = false;
  for (const block of blocks) {
    if (gone.has(block)) continue;
    const line = hastToString(block).replace(/\s+/g, ' ').trim();
    // The writers' pictures, linked to their pages, with their names only as alt text.
    if (!line && isHeadshots(block, known)) {
      removeNode(story, block);
      continue;
    }
    // An empty block (an icon's span, a picture's frame) is no line.
    if (!line) continue;
    if (++lines > 6) break;
    const names = line.length <= 120 ? bylineNames(line) : [];
    // A credit to the paper's desk ("By Staff", "เรื่อง: กองบรรณาธิการ") names no one, and goes as a byline does.
    const isByline =
      (names.length > 0 &&
        names.every((name) => known.has(name.toLowerCase())) &&
        line.split(' ').length <= names.join(' ').split(' ').length + 4) ||
      (hasBylineLabel(line) && isDeskCredit(line));
    const meta = isByline || underStandfirst ? undefined : readMetaLine(line, linkTexts(block), slashed);
    const date =
      meta?.date ?? (line.split(' ').length <= 8 ? (toArticleDate(line) ?? writtenDate(line, slashed)) : undefined);
    // Under a standfirst only the page's own day goes, on a line of its own ("Feb. 21, 2019"), never a sentence that names it.
    const dateLine = date !== undefined && line.split(' ').length <= 5 && !CLOSES_SENTENCE.test(line);
    if (underStandfirst && !isByline && !(dateLine && page.days.some((day) => sameDayNearly(day, date)))) return head;
    if (!isByline && !meta && !date) {
      // A headline the page prints in bold over its date line (its <title> naming something else) stays, and the
      // lines under it are still the head's.
      if (
        printsBoldHeadline &&
        lines === 1 &&
        !inHeading.has(block) &&
        !BARE_URL.test(line) &&
        (isSetAsHeadline(block) || isShortOpenLine(line))
      ) {
        for (const inner of selectAll('*', block)) gone.add(inner);
        continue;
      }
      // The story's first line, over the byline: its standfirst, which stays.
      if (lines === 1 && !inHeading.has(block) && !BARE_URL.test(line)) underStandfirst = true;
      else if (!inHeading.has(block) && !BARE_URL.test(line)) return head;
      // The page's own address over the story is its print header (a logo beside it): it goes.
      if (BARE_URL.test(line) && url && sameAddress(line, url)) removeNode(story, block);
      for (const inner of selectAll('*', block)) gone.add(inner);
      continue;
    }
    // "Last updated 14 September 2016" is dropped too, but says nothing of when the story appeared.
    if (date && !(meta ? meta.updatedOnly : UPDATED.test(line))) head.day ??= date;
    if (meta?.authors) head.authors ??= meta.authors;
    if (meta?.section) head.section ??= meta.section;
    if (meta?.tags) head.tags ??= meta.tags;
    removeNode(story, block);
    for (const inner of selectAll('*', block)) gone.add(inner);
  }
  return head;
}

/**
 * Whether two days (`YYYY-MM-DD…`) are the same, or one apart: a page's
 * metadata gives the moment in UTC, its printed date the day where it appeared.
 * @example sameDayNearly('2024-03-06', '2024-03-05') // true
 */
function sameDayNearly(a: string, b: string): boolean {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) <= 86_400_000;
}

/**
 * Whether a block shows only pictures of the story's writers (their headshots, perhaps linked
 * to their pages): each named, by its alt text or title, as one of them.
 */
function isHeadshots(block: Element, known: ReadonlySet<string>): boolean {
  const pictures = selectAll('img', block);
  return (
    pictures.length > 0 &&
    pictures.every((picture) =>
      [picture.properties['alt'], picture.properties['title']].some(
        (name) => typeof name === 'string' && known.has(name.replace(/\s+/g, ' ').trim().toLowerCase()),
      ),
    )
  );
}

// A line that is only an address: "https://www.example.com/business/article/…".
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Whether a printed address is the page's own (scheme, `www.`, query and a closing slash aside).
 * @example sameAddress('www.example.com/a/b', 'https://example.com/a/b/') // true
 */
function sameAddress(printed: string, url: string): boolean {
  const key = (address: string) =>
    address
      .replace(/^https?:\/\/(?:www\.)?|^www\./i, '')
      .replace(/[?#].*$/, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return key(printed) === key(url);
}

/** The texts of a block's links, in order. */
function linkTexts(block: Element): string[] {
  return selectAll('a', block).map((link) => hastToString(link));
}

/**
 * Years an Ethiopian page's notice may run behind its story's: Amharic and Tigrinya pages date their notice in the
 * Ethiopian calendar, seven or eight years behind the Gregorian one the story's date is written in ("© 2016 …" on a
 * story of 2024).
 */
const ETHIOPIAN_CALENDAR_LAG = 8;
/** The languages whose pages date so: Amharic, Tigrinya. */
const ETHIOPIAN_CALENDAR_LANGUAGES: ReadonlySet<string> = new Set(['am', 'ti']);

/**
 * Whether every year a copyright notice names comes before the story's:
 * "Copyright 2014" under a story of 2018 is the site's footer. On a page in
 * Amharic or Tigrinya (`lang`; a page that declares none, by its notice's
 * Ethiopic letters), a year up to ETHIOPIAN_CALENDAR_LAG behind is the
 * story's own year in the Ethiopian calendar, not an older one.
 * @example predates('Copyright 2014', '2018-10-05') // true
 * @example predates('© 2016 ልሳነ ሕዝብ ጋዜጣ።', '2024-03-05', 'am') // false
 */
export function predates(notice: string, day: string | undefined, lang?: string): boolean {
  const years = (notice.match(/(?<!\d)(?:1[89]|20)\d{2}(?!\d)/g) ?? []).map(Number);
  const year = Number(day?.slice(0, 4));
  // A page that declares no language is told by its notice's Ethiopic letters.
  const ethiopian = lang
    ? ETHIOPIAN_CALENDAR_LANGUAGES.has(primaryLanguage(lang))
    : /\p{Script=Ethiopic}/u.test(notice);
  const lag = ethiopian ? ETHIOPIAN_CALENDAR_LAG : 0;
  return years.length > 0 && Number.isFinite(year) && years.every((noticeYear) => noticeYear < year - lag);
}

/**
 * A site's menus, left in when Readability takes too wide a block ("Home ·
 * Local · Sports · Business"): what the page itself marks as navigation,
 * `<nav>` and ARIA menus, a line that is only a control's link going
 * nowhere (`href="#"`), and a breadcrumb trail printed with its marks. Lists of links in the story are left alone: a
 * reading list can look like a menu.
 */
export function dropLinkMenus(story: Root): void {
  for (const menu of selectAll('nav, [role=menu], [role=menubar], [role=navigation]', story)) removeNode(story, menu);
  // A page's control left as a line of its own: a link that goes nowhere ("Enlarge Image", "Show more").
  for (const block of selectAll('p, div, li, span', story)) {
    const links = selectAll('a', block);
    const text = hastToString(block).replace(/\s+/g, ' ').trim();
    if (
      links.length > 0 &&
      links.every(
        (link) =>
          link.properties.href !== undefined && /^(?:#|javascript:.*)?$/is.test(String(link.properties.href).trim()),
      ) &&
      links
        .map((link) => hastToString(link))
        .join('')
        .replace(/\s+/g, '') === text.replace(/\s+/g, '')
    )
      removeNode(story, block);
  }
  for (const block of selectAll('p, div', story)) if (isBreadcrumb(block)) removeNode(story, block);
}

/** A step of a trail: a name of a few words ("Local news"), never a sentence. */
function isShortStep(step: string): boolean {
  const words = step.trim().split(/\s+/);
  return words.length <= 3 && step.trim().length <= 40 && !/[.!?。«»‹›„“”"]/u.test(step.trim());
}

/** A class that names a breadcrumb trail: "breadcrumb", "breadcrumbs", "c-breadcrumb__list". */
const BREADCRUMB_CLASS = /breadcrumb/i;

// The marks a trail of links is printed with: "Home > News > Story", "HOME ＞ …", "Accueil › Actualités".
const TRAIL_MARK = /\s*[>＞›»]\s*/;

/**
 * Whether a block is a breadcrumb trail, printed with its marks: three steps or more,
 * each a link but the last (the page itself, often unlinked), and nothing else; or two short
 * steps or more in a block whose class says it is one.
 * @example // <p><a href="/">HOME</a> ＞ <a href="/seminar">Seminars</a> ＞ NSF 2019</p> → true
 */
function isBreadcrumb(block: Element): boolean {
  const text = hastToString(block).replace(/\s+/g, ' ').trim();
  if (text.length > 200) return false;
  const steps = text.split(TRAIL_MARK).filter((step) => step.trim() !== '');
  // A block the page itself names a breadcrumb need not link its steps, when they are short names ("Home › News").
  // (Marks alone say nothing: German and French quote with » « and › ‹.)
  if (
    steps.length >= 2 &&
    BREADCRUMB_CLASS.test(String(block.properties['className'] ?? '')) &&
    steps.every(isShortStep)
  )
    return true;
  const linked = new Set(selectAll('a[href]', block).map((link) => hastToString(link).replace(/\s+/g, ' ').trim()));
  return steps.length >= 3 && steps.slice(0, -1).every((step) => linked.has(step.trim()));
}

/** Words a blog sets over its comments, counted or not (Hungarian "Hozzászólások", Romanian "Comentarii" too). */
const COMMENTS =
  '(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|hozzászólás(?:ok)?|kommentek?|comentari(?:i|u))';
/** A count of none: the heading says nothing follows (Hungarian "nincs", Romanian "niciun", none). */
const NONE = '(?:no|0|keine|aucun|sin|nessun|geen|nincs|niciun|nici un)';

/**
 * A heading that only announces comments: "3 Comments", "No comments", "Keine Kommentare",
 * "Leave a reply", "Comments are closed". Counts of replies and responses too, but not a bare
 * "Response", which may be a section of the story.
 */
// A <div> or <p> that is only these words is a heading too, as a page's styles make it one.
const COMMENTS_HEADING = new RegExp(
  `^(?:(?:#?\\d+|${NONE}|one)\\s+(?:${COMMENTS}|responses?|replies|reactions)|${COMMENTS}(?:\\s*\\(\\d+\\))?|leave a (?:reply|comment)|(?:post|write|add) a comment|schreibe(?:n sie)? einen kommentar|kommentar (?:verfassen|schreiben|erstellen)|laisser un commentaire|deja (?:un|tu) comentario|(?:comments are|kommentare sind) (?:closed|geschlossen))\\s*[:.!]?$`,
  'iu',
);
/** One that says there are none, or no more can be written. */
const NO_COMMENTS = new RegExp(
  `^(?:${NONE}\\s+${COMMENTS}|(?:comments are|kommentare sind) (?:closed|geschlossen))`,
  'iu',
);

/** Whether a block is a heading, or a line of its own, that only announces comments. */
function isCommentsHeading(block: Element): boolean {
  return (
    /^(?:h[1-6]|p|div)$/.test(block.tagName) && COMMENTS_HEADING.test(hastToString(block).replace(/\s+/g, ' ').trim())
  );
}

/** A count of comments, one at least: "3 Comments", "Hozzászólások (2)", "One comment". */
const SOME_COMMENTS = /(?<!\d)[1-9]\d*(?!\d)|^one\s/iu;

/**
 * Headings over a blog's comments that the extract kept without them ("3 Comments" closing the
 * story, "No comments" in the line of date and section over it): no line of the story. Readers'
 * comments that did come along, under a heading that counts them ("2 Comments", "Hozzászólások
 * (2)", "Comentarii (3)") after the story's text, go with it: the heading and all that follows, to
 * the story's end, are the readers', not the story's. Under a heading that does not count them
 * ("Comments"), which a story may set over a section of its own, what follows stays, the heading
 * with it, so that it is not read as the story's last lines.
 */
function dropCommentHeadings(story: Root): void {
  const inTables = new Set<Element>(selectAll('table *', story));
  const counted = selectAll('h1, h2, h3, h4, h5, h6, p, div', story).find((block) => {
    const line = hastToString(block).replace(/\s+/g, ' ').trim();
    if (inTables.has(block) || !isCommentsHeading(block) || !SOME_COMMENTS.test(line)) return false;
    // After the story's text, not a count printed over it ("5 Comments" under the headline).
    const before = lettersBefore(story, block);
    return before > letters(hastToString(story)) - before - letters(line);
  });
  if (counted) cutFrom(story, counted);
  visit(story, 'element', (node: Element, index, parent) => {
    // A table's cells are its data: a column may be headed "Comment".
    if (node.tagName === 'table') return SKIP;
    if (!parent || index === undefined || !isCommentsHeading(node)) return undefined;
    const none = NO_COMMENTS.test(hastToString(node).replace(/\s+/g, ' ').trim());
    if (!none && !labelsNothing(parent.children, index, isCommentsHeading)) return SKIP;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** Letters and digits of the story before an element of it, in reading order. */
function lettersBefore(story: Root, target: Element): number {
  let count = 0;
  visit(story, (node) => {
    if (node === target) return EXIT;
    if (node.type === 'text') count += letters(node.value);
    return undefined;
  });
  return count;
}

/** Removes an element and all that follows it to the end of the tree; whether it was there. */
function cutFrom(parent: Root | Element, target: Element): boolean {
  for (const [at, child] of parent.children.entries()) {
    if (child === target || (child.type === 'element' && cutFrom(child, target))) {
      parent.children.splice(child === target ? at : at + 1);
      return true;
    }
  }
  return false;
}

/** A label and its colon opening a line: "Írta:", "Autor:", "Szerző:", "Text:". */
const CLOSING_LABEL = /^\p{L}+(?:\s\p{L}+){0,2}\s*:\s/u;

/** Most characters a byline closing a story runs to. */
const CLOSING_BYLINE = 80;

/**
 * Removes a byline that closes the story, a line of its own with a byline's label ("Írta: Nagy Erzsébet",
 * "de Ion Popescu", "By Ada Quill"), and returns the names it gives; a sentence ("By Monday, the river had
 * fallen.") or a line that names no one stays.
 */
function takeClosingByline(story: Root, language: () => string | undefined): string[] | undefined {
  const last = innermostBlocks(story, 'p, div').findLast((block) => letters(hastToString(block)) > 0);
  const line = last ? hastToString(last).replace(/\s+/g, ' ').trim() : '';
  if (!last || line.length > CLOSING_BYLINE || CLOSES_SENTENCE.test(line)) return undefined;
  // A label with its colon or a verb of writing ("Írta: …", "Autor: …", "Napsal …"), or Romanian's "de" on a Romanian
  // page: a bare "By" or "De" closing a story is as often a place or a company ("De Buenos Aires", "By Air Canada").
  const labelled =
    (hasBylineLabel(line) && (CLOSING_LABEL.test(line) || WROTE_LABEL.test(line))) ||
    (ROMANIAN_BY.test(line) && primaryLanguage(language() ?? '') === 'ro');
  if (!labelled) return undefined;
  const names = bylineNames(line);
  if (names.length === 0 || !names.every(looksLikeName)) return undefined;
  removeNode(story, last);
  return names;
}

/** Removes a copyright notice that closes the article and returns its text. */
function takeTrailingCopyright(story: Root): string | undefined {
  // Innermost blocks only (a block holding other blocks is not the notice itself).
  const blocks = innermostBlocks(story, 'p, small, div');
  const last = blocks.at(-1);
  if (!last) return undefined;
  const notice = hastToString(last).replace(/\s+/g, ' ').trim();
  if (!isCopyrightLine(notice) && !FOOTER_NOTICE.test(notice)) return undefined;
  removeNode(story, last);
  return notice;
}

/**
 * A page's footer line that closes with its notice after a dash or bar, as the sites of the 2000s set their name,
 * address and notice in one line: "Szászfalvi Hírlap - Hetilap - Szászfalva, Fő tér 3. - Copyright 2005".
 */
const FOOTER_NOTICE = /^.{3,160}\s[-–—|]\s(?:copyright\s*(?:©\s*)?|©\s*|\(c\)\s*)\d{4}(?:\s*[-–]\s*\d{2,4})?\.?$/iu;
