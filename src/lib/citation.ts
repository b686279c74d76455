/**
 * Citations of an archived article: a Chicago (17th edition, notes and
 * bibliography) bibliography entry for the page, and BibTeX and RIS records for
 * reference managers. Plain data in, text out: the access date is an argument
 * (the page passes the build's day), never read from the clock here.
 */
import type { ArticleDate } from './dates.ts';
import { chicagoDay, MONTH_ABBREVIATIONS, risDay } from './dates.ts';
import { readableUrl } from './urls.ts';
import { collapseWhitespace } from './whitespace.ts';
import { SENTENCE_STOPS } from './full-stops.ts';
import { primaryLanguage } from './language-tags.ts';

/** What a citation needs to know about an article and where it was read. */
export interface CitationInput {
  /** Headline, as published. */
  title: string;
  /** Bylines in display order ("Ada Quill"); may be empty. */
  authors: readonly string[];
  /** The publication that first ran the article (the source, or the archive's own paper). */
  publication: string;
  /** Publication date as written: its calendar day is the one cited, whatever the offset. */
  date: ArticleDate;
  /** Where the article was first published, when known. */
  originalUrl?: string | undefined;
  /** Name of this archive, e.g. "The Port Alder Ledger Archive". */
  archiveName: string;
  /** Absolute URL of the archived copy. */
  archiveUrl: string;
  /** Day the archived copy was read, `YYYY-MM-DD`. */
  accessed: string;
  /** BCP 47 language of the article. */
  lang?: string | undefined;
  /** Citation key for BibTeX; reduced to the characters BibTeX accepts in keys. */
  key: string;
}

/** A run of citation text; `title` marks a work's title, set in italics (`<cite>`). */
export interface CitationPart {
  text: string;
  /** A title of a publication: set in italics. */
  title?: true;
  /** The access date (`text` is it as shown): the page puts the reader's day in its place. */
  accessed?: string;
  /**
   * Names and headlines, which may be in any script: the page isolates them
   * (`<bdi>`), so an Arabic name keeps its order inside the English entry.
   */
  isolate?: true;
}

/** Chicago lists up to ten authors; beyond that, the first seven and "et al." */
const MAX_LISTED_AUTHORS = 10;
const AUTHORS_BEFORE_ET_AL = 7;

/**
 * Names Chicago cites as written, never inverted: Chinese, Japanese and Korean ones are written family name first
 * already; Thai ones are written given name first, and Thais are known, alphabetized and cited by their given name
 * (Chicago, "Thai names"): "สมชาย ใจดี", not "ใจดี, สมชาย"; Ethiopian and Eritrean names are a given name and the
 * father's, no family name, and are filed under the first ("አበበ ከበደ"). Told by their script.
 */
const CITED_AS_WRITTEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Ethiopic}]/u;

/**
 * Languages whose names are written family name first in their own text, Hungarian's "Kovács Péter": a name of
 * two or three words in an article of that language is read so (its first word the family name), as Chicago
 * files it ("Kovács, Péter"). A foreign name a Hungarian paper writes in its own order is read so too.
 */
const FAMILY_NAME_FIRST = new Set(['hu']);
/**
 * Vietnamese names are written family name first too ("Nguyễn Văn An": Nguyễn is the family), and cited so: told
 * by the letters only Vietnamese writes (ơ, ư, and a vowel with a dot below or a hook above), not by đ, which
 * Croatian and Serbian names have as well.
 */
const VIETNAMESE_LETTER = /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * Last words that make a credit an organisation's, not a person's: Chicago
 * cites "Associated Press" and "Harbour Gazette Staff" as written, uninverted.
 */
const ORGANISATION_WORD =
  /^(?:press|news|newsroom|agency|agencies|staff|desk|online|media|wire|service|services|team|editors|bureau|reporters|correspondents)$/i;

/**
 * A newspaper's last word, which is also a family name (Emily Post, Tom Herald): an
 * organisation's only in a name of three words or more ("New York Times") or one
 * that begins with "The".
 */
const NEWSPAPER_WORD = /^(?:post|times|journal|tribune|herald|gazette|chronicle|courier|observer)$/i;

/**
 * Whether a credit is an organisation's rather than a person's, by its last
 * word ("Associated Press", "Coast Wire Staff", "The Harbour Post"): the importer
 * also reads it to tell an agency's credit after a writer's name from another writer.
 * @example isOrganisationCredit('Associated Press') // true
 * @example isOrganisationCredit('Emily Post') // false
 */
export function isOrganisationCredit(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (ORGANISATION_WORD.test(last)) return true;
  return NEWSPAPER_WORD.test(last) && (words.length >= 3 || /^the$/i.test(words[0] ?? ''));
}

/**
 * Whether a credit is a newspaper's by its last word ("Harbour Post"): on a line of its own under a
 * writer's name, it names where the writer works.
 * @example isNewspaperName('Harbour Post') // true
 */
export function isNewspaperName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0] ?? '') && NEWSPAPER_WORD.test(words.at(-1) ?? '');
}

/** Words that join a family name in front of it ("van", "De", "della"), compared in lowercase. */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'le',
  'la',
  'ter',
  'ten',
  "'t",
  '’t',
  'vanden',
  'vander',
  // North Africa's: Tamazight's Aït, Ath ("sons of"), and Ben, Bel, Ould, in Latin letters and Arabic's.
  'aït',
  'ait',
  'ath',
  'ben',
  'bel',
  'ould',
  'بن',
  'ولد',
  'آيت',
  'أيت',
]);

/**
 * Splits a display name into family and given names at its last space, the
 * rule that fits most bylines ("Ludwig van Beethoven" → "Beethoven", "Ludwig van").
 * Particles written with a capital belong to the family name, as Belgian,
 * Italian and French names write them and file them ("Annelies Van den
 * Bossche" → "Van den Bossche", "Marine Le Pen" → "Le Pen").
 * A one-word name, a CJK or Vietnamese name (already family name first) or a Thai one (cited
 * by the given name, first), or a credit that is no person's (its last word in
 * lowercase, "heise online", or an organisation's, "Coast Wire Staff") is kept whole.
 * @example splitName('Ada Quill') // { family: 'Quill', given: 'Ada' }
 * @example splitName('Pieter De Smet') // { family: 'De Smet', given: 'Pieter' }
 * @example splitName('heise online') // { family: 'heise online' }
 * @example splitName('สมชาย ใจดี') // { family: 'สมชาย ใจดี' }
 * @example splitName('Nguyễn Văn An') // { family: 'Nguyễn Văn An' }
 * @example splitName('Kovács Péter', 'hu') // { family: 'Kovács', given: 'Péter' }
 * @example splitName('Lynda Aït Saïd') // { family: 'Aït Saïd', given: 'Lynda' }
 * @param lang the article's language, where names are written family name first in some (FAMILY_NAME_FIRST)
 */
export function splitName(name: string, lang?: string): { family: string; given?: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (CITED_AS_WRITTEN.test(trimmed) || VIETNAMESE_LETTER.test(trimmed)) return { family: trimmed };
  const words = trimmed.split(' ');
  const last = words.at(-1) ?? '';
  if (words.length < 2 || /^\p{Ll}/u.test(last) || isOrganisationCredit(trimmed)) return { family: trimmed };
  if (
    FAMILY_NAME_FIRST.has(primaryLanguage(lang ?? '')) &&
    words.length <= 3 &&
    words.every((word) => /^\p{Lu}/u.test(word))
  )
    return { family: words[0]!, given: words.slice(1).join(' ') };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  // The particles go with the family name only when the first is capitalised, or in a script without capitals
  // ("بن علي"); "Ludwig van" keeps its van.
  if (/^\p{Ll}/u.test(words[start]!)) start = words.length - 1;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

/** "Quill, Ada" (or the name alone when it is one word). */
function inverted(name: string, lang?: string): string {
  const { family, given } = splitName(name, lang);
  return given ? `${family}, ${given}` : family;
}

/** Terminal punctuation of any script (Arabic ؟, full-width ？！。, Hindi ।): a text ending in one takes no added period. */
const TERMINAL = new RegExp(`[${SENTENCE_STOPS}]$`, 'u');

/** The period that closes a sentence, unless it already ends with terminal punctuation. */
function closingPeriod(text: string): string {
  return TERMINAL.test(text) ? '' : '.';
}

/** Collapses line breaks (CR, LF, U+2028/9) and runs of spaces, which no citation field may carry. */
function oneLine(text: string): string {
  return collapseWhitespace(text);
}

/** A text whose first letter is of a script written right to left: an isolate of it is drawn right to left. */
const RIGHT_TO_LEFT_START =
  /^[^\p{L}]*[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** Each double quotation mark and the single one that takes its place inside another quotation, in its shape. */
const SINGLE_FOR_DOUBLE: Readonly<Record<string, string>> = { '“': '‘', '”': '’', '„': '‚', '‟': '‛' };

/**
 * A headline as the entry quotes it, inside its own “ ”: the headline's double quotation marks become single ones,
 * as Chicago nests quotations (“Mayor: ‘We Will Rebuild’”), each in the shape of the one it replaces (German „ “
 * become ‚ ‘, Hebrew ” ” become ’ ’). A straight " becomes ‘ where it opens (at the start, after a space or a
 * bracket) and ’ where it closes a quotation it opened (before a space, punctuation or the end); any other
 * (צה"ל, a 13" screen) is no quotation mark and stays. Guillemets, which no reader takes for the entry's marks, stay too.
 * @example quotedInQuotes('Mayor: “We will rebuild”') // 'Mayor: ‘We will rebuild’'
 */
export function quotedInQuotes(headline: string): string {
  let open = false;
  return headline.replace(/["“”„‟]/gu, (mark: string, at: number) => {
    if (mark !== '"') return SINGLE_FOR_DOUBLE[mark] ?? mark;
    if (at === 0 || /[\s([{\u2014\u2013-]/u.test(headline[at - 1] ?? '')) {
      open = true;
      return '‘';
    }
    // Only a quotation this headline opened closes: the inch mark of a 13" screen is no quotation mark.
    if (!open || !/^(?:$|[\s.,;:!?)\]}\u2014\u2013-])/u.test(headline.slice(at + 1))) return mark;
    open = false;
    return '’';
  });
}

/**
 * The authors of a Chicago bibliography entry: the first inverted, the rest in
 * reading order, "and" before the last; more than ten become seven and "et al."
 * @example chicagoAuthors(['Ada Quill', 'Bram Osei']) // 'Quill, Ada, and Bram Osei'
 */
export function chicagoAuthors(authors: readonly string[]): string {
  return chicagoAuthorParts(authors)
    .map((part) => part.text)
    .join('');
}

/**
 * The same authors as parts: each name isolated on its own, the commas, "and"
 * and "et al" of the entry between them, so that two Arabic names keep their
 * order in the English entry (one isolate holding "A, and B" would show B first).
 * @example chicagoAuthorParts(['Ada Quill', 'Bram Osei']).map((p) => p.text) // ['Quill, Ada', ', and ', 'Bram Osei']
 * @param lang the article's language, which tells how its names are written (splitName)
 */
export function chicagoAuthorParts(authors: readonly string[], lang?: string): CitationPart[] {
  const names = authors.map(oneLine).filter((name) => name !== '');
  const [first, ...rest] = names;
  if (first === undefined) return [];
  const listed =
    names.length > MAX_LISTED_AUTHORS
      ? [inverted(first, lang), ...rest.slice(0, AUTHORS_BEFORE_ET_AL - 1)]
      : [inverted(first, lang), ...rest];
  const parts: CitationPart[] = [];
  for (const [at, name] of listed.entries()) {
    if (at > 0) parts.push({ text: at === listed.length - 1 && names.length <= MAX_LISTED_AUTHORS ? ', and ' : ', ' });
    parts.push({ text: name, isolate: true });
  }
  if (names.length > MAX_LISTED_AUTHORS) parts.push({ text: ', et al' });
  return parts;
}

/**
 * A Chicago bibliography entry for a news article read in this archive:
 * authors (or, unsigned, the headline first), quoted headline, publication in
 * italics, date, original URL, then the archive, access date and archive URL.
 * @example formatCitation(input).map((part) => part.text).join('')
 * // 'Quill, Ada. “Council Passes the Winter Budget.” Northshore Weekly, January 1, 2020. https://northshore.example/budget. Archived in The Port Alder Ledger Archive. Accessed May 5, 2026. https://archive.example/2020/01/01/council-budget-vote/.'
 */
export function formatCitation(input: CitationInput): CitationPart[] {
  const parts: CitationPart[] = [];
  // The entry's own periods stay out of the isolates: inside a right-to-left name or headline they would be
  // drawn at its left end, away from where the English sentence closes.
  const authors = chicagoAuthorParts(input.authors, input.lang);
  const lastAuthor = authors.at(-1)?.text ?? '';
  if (lastAuthor) parts.push(...authors, { text: `${closingPeriod(lastAuthor)} ` });
  // The period goes inside the closing quotation mark, unless the headline ends in its own ? or !.
  const title = quotedInQuotes(oneLine(input.title));
  const [, words = title, quotes = ''] = /^(.*?)([’‘]*)$/su.exec(title) ?? [];
  if (quotes !== '' && /[‘‚]/u.test(words) && !RIGHT_TO_LEFT_START.test(title)) {
    // Inside the headline's own closing quotation mark too (“Mayor: ‘We will rebuild.’”), one that closes a quote
    // it opened (not an apostrophe: “The Joneses’.”); not in a right-to-left headline, where it would be drawn at
    // the far end of its isolate.
    parts.push({ text: '“' }, { text: `${words}${closingPeriod(words)}${quotes}`, isolate: true }, { text: '” ' });
  } else parts.push({ text: '“' }, { text: title, isolate: true }, { text: `${closingPeriod(title)}” ` });
  parts.push({ text: oneLine(input.publication), title: true });
  parts.push({ text: `, ${chicagoDay(input.date.day)}.` });
  // Addresses as readers read them (an Arabic path in its letters); the BibTeX and RIS records keep them encoded.
  if (input.originalUrl) parts.push({ text: ` ${readableUrl(input.originalUrl)}.` });
  parts.push({ text: ' Archived in ' });
  parts.push({ text: oneLine(input.archiveName), title: true });
  parts.push({ text: '. Accessed ' });
  parts.push({ text: chicagoDay(input.accessed), accessed: input.accessed });
  parts.push({ text: `. ${readableUrl(input.archiveUrl)}.` });
  return parts;
}

const BIBTEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Escapes text for a braced BibTeX field, so LaTeX prints it as written and no
 * brace can end the field early. One pass, so the braces that `\textbackslash{}`
 * brings are not escaped again.
 * @example escapeBibTeX('50% of R&D_costs') // '50\\% of R\\&D\\_costs'
 */
export function escapeBibTeX(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_~^]/g, (char) => BIBTEX_SPECIAL[char] ?? char);
}

/**
 * A URL for a verbatim BibTeX `url` field: braces and backslashes
 * percent-encoded (the same address), since only they could unbalance the field.
 * @example bibTeXUrl('https://e.org/?q={x}') // 'https://e.org/?q=%7Bx%7D'
 */
export function bibTeXUrl(url: string): string {
  return oneLine(url).replace(/[{}\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * One BibTeX author: "Family, Given" so BibTeX need not guess the split; a name
 * of one word, or one holding a comma or the word "and" (which BibTeX would read
 * as two authors), is braced whole.
 */
function bibTeXName(name: string, lang?: string): string {
  const clean = oneLine(name);
  const { family, given } = splitName(clean, lang);
  if (!given || /,|\band\b/i.test(clean)) return `{${escapeBibTeX(clean)}}`;
  // A family name of several words ("Van den Bossche") is braced: BibTeX would take its lowercase "den" for a von part.
  const familyName = family.includes(' ') ? `{${escapeBibTeX(family)}}` : escapeBibTeX(family);
  return `${familyName}, ${escapeBibTeX(given)}`;
}

/** Language tags as babel and polyglossia name their languages, which biblatex's `langid` takes. */
const BABEL_NAMES: Readonly<Record<string, string>> = {
  'en-gb': 'british',
  'en-us': 'american',
  en: 'english',
  'de-at': 'naustrian',
  'de-ch': 'nswissgerman',
  de: 'ngerman',
  'pt-br': 'brazilian',
  pt: 'portuguese',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
  pl: 'polish',
  cs: 'czech',
  sv: 'swedish',
  da: 'danish',
  nb: 'norsk',
  fi: 'finnish',
  tr: 'turkish',
  el: 'greek',
  ru: 'russian',
  uk: 'ukrainian',
  ar: 'arabic',
  he: 'hebrew',
  fa: 'persian',
  hi: 'hindi',
  ja: 'japanese',
  ko: 'korean',
  zh: 'chinese',
};

/**
 * The babel name of a language tag, for biblatex's `langid` (`pt-BR` is `brazilian`, `de` is `ngerman`);
 * undefined for a language babel has no name for here, so the field is left out rather than wrong.
 * @example babelLanguage('pt-BR') // 'brazilian'
 */
export function babelLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase().replaceAll('_', '-');
  const [language = '', region] = lower.split('-').filter((part) => part.length !== 4);
  return BABEL_NAMES[region ? `${language}-${region}` : language] ?? BABEL_NAMES[language];
}

/** Six hex digits of a text's FNV-1a hash: a short, stable tag for a key that has nothing else to tell it. */
function shortDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * A BibTeX `@article` entry (fields that BibTeX and biblatex both read). `url`
 * and `urldate` are the archived copy that was read; the original address is in
 * the note. The headline is double-braced so styles keep its capitals as published.
 * @example toBibTeX(input).startsWith('@article{council-budget-vote-2020,') // true
 */
export function toBibTeX(input: CitationInput): string {
  const [year, month, day] = input.date.day.split('-') as [string, string, string];
  const note = [
    input.originalUrl ? `Originally published at ${input.originalUrl}` : undefined,
    `Archived in ${input.archiveName}`,
  ].filter((text) => text !== undefined);
  const authors = input.authors.map(oneLine).filter((name) => name !== '');
  const fields: [string, string][] = [
    ...(authors.length > 0
      ? [['author', `{${authors.map((name) => bibTeXName(name, input.lang)).join(' and ')}}`] as [string, string]]
      : []),
    ['title', `{{${escapeBibTeX(input.title)}}}`],
    ['journal', `{${escapeBibTeX(input.publication)}}`],
    ['year', `{${year}}`],
    ['month', MONTH_ABBREVIATIONS[Number(month) - 1] ?? `{${month}}`],
    ['day', `{${Number(day)}}`],
    ['date', `{${input.date.day}}`],
    ['url', `{${bibTeXUrl(input.archiveUrl)}}`],
    ['urldate', `{${input.accessed}}`],
    ['note', `{${escapeBibTeX(note.join('. '))}}`],
    ...(babelLanguage(input.lang) ? [['langid', `{${babelLanguage(input.lang)}}`] as [string, string]] : []),
  ];
  const ascii = input.key.replace(/[^A-Za-z0-9:_-]+/g, '-').replace(/^-+|-+$/g, '');
  // A key in another script keeps nothing in ASCII but its year ("2023" of a Persian headline's address): the article's
  // day and a digest of its key tell it from the year's other articles.
  const key = /^\d{0,4}$/.test(ascii) ? `article-${input.date.day}-${shortDigest(input.key)}` : ascii;
  return `@article{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/**
 * An RIS record (type NEWS), one `TAG  - value` line each, CRLF line ends as
 * the format asks. Values are kept to one line, since a line break would
 * start a new (garbled) tag. `UR` lists the archived copy (read on `Y2`) first,
 * then the original.
 * @example toRis(input).split('\r\n')[0] // 'TY  - NEWS'
 */
export function toRis(input: CitationInput): string {
  const lines: [string, string][] = [
    ['TY', 'NEWS'],
    ['TI', input.title],
    ...input.authors.map((name) => ['AU', inverted(oneLine(name), input.lang)] as [string, string]),
    ['T2', input.publication],
    ['PY', input.date.day.slice(0, 4)],
    ['DA', risDay(input.date.day)],
    ['UR', input.archiveUrl],
    ...(input.originalUrl ? [['UR', input.originalUrl] as [string, string]] : []),
    ['Y2', risDay(input.accessed)],
    ['DB', input.archiveName],
    ...(input.lang ? [['LA', input.lang] as [string, string]] : []),
  ];
  const body = lines
    .map(([tag, value]) => [tag, oneLine(value)] as const)
    .filter(([, value]) => value !== '')
    .map(([tag, value]) => `${tag}  - ${value}`);
  return [...body, 'ER  - ', ''].join('\r\n');
}

/** The citation downloads an article page offers. */
export const CITATION_FILES = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex', write: toBibTeX },
  ris: { label: 'RIS', type: 'application/x-research-info-systems', write: toRis },
} as const;

/**
 * A citation file as a `data:` URL for a download link. Inside the page
 * rather than a file of its own: two files per article would triple the files
 * a static host must hold, and the record is a few hundred bytes.
 * @example citationDataUrl('ris', 'TY  - NEWS\r\n') // 'data:application/x-research-info-systems;charset=utf-8,TY%20%20-%20NEWS%0D%0A'
 */
export function citationDataUrl(format: keyof typeof CITATION_FILES, text: string): string {
  return `data:${CITATION_FILES[format].type};charset=utf-8,${encodeURIComponent(text)}`;
}

/**
 * A BibTeX or RIS record with its access date (`urldate`, `Y2`) moved from
 * `from` to `to` (both `YYYY-MM-DD`); nothing else changes. The browser uses
 * it to put the reader's today in the downloads (src/client/cite.ts).
 * @example withAccessDay('  urldate = {2023-11-14},\n', '2023-11-14', '2024-01-02') // '  urldate = {2024-01-02},\n'
 */
export function withAccessDay(record: string, from: string, to: string): string {
  return record
    .replace(`urldate = {${from}}`, `urldate = {${to}}`)
    .replace(`Y2  - ${risDay(from)}`, `Y2  - ${risDay(to)}`);
}
