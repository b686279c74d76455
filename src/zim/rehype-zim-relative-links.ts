/**
 * Rehype plugin for ZIM pages: makes every internal URL relative and names
 * the file it means. Kiwix serves a ZIM under a prefix of its own
 * (`/<book>/` in kiwix-serve, other schemes in the apps), so a root-absolute
 * `/2024/03/` leaves the archive; and a ZIM has no directory index, so
 * `2024/03/` must become `2024/03/index.html`. Links to other sites, `data:`
 * URLs and bare fragments are left as they are.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { relativeUrl, siteTarget } from './site-paths.ts';

export interface Options {
  /** The page being rewritten, from the site root: `2024/03/index.html`. */
  page: string;
  /** The site's base path (`/` or `/archive/`); root-absolute URLs start with it. */
  base?: string;
}

/** hast property names holding one URL. */
const URL_PROPERTIES = ['href', 'src', 'action', 'poster', 'cite', 'data'] as const;

export default function rehypeZimRelativeLinks(options: Options) {
  const { page, base = '/' } = options;
  const rewrite = (url: string): string => {
    const target = siteTarget(url, page, base);
    return target ? relativeUrl(page, target) : url;
  };
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const { properties } = node;
      for (const name of URL_PROPERTIES) {
        const value = properties[name];
        if (typeof value === 'string') properties[name] = rewrite(value);
      }
      // srcset: comma-separated "url descriptor" candidates.
      const srcSet: unknown = properties['srcSet'];
      if (typeof srcSet === 'string' || Array.isArray(srcSet)) {
        const candidates =
          typeof srcSet === 'string' ? srcSet.split(',') : srcSet.map((candidate: unknown) => String(candidate));
        properties['srcSet'] = candidates
          .map((candidate) => {
            const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
            return [rewrite(url), ...descriptor].join(' ');
          })
          .join(', ');
      }
    });
  };
}
