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
  const fenced = fences(source);
  if ('problem' in fenced) return { ok: false, problem: fenced.problem };
  const { yaml, body } = fenced;
  let data: unknown;
  try {
    data = parse(yaml, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    return { ok: false, problem: yamlProblem(error, yaml) };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problem: 'expected frontmatter fields (key: value) between the --- lines' };
  }
  return { ok: true, data: data as Record<string, unknown>, body };
}

/**
 * The body of an article file, without reading its frontmatter: what
 * splitFrontmatter gives as `body` for the same text. For a file already
 * validated, whose body is rendered apart from its fields (in a worker thread).
 * @example articleBody('---\ntitle: A\n---\nBody') // 'Body'
 */
export function articleBody(source: string): string | undefined {
  const fenced = fences(source);
  return 'problem' in fenced ? undefined : fenced.body;
}

/**
 * The frontmatter's YAML text and the body, line ends made `\n`, letters composed (NFC, as the importer writes them
 * and as the search page reads a query: য় typed as one character or as য and its dot is one word); or why the
 * file has no frontmatter.
 */
function fences(source: string): { yaml: string; body: string } | { problem: string } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') return { problem: 'the file is empty: expected frontmatter between --- lines, then the article' };
  if (!text.startsWith('---\n')) return { problem: 'expected the file to start with a --- line opening the frontmatter' };
  const close = text.slice(4).search(/^---[ \t]*$/m);
  if (close === -1) return { problem: 'the frontmatter is never closed: expected a second --- line after it' };
  return { yaml: text.slice(4, 4 + close), body: text.slice(4 + close).replace(/^---[ \t]*\n?/, '') };
}

/**
 * A YAML error as one line a newsroom can act on: the line of the file (the
 * opening --- is line 1), what the parser found, the line as written, and the
 * usual fix for the usual mistakes (an apostrophe inside single quotes, an
 * unquoted " : ", as French titles have).
 */
function yamlProblem(error: unknown, yaml: string): string {
  if (!(error instanceof YAMLParseError)) return `frontmatter is not valid YAML: ${String(error)}`;
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const yamlLine = error.linePos?.[0].line;
  if (yamlLine === undefined) return `frontmatter is not valid YAML: ${reason}`;
  const written = yaml.split('\n')[yamlLine - 1] ?? '';
  const value = /^\s*[^:#]+:\s*(.*)$/.exec(written)?.[1] ?? '';
  const hint = value.startsWith("'")
    ? ": a ' inside single quotes ends the text; put the value in double quotes, or write '' for an apostrophe"
    : value !== '' && !/^["'[{|>]/.test(value) && / :|: /.test(value)
      ? ': a value with " : " in it must be quoted; put it in double quotes'
      : '';
  const shown = written.trim() === '' ? '' : ` (the line reads ${JSON.stringify(written.trim())})`;
  return `frontmatter is not valid YAML at line ${yamlLine + 1}: ${reason}${shown}${hint}`;
}
