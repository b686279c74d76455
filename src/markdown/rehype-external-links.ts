/**
 * rehype-external-links: links that leave the site get `rel="noopener noreferrer"`,
 * so an archived page can neither be scripted by
 * the page it opens nor leak the reader's path to it.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './tree-walk.ts';
import { leavesSite } from '../lib/urls.ts';

/**
 * Whether an href leaves the site: absolute, protocol-relative, or a spelling
 * browsers read as another host (`/\host`, `\\host`, `/%5Chost`).
 */
export function isExternalHref(href: string): boolean {
  return leavesSite(href);
}

/** The rehype plugin. */
export default function rehypeExternalLinks() {
  const wanted = ['noopener', 'noreferrer'];
  return (tree: Root): void => {
    eachElement(tree, (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href)) return;
      const existing = node.properties['rel'];
      const rel =
        existing === undefined || existing === null
          ? []
          : Array.isArray(existing)
            ? existing.map(String)
            : String(existing).split(/\s+/);
      node.properties['rel'] = [...new Set([...rel.filter(Boolean), ...wanted])];
    });
  };
}
