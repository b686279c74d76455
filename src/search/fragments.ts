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

/**
 * Every fragment of one bundle (`<site>/<dir>/fragment/`), with its file; none
 * for an empty index. A fragment that cannot be read (cut short, not gzip, no
 * URL) is handed to `onCorrupt` and skipped when it is given, else thrown.
 */
export function readBundleFragments(
  site: string,
  dir: string,
  onCorrupt?: (file: string, error: unknown) => void,
): { file: string; fragment: PagefindFragment }[] {
  const folder = join(site, dir, 'fragment');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .flatMap((name) => {
      const file = join(folder, name);
      try {
        const fragment = readFragment(file);
        if (typeof fragment.url !== 'string') throw new Error('it names no page');
        return [{ file, fragment }];
      } catch (error) {
        if (!onCorrupt) throw error;
        onCorrupt(file, error);
        return [];
      }
    });
}
