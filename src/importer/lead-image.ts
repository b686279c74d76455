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
import { visit, SKIP } from 'unist-util-visit';
import { MAX_TEXT_LENGTH } from '../lib/limits.ts';

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

/**
 * Takes the story's copy of the lead picture out (its figure, or the link
 * around it): the first picture with the same file, or whose description
 * (alt text, caption) is the lead picture's own. Returns the copy's caption,
 * for the lead picture, when it had one that fits the schema.
 */
export function dropLeadImageCopy(story: Root, lead: { src: string; alt: string }): string | undefined {
  const description = comparable(lead.alt);
  let caption: string | undefined;
  let found = false;
  visit(story, 'element', (node: Element, index, parent) => {
    if (found || node.tagName !== 'img' || !parent || index === undefined) return undefined;
    const src = typeof node.properties.src === 'string' ? node.properties.src : '';
    const figure = enclosingFigure(story, node);
    const captionText = figure ? captionOf(figure) : undefined;
    const alt = typeof node.properties.alt === 'string' ? comparable(node.properties.alt) : '';
    const described =
      description.length >= 20 &&
      [alt, captionText ? comparable(captionText) : ''].some(
        (text) => text.length >= 20 && (text.startsWith(description) || description.startsWith(text)),
      );
    if (!src || !(samePicture(lead.src, src) || described)) return undefined;
    found = true;
    if (captionText && captionText.length <= MAX_TEXT_LENGTH['image caption']) caption = captionText;
    removeElement(story, figure ?? (parent.type === 'element' && isLinkAround(parent, node) ? parent : node));
    return [SKIP, index];
  });
  return caption;
}

/** The figure holding an image, when the image is its only picture. */
function enclosingFigure(story: Root, image: Element): Element | undefined {
  let figure: Element | undefined;
  visit(story, 'element', (node: Element) => {
    if (node.tagName !== 'figure') return undefined;
    let pictures = 0;
    let holds = false;
    visit(node, 'element', (inner: Element) => {
      if (inner.tagName === 'img') pictures++;
      if (inner === image) holds = true;
    });
    if (holds && pictures === 1) figure = node;
    return undefined;
  });
  return figure;
}

function captionOf(figure: Element): string | undefined {
  let text: string | undefined;
  visit(figure, 'element', (node: Element) => {
    if (node.tagName === 'figcaption') text ??= hastToString(node).replace(/\s+/g, ' ').trim() || undefined;
  });
  return text;
}

/** A link whose only content is the image (a picture that opens its full size). */
function isLinkAround(parent: Element, image: Element): boolean {
  return (
    parent.tagName === 'a' &&
    parent.children.every((child) => child === image || (child.type === 'text' && child.value.trim() === ''))
  );
}

function removeElement(tree: Root, target: Element): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node !== target || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
