/**
 * The search fixture archive (tests/fixtures/search/articles) read back from
 * its files, so browser tests derive what a search should find from the
 * articles themselves instead of from hard-coded lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './build.ts';

export const SEARCH_FIXTURE = 'tests/fixtures/search/articles';

export interface FixtureArticle {
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
    return {
      title: String(data['title']),
      day: date.slice(0, 10),
      time: Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date),
      section: String(data['section']),
      authors: (data['authors'] as string[] | undefined) ?? [],
      tags: (data['tags'] as string[] | undefined) ?? [],
      year: date.slice(0, 4),
      ...(data['source'] ? { source: String((data['source'] as { name: string }).name) } : {}),
      lang: typeof data['lang'] === 'string' ? data['lang'] : 'en',
      text: `${String(data['title'])}\n${body}`,
    };
  });
}
