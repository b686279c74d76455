/** Changes to a parsed page or story that several importer steps make. */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** Takes an element, with everything in it, out of the tree. */
export function removeNode(tree: Root, target: Element): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node !== target || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
