/**
 * Looks up interface text in a translation table: placeholders (`{name}`),
 * plurals chosen by `Intl.PluralRules`, and English for a key the table
 * lacks (reported once through `onMissing`, so the build can warn). Pure and
 * free of dependencies: the browser's scripts use it too.
 */

/** A message: text, or one text per plural category (`other` required). */
export type Message = string | PluralMessage;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Values for placeholders; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;

export interface TranslatorOptions<Key extends string> {
  /** BCP 47 language of `table` (plural rules and number format follow it). */
  lang: string;
  table: Partial<Record<Key, Message>>;
  /**
   * The digits numbers are written in, as Intl names numbering systems: 'latn' (the default) or the table's own
   * ('beng', 'arabext'), the same as its dates (src/i18n/interface.ts).
   */
  digits?: string;
  /** The complete English table, used for any key `table` lacks. */
  fallback: Record<Key, Message>;
  /** Told about each key missing from `table`, once. */
  onMissing?: (key: Key) => void;
}

export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

/**
 * A translate function for one language.
 * @example createTranslator({ lang: 'fr', table: { n: { one: '{count} article', other: '{count} articles' } }, fallback })('n', { count: 2 }) // '2 articles'
 */
export function createTranslator<Key extends string>({
  lang,
  table,
  digits = 'latn',
  fallback,
  onMissing,
}: TranslatorOptions<Key>): Translate<Key> {
  const plurals = new Intl.PluralRules(lang);
  // The table's digits, not the language's default: one page never mixes two digit sets.
  const numbers = new Intl.NumberFormat(lang, { numberingSystem: digits });
  const reported = new Set<Key>();
  // A message without placeholders is the same text every time: each page's navigation asks for it again.
  const plain = new Map<Key, string>();
  const translate: Translate<Key> = (key, params) => {
    if (params === undefined) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = withParams(key, {})));
      return text;
    }
    return withParams(key, params);
  };
  const withParams = (key: Key, params: MessageParams): string => {
    let message = table[key];
    let rules = plurals;
    if (message === undefined) {
      if (!reported.has(key)) {
        reported.add(key);
        onMissing?.(key);
      }
      message = fallback[key];
      rules = new Intl.PluralRules('en');
    }
    if (message === undefined) return key;
    const count = params['count'];
    const text =
      typeof message === 'string'
        ? message
        : (message[typeof count === 'number' ? rules.select(count) : 'other'] ?? message.other);
    return fill(text, params, numbers);
  };
  return translate;
}

/**
 * Each message's text cut at its placeholders, once per text: even indices
 * are text, odd ones placeholder names. A build fills the same few messages
 * (a byline, reading time) on nearly every line of every listing. (A Map of
 * its own, not src/lib/memoized.ts: the browser's scripts would load that
 * as one more file.)
 * @example placeholders('By {names}.') // ['By ', 'names', '.']
 */
const cut = new Map<string, string[]>();
function placeholders(text: string): string[] {
  let parts = cut.get(text);
  if (!parts) cut.set(text, (parts = text.split(/\{(\w+)\}/)));
  return parts;
}

/** Puts values into `{name}` placeholders; numbers in the language's own digits and separators. */
function fill(text: string, params: MessageParams, numbers: Intl.NumberFormat): string {
  const parts = placeholders(text);
  let filled = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    filled += value === undefined ? `{${name}}` : typeof value === 'number' ? numbers.format(value) : value;
    filled += parts[i + 1] ?? '';
  }
  return filled;
}
