/**
 * Splits an article file into its YAML frontmatter and Markdown body.
 *
 * YAML 1.2 (the `yaml` package's core schema) keeps `2021-02-30` as text
 * instead of turning it into a Date and rolling it into March, so the schema
 * sees dates exactly as written.
 */
import { parse, YAMLParseError } from 'yaml';

/** A split file, or why it could not be split. */
export type FrontmatterResult =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; problem: string };

/**
 * Reads `---` fenced YAML at the top of a Markdown file. Tolerates a UTF-8 BOM
 * and CRLF line ends. @example splitFrontmatter('---\ntitle: A\n---\nBody').ok // true
 */
export function splitFrontmatter(source: string): FrontmatterResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problem: 'the file is empty: expected frontmatter between --- lines, then the article' };
  if (!text.startsWith('---\n')) return { ok: false, problem: 'expected the file to start with a --- line opening the frontmatter' };
  const close = text.slice(4).search(/^---[ \t]*$/m);
  if (close === -1) return { ok: false, problem: 'the frontmatter is never closed: expected a second --- line after it' };
  const yaml = text.slice(4, 4 + close);
  const body = text.slice(4 + close).replace(/^---[ \t]*\n?/, '');
  let data: unknown;
  try {
    data = parse(yaml, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    return { ok: false, problem: `frontmatter is not valid YAML: ${detail}` };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problem: 'expected frontmatter fields (key: value) between the --- lines' };
  }
  return { ok: true, data: data as Record<string, unknown>, body };
}
