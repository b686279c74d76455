/**
 * Fixture cases for the Markdown plugins, read from
 * `tests/fixtures/markdown/<plugin>/<case>/`: `input.md`, the whole expected
 * `output.html` (or `data.json` for a plugin whose result is data, not HTML),
 * and an optional `options.json` handed to the plugin. One folder a
 * behaviour, named for it, so a plugin's test file only says how to run it.
 * Also the minimal unified pipeline each plugin is run in, alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { projectRoot } from './build.ts';

/** Where the plugins' fixture folders live. */
export const MARKDOWN_FIXTURES = join(projectRoot, 'tests', 'fixtures', 'markdown');

/** One fixture case of a plugin. */
export interface MarkdownCase {
  /** The folder's name: the behaviour it shows. */
  name: string;
  input: string;
  /** Whole expected HTML, without the file's final newline; '' when the case has none. */
  output: string;
  /** Parsed `data.json`, when the case has one. */
  data: unknown;
  /** Parsed `options.json`, when the case has one. */
  options: Record<string, unknown> | undefined;
}

/** Text of a fixture file without its final newline (editors add one; the HTML has none). */
function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (cause) {
    throw new Error(`${path} is not valid JSON: fix the fixture file`, { cause });
  }
}

/**
 * Every case of a plugin, in folder-name order. Throws when the plugin has no
 * folder or a case lacks its input or expected result, so a misnamed folder
 * cannot turn a test file into one that runs nothing.
 */
export function markdownCases(plugin: string): MarkdownCase[] {
  const dir = join(MARKDOWN_FIXTURES, plugin);
  if (!existsSync(dir)) throw new Error(`no fixture folder ${dir}: create it with one sub-folder per case`);
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name): MarkdownCase => {
      const at = (file: string) => join(dir, name, file);
      if (!existsSync(at('input.md'))) throw new Error(`${at('input.md')} is missing: each case needs its input`);
      const hasOutput = existsSync(at('output.html'));
      const hasData = existsSync(at('data.json'));
      if (!hasOutput && !hasData)
        throw new Error(`${join(dir, name)} has neither output.html nor data.json to compare`);
      return {
        name,
        input: readText(at('input.md')),
        output: hasOutput ? readText(at('output.html')) : '',
        data: hasData ? readJson(at('data.json')) : undefined,
        options: existsSync(at('options.json')) ? (readJson(at('options.json')) as Record<string, unknown>) : undefined,
      };
    });
  if (cases.length === 0) throw new Error(`${dir} holds no case folder`);
  return cases;
}

/** Plugins to run around the Markdown → HTML step of the minimal pipeline. */
export interface MinimalPipeline {
  /** remark plugins, after remark-parse and remark-gfm. */
  remark?: PluggableList;
  /** rehype plugins, after remark-rehype (raw HTML kept as `raw` nodes for them or rehype-raw). */
  rehype?: PluggableList;
  /** Data the file starts with (as the content loader hands over `astro.frontmatter`). */
  data?: Record<string, unknown>;
}

/**
 * Runs Markdown through remark-parse and remark-gfm (the reference parser, as
 * in Astro's unified renderer), the given plugins, remark-rehype and
 * rehype-stringify. Raw HTML no rehype plugin parsed comes out escaped, so a
 * fixture shows whether it was parsed.
 */
export function renderMinimal(markdown: string, pipeline: MinimalPipeline = {}): { html: string; file: VFile } {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(pipeline.remark ?? [])
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(pipeline.rehype ?? [])
    .use(rehypeStringify)
    .processSync(new VFile({ value: markdown, data: pipeline.data ?? {} }));
  return { html: String(file.value), file };
}
