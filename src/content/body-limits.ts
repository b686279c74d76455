/**
 * Limits on an article body, checked on the raw text before any parsing, in
 * one pass without recursion. The Markdown parser, the HTML parser and every
 * tree walker after them recurse once per nesting level: raw HTML nested 3,000
 * deep or emphasis nested 2,000 deep overflowed the stack, 10,000 nested link
 * brackets took seconds to render, and a 1,400-level list took minutes. So the
 * depth of every kind of container is counted (lists, quotes, HTML elements,
 * emphasis, link and image brackets) and their sum at any point is capped,
 * as is the body's size. A refused body says which limit, and by how much.
 */
import { DEFAULT_BODY_LIMITS, formatCount, MAX_BODY_SETTING, utf8Length, type BodyLimits } from '../lib/limits.ts';

/** Block quote and list markers at the start of a line (a list marker needs a space after it; `>` does not). */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*/;
const CONTAINER_MARKER = />|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/g;

/** An HTML tag: closing slash, name, and whether it closes itself. Stops at the next `<`, so a scan stays linear. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*?)?(\/?)>/y;

/** Elements that never hold others, or whose end tag is optional (they close themselves when the next one opens). */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp',
]);

const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Depth of each kind of container at the deepest point, for the message. */
interface Depths {
  blocks: number;
  html: number;
  emphasis: number;
  brackets: number;
}

/**
 * Why a body is refused, or undefined when it is fine.
 * @example bodyLimitProblem('- a\n  - b') // undefined
 * @example bodyLimitProblem('x'.repeat(10), { maxBytes: 5 }) // 'the body is 10 bytes; the limit is 5 bytes …'
 */
export function bodyLimitProblem(body: string, limits: Partial<BodyLimits> = {}): string | undefined {
  const { maxBytes, maxNesting } = { ...DEFAULT_BODY_LIMITS, ...limits };
  // Cheap bound first: UTF-8 takes at most 3 bytes per UTF-16 unit.
  if (body.length * 3 > maxBytes) {
    const bytes = utf8Length(body);
    if (bytes > maxBytes) {
      return `the body is ${formatCount(bytes)} bytes; the limit is ${formatCount(maxBytes)} bytes: split the article, or raise ${MAX_BODY_SETTING}`;
    }
  }
  const deepest = nestingDepth(body, maxNesting);
  if (!deepest) return undefined;
  const { depth, line, kinds } = deepest;
  const what = [
    kinds.blocks && `${kinds.blocks} of lists and quotes`,
    kinds.html && `${kinds.html} of HTML elements`,
    kinds.emphasis && `${kinds.emphasis} of emphasis`,
    kinds.brackets && `${kinds.brackets} of links and images`,
  ].filter(Boolean);
  return `the body nests containers ${depth} levels deep at line ${line} (${what.join(', ')}); the limit is ${maxNesting} levels: flatten it (deeper nesting cannot be rendered safely)`;
}

/**
 * The first point where containers nest deeper than `max`, or undefined. An
 * estimate from the text, never below what the parsers will build for the
 * constructs counted: opening delimiters count until closed; HTML elements
 * until their end tag.
 */
export function nestingDepth(body: string, max: number): { depth: number; line: number; kinds: Depths } | undefined {
  let html = 0;
  let emphasis = 0;
  let brackets = 0;
  let fence: string | undefined;
  let lineNumber = 0;
  for (const line of body.split('\n')) {
    lineNumber++;
    // Indentation and brackets inside fenced code are text, not nesting.
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    // Emphasis and brackets never reach past a paragraph.
    if (line.trim() === '') {
      emphasis = 0;
      brackets = 0;
      continue;
    }
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const width = indent.replace(/\t/g, '    ').length;
    // Each list level indents by at least two columns; and containers can also
    // open on one line: "> - > - x" or "- - - x" nest once per marker.
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const markers = prefix.match(CONTAINER_MARKER)?.length ?? 0;
    const blocks = Math.max(Math.floor(width / 2) + markers, markers);
    const over = (): { depth: number; line: number; kinds: Depths } | undefined => {
      const depth = blocks + html + emphasis + brackets;
      return depth > max ? { depth, line: lineNumber, kinds: { blocks, html, emphasis, brackets } } : undefined;
    };
    if (over()) return over();
    let spans: Map<number, number> | undefined;
    for (let i = prefix.length; i < line.length; i++) {
      const char = line[i] as string;
      if (char === '\\') {
        i++;
      } else if (char === '`') {
        // A code span is text: `<div>` in one opens nothing. Skip to its closing run of as many backticks.
        spans ??= codeSpanEnds(line);
        i = spans.get(i) ?? i;
        continue;
      } else if (char === '<') {
        TAG.lastIndex = i;
        const tag = TAG.exec(line);
        if (!tag) continue;
        const [text, closing, name, selfClosing] = tag as unknown as [string, string, string, string | undefined];
        if (!NOT_NESTING.has(name.toLowerCase()) && selfClosing !== '/') html = closing ? Math.max(0, html - 1) : html + 1;
        i += text.length - 1;
      } else if (char === '[') {
        brackets++;
      } else if (char === ']') {
        brackets = Math.max(0, brackets - 1);
      } else if (char === '*' || char === '_') {
        let end = i;
        while (line[end + 1] === char) end++;
        const run = end - i + 1;
        const before = i === prefix.length ? ' ' : (line[i - 1] as string);
        const after = end + 1 < line.length ? (line[end + 1] as string) : ' ';
        // Flanking as CommonMark defines it: a run can open when text follows it, and close when text precedes it.
        const opens = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
        const closes = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
        // A run that can do both closes what is open, or else opens.
        if (opens && (!closes || emphasis === 0)) emphasis += run;
        else if (closes) emphasis = Math.max(0, emphasis - run);
        i = end;
      } else {
        continue;
      }
      if (over()) return over();
    }
  }
  return undefined;
}

/**
 * For each backtick run that starts a line's code span or stands alone, where
 * to continue: the last backtick of the span's closing run (of as many
 * backticks, as CommonMark pairs them), or the run's own last backtick when
 * nothing on the line closes it (then it is plain text). One pass over the
 * runs, however many there are.
 * @example codeSpanEnds('a `<b>` c') // Map { 2 => 6 }
 */
export function codeSpanEnds(line: string): Map<number, number> {
  const runs: { start: number; end: number }[] = [];
  for (let i = line.indexOf('`'); i !== -1; i = line.indexOf('`', i + 1)) {
    const start = i;
    while (line[i + 1] === '`') i++;
    runs.push({ start, end: i });
  }
  // The runs of each length, in order, and how far each length's list has been passed.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const length = run.end - run.start + 1;
    const same = byLength.get(length);
    if (same) same.push(index);
    else byLength.set(length, [index]);
  });
  const passed = new Map<number, number>();
  const ends = new Map<number, number>();
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as { start: number; end: number };
    const length = run.end - run.start + 1;
    const same = byLength.get(length) as number[];
    let next = passed.get(length) ?? 0;
    while (next < same.length && (same[next] as number) <= k) next++;
    passed.set(length, next);
    const closing = same[next];
    if (closing === undefined) {
      ends.set(run.start, run.end);
    } else {
      ends.set(run.start, (runs[closing] as { end: number }).end);
      k = closing;
    }
  }
  return ends;
}
