/**
 * rehype-raw, run only on trees that hold raw HTML. Re-parsing a whole body
 * through an HTML parser is what turns raw HTML into elements the sanitizer
 * can see; a body written in plain Markdown has none, and its tree is already
 * well formed, so the pass would cost time (about a tenth of rendering) for
 * nothing.
 *
 * Raw `<input>`s (of any type, from a web page an article was imported from)
 * are dropped here, their surrounding text kept. The sanitizer cannot do it:
 * it must keep the checkboxes of GFM task lists (`- [ ]`, `- [x]`), and an
 * `<input>` looks the same whichever wrote it. Here they can be told apart:
 * before the parse, every input in the tree is one Markdown made.
 */
import type { Element, Nodes, Properties, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';

/** Whether any node of the tree is raw HTML. */
export function hasRawHtml(node: Nodes): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some((child) => hasRawHtml(child));
}

/** Key of `file.data` set to true when the tree held raw HTML (see rehype-reparse-when-needed.ts). */
export const RAW_HTML_SEEN = 'rawHtmlSeen';

/**
 * The node a task list's checkbox becomes while raw HTML is parsed: passed
 * through the parser untouched, and of a type no HTML can produce.
 */
interface MarkdownCheckbox {
  type: 'markdownCheckbox';
  properties: Properties;
}

/** Replaces, at any depth, each node `replace` gives a list for by that list (empty: removed). */
function replaceNodes(parent: Root | Element, replace: (node: RootContent) => RootContent[] | undefined): void {
  parent.children = parent.children.flatMap((child) => {
    const replaced = replace(child);
    if (replaced) return replaced;
    if (child.type === 'element') replaceNodes(child, replace);
    return [child];
  });
}

const isInput = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'input';

/** The rehype plugin. Takes no options. */
export default function rehypeRawWhenPresent() {
  const reparse = rehypeRaw({ passThrough: ['markdownCheckbox'] });
  return (tree: Root, file: VFile): Root => {
    if (!hasRawHtml(tree)) return tree;
    file.data[RAW_HTML_SEEN] = true;
    // Raw HTML is still text: the inputs now are Markdown's task-list checkboxes. Set them aside…
    replaceNodes(tree, (node) =>
      isInput(node)
        ? [{ type: 'markdownCheckbox', properties: node.properties } satisfies MarkdownCheckbox as never]
        : undefined,
    );
    const parsed = reparse(tree, file);
    // …so that every input the parse made came from raw HTML, and goes; Markdown's come back.
    replaceNodes(parsed, (node) => {
      const kept = node as unknown as MarkdownCheckbox;
      if (kept.type === 'markdownCheckbox')
        return [{ type: 'element', tagName: 'input', properties: kept.properties, children: [] }];
      return isInput(node) ? [] : undefined;
    });
    return parsed;
  };
}
