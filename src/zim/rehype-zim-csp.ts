/**
 * Rehype plugin for ZIM pages: nothing in a ZIM may reach the network. The
 * site's policy lets images come from any https host (imported articles keep
 * lead images on their original site) and lets Pagefind run WebAssembly; the
 * ZIM's policy allows neither. An image still on another site becomes a link
 * to it, carrying its description, so the reader knows what is missing and a
 * reader online can still open it.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { CSP_DIRECTIVES, serializeCsp } from '../security/headers.ts';
import { isOffSite } from './site-paths.ts';

/** The site's policy, with images and scripts from the archive itself only. */
export const zimContentSecurityPolicy = serializeCsp({
  ...CSP_DIRECTIVES,
  'img-src': "'self'",
  'script-src': "'self'",
});

const isCspMeta = (node: Element) =>
  node.tagName === 'meta' && String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy';

export default function rehypeZimCsp() {
  return (tree: Root) => {
    let hasPolicy = false;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (isCspMeta(node)) {
        node.properties['content'] = zimContentSecurityPolicy;
        hasPolicy = true;
        return undefined;
      }
      if (!parent || index === undefined) return undefined;
      const src = node.properties['src'];
      if (node.tagName === 'img' && typeof src === 'string' && isOffSite(src) && !src.startsWith('data:')) {
        const alt = String(node.properties['alt'] ?? '').trim();
        const link: Element = h(
          'a',
          { href: src, rel: ['noopener', 'noreferrer'], className: ['zim-remote-image'] },
          alt ? `Image (online): ${alt}` : 'Image (online)',
        );
        parent.children.splice(index, 1, link);
        return [SKIP, index + 1];
      }
      if (
        node.tagName === 'source' &&
        (typeof node.properties['srcSet'] === 'string' || Array.isArray(node.properties['srcSet']))
      ) {
        const first = String(node.properties['srcSet']).trim();
        if (isOffSite(first)) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      return undefined;
    });
    if (!hasPolicy) {
      const head = tree.children
        .find((n): n is Element => n.type === 'element' && n.tagName === 'html')
        ?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'head');
      head?.children.unshift(h('meta', { httpEquiv: 'Content-Security-Policy', content: zimContentSecurityPolicy }));
    }
  };
}
