/**
 * How each language sets quotation marks and the spaces around punctuation,
 * for remark-typography. Facts from each language's typographic convention:
 * French « » with narrow no-break spaces inside, and before ; : ! ? ;
 * German „ “ ; Spanish, Portuguese, Russian, Italian « » ; Polish, Serbian, Croatian and Bosnian „ ” ;
 * Swedish and Finnish ” ” ; Hebrew ” ” (both high, as Unicode's CLDR gives
 * it: the low „ opening is pre-1970s print), with the geresh ׳ and gershayim ״
 * its keyboards type as ' and " ; Chinese, Japanese and Korean text is left alone.
 */
import { primaryLanguage } from '../lib/language-tags.ts';

/** A language's typographic conventions. */
export interface TypographyStyle {
  /** Opening and closing double quotes. */
  double: readonly [open: string, close: string];
  /** Opening and closing single quotes (the closing one is also the apostrophe). */
  single: readonly [open: string, close: string];
  /** Space set inside double quotes and before `; : ! ?` (French: U+202F), or '' for none. */
  space: string;
  /** False for scripts whose quotes and dashes are typed as they should be (CJK). */
  convert: boolean;
  /**
   * Hebrew: an apostrophe after a Hebrew letter is a geresh ׳ (צ׳יאנג, ג׳ורג׳, ה׳), a double quote between two
   * is gershayim ״ (צה״ל, חב״ד, תשפ״ד), and a quote after the letters Hebrew joins to a word's front opens
   * (ל”הארץ”). Yiddish, also in Hebrew letters, writes ' as an apostrophe (ס'איז) and is not set so.
   */
  hebrew?: true;
}

const NARROW_NO_BREAK_SPACE = '\u202f';

const ENGLISH: TypographyStyle = { double: ['“', '”'], single: ['‘', '’'], space: '', convert: true };
const GUILLEMETS: TypographyStyle = { double: ['«', '»'], single: ['“', '”'], space: '', convert: true };
const GERMAN: TypographyStyle = { double: ['„', '“'], single: ['‚', '‘'], space: '', convert: true };
const NORWEGIAN: TypographyStyle = { double: ['«', '»'], single: ['‘', '’'], space: '', convert: true };
const SERBIAN: TypographyStyle = { double: ['„', '”'], single: ['’', '’'], space: '', convert: true };
const UNCHANGED: TypographyStyle = { ...ENGLISH, convert: false };

/** Styles by language tag (a region where it differs, `pt-br`) or primary subtag; any other language is set as English. */
const STYLES: Record<string, TypographyStyle> = {
  fr: { double: ['«', '»'], single: ['“', '”'], space: NARROW_NO_BREAK_SPACE, convert: true },
  de: GERMAN,
  cs: GERMAN,
  sk: GERMAN,
  sl: GERMAN,
  lt: GERMAN,
  is: GERMAN,
  es: GUILLEMETS,
  pt: GUILLEMETS,
  // Brazil quotes as English does.
  'pt-br': ENGLISH,
  ru: GUILLEMETS,
  uk: GUILLEMETS,
  be: GUILLEMETS,
  it: GUILLEMETS,
  ca: GUILLEMETS,
  el: GUILLEMETS,
  ar: GUILLEMETS,
  fa: GUILLEMETS,
  pl: { double: ['„', '”'], single: ['‚', '’'], space: '', convert: true },
  ro: { double: ['„', '”'], single: ['«', '»'], space: '', convert: true },
  hu: { double: ['„', '”'], single: ['»', '«'], space: '', convert: true },
  nl: ENGLISH,
  sv: { double: ['”', '”'], single: ['’', '’'], space: '', convert: true },
  fi: { double: ['”', '”'], single: ['’', '’'], space: '', convert: true },
  // Norwegian (Bokmål and Nynorsk) « » with ‘ ’ inside; Danish papers » « with › ‹ inside (Politiken, Berlingske).
  nb: NORWEGIAN,
  nn: NORWEGIAN,
  no: NORWEGIAN,
  da: { double: ['»', '«'], single: ['›', '‹'], space: '', convert: true },
  // Serbian (either alphabet), Montenegrin and Bosnian „ ” with ’ ’ inside, as their orthographies give them and their
  // papers set them (Politika, N1, Oslobođenje); Croatian „ ” with ‚ ’ inside, as the Institute of Croatian
  // Language's orthography and the EU's style guide give them and Croatian news sites set the outer pair (» «,
  // Croatian's other pair, is older print's).
  sr: SERBIAN,
  cnr: SERBIAN,
  bs: SERBIAN,
  hr: { double: ['„', '”'], single: ['‚', '’'], space: '', convert: true },
  he: { double: ['”', '”'], single: ['’', '’'], space: '', convert: true, hebrew: true },
  ja: UNCHANGED,
  zh: UNCHANGED,
  ko: UNCHANGED,
};

/**
 * The style for a language tag (`fr-CA` is French; Swiss French and German
 * are set like their language here).
 * @example typographyStyle('de-AT').double // ['„', '“']
 */
export function typographyStyle(lang: string | undefined): TypographyStyle {
  const tag = (lang ?? 'en').toLowerCase();
  return STYLES[tag] ?? STYLES[primaryLanguage(tag)] ?? ENGLISH;
}
