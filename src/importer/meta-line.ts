/**
 * The line many publishing systems print between a story's headline and its
 * text: "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde -
 * Tags: sad, veículo", "Posted by Ada Quill in Politics | Tags: port". Each
 * part is a labelled field (or a bare date); the line is read only when every
 * part is one, so a sentence of the story is never taken for it.
 */
import { isLater, KOREAN_TIME_LABEL_SOURCE, PUBLISHED_LABEL_SOURCE, toArticleDate } from './dates.ts';
import { KOREAN_PUBLISHED_LABEL_SOURCE } from '../lib/written-dates.ts';
import { bylineNames, hasBylineLabel, isDeskCredit, ROMANIAN_BY } from './bylines.ts';
import { monthAndDay, onlyDateWords, writtenDate, type DateReading } from '../lib/written-dates.ts';

/** What a story's metadata line says; only the fields it names. */
export interface MetaLine {
  date?: string;
  /** True when the line's date is when the story was updated, not published. */
  updatedOnly?: boolean;
  /** The day the line says the story was updated, beside (and later than) the day it was published (`date`). */
  updated?: string;
  authors?: string[];
  section?: string;
  tags?: string[];
}

/** Words that say a date is when the story changed, not when it appeared, in the shipped languages and more. */
export const UPDATED =
  /updat|modifi|revis|aktualisiert|aktualiz|geändert|mis à jour|actualizad|actualizat|atualizad|aggiornat|frissítve|frissítés|módosítva|módosítás|päivitetty|uppdaterad|uppdaterat|oppdatert|opdateret|a[žz]urirano|ажурирано|izmenjeno|izmijenjeno|измењено|g[üu]ncelleme(?=\s*(?:tarihi\s*)?:)|g[üu]ncellendi|ενημερώθηκε|ενημέρωση(?=\s*:)|cập nhật(?=\s*(?::|lúc))|تحديث|تم التحديث|更新|수정/i;

// Between the parts: a dash, bar or dot with space around it, or a bar alone; or the space before a Korean page's
// next time label, which may follow the first with nothing else between ("입력 2024.05.20 09:10 수정 2024.05.21 10:00").
const KOREAN_NEXT_TIME = `\\s+(?=${KOREAN_TIME_LABEL_SOURCE}\\s*:?\\s*\\d)`;
const SEPARATOR = new RegExp(`\\s+[-–—|•·]\\s+|\\s*\\|\\s*|${KOREAN_NEXT_TIME}`, 'u');
// Failing that, a semicolon too ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"); not at first, since a tag list may use it.
const SEPARATOR_OR_SEMICOLON = new RegExp(`\\s+[-–—|•·]\\s+|\\s*[|;]\\s*|${KOREAN_NEXT_TIME}`, 'u');
// "Categoria: Saúde" (a one-word label takes a colon: "Section 3 of the plan" is prose), "Filed under Politics";
// Serbian, Croatian and Bosnian "Rubrika:", "Рубрика:", "Kategorija:", "Категорија:", Polish "Rubryka:".
const SECTION =
  /^(?:(?:categor(?:ia|ias|ía|y|ies)|catégories?|kategorien?|kategorija|категорија|rubri(?:ca|que|ka|k)|rubryka|рубрика|se[cç][cç]?ão|secci[oó]n|section|editoria)\s*:|filed under|posted in|publicado em|arquivado em|classé dans)\s*(.+)$/iu;
// A tag field's label, a whole word: in English, Portuguese, Spanish, French and German with a colon or without
// ("Tagged with …"); in other languages only before its colon, as those words may open a sentence: Serbian, Croatian
// and Bosnian "Tagovi:", "Тагови:", "Oznake:", "Ključne riječi:", Slovene "Značke:", Polish "Tagi:", "Słowa
// kluczowe:", Czech and Slovak "Štítky:", "Tagy:", Hungarian "Címkék:", Romanian "Etichete:", Russian and Ukrainian
// "Теги:", "Метки:", "Мітки:", Bulgarian "Етикети:", Greek "Ετικέτες:", Turkish "Etiketler:", Dutch "Trefwoorden:",
// Italian "Parole chiave:", Swedish "Taggar:", "Nyckelord:", Finnish "Avainsanat:", "Tagit:", Norwegian and Danish
// "Stikkord:", "Emneord:", "Nøgleord:", Arabic "الوسوم:", Hebrew "תגיות:", Hindi "टैग:", Japanese "タグ：", Chinese
// "标签：", "標籤：", Korean "태그:", Thai "แท็ก:".
const TAG_LABELS = [
  'tagovi|тагови|oznake|ознаке|klju[čc]ne rije[čc]i|klju[čc]ne re[čc]i|кључне речи|zna[čc]ke',
  'tagi|s[łl]owa kluczowe|[šs]t[íi]tky|tagy|kl[íi][čc]ov[áa] slova|k[ľl][úu][čc]ov[ée] slov[áa]|c[íi]mk[ée]k|etichete',
  'теги|метки|мітки|ключевые слова|ключові слова|етикети|ετικέτες|etiketler|trefwoorden|parole chiave',
  'taggar|nyckelord|avainsanat|tagit|stikkord|emneord|n[øo]gleord|الوسوم|תגיות|टैग|タグ|标签|標籤|태그|แท็ก',
].join('|');
const TAGS = new RegExp(
  `^(?:(?:tags?|tagged(?: with)?|etiquetas?|palavras?[- ]chaves?|mots[- ]cl[ée]s|schlagw[öo]rter|stichw[öo]rter|keywords|temas|assuntos|t[óo]picos|topics)(?![\\p{L}])\\s*[:：]?|(?:${TAG_LABELS})\\s*[:：])\\s*(.*)$`,
  'iu',
);
/** The verbs that label a date: of publishing (dates.ts's), Romanian's, Hungarian's, Korean's; a regular-expression alternation. */
const DATE_VERBS = `${PUBLISHED_LABEL_SOURCE}|publicat(?:\\s+la)?|megjelent|közzétéve|${KOREAN_PUBLISHED_LABEL_SOURCE}`;
// A date part may say what the date is: a verb of publishing as dates.ts knows them ("Publicado em 05/10/2018",
// "Posted on", Finnish "Julkaistu", Swedish "Publicerad", Polish "Opublikowano:", Serbian, Croatian and Bosnian
// "Objavljeno" in Latin letters and Cyrillic), Romanian "Publicat (la):", Hungarian "Megjelent:" (appeared),
// "Közzétéve:" (published), or "Data:", "Datum" ("Датум: 23.09.2010.").
const DATE_LABEL = new RegExp(`^(?:${DATE_VERBS}|data|date|datum|датум|fecha|em|on|le|am|el)(?=[\\s:])`, 'i');
/**
 * A verb labelling the date that follows ("Publié le", "Julkaistu", "Opublikowano:"), not a preposition: "Am 4. Mai
 * 2015 beschloss der Stadtrat…" is a sentence.
 */
const DATE_VERB_LABEL = new RegExp(`^(?:${DATE_VERBS})(?=[\\s:])`, 'i');
/** A word closed by a sentence's stop, ending a part: "…die Schließung des Hafens." (a date's "r." or "г." aside). */
const ENDS_SENTENCE = /\p{L}{3,}[.!?]['"’”»)]*$/u;
/** A verb of publishing opening a word, wherever it stands in a part (DATE_LABEL's own are at its start). */
const PUBLISHED_WORD = new RegExp(`(?<![\\p{L}])${PUBLISHED_LABEL_SOURCE}`, 'iu');
/** Words a date part runs to; a date labelled as published or updated may run longer ("Mis à jour le 13 mars 2023 à 08h00"). */
const DATE_WORDS = 8;
const LABELLED_DATE_WORDS = 12;
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
  // The first day the line says the story was published, and the first it says it was updated.
  let published: string | undefined;
  let update: string | undefined;
  let fields = 0;
  // Whether the part before was a date: a time of day alone may follow it ("12.03.2021 - 23:45").
  let afterDate = false;
  for (const part of text
    .split(separator)
    .flatMap(datesApart)
    .map((piece) => piece.trim())) {
    if (!part) continue;
    const tags = TAGS.exec(part);
    const listed = tags ? tagList(tags[1] ?? '', linkTexts) : [];
    // Without its colon, a label before words that are no list of short names opens a sentence ("Topics discussed
    // were many", "Topics ranged from housing, jobs…"), and German's "Tag" is a day ("Tag für Tag kommen mehr…").
    const colon = tags !== null && /[:：]/u.test(part.slice(0, part.length - (tags[1] ?? '').length));
    const shortNames = listed.every((tag) => tag.split(' ').length <= 3 && !/[.!?]$/u.test(tag));
    const day = /^tag(?![\p{L}])/iu.test(part);
    if (tags && (colon || !tags[1] || (listed.length > 0 && shortNames && !day))) {
      found.tags = listed;
      fields++;
      continue;
    }
    const words = part.split(' ').length;
    const written = withFullYear(part);
    const date =
      words <= (opensWithLabel(part) ? LABELLED_DATE_WORDS : DATE_WORDS)
        ? (toArticleDate(written) ?? writtenDate(written, reading))
        : undefined;
    if (
      date &&
      (words <= 2 || DATE_LABEL.test(part) || UPDATED.test(part) || onlyDateWords(withoutHourWord(written)))
    ) {
      // An update's word after the part's date labels that date ("2023年4月1日 更新", "4 May 2021 updated"), unless
      // another date follows it, whose label it is.
      const label = UPDATED.exec(part);
      const updated =
        label !== null &&
        (!/\d/.test(part.slice(0, label.index)) || !/\d/.test(part.slice(label.index + label[0].length)));
      if (updated) update ??= date;
      else published ??= date;
      fields++;
      afterDate = true;
      continue;
    }
    // The time of the date before, set apart by a dash as the day is from the writer ("Yayınlanma: 12.03.2021 - 23:45").
    if (afterDate && CLOCK_TIME.test(part)) {
      afterDate = false;
      continue;
    }
    afterDate = false;
    // "Posted Nov 19, 6:51 AM", "Published 1 day ago": when, but no day this line can give.
    if (!date && words <= DATE_WORDS && isUndatedTime(part)) {
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
  // The day it was published, and the update beside it when later ("Julkaistu 12.3.2023 | Päivitetty 13.3.2023");
  // the update alone is the line's date, said to be one ("수정 … | 입력 …" gives the day after 입력, published).
  if (published) {
    found.date = published;
    if (update && isLater(update, published)) found.updated = update;
  } else if (update) {
    found.date = update;
    found.updatedOnly = true;
  }
  return fields > 0 ? found : undefined;
}

/**
 * Whether a part opens with a verb that labels its date, a publication's (DATE_VERB_LABEL) or an update's ("Mis à
 * jour le…", "Last updated…"), and closes no sentence: such a date may run to more words than a bare one ("Publié le
 * 4 mai 2015 à 19h12"), a byline beside it ("Ada Quill / Staff / Updated: May 2, 2024, 11:05 IST") may not, nor a
 * sentence opening with a date ("Le 4 mai 2015 le conseil a voté…", "Publicado el 4 de mayo el pleno votó…").
 */
function opensWithLabel(part: string): boolean {
  if (ENDS_SENTENCE.test(part)) return false;
  const update = UPDATED.exec(part);
  const before = update ? part.slice(0, update.index) : '';
  return DATE_VERB_LABEL.test(part) || (update !== null && !/\d/.test(before) && before.trim().split(' ').length <= 1);
}

/**
 * A part holding two labelled dates with no separator between them, as two: split before the second label, an
 * update's or a publication's, where a date stands on each side of it.
 * @example datesApart('Julkaistu 12.3.2014 10.32 Päivitetty 13.3.2014') // ['Julkaistu 12.3.2014 10.32', 'Päivitetty 13.3.2014']
 * @example datesApart('4 May 2021 updated') // ['4 May 2021 updated']
 */
function datesApart(part: string): string[] {
  for (const label of [UPDATED, PUBLISHED_WORD]) {
    const found = label.exec(part);
    if (!found || !/\d/.test(part.slice(0, found.index)) || !/\d/.test(part.slice(found.index + found[0].length)))
      continue;
    // From the start of the word the label is found in ("Zaktualizowano", where UPDATED finds "aktualiz").
    const at = part.lastIndexOf(' ', found.index) + 1;
    return [part.slice(0, at), part.slice(at)];
  }
  return [part];
}

// What may lead a time that names no year: "Posted", "Updated", "PUBLISHED:", "Last updated on".
const TIME_LABEL =
  /^(?:last\s+)?(?:publicado|postado|posted|published|publié|veröffentlicht|pubblicato|updated|modified|aktualisiert|actualizado|atualizado|aggiornato)\s*:?\s*(?:(?:on|at|am|em|el|le)\s+)?/i;
// "1 day ago", "an hour ago", "3 hrs ago".
const AGO = /^(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago$/i;

/**
 * Whether a part says when the story appeared without a year to make a day
 * of it: a month and day with only time words around them ("Posted Nov 19,
 * 6:51 AM", "Updated November 18 at 4:46 PM"), a time ago ("Published 1 day ago"), or a time of day after its label
 * ("Last updated 1:10 p.m. CDT", as a live blog heads its updates).
 * @example isUndatedTime('Updated November 18 at 4:46 PM') // true
 * @example isUndatedTime('Council met November 18') // false
 */
function isUndatedTime(part: string): boolean {
  const rest = part.replace(TIME_LABEL, '');
  return (
    AGO.test(rest) ||
    (monthAndDay(rest) !== undefined && onlyDateWords(rest)) ||
    (rest !== part && TIME_OF_DAY.test(rest.trim()))
  );
}

/** A clock's time alone, no zone: "23:45", "9.30", "11:04 PM" (not "3.50 TL", a price). */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?$/u;

/** A time of day alone, with its zone perhaps: "1:10 p.m. CDT", "09.30", after a label ("Last updated 1:10 p.m. CDT"). */
const TIME_OF_DAY = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?$/iu;

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
