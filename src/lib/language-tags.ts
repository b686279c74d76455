/**
 * Reading BCP 47 language tags (`pt-BR`, `en_GB`) without any code table: for
 * page code such as reading times, which must not load the ISO 639 tables of
 * src/lib/language-codes.ts into the build's page bundle.
 */

/**
 * Unicode's names (for `\p{Script=…}`) of the scripts the search tells words apart by, under the ISO 15924 codes
 * `Intl.Locale` gives a language's script (languageScript).
 */
export const SCRIPT_NAMES = {
  Latn: 'Latin',
  Cyrl: 'Cyrillic',
  Grek: 'Greek',
  Arab: 'Arabic',
  Hebr: 'Hebrew',
  Armn: 'Armenian',
  Geor: 'Georgian',
  Ethi: 'Ethiopic',
  Deva: 'Devanagari',
  Beng: 'Bengali',
  Guru: 'Gurmukhi',
  Gujr: 'Gujarati',
  Orya: 'Oriya',
  Taml: 'Tamil',
  Telu: 'Telugu',
  Knda: 'Kannada',
  Mlym: 'Malayalam',
  Sinh: 'Sinhala',
  Thai: 'Thai',
  Laoo: 'Lao',
  Tibt: 'Tibetan',
  Mymr: 'Myanmar',
  Khmr: 'Khmer',
} as const;
export type ScriptCode = keyof typeof SCRIPT_NAMES;

/** The scripts of India and Sri Lanka, Devanagari to Sinhala, in Unicode's order. */
export const INDIC_SCRIPTS: readonly ScriptCode[] = [
  'Deva',
  'Beng',
  'Guru',
  'Gujr',
  'Orya',
  'Taml',
  'Telu',
  'Knda',
  'Mlym',
  'Sinh',
];

/**
 * The script a tag's text is written in: its script subtag (`zh-Hant-HK`, `sr-Latn`), else the one its
 * language is written in in its region, or at all (Unicode's likely subtags, as `Intl.Locale` knows them:
 * `zh-TW` → `Hant`, `zh-CN` and `zh` → `Hans`, `sr` → `Cyrl`); undefined for a tag `Intl` cannot read.
 * @example languageScript('zh-TW') // 'Hant'
 * @example languageScript('zh_SG') // 'Hans'
 */
export function languageScript(tag: string): string | undefined {
  return scriptAndRegion(tag)?.script;
}

/**
 * A tag's language, its script (written, else the likely one Unicode gives its language and region, as
 * `Intl.Locale` knows it) and its region as written; undefined for a tag `Intl` cannot read.
 * @example scriptAndRegion('zh-HK') // { language: 'zh', script: 'Hant', region: 'HK' }
 * @example scriptAndRegion('pt') // { language: 'pt', script: 'Latn' }
 */
export function scriptAndRegion(tag: string): { language: string; script?: string; region?: string } | undefined {
  try {
    const locale = new Intl.Locale(tag.trim().replaceAll('_', '-'));
    const { script } = locale.maximize();
    return {
      language: locale.language,
      ...(script ? { script } : {}),
      ...(locale.region ? { region: locale.region } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * The primary language subtag of a BCP 47 tag, lower-cased.
 * @example primaryLanguage('pt-BR') // 'pt'
 * @example primaryLanguage('en_GB') // 'en'
 */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

// Countries' codes written where a language's belongs, for a language whose code differs ("ua" for Ukrainian):
// none of them is a language code (ISO 639-1), so each means only this mistake. Codes that are languages too
// (se Northern Sami, si Sinhala, my Burmese, br Breton, kr Kanuri) are left out.
const LANGUAGE_OF_COUNTRY: Readonly<Record<string, string>> = {
  ua: 'uk',
  gr: 'el',
  cz: 'cs',
  jp: 'ja',
  dk: 'da',
  cn: 'zh',
  vn: 'vi',
  il: 'he',
  ir: 'fa',
  rs: 'sr',
  ge: 'ka',
  kz: 'kk',
  al: 'sq',
  us: 'en',
  gb: 'en',
};

/**
 * The language code meant by a tag whose primary subtag is a country's code
 * and no language's ("ua" for Ukrainian, "jp" for Japanese), else undefined.
 * @example languageForCountryCode('ua') // 'uk'
 * @example languageForCountryCode('uk') // undefined
 */
export function languageForCountryCode(tag: string): string | undefined {
  return LANGUAGE_OF_COUNTRY[primaryLanguage(tag)];
}
