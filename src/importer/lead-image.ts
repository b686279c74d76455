/**
 * The page's lead picture (its `og:image`, the article's `image`) is shown
 * above the story. News sites serve that picture to social cards in one size
 * and print it in the story in another (`…-facebookJumbo.jpg` and
 * `…-articleLarge.jpg`, `/ic/1024x576/p07b8nx5.jpg` and `/ic/720x405/…`), so
 * the story's copy would show it twice: it is taken out, and its caption goes
 * with the lead picture. Over Zyte's and Readability's pages with a lead
 * picture, about a third held such a copy.
 */
import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { removeNode } from './hast-tree.ts';
import { MAX_TEXT_LENGTH } from '../lib/limits.ts';
import { spaceApartParts } from './to-markdown.ts';

/** A file name's last part naming a rendition rather than a picture: `facebookJumbo`, `master768`, `1024x576`. */
const RENDITION = /[-_](?:[a-z]+[A-Z][A-Za-z]*\d*|[a-z]+\d{2,4}|\d{2,4}x\d{2,4})$/;

/** A picture's file name without its extension and rendition, lower-cased. */
function pictureName(src: string, base: string): string | undefined {
  try {
    const file = decodeURIComponent(new URL(src, base).pathname.split('/').pop() ?? '');
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

/** What the story's copy of the lead picture said under it. */
export interface LeadCaption {
  caption?: string;
  /** The photographer or agency, when the caption marks who holds the picture. */
  credit?: string;
}

/**
 * Takes the story's copy of the lead picture out (its figure, or the link
 * around it): the first picture with the same file, or whose description
 * (alt text, caption) is the lead picture's own. Returns the copy's caption
 * and credit, for the lead picture, each when it fits the schema.
 */
export function dropLeadImageCopy(story: Root, lead: { src: string; alt: string }): LeadCaption {
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
    removeNode(story, figure ?? selectAll('a', story).find((link) => isLinkAround(link, image)) ?? image);
    return {
      ...(caption && caption.length <= MAX_TEXT_LENGTH['image caption'] ? { caption } : {}),
      ...(credit && credit.length <= MAX_TEXT_LENGTH['image credit'] ? { credit } : {}),
    };
  }
  return {};
}

/** What in a caption names who holds the picture: schema.org's `copyrightHolder`, `creditText`, `creator`. */
const CREDIT = '[itemprop~=copyrightHolder], [itemprop~=creditText], [itemprop~=creator]';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A caption's text and its credit, apart when the caption marks the credit, its parts spaced
 * as the page sets them apart (`<span>…tide.</span><span>Ada Quill</span>` is "…tide. Ada Quill").
 * @example // <figcaption><span>Low tide.</span><span itemprop="copyrightHolder">Ada Quill</span></figcaption> → { caption: 'Low tide.', credit: 'Ada Quill' }
 */
export function captionParts(element: Element): LeadCaption {
  // A copy: the figure stays in the story when it is not the lead picture's.
  const figcaption = structuredClone(element);
  spaceApartParts(figcaption);
  const creditElement = select(CREDIT, figcaption);
  const credit = creditElement ? squeeze(hastToString(creditElement)) : '';
  if (creditElement) removeNode(figcaption, creditElement);
  const caption = squeeze(hastToString(figcaption));
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** A link whose only content is the image (a picture that opens its full size). */
function isLinkAround(link: Element, image: Element): boolean {
  return link.children.every((child) => child === image || (child.type === 'text' && child.value.trim() === ''));
}
