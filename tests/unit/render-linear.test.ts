/**
 * Render time grows in step with the size of a body for the shapes that used
 * to blow up (nested links, images, emphasis and HTML, up to the nesting
 * limit): ten times the text costs about ten times the time, never a hundred.
 * Ratios of times measured here, not times: the machine's speed cancels out.
 */
import { describe, expect, test } from 'vitest';
import { bodyLimitProblem } from '../../src/content/body-limits.ts';
import { MAX_NESTING } from '../../src/lib/limits.ts';
import { renderArticleBody } from '../../src/markdown/pipeline.ts';

const DEPTH = 8;
/** Each shape, and how many of it make the 1× body. */
const SHAPES: Record<string, [unit: string, times: number]> = {
  'nested link brackets': [`${'['.repeat(DEPTH)}x${']'.repeat(DEPTH)} `, 10],
  'nested images': [`${'!['.repeat(DEPTH)}x${'](/a.png)'.repeat(DEPTH)} `, 5],
  'nested emphasis': [`${'*'.repeat(DEPTH)}x${'*'.repeat(DEPTH)} `, 10],
  'nested HTML': [`${'<span>'.repeat(DEPTH)}x${'</span>'.repeat(DEPTH)} `, 10],
  'unclosed links': ['[a](b '.repeat(DEPTH), 10],
  'deep lists': [`${Array.from({ length: MAX_NESTING / 4 }, (_, i) => `${'  '.repeat(i)}- level`).join('\n')}\n\n`, 2],
};

/** The least processor time a measurement spans: a small body renders in about a millisecond, as coarse as the clock. */
const MEASURED_MS = 40;

/**
 * The processor time one render takes, in milliseconds: this process's CPU
 * time (user and system), not the wall clock, so another process busy on the
 * same cores (CI runs two test files at once, one of them often a build) does
 * not count. A small body is rendered again until MEASURED_MS have passed,
 * and the time shared out: one render of it is too short to time alone.
 */
async function renderTime(body: string): Promise<number> {
  const before = process.cpuUsage();
  let renders = 0;
  let spent: number;
  do {
    await renderArticleBody(body);
    renders++;
    const { user, system } = process.cpuUsage(before);
    spent = (user + system) / 1000;
  } while (spent < MEASURED_MS);
  return spent / renders;
}

describe('render time is linear in input size', () => {
  test.each(Object.entries(SHAPES))(
    '%s: 1×, 10×, 100×',
    async (_, [unit, base]) => {
      await renderArticleBody('warm *up* [the](/pipeline) <span>once</span>');
      const sizes = [base, base * 10, base * 100];
      const bodies = sizes.map((n) => unit.repeat(n));
      for (const body of bodies) expect(bodyLimitProblem(body)).toBeUndefined();
      // The fastest of five runs of each size, taken in turns: a collection or a slow moment
      // falls on one run, not on every run of one size.
      const times = sizes.map(() => Infinity);
      for (let round = 0; round < 5; round++)
        for (const [i, body] of bodies.entries()) times[i] = Math.min(times[i] ?? Infinity, await renderTime(body));
      const [, ten, hundred] = times as [number, number, number];
      // How time grows with size, as the exponent k of time ∝ size^k from 10× to
      // 100× (where fixed costs no longer weigh): 1 for linear, 2 for quadratic.
      const exponent = Math.log(hundred / ten) / Math.log(10);
      console.log(
        `${_}: ${times.map((t) => t.toFixed(1)).join(' ms, ')} ms for ${sizes.join(', ')} repetitions (exponent ${exponent.toFixed(2)})`,
      );
      expect(exponent).toBeLessThan(1.5);
    },
    120_000,
  );
});
