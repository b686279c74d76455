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
import { FALLBACK_MESSAGES } from '../i18n/find-language.ts';
import type { MessageKey } from '../i18n/locales/en.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';

export interface Options {
  /** The page being rewritten, from the site root. */
  page: string;
  /** The site's base path (`/` or `/archive/`). */
  base?: string;
  /** The site's search page, from the site root. Default `search/index.html`. */
  searchPage?: string;
  /** The interface text in the site's language (default English). */
  t?: Translate<MessageKey> | undefined;
}

const english = createTranslator<MessageKey>({ lang: 'en', table: FALLBACK_MESSAGES, fallback: FALLBACK_MESSAGES });

/** What the search page says in the ZIM; its links are root-absolute, made relative by rehype-zim-relative-links. */
export function kiwixSearchNotice(base: string, t: Translate<MessageKey> = english): ElementContent[] {
  return [
    h('h1', { className: ['page-title'] }, t('search.heading')),
    h('p', { id: 'kiwix-search' }, t('zim.searchHelp')),
    h('p', [
      // A full-width colon carries its own space.
      t('zim.browse').endsWith('：') ? t('zim.browse') : `${t('zim.browse')} `,
      h('a', { href: `${base}archive/` }, t('nav.archive')),
      ' · ',
      h('a', { href: `${base}sections/` }, t('nav.sections')),
    ]),
  ];
}

export default function rehypeZimSearch(options: Options) {
  const { page, base = '/', searchPage = 'search/index.html', t } = options;
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
        node.children = kiwixSearchNotice(base, t);
        return SKIP;
      }
      return undefined;
    });
  };
}
