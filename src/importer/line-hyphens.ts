/**
 * Words a layout broke at a line's end with a hyphen, as text copied from a
 * PDF keeps them ("recon-⏎struction"), joined again, so the story reads
 * "reconstruction" and a search finds it. Read before the plain-text reader
 * looks for a headline (src/importer/read-text.ts), so a headline broken so
 * is one line again.
 */
import { WRAP_WIDTH } from './text-lines.ts';

/** The hyphens a line may break a word at: "-", the soft hyphen (U+00AD), Unicode's hyphen (U+2010). */
const BREAK_HYPHENS = '\\-\\u00AD\\u2010';
/** A line ending in a word (letters, maybe digits) and a hyphen right after it: "recon-", "COVID-". */
const BROKEN_END = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)([${BREAK_HYPHENS}])[ \\t]*$`,
  'u',
);
/** The next line's first word, what follows it up to a space, and the rest: "struction" "," " of Tlatelolco". */
const NEXT_START = /^[ \t]*([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)(\S*)(.*)$/u;
/** Words joined by a hyphen on one line, "well-known", "Nordrhein-Westfalen" (each pair is read). */
const HYPHENATED = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-\u2010][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)+/gu;
/**
 * Conjunctions after a suspended hyphen ("Haupt- und Nebenstraße", "pre- and post-war", "pre- y posguerra"), which is
 * no broken word; not English "or", which ends words ("col-⏎or").
 */
const AFTER_SUSPENDED = new Set([
  'und',
  'oder',
  'bzw',
  'sowie',
  'bis',
  'and',
  'nor',
  'y',
  'e',
  'o',
  'u',
  'et',
  'ou',
  'en',
  'of',
  'и',
  'или',
  'і',
  'та',
  'або',
  'και',
  'ή',
]);

/**
 * The text with words broken at a line's end joined again.
 * A letter's word, a hyphen ending its line, the next line opening in lower case: one word, no hyphen ("build-⏎ings" → "buildings").
 * A soft hyphen (U+00AD) is never printed: the parts are joined without it whatever follows.
 * A real hyphen stays, the word joined with it: before a capital or a digit ("Franco-⏎Prussian", "COVID-⏎19"), after a word with a digit ("1990s-⏎era"), and where the text writes the same two words with the hyphen on one line elsewhere ("well-⏎known" beside "well-known").
 * Only the pair at the break is asked: "Nord-⏎rhein-Westfalen" is "Nordrhein-Westfalen" (no "Nord-rhein" elsewhere), its own hyphen kept.
 * A suspended hyphen before a conjunction ("Haupt-⏎und Nebenstraße") is left as it is, line break too.
 * A blank line (a paragraph's end) is never crossed.
 * The two lines become one where that stays a line's width (WRAP_WIDTH), as a headline's two lines do; else the word's end moves up and the line break stays after it, so a wrapped paragraph keeps its lines' widths (to-markdown.ts's unwrappedLines reads them).
 * A script without capitals is left as it is.
 * Line ends come back as "\n".
 * @example joinLineHyphens('The long recon-\nstruction of Tlatelolco') // 'The long reconstruction of Tlatelolco'
 * @example joinLineHyphens('the Franco-\nPrussian war') // 'the Franco-Prussian war'
 * @example joinLineHyphens('a well-known firm; the well-\nknown architect') // 'a well-known firm; the well-known architect'
 * @example joinLineHyphens('Stadt-\nrat') // 'Stadtrat'
 * @example joinLineHyphens('The build-\nings stood.\n\nnew paragraph') // 'The buildings stood.\n\nnew paragraph'
 */
export function joinLineHyphens(text: string): string {
  if (!new RegExp(`[${BREAK_HYPHENS}][ \\t]*\\r?\\n`, 'u').test(text)) return text;
  const written = new Set<string>();
  for (const [compound] of text.matchAll(HYPHENATED)) {
    const parts = compound.toLowerCase().split(/[-\u2010]/u);
    for (let at = 1; at < parts.length; at++) written.add(`${parts[at - 1]}-${parts[at]}`);
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const end = BROKEN_END.exec(lines[i]!);
    const start = NEXT_START.exec(lines[i + 1]!);
    if (!end || !start) continue;
    const [, head = '', hyphen = ''] = end;
    const [, tail = '', stuck = '', rest = ''] = start;
    let joined: string;
    if (hyphen === '\u00AD') joined = head + tail;
    // A script without capitals (Arabic, Hebrew, CJK…) breaks no word so: nothing tells a broken word from a real one.
    else if (!/^[\p{Ll}\p{Lu}\p{Lt}\p{N}]/u.test(tail)) continue;
    else if (/^\p{Ll}/u.test(tail) && AFTER_SUSPENDED.has(tail.toLowerCase()) && /^(?:\s|$)/u.test(stuck + rest))
      continue;
    else if (
      /^\p{Ll}/u.test(tail) &&
      /^[\p{L}\p{M}]+$/u.test(head) &&
      !written.has(`${head.toLowerCase()}-${tail.toLowerCase()}`)
    )
      joined = head + tail;
    else joined = head + hyphen + tail;
    const before = lines[i]!.slice(0, end.index);
    const whole = before + joined + stuck + rest;
    if (rest.trim() === '' || whole.length <= WRAP_WIDTH) lines.splice(i, 2, whole.trimEnd());
    else lines.splice(i, 2, before + joined + stuck, rest.trimStart());
    // The joined line may end in another broken word ("recon-⏎struc-⏎tion"): read it again.
    i--;
  }
  return lines.join('\n');
}
