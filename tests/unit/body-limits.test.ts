import { describe, expect, test } from 'vitest';
import { bodyLimitProblem } from '../../src/content/body-limits.ts';

const nestedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');

describe('bodyLimitProblem', () => {
  test('ordinary nesting is fine', () => {
    expect(bodyLimitProblem(nestedList(10))).toBeUndefined();
    expect(bodyLimitProblem('> > > quoted thrice')).toBeUndefined();
    expect(bodyLimitProblem(Array.from({ length: 10_000 }, (_, i) => `- item ${i}`).join('\n'))).toBeUndefined();
  });

  test('deep lists and quotes are refused with the reason', () => {
    expect(bodyLimitProblem(nestedList(100))).toMatch(/more than 64 levels deep/);
    expect(bodyLimitProblem(`${'>'.repeat(80)} deep`)).toMatch(/more than 64 levels deep/);
    expect(bodyLimitProblem(`${'> '.repeat(80)}deep`)).toMatch(/more than 64 levels deep/);
    expect(bodyLimitProblem(nestedList(20), 8)).toMatch(/more than 8 levels/);
  });

  test('containers opened on one line count too', () => {
    expect(bodyLimitProblem(`${'- '.repeat(100)}x`)).toMatch(/more than 64 levels deep/);
    expect(bodyLimitProblem(`${'> - '.repeat(40)}x`)).toMatch(/more than 64 levels deep/);
    expect(bodyLimitProblem(`${'1. '.repeat(70)}x`)).toMatch(/more than 64 levels deep/);
    // Dashes and numbers inside prose are not markers.
    expect(bodyLimitProblem(`A sentence - with - many - dashes ${'- '.repeat(100)}`)).toBeUndefined();
    expect(bodyLimitProblem('- - - a short list of lists')).toBeUndefined();
  });

  test('indentation inside fenced code does not count', () => {
    expect(bodyLimitProblem(`\`\`\`\n${' '.repeat(400)}x\n\`\`\`\nAfter.`)).toBeUndefined();
    expect(bodyLimitProblem(`~~~\n${' '.repeat(400)}x\n~~~\n${' '.repeat(400)}- y`)).toMatch(/levels deep/);
  });
});
