/**
 * The line many publishing systems print between a story's headline and its
 * text: "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde -
 * Tags: sad, veículo", "Posted by Ada Quill in Politics | Tags: port". Each
 * part is a labelled field (or a bare date); the line is read only when every
 * part is one, so a sentence of the story is never taken for it.
 */
import { KOREAN_TIME_LABEL_SOURCE, toArticleDate } from './dates.ts';
import { KOREAN_PUBLISHED_LABEL_SOURCE } from '../lib/written-dates.ts';
import { bylineNames, hasBylineLabel, isDeskCredit, ROMANIAN_BY } from './bylines.ts';
import { monthAndDay, onlyDateWords, writtenDate, type DateReading } from '../lib/written-dates.ts';

/** What a story's metadata line says; only the fields it names. */
export interface MetaLine {
  date?: string;
  /** True when the line's date is when the story was updated, not published. */
  updatedOnly?: boolean;
  authors?: string[];
  section?: string;
  tags?: string[];
}

/** Words that say a date is when the story changed, not when it appeared, in the shipped languages and more. */
export const UPDATED =
  /updat|modifi|revis|aktualisiert|aktualiz|geändert|mis à jour|actualizad|actualizat|atualizad|aggiornat|frissítve|frissítés|módosítva|módosítás|päivitetty|uppdaterad|uppdaterat|oppdatert|opdateret|a[žz]urirano|ажурирано|izmenjeno|izmijenjeno|измењено|تحديث|تم التحديث|更新|수정/i;

// Between the parts: a dash, bar or dot with space around it, or a bar alone; or the space before a Korean page's
// next time label, which may follow the first with nothing else between ("입력 2024.05.20 09:10 수정 2024.05.21 10:00").
const KOREAN_NEXT_TIME = `\\s+(?=${KOREAN_TIME_LABEL_SOURCE}\\s*:?\\s*\\d)`;
const SEPARATOR = new RegExp(`\\s+[-–—|•·]\\s+|\\s*\\|\\s*|${KOREAN_NEXT_TIME}`, 'u');
// Failing that, a semicolon too ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"); not at first, since a tag list may use it.
const SEPARATOR_OR_SEMICOLON = new RegExp(`\\s+[-–—|•·]\\s+|\\s*[|;]\\s*|${KOREAN_NEXT_TIME}`, 'u');
// "Categoria: Saúde" (a one-word label takes a colon: "Section 3 of the plan" is prose), "Filed under Politics".
const SECTION =
  /^(?:(?:categor(?:ia|ias|ía|y|ies)|catégories?|kategorien?|rubri(?:ca|que|k)|se[cç][cç]?ão|secci[oó]n|section|editoria)\s*:|filed under|posted in|publicado em|arquivado em|classé dans)\s*(.+)$/i;
const TAGS =
  /^(?:tags?|tagged(?: with)?|etiquetas?|palavras?[- ]chaves?|mots[- ]cl[ée]s|schlagw[öo]rter|stichw[öo]rter|keywords|temas|assuntos|t[óo]picos|topics)\s*:?\s*(.*)$/i;
// A date part may say what the date is: "Publicado em 05/10/2018", "Posted on", "Data:", Romanian "Publicat (la):",
// Hungarian "Megjelent:" (appeared), "Közzétéve:" (published), Finnish "Julkaistu", Swedish "Publicerad", Norwegian
// "Publisert", Danish "Publiceret", Serbian, Croatian and Bosnian "Objavljeno" and "Datum" in Latin letters and
// Cyrillic ("Објављено", "Датум: 23.09.2010.").
const DATE_LABEL = new RegExp(
  `^(?:publicado|postado|posted|published|publié|veröffentlicht|pubblicato|publicat(?:\\s+la)?|megjelent|közzétéve|julkaistu|publicerad|publisert|publiceret|objavljeno|објављено|data|date|datum|датум|fecha|em|on|le|am|el|${KOREAN_PUBLISHED_LABEL_SOURCE})(?=[\\s:])`,
  'i',
);
// The word before a time that Romanian writes ("08.05.2009, ora 14:30", "orele 16:00"), and Serbian, Croatian and
// Bosnian "u" ("3. 11. 2019. u 23:40", Cyrillic "у 10:32"): a date's word, as the time is.
const HOUR_WORD = /(?<=^|\s)(?:ora|orele|u|у)\s+(?=\d{1,2}[:.]\d{2}(?!\d))/giu;

/** A date's text without the word some languages write before its time (HOUR_WORD). @example withoutHourWord('3. 11. 2019. u 23:40') // '3. 11. 2019. 23:40' */
export const withoutHourWord = (text: string) => text.replace(HOUR_WORD, '');

/**
 * Reads a short line as the story's metadata line, or undefined when any part
 * of it is something else. Link texts in the line (as `<a>` elements held them)
 * tell multi-word tags apart where only spaces separate them.
 * @example readMetaLine('05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde', [], 'day-first') // { date: '2018-10-05', authors: ['Clarissa Borba'], section: 'Saúde' }
 */
export function readMetaLine(line: string, linkTexts: readonly string[], reading?: DateReading): MetaLine | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > 400) return undefined;
  return readParts(text, SEPARATOR, linkTexts, reading) ?? readParts(text, SEPARATOR_OR_SEMICOLON, linkTexts, reading);
}

function readParts(
  text: string,
  separator: RegExp,
  linkTexts: readonly string[],
  reading: DateReading | undefined,
): MetaLine | undefined {
  const found: MetaLine = {};
  let fields = 0;
  for (const part of text.split(separator).map((piece) => piece.trim())) {
    if (!part) continue;
    const tags = TAGS.exec(part);
    if (tags) {
      found.tags = tagList(tags[1] ?? '', linkTexts);
      fields++;
      continue;
    }
    const words = part.split(' ').length;
    const written = withFullYear(part);
    const date = words <= 8 ? (toArticleDate(written) ?? writtenDate(written, reading)) : undefined;
    if (
      date &&
      (words <= 2 || DATE_LABEL.test(part) || UPDATED.test(part) || onlyDateWords(withoutHourWord(written)))
    ) {
      // The first date, unless it was the update and the day it was published follows ("수정 … | 입력 …"). An update's
      // word after the part's first date labels that date ("2023年4月1日 更新", "4 May 2021 updated"), unless another
      // date follows it, whose label it is ("Julkaistu 12.3.2014 10.32 Päivitetty 13.3.2014").
      const update = UPDATED.exec(part);
      const updated =
        update !== null &&
        (!/\d/.test(part.slice(0, update.index)) || !/\d/.test(part.slice(update.index + update[0].length)));
      if (!found.date || (found.updatedOnly && !updated)) {
        found.date = date;
        if (updated) found.updatedOnly = true;
        else delete found.updatedOnly;
      }
      fields++;
      continue;
    }
    // "Posted Nov 19, 6:51 AM", "Published 1 day ago": when, but no day this line can give.
    if (!date && words <= 8 && isUndatedTime(part)) {
      fields++;
      continue;
    }
    // "Publicado por:", "Posted by", "Von": a byline's label, as bylines.ts knows them (bylineNames reads the rest);
    // Romanian's "de" before a name, here beside the line's date ("Vineri, 20 martie 2009 | de Ion Popescu").
    const authors = hasBylineLabel(part) || ROMANIAN_BY.test(part) ? bylineNames(part) : [];
    if (authors.length > 0) {
      found.authors = authors;
      fields++;
      continue;
    }
    // A credit to the paper's desk ("By Staff", "Por Redacción") names no one, and the line is still the metadata's.
    if (hasBylineLabel(part) && isDeskCredit(part)) {
      fields++;
      continue;
    }
    const section = SECTION.exec(part)?.[1]?.split(/[,;]/)[0]?.trim();
    if (section && section.split(' ').length <= 4) {
      found.section = section;
      fields++;
      continue;
    }
    return undefined;
  }
  return fields > 0 ? found : undefined;
}

// What may lead a time that names no year: "Posted", "Updated", "PUBLISHED:", "Last updated on".
const TIME_LABEL =
  /^(?:last\s+)?(?:publicado|postado|posted|published|publié|veröffentlicht|pubblicato|updated|modified|aktualisiert|actualizado|atualizado|aggiornato)\s*:?\s*(?:(?:on|at|am|em|el|le)\s+)?/i;
// "1 day ago", "an hour ago", "3 hrs ago".
const AGO = /^(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago$/i;

/**
 * Whether a part says when the story appeared without a year to make a day
 * of it: a month and day with only time words around them ("Posted Nov 19,
 * 6:51 AM", "Updated November 18 at 4:46 PM"), or a time ago ("Published 1 day ago").
 * @example isUndatedTime('Updated November 18 at 4:46 PM') // true
 * @example isUndatedTime('Council met November 18') // false
 */
function isUndatedTime(part: string): boolean {
  const rest = part.replace(TIME_LABEL, '');
  return AGO.test(rest) || (monthAndDay(rest) !== undefined && onlyDateWords(rest));
}

/**
 * A slashed date with a two-digit year given its century, as a metadata line
 * prints it ("11/18/19 11:04 PM EST"): 69 and below are this century's.
 * @example withFullYear('11/18/19 11:04 PM') // '11/18/2019 11:04 PM'
 */
function withFullYear(part: string): string {
  return part.replace(
    /(?<![\d/])(\d{1,2}\/\d{1,2}\/)(\d{2})(?![\d/])/,
    (_, dayAndMonth: string, year: string) => `${dayAndMonth}${Number(year) <= 69 ? '20' : '19'}${year}`,
  );
}

/** Between a field's tags: commas and semicolons, Arabic's, CJK's and Ethiopic's (፣ ፤) too, as page keywords split. */
const TAG_SEPARATOR = /\s*[,;،؛、，；፣፤]\s*/u;
/** What is left of a tag field once its links are taken out, when the links are all it holds: separators alone. */
const SEPARATORS_ONLY = /^[\s,;·|،؛、，；፣፤]*$/u;

/**
 * A tag field's tags: the links it is made of, when they cover it, else its
 * comma- or semicolon-separated parts (TAG_SEPARATOR); nothing when neither reads it.
 */
function tagList(value: string, linkTexts: readonly string[]): string[] {
  const links = linkTexts
    .map((link) => link.replace(/\s+/g, ' ').trim())
    .filter((link) => link && value.includes(link));
  let rest = value;
  for (const link of links) rest = rest.replace(link, ' ');
  if (links.length > 0 && SEPARATORS_ONLY.test(rest)) return links;
  const parts = value
    .split(TAG_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  // Without commas or links, "sad arrombamento veiculo" is several tags or one: left unread.
  return parts.length > 1 || value.split(' ').length <= 2 ? parts : [];
}
