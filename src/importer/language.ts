/**
 * The language of an imported page. A page declares it in several places (the
 * `<html lang>`, JSON-LD `inLanguage`, `og:locale`, `content-language`), and
 * they often disagree: a theme's template says `lang="en-US"` whatever language
 * its articles are written in, while the publishing system's own meta tag says
 * `de`. The language decides the article's search stemming, quotation marks
 * and hyphenation, so a German story filed as English is found worse. When the
 * declarations disagree, the story's text decides between them: franc's
 * trigram model, asked only about the declared languages. When they agree, the
 * text is too short to tell, or franc knows too few of them, the first
 * declaration stands. A page that declares nothing is read for it from its
 * story's text, a feed that declares nothing from all its entries' text
 * together (textLanguage), where there is enough of it to tell.
 */
import { francAll } from 'franc-min';
import { hanScript } from '../lib/han-script.ts';
import { francCodeOf, fromIso6393, primaryLanguage } from '../lib/language-codes.ts';
import { languageScript, SCRIPT_NAMES, scriptAndRegion, type ScriptCode } from '../lib/language-tags.ts';
import { URDU_LETTERS } from '../lib/urdu-letters.ts';
import type { FoundArticle } from './types.ts';

/** Characters of text below which franc's guess between two languages is not trusted. */
const ENOUGH_TEXT = 100;

/**
 * The page's language tag: the first declared, unless the declarations name
 * different languages and the text reads as one of the others.
 * @param declared language tags in the order they are trusted (undefined for a place that declares none)
 * @param text the story's plain text
 * @example pageLanguage(['en', 'de'], 'Die Stadt hat am Wochenende das Straßenfest gefeiert, …') // 'de'
 * @example pageLanguage(['en-US', 'en'], 'Die Stadt hat …') // 'en-US' (no disagreement to settle)
 */
export function pageLanguage(declared: readonly (string | undefined)[], text: string): string | undefined {
  const tags = declared.filter((tag): tag is string => tag !== undefined);
  const [first] = tags;
  if (first === undefined) return undefined;
  // Nordic languages franc-min has no model of (Finnish, Norwegian, Danish…): their words tell them.
  const told = new Set(tags.map(primaryLanguage)).size > 1 ? nordicLanguage(text) : undefined;
  const nordic = told && tags.find((tag) => nordicKey(primaryLanguage(tag)) === nordicKey(told));
  if (nordic) return nordic;
  // Croatian, Serbian and Bosnian, which franc-min scores within a hair of each other: their words tell them.
  const southSlavic =
    new Set(tags.map(primaryLanguage)).size > 1 && tags.some((tag) => SOUTH_SLAVIC.has(primaryLanguage(tag)))
      ? southSlavicLanguage(text)
      : undefined;
  const named = southSlavic && tags.find((tag) => primaryLanguage(tag) === primaryLanguage(southSlavic));
  if (named) return named;
  const codes = [...new Set(tags.map((tag) => francCodeOf(tag)).filter((code) => code !== undefined))];
  if (codes.length < 2) return first;
  const scores = francAll(text, { only: codes, minLength: ENOUGH_TEXT }).filter(([code]) => code !== 'und');
  // franc scores only the languages it has a model for: one alone is no comparison.
  const [best] = scores;
  if (scores.length < 2 || !best) return first;
  const language = fromIso6393(best[0]);
  return tags.find((tag) => primaryLanguage(tag) === language) ?? first;
}

/**
 * Characters of text from which franc's first guess is taken on its own:
 * about ten short entries. On every real feed tried (German, English, from
 * 3,500 to 33,000 characters) it was right, though its scores for the next
 * languages come close at that length (0.97), so they tell nothing.
 */
const GUESS_TEXT = 2000;

/**
 * Characters of one page's story from which its language is read when the
 * page declares none: about 150 words of running prose. Over Readability's
 * test pages and the project's real-world pages that declare a language, the
 * guess from their stories agreed with it on 80 of 82 (the two others are
 * Lorem ipsum, read as Italian and Portuguese).
 */
export const PAGE_GUESS_TEXT = 1000;

/**
 * The language a text is written in, when there is enough of it to tell:
 * franc's first guess with a two-letter tag (none for Scots, which franc
 * confuses with English), else undefined. `enough`: the characters it takes
 * (one story of prose is one voice, where a feed's entries are many short ones).
 * @example textLanguage(germanFeedText) // 'de'
 */
export function textLanguage(text: string, enough = GUESS_TEXT): string | undefined {
  if (text.length < enough) return undefined;
  // Finnish, Norwegian, Danish and Sami, which franc-min reads as other languages: their words tell them.
  const nordic = nordicLanguage(text.slice(0, 50_000));
  if (nordic) return nordic;
  for (const [code] of francAll(text.slice(0, 50_000), { minLength: enough })) {
    const tag = fromIso6393(code);
    if (tag === 'zh') return chineseInItsScript(text);
    // Croatian, Serbian and Bosnian, scored within a hair of each other: their words tell them where they can, and
    // the letters which script Serbian (or Bosnian) is written in.
    // Czech, Slovak and Polish, which franc-min scores close together in a short text: their letters tell them.
    if (WEST_SLAVIC.has(tag)) return westSlavicLanguage(text.slice(0, 50_000)) ?? tag;
    // Croatian, Serbian and Bosnian first by their words; then Slovak, which franc-min has no model of and reads as
    // one of them (or Slovene), by its letters: in a text franc reads as Slavic in Latin letters only, as elsewhere ô
    // is French, ä German, ą and ę Lithuanian.
    if (SOUTH_SLAVIC.has(tag) || tag === 'sl') {
      const told =
        (SOUTH_SLAVIC.has(tag) ? southSlavicLanguage(text.slice(0, 50_000)) : undefined) ??
        westSlavicLanguage(text.slice(0, 50_000));
      if (told) return told;
      return SOUTH_SLAVIC.has(tag) ? (inItsScript(tag, text) ?? tag) : tag;
    }
    // franc-min reads any Ethiopic text as Amharic, and knows no Oromo: letters and words tell them (toldApart).
    if (/^[a-z]{2}$/.test(tag)) return toldApart(tag, text);
  }
  return undefined;
}

/**
 * franc's guess, or the language a text's letters and words tell where franc-min has no model of it: Tigrinya,
 * which it reads as Amharic (all Ethiopic text is Amharic to it), and Oromo, which it reads as Somali.
 * @example toldApart('am', 'ኣብ ከተማ መቐለ ሓድሽ መንገዲ ክኽፈት እዩ።') // 'ti'
 */
function toldApart(guess: string, text: string): string {
  if (guess === 'am') return ethiopicLanguage(text) ?? guess;
  if (guess === 'so') return isOromo(text) ? 'om' : guess;
  return guess;
}

// Tigrinya's own letters, the ቐ series (U+1250–U+125D), which Amharic does not write (a Tigrinya place name, መቐለ, is
// one word: it counts once among the words below).
const TIGRINYA_LETTER = /[\u1250-\u125d]/u;
// Little words Tigrinya writes at every turn and Amharic never: ኣብ (in), ካብ (from), ናብ (to), ምስ (with), ናይ (of),
// እዩ, እያ, እዮም (is, are), ከም (as), እቲ (the), ድማ (and), and any word opening with ኣ, as Tigrinya writes a word's
// first a (Amharic writes አ: አዲስ, አስታወቀ).
const TIGRINYA_WORD = /(?<![\p{L}\p{M}])(?:ኣ\p{L}*|ካብ|ናብ|ምስ|ናይ|እዩ|እያ|እዮም|ከም|እቲ|ድማ)(?![\p{L}\p{M}])/gu;
// Amharic's: ነው, ናቸው (is, are), እና (and), ላይ (on), ውስጥ (in), ወደ (to), ይህ (this), ነበር (was), and a word opening with አ.
const AMHARIC_WORD = /(?<![\p{L}\p{M}])(?:አ\p{L}*|ነው|ናቸው|እና|ላይ|ውስጥ|ወደ|ይህ|ነበር)(?![\p{L}\p{M}])/gu;

/**
 * An Ethiopic text's language, Tigrinya or Amharic, from the words (and Tigrinya's ቐ letters) only one of them
 * writes: the one with more, two at least; undefined when they do not tell (a line of names, a short headline).
 * @example ethiopicLanguage('ኣብ ከተማ መቐለ ሓድሽ መንገዲ ክኽፈት እዩ።') // 'ti'
 * @example ethiopicLanguage('አዲሱ የአውቶቡስ መስመር ሥራ ይጀምራል ተብሏል።') // 'am'
 */
function ethiopicLanguage(text: string): string | undefined {
  const words = text.split(/[^\p{L}\p{M}]+/u);
  const tigrinya = (text.match(TIGRINYA_WORD)?.length ?? 0) + words.filter((word) => TIGRINYA_LETTER.test(word)).length;
  const amharic = text.match(AMHARIC_WORD)?.length ?? 0;
  if (tigrinya >= 2 && tigrinya > amharic) return 'ti';
  if (amharic >= 2 && amharic > tigrinya) return 'am';
  return undefined;
}

// Oromo's little words, none of them Somali's: fi (and), akka (as, that), keessa and keessatti (in), irra and
// irratti (on), garuu (but), yeroo (when), jedhe, jedhan, jedhame (said). Somali's, none of them Oromo's: iyo (and),
// ayaa, ayuu, ayay, waxaa, waxay, waxuu (its focus words), oo.
const OROMO_WORD =
  /(?<![\p{L}\p{M}'’])(?:fi|akka|keessa|keessatti|irra|irratti|garuu|yeroo|jedhe|jedhan|jedhame)(?![\p{L}\p{M}'’])/giu;
const SOMALI_WORD = /(?<![\p{L}\p{M}'’])(?:iyo|ayaa|ayuu|ayay|waxaa|waxay|waxuu|oo)(?![\p{L}\p{M}'’])/giu;

/**
 * Whether a text franc-min reads as Somali is Oromo, which it has no model of (its nearest Latin-script neighbour
 * scores first): Oromo's little words outnumber Somali's, two at least.
 */
function isOromo(text: string): boolean {
  const oromo = text.match(OROMO_WORD)?.length ?? 0;
  return oromo >= 2 && oromo > (text.match(SOMALI_WORD)?.length ?? 0);
}

/**
 * Words of the Nordic languages franc-min cannot tell apart, or knows nothing of: it has a model of Swedish alone,
 * and reads Norwegian and Danish as Swedish, Finnish and Northern Sami as whatever scores first (Hausa, Quechua…).
 * Each list holds little words of its language that none of the others writes (nor English, German or Dutch at
 * every turn), in lower case, as a regular expression's alternation.
 */
const NORDIC_WORDS = {
  // Finnish: that, but, also, are, was, were, be, been, nor, and also, with, according to, after, still, this, here,
  // he/she, so, as, only, what, which, who, whose, where, of it, because, if, about, during, in the year, all, much,
  // so that, but rather, says, said, tells, told, not, is, and, or.
  fi:
    'että|mutta|myös|ovat|oli|olivat|ole|olla|ollut|eikä|sekä|kanssa|mukaan|jälkeen|vielä|tämä|tämän|tässä|tätä|hän|' +
    'hänen|niin|kuin|vain|mitä|mikä|joka|jotka|jonka|jossa|joiden|siitä|sitä|koska|jos|noin|aikana|vuonna|kaikki|' +
    'paljon|jotta|vaan|sanoo|sanoi|kertoo|kertoi|ei|on|ja|tai',
  // Northern Sami: is, are (and the two of them), was, were, not, they do not, that, but, also, or, has been, can,
  // about, along, before, after, all, more, much, only, again, already, still, against, between, over, under,
  // without, why, they, we, who, where. (Not "dál", now, and "dát", this: Czech words too.)
  se:
    'lea|leat|leaba|lei|ledje|ii|eai|ahte|muhto|maiddái|dahje|leamaš|sáhttá|birra|mielde|ovdal|maŋŋel|buot|eanet|' +
    'ollu|dušše|fas|juo|ain|vuostá|gaskka|badjel|vuolde|haga|manin|sii|mii|gii|gos',
  // Swedish: and, not, is, to, also, from, when, at, had, much, some, to, said, says, through, between, without, even,
  // there, here, she, her, a, only, be, been, for, up, two, these, this, which, back, evening, got, become, must,
  // could, since, because, many, same, according to, perhaps, does, first, next, last.
  sv:
    'och|inte|är|att|också|från|när|vid|hade|mycket|någon|några|något|till|sade|säger|genom|mellan|utan|även|där|' +
    'här|hon|honom|ett|bara|vara|varit|för|upp|två|dessa|detta|vilket|vilka|tillbaka|kväll|fick|blivit|måste|kunde|' +
    'sedan|eftersom|många|samma|enligt|kanske|gör|första|nästa|sista',
  // Norwegian and Danish alike, unlike Swedish: and, not, also, when, where, if, only, be, shall, many, same, more,
  // self, this, these, together, therefore, how, why, since, I, she, their, from, to, according to.
  noda: 'og|ikke|også|når|hvor|hvis|kun|bare|være|skal|mange|samme|flere|selv|dette|disse|sammen|derfor|hvordan|hvorfor|siden|jeg|hun|deres|fra|til|ifølge',
  // Norwegian (Bokmål), unlike Danish: of, after, was (became), becomes, much, some, something, what, oneself, me, you,
  // than, says, gives, takes, between, through, again, up, had, been, against, back, evening, to (before a verb),
  // got, now, perhaps, does, become, besides.
  nb:
    'av|etter|ble|blir|mye|noen|noe|hva|seg|meg|deg|enn|sier|gir|tar|mellom|gjennom|igjen|opp|hadde|vært|mot|tilbake|' +
    'kveld|å|fikk|nå|kanskje|gjør|blitt|dessuten',
  // Danish, unlike Norwegian: of, was (became), becomes, much, some, something, out, what, says, gives, takes, said,
  // between, through, had, been, got, against, back, our, perhaps, become, happened, does, besides.
  da:
    'af|blev|bliver|meget|nogen|nogle|noget|ud|hvad|siger|giver|tager|sagde|mellem|gennem|havde|været|fået|fik|mod|' +
    'tilbage|vores|måske|blevet|sket|gør|desuden',
};
const NORDIC_WORD = wholeWords(NORDIC_WORDS);
// Finnish words no other language writes so: a long vowel of ä, ö or y, or an ending in ä, as Finnish's endings
// after front vowels are written (in, from, on, as: "töissä", "kylästä", "sillä", "päivänä"; "pääsee").
const FINNISH_FORM = /ää|öö|yy|ä$|ään$/u;
// Northern Sami's letters, which neither Finnish nor the Scandinavian languages write (Czech writes á, č, š and ž
// too: Sami's little words must be there as well).
const SAMI_LETTER = /[áčđŋšŧž]/u;
// Letters of the Scandinavian languages: Norwegian's and Danish's æ and ø, Swedish's ä and ö (without Finnish's forms).
const NORWEGIAN_DANISH_LETTER = /[æø]/u;
const SWEDISH_LETTER = /[äö]/u;
/** Words of its language a text must hold, and how many different ones, for its words to tell it. */
const FEWEST_WORDS = 4;
const FEWEST_KINDS = 3;
/** The share of a text's words they must make: a few Nordic words in another language's story tell nothing. */
const WORD_SHARE = 0.06;

/** Each list of words (a regular expression's alternation) as a pattern a whole word matches. */
function wholeWords<Key extends string>(lists: Readonly<Record<Key, string>>): Record<Key, RegExp> {
  return Object.fromEntries(
    Object.entries<string>(lists).map(([key, words]) => [key, new RegExp(`^(?:${words})$`, 'u')]),
  ) as Record<Key, RegExp>;
}

/** A text's words, in lower case, as the word checks below count them. */
const lowerCaseWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];

/** How many of a text's words are a language's, and how many different ones. */
interface Tally {
  hits: number;
  kinds: number;
}

/**
 * How many of a text's words are a language's, and how many different ones.
 */
function tally(words: readonly string[], counts: (word: string) => boolean): Tally {
  const found = words.filter(counts);
  return { hits: found.length, kinds: new Set(found).size };
}

/**
 * Whether `best` wins clearly over `next`: twice as many words, and more than a stray few.
 */
const winsOver = (best: number, next: number, margin: number) => best >= 2 * next && best - next >= margin;

/**
 * The Nordic language a text's words tell, where franc-min cannot: Finnish, Northern Sami, Swedish, Norwegian
 * (Bokmål, `nb`) or Danish. First its family, by the words only each writes (NORDIC_WORDS, Finnish's own forms,
 * Sami's letters, the Scandinavian ones' å, æ and ø), four words at least of three kinds, twice those of any other
 * and one in seventeen of the text's; then, among the Scandinavian languages, Swedish (its words, its ä and ö) from
 * Norwegian and Danish (their shared words, æ and ø), and Norwegian from Danish by the words they spell apart (av
 * and af, etter and efter, ble and blev, mye and meget, noen and nogen, ut and ud…). Undefined where the words do not
 * tell: a text of another language, a short one, Norwegian or Danish with none of the words that part them.
 * @example nordicLanguage('Kommunestyret vedtok torsdag å bygge en ny skole. Skolen skal stå ferdig etter sommeren, og ingen stemte mot. Det ble ikke mye debatt.') // 'nb'
 */
export function nordicLanguage(text: string): string | undefined {
  const words = lowerCaseWords(text);
  if (words.length === 0) return undefined;
  const is = (language: keyof typeof NORDIC_WORDS) => (word: string) => NORDIC_WORD[language].test(word);
  const finnish = tally(words, (word) => is('fi')(word) || FINNISH_FORM.test(word));
  const sami = tally(words, (word) => is('se')(word) || SAMI_LETTER.test(word));
  const scandinavian = tally(
    words,
    (word) => is('sv')(word) || is('noda')(word) || is('nb')(word) || is('da')(word) || /[åæø]/u.test(word),
  );
  const families = [
    ['fi', finnish],
    ['se', sami],
    ['sc', scandinavian],
  ] as const;
  const [best, ...rest] = [...families].sort(([, a], [, b]) => b.hits - a.hits);
  const [family, found] = best!;
  const next = Math.max(0, ...rest.map(([, other]) => other.hits));
  if (found.hits < FEWEST_WORDS || found.kinds < FEWEST_KINDS || found.hits < words.length * WORD_SHARE)
    return undefined;
  if (!winsOver(found.hits, next, 3)) return undefined;
  // Estonian writes Finnish's long vowels too, and its õ and ü, which Finnish does not.
  if (family === 'fi')
    return /õ/u.test(text) || words.filter((word) => word.includes('ü')).length >= 2 ? undefined : 'fi';
  // Sami by its little words, two kinds at least: its letters alone are a name's.
  if (family === 'se') return tally(words, is('se')).kinds >= 2 ? 'se' : undefined;
  const swedish = tally(
    words,
    (word) => is('sv')(word) || (SWEDISH_LETTER.test(word) && !FINNISH_FORM.test(word)),
  ).hits;
  const norwegianOrDanish = tally(
    words,
    (word) => is('noda')(word) || is('nb')(word) || is('da')(word) || NORWEGIAN_DANISH_LETTER.test(word),
  ).hits;
  if (winsOver(swedish, norwegianOrDanish, 3)) return 'sv';
  if (!winsOver(norwegianOrDanish, swedish, 3)) return undefined;
  const [norwegian, danish] = [tally(words, is('nb')).hits, tally(words, is('da')).hits];
  if (winsOver(norwegian, danish, 2)) return 'nb';
  if (winsOver(danish, norwegian, 2)) return 'da';
  return undefined;
}

/** The Nordic languages nordicLanguage tells apart, Norwegian in each of its tags (`no`, `nb`, `nn`). */
const NORDIC: ReadonlySet<string> = new Set(['fi', 'se', 'sv', 'nb', 'nn', 'no', 'da']);
/** A Nordic language's tag, Norwegian's written ones as one: Bokmål's words are no sign against a Nynorsk archive. */
const nordicKey = (language: string) => (['nb', 'nn', 'no'].includes(language) ? 'no' : language);

/**
 * Words that tell Croatian, Serbian and Bosnian apart, which franc-min scores within a hair of each other (a Croatian
 * story read as Bosnian or Serbian), in Latin letters and lower case, as regular expressions' alternations of whole
 * words. Serbian is most often written in the ekavian way (mleko, reka, vesti, posle), Croatian and Bosnian in the
 * ijekavian (mlijeko, rijeka, vijesti, poslije); Croatian has words of its own for many things (tisuća, tjedan, kruh,
 * vlak, sveučilište, općina beside Serbian hiljada, nedelja, hleb, voz, univerzitet, opština) and its own month names
 * (siječanj, veljača, ožujak…, in their forms in a date: 12. ožujka).
 */
const SOUTH_SLAVIC_WORDS = {
  // Croatian alone: thousand, week, bread, train, university, music, football, theatre, family, economy, report,
  // headmaster, system, per cent, million, railway station, aeroplane, also, who, during, commission, county,
  // association, company, announced (announcement), history, science, next, kuna, to vote, personal, identity card,
  // and the months.
  hr:
    'tisuć(?:a|e|u|i|ama)|tjed(?:an|na|nu|nom|ni|ne|no|nima|nih|nog)|kruh(?:a|u|om)?|sveučilišt(?:e|a|u|em|ima)|' +
    'vlak(?:a|u|om|ovi|ova|ove|ovima)?|glazb(?:a|e|i|u|om|eni|ene|enog|enom)|nogomet(?:a|u|om|ni|na|nog|nom|aš|aši|aša)?|' +
    'kazališt(?:e|a|u|em|ima)|obitelj(?:i|ima|ski|ske|skog)?|gospodarst(?:vo|va|vu|vom)|gospodarsk(?:i|e|a|og|om|ih)|' +
    'izvješć(?:e|a|u|em|ima)|ravnatelj(?:a|u|em|ica|ice)?|sustav(?:a|u|om|i|e|ima)?|postot(?:ak|ka|ku|kom|ci|aka)|' +
    'milijun(?:a|u|om|i|e)?|kolodvor(?:a|u|om|i)?|zrakoplov(?:a|u|om|i|e|ima)?|također|tko|tijekom|' +
    'povjerenstv(?:o|a|u|om)|županij(?:a|e|i|u|om|ama)|udrug(?:a|e|i|u|om|ama)|tvrtk(?:a|e|i|u|om|ama)|' +
    'priopć(?:io|ila|ili|enje|enja|enju|enjem)|povijest(?:i)?|znanost(?:i)?|idu(?:ći|ćeg|ćem|ća|će|ću|ćoj|ćih)|' +
    'kun(?:a|e|i|u|ama)|glasova(?:ti|lo|la|li|nje|nja|nju)|osobn(?:a|e|i|u|om|oj|og|ih|o)|iskaznic(?:a|e|i|u|om|ama)|' +
    'siječ(?:anj|nja|nju)|veljač(?:a|e|i)|ožu(?:jak|jka|jku)|trav(?:anj|nja|nju)|svib(?:anj|nja|nju)|lip(?:anj|nja|nju)|' +
    'srp(?:anj|nja|nju)|kolovoz(?:a|u)?|ruj(?:an|na|nu)|listopad(?:a|u)?|studen(?:oga|og|om)|prosin(?:ac|ca|cu)',
  // Serbian alone: ekavian forms no Croatian or Bosnian writes (after, before, where, time, place, month, children,
  // child, river, price, news, beautiful, always, world, word, whole, milk, bread, snow, week, president, north,
  // measure, part, white, girl, century, report, success, example, song, body, recorded, seat, session, feeling,
  // accommodation, change, wanted, next), and words of its own: municipality, general, at all, also, per cent,
  // announced, history.
  sr:
    'posle|pre|gde|vremen?a?|vremenu|vremenom|mest(?:o|a|u|om|ima)|mesec(?:a|u|om|i)?|dec(?:a|e|i|om)|dete(?:ta|tu|tom)?|' +
    'rek(?:a|e|om|ama)|cen(?:a|e|u|om|ama)|vest(?:i|ima)?|lep(?:o|a|e|i|u|og|om|ih)?|uvek|svet(?:u|om|ski|ska|ske|skog|skom|skih)|' +
    'reč(?:i|ima)?|ce(?:o|la|lu|li|le|log|lom|lih)|mlek(?:o|a|u)|hleb(?:a|u|om)?|sneg(?:a|u|om)?|nedelj(?:a|e|i|u|om|ama|no)|' +
    'predsednik(?:a|u|om)?|predsednic(?:a|e|i|u)|sever(?:a|u|om|ni|na|no|nog)?|mer(?:a|e|u|ama)|deo|delu|delova|delovi|' +
    'bel(?:a|e|i|o|u|og|om|ih)|devojk(?:a|e|i|u|om)|vek(?:a|u|ova)?|izveštaj(?:a|u|em|i)?|uspeh(?:a|u|om)?|' +
    'primer(?:a|u|om)?|pesm(?:a|e|i|u|om)|tel(?:o|a|u|om)|zabeleži(?:o|la|li|lo)|sedišt(?:e|a|u|em)|' +
    'sednic(?:a|e|i|u|om|ama)|oseća(?:j|ju|ti|o|la)|smeštaj(?:a|u|em)?|promen(?:a|e|i|u|om|ama)|izmen(?:a|e|i|u|om|ama)|' +
    'hte(?:o|la|li)|žele(?:o|la|li)|sledeć(?:i|e|a|eg|em|u|ih)|' +
    'opštin(?:a|e|i|u|om|ama|ski|ske|skog)|opšt(?:i|a|e|eg|em|ih)|uopšte|takođe|odsto|saopšt(?:io|ila|ili|enje|enja|enju)|' +
    'istorij(?:a|e|i|u|om|ski|ske)',
  // Serbian and Bosnian, never Croatian: thousand, week, train, university, football, family, theatre, science,
  // personal, yesterday, what, next.
  srbs:
    'hiljad(?:a|e|u|ama)|sedmic(?:a|e|i|u|om|ama)|voz(?:a|u|om|ovi|ova)?|univerzitet(?:a|u|om|i|ima)?|' +
    'fudbal(?:a|u|om|er|eri|ski|ske|skog)?|porodic(?:a|e|i|u|om|ama)|pozorišt(?:e|a|u|em)|nauk(?:a|e|i|u|om)|' +
    'lič(?:n(?:a|e|i|u|om|oj|og|ih|o))|juče|šta|naredn(?:i|e|a|og|om|u|ih)',
  // Bosnian, never Serbian: history, chemistry, coffee, easy (as Bosnian writes them); and with Croatian, never
  // Serbian: municipality, at all.
  bs: 'historij(?:a|e|i|u|om|ski|ske)|hemij(?:a|e|i|u|om)|kahv(?:a|e|i|u|om)|lahk(?:o|a|e|i)|općin(?:a|e|i|u|om|ama|ski|ske|skog)|uopće',
  // Ijekavian forms, which Croatian, Bosnian and Montenegrin write and some Serbian papers too: no Serbian in the
  // ekavian way.
  ije:
    'poslije|prije|gdje|vrijem(?:e|ena|enu|enom)|mjest(?:o|a|u|om|ima)|mjesec(?:a|u|om|i)?|djec(?:a|e|i|om)|' +
    'dijete|rijek(?:a|e|u|om|ama)|cijen(?:a|e|u|om|ama)|vijest(?:i|ima)?|lijep(?:o|a|e|i|u|og|om|ih)?|uvijek|' +
    'svijet(?:u|om)?|svjetsk(?:i|a|e|og|om|ih)|riječ(?:i|ima)?|cijel(?:i|a|u|e|o|og|om|ih)|mlijek(?:o|a|u)|hljeb(?:a|u|om)?|' +
    'snijeg(?:a|u|om)?|nedjelj(?:a|e|i|u|om|ama)|predsjednik(?:a|u|om)?|sjever(?:a|u|om|ni|na|no|nog)?|' +
    'mjer(?:a|e|u|ama)|dio|dijel(?:a|u|om|ovi|ova)|bijel(?:a|e|i|o|u|og|om|ih)|djevojk(?:a|e|i|u|om)|' +
    'vijek(?:a|u|ova)?|izvještaj(?:a|u|em|i)?|uspjeh(?:a|u|om)?|primjer(?:a|u|om)?|pjesm(?:a|e|i|u|om)|' +
    'tijel(?:o|a|u|om)|zabilježi(?:o|la|li|lo)|sjedišt(?:e|a|u|em)|sjednic(?:a|e|i|u|om|ama)|smještaj(?:a|u|em)?|' +
    'promjen(?:a|e|i|u|om|ama)|izmjen(?:a|e|i|u|om|ama)|htio|htjela|htjeli|želio|željela|željeli|sljedeć(?:i|e|a|eg|em|u|ih)|' +
    'ponedjelj(?:ak|ka|ku)|poskupje(?:o|la|lo|li)',
};
const SOUTH_SLAVIC_WORD = wholeWords(SOUTH_SLAVIC_WORDS);
/** Little words every Serbian, Croatian and Bosnian sentence holds: is, are, and, in, that, self, for, on, from, as, not. */
const SERBO_CROATIAN_WORD =
  /^(?:je|su|i|u|da|se|za|na|od|kao|nije|koji|koja|koje|će|biti|bio|bila|bilo|još|već|sa|iz|ali|a)$/u;
/** Slovene's, which franc-min has no model of (it reads it as Croatian): and, who, as, also, are, will, very, whereas. */
const SLOVENE_WORD = /^(?:in|ki|kot|tudi|so|bo|zelo|ter)$/u;
/** Words of its language a text must hold, and of how many kinds, for its words to tell it from its neighbours'. */
const FEWEST_TELLING_WORDS = 3;
const FEWEST_TELLING_KINDS = 2;
/** The share of a text's words the little words above must make: a text of another language tells nothing. */
const SERBO_CROATIAN_SHARE = 0.12;

/**
 * Croatian, Serbian or Bosnian, as a text in Latin letters tells by its words (SOUTH_SLAVIC_WORDS), where franc-min
 * scores the three within a hair: Croatian by words only Croatian writes (three at least, of two kinds, twice the
 * Serbian and Bosnian ones, one Serbian word at most), Serbian (`sr-Latn`) by its ekavian forms and own words (three
 * of two kinds, twice the Croatian words and ijekavian forms), Bosnian by words Serbian does not write (općina,
 * historija) beside words Croatian does not (hiljada, sedmica), none of either's own. Undefined where they do not
 * tell: a short text, one of another language (Slovene too), or one written in the ijekavian way with nothing
 * more (Bosnian, Croatian, Montenegrin or Serbian as papers in Bosnia and Montenegro write it).
 * @example southSlavicLanguage('Kruh u Rijeci poskupio je za deset posto, a udruga potrošača traži da cijene ostanu iste. U općini Kostrena pekara je najavila sastanak za idući tjedan.') // 'hr'
 */
export function southSlavicLanguage(text: string): string | undefined {
  const words = lowerCaseWords(text);
  if (words.length === 0 || words.filter((word) => /\p{Script=Cyrillic}/u.test(word)).length > words.length / 2)
    return undefined;
  const count = (pattern: RegExp) => tally(words, (word) => pattern.test(word));
  if (count(SERBO_CROATIAN_WORD).hits < words.length * SERBO_CROATIAN_SHARE) return undefined;
  if (count(SLOVENE_WORD).hits >= FEWEST_TELLING_WORDS) return undefined;
  const [hr, sr, srbs, bs, ije] = (['hr', 'sr', 'srbs', 'bs', 'ije'] as const).map((key) =>
    count(SOUTH_SLAVIC_WORD[key]),
  ) as [Tally, Tally, Tally, Tally, Tally];
  const telling = (found: Tally) => found.hits >= FEWEST_TELLING_WORDS && found.kinds >= FEWEST_TELLING_KINDS;
  if (telling(hr) && hr.hits >= 2 * (sr.hits + srbs.hits) && sr.hits <= 1) return 'hr';
  if (telling(sr) && sr.hits >= 2 * (hr.hits + ije.hits + bs.hits)) return 'sr-Latn';
  // Bosnian: Serbian's own words and Croatian's both wanting, and words of either side of them there, those Serbian
  // does not write (bs) and those Croatian does not (srbs), four kinds at least.
  const notCroatian = tally(words, (word) => SOUTH_SLAVIC_WORD.srbs.test(word) || SOUTH_SLAVIC_WORD.bs.test(word));
  if (
    hr.hits === 0 &&
    sr.hits === 0 &&
    bs.hits > 0 &&
    srbs.hits > 0 &&
    telling(notCroatian) &&
    notCroatian.kinds >= FEWEST_TELLING_KINDS + 2
  )
    return 'bs';
  return undefined;
}

/** The languages southSlavicLanguage tells apart, and their neighbours' tags (sh: Serbo-Croatian, cnr: Montenegrin). */
const SOUTH_SLAVIC: ReadonlySet<string> = new Set(['sr', 'hr', 'bs', 'sh', 'cnr']);

/**
 * Letters only one of Czech, Slovak and Polish writes: Czech ř, ě, ů; Slovak ľ, ĺ, ŕ, ô, ä; Polish ł, ą, ę, ś, ź, ż,
 * ń (not ć, which Croatian, Serbian and Bosnian write). franc-min scores a paragraph of Czech close to Polish (0.9 and
 * more), so in a Polish archive a Czech story was filed Polish unnoticed; their letters tell them apart at once.
 */
const WEST_SLAVIC_LETTERS = { cs: /[řěů]/u, sk: /[ľĺŕôä]/u, pl: /[łąęśźżń]/u } as const;

/**
 * Czech, Slovak or Polish, as a text's letters tell (WEST_SLAVIC_LETTERS): three words at least in lower case with one
 * language's own letters (a name is anyone's), one word in twenty-five at least (WEST_SLAVIC_SHARE), twice as many
 * as with either other's (a Czech story naming Wrocław is still Czech); undefined where they do not tell. For a text already read as Slavic: other
 * languages write some of these letters too.
 * @example westSlavicLanguage('Řeka v Krnově překonala maximum z roku 1997. Voda zaplavila téměř celé město.') // 'cs'
 */
export function westSlavicLanguage(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  // Words in lower case only: a name (Szczęsny, Wałęsa, Łódź) is written in any language's text as its own.
  const common = words.filter((word) => /^\p{Ll}/u.test(word));
  const found = (Object.keys(WEST_SLAVIC_LETTERS) as (keyof typeof WEST_SLAVIC_LETTERS)[]).map(
    (language) => [language, common.filter((word) => WEST_SLAVIC_LETTERS[language].test(word)).length] as const,
  );
  const [best, ...rest] = found.sort(([, a], [, b]) => b - a);
  const [language, hits] = best!;
  const next = Math.max(0, ...rest.map(([, other]) => other));
  return hits >= FEWEST_TELLING_WORDS &&
    hits >= words.length * WEST_SLAVIC_SHARE &&
    winsOver(hits, next, FEWEST_TELLING_WORDS)
    ? language
    : undefined;
}

/**
 * The share of a text's words its language's own letters stand in, at least: a Czech, Slovak or Polish text has
 * them in one word of ten or more (Slovak's, the rarest, about one in twelve); a Croatian or Slovene story naming
 * Szczęsny or Wałęsa three times has them in one of fifty.
 */
const WEST_SLAVIC_SHARE = 0.04;

/** The languages westSlavicLanguage tells apart. */
const WEST_SLAVIC: ReadonlySet<string> = new Set(['cs', 'sk', 'pl']);

/**
 * Languages franc scores within a hair of each other, one read as the other
 * on a story of any length (a Croatian story as Serbian, an Indonesian one as
 * Malay, a Slovak one as Czech, franc-min knowing Czech alone).
 */
const CLOSE_RELATIVES: readonly (readonly string[])[] = [
  ['sr', 'hr', 'bs', 'sh', 'cnr'],
  ['ms', 'id'],
  ['cs', 'sk'],
  ['bg', 'mk'],
  ['da', 'nb', 'nn', 'no', 'sv'],
  ['es', 'ca', 'gl'],
];

/**
 * How near franc may score the archive's own language to its first guess and
 * the text still be read as another. On a story of 1,000 characters its
 * scores crowd together (a German story scores English 0.94, a near twin
 * 0.997); on a paragraph they spread (a Dutch one of 200 characters scores
 * French about 0.6, a French one any other language below 0.81, an English one
 * full of Portuguese street names English at 0.84), so a short
 * text must stand further apart.
 */
const TWIN_SCORE = 0.99;
const SHORT_TEXT_SCORE = 0.75;
/** Characters up to which a text is a paragraph, its scores spread as far as SHORT_TEXT_SCORE asks. */
const PARAGRAPH_TEXT = 200;

/** Characters of a story from which a guess in the archive's own script is offered, to be checked: two or three sentences. */
export const SHORT_GUESS_TEXT = 150;

/**
 * The score the archive's language must stay below for a text of this length to be read as another: a paragraph's
 * margin (SHORT_TEXT_SCORE) up to PARAGRAPH_TEXT characters, a story's (TWIN_SCORE) from PAGE_GUESS_TEXT on, and
 * between the two a margin that narrows as the text grows, as franc's scores crowd together: held to a paragraph's
 * margin, a Romanian story of 943 characters that scored Hungarian 0.85 was read as neither.
 * @example scoreBelow(200) // 0.75
 * @example scoreBelow(600) // 0.87
 */
function scoreBelow(length: number): number {
  const share = Math.min(Math.max((length - PARAGRAPH_TEXT) / (PAGE_GUESS_TEXT - PARAGRAPH_TEXT), 0), 1);
  return length >= PAGE_GUESS_TEXT ? TWIN_SCORE : SHORT_TEXT_SCORE + (TWIN_SCORE - SHORT_TEXT_SCORE) * share;
}

/**
 * Whether a story franc reads as `guess` is told apart from the archive's
 * own language written in the same letters: franc has a model of that
 * language, scores it clearly below its guess, and the two are not close
 * relatives. A Catalan, Danish or Macedonian archive's own stories (franc-min
 * knows none of the three) keep their archive's language; a German story in
 * an English archive is German.
 * @example toldFromArchiveLanguage(germanStory, 'de', 'en') // true
 * @example toldFromArchiveLanguage(catalanStory, 'es', 'ca') // false
 */
export function toldFromArchiveLanguage(text: string, guess: string, archiveLang: string): boolean {
  const [mine, theirs] = [primaryLanguage(guess), primaryLanguage(archiveLang)];
  // In a Nordic archive, the Nordic languages' words tell them apart where franc cannot (nordicLanguage): a Swedish
  // story in a Finnish archive, a Danish one in a Norwegian archive; where they do not, franc's reading, as below.
  const told = NORDIC.has(theirs) ? nordicLanguage(text) : undefined;
  if (told) return nordicKey(told) === nordicKey(mine) && nordicKey(told) !== nordicKey(theirs);
  // So do Croatian's, Serbian's and Bosnian's (southSlavicLanguage), where franc reads one of the three: a Croatian
  // story in a Serbian archive, a Serbian one under a theme's lang="en"; where they do not, franc's reading, and in
  // an archive of one of the three its own language stands, as below.
  const toldSouth = SOUTH_SLAVIC.has(mine) ? southSlavicLanguage(text) : undefined;
  if (toldSouth) return primaryLanguage(toldSouth) === mine && primaryLanguage(toldSouth) !== theirs;
  // And Czech's, Slovak's and Polish's letters (westSlavicLanguage): a Czech story in a Polish archive, a Slovak one
  // in a Czech archive, which franc scores close.
  const toldWest = WEST_SLAVIC.has(mine) && WEST_SLAVIC.has(theirs) ? westSlavicLanguage(text) : undefined;
  if (toldWest) return toldWest === mine && toldWest !== theirs;
  if (mine === theirs || CLOSE_RELATIVES.some((family) => family.includes(mine) && family.includes(theirs)))
    return false;
  const own = francCodeOf(archiveLang);
  const score = francAll(text.slice(0, 50_000), { minLength: SHORT_GUESS_TEXT }).find(([code]) => code === own)?.[1];
  // In a paragraph, franc scores English close to the Romance languages (a Spanish paragraph of 470 characters
  // scores English 0.85): a text that writes none of English's little words is not English.
  return (score !== undefined && score < scoreBelow(text.length)) || (theirs === 'en' && writesNoEnglish(text));
}

/**
 * English's commonest little words, which a paragraph of English holds many of and other languages written in Latin
 * letters none (not "in", "a", "is", "die" or "on", which German, Spanish, Dutch or French write too).
 */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'that', 'was', 'for', 'with', 'said', 'from', 'this', 'have']);

/** Words a text needs before the absence of English's little words tells: a paragraph's. */
const ENOUGH_WORDS_TO_TELL = 40;

/**
 * Whether a text of a paragraph or more writes none of English's commonest little words (ENGLISH_WORDS): one in a
 * hundred words at most, where English writes one in six.
 * @example writesNoEnglish(spanishParagraph) // true
 */
function writesNoEnglish(text: string): boolean {
  const words = lowerCaseWords(text);
  if (words.length < ENOUGH_WORDS_TO_TELL) return false;
  return words.filter((word) => ENGLISH_WORDS.has(word)).length <= words.length / 100;
}

/** Scripts whose languages franc tells apart by their words (English from German, Russian from Ukrainian). */
export const FRANC_TELLS_APART: ReadonlySet<string> = new Set(['Latn', 'Cyrl']);

/**
 * The language a text reads as when it is clearly not `declared`, a language written in the same letters: a page's
 * template that says `lang="hu"` over a Romanian story, a feed's `<language>hu</language>` over its Romanian items.
 * Two or three sentences at least (SHORT_GUESS_TEXT), franc's first guess another language than the declared one and
 * no close relative of it, the declared one scored clearly below (toldFromArchiveLanguage). A story in the declared
 * language with a few foreign names reads as that language first: undefined, as for a text too short to tell.
 * @example readsUnlike(romanianStory, 'hu') // 'ro'
 * @example readsUnlike(englishStoryWithPortugueseStreets, 'en') // undefined
 */
export function readsUnlike(text: string, declared: string): string | undefined {
  const script = languageScript(declared);
  if (script === undefined || !FRANC_TELLS_APART.has(script)) return undefined;
  const guess = textLanguage(text, SHORT_GUESS_TEXT);
  if (!guess || languageScript(guess) !== script) return undefined;
  return toldFromArchiveLanguage(text, guess, declared) ? guess : undefined;
}

/**
 * Chinese with the script its text is written in (`zh-Hans`, `zh-Hant`), which franc does not tell: the
 * script decides the interface table, the fonts and what a screen reader reads. `zh` when the text does not tell.
 * @example chineseInItsScript('基隆港郵輪旅客人數創新高，這是歷史紀錄。') // 'zh-Hant'
 */
function chineseInItsScript(text: string): string {
  const script = hanScript(text);
  return script ? `zh-${script}` : 'zh';
}

/**
 * Scripts one language is written in, as far as an archive's clippings go (`sure`), or mostly one (Hebrew
 * letters are Yiddish's too, Bengali's Assamese's, Ethiopic's Tigrinya's): a few of its letters tell it.
 * `code`: the script's ISO 15924 code, as language tags write it.
 */
const ONE_LANGUAGE_SCRIPTS = (
  [
    ['Hangul', 'Hang', 'ko', true],
    ['Thai', 'Thai', 'th', true],
    ['Lao', 'Laoo', 'lo', true],
    ['Khmer', 'Khmr', 'km', true],
    ['Myanmar', 'Mymr', 'my', true],
    ['Georgian', 'Geor', 'ka', true],
    ['Armenian', 'Armn', 'hy', true],
    ['Greek', 'Grek', 'el', true],
    ['Hebrew', 'Hebr', 'he', false],
    ['Bengali', 'Beng', 'bn', false],
    ['Tamil', 'Taml', 'ta', true],
    ['Telugu', 'Telu', 'te', true],
    ['Kannada', 'Knda', 'kn', true],
    ['Malayalam', 'Mlym', 'ml', true],
    ['Gujarati', 'Gujr', 'gu', true],
    ['Gurmukhi', 'Guru', 'pa', true],
    ['Oriya', 'Orya', 'or', true],
    ['Sinhala', 'Sinh', 'si', true],
    ['Ethiopic', 'Ethi', 'am', false],
    ['Tibetan', 'Tibt', 'bo', false],
  ] as const
).map(([script, code, lang, sure]) => ({ script, code, lang, sure, letter: new RegExp(`\\p{Script=${script}}`, 'u') }));

/** Scripts many languages share, with the one most written in each, taken when franc cannot choose among them. */
const SHARED_SCRIPTS = (
  [
    ['Latin', 'Latn', 'en'],
    ['Cyrillic', 'Cyrl', 'ru'],
    ['Arabic', 'Arab', 'ar'],
    ['Devanagari', 'Deva', 'hi'],
  ] as const
).map(([script, code, most]) => ({ script, code, most, letter: new RegExp(`\\p{Script=${script}}`, 'u') }));

/**
 * Languages written in more than one script (ISO 15924 codes): a clipping in an archive of one of them,
 * written in its other script, is the archive's language in that script (`sr-Latn` in a Serbian archive),
 * never another language franc finds nearer (Serbian in Latin letters read as Croatian or Bosnian).
 */
const SCRIPTS_OF_LANGUAGE: Record<string, readonly string[]> = {
  sr: ['Cyrl', 'Latn'],
  bs: ['Latn', 'Cyrl'],
  uz: ['Latn', 'Cyrl', 'Arab'],
  az: ['Latn', 'Cyrl', 'Arab'],
  kk: ['Cyrl', 'Latn', 'Arab'],
  ky: ['Cyrl', 'Arab'],
  tk: ['Latn', 'Cyrl'],
  tt: ['Cyrl', 'Latn'],
  ug: ['Arab', 'Latn', 'Cyrl'],
  ku: ['Latn', 'Arab', 'Cyrl'],
  pa: ['Guru', 'Arab'],
  sd: ['Arab', 'Deva'],
  ks: ['Arab', 'Deva'],
  mn: ['Cyrl', 'Mong'],
  ms: ['Latn', 'Arab'],
  ha: ['Latn', 'Arab'],
};

/** Share of a text's letters in one script from which the text is written in it. */
const SCRIPT_SHARE = 0.9;

/**
 * A language tag written in the script its text is in, where the language is written in more than one
 * (SCRIPTS_OF_LANGUAGE) and the tag names, or implies, another: `sr` over a story in Latin letters is `sr-Latn`,
 * `sr-Latn` over one in Cyrillic `sr-Cyrl`; undefined when the tag's script is the text's, the language is written
 * in one script, or nine in ten of the text's letters are in none of its scripts.
 * @example inItsScript('sr', 'Gradska skupština usvojila je budžet.') // 'sr-Latn'
 * @example inItsScript('sr-Latn', 'Градска скупштина усвојила је буџет.') // 'sr-Cyrl'
 */
export function inItsScript(tag: string, text: string): string | undefined {
  const parts = scriptAndRegion(tag);
  const scripts = parts ? SCRIPTS_OF_LANGUAGE[parts.language] : undefined;
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!parts || !scripts || letters.length === 0) return undefined;
  const written = scripts.find((code) => {
    const name = code in SCRIPT_NAMES ? SCRIPT_NAMES[code as ScriptCode] : undefined;
    if (!name) return false;
    const letter = new RegExp(`\\p{Script=${name}}`, 'u');
    return letters.filter((char) => letter.test(char)).length >= letters.length * SCRIPT_SHARE;
  });
  if (!written || written === parts.script) return undefined;
  return [parts.language, written, parts.region].filter(Boolean).join('-');
}

/** The name of the script a tag is written in, for messages ("Latin", "Cyrillic"). @example scriptName('sr-Latn') // 'Latin' */
export function scriptName(tag: string): string {
  const code = languageScript(tag);
  if (!code) return tag;
  return code in SCRIPT_NAMES ? SCRIPT_NAMES[code as ScriptCode] : code;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;

/** A text's language as its letters tell it, however short the text: `sure` when only one language is written so. */
export interface ScriptLanguage {
  lang: string;
  /** The script's name, for messages (`Hangul`, `Latin`, `Chinese characters`). */
  script: string;
  /** Its ISO 15924 code (`Latn`, `Hang`, `Hani`). */
  code: string;
  sure: boolean;
  /** Told from the script's other languages by letters and words only it writes (arabicScriptLanguage, ethiopicLanguage). */
  byLetters?: boolean;
}

/**
 * The languages of a shared script that their letters and words tell one from another: Arabic, Persian and Urdu
 * (arabicScriptLanguage), Amharic and Tigrinya (ethiopicLanguage).
 */
const TOLD_BY_LETTERS = new Set(['ar', 'fa', 'ur', 'am', 'ti']);
const URDU_LETTER = new RegExp(`[${URDU_LETTERS}]`, 'gu');
// Persian's own little words: است (is), را (the object's mark), می and نمی before a verb (می‌شود, می شود; مي‌شود
// as an Arabic keyboard types it, joined as Persian joins it).
const PERSIAN_WORDS = /(?<![\p{L}\p{M}])(?:است|را|ن?می(?=[\u200c ])|ن?مي(?=\u200c))(?![\p{L}\p{M}])/u;
// Pashto's own letters, frequent in any Pashto sentence (کې, په ښار کې, ځي), with its little words (کې, چې, په, ته,
// دي). A Dari story that spells Afghan places and names as Pashto does (ننګرهار, کونړ, ځدران) writes Persian's words
// (است, را, می‌) and none of Pashto's: no Pashto story.
const PASHTO_LETTERS = 'ټډړښږځڅېۍګڼ';
// The other letters of the Arabic script's languages, none of them Urdu's, Persian's or Arabic's: Sindhi's ڪ ٻ ٿ…,
// Kurdish's ە ێ ۆ ڵ ڕ, Uyghur's ۇ ۈ ۋ, Malay Jawi's ڠ ڽ ۏ. They tell those languages, not Pashto.
const NOT_PASHTO_LETTERS = 'ڪٻڄڃٿٽڏڊڌڍڙڦڳڱڻەێۆڵڕۇۈۋڠڽۏ';
const PASHTO_LETTER = new RegExp(`[${PASHTO_LETTERS}]`, 'gu');
const NOT_PASHTO_LETTER = new RegExp(`[${NOT_PASHTO_LETTERS}]`, 'u');
// With any of them, Pashto's or another language's, the letters tell none of Urdu, Persian and Arabic.
const OTHER_ARABIC_SCRIPT_LETTERS = new RegExp(`[${PASHTO_LETTERS}${NOT_PASHTO_LETTERS}]`, 'u');
// Persian's "is" and its verbs' می‌ (Pashto writes را as a word of its own too).
const PERSIAN_VERB_WORDS = /(?<![\p{L}\p{M}])(?:است|ن?می(?=[\u200c ])|ن?مي(?=\u200c))(?![\p{L}\p{M}])/u;
const PASHTO_WORD = /(?<![\p{L}\p{M}])(?:کې|چې|په|ته|دي|سره|څخه|لپاره)(?![\p{L}\p{M}])/gu;
const PASHTO_SHARE = 0.02;

/**
 * An Arabic-script text's language from the letters and words only one of Pashto, Urdu, Persian and Arabic writes:
 * Pashto's ښ ځ ې ټ… (two in a hundred letters at least); Urdu's ے ں ٹ ڈ ڑ ہ; without them, Persian's پ چ ژ گ beside its
 * ی and ک (Arabic's ي and ك, as an Arabic keyboard types them, tell nothing), or its words است, را, می‌; without those,
 * Arabic's ة or ى, or its ي and ك alone. Undefined when they do not tell, or when a letter of another language
 * (Sindhi, Kurdish…) is there.
 * @example arabicScriptLanguage('په کابل کې د اوبو کمښت زیات شوی دی') // 'ps'
 * @example arabicScriptLanguage('لاہور میں بارش ہوئی') // 'ur'
 * @example arabicScriptLanguage('باران در تهران بارید') // 'fa'
 * @example arabicScriptLanguage('هطلت الأمطار على المدينة') // 'ar'
 */
function arabicScriptLanguage(text: string): string | undefined {
  const pashto = text.match(PASHTO_LETTER)?.length ?? 0;
  if (
    pashto >= 2 &&
    !NOT_PASHTO_LETTER.test(text) &&
    pashto >= (text.match(/\p{L}/gu)?.length ?? 0) * PASHTO_SHARE &&
    (text.match(PASHTO_WORD)?.length ?? 0) >= 2 &&
    !PERSIAN_VERB_WORDS.test(text)
  )
    return 'ps';
  if (OTHER_ARABIC_SCRIPT_LETTERS.test(text)) return undefined;
  // Two at least: an Urdu name in a Persian story is no Urdu story.
  if ((text.match(URDU_LETTER)?.length ?? 0) >= 2) return 'ur';
  if (PERSIAN_WORDS.test(text) || (/[پچژگ]/u.test(text) && /[یک]/u.test(text))) return 'fa';
  if (/[ةىيك]/u.test(text) && !/[پچژگیک]/u.test(text)) return 'ar';
  return undefined;
}

/**
 * The language nine in ten of a text's letters are written for: Japanese (kana among Chinese characters),
 * Korean, Chinese in its script (`zh` when its characters do not tell which), a script of one language
 * (Thai, Greek, Tamil…), or, in a script many languages share (Latin, Cyrillic, Arabic, Devanagari), franc's
 * best guess among those written in it (in Cyrillic, the letters only some languages have), else the one
 * most written in it. Undefined for a mixed text. For a text too short for textLanguage: a guess only where
 * nothing better is known.
 * @example scriptLanguage('서울 시내버스 파업 사흘째') // { lang: 'ko', script: 'Hangul', code: 'Hang', sure: true }
 */
export function scriptLanguage(text: string): ScriptLanguage | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return undefined;
  const share = (letter: RegExp) => letters.filter((char) => letter.test(char)).length / letters.length;
  const [kana, han, hangul] = [share(KANA), share(HAN), share(HANGUL)];
  if (kana > 0.05 && kana + han >= 0.9) return { lang: 'ja', script: 'Japanese kana', code: 'Jpan', sure: true };
  if (hangul > 0.3 && hangul + han >= 0.9) return { lang: 'ko', script: 'Hangul', code: 'Kore', sure: true };
  if (han >= 0.9) return { lang: chineseInItsScript(text), script: 'Chinese characters', code: 'Hani', sure: true };
  for (const { script, code, lang, sure, letter } of ONE_LANGUAGE_SCRIPTS) {
    if (share(letter) < 0.9) continue;
    // Ethiopic is Tigrinya's as well as Amharic's: their words tell them apart (ethiopicLanguage), else Amharic.
    const lettered = script === 'Ethiopic' ? ethiopicLanguage(text) : undefined;
    if (lettered) return { lang: lettered, script, code, sure: false, byLetters: true };
    return { lang, script, code, sure };
  }
  for (const { script, code, most, letter } of SHARED_SCRIPTS) {
    if (share(letter) < 0.9) continue;
    // franc reads short Cyrillic poorly (Russian as Bulgarian): letters tell it, else the language most written so.
    if (script === 'Cyrillic') return { lang: cyrillicLanguage(text) ?? most, script, code, sure: false };
    // So does Arabic-script text (Persian as Urdu, Urdu as Arabic): letters tell those three apart, else franc.
    const lettered = script === 'Arabic' ? arabicScriptLanguage(text) : undefined;
    if (lettered) return { lang: lettered, script, code, sure: false, byLetters: true };
    const guess = francAll(text.slice(0, 5000), { minLength: 10 })
      .map(([language]) => fromIso6393(language))
      .find((tag) => /^[a-z]{2}$/.test(tag) && languageScript(tag) === code);
    return { lang: guess ? toldApart(guess, text) : most, script, code, sure: false };
  }
  return undefined;
}

/** Cyrillic letters of Central Asia's languages, which write Russian's ы too: Kazakh's, Kyrgyz's, Uzbek's, Tajik's. */
const CENTRAL_ASIAN_LETTERS = 'әұңөүқғһҳўӣӯҷ';
const CENTRAL_ASIAN_LETTER = new RegExp(`[${CENTRAL_ASIAN_LETTERS}]`, 'giu');
/** Cyrillic letters Russian does not write: Central Asia's, Ukrainian's, Belarusian's and the Balkans'. */
const NOT_RUSSIAN_LETTER = new RegExp(`[${CENTRAL_ASIAN_LETTERS}ѓќѕђћіїєґ]`, 'giu');
/**
 * The share of a text's letters they must make (with three at least), as they do in a Kazakh or Kyrgyz story (one in
 * twenty or more): a Russian story naming Kazakh places or quoting a Ukrainian sentence makes far fewer.
 */
const NOT_RUSSIAN_SHARE = 0.04;
/** Letters of Tatar, Bashkir and Yakut, which cyrillicLanguage does not tell: such a story is left as it is. */
const VOLGA_SIBERIAN_LETTER = /[җҡҙҫҕҥ]/iu;

/**
 * Whether a Cyrillic text writes letters Russian does not, often enough to be another language's it tells: Central
 * Asia's, one in twenty-five letters (Kazakh, Kyrgyz, which write Russian's ы too), or three at least in a text of
 * some length without any ы, which every Russian paragraph has (Uzbek, Ukrainian, the Balkans' languages): a Russian
 * story quoting a Ukrainian sentence has its ы.
 */
function writesUnlikeRussian(text: string): boolean {
  if (VOLGA_SIBERIAN_LETTER.test(text)) return false;
  const others = text.match(NOT_RUSSIAN_LETTER)?.length ?? 0;
  const centralAsian = text.match(CENTRAL_ASIAN_LETTER)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (
    (centralAsian >= 3 && centralAsian >= letters * NOT_RUSSIAN_SHARE) ||
    (others >= 3 && letters >= 60 && !/ы/iu.test(text))
  );
}

/**
 * A Cyrillic text's language from the letters only some languages have; undefined when no such letter is there.
 * @example cyrillicLanguage('Засуха: в трёх районах') // 'ru'
 * @example cyrillicLanguage('Посуха: вночі відключають воду') // 'uk'
 */
function cyrillicLanguage(text: string): string | undefined {
  if (/[ѓќѕ]/iu.test(text)) return 'mk';
  if (/[ђћ]/iu.test(text)) return 'sr';
  if (/[ӣӯҷ]/iu.test(text)) return 'tg';
  if (/ҳ/iu.test(text)) return 'uz-Cyrl';
  // Kazakh's ә and ұ are its own; ң is Kyrgyz's too, which has none of Kazakh's қ, ғ, һ and і; ө and ү alone, Mongolian's.
  if (/[әұ]/iu.test(text)) return 'kk';
  if (/ң/iu.test(text)) return /[қғһі]/iu.test(text) ? 'kk' : 'ky';
  if (/[өү]/iu.test(text)) return /[қғһі]/iu.test(text) ? 'kk' : 'mn';
  if (/ў/iu.test(text)) return /[қғ]/iu.test(text) ? 'uz-Cyrl' : 'be';
  if (/[їєґ]/iu.test(text)) return 'uk';
  if (/[ыэё]/iu.test(text)) return /і/iu.test(text) ? 'be' : 'ru';
  if (/і/iu.test(text)) return 'uk';
  if (/[јљњџ]/iu.test(text)) return 'sr';
  // ъ before a consonant is Bulgarian's vowel (път, във); Russian writes it only before е, ё, ю or я, after a prefix (подъезд, объявят).
  if (/\p{L}ъ(?![еёюя])\p{L}/iu.test(text)) return 'bg';
  return undefined;
}

/**
 * Whose language an article's letters are held against: the archive's (site.json), or that of the feed an entry
 * came in, which names one language for entries that may be in others (an English item in a Bengali feed).
 */
export type DeclaredBy = 'archive' | 'feed';

/**
 * An article whose letters are not the archive's is filed in its own language, when nothing declared or
 * guessed one for it: `guessed.lang`, with why. A Korean clipping in an Arabic archive is Korean, a Hindi one
 * Hindi, a Spanish one franc's guess among the languages written in Latin letters, however short (filed as
 * the archive's, it would be set right to left and searched with Arabic's stemmer). In a Chinese archive, a
 * story in the other script is filed in its own (a mainland story in a Taiwanese archive is `zh-Hans`): a few
 * characters decide (src/lib/han-script.ts). Japanese and Korean archives keep stories written in Chinese
 * characters alone, which their papers print too. The same holds a feed's entry against the language the feed
 * declares (`declaredBy` 'feed'), before that language is given it.
 * @example fileInItsScript(mainlandStory, 'zh-TW') // mainlandStory.guessed.lang === 'zh-Hans'
 * @example fileInItsScript(koreanClipping, 'ar') // koreanClipping.guessed.lang === 'ko'
 * @example fileInItsScript(englishEntry, 'bn', 'feed') // englishEntry.guessed.lang === 'en'
 */
export function fileInItsScript(
  article: FoundArticle,
  archiveLang: string | undefined,
  declaredBy: DeclaredBy = 'archive',
): void {
  if (!archiveLang || article.fields.lang || article.guessed?.lang) return;
  const whose = declaredBy === 'feed' ? "the feed's language" : "the archive's language";
  const archiveScript = languageScript(archiveLang);
  const found = scriptLanguage(article.text);
  if (!found || !archiveScript) return;
  const primary = primaryLanguage(archiveLang);
  // In the archive's own script, only a language its letters tell from the archive's: Persian in an Urdu archive, a
  // Kyrgyz or Kazakh story in a Russian one.
  const toldInScript =
    (found.byLetters === true && TOLD_BY_LETTERS.has(primary) && found.lang !== primary) ||
    (primary === 'ru' && found.code === 'Cyrl' && found.lang !== 'ru' && writesUnlikeRussian(article.text));
  if (languageScript(found.lang) === archiveScript && !toldInScript) {
    // In the same letters, the words may still tell another language (a Romanian story in a Hungarian archive or
    // feed), where there are enough of them: a page or entry too short for textLanguage alone.
    const other = readsUnlike(article.text, archiveLang);
    if (!other) return;
    article.guessed = { ...article.guessed, lang: other };
    article.guessedWhy = {
      ...article.guessedWhy,
      lang: `language "${other}" guessed from the ${declaredBy === 'feed' ? "entry's" : "text's"} words (${article.text.length} characters), which read unlike ${whose} (${archiveLang}): check it, or set --lang`,
    };
    return;
  }
  if (found.code === 'Hani' && (archiveScript === 'Jpan' || archiveScript === 'Kore')) return;
  // A Serbian (or Bosnian) archive's story in Latin letters may be Croatian, or Bosnian: its words tell, where they
  // can (southSlavicLanguage); a text whose words do not is the archive's language in those letters, below.
  const southSlavic =
    SOUTH_SLAVIC.has(primary) &&
    SOUTH_SLAVIC.has(primaryLanguage(found.lang)) &&
    article.text.length >= SHORT_GUESS_TEXT
      ? southSlavicLanguage(article.text)
      : undefined;
  if (southSlavic && primaryLanguage(southSlavic) !== primary) {
    article.guessed = { ...article.guessed, lang: southSlavic };
    article.guessedWhy = {
      ...article.guessedWhy,
      lang: `language "${southSlavic}" guessed from the ${declaredBy === 'feed' ? "entry's" : "text's"} words (${article.text.length} characters), which are ${southSlavic}'s, not ${whose} (${archiveLang}): check it, or set --lang`,
    };
    return;
  }
  // Chinese whose characters do not tell its script: the archive's, as likely as any.
  if (primary === 'zh' && found.lang === 'zh') return;
  const chinese = primary === 'zh' && primaryLanguage(found.lang) === 'zh';
  // The archive's language in its other script: itself, so written.
  const ownScript = !chinese && SCRIPTS_OF_LANGUAGE[primary]?.includes(found.code);
  const lang = ownScript ? `${primary}-${found.code}` : found.lang;
  const why = chinese
    ? `language "${lang}" from the text's ${lang === 'zh-Hans' ? 'Simplified' : 'Traditional'} characters (${whose}, ${archiveLang}, is written in ${lang === 'zh-Hans' ? 'Traditional' : 'Simplified'} ones; --lang sets it)`
    : ownScript
      ? `language "${lang}": ${whose}, ${archiveLang}, in ${found.script} letters (--lang sets it)`
      : found.sure
        ? `language "${lang}" from the text's ${found.script} letters (${whose}, ${archiveLang}, is not written in them; --lang sets it)`
        : toldInScript
          ? `language "${lang}" guessed from the ${declaredBy === 'feed' ? "entry's" : "text's"} ${found.script} letters and words, which are ${lang}'s, not ${whose} (${archiveLang}): check it, or set --lang`
          : declaredBy === 'feed'
            ? `language "${lang}" guessed from the entry's ${found.script} letters, which ${whose} (${archiveLang}) is not written in: check it, or set --lang`
            : `language "${lang}" guessed from a text too short to be sure, written in ${found.script} letters, which ${whose} (${archiveLang}) is not: check it, or set --lang`;
  article.guessed = { ...article.guessed, lang };
  article.guessedWhy = { ...article.guessedWhy, lang: why };
}
