/**
 * rehype-unique-ids: an article body is one part of a page, so its ids must
 * not repeat each other or the ids of the page around it (`main`, the search
 * box…). An author's "## Main" or an imported `<div id="site-search">` would
 * otherwise break the page's skip link or label. Clashing ids get the first
 * free `-1`, `-2`… suffix, and in-body `#fragment` links follow the first
 * element that had the id.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './tree-walk.ts';

/** Options for rehype-unique-ids. */
export interface UniqueIdsOptions {
  /** Ids the surrounding page uses; none by default. */
  reserved?: Iterable<string>;
}

/** The rehype plugin. */
export default function rehypeUniqueIds(options: UniqueIdsOptions = {}) {
  const reserved = new Set(options.reserved ?? []);
  return (tree: Root): void => {
    const taken = new Set<string>();
    const moved = new Map<string, string>();
    eachElement(tree, (node: Element) => {
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return;
      if (!reserved.has(id) && !taken.has(id)) {
        taken.add(id);
        return;
      }
      let n = 1;
      while (reserved.has(`${id}-${n}`) || taken.has(`${id}-${n}`)) n++;
      const unique = `${id}-${n}`;
      node.properties['id'] = unique;
      taken.add(unique);
      // Links to a reserved id meant this element; links to a repeated one meant the first.
      if (reserved.has(id) && !moved.has(id)) moved.set(id, unique);
    });
    if (moved.size === 0) return;
    eachElement(tree, (node: Element) => {
      const href = node.properties['href'];
      if (typeof href === 'string' && href.startsWith('#')) {
        const target = moved.get(decodeURIComponent(href.slice(1)));
        if (target) node.properties['href'] = `#${target}`;
      }
    });
  };
}
