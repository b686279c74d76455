/** Reading built pages in tests: parse once, query with CSS selectors, read text. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface Page {
  tree: Root;
  /** First element matching a selector (throws when there is none). */
  one(selector: string): Element;
  all(selector: string): Element[];
  /** Visible text of the first match (whitespace collapsed). */
  text(selector: string): string;
  /** An attribute of the first match, as a string. */
  attr(selector: string, name: string): string | undefined;
}

export function parsePage(html: string): Page {
  const tree = fromHtml(html);
  const one = (selector: string): Element => {
    const found = select(selector, tree);
    if (!found) throw new Error(`no element matches ${selector}`);
    return found;
  };
  return {
    tree,
    one,
    all: (selector) => selectAll(selector, tree),
    text: (selector) => toText(one(selector)).replace(/\s+/g, ' ').trim(),
    attr: (selector, name) => {
      const value = one(selector).properties[name];
      return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
    },
  };
}
