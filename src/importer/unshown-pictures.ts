/**
 * A story's pictures the archive cannot show: one with no address (a lazy-loading placeholder never swapped for the
 * picture), with an address that is no web page's (`file:` on the saver's computer, a `data:` placeholder, both of
 * which the build's sanitizer drops), or with a relative one on a page that declares no address of its own to
 * resolve it against and whose file was not copied from beside it (`--images copy`). Converted as it stood, such a
 * picture left its alt text, and its caption under it, as the story's first paragraphs: a description of a picture
 * no reader sees, read as the story's words. It is taken out whole, its caption with it: its figure's `<figcaption>`,
 * the short line its box sets under it, or the paragraph under it the page marks as a caption; the caption of the
 * picture that opened the story goes to the page's lead picture where that has none, as the story's copy of the lead
 * picture gives its own (lead-image.ts). A picture set inside a sentence is left to the Markdown conversion
 * (to-markdown.ts), where its alt text stands for it among the words.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { shortened } from './complete.ts';
import { removeNode } from './hast-tree.ts';
import { captionParts, photoCredit, type PictureCaption } from './photo-credits.ts';
import { CLOSES_SENTENCE } from './text-lines.ts';
import { LOCAL } from './to-markdown.ts';
import { MAX_TEXT_LENGTH } from '../lib/limits.ts';
import type { FoundFields } from './types.ts';

/** A picture taken out of a story, with what it said, for the lead picture and the summary. */
export interface LeftOutPicture extends PictureCaption {
  /** Its `src` as the page wrote it ('' for none). */
  src: string;
  alt: string;
  /** Why the archive cannot show it, worded for the summary. */
  why: string;
  /** Whether it opened the story: its first picture, over any paragraph of prose. */
  opensStory: boolean;
}

/** A story's picture, as its fields hold it. */
type Picture = NonNullable<FoundFields['image']>;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Class or id words that mark a caption: "caption", "wp-caption-text", "article__cutline", "bildtext", "légende". */
const CAPTION_CLASS = /caption|cutline|bildtext|bildunterschrift|l[ée]gende?|kuvateksti/i;

/**
 * The texts a page marks as pictures' captions by class, id or `itemprop="caption"`, read before Readability drops
 * the classes: a caption set as a paragraph of its own under a picture is then known by its words.
 * @example captionTexts(page) // Set { 'The pier after the January storm.' } for <p class="caption">The pier after the January storm.</p>
 */
export function captionTexts(tree: Root): Set<string> {
  const marked = selectAll('[class], [id], [itemprop]', tree).filter((element) =>
    [element.properties.className, element.properties.id, element.properties.itemProp]
      .flat()
      .some((word) => typeof word === 'string' && CAPTION_CLASS.test(word)),
  );
  return new Set(
    marked
      .map((element) => squeeze(hastToString(element)))
      .filter((text) => text !== '' && text.length <= MAX_TEXT_LENGTH['image caption']),
  );
}

/**
 * The folder a browser saves a page's files in, beside the page: "Story_files/" (Chrome, Edge, Safari, Firefox in
 * English), "Story-Dateien/" (Firefox in German), "Story_archivos/", "Story_fichiers/", "Story_arquivos/", "Story_file/".
 */
const SAVED_PAGE_FOLDER = /(?:^|\/)[^/]*(?:_files|-Dateien|_archivos|_fichiers|_arquivos|_file|_bestanden|_pliki)\//iu;

/** A path as written, its percent escapes read ("Story%20A_files/" is "Story A_files/"), or as it is when it has none. */
function safelyDecoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * Why the archive cannot show a picture, or undefined when it can: copied into the site, at a web address, or at a
 * relative one the page's own address (`baseUrl`) resolves.
 * @example unshownBecause('Story_files/pier.jpg', undefined) // '"Story_files/pier.jpg" is relative, and the page declares no address of its own to resolve it against'
 * @example unshownBecause('pictures/pier.jpg', 'https://times.example/2024/pier') // undefined
 * @example unshownBecause('Story_files/pier.jpg', 'https://times.example/2024/pier') // '"Story_files/pier.jpg" is in the folder the browser saved…'
 */
export function unshownBecause(src: string, baseUrl: string | undefined): string | undefined {
  const address = src.trim();
  if (!address) return 'it has no address';
  if (/^https?:/i.test(address)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(address))
    return `"${shortened(address, 40) ?? ''}" is no web address (the archive shows pictures from http and https only)`;
  // The folder a browser saved the page's files in was never on the site: resolved against the page's address, the
  // picture would get an address that never existed.
  if (SAVED_PAGE_FOLDER.test(safelyDecoded(address)))
    return `"${shortened(address, 80) ?? ''}" is in the folder the browser saved the page's files in, which only --images copy takes into the archive`;
  if (baseUrl && URL.canParse(address, baseUrl) && /^https?:$/.test(new URL(address, baseUrl).protocol))
    return undefined;
  return `"${shortened(address, 80) ?? ''}" is relative, and the page declares no address of its own to resolve it against`;
}

/**
 * Takes out of a story each picture standing on its own that the archive cannot show (unshownBecause), with its
 * caption: its figure's, its box's line, or the paragraph right under it whose words the page marks as a caption
 * (`markedCaptions`, from captionTexts). Returns them in the story's order.
 */
export function dropUnshownPictures(
  story: Root,
  baseUrl: string | undefined,
  markedCaptions: ReadonlySet<string>,
): LeftOutPicture[] {
  const parents = parentsOf(story);
  const images = selectAll('img', story);
  const left: LeftOutPicture[] = [];
  for (const image of images) {
    const src = typeof image.properties.src === 'string' ? image.properties.src : '';
    const why = image.properties[LOCAL] === true ? undefined : unshownBecause(src, baseUrl);
    const taken = why ? pictureAndCaption(image, parents, markedCaptions) : undefined;
    if (!why || !taken) continue;
    const opensStory = image === images[0] && !proseBefore(story, taken.elements[0] ?? image);
    for (const element of taken.elements) removeNode(story, element);
    const alt = typeof image.properties.alt === 'string' ? squeeze(image.properties.alt) : '';
    left.push({ src, alt, why, opensStory, ...taken.caption });
  }
  // A figure whose picture had no address at all, which Readability drops: its caption is all that is left of it. It
  // opened the story when nothing before it did and the story shows no other picture.
  for (const figure of selectAll('figure', story).filter(isEmptyFrame)) {
    const opensStory = left.length === 0 && images.length === 0 && !proseBefore(story, figure);
    removeNode(story, figure);
    left.push({ src: '', alt: '', why: 'it has no address', opensStory, ...captionOf(figure) });
  }
  return left;
}

/** Whether a figure holds a caption and nothing else: no picture, and no words outside the caption (a quote's). */
function isEmptyFrame(figure: Element): boolean {
  const frame = structuredClone(figure);
  const captions = selectAll('figcaption', frame);
  for (const caption of captions) removeNode(frame, caption);
  return captions.length > 0 && squeeze(hastToString(frame)) === '' && selectAll(SHOWS, frame).length === 0;
}

/** Each element's parent. */
function parentsOf(story: Root): Map<Element, Root | Element> {
  const parents = new Map<Element, Root | Element>();
  visit(story, 'element', (node: Element, _index, parent) => {
    if (parent) parents.set(node, parent as Root | Element);
  });
  return parents;
}

/** Whether a paragraph of prose (one closing a sentence; no headline, byline or date line) comes before an element. */
function proseBefore(story: Root, target: Element): boolean {
  let prose = false;
  visit(story, 'element', (node: Element) => {
    if (node === target) return EXIT;
    if (node.tagName === 'p' && !selectAll('*', node).includes(target))
      prose = CLOSES_SENTENCE.test(squeeze(hastToString(node)));
    return prose ? EXIT : CONTINUE;
  });
  return prose;
}

/** Elements that show something without words. */
const SHOWS = 'img, video, audio, iframe, svg, canvas, object, embed';

/** Whether an element shows the one picture and nothing else: no words, no other picture. */
const holdsOnly = (element: Element, image: Element) =>
  squeeze(hastToString(element)) === '' && selectAll(SHOWS, element).every((shown) => shown === image);

/**
 * The elements a picture takes out with it, and its caption: its figure whole; else the box it opens with its
 * caption's line; else the element that holds only it (a link, a paragraph), and the paragraph under that when the
 * page marks it as a caption. Undefined for a picture set among words: its alt text stands in for it there.
 */
function pictureAndCaption(
  image: Element,
  parents: ReadonlyMap<Element, Root | Element>,
  markedCaptions: ReadonlySet<string>,
): { elements: Element[]; caption: PictureCaption } | undefined {
  const ancestors: Element[] = [];
  for (let node = parents.get(image); node?.type === 'element'; node = parents.get(node)) ancestors.push(node);
  const figure = ancestors.find(
    (ancestor) => ancestor.tagName === 'figure' && selectAll('img', ancestor).every((picture) => picture === image),
  );
  if (figure) return { elements: [figure], caption: captionOf(selectAll('figcaption', figure)[0] ?? figure) };
  // The outermost element around the picture that shows nothing else.
  const alone = ancestors.filter((ancestor) => holdsOnly(ancestor, image)).at(-1) ?? image;
  const box = parents.get(alone);
  if (!box) return { elements: [alone], caption: {} };
  const line = box.type === 'element' ? captionLine(box, alone, markedCaptions) : undefined;
  if (line && box.type === 'element') return { elements: [box], caption: captionOf(line) };
  if (alone === image && squeeze(hastToString(box)) !== '') return undefined;
  const next = box.children
    .slice(box.children.indexOf(alone) + 1)
    .find((child) => child.type !== 'text' || child.value.trim() !== '');
  return next?.type === 'element' && markedCaptions.has(squeeze(hastToString(next)))
    ? { elements: [alone, next], caption: captionOf(next) }
    : { elements: [alone], caption: {} };
}

/** Elements a page sets a caption's line in, beside its picture: in italics, small print, a span of its own. */
const CAPTION_SETTING = new Set(['em', 'i', 'small', 'span', 'cite', 'b', 'strong', 'font']);

/**
 * The caption's line when an element is a picture's box: the picture (`alone`) first, then one line, marked as a
 * caption by the page or set apart in an element of its own ("<p><img><br><em>The pier in January.</em></p>").
 * A sentence of plain text after a picture ("<p><img alt="Flag"> Serbia won.</p>") is the story's, no caption.
 */
function captionLine(box: Element, alone: Element, markedCaptions: ReadonlySet<string>): Element | undefined {
  const shown = box.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  if (shown[0] !== alone) return undefined;
  const rest = shown.slice(1).filter((child) => child.type !== 'element' || child.tagName !== 'br');
  const line: Element = { type: 'element', tagName: 'span', properties: {}, children: rest };
  const text = squeeze(hastToString(line));
  if (!text || text.length > MAX_TEXT_LENGTH['image caption'] || selectAll(SHOWS, line).length > 0) return undefined;
  const setIn = rest.length === 1 && rest[0]?.type === 'element' ? innermostSetting(rest[0]) : undefined;
  return (setIn && CAPTION_SETTING.has(setIn.tagName)) || markedCaptions.has(text) ? line : undefined;
}

/** The element a line's words are set in, through the `<div>` story-lines.ts sets around a line between `<br>`s. */
function innermostSetting(element: Element): Element {
  const inner = element.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return element.tagName === 'div' && inner.length === 1 && inner[0]?.type === 'element'
    ? innermostSetting(inner[0])
    : element;
}

/** A caption's words and the credit it marks; a line only crediting the picture ("Foto: Ada Quill") is its credit. */
function captionOf(element: Element): PictureCaption {
  const { caption, credit } = captionParts(element);
  const maker = caption && !credit ? photoCredit(caption) : undefined;
  return maker ? { credit: maker } : { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/**
 * Gives the lead picture (`picture`) the caption of the story's opening picture the archive could not show
 * (dropUnshownPictures) where it has none, and its credit where it has none, each short enough for its field; says
 * in the summary what became of each picture left out. `whose`: "the lead picture".
 */
export function captionPicture(
  picture: Picture | undefined,
  leftOut: readonly LeftOutPicture[],
  whose: string,
): { picture: Picture | undefined; notes: string[] } {
  let captioned = picture;
  const notes = leftOut.map((left) => {
    const said = [
      ...(left.alt ? [`its alt text "${shortened(left.alt, 80) ?? ''}"`] : []),
      ...(left.caption ? [`its caption "${shortened(left.caption, 80) ?? ''}"`] : []),
      ...(left.credit ? [`its credit "${left.credit}"`] : []),
    ];
    const gone = `left out a picture the archive cannot show (${left.why})${said.length > 0 ? `, and ${said.join(', ')} with it` : ''}`;
    const caption = left.caption && left.caption.length <= MAX_TEXT_LENGTH['image caption'] ? left.caption : undefined;
    const credit = left.credit && left.credit.length <= MAX_TEXT_LENGTH['image credit'] ? left.credit : undefined;
    const given = {
      ...(caption && !captioned?.caption ? { caption } : {}),
      ...(credit && !captioned?.credit ? { credit } : {}),
    };
    if (!captioned || !left.opensStory || Object.keys(given).length === 0) return gone;
    captioned = { ...captioned, ...given };
    return `${gone}; its ${Object.keys(given).join(' and ')} went to ${whose}`;
  });
  return { picture: captioned, notes };
}
