/**
 * A saved page's story as lines, as the page laid them out: the innermost blocks, the first with text, and
 * the lines of a block written with `<br>` between them set apart while the story's head is read.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { comparableWords } from './compare-text.ts';

/** Elements that set blocks apart: a run of a block's content holding one is no single line. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** Whether a node, and all it holds, is a line's content: text and inline elements. */
export function isInline(node: Element['children'][number]): boolean {
  if (node.type !== 'element') return true;
  return !BLOCK_TAGS.has(node.tagName) && node.children.every(isInline);
}

/**
 * Sets each line of a block written with `<br>` between its lines ("<b>Headline</b><br>2009. május 28.<br>Írta:
 * …") in a `<div>` of its own, with the `<br>` that ends it, so that the story's head is read line by line as a
 * page of paragraphs is: a date line under the headline is then a line of its own. Returns the divisions made,
 * for {@link unwrapLines} to take away once the head is read, the lines left as they were.
 */
export function splitBrokenLines(story: Root): Set<Element> {
  const made = new Set<Element>();
  visit(story, 'element', (node: Element) => {
    // A line made here ends in its <br>: it is no block of lines.
    if (made.has(node)) return undefined;
    if (node.tagName === 'pre') return SKIP;
    // Only a block of several lines: <br> between them, or text beside blocks (a headline's <b> over a <p>).
    if (
      node.children.every(isInline) &&
      !node.children.some((child) => child.type === 'element' && child.tagName === 'br')
    )
      return undefined;
    const children: Element['children'] = [];
    let run: Element['children'] = [];
    const close = (br?: Element) => {
      const line = { type: 'element', tagName: 'div', properties: {}, children: br ? [...run, br] : run } as Element;
      if (run.length > 0 && run.every(isInline) && hastToString(line).trim() !== '') {
        made.add(line);
        children.push(line);
      } else children.push(...run, ...(br ? [br] : []));
      run = [];
    };
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'br') close(child);
      else if (isInline(child)) run.push(child);
      else {
        close();
        children.push(child);
      }
    }
    close();
    node.children = children;
    return undefined;
  });
  return made;
}

/** Puts the lines {@link splitBrokenLines} set apart back as they were, those the head reader took out aside. */
export function unwrapLines(story: Root, lines: ReadonlySet<Element>): void {
  visit(story, 'element', (node: Element, index, parent) => {
    if (!lines.has(node) || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
}

/** Blocks that hold no other paragraph or division: the lines of a story as the page laid them out. */
export function innermostBlocks(story: Root, selector: string): Element[] {
  return selectAll(selector, story).filter((el) => selectAll('p, div', el).every((inner) => inner === el));
}

/** The story's first block with any text: its opening line as the page laid it out. */
export function firstBlock(story: Root): Element | undefined {
  return innermostBlocks(story, 'h1, h2, h3, h4, h5, h6, p, div').find((block) => comparableWords(hastToString(block)));
}
