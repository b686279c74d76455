/**
 * Text as a regular expression that matches it literally, whatever its characters.
 * @example escapeRegExp('US$5 (x)') // 'US\\$5 \\(x\\)'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
