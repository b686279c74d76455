/**
 * Stems for a query in languages Pagefind has no stemmer for, where a noun
 * changes its ending with its case: Czech, Slovak and Ukrainian. Pagefind finds a word
 * as the start of longer ones, so "Brno" found only "Brno", never "v Brně"
 * or "z Brna", and "přehrady" no "přehrada"; "Ниса" no "Нису". Asked for the word without its
 * case ending ("Brn", "přehrad", "Нис"), it finds every form that begins so. The Czech
 * endings are those of the light stemmer Dolamic and Savoy measured for Czech
 * retrieval (2009), Ukrainian's its nouns' and adjectives' case endings, taken off only: the pages are indexed as
 * written, so a stem must begin the words it finds, and a consonant a soft ending changed
 * stays as typed ("Praze" finds Praze, "Praha" finds Praha, Prahy, Prahou), as does a vowel that changes inside the
 * word (Ukrainian "повінь" finds повінню, not повені).
 */
import { primaryLanguage } from '../lib/language-tags.ts';
import { gradedStem, gradesConsonants } from './finnish-grades.ts';

/** Case endings by the length of word they come off (longer than it), longest first. */
type CaseEndings = readonly { longer: number; endings: readonly string[] }[];

/** Whether a query in `language` is asked for by its words' stems. */
export function stemsQuery(language: string | undefined): boolean {
  return language !== undefined && LIGHT_STEMMERS.has(primaryLanguage(language));
}

const CZECH_ENDINGS: CaseEndings = [
  { longer: 7, endings: ['atech'] },
  { longer: 6, endings: ['ětem', 'etem', 'atům'] },
  {
    longer: 5,
    endings: ['ech', 'ich', 'ích', 'ého', 'ěmi', 'emi', 'ému', 'ěte', 'ete', 'ěti', 'eti', 'ího', 'iho', 'ími', 'ímu'],
  },
  { longer: 5, endings: ['imu', 'ách', 'ata', 'aty', 'ých', 'ama', 'ami', 'ové', 'ovi', 'ými'] },
  { longer: 4, endings: ['em', 'es', 'ém', 'ím', 'ům', 'at', 'ám', 'os', 'us', 'ým', 'mi', 'ou'] },
  { longer: 3, endings: ['e', 'i', 'í', 'ě', 'u', 'y', 'ů', 'a', 'o', 'á', 'é', 'ý'] },
];

// Ukrainian nouns' and adjectives' case endings: instrumental plural, the adjective's genitive and dative, the
// dative in -ові; locative and dative plurals, instrumental singulars, genitive plurals, the adjective's own; the
// vowels and soft sign that close the others.
const UKRAINIAN_ENDINGS: CaseEndings = [
  { longer: 5, endings: ['ами', 'ями', 'ого', 'ому', 'ими', 'іми', 'ові', 'еві', 'єві'] },
  {
    longer: 4,
    endings: [
      'ах',
      'ях',
      'ам',
      'ям',
      'ом',
      'ем',
      'єм',
      'ою',
      'ею',
      'єю',
      'ів',
      'їв',
      'ей',
      'их',
      'им',
      'ий',
      'ій',
      'ої',
    ],
  },
  { longer: 3, endings: ['а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'о', 'е', 'є', 'ь', 'й'] },
];

/** The languages whose queries are stemmed so, the letters they are written in, and their endings. */
const LIGHT_STEMMERS: ReadonlyMap<string, { letters: RegExp; endings: CaseEndings; shortestName: number }> = new Map([
  ['cs', { letters: /^\p{Script=Latin}+$/u, endings: CZECH_ENDINGS, shortestName: 3 }],
  ['sk', { letters: /^\p{Script=Latin}+$/u, endings: CZECH_ENDINGS, shortestName: 3 }],
  // A Ukrainian stem of three letters begins too many words, names' too: "Рад" of Рада begins радіо, радість.
  ['uk', { letters: /^\p{Script=Cyrillic}+$/u, endings: UKRAINIAN_ENDINGS, shortestName: 4 }],
]);

/**
 * Letters a stem keeps at least: three begin too many other words ("aut" of auto begins autor, "uni" univerzita),
 * save in a name, written with its capital, where the language allows (`shortestName`: Czech "Brno" as Brn, v Brně).
 */
const SHORTEST_STEM = 4;

/**
 * A Czech, Slovak (`language`, by default) or Ukrainian word without its case ending, the start of its every
 * form; the word itself when that would be too short, when it is in capitals
 * (an acronym: NATO, ČTK, ЗСУ), or not written in its language's letters. `asName` reads
 * it as a name whatever its case: the opened story's marks, asked in lower case.
 * @example lightStem('Brně') // 'Brn'
 * @example lightStem('přehrady') // 'přehrad'
 * @example lightStem('auto') // 'auto'
 * @example lightStem('Novák') // 'Novák'
 * @example lightStem('Одеса', { language: 'uk' }) // 'Одес'
 */
export function lightStem(word: string, { asName = false, language = 'cs' } = {}): string {
  const stemmer = LIGHT_STEMMERS.get(primaryLanguage(language));
  if (!stemmer || !stemmer.letters.test(word) || /^\p{Lu}{2,}$/u.test(word)) return word;
  const lower = word.toLowerCase();
  const letters = [...lower].length;
  const shortest = asName || /^\p{Lu}/u.test(word) ? stemmer.shortestName : SHORTEST_STEM;
  for (const { longer, endings } of stemmer.endings) {
    if (letters <= longer) continue;
    const ending = endings.find((each) => lower.endsWith(each));
    if (ending === undefined) continue;
    const stem = word.slice(0, word.length - ending.length);
    return [...stem].length >= shortest ? stem : word;
  }
  return word;
}

/**
 * The words of a query as an index in `language` is asked for them: by their stems in Czech, Slovak and Ukrainian
 * (lightStem),
 * by the part their forms share in Finnish (gradedStem, src/search/finnish-grades.ts), as typed in any other language.
 * @example stemmedTerm('cs', 'přehrady v Brně') // 'přehrad v Brn'
 * @example stemmedTerm('fi', 'kaupunki Helsinki') // 'kaupun Helsin'
 */
export function stemmedTerm(language: string, term: string | null): string | null {
  if (term === null) return term;
  const stem = stemsQuery(language)
    ? (word: string) => lightStem(word, { language })
    : gradesConsonants(language)
      ? gradedStem
      : undefined;
  if (stem === undefined) return term;
  return term
    .split(' ')
    .map((word) => stem(word.normalize('NFC')))
    .join(' ');
}
