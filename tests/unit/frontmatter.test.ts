// An article file's text as the build reads it: letters composed (NFC), however the file wrote them, so the
// pages, the search index and the reader's query (composed too) spell a word alike.
import { expect, test } from 'vitest';
import { articleBody, splitFrontmatter } from '../../src/content/frontmatter.ts';

const file = "---\ntitle: 'Cafe\u0301 du port'\n---\nঢাকা\u09DF মেলা, cafe\u0301.\n";

test('the fields and the body are read composed: é as one letter, য় as য and its dot', () => {
  const split = splitFrontmatter(file);
  if (!split.ok) throw new Error(split.problem);
  expect(split.data['title']).toBe('Caf\u00e9 du port');
  expect(split.body).toBe('ঢাকা\u09AF\u09BC মেলা, caf\u00e9.\n');
  expect(articleBody(file)).toBe(split.body);
});
