/** Changes to a parsed page or story that several importer steps make. */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** Takes an element, with everything in it, out of the tree (a story, or an element of it). */
export function removeNode(tree: Root | Element, target: Element): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node !== target || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
