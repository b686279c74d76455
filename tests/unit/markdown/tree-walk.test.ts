import type { Element, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { eachElement, eachText, STOP, walk } from '../../../src/markdown/tree-walk.ts';

const body = (): Root =>
  h(null, [
    h('h2', { id: 'a' }, 'Harbour ', h('em', 'news')),
    h('p', ['The ', h('a', { href: '/x' }, 'ferry'), ' returns.']),
    h('ul', [h('li', 'one'), h('li', [h('strong', 'two')])]),
  ]);

/** What a walk saw: each node's type (and tag or text), in the order it saw them. */
const label = (node: { type: string; tagName?: string; value?: string }) =>
  node.tagName ?? (node.type === 'text' ? `"${node.value}"` : node.type);

describe('walking a tree', () => {
  test('sees every node in the order unist-util-visit does, each with its index and parent', () => {
    const ours: string[] = [];
    const theirs: string[] = [];
    walk(body(), (node, index, parent) => void ours.push(`${label(node)}@${index}/${parent ? label(parent) : '-'}`));
    visit(body(), (node, index, parent) => void theirs.push(`${label(node)}@${index}/${parent ? label(parent) : '-'}`));
    expect(ours).toEqual(theirs);
    expect(ours[0]).toBe('root@undefined/-');
    expect(ours).toContain('"ferry"@0/a');
  });

  test('elements and texts only, when asked', () => {
    const tags: string[] = [];
    const texts: string[] = [];
    eachElement(body(), (element) => void tags.push(element.tagName));
    eachText(body(), (text) => void texts.push(text.value));
    expect(tags).toEqual(['h2', 'em', 'p', 'a', 'ul', 'li', 'li', 'strong']);
    expect(texts).toEqual(['Harbour ', 'news', 'The ', 'ferry', ' returns.', 'one', 'two']);
  });

  test('STOP ends the whole walk at once', () => {
    const tags: string[] = [];
    eachElement(body(), (element) => {
      tags.push(element.tagName);
      return element.tagName === 'a' ? STOP : undefined;
    });
    expect(tags).toEqual(['h2', 'em', 'p', 'a']);
  });

  test('a node replaced by several: the walk goes on from the index given, without walking into them', () => {
    const tree = body();
    const seen: string[] = [];
    eachText(tree, (text, index, parent) => {
      seen.push(text.value);
      if (text.value !== 'The ' || index === undefined || !parent) return undefined;
      const replacement: Text[] = [
        { type: 'text', value: 'A' },
        { type: 'text', value: ' new ' },
      ];
      parent.children.splice(index, 1, ...replacement);
      return index + 2;
    });
    expect(seen).toEqual(['Harbour ', 'news', 'The ', 'ferry', ' returns.', 'one', 'two']);
    expect((tree.children[1] as Element).children.map((child) => label(child))).toEqual([
      '"A"',
      '" new "',
      'a',
      '" returns."',
    ]);
  });

  test('children a visitor adds are walked too', () => {
    const tree = body();
    const tags: string[] = [];
    eachElement(tree, (element) => {
      tags.push(element.tagName);
      if (element.tagName === 'h2') element.children.push(h('a', { href: '#a' }, '#'));
    });
    expect(tags.slice(0, 3)).toEqual(['h2', 'em', 'a']);
  });
});
