/**
 * Rehype plugin for ZIM pages: what Kiwix's full-text index (built by
 * zimwriterfs with libzim's Xapian indexer) holds of the page, and under which
 * title. The index gets what the site's own search gets, so a search finds
 * the article that says a word, not every page that lists it:
 * - an article's entry title is its headline alone (zimwriterfs reads `<title>`,
 *   which on the site is "Headline · Site");
 * - an article is indexed from its body (`data-pagefind-body`) without the parts
 *   the site's search ignores (`data-pagefind-ignore`): the rest of the page
 *   (masthead, related coverage, footer) sits between `htdig_noindex` comments,
 *   which libzim's HTML parser honours;
 * - every other page (home, listings, indexes) asks not to be indexed at all
 *   (`<meta name="robots" content="noindex">`).
 * Article pages are known by `og:type` = `article`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** Set by rehype-zim-index-entry: whether the page is an article, so in Kiwix's full-text index. */
    zimArticle: boolean;
  }
}

/** Comments that stop and restart libzim's indexer (from Xapian Omega's HTML parser). */
export const NOINDEX_START = 'htdig_noindex';
export const NOINDEX_END = '/htdig_noindex';
const comment = (value: string): ElementContent => ({ type: 'comment', value });

const metaContent = (tree: Root, selector: string): string | undefined => {
  const content = select(selector, tree)?.properties['content'];
  return typeof content === 'string' ? content : undefined;
};

/** Leaves only the body of the article, less its ignored parts, to the indexer. */
function indexBodyOnly(body: Element, article: Element): void {
  body.children.unshift(comment(NOINDEX_START));
  body.children.push(comment(NOINDEX_END));
  visit(article, 'element', (node, index, parent) => {
    if (node === article || !parent || index === undefined || node.properties['dataPagefindIgnore'] === undefined)
      return undefined;
    parent.children.splice(index, 1, comment(NOINDEX_START), node, comment(NOINDEX_END));
    return [SKIP, index + 3];
  });
  article.children.unshift(comment(NOINDEX_END));
  article.children.push(comment(NOINDEX_START));
}

export default function rehypeZimIndexEntry() {
  return (tree: Root, file: VFile) => {
    const isArticle = metaContent(tree, 'meta[property="og:type"]') === 'article';
    file.data.zimArticle = isArticle;
    const head = select('head', tree);
    const body = select('body', tree);
    if (!head || !body) return;
    if (!isArticle) {
      if (!select('meta[name="robots"]', tree)) head.children.push(h('meta', { name: 'robots', content: 'noindex' }));
      return;
    }
    const headline = metaContent(tree, 'meta[property="og:title"]');
    const title = select('title', tree);
    if (headline && title && toString(title) !== headline) title.children = [{ type: 'text', value: headline }];
    const article = select('[data-pagefind-body]', tree);
    if (article) indexBodyOnly(body, article);
  };
}
