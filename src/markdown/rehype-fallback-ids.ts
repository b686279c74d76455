/**
 * rehype-fallback-ids: rehype-slug makes a heading's id from its letters and
 * digits, so `## 🎉` got `id=""` (and the next one `-1`), and an empty `id=""`
 * written in raw HTML stayed too: a page with two of them failed the build as
 * a repeated id. Here an empty id is removed, and a heading whose id has no
 * letter or digit gets `section-<n>`, n its place among the body's headings,
 * which stays the same as long as the headings before it do.
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { eachElement } from './tree-walk.ts';

/** Start of a fallback heading id. */
const PREFIX = 'section';

/** The rehype plugin; runs after rehype-slug and before rehype-unique-ids. Takes no options. */
export default function rehypeFallbackIds() {
  return (tree: Root): void => {
    let headings = 0;
    eachElement(tree, (node: Element) => {
      const id = node.properties['id'];
      const rank = headingRank(node);
      if (rank) headings++;
      if (id === undefined || id === null) return;
      // rehype-slug numbers repeats (`-1`, `-2`): a number alone is no name either.
      if (typeof id === 'string' && /[\p{L}\p{N}]/u.test(id.replace(/^-\d+$/, ''))) return;
      if (rank) node.properties['id'] = `${PREFIX}-${headings}`;
      else delete node.properties['id'];
    });
  };
}
