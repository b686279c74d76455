/**
 * rehype-base-links: root-relative links and images in an article body
 * (`/2020/`, `/images/x.jpg`) are written for a site at the root of its domain;
 * under a sub-path (GitHub Pages) they would point outside the site. This
 * prefixes them with the site's base. Relative, absolute and fragment URLs are
 * left alone, and a URL already under the base is not prefixed twice.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './tree-walk.ts';
import { normalizeBase } from '../lib/base.ts';
import { withBase } from '../lib/urls.ts';

/** Options for rehype-base-links. */
export interface BaseLinksOptions {
  /** The site's base path. Default `/` (nothing to do). */
  base?: string;
}

const URL_PROPERTIES = ['href', 'src', 'poster'] as const;

/**
 * Prefixes one URL with the base when it is root-relative.
 * @example withBasePrefix('/2020/', '/clips/') // '/clips/2020/'
 */
export function withBasePrefix(url: string, base: string): string {
  const prefix = normalizeBase(base);
  // An author who wrote the base already meant it: the one rule bodies add to withBase.
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(prefix)) return url;
  return withBase(prefix, url);
}

/** The rehype plugin. */
export default function rehypeBaseLinks(options: BaseLinksOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root): void => {
    if (base === '/' || base === '') return;
    eachElement(tree, (node: Element) => {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = withBasePrefix(value, base);
      }
    });
  };
}
