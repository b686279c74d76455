/**
 * Rehype plugin for ZIM pages: hands search to Kiwix. The site's own search
 * (Pagefind, run in the browser) cannot work in a ZIM: it loads its index and
 * manifest from the site's root, which Kiwix does not serve (it serves the
 * archive under `/<book>/`, and apps under schemes of their own), and its
 * results are root-absolute links. Every Kiwix reader searches a ZIM with the
 * full-text index zimwriterfs builds, so in the ZIM the masthead's search form
 * goes, and the search page says where Kiwix's search box is.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { siteTarget } from './site-paths.ts';

export interface Options {
  /** The page being rewritten, from the site root. */
  page: string;
  /** The site's base path (`/` or `/archive/`). */
  base?: string;
  /** The site's search page, from the site root. Default `search/index.html`. */
  searchPage?: string;
}

/** What the search page says in the ZIM; its links are root-absolute, made relative by rehype-zim-relative-links. */
export function kiwixSearchNotice(base: string): ElementContent[] {
  return [
    h('h1', { className: ['page-title'] }, 'Search the archive'),
    h('p', { id: 'kiwix-search' }, [
      'This copy of the archive is a ZIM file, read in Kiwix. Search it with Kiwix’s own search: the search box at the top of the page in a browser (kiwix-serve), or the search button of the Kiwix app. ',
      'Every article is in its index, under its headline.',
    ]),
    h('p', [
      'You can also browse every article ',
      h('a', { href: `${base}archive/` }, 'by date'),
      ' or ',
      h('a', { href: `${base}sections/` }, 'by section'),
      '.',
    ]),
  ];
}

export default function rehypeZimSearch(options: Options) {
  const { page, base = '/', searchPage = 'search/index.html' } = options;
  const isSearch = (url: unknown) => typeof url === 'string' && siteTarget(url, page, base)?.path === searchPage;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const dropped =
        (node.tagName === 'form' && isSearch(node.properties['action'])) ||
        (page === searchPage && node.tagName === 'script');
      if (dropped) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (page === searchPage && node.tagName === 'main') {
        node.children = kiwixSearchNotice(base);
        return SKIP;
      }
      return undefined;
    });
  };
}
