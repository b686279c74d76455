/**
 * One HTML page of the built site, rewritten for the ZIM: the rehype plugins
 * of src/zim/ run over its parsed tree, in an order that matters (links to
 * left-out files go first, links are made relative last, after the search
 * notice has added its own).
 */
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeZimCsp from './rehype-zim-csp.ts';
import rehypeZimDropLiveSite from './rehype-zim-drop-live-site.ts';
import rehypeZimIndexEntry from './rehype-zim-index-entry.ts';
import rehypeZimRelativeLinks from './rehype-zim-relative-links.ts';
import rehypeZimSearch from './rehype-zim-search.ts';
import type { MessageKey } from '../i18n/locales/en.ts';
import type { Translate } from '../i18n/translate.ts';

export interface PageOptions {
  /** The page, from the site root: `2024/03/index.html`. */
  page: string;
  /** The site's base path (`/` or `/archive/`). */
  base: string;
  /** Whether a file of the site is in the ZIM (src/zim/select.ts). */
  inZim: (path: string) => boolean;
  /** The interface text in the site's language, for what the ZIM's pages say of their own (default English). */
  t?: Translate<MessageKey> | undefined;
}

/** The page's HTML as it goes into the ZIM, and whether it is an article (indexed for Kiwix's search). */
export function zimPage(html: string, options: PageOptions): { html: string; article: boolean } {
  const { page, base, inZim, t } = options;
  const file = unified()
    .use(rehypeParse)
    .use(rehypeZimDropLiveSite, { page, base, inZim })
    .use(rehypeZimSearch, { page, base, t })
    .use(rehypeZimIndexEntry)
    .use(rehypeZimCsp)
    .use(rehypeZimRelativeLinks, { page, base })
    .use(rehypeStringify)
    .processSync(html);
  return { html: String(file), article: file.data.zimArticle === true };
}
