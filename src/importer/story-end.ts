/**
 * The lines closing a saved page's story: a byline signed at its end, its tag line, a copyright notice or the site's
 * footer line, and whether a notice is older than the story (the site's, not the story's rights).
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import {
  bylineNames,
  hasBylineLabel,
  isDeskCredit,
  hasVietnameseMiddleName,
  isShoutedName,
  looksLikeName,
  NEWS_AGENCIES,
  ROMANIAN_BY,
  WROTE_LABEL,
} from './bylines.ts';
import { removeNode } from './hast-tree.ts';
import { readMetaLine } from './meta-line.ts';
import { isCopyrightLine } from './read-text.ts';
import { linkTexts } from './story-head.ts';
import { letters } from './teasers.ts';
import { primaryLanguage } from '../lib/language-tags.ts';
import { CLOSES_SENTENCE } from './text-lines.ts';
import { innermostBlocks } from './story-lines.ts';

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

/** A label and its colon opening a line: "Írta:", "Autor:", "Szerző:", "Text:". */
const CLOSING_LABEL = /^\p{L}+(?:\s\p{L}+){0,2}\s*:\s/u;

/** Most characters a byline closing a story runs to. */
const CLOSING_BYLINE = 80;

/**
 * Removes a byline that closes the story, a line of its own with a byline's label ("Írta: Nagy Erzsébet",
 * "de Ion Popescu", "By Ada Quill"), and returns the names it gives; a sentence ("By Monday, the river had
 * fallen.") or a line that names no one stays.
 */
export function takeClosingByline(story: Root, language: () => string | undefined): string[] | undefined {
  const closing = closingLine(story);
  if (!closing) return undefined;
  const { block, line } = closing;
  // A label with its colon or a verb of writing ("Írta: …", "Autor: …", "Napsal …"), or Romanian's "de" on a Romanian
  // page: a bare "By" or "De" closing a story is as often a place or a company ("De Buenos Aires", "By Air Canada").
  const labelled =
    (hasBylineLabel(line) && (CLOSING_LABEL.test(line) || WROTE_LABEL.test(line))) ||
    (ROMANIAN_BY.test(line) && primaryLanguage(language() ?? '') === 'ro');
  if (!labelled) return undefined;
  const names = bylineNames(line);
  if (names.length === 0 || !names.every(looksLikeName)) return undefined;
  removeNode(story, block);
  return names;
}

/** The story's last line of words, short enough for a byline and no sentence. */
function closingLine(story: Root): { block: Element; line: string } | undefined {
  const block = innermostBlocks(story, 'p, div').findLast((each) => letters(hastToString(each)) > 0);
  const line = block ? hastToString(block).replace(/\s+/g, ' ').trim() : '';
  return block && line.length <= CLOSING_BYLINE && !CLOSES_SENTENCE.test(line) ? { block, line } : undefined;
}

/** Words a name signing a story runs to: a given name and one or two family names ("Ana María Pérez Ruiz" is four). */
const SIGNATURE_WORDS = { fewest: 2, most: 4 };

/**
 * Languages that capitalise the words of a phrase (English titles, German nouns): a closing "Stay Tuned",
 * "Happy New Year", "Frohe Weihnachten" in italics has a name's shape there.
 */
const CAPITALISING_LANGUAGES: ReadonlySet<string> = new Set(['en', 'de', 'lb']);

/**
 * Removes a writer's name set alone in italics closing the story, as papers of the 1990s and 2000s in much of
 * Europe signed their stories ("<i>Ewa Mazur</i>", "<em>Олег Мельник</em>"), and returns it: a guess, for the summary
 * to name. Two to four capitalised words inside `<i>` or `<em>` and nothing else, no agency or desk ("Agencja PAP",
 * "Redakcja Sportowa"); where the page names no writer, or names this one; not in a language that
 * capitalises a phrase's words (CAPITALISING_LANGUAGES), unless the page names this writer. A phrase in italics
 * ("Dobrou chuť", "Koniec") stays.
 */
export function takeClosingSignature(
  story: Root,
  language: () => string | undefined,
  declared: readonly string[] = [],
): string[] | undefined {
  const closing = closingLine(story);
  if (!closing) return undefined;
  const { block, line } = closing;
  const named = declared.some((name) => name.toLocaleLowerCase() === line.toLocaleLowerCase());
  const vietnamese = primaryLanguage(language() ?? '') === 'vi';
  if (!isSignature(block, line, named, vietnamese)) return undefined;
  if (declared.length > 0 && !named) return undefined;
  if (!named && CAPITALISING_LANGUAGES.has(primaryLanguage(language() ?? 'en'))) return undefined;
  if (isDeskCredit(line) || line.split(' ').some((word) => NEWS_AGENCIES.has(word.toLowerCase()))) return undefined;
  const names = bylineNames(line);
  if (names.length !== 1 || !looksLikeName(names[0]!)) return undefined;
  removeNode(story, block);
  return names;
}

/**
 * Whether a line is set as a name signing a story is: two to four capitalised words in italics; or in bold, where it
 * is the writer the page names (its byline repeated under the story) or, on a Vietnamese page, a name in capitals
 * led by a Vietnamese family name and a middle name, as Vietnamese papers sign ("<b>PHẠM VĂN LONG</b>").
 */
function isSignature(block: Element, line: string, named: boolean, vietnamese: boolean): boolean {
  const words = line.split(' ');
  if (words.length < SIGNATURE_WORDS.fewest || words.length > SIGNATURE_WORDS.most) return false;
  const shouted = vietnamese && isShoutedName(line) && hasVietnameseMiddleName(line);
  const capitalised = words.every((word) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) && looksLikeName(line);
  if (!capitalised && !shouted) return false;
  const setIn = (selector: string) =>
    selectAll(selector, block)
      .map((element) => hastToString(element))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim() === line;
  return (capitalised && setIn('i, em')) || ((named || shouted) && setIn('b, strong'));
}

/** The story's last lines a tag line may be among: the last, or over a byline or date line that closes it. */
const CLOSING_TAG_LINES = 2;

/**
 * Removes the tag line that closes the story, among its last lines ("Tagovi: izbori, Beograd, skupština", "Тагови:
 * …", "Oznake: …", "Tags: …", "Schlagwörter: …", "Tagi: …"; a section's field may stand beside it), and returns its
 * tags and section, read as meta-line.ts reads the line under a headline (the tag field's labels are there). A line
 * that names no tag, or holds anything but those fields, stays.
 */
export function takeClosingTags(story: Root): { tags: string[]; section?: string } | undefined {
  const last = innermostBlocks(story, 'p, div')
    .filter((block) => letters(hastToString(block)) > 0)
    .slice(-CLOSING_TAG_LINES);
  for (const block of last.reverse()) {
    const line = hastToString(block).replace(/\s+/g, ' ').trim();
    const links = linkTexts(block);
    const read = readMetaLine(line, links);
    const other = read && Object.keys(read).some((field) => field !== 'tags' && field !== 'section');
    if (!read?.tags || read.tags.length === 0 || other) continue;
    // At a story's end, only a label with its colon, or tags that are all links: a closing sentence may open with a
    // label's word ("Tag für Tag kommen mehr Menschen, Familien…", "Topics ranged from housing, jobs…").
    const labelled = /^[^,:：]{1,40}[:：]/u.test(line);
    if (!labelled && !read.tags.every((tag) => links.includes(tag))) continue;
    removeNode(story, block);
    return { tags: read.tags, ...(read.section ? { section: read.section } : {}) };
  }
  return undefined;
}

/** Removes a copyright notice that closes the article and returns its text. */
export function takeTrailingCopyright(story: Root): string | undefined {
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
