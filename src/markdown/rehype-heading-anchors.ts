/**
 * rehype-heading-anchors: every heading with an `id` (see rehype-slug) gets a
 * link to itself, so a reader can cite a passage of a long article. The link
 * is hidden from screen readers' flow (the heading is already announced),
 * and from the search index: its "#" is no word of the article (it showed in
 * result excerpts as "… Patientenakten # Einrichtungsübergreifende …").
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { eachElement } from './tree-walk.ts';

/** The anchor's class (styled in site.css) and its visible text. */
const ANCHOR_CLASS = 'heading-anchor';
const ANCHOR_TEXT = '#';

/** The rehype plugin. */
export default function rehypeHeadingAnchors() {
  return (tree: Root): void => {
    eachElement(tree, (node: Element) => {
      const id = node.properties['id'];
      if (!headingRank(node) || typeof id !== 'string' || id === '') return;
      // Never add a second anchor (re-rendering, or an author's own link).
      if (node.children.some((child) => child.type === 'element' && child.tagName === 'a')) return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: [ANCHOR_CLASS],
          ariaHidden: 'true',
          tabIndex: -1,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: ANCHOR_TEXT }],
      });
    });
  };
}
