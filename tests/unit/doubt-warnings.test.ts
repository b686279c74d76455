import { expect, test } from 'vitest';
import { DoubtWarnings } from '../../src/content/doubt-warnings.ts';

test('the first twenty warnings of a kind are said in full, the rest counted in one line per kind', () => {
  const said: string[] = [];
  const doubts = new DoubtWarnings({ warn: (message) => said.push(message) });
  for (let i = 1; i <= 23; i++) doubts.add('dated after today', `a${i}.md is dated after today`);
  doubts.add('with no words in the body', 'b.md has no words');
  doubts.summarize();
  expect(said).toHaveLength(20 + 1 + 1);
  expect(said.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => `a${i + 1}.md is dated after today`));
  expect(said).toContain('b.md has no words');
  expect(said.at(-1)).toBe('…and 3 more articles dated after today');
});
