/**
 * How a search result and the search status read on the page: pure functions
 * from Pagefind's result data to plain values the page script puts in the DOM
 * with `textContent` (never `innerHTML`: excerpts come from article text).
 * Words come from the site's translation table, through the `t` they are given.
 */
import { decodeEntities } from '../lib/entities.ts';
import { endsSentence, UNSPACED_STOPS } from '../lib/full-stops.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import { memoizedRecent } from '../lib/memoized.ts';
import { primaryLanguage } from '../lib/language-tags.ts';
import { textDirection } from '../i18n/direction.ts';
import { queryNeedles, wordRanges } from './highlight.ts';
import { UNSPACED, WORD_CHARS } from '../lib/word-characters.ts';
import {
  foldMarks,
  marksMakeWords,
  matchesPhrases,
  normalizeText,
  parseQuery,
  QUOTE_MARKS,
  wordEdges,
  wordsAsTyped,
} from './phrases.ts';
import { META, metaValue, searchedMeta } from './record.ts';
import type { MessageKey } from '../i18n/locales/en.ts';
import type { Translate } from '../i18n/translate.ts';
import type { LazyResult } from './merge-results.ts';
import type { Sort } from './state.ts';
import { restoreJoins } from './word-joins.ts';

// Chinese and Japanese write no space after a sentence's stop: one Pagefind put there goes.
const SPACE_AFTER_UNSPACED_STOP = new RegExp(`(?<=[${UNSPACED_STOPS}])\\s+`, 'gu');

/** The part of Pagefind's result data we use (a `data()` call's answer). */
export interface PagefindResultData {
  url: string;
  /** Text around the matches, HTML-escaped, matched words wrapped in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's indexed text (checked for quoted phrases). */
  content?: string;
  /** The page's filter values, by filter (counted for the facets of a phrase search). */
  filters?: Record<string, string[]>;
}

/** A Pagefind result before its data is fetched, with the meta fields its words were found in (Pagefind 1.5+). */
export type PagefindResult = LazyResult<PagefindResultData> & { matchedMetaFields?: readonly string[] };

/** A run of excerpt text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One result as the page shows it. */
export interface ResultView {
  href: string;
  headline: string;
  /** Display date, as on the article ("8 October 2024"). */
  date: string;
  section: string;
  /** "By A and B", or '' without authors. */
  byline: string;
  image?: { src: string; alt: string };
  /** The article's language, for the headline and excerpt's `lang` and `dir`. */
  lang: string;
  excerpt: ExcerptPart[];
}

/** Decodes the entities Pagefind's escaping produces (named and numeric): the one decoder, re-exported for the page. */
export { decodeEntities };

/** Adds a run to `parts`, joined to the plain run before it when both are plain; an empty run adds nothing. */
function appendPart(parts: ExcerptPart[], text: string, marked: boolean): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last && !last.marked && !marked) last.text += text;
  else parts.push({ text, marked });
}

/** A text as runs: the [start, end) ranges marked, in order, and plain runs between them. */
function rangeParts(text: string, ranges: readonly [number, number][]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    appendPart(parts, text.slice(at, start), false);
    appendPart(parts, text.slice(start, end), true);
    at = end;
  }
  appendPart(parts, text.slice(at), false);
  return parts;
}

/**
 * Splits an excerpt into plain and marked runs; any other tag is dropped as
 * text would be, so nothing from the index is ever parsed as HTML. Marks
 * cover words only: punctuation Pagefind marked with a word is left plain.
 * @example excerptParts('the <mark>ferry</mark> &amp; bus')
 * // [{ text: 'the ', marked: false }, { text: 'ferry', marked: true }, { text: ' & bus', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => appendPart(parts, text, marked);
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!marked) add(text, false);
      else {
        // Pagefind marks a whole space-separated token ("المياه.", "«ferry»"): the mark keeps the word only.
        const { before, word, after } = wordEdges(text);
        add(before, false);
        add(word, true);
        add(after, false);
      }
    }
  }
  return parts;
}

/** A mark inside a word: letters or digits on either side of something else, a space excepted. */
const INNER_MARK = new RegExp(`[${WORD_CHARS}][^${WORD_CHARS}\\s]+[${WORD_CHARS}]`, 'u');

/**
 * Pagefind marks a joined word whole (`drawbridge—refitted`, `d’artisans`)
 * when it found one of its parts: the mark is narrowed to what the query's
 * words begin, as the opened article marks them (src/search/highlight.ts). A
 * joined word typed whole (`d'artisans`) stays marked whole, and so does one
 * whose found part no word of the query begins (found by its stem).
 * @example joinedMarks([{ text: 'drawbridge—refitted', marked: true }], 'refitted')
 * // [{ text: 'drawbridge—', marked: false }, { text: 'refitted', marked: true }]
 */
export function joinedMarks(parts: ExcerptPart[], query: string, lang?: string): ExcerptPart[] {
  const needles = queryNeedles(query);
  if (needles.length === 0 || !parts.some((part) => part.marked && INNER_MARK.test(part.text))) return parts;
  const narrowed: ExcerptPart[] = [];
  for (const part of parts) {
    const ranges = part.marked && INNER_MARK.test(part.text) ? wordRanges(part.text, needles, lang) : [];
    if (ranges.length === 0) appendPart(narrowed, part.text, part.marked);
    else for (const run of rangeParts(part.text, ranges)) appendPart(narrowed, run.text, run.marked);
  }
  return narrowed;
}

/**
 * Pagefind ends a block of text that has no closing punctuation (a headline,
 * a standfirst) with ". " so excerpts read as sentences; Chinese and Japanese
 * end a sentence with 。 and put no space after it. In their articles, a ". "
 * after one of their characters becomes 。, and the space after 。 goes.
 * @example fullStops([{ text: '台風が接近. 町は', marked: false }], 'ja') // [{ text: '台風が接近。町は', marked: false }]
 */
export function fullStops(parts: ExcerptPart[], lang: string): ExcerptPart[] {
  if (!['ja', 'zh'].includes(primaryLanguage(lang))) return parts;
  return parts.map((part, i) => {
    if (part.marked) return part;
    // The character before this run may end the marked run before it.
    const before = parts[i - 1]?.text.at(-1) ?? '';
    const text = `${before}${part.text}`
      .replace(new RegExp(`(?<=${UNSPACED.source}|[」』）])\\. `, 'gu'), '。')
      .replace(SPACE_AFTER_UNSPACED_STOP, '')
      .slice(before.length);
    return { ...part, text };
  });
}

/**
 * An excerpt marked as the opened article marks the query: a phrase whole
 * where it stands, and the query's other words. Pagefind marks each word of
 * a phrase wherever it stands, and leaves a number it did not find unmarked
 * beside the word it did (10号: only 号). A query without phrases, or an
 * excerpt where no needle stands, keeps Pagefind's marks (they follow its
 * stemming: "ran" marks "running"), but for the words of a phrase that
 * stands whole `elsewhere` (the result's headline or a writer's name): there
 * the opened article marks it, and a quoted "Van den Bossche" found in a
 * byline would have every "van" of the excerpt marked. In Vietnamese (`lang`),
 * words typed with marks are marked as the opened article marks them, whole:
 * Pagefind marks "hàng" for "hà".
 * @example phraseMarks([{ text: 'a battery electric bus, a battery', marked: false }], '"battery electric"')
 * // [{ text: 'a ', marked: false }, { text: 'battery electric', marked: true }, { text: ' bus, a battery', marked: false }]
 */
export function phraseMarks(
  parts: ExcerptPart[],
  query: string,
  elsewhere: readonly string[] = [],
  lang?: string,
  apart: readonly string[] = [],
): ExcerptPart[] {
  const { phrases, terms } = parseQuery(query);
  // Words checked on their own (a stemmer reads them as far less: archive-search.ts, WordOverStemmed) are marked as
  // typed too, not every word sharing Pagefind's short stem ("Ankara" for "Ayşe").
  const asTyped = (marksMakeWords(lang) && wordsAsTyped(lang!, terms, phrases).length > 0) || apart.length > 0;
  if (phrases.length === 0 && !asTyped) return parts;
  const text = parts.map((part) => part.text).join('');
  const ranges = wordRanges(text, queryNeedles(query), lang);
  if (ranges.length > 0) return rangeParts(text, ranges);
  // None of the words stands here as typed: what Pagefind marked are other words ("hàng" for "hà").
  if (asTyped) return rangeParts(text, []);
  const standing = phrases.filter((phrase) => elsewhere.some((other) => matchesPhrases(other, [phrase])));
  if (standing.length === 0) return parts;
  const key = (word: string) => foldMarks(normalizeText(word));
  // The query's words besides its phrases' (its terms hold both): "van" searched on its own keeps its marks.
  const alone = normalizeText(terms).split(' ').map(key);
  for (const word of phrases.flatMap((phrase) => normalizeText(phrase).split(' ')).map(key)) {
    const at = alone.indexOf(word);
    if (at >= 0) alone.splice(at, 1);
  }
  const searched = new Set(alone);
  const theirs = new Set(standing.flatMap((phrase) => normalizeText(phrase).split(' ')).map(key));
  const unmarked: ExcerptPart[] = [];
  for (const part of parts) {
    const word = key(part.text);
    appendPart(unmarked, part.text, part.marked && !(theirs.has(word) && !searched.has(word)));
  }
  return unmarked;
}

/**
 * How long an excerpt is, in words: Pagefind's `excerptLength` for the
 * search page (src/client/archive-search.ts), and phraseExcerpt's length.
 */
export const EXCERPT_WORDS = 24;

/**
 * What a character of a script written without spaces weighs, in excerpt
 * words: Pagefind counts the words it segments such text into, about 1.6
 * characters each in the Japanese fixture articles.
 */
const UNSPACED_CHARACTER_WORDS = 0.6;

/**
 * Where an excerpt may be cut, as [start, end) spans of a text with their
 * weight in excerpt words: each space-separated word, or in a word holding a
 * character of a script written without spaces, each character.
 */
function excerptUnits(text: string): { start: number; end: number; words: number }[] {
  const units: { start: number; end: number; words: number }[] = [];
  for (const { 0: word, index } of text.matchAll(/\S+/gu)) {
    if (!UNSPACED.test(word)) {
      units.push({ start: index, end: index + word.length, words: 1 });
      continue;
    }
    let at = index;
    for (const char of word) {
      units.push({ start: at, end: at + char.length, words: UNSPACED_CHARACTER_WORDS });
      at += char.length;
    }
  }
  return units;
}

/**
 * Punctuation that ends or joins what came before it (、 , . ) ” and a dash
 * set apart): no way to begin an excerpt. Not what may open a sentence or
 * a word: ¿ ¡ " # @, a minus (-5 °C), an opening bracket or quote. Nor a
 * vowel sign or tone mark left of a letter Pagefind cut off (a Thai excerpt
 * may begin "็ญ…"): alone, it is drawn on a dotted circle.
 */
const LEADING_PUNCTUATION = /^(?:[\p{Pe}\p{Pf}\p{M}、，,.;:；：!?！？。…\s]|[—–-](?=\s))+/u;

/**
 * A page's text as Pagefind holds it (`content`), as the article has it:
 * Pagefind's stand-ins for joined words back (src/search/word-joins.ts), and
 * without the zero-width spaces that are its word breaks.
 * @example readableContent('Les chalets d`artisans') // 'Les chalets d’artisans'
 */
export function readableContent(content: string): string {
  return readable(content);
}

/** Results' texts held for the few readings of each (memoizedRecent): a page of results and more. */
const TEXTS_HELD = 64;

const readable = memoizedRecent((content) => restoreJoins(content.replaceAll('\u200B', '')), TEXTS_HELD);

/**
 * Pagefind's excerpt without the punctuation it may begin with (、 of the
 * clause it cut in two, a closing quote): an excerpt opens on a word.
 * @example withoutLeadingPunctuation([{ text: '、港の', marked: false }]) // [{ text: '港の', marked: false }]
 */
export function withoutLeadingPunctuation(parts: ExcerptPart[]): ExcerptPart[] {
  const [first, ...rest] = parts;
  if (!first || first.marked) return parts;
  const text = first.text.replace(LEADING_PUNCTUATION, '');
  return text === '' ? rest : [{ ...first, text }, ...rest];
}

/** Thai and Lao vowels written before the consonant they follow in speech (เ แ โ ใ ไ): no way to end an excerpt. */
const TRAILING_PREPOSED_VOWELS = /[\u0E40-\u0E44\u0EC0-\u0EC4]+$/u;

/**
 * An excerpt without the vowel sign it ends on when Pagefind cut the syllable it opens ("…บ้านป่าเกี๊ยะ อำเ"):
 * written before its consonant, it belongs to the word cut off.
 * @example withoutTrailingPreposedVowel([{ text: 'ที่บ้าน อำเ', marked: false }]) // [{ text: 'ที่บ้าน อำ', marked: false }]
 */
export function withoutTrailingPreposedVowel(parts: ExcerptPart[]): ExcerptPart[] {
  const last = parts.at(-1);
  if (!last || last.marked || !TRAILING_PREPOSED_VOWELS.test(last.text)) return parts;
  const text = last.text.replace(TRAILING_PREPOSED_VOWELS, '');
  return text === '' ? parts.slice(0, -1) : [...parts.slice(0, -1), { ...last, text }];
}

/** An excerpt's text as the page shows it: Pagefind's word breaks out, runs of space as one (its joins are restored already). */
const shownText = (parts: readonly ExcerptPart[]) =>
  parts
    .map((part) => part.text)
    .join('')
    .replaceAll('\u200B', '')
    .replace(/\s+/gu, ' ')
    .trim();

/** A page's text as an excerpt of it reads (see shownText). */
const shownContent = memoizedRecent((content) => readableContent(content).replace(/\s+/gu, ' ').trim(), TEXTS_HELD);

/**
 * An excerpt without the headline it opens with: Pagefind's text of a page
 * begins with the headline, which the result shows just above, so an excerpt
 * taken from the top of the page would repeat it, or the end of it. Only an
 * excerpt that starts at the top of the page or inside the headline loses it (a body's sentence may begin with the headline's
 * words), and only when a matched word is left to show, or none was marked.
 * @param content the page's text as Pagefind returns it (readableContent's input)
 * @example withoutHeadline([{ text: 'Ferry back. The ferry ran', marked: false }], 'Ferry back', 'Ferry back. The ferry ran daily.')
 * // [{ text: 'The ferry ran', marked: false }]
 */
export function withoutHeadline(parts: ExcerptPart[], headline: string, content: string): ExcerptPart[] {
  const words = headline.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return parts;
  const page = shownContent(content);
  const head = openingHeadline(page, words);
  // Where the excerpt starts: at the top of the page, or inside the headline, as Pagefind may cut a Chinese or
  // Japanese page's first sentence (…创新高。新华社上海…), whose characters it counts as words.
  const at = page.indexOf(shownText(parts));
  if (head === undefined || at === -1 || at >= head.length) return parts;
  // What is left of the headline, spaced as the excerpt spaces it.
  const left = head.slice(at).trim().split(' ').filter(Boolean);
  const opening = new RegExp(`^\\s*${left.map(escapeRegExp).join('\\s+')}\\s*`, 'u');
  const text = parts.map((part) => part.text).join('');
  let cut = opening.exec(text)?.[0].length ?? 0;
  if (cut === 0 || cut >= text.length) return parts;
  const rest: ExcerptPart[] = [];
  for (const part of parts) {
    if (cut >= part.text.length) cut -= part.text.length;
    else {
      appendPart(rest, part.text.slice(cut), part.marked);
      cut = 0;
    }
  }
  // A page found by its headline alone keeps the headline, marked, rather than an excerpt with no mark.
  return parts.some((part) => part.marked) && !rest.some((part) => part.marked) ? parts : rest;
}

/**
 * A page's text as Pagefind holds it (readableContent's), without the
 * headline it opens with, and the full stop Pagefind adds after it: the
 * story, for a page that shows the headline above it.
 * @example storyText('Ferry back. The ferry ran daily.', 'Ferry back') // 'The ferry ran daily.'
 * @example storyText('The ferry ran daily.', 'Ferry back') // 'The ferry ran daily.'
 */
export function storyText(text: string, headline: string): string {
  const words = headline.trim().split(/\s+/u).filter(Boolean);
  const head = words.length > 0 ? openingHeadline(text, words) : undefined;
  return text.slice(head?.length ?? 0).trim();
}

/** A letter, mark or digit: the word before it goes on. */
const WORD_GOES_ON = /^[\p{L}\p{M}\p{N}]/u;
/** What follows a headline in Pagefind's text of a page: the full stop it adds after a block, and a space. */
const AFTER_HEADLINE = /^(?:\s?[.。])?\s?/u;

/**
 * The headline a page's text opens with, as the text holds it: its words (whole: "Ferry back" does not open
 * "Ferry backlog"), then the full stop Pagefind adds after a block and a space. Undefined when the text does
 * not open with it.
 * @example openingHeadline('Ferry back. The ferry ran.', ['Ferry', 'back']) // 'Ferry back. '
 */
function openingHeadline(text: string, words: readonly string[]): string | undefined {
  // The headline's own pattern has no Unicode property in it: each headline's is compiled anew, and one with a
  // property took about 0.4 ms to compile, for every result shown.
  const opening = new RegExp(`^\\s*${words.map(escapeRegExp).join('\\s+')}`, 'u').exec(text)?.[0];
  if (opening === undefined) return undefined;
  const rest = text.slice(opening.length);
  return WORD_GOES_ON.test(rest) ? undefined : opening + (AFTER_HEADLINE.exec(rest)?.[0] ?? '');
}

/**
 * An excerpt with "…" where it cuts a sentence of the page's text: before it
 * when it starts inside one, after it when it stops inside one. Unchanged
 * when the excerpt cannot be found in the text as it is.
 * @param content the page's text as Pagefind returns it (readableContent's input)
 * @example withEllipses([{ text: 'ran twice a day', marked: false }], 'The ferry ran twice a day from May.')
 * // [{ text: '…ran twice a day…', marked: false }]
 */
export function withEllipses(parts: ExcerptPart[], content: string): ExcerptPart[] {
  const excerpt = shownText(parts);
  const text = shownContent(content);
  const at = excerpt === '' ? -1 : text.indexOf(excerpt);
  if (at === -1) return parts;
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + excerpt.length).trim();
  const opens = before !== '' && !endsSentence(before);
  const closes = after !== '' && !endsSentence(excerpt);
  if (!opens && !closes) return parts;
  const marked: ExcerptPart[] = [];
  if (opens) appendPart(marked, '…', false);
  parts.forEach((part, i) => {
    const edge = i === 0 ? part.text.trimStart() : part.text;
    appendPart(marked, i === parts.length - 1 ? edge.trimEnd() : edge, part.marked);
  });
  if (closes) appendPart(marked, '…', false);
  return marked;
}

/**
 * An excerpt of about EXCERPT_WORDS words around the first place a quoted
 * phrase of the query stands in a page's text (Pagefind's `content`), marked
 * as phraseMarks marks one: the phrase, and the query's other words where
 * they stand in it. Pagefind's own excerpt is where its words are densest,
 * and it marks them one by one: away from the phrase, every "the" of
 * `"the harbour"` and every の of 「避難の早め」. The excerpt is cut between
 * words, or between characters in scripts written without spaces, a third of
 * it before the phrase as Pagefind places a lone word, and does not begin
 * with punctuation. Undefined for a query without phrases, or a text where
 * no phrase stands (it may be in the title only). In Vietnamese (`lang`), a
 * word typed with marks is placed as a phrase is: Pagefind's excerpt may be
 * about "hàng" where the reader typed "hà".
 * @param content the page's text as Pagefind returns it: plain text, not HTML
 * @example phraseExcerpt('The ferry left. Later, the harbour master spoke.', '"the harbour"', 4)
 * // [{ text: 'Later, ', marked: false }, { text: 'the harbour', marked: true }, { text: ' master', marked: false }]
 */
export function phraseExcerpt(
  content: string,
  query: string,
  length = EXCERPT_WORDS,
  headline = '',
  lang?: string,
): ExcerptPart[] | undefined {
  const parsed = parseQuery(query);
  const phrases = [
    ...parsed.phrases.map((phrase) => normalizeText(phrase)),
    ...(lang ? wordsAsTyped(lang, parsed.terms, parsed.phrases) : []),
  ];
  if (phrases.length === 0 || !content) return undefined;
  const text = readableContent(content);
  // The text begins with the headline, shown above the excerpt: the phrase where the story says it, if it does.
  const headWords = headline.trim().split(/\s+/u).filter(Boolean).map(escapeRegExp);
  const head =
    headWords.length > 0 ? (new RegExp(`^\\s*${headWords.join('\\s+')}`, 'u').exec(text)?.[0].length ?? 0) : 0;
  const ranges = wordRanges(text, phrases, lang);
  const found = ranges.find(([start]) => start >= head) ?? ranges[0];
  if (!found) return undefined;
  const units = excerptUnits(text);
  const weight = (index: number) => units[index]?.words ?? Infinity;
  let from = units.findIndex((unit) => unit.end > found[0]);
  let to = from;
  let words = weight(from);
  while ((units[to + 1]?.start ?? Infinity) < found[1]) words += weight(++to);
  let before = 0;
  while (before + weight(from - 1) <= length / 3) before += weight(--from);
  words += before;
  while (words + weight(to + 1) <= length) words += weight(++to);
  // Near the end of the text, the rest of the length goes before the phrase.
  while (words + weight(from - 1) <= length) words += weight(--from);
  const start = units[from]?.start ?? 0;
  const cut = start + (LEADING_PUNCTUATION.exec(text.slice(start, found[0]))?.[0].length ?? 0);
  const excerpt = text.slice(cut, units[to]?.end).replace(/\s+/gu, ' ');
  return rangeParts(excerpt, wordRanges(excerpt, queryNeedles(query), lang));
}

/**
 * Turns Pagefind's data for one result into what the page shows (meta as
 * SearchRecord.astro writes it), its excerpt marked for `query`: around the
 * phrase when the query has one (phraseExcerpt), else Pagefind's (phraseMarks), the words checked on their
 * own (`apart`) marked as typed.
 */
export function toResultView(data: PagefindResultData, query = '', apart: readonly string[] = []): ResultView {
  const { meta } = data;
  const lang = metaValue(meta, META.lang);
  const view: ResultView = {
    href: data.url,
    headline: metaValue(meta, META.title).trim() || data.url,
    date: metaValue(meta, META.date),
    section: metaValue(meta, META.section),
    byline: metaValue(meta, META.byline),
    lang: metaValue(meta, META.lang),
    // Pagefind read the page with stand-ins for its joined words' marks: the article's own characters back.
    excerpt: fullStops(
      joinedMarks(
        withEllipses(
          withoutHeadline(
            phraseExcerpt(data.content ?? '', query, EXCERPT_WORDS, metaValue(meta, META.title), lang) ??
              phraseMarks(
                withoutTrailingPreposedVowel(withoutLeadingPunctuation(excerptParts(restoreJoins(data.excerpt)))),
                query,
                searchedMeta(meta),
                lang,
                apart,
              ),
            metaValue(meta, META.title),
            data.content ?? '',
          ),
          data.content ?? '',
        ),
        query,
        lang,
      ),
      lang,
    ),
  };
  const image = metaValue(meta, META.image);
  if (image) view.image = { src: image, alt: metaValue(meta, META.imageAlt) };
  return view;
}

/**
 * The status line announced to screen readers after each search. While some
 * shards (or phrase checks) have not answered, the count is a lower bound and
 * says so.
 * @example resultSummary(1, 'ferry', false, t) // '1 result for “ferry”' (in English)
 * @example resultSummary(10, 'ferry', false, t, false) // 'At least 10 results for “ferry” (load more to search further)'
 */
export function resultSummary(
  count: number,
  query: string,
  filtered: boolean,
  t: Translate<MessageKey>,
  complete = true,
): string {
  const kind = (query ? 'For' : '') + (filtered ? 'Filtered' : '');
  const key = (
    !complete ? `search.atLeast${kind}` : count === 0 ? `search.none${kind}` : `search.count${kind}`
  ) as MessageKey;
  return t(key, { count, query: quotedQuery(query, t) });
}

/**
 * The query as a message quotes it. The messages put the query inside the
 * language's own quotation marks, so quotes the reader typed are not shown
 * again around them: a query that is one quoted phrase loses its quotes, and
 * a phrase inside a longer query takes the language's inner quotation marks
 * (`search.quotedPhrase`), as typography nests them.
 * @example quotedQuery('"battery electric"', t) // 'battery electric' (shown “battery electric” in English)
 * @example quotedQuery('"battery electric" buses', t) // '‘battery electric’ buses' (in English)
 */
export function quotedQuery(query: string, t: Translate<MessageKey>): string {
  const pieces = query.split(QUOTE_MARKS);
  if (pieces.length === 1) return query;
  // Even pieces lie outside quotes, odd ones inside (an unclosed quote runs to the end, as in parseQuery).
  const outside = pieces.filter((_, index) => index % 2 === 0);
  if (pieces.length <= 3 && outside.every((piece) => piece.trim() === '')) return pieces[1]?.trim() ?? '';
  return pieces
    .map((piece, index) => {
      if (index % 2 === 0) return piece;
      const phrase = piece.trim();
      return phrase ? t('search.quotedPhrase', { phrase }) : '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The status line when a phrase check stopped at its budget (src/search/phrases.ts):
 * how many candidates, in which order, were checked, and how many held the
 * phrase, so "no results" is never claimed for articles nobody looked at.
 * @param phrases the query's quoted phrases, as typed (src/search/phrases.ts parseQuery)
 * @example phraseCheckSummary(50, 0, ['battery electric'], 'newest', t)
 * // 'Checked the 50 newest articles with these words for the exact phrase “battery electric”: 0 found so far.'
 */
export function phraseCheckSummary(
  checked: number,
  found: number,
  phrases: readonly string[],
  sort: Sort,
  t: Translate<MessageKey>,
): string {
  const key = (
    {
      newest: 'search.phraseCheckedNewest',
      oldest: 'search.phraseCheckedOldest',
      relevance: 'search.phraseCheckedRelevance',
    } as const
  )[sort];
  return t(key, { count: checked, found, query: phrases.join(' … ') });
}

/** The button that lets a paused phrase check go on, named for the order it reads in. */
export function phraseCheckButton(sort: Sort, t: Translate<MessageKey>): string {
  return t(
    ({ newest: 'search.checkOlder', oldest: 'search.checkNewer', relevance: 'search.checkMore' } as const)[sort],
  );
}

/**
 * Why the offline download was not kept, in the interface's words: a count of
 * the files that failed (its plural form) and the first three of them; any
 * other error as its message (OfflineIncomplete is src/client/keep-offline.ts's).
 * @example offlineProblem(new OfflineIncomplete(['a: 404', 'b: 404']), t) // '2 files could not be kept: a: 404; b: 404'
 */
export function offlineProblem(error: unknown, t: Translate<MessageKey>): string {
  if (!(error instanceof Error)) return String(error);
  // The keeper's OfflineIncomplete carries `failures`; read by shape, so this module needs nothing from the browser's.
  const { failures } = error as Error & { failures?: unknown };
  if (!Array.isArray(failures)) return error.message;
  const files = `${failures.slice(0, 3).join('; ')}${failures.length > 3 ? '; …' : ''}`;
  return t('offline.filesFailed', { count: failures.length, files });
}

/** The units after bytes, as `Intl.NumberFormat` names them (each language's own symbol: kB, ko, كيلوبايت). */
const BYTE_UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A byte count for people, in decimal units as browsers' download UIs show,
 * with the language's decimal separator and unit symbols (and its word for
 * bytes in their plural forms, given `t`), in the interface's digits (Latin unless its table says).
 * @example formatBytes(1_234_567) // '1.2 MB'
 * @example formatBytes(1_234_567, 'fr') // '1,2 Mo' (a narrow no-break space before the unit)
 */
export function formatBytes(bytes: number, lang = 'en', t?: Translate<MessageKey>, numberingSystem = 'latn'): string {
  if (bytes < 1000) return t ? t('search.bytes', { count: bytes }) : `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  const inUnits = (unitDisplay: 'short' | 'long') =>
    new Intl.NumberFormat(lang, {
      style: 'unit',
      unit: BYTE_UNITS[unit],
      unitDisplay,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      numberingSystem,
    }).format(value);
  // Where a right-to-left language's short unit is Latin ("۴۷۴ kB" in Persian) and its long one is its own (کیلوبایت),
  // the long one: a Latin abbreviation inside a right-to-left line is set apart from its figure.
  const short = inUnits('short');
  if (!/[a-z]/iu.test(short) || textDirection(lang) !== 'rtl') return short;
  const long = inUnits('long');
  return /[a-z]/iu.test(long) ? short : long;
}
