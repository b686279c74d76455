/**
 * Depth-first walks over unist trees (mdast and hast), in document order:
 * the one walk our remark and rehype plugins share. unist-util-visit does the
 * same, but makes a closure and an array of ancestors for every node it
 * passes; a body goes through about ten walks, and in a profile of the
 * Markdown phase they were 1 ms of each body's 1.7 ms. A plain loop over the
 * same trees is about 50 times cheaper (docs/benchmarks.md, session 17).
 */
import type { Element, Nodes as HastNodes, Text } from 'hast';
import type { Node, Parent } from 'unist';

/** A visitor's answer that ends the walk. */
export const STOP = false;

/**
 * What a visitor answers: nothing, to go on into the node's children; STOP,
 * to end the walk; or the index in the parent to go on from, when it put
 * other nodes in the node's place (neither it nor they are walked into).
 */
export type WalkAnswer = undefined | void | typeof STOP | number;

/** Visits one node: its index in its parent and the parent (undefined for the tree itself). */
export type Visitor<N = Node> = (node: N, index: number | undefined, parent: Parent | undefined) => WalkAnswer;

/** Walks the children of `parent`; false when a visitor stopped the walk. */
function walkChildren(parent: Parent, visit: Visitor): boolean {
  const children = parent.children;
  // The length is read again at each step: a visitor may replace a node by several.
  for (let index = 0; index < children.length;) {
    const node = children[index] as Node;
    const answer = visit(node, index, parent);
    if (answer === STOP) return false;
    if (typeof answer === 'number') {
      index = answer;
      continue;
    }
    if ('children' in node && !walkChildren(node as Parent, visit)) return false;
    index++;
  }
  return true;
}

/**
 * Visits `tree` and every node below it, parents before their children, in
 * document order. A node's children are read after it is visited: children a
 * visitor adds are walked too.
 * @example walk(tree, (node) => { if (node.type === 'text') count++; });
 */
export function walk(tree: Node, visit: Visitor): void {
  const answer = visit(tree, undefined, undefined);
  if (answer === STOP || typeof answer === 'number') return;
  if ('children' in tree) walkChildren(tree as Parent, visit);
}

/** Visits every element of a hast tree, as walk does. */
export function eachElement(tree: HastNodes, visit: Visitor<Element>): void {
  walk(tree, (node, index, parent) => (node.type === 'element' ? visit(node as Element, index, parent) : undefined));
}

/** Visits every text node of a hast tree, as walk does. */
export function eachText(tree: HastNodes, visit: Visitor<Text>): void {
  walk(tree, (node, index, parent) => (node.type === 'text' ? visit(node as Text, index, parent) : undefined));
}
