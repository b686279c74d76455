/**
 * The lines over a saved page's story: the headline a page without an `<h1>` prints in bold, a `<title>` that names
 * the site before it, and the byline, date and metadata lines, whose words go into the frontmatter.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { bylineNames, hasBylineLabel, isDeskCredit } from './bylines.ts';
import { toArticleDate } from './dates.ts';
import { removeNode } from './hast-tree.ts';
import { readMetaLine, UPDATED, type MetaLine } from './meta-line.ts';
import { isPlaceAndDate, onlyDateWords, writtenDate, type DateReading } from '../lib/written-dates.ts';
import { comparableWords } from './compare-text.ts';
import { CLOSES_SENTENCE, ENDS_IN_PUNCTUATION, HEAD_LINE_WIDTH } from './text-lines.ts';
import { innermostBlocks } from './story-lines.ts';

/** Words a headline set in bold over a story runs to at most. */
const HEADLINE_WORDS = 25;

/** Whether a page declares its headline in JSON-LD or Open Graph, which then names the story, not a printed line. */
export function declaresHeadline(tree: Root): boolean {
  return (
    selectAll('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]', tree).length > 0 ||
    selectAll('script[type="application/ld+json"]', tree).some((script) => /"headline"\s*:/.test(hastToString(script)))
  );
}

/**
 * Whether the story's second line, under its first (the printed headline), is its date line: a date alone, or a
 * meta line with one ("08.05.2009, ora 14:30 | Autor: Maria Ionescu").
 */
export function printedOverDate(story: Root, reading: DateReading | undefined): boolean {
  const blocks = storyLines(story);
  const printed = printedHeadline(story);
  // Its date line printed above it says nothing of whether the bold line is the headline: the <title> decides then
  // (titleAround in read-html.ts), as a subheading or a kicker may stand there ("What happened", "KOMENTARZ").
  if (printed?.dateAbove) return false;
  // Under a section's label, the headline is the second line and its date line the third.
  const second = blocks[printed?.label ? 2 : 1];
  const line = second ? hastToString(second).replace(/\s+/g, ' ').trim() : '';
  return (
    line !== '' && (readMetaLine(line, linkTexts(second!), reading)?.date !== undefined || isDateOnly(line, reading))
  );
}

/** A line that is nothing but a date. */
function isDateOnly(line: string, reading: DateReading | undefined): boolean {
  return line.length <= 60 && onlyDateWords(line) && writtenDate(line, reading) !== undefined;
}

/** The story's blocks that hold words, in order: its lines as the page laid them out. */
const storyLines = (story: Root) =>
  innermostBlocks(story, 'h1, h2, h3, h4, h5, h6, p, div').filter((block) => comparableWords(hastToString(block)));

/**
 * The story's first line when the page sets it as a headline: in bold or a heading, all of it, short, no
 * sentence. Pages of the table-and-`<font>` era print their headline so, with no `<h1>`, perhaps under their
 * section's name in a line of its own ("<span>Друштво</span><br><b>Headline</b>"), which `label` holds, or under
 * its date line ("14 lipca 1997<br><b>Headline</b>", "Opole, 12 lipca 1997"), which `dateAbove` holds.
 * @example // <div><font size="4"><b>Árvíz a Kis-patakon</b></font><br>2009. május 28.<br>… → 'Árvíz a Kis-patakon'
 */
export function printedHeadline(story: Root): { block: Element; label?: Element; dateAbove?: Element } | undefined {
  const [first, second] = storyLines(story);
  if (!first) return undefined;
  if (isSetAsHeadline(first)) return { block: first };
  if (!second || !isSetAsHeadline(second)) return undefined;
  const line = hastToString(first).replace(/\s+/g, ' ').trim();
  if (isSectionLabel(line)) return { block: second, label: first };
  // Under a date line, not a kicker in capitals ("KOMENTARZ"), which a headline follows.
  const bold = hastToString(second).replace(/\s+/g, ' ').trim();
  const kicker = bold === bold.toLocaleUpperCase() && bold !== bold.toLocaleLowerCase();
  return !kicker && (isDateOnly(line, undefined) || isPlaceAndDate(line))
    ? { block: second, dateAbove: first }
    : undefined;
}

/** The headline {@link printedHeadline} finds, as text. */
export function boldHeadline(story: Root): string | undefined {
  const printed = printedHeadline(story)?.block;
  return printed && hastToString(printed).replace(/\s+/g, ' ').trim();
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
export function titleAround(
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

/** What the lines above a story said, once taken out of it. */
interface StoryHead extends Omit<MetaLine, 'date' | 'updatedOnly' | 'updated'> {
  /** The first day printed as the story's (not an update's). */
  day?: string;
  /** The update its line prints beside that day, when later ("Julkaistu 12.3.2023 | Päivitetty 13.3.2023"). */
  updated?: string;
}

/** What the page's metadata says of its story, which lines over the story may repeat. */
interface PageCredits {
  authors: readonly string[];
  /** The days (`YYYY-MM-DD`) the page says it was published and updated. */
  days: readonly string[];
  /** The section the page declares ("Kotimaa"), which a label over the headline may repeat. */
  section?: string | undefined;
}

/** Most characters and words a section's label over the headline (a kicker) runs to. */
const KICKER_LENGTH = 30;
const KICKER_WORDS = 3;

/** Whether a line is short enough for a section's label, and no sentence: a word or three, no digits. */
function isSectionLabel(line: string): boolean {
  if (line.length > KICKER_LENGTH || line.split(' ').length > KICKER_WORDS || /[\p{N}]/u.test(line)) return false;
  return !ENDS_IN_PUNCTUATION.test(line) && /\p{L}/u.test(line);
}

/**
 * Whether a line is a section's label set over the story (a kicker): a word or three, no sentence, no digits, in
 * capitals ("UUTISET", "KOTIMAA") or the section the page declares ("Kotimaa" over a page of `article:section`
 * Kotimaa). The date line and byline under it are still the head's.
 * @example isKicker('UUTISET', undefined) // true
 * @example isKicker('Kotimaa', 'Kotimaa') // true
 * @example isKicker('Kotimaa', undefined) // false
 */
export function isKicker(line: string, section: string | undefined): boolean {
  if (!isSectionLabel(line)) return false;
  const shouted = /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
  return shouted || (section !== undefined && comparableWords(line) === comparableWords(section));
}

/**
 * Byline, date and metadata lines at the top of the story ("By Ada Quill",
 * "14 February 2022", "05/10/2018 - Publicado por: … - Categoria: …"): what
 * they say goes into the frontmatter, and the site prints it itself. The
 * page's furniture among them (a logo, the page's address printed for paper)
 * is looked past, and so is a standfirst that opens the story above its
 * byline, and so is a section's label over them all (isKicker), which goes
 * with them; the first line of anything else ends the head. Under a
 * standfirst, only lines that repeat the page's metadata go: the writers'
 * names or headshots, the day it gives, or a line of both ("Teksti: Anni Salo
 * 14.5.2021 23.45 | Päivitetty 15.5.2021 8.00").
 */
export function readStoryHead(
  story: Root,
  page: PageCredits,
  reading: DateReading | undefined,
  url: string | undefined,
  printsBoldHeadline = false,
  labelOverHeadline?: Element,
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
  // A section's label over the head, and whether a line under it was taken out, which takes it with it.
  let kicker: Element | undefined;
  let took = false;
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
    const read = isByline ? undefined : readMetaLine(line, linkTexts(block), reading);
    // Under a standfirst, a metadata line only where it repeats the page's: its writers, and its day if it gives one.
    const repeats =
      read?.authors !== undefined &&
      read.authors.every((name) => known.has(name.toLowerCase())) &&
      (read.date === undefined || page.days.some((day) => sameDayNearly(day, read.date!)));
    const meta = underStandfirst && !repeats ? undefined : read;
    const date =
      meta?.date ?? (line.split(' ').length <= 8 ? (toArticleDate(line) ?? writtenDate(line, reading)) : undefined);
    // Under a standfirst only the page's own day goes, on a line of its own ("Feb. 21, 2019"), never a sentence that names it.
    const dateLine = date !== undefined && line.split(' ').length <= 5 && !CLOSES_SENTENCE.test(line);
    if (underStandfirst && !isByline && !repeats && !(dateLine && page.days.some((day) => sameDayNearly(day, date))))
      break;
    if (!isByline && !meta && !date) {
      // A section's label over everything else is no line of the story: the head reads on under it.
      if (
        lines === 1 &&
        !kicker &&
        !inHeading.has(block) &&
        (isKicker(line, page.section) || block === labelOverHeadline) &&
        !(printsBoldHeadline && isSetAsHeadline(block))
      ) {
        kicker = block;
        lines = 0;
        for (const inner of selectAll('*', block)) gone.add(inner);
        continue;
      }
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
      else if (!inHeading.has(block) && !BARE_URL.test(line)) break;
      // The page's own address over the story is its print header (a logo beside it): it goes.
      if (BARE_URL.test(line) && url && sameAddress(line, url)) removeNode(story, block);
      for (const inner of selectAll('*', block)) gone.add(inner);
      continue;
    }
    // "Last updated 14 September 2016" is dropped too, but says nothing of when the story appeared.
    if (date && !head.day && !(meta ? meta.updatedOnly : UPDATED.test(line))) {
      head.day = date;
      if (meta?.updated) head.updated = meta.updated;
    }
    if (meta?.authors) head.authors ??= meta.authors;
    if (meta?.section) head.section ??= meta.section;
    if (meta?.tags) head.tags ??= meta.tags;
    removeNode(story, block);
    took = true;
    for (const inner of selectAll('*', block)) gone.add(inner);
  }
  if (kicker && took) removeNode(story, kicker);
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
export function linkTexts(block: Element): string[] {
  return selectAll('a', block).map((link) => hastToString(link));
}
