/**
 * Limits on an article body, checked on the raw text before any parsing.
 * Markdown parsers slow down sharply with nesting depth (a 2 MB body of ~1,400
 * nested list levels takes minutes, then overflows the stack), so deep nesting
 * is refused with a clear message instead of hanging the build.
 */

/** Block quote and list markers at the start of a line (a list marker needs a space after it; `>` does not). */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*/;
const CONTAINER_MARKER = />|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/g;

/** Deepest nesting accepted (indentation levels of lists, or `>` quote levels). */
export const MAX_NESTING = 64;

/**
 * Why a body is refused, or undefined when it is fine.
 * @example bodyLimitProblem('- a\n  - b') // undefined
 */
export function bodyLimitProblem(body: string, maxNesting = MAX_NESTING): string | undefined {
  let deepest = 0;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    // Indentation inside fenced code is text, not nesting.
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const width = indent.replace(/\t/g, '    ').length;
    // Each list level indents by at least two columns; and containers can also
    // open on one line: "> - > - x" or "- - - x" nest once per marker.
    const markers = CONTAINER_PREFIX.exec(line)?.[0].match(CONTAINER_MARKER)?.length ?? 0;
    deepest = Math.max(deepest, Math.floor(width / 2) + markers, markers);
    if (deepest > maxNesting) {
      return `the body nests lists or quotes more than ${maxNesting} levels deep: flatten it (deeper nesting cannot be rendered safely)`;
    }
  }
  return undefined;
}
