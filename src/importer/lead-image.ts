/**
 * The page's lead picture (its `og:image`, the article's `image`) is shown
 * above the story. News sites serve that picture to social cards in one size
 * and print it in the story in another (`…-facebookJumbo.jpg` and
 * `…-articleLarge.jpg`, `/ic/1024x576/p07b8nx5.jpg` and `/ic/720x405/…`), so
 * the story's copy would show it twice: it is taken out, and its caption goes
 * with the lead picture. Over Zyte's and Readability's pages with a lead
 * picture, about a third held such a copy. A page saved with its files
 * ("Story_files/") holds the picture itself: with `--images copy` the archive
 * shows that file, not the publisher's copy.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { removeNode } from './hast-tree.ts';
import { captionParts, type PictureCaption } from './photo-credits.ts';
import { MAX_TEXT_LENGTH } from '../lib/limits.ts';
import { savedFileOf, type LocalImages } from './images.ts';
import type { FoundFields } from './types.ts';
import { unshownBecause } from './unshown-pictures.ts';

/** A file name's last part naming a rendition rather than a picture: `facebookJumbo`, `master768`, `1024x576`. */
const RENDITION = /[-_](?:[a-z]+[A-Z][A-Za-z]*\d*|[a-z]+\d{2,4}|\d{2,4}x\d{2,4})$/;

/** A picture's file name without its extension and rendition, lower-cased. */
function pictureName(src: string, base: string): string | undefined {
  try {
    // A relative address (a saved page's "Story_files/x.jpg") is named by its own path.
    const file = decodeURIComponent(
      new URL(src, URL.canParse(base) ? base : 'file:///').pathname.split('/').pop() ?? '',
    );
    const stem = file.replace(/\.\w{2,5}$/, '').replace(RENDITION, '');
    return stem.length >= 4 ? stem.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether two addresses show one picture: the same path, or the same file
 * name once the size or rendition in it is left out. `photo-1.jpg` and
 * `photo-2.jpg` are two pictures.
 * @example samePicture('https://a.example/ic/1024x576/p07b.jpg', 'https://a.example/ic/720x405/p07b.jpg') // true
 * @example samePicture('https://a.example/x/13SUDAN-1-facebookJumbo.jpg', 'https://a.example/x/13SUDAN-1-master768.jpg') // true
 * @example samePicture('https://a.example/photo-1.jpg', 'https://a.example/photo-2.jpg') // false
 */
export function samePicture(lead: string, other: string): boolean {
  const name = pictureName(lead, lead);
  return name !== undefined && name === pictureName(other, lead);
}

/** Text as it compares: white space collapsed, case and trailing stops ignored. */
const comparable = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.\s]+$/, '');

/** The story's copy of the lead picture: what to take out, its address and what it said under it. */
interface LeadImageCopy extends PictureCaption {
  /** Its figure, the link around it, or the picture alone. */
  element: Element;
  /** Its `src` as the story has it. */
  src: string;
}

/**
 * The story's copy of the lead picture: the first picture with the same file, or whose description (alt text,
 * caption) is the lead picture's own; with its caption and credit, each when it fits the schema.
 */
function leadImageCopy(story: Root, lead: { src: string; alt: string }): LeadImageCopy | undefined {
  const description = comparable(lead.alt);
  const figures = selectAll('figure', story);
  for (const image of selectAll('img', story)) {
    const src = typeof image.properties.src === 'string' ? image.properties.src : '';
    // The innermost figure whose only picture this is.
    const figure = figures.findLast((candidate) => {
      const pictures = selectAll('img', candidate);
      return pictures.length === 1 && pictures[0] === image;
    });
    const captionElement = figure && select('figcaption', figure);
    const { caption, credit } = captionElement ? captionParts(captionElement) : {};
    const alt = typeof image.properties.alt === 'string' ? comparable(image.properties.alt) : '';
    const described =
      description.length >= 20 &&
      [alt, caption ? comparable(caption) : ''].some(
        (text) => text.length >= 20 && (text.startsWith(description) || description.startsWith(text)),
      );
    if (!src || !(samePicture(lead.src, src) || described)) continue;
    return {
      element: figure ?? selectAll('a', story).find((link) => isLinkAround(link, image)) ?? image,
      src,
      ...(caption && caption.length <= MAX_TEXT_LENGTH['image caption'] ? { caption } : {}),
      ...(credit && credit.length <= MAX_TEXT_LENGTH['image credit'] ? { credit } : {}),
    };
  }
  return undefined;
}

/** The lead picture as the archive keeps it. */
type LeadPicture = NonNullable<FoundFields['image']>;

/**
 * The lead picture where the archive can show it, its copy taken out of the story and its caption and credit given
 * to it. With `--images copy`, the file a browser saved beside the page (the story's copy, else the page's own
 * relative address: "Story_files/pier.jpg") is copied into the site and shown from there, so an archive read offline
 * shows its own picture rather than the publisher's; else the picture's web address, a relative one resolved against
 * the page's. A picture the archive cannot show is no lead picture (undefined), and its copy stays in the story for
 * the unshown pictures' rule (unshown-pictures.ts) to take out and name.
 */
export async function placeLeadPicture(
  page: Root,
  story: Root,
  declared: { src: string; alt: string },
  pageUrl: string | undefined,
  localImages: LocalImages | undefined,
): Promise<LeadPicture | undefined> {
  const copy = leadImageCopy(story, declared);
  // The story's copy, the address the page declares, or the picture saved for it anywhere on the page (its lead
  // figure may stand outside the story Readability kept).
  let saved: string | undefined;
  if (localImages)
    for (const file of [copy?.src, declared.src, savedFileOf(page, declared.src)]) {
      saved = file ? await localImages.copy(file) : undefined;
      if (saved) break;
    }
  const src = saved ?? webAddress(declared.src, pageUrl);
  if (!src) return undefined;
  if (copy) removeNode(story, copy.element);
  const { caption, credit } = copy ?? {};
  return { ...declared, src, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/**
 * A picture's https address: as written, or a relative one resolved against the page's own, where the archive can
 * show it (unshownBecause); the schema takes https only.
 * @example webAddress('/img/pier.jpg', 'https://times.example/2024/pier') // 'https://times.example/img/pier.jpg'
 * @example webAddress('Story_files/pier.jpg', 'https://times.example/2024/pier') // undefined: the browser's folder
 */
function webAddress(src: string, pageUrl: string | undefined): string | undefined {
  if (unshownBecause(src, pageUrl)) return undefined;
  const address = URL.canParse(src) ? src : pageUrl && URL.canParse(src, pageUrl) ? new URL(src, pageUrl).href : '';
  return /^https:\/\//i.test(address) ? address : undefined;
}

/** A link whose only content is the image (a picture that opens its full size). */
function isLinkAround(link: Element, image: Element): boolean {
  return link.children.every((child) => child === image || (child.type === 'text' && child.value.trim() === ''));
}
