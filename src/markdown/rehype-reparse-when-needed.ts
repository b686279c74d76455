/**
 * rehype-reparse-when-needed: Astro's unified renderer, which rendered our
 * bodies before Sätteri, ends every tree with a pass through an HTML parser
 * (rehype-raw, parse5). Our HTML is defined by that pass, so this keeps it,
 * but only for the trees it changes, because it costs about a third of the
 * rendering time. It changes a tree that held raw HTML (parse5 rebuilds the
 * structure, e.g. links nested by a heading anchor), one with `data-*` flags
 * (footnotes' `data-footnote-ref` comes out as `data-footnote-ref=""`), and a
 * code block starting with a line break (parse5 drops the first one).
 * tests/unit/markdown/parser-differential.test.ts checks that no other tree
 * comes out differently.
 */
import type { Element, Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { eachElement, STOP } from './tree-walk.ts';
import type { VFile } from 'vfile';
import { RAW_HTML_SEEN } from './rehype-raw-when-present.ts';

/** The first text inside an element, following first children. */
function leadingText(node: Nodes): string {
  let current: Nodes | undefined = node;
  while (current && 'children' in current) current = current.children[0];
  return current?.type === 'text' ? current.value : '';
}

/** Whether an HTML parser would give this tree back differently. */
export function changedByReparse(tree: Root): boolean {
  let changed = false;
  eachElement(tree, (node: Element) => {
    const flagged = Object.entries(node.properties).some(([name, value]) => value === true && name.startsWith('data'));
    if (flagged || (node.tagName === 'pre' && /^(?:\r\n|\r|\n)/.test(leadingText(node)))) {
      changed = true;
      return STOP;
    }
    return undefined;
  });
  return changed;
}

/** The rehype plugin. Takes no options. */
export default function rehypeReparseWhenNeeded() {
  const reparse = rehypeRaw();
  return (tree: Root, file: VFile): Root =>
    file.data[RAW_HTML_SEEN] === true || changedByReparse(tree) ? reparse(tree, file) : tree;
}
