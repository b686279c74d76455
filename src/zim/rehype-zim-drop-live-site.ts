/**
 * Rehype plugin for ZIM pages: removes what points at files the ZIM leaves
 * out (src/zim/select.ts): the feed and sitemap `<link>`s, the footer's and
 * listings' feed links, the service worker declaration. A link to a file that is not there
 * would be a broken link in Kiwix and an error in zimcheck.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';
import { siteTarget } from './site-paths.ts';

export interface Options {
  /** The page being rewritten, from the site root: `2024/03/index.html`. */
  page: string;
  /** The site's base path (`/` or `/archive/`). */
  base?: string;
  /** Whether a file of the site (path from its root) is in the ZIM. */
  inZim: (path: string) => boolean;
}

/** The URL an element points at, for the elements that lead or load somewhere. */
function pointsAt(node: Element): string | undefined {
  const { tagName, properties } = node;
  const url =
    tagName === 'a' || tagName === 'link'
      ? properties['href']
      : tagName === 'script'
        ? properties['src']
        : tagName === 'meta' && properties['name'] === 'service-worker'
          ? properties['content']
          : undefined;
  return typeof url === 'string' ? url : undefined;
}

/** Paragraphs and list items whose links all lead out of the ZIM ("Follow: RSS · Atom") go whole: their text was about those links. */
const CONTAINERS = new Set(['p', 'li']);

/** Removes elements pointing at files outside the ZIM, and paragraphs and list items left with nothing to link to. */
export default function rehypeZimDropLiveSite(options: Options) {
  const { page, base = '/', inZim } = options;
  const leftOut = (node: Element) => {
    const url = pointsAt(node);
    const target = url === undefined ? undefined : siteTarget(url, page, base);
    return target !== undefined && !inZim(target.path);
  };
  const emptied = (node: Element) => {
    if (!CONTAINERS.has(node.tagName)) return false;
    const links = selectAll('a[href]', node);
    return links.length > 0 && links.every(leftOut);
  };
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (leftOut(node) || emptied(node)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
