/**
 * The Markdown Sätteri 0.10 reads differently from micromark (and from the
 * CommonMark/GFM specs) in a way an article can plausibly contain, found by
 * tests/unit/markdown/parser-differential.test.ts. A body that may contain
 * one renders with micromark instead, so its HTML stays what it always was.
 * The checks look at the raw text and may say yes too often (code spans
 * included): that costs speed on that body, never a different page.
 *
 * Differences judged harmless or unreachable are not here; they are listed,
 * with the reasons, in docs/markdown-parser.md.
 */

/**
 * An HTML tag with an unquoted attribute value holding a `/` before its end,
 * such as `<a href=/2020/>` or `<img src=/a.png alt=x>`: Sätteri does not see
 * a tag there and prints it as text.
 */
const UNQUOTED_VALUE_WITH_SLASH = /<[a-z][a-z0-9-]*\s[^<>]*=[ \t]*[^\s"'=<>`]*\/(?!>)/i;

/**
 * A bare URL (GFM autolink literal) running straight into a `|`, as in a
 * table row `|https://example.org|b|`: Sätteri makes the pipe part of the
 * link and loses the cell.
 */
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<|]*/gi;

/** Whether a bare URL runs into a pipe. Each run is read once: no backtracking over long lines. */
function urlIntoPipe(markdown: string): boolean {
  for (const match of markdown.matchAll(BARE_URL)) if (markdown[match.index + match[0].length] === '|') return true;
  return false;
}

/**
 * A line holding a `|` (a table row), then a line that is one HTML tag alone,
 * such as `<br>` or `<img src="x.png">`: micromark ends the table with an HTML
 * block there, Sätteri makes the tag a row of the table.
 */
const TAG_LINE_UNDER_ROW = /^[^\n|]*\|[^\n]*\n[ ]{0,3}<[^\n]*>[ \t]*$/m;

/**
 * Whether a body may contain Markdown that Sätteri misreads.
 * @example satteriMisreads('<a href=/2020/>2020</a>') // true
 * @example satteriMisreads('<a href="/2020/">2020</a>') // false
 */
export function satteriMisreads(markdown: string): boolean {
  return UNQUOTED_VALUE_WITH_SLASH.test(markdown) || urlIntoPipe(markdown) || TAG_LINE_UNDER_ROW.test(markdown);
}
