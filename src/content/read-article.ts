/**
 * From an article file to the record the site is built from: validation with
 * every problem reported, derived slug and URL, and URL clashes across files.
 * Pure: the loader does the reading and rendering.
 */
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { bodyLimitProblem } from './body-limits.ts';
import { missingImages, type SiteFiles } from './image-files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { DEFAULT_BODY_LIMITS, segmentProblem, type BodyLimits } from '../lib/limits.ts';
import { slugFromFileName } from '../lib/slugs.ts';
import { articlePath } from '../lib/urls.ts';

/** A valid article before rendering. */
export interface ArticleSource {
  /** Path as given (relative to the project, for messages). */
  file: string;
  frontmatter: ArticleFrontmatter;
  slug: string;
  /** Site path, without base: `/YYYY/MM/DD/<slug>/`. */
  url: string;
  body: string;
}

/** One problem in one file. */
export interface ArticleProblem {
  file: string;
  /** Dotted field path (`source.url`), or empty for the whole file. */
  field: string;
  message: string;
}

/**
 * Validates one file's text: every field and the body's limits, all problems
 * at once. `limits` comes from the run's settings (see bodyLimitsFrom);
 * `siteLang` is the language of an article that names none (site.json's);
 * `siteFiles`, when given, are the site's own files, which the pictures a
 * published article shows must be among (see image-files.ts).
 */
export function readArticleSource(
  file: string,
  source: string,
  limits: BodyLimits = DEFAULT_BODY_LIMITS,
  siteLang = 'en',
  siteFiles?: SiteFiles,
): { article: ArticleSource } | { problems: ArticleProblem[] } {
  const split = splitFrontmatter(source);
  if (!split.ok) return { problems: [{ file, field: '', message: split.problem }] };
  const parsed = articleSchema.safeParse(split.data);
  const problems: ArticleProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.'), message: issue.message }));
  const tooBig = bodyLimitProblem(split.body, limits);
  if (tooBig) problems.push({ file, field: 'body', message: tooBig });
  // Not for a draft (never built), nor for a body over the limit (never read further).
  if (siteFiles && split.data['draft'] !== true && !tooBig) {
    const lead = (split.data['image'] as { src?: unknown } | undefined)?.src;
    const missing = missingImages(split.body, bodyStartLine(source, split.body), lead, siteFiles);
    problems.push(...missing.map((problem) => ({ file, ...problem })));
  }
  if (!parsed.success) return { problems };
  const frontmatter: ArticleFrontmatter = { ...parsed.data, lang: parsed.data.lang ?? siteLang };
  const slug = frontmatter.slug ?? slugFromFileName(file);
  if (slug === '') {
    problems.push({ file, field: 'slug', message: 'the file name has no letter or digit to make a URL from: add a slug field (e.g. slug: budget-vote)' });
  }
  // A slug field was checked by the schema; one made from the file name is checked here.
  const longSlug = frontmatter.slug ? undefined : segmentProblem(slug);
  if (longSlug) problems.push({ file, field: 'slug', message: `the file name ${longSlug}, or add a shorter slug field` });
  if (problems.length > 0) return { problems };
  return { article: { file, frontmatter, slug, url: articlePath(frontmatter.date.day, slug), body: split.body } };
}

/** The file's line (1-based) a body split from it starts on: the body is the end of the file's text. */
function bodyStartLine(source: string, body: string): number {
  const lines = (text: string) => (text === '' ? 0 : text.split('\n').length);
  const fileLines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').length;
  return fileLines - lines(body) + 1;
}

/** Reports every URL claimed by more than one article, naming all the files. */
export function findUrlClashes(articles: readonly Pick<ArticleSource, 'file' | 'url'>[]): ArticleProblem[] {
  const byUrl = new Map<string, string[]>();
  for (const { file, url } of articles) byUrl.set(url, [...(byUrl.get(url) ?? []), file]);
  return [...byUrl]
    .filter(([, files]) => files.length > 1)
    .flatMap(([url, files]) =>
      files.map((file) => ({
        file,
        field: 'slug',
        message: `${url} is also the URL of ${files.filter((other) => other !== file).join(', ')}: give one of them another slug`,
      })),
    );
}

/** One readable report of all problems, grouped by file. */
export function formatProblems(problems: readonly ArticleProblem[]): string {
  const byFile = new Map<string, ArticleProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines = [`${byFile.size} article file${byFile.size === 1 ? ' has' : 's have'} problems:`];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${file}`);
    for (const { field, message } of list) lines.push(`    - ${field ? `${field}: ` : ''}${message}`);
  }
  return lines.join('\n');
}
