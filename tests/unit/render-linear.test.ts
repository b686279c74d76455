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

/** The fastest of three runs, in milliseconds (the first can pay for a collection the second does not). */
async function renderTime(body: string): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    await renderArticleBody(body);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('render time is linear in input size', () => {
  test.each(Object.entries(SHAPES))(
    '%s: 1×, 10×, 100×',
    async (_, [unit, base]) => {
      await renderArticleBody('warm *up* [the](/pipeline) <span>once</span>');
      const sizes = [base, base * 10, base * 100];
      const times: number[] = [];
      for (const n of sizes) {
        const body = unit.repeat(n);
        expect(bodyLimitProblem(body)).toBeUndefined();
        times.push(await renderTime(body));
      }
      const [one, , hundred] = times as [number, number, number];
      // How time grows with size, as the exponent k of time ∝ size^k over the
      // hundredfold range: 1 for linear, 2 for quadratic (fixed costs pull it below 1).
      const exponent = Math.log(hundred / one) / Math.log(100);
      console.log(
        `${_}: ${times.map((t) => t.toFixed(1)).join(' ms, ')} ms for ${sizes.join(', ')} repetitions (exponent ${exponent.toFixed(2)})`,
      );
      expect(exponent).toBeLessThan(1.5);
    },
    120_000,
  );
});
