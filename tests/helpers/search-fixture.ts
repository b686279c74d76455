/**
 * The search fixture archive (tests/fixtures/search/articles) read back from
 * its files, so browser tests derive what a search should find from the
 * articles themselves instead of from hard-coded lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './build.ts';
import { typeset } from '../../src/markdown/remark-typography.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';

export const SEARCH_FIXTURE = 'tests/fixtures/search/articles';

export interface FixtureArticle {
  /** The headline as pages show it: set in the article's typography (Fishermen’s, not Fishermen's). */
  title: string;
  /** `YYYY-MM-DD`, as written. */
  day: string;
  /** Milliseconds, for ordering. */
  time: number;
  section: string;
  authors: string[];
  tags: string[];
  year: string;
  source?: string;
  lang: string;
  /** Title and body text. */
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

/** Every article of the fixture. */
export function searchFixture(): FixtureArticle[] {
  return walk(join(projectRoot, SEARCH_FIXTURE)).map((file) => {
    const [, yaml = '', body = ''] = readFileSync(file, 'utf8').split(/^---$/m);
    const data = parse(yaml) as Record<string, unknown>;
    const date = String(data['date']);
    const lang = typeof data['lang'] === 'string' ? data['lang'] : 'en';
    return {
      title: typeset(String(data['title']), '', typographyStyle(lang)),
      day: date.slice(0, 10),
      time: Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date),
      section: String(data['section']),
      authors: (data['authors'] as string[] | undefined) ?? [],
      tags: (data['tags'] as string[] | undefined) ?? [],
      year: date.slice(0, 4),
      ...(data['source'] ? { source: String((data['source'] as { name: string }).name) } : {}),
      lang,
      text: `${String(data['title'])}\n${body}`,
    };
  });
}
