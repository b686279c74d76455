/**
 * Language codes between the forms the archive meets: the BCP 47 tags of HTML
 * and of content/site.json and articles (`en`, `en-GB`, `ja`), and ISO 639-3
 * codes (`eng`, `jpn`), which ZIM metadata wants (Kiwix filters its library by
 * them) and franc's language detection answers in (src/importer/language.ts).
 * The code table is the iso-639-3 package, not a list of our own.
 */
import { iso6393, iso6393To1 } from 'iso-639-3';
import { primaryLanguage } from './language-tags.ts';

export { primaryLanguage };

const fromIso6391 = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]));
const known = new Set(iso6393.map((language) => language.iso6393));

/**
 * The ISO 639-3 code of a BCP 47 language tag, or undefined when its language has none.
 * @example iso6393Of('de-CH') // 'deu'
 * @example iso6393Of('xx') // undefined
 */
export function iso6393Of(tag: string): string | undefined {
  const primary = primaryLanguage(tag);
  return primary.length === 2 ? fromIso6391.get(primary) : known.has(primary) ? primary : undefined;
}

/**
 * The BCP 47 primary subtag of an ISO 639-3 code: its two-letter code where it has one.
 * @example fromIso6393('deu') // 'de'
 * @example fromIso6393('cmn') // 'zh'
 * @example fromIso6393('yue') // 'yue'
 */
export function fromIso6393(code: string): string {
  return iso6393To1[code] ?? MACROLANGUAGE_OF[code] ?? code;
}

// The languages franc answers with by their own code, which the two-letter code of their macrolanguage names in
// tags as pages, archives and interface tables write them: Mandarin is `zh` (cmn), Standard Arabic `ar` (arb).
const MACROLANGUAGE_OF: Readonly<Record<string, string>> = {
  cmn: 'zh',
  arb: 'ar',
  pes: 'fa',
  swh: 'sw',
  uzn: 'uz',
  azj: 'az',
  zlm: 'ms',
  plt: 'mg',
  pbu: 'ps',
  npi: 'ne',
};
const INDIVIDUAL_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MACROLANGUAGE_OF).map(([code, tag]) => [tag, code]),
);

/**
 * The ISO 639-3 code franc answers in for a language tag: for a macrolanguage, the language franc names
 * (`ms` is zlm, `sw` swh, `ar` arb, not the msa, swa, ara that iso6393Of gives), else iso6393Of's.
 * @example francCodeOf('ms-MY') // 'zlm'
 * @example francCodeOf('de') // 'deu'
 */
export function francCodeOf(tag: string): string | undefined {
  return INDIVIDUAL_OF[primaryLanguage(tag)] ?? iso6393Of(tag);
}

/**
 * The ISO 639-3 code of a BCP 47 language tag; throws, naming the setting, when
 * its language has none.
 * @example toIso6393('en-GB') // 'eng'
 * @example toIso6393('ja') // 'jpn'
 */
export function toIso6393(tag: string, where = 'content/site.json "lang"'): string {
  const code = iso6393Of(tag);
  if (!code) {
    throw new Error(
      `${where} is "${tag}", which names no ISO 639 language, and a ZIM file needs its ISO 639-3 code. Use a language tag such as "en", "fr-CA" or "ja".`,
    );
  }
  return code;
}
