/**
 * Reads Pagefind's fragment files: one per indexed page, holding the record a
 * search result shows. Verification and the tests read what the index says
 * about a page through this one reader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The parts of a fragment this project reads. */
export interface PagefindFragment {
  /** The page's URL as the browser will request it (base included). */
  url: string;
  /** The indexed text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One fragment file: gzipped JSON behind a `pagefind_dcd` marker. */
export function readFragment(file: string): PagefindFragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
}

/** Every fragment of one bundle (`<site>/<dir>/fragment/`), with its file; none for an empty index. */
export function readBundleFragments(site: string, dir: string): { file: string; fragment: PagefindFragment }[] {
  const folder = join(site, dir, 'fragment');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => ({ file: join(folder, name), fragment: readFragment(join(folder, name)) }));
}
