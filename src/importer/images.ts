/**
 * Images in imported stories. News sites load pictures lazily: the real
 * address sits in `data-src`, `data-original` or a `srcset`, and `src` holds a
 * placeholder; the real one is chosen here so the picture survives. With
 * `--images copy`, pictures a browser saved next to the page (`Story_files/…`)
 * are copied into the site's `public/` folder and the links rewritten, so an
 * archive can serve every image itself. Nothing is ever downloaded.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { LOCAL } from './to-markdown.ts';

const LAZY_ATTRIBUTES = ['dataSrc', 'dataOriginal', 'dataLazySrc', 'dataUrl', 'dataHiRes', 'dataFullSrc'];
const LAZY_SETS = ['dataSrcset', 'dataLazySrcset', 'srcSet'];

/**
 * Gives every `<img>` its real address: a lazy-loading attribute, else the
 * widest `srcset` candidate, when `src` is missing or a placeholder.
 * @example // <img src="data:image/gif;base64,R0l" data-src="/a.jpg"> becomes <img src="/a.jpg">
 */
export function chooseImageSources(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'img') return;
    const src = typeof node.properties.src === 'string' ? node.properties.src.trim() : '';
    if (src && !isPlaceholder(src)) return;
    const lazy = LAZY_ATTRIBUTES.map((name) => node.properties[name]).find(
      (value): value is string => typeof value === 'string' && value.trim() !== '' && !isPlaceholder(value),
    );
    const fromSet = LAZY_SETS.map((name) => node.properties[name])
      .map((value) => (Array.isArray(value) ? value.join(', ') : value))
      .find((value): value is string => typeof value === 'string' && value.trim() !== '');
    const chosen = lazy ?? (fromSet ? widestCandidate(fromSet) : undefined);
    if (chosen) node.properties.src = chosen;
  });
}

/**
 * The widest (or densest) image in a `srcset`.
 * @example widestCandidate('a.jpg 320w, b.jpg 1024w, c.jpg 640w') // 'b.jpg'
 */
export function widestCandidate(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (!best || size > best.size) best = { url, size: Number.isFinite(size) ? size : 0 };
  }
  return best?.url;
}

function isPlaceholder(src: string): boolean {
  return (
    /^data:/i.test(src) ||
    /(?:^|\/)(?:blank|spacer|placeholder|lazy|pixel|grey|gray|transparent)[^/]*\.(?:gif|png|svg)$/i.test(src)
  );
}

/** Rewrites a story's images that were saved next to the page. */
export interface LocalImages {
  rewrite(tree: Root): Promise<void>;
  /** Files copied so far, as site paths (for the summary). */
  copied: string[];
}

/**
 * Copies images saved next to `pageFile` into `publicDir/images/imported/`
 * (named by content, so the same picture is stored once and never
 * overwritten) and points `<img>` at `/images/imported/<name>`. Remote images
 * and files that do not exist are left alone. In a dry run nothing is copied.
 */
export function localImageCopier(pageFile: string, publicDir: string, dryRun: boolean): LocalImages {
  const copied: string[] = [];
  const folder = join(publicDir, 'images', 'imported');
  return {
    copied,
    async rewrite(tree: Root) {
      const images: Element[] = [];
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'img' && typeof node.properties.src === 'string') images.push(node);
      });
      for (const image of images) {
        const src = String(image.properties.src);
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) continue;
        let path: string;
        try {
          path = resolve(dirname(pageFile), decodeURIComponent(src.split(/[?#]/)[0] ?? ''));
        } catch {
          continue;
        }
        if (!(await stat(path).catch(() => undefined))?.isFile()) continue;
        const hash = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
          .slice(0, 12);
        const name = `${hash}-${basename(path, extname(path))
          .replace(/[^\w-]+/g, '-')
          .slice(0, 40)}${extname(path).toLowerCase()}`;
        if (!dryRun) {
          await mkdir(folder, { recursive: true });
          // COPYFILE_EXCL: a file of that name has the same content (the name is its hash); never overwrite.
          await copyFile(path, join(folder, name), 1).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'EEXIST') throw error;
          });
        }
        // Root-relative: the build's rehype-base-links adds the site's base path.
        const site = `/images/imported/${name}`;
        image.properties.src = site;
        image.properties[LOCAL] = true;
        copied.push(site);
      }
    },
  };
}
