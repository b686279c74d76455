/**
 * remark-typography: typographic quotes, dashes and ellipses in prose, in the
 * article's language (French « » with narrow no-break spaces, German „ “,
 * Hebrew's geresh and gershayim, Japanese left as typed:
 * src/markdown/typography-styles.ts).
 *
 * A lean replacement for retext-smartypants (which costs about half of the
 * Markdown time at archive scale): one pass over text nodes, with the last
 * character of the previous text node carried across inline markup so that
 * `"*word*"` still gets an opening and a closing quote. Code is never touched.
 */
import type { InlineCode, Root, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { HEBREW_LETTER, HEBREW_POINTS, HEBREW_PREFIX_SOURCE } from '../lib/hebrew-prefixes.ts';
import { typographyStyle, type TypographyStyle } from './typography-styles.ts';

/** Whether a quote after this character opens (start, space, bracket, dash). */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

/**
 * What follows an apostrophe that begins a word by eliding its start: Dutch
 * 't, 's, 'n, 'k, 'm ("Café 't Hoekske", 's-Hertogenbosch), English 'em,
 * 'tis, 'twas, 'til, and rock 'n' roll's 'n'. Never a quote a word opens
 * ('s' as a letter named in quotes is one, and so are 'T-shirt', 'K-pop', 'S Club 7').
 */
const ELIDED_START =
  /^(?:(?:t|s|n|k|m|em|tis|twas|til|T|Tis|Twas)(?![\p{L}\p{N}'’.-])|s-(?=\p{Lu})|n'(?![\p{L}\p{N}]))/u;

/** A Hebrew letter or a point written on one (vowels, dagesh, cantillation), not the punctuation among them. */
const HEBREW_LETTER_OR_POINT = new RegExp(`[${HEBREW_POINTS}\u05D0-\u05EA]`, 'u');

/** The Hebrew word (letters and their points) a text ends with, if it ends in one; long ones may come cut. */
const HEBREW_WORD_AT_END = new RegExp(`(?:[\u05D0-\u05EA][${HEBREW_POINTS}]*)+$`, 'u');

/** Letters Hebrew joins to a word's front (ו, ה, ל, וכש…), alone: a quote after them opens (ל"הארץ"). */
const HEBREW_PREFIX_ALONE = new RegExp(`^(?:${HEBREW_PREFIX_SOURCE})$`, 'u');

/**
 * In Hebrew, a `"` typed right after a Hebrew letter: the gershayim of an acronym or a numeral when a Hebrew
 * letter follows (צה"ל, תשפ"ד), but an opening quote after a word's prefix letters alone (אמר ל"הארץ") when it
 * is no acronym of those letters (ש"ח, כ"ג): something other than a Hebrew letter follows, or the next `"` of
 * the text closes a word, and no quote is open. Undefined after any other character.
 */
function hebrewDoubleQuote(
  out: string,
  before: string,
  text: string,
  i: number,
  quoteOpen: boolean,
): 'gershayim' | 'opens' | undefined {
  const word = HEBREW_WORD_AT_END.exec(out.slice(-32))?.[0] ?? (HEBREW_LETTER_OR_POINT.test(before) ? before : '');
  if (word === '') return undefined;
  const next = text[i + 1] ?? '';
  const letterNext = HEBREW_LETTER.test(next);
  if (!quoteOpen && HEBREW_PREFIX_ALONE.test(word) && next !== '' && !/\s/u.test(next)) {
    const following = text.indexOf('"', i + 1);
    if (!letterNext || (following !== -1 && !HEBREW_LETTER.test(text[following + 1] ?? ''))) return 'opens';
  }
  return letterNext ? 'gershayim' : undefined;
}

/**
 * Replaces straight quotes, `--`/`---` and `...` in one string, in a
 * language's style (English by default). `previous` is the character before
 * it ('' at the start of a block).
 * @example typeset('"It\'s -- fine..."') // '“It’s — fine…”'
 * @example typeset('"Oui" ?', '', typographyStyle('fr')) // '«\u202fOui\u202f»\u202f?'
 * @example typeset("Café 't Hoekske", '', typographyStyle('nl')) // 'Café ’t Hoekske'
 * @example typeset('צה"ל בצ\'יאנג מאי', '', typographyStyle('he')) // 'צה״ל בצ׳יאנג מאי'
 */
export function typeset(text: string, previous = '', style: TypographyStyle = typographyStyle('en')): string {
  if (!style.convert) return text;
  const [open, close] = style.double;
  const [singleOpen, singleClose] = style.single;
  const space = style.space;
  let out = '';
  let before = previous;
  // Quotes opened and not yet closed in this text, for Hebrew's marks that are typed as quotes are.
  let doublesOpen = 0;
  let singlesOpen = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const next = text[i + 1] ?? '';
    let put = char;
    const hebrewMark =
      style.hebrew && char === '"' ? hebrewDoubleQuote(out, before, text, i, doublesOpen > 0) : undefined;
    if (hebrewMark === 'gershayim') put = '״';
    else if (
      char === "'" &&
      style.hebrew &&
      HEBREW_LETTER_OR_POINT.test(before) &&
      !(singlesOpen > 0 && !HEBREW_LETTER.test(next))
    ) {
      // A geresh (צ׳יאנג, ג׳ורג׳), unless it closes a single quote opened before it.
      put = '׳';
    } else if (char === '"') {
      let opens = hebrewMark === 'opens' || before === '' || OPENS_AFTER.test(before);
      // Spaced on both sides (`" oui "`), it closes the quote this text left open.
      if (opens && /[\s.,;:!?)]/u.test(next)) opens = out.split(open).length <= out.split(close).length;
      if (space && opens) {
        put = open + space;
        // A space typed inside the quotes becomes the typographic one.
        if (next === ' ') i += 1;
      } else if (space) {
        if (out.endsWith(' ')) out = out.slice(0, -1);
        put = space + close;
      } else put = opens ? open : close;
      doublesOpen = opens ? doublesOpen + 1 : Math.max(0, doublesOpen - 1);
    } else if (char === "'") {
      // '90s, 't Hoekske and rock 'n' roll: an apostrophe before a digit or an elided word, otherwise open after space.
      const opens =
        (before === '' || OPENS_AFTER.test(before)) && !/\d/.test(next) && !ELIDED_START.test(text.slice(i + 1));
      // Inside a word it is an apostrophe (l’association, geht’s), whatever the language's quotes.
      put = opens ? singleOpen : /\p{L}/u.test(next) ? '’' : singleClose;
      if (opens) singlesOpen += 1;
      else if (put === singleClose) singlesOpen = Math.max(0, singlesOpen - 1);
    } else if (space && (char === ' ' || char === '\u00a0') && /[;:!?]/.test(next) && !/[:/]/.test(text[i + 2] ?? '')) {
      // French: the space before ; : ! ? is a narrow no-break one (never a line break before them).
      put = space;
    } else if (char === '-' && next === '-') {
      const triple = text[i + 2] === '-';
      put = '—';
      i += triple ? 2 : 1;
    } else if (char === '.' && next === '.' && text[i + 2] === '.') {
      put = '…';
      i += 2;
    }
    out += put;
    before = put.slice(-1);
  }
  return out;
}

/** Inline containers: quotes inside them pair with text around them. */
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

export interface Options {
  /** Language when the file does not say (`file.data.astro.frontmatter.lang`). Default `en`. */
  lang?: string;
}

/** The language a file's body is written in, as the pipeline hands it over. */
function fileLanguage(file: VFile | undefined): string | undefined {
  const data = file?.data as { astro?: { frontmatter?: { lang?: unknown } } } | undefined;
  const lang = data?.astro?.frontmatter?.lang;
  return typeof lang === 'string' ? lang : undefined;
}

/** The remark plugin: typesets in the file's language, else `options.lang`, else English. */
export default function remarkTypography(options: Options = {}) {
  return (tree: Root, file?: VFile): void => {
    const style = typographyStyle(fileLanguage(file) ?? options.lang);
    if (!style.convert) return;
    let lastBlock: Node | undefined;
    let previous = '';
    // In document order, each text with the block it is in (its nearest ancestor that is not
    // inline): quotes are paired within a block, never across two.
    const typesetIn = (parent: Parent, block: Node): void => {
      for (const node of parent.children) {
        if (node.type === 'text' || node.type === 'inlineCode') {
          if (block !== lastBlock) {
            lastBlock = block;
            previous = '';
          }
          const text = node as Text | InlineCode;
          if (node.type === 'text') text.value = typeset(text.value, previous, style);
          previous = text.value.slice(-1) || previous;
        } else if ('children' in node) typesetIn(node as Parent, INLINE.has(node.type) ? block : node);
      }
    };
    typesetIn(tree, tree);
  };
}
