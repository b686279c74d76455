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
    const { lazy, sets } = lazyAddresses(node);
    const address = lazy.find((value) => value.trim() !== '' && !isPlaceholder(value));
    const fromSet = sets.find((value) => value.trim() !== '');
    const chosen = address ?? (fromSet ? widestCandidate(fromSet) : undefined);
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

/** What a picture's lazy-loading attributes hold, as written: single addresses, and `srcset` lists. */
function lazyAddresses(image: Element): { lazy: string[]; sets: string[] } {
  return {
    lazy: LAZY_ATTRIBUTES.map((name) => image.properties[name]).filter(
      (value): value is string => typeof value === 'string',
    ),
    sets: LAZY_SETS.map((name) => image.properties[name])
      .map((value) => (Array.isArray(value) ? value.join(', ') : value))
      .filter((value): value is string => typeof value === 'string'),
  };
}

/**
 * The file a browser saved for a picture at `address`: a page saved whole points its `<img src>` at the file beside
 * it and leaves the address it loaded lazily (`data-src`, `srcset`) as it was, so the two are tied on the page.
 * @example // <img src="Story_files/pier-1600.jpg" data-src="https://cdn.example/pier-1600.jpg"> → 'Story_files/pier-1600.jpg'
 */
export function savedFileOf(page: Root, address: string): string | undefined {
  let saved: string | undefined;
  visit(page, 'element', (node: Element) => {
    const src = typeof node.properties.src === 'string' ? node.properties.src.trim() : '';
    if (saved || node.tagName !== 'img' || !src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return;
    const { lazy, sets } = lazyAddresses(node);
    const named = [
      ...lazy.map((value) => value.trim()),
      ...sets.flatMap((set) => set.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')),
    ];
    if (named.includes(address)) saved = src;
  });
  return saved;
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
  /** Copies one picture saved next to the page and gives its site path; undefined for a web address or no such file. */
  copy(src: string): Promise<string | undefined>;
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
  async function copy(src: string): Promise<string | undefined> {
    // A web address, or a path from the site's root ("/img/x.jpg"), which names no file beside the page on this disk.
    if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(src)) return undefined;
    let path: string;
    try {
      path = resolve(dirname(pageFile), decodeURIComponent(src.split(/[?#]/)[0] ?? ''));
    } catch {
      return undefined;
    }
    if (!(await stat(path).catch(() => undefined))?.isFile()) return undefined;
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
    copied.push(site);
    return site;
  }
  return {
    copied,
    copy,
    async rewrite(tree: Root) {
      const images: Element[] = [];
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'img' && typeof node.properties.src === 'string') images.push(node);
      });
      for (const image of images) {
        const site = await copy(String(image.properties.src));
        if (!site) continue;
        image.properties.src = site;
        image.properties[LOCAL] = true;
      }
    },
  };
}
