/**
 * rehype-raw, run only on trees that hold raw HTML. Re-parsing a whole body
 * through an HTML parser is what turns raw HTML into elements the sanitizer
 * can see; a body written in plain Markdown has none, and its tree is already
 * well formed, so the pass would cost time (about a tenth of rendering) for
 * nothing.
 */
import type { Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';

/** Whether any node of the tree is raw HTML. */
export function hasRawHtml(node: Nodes): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some((child) => hasRawHtml(child));
}

/** Key of `file.data` set to true when the tree held raw HTML (see rehype-reparse-when-needed.ts). */
export const RAW_HTML_SEEN = 'rawHtmlSeen';

/** The rehype plugin. Takes no options. */
export default function rehypeRawWhenPresent() {
  const reparse = rehypeRaw();
  return (tree: Root, file: VFile): Root => {
    if (!hasRawHtml(tree)) return tree;
    file.data[RAW_HTML_SEEN] = true;
    return reparse(tree, file);
  };
}
