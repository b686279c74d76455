import { describe, expect, test } from 'vitest';
import { bodyLimitProblem, codeSpanEnds } from '../../src/content/body-limits.ts';
import { bodyLimitsFrom, DEFAULT_MAX_BODY_BYTES } from '../../src/lib/limits.ts';

const nestedList = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');

describe('bodyLimitProblem', () => {
  test('ordinary nesting is fine', () => {
    expect(bodyLimitProblem(nestedList(10))).toBeUndefined();
    expect(bodyLimitProblem('> > > quoted thrice')).toBeUndefined();
    expect(bodyLimitProblem(Array.from({ length: 10_000 }, (_, i) => `- item ${i}`).join('\n'))).toBeUndefined();
    expect(
      bodyLimitProblem(
        'A *light* and **strong** and ***both*** [link](/x) ![img](/y.png) <div><span>x</span></div> a_b_c 2*3*4',
      ),
    ).toBeUndefined();
    // Paragraph tags without end tags, void elements and self-closing tags hold nothing.
    expect(bodyLimitProblem(`${'<p>para '.repeat(200)}<br><img src="/a.png"><hr/>`)).toBeUndefined();
    // A "<" that starts no complete tag is text.
    expect(bodyLimitProblem('x <a y '.repeat(200))).toBeUndefined();
    // Many balanced containers one after another are not nested.
    expect(bodyLimitProblem('[a](/b) *c* <em>d</em> '.repeat(5_000))).toBeUndefined();
  });

  test('deep lists and quotes are refused with the depth, the line and the limit', () => {
    expect(bodyLimitProblem(nestedList(100))).toMatch(
      /nests containers 33 levels deep at line 33 \(33 of lists and quotes\); the limit is 32 levels/,
    );
    expect(bodyLimitProblem(`${'>'.repeat(80)} deep`)).toMatch(/the limit is 32 levels/);
    expect(bodyLimitProblem(`${'> '.repeat(80)}deep`)).toMatch(/the limit is 32 levels/);
    expect(bodyLimitProblem(nestedList(20), { maxNesting: 8 })).toMatch(/the limit is 8 levels/);
  });

  test.each([
    ['raw HTML elements', `${'<div>'.repeat(3_000)}x${'</div>'.repeat(3_000)}`, /of HTML elements/],
    ['mixed-case and attributed HTML', `${'<EM class="a">'.repeat(800)}x`, /of HTML elements/],
    ['emphasis', `${'*'.repeat(2_000)}x${'*'.repeat(2_000)}`, /of emphasis/],
    ['alternating emphasis', `${'*a _b '.repeat(1_000)}x`, /of emphasis/],
    ['link brackets', `${'['.repeat(10_000)}x${']'.repeat(10_000)}`, /of links and images/],
    ['images', `${'!['.repeat(5_000)}x${'](/a.png)'.repeat(5_000)}`, /of links and images/],
    [
      'everything at once',
      `${'> '.repeat(10)}${'<span>'.repeat(10)}${'*'.repeat(10)}${'['.repeat(10)}x`,
      /10 of lists and quotes, 10 of HTML elements, 10 of emphasis, \d+ of links and images/,
    ],
  ])('nesting of %s is refused', (_, body, kind) => {
    const problem = bodyLimitProblem(body);
    expect(problem).toMatch(/nests containers \d+ levels deep at line 1/);
    expect(problem).toMatch(kind);
  });

  test('containers opened on one line count too', () => {
    expect(bodyLimitProblem(`${'- '.repeat(100)}x`)).toMatch(/the limit is 32/);
    expect(bodyLimitProblem(`${'> - '.repeat(20)}x`)).toMatch(/the limit is 32/);
    expect(bodyLimitProblem(`${'1. '.repeat(40)}x`)).toMatch(/the limit is 32/);
    // Dashes and numbers inside prose are not markers.
    expect(bodyLimitProblem(`A sentence - with - many - dashes ${'- '.repeat(100)}`)).toBeUndefined();
    expect(bodyLimitProblem('- - - a short list of lists')).toBeUndefined();
  });

  test('emphasis and brackets end with their paragraph; escaped ones do not count', () => {
    expect(bodyLimitProblem(Array.from({ length: 100 }, () => '[unclosed *open').join('\n\n'))).toBeUndefined();
    expect(bodyLimitProblem(`${'\\['.repeat(1_000)} and ${'\\*'.repeat(1_000)}x`)).toBeUndefined();
  });

  test('text inside fenced code does not count', () => {
    expect(bodyLimitProblem(`\`\`\`\n${' '.repeat(400)}x ${'<div>'.repeat(100)}\n\`\`\`\nAfter.`)).toBeUndefined();
    expect(bodyLimitProblem(`~~~\n${' '.repeat(400)}x\n~~~\n${' '.repeat(400)}- y`)).toMatch(/levels deep/);
  });

  test('tags inside code spans do not count; unclosed backticks are text and tags after them do', () => {
    // An article about HTML: every tag it names is in a code span, and none is closed.
    const aboutHtml = Array.from({ length: 40 }, (_, i) => `Tag ${i}: \`<i>\`, \`<b>\` and \`\`<u>\`\`.`).join('\n\n');
    expect(bodyLimitProblem(aboutHtml)).toBeUndefined();
    expect(bodyLimitProblem(`Stray \` then ${'<div>'.repeat(40)}x`)).toMatch(/33 of HTML elements/);
    expect(codeSpanEnds('a `<b>` c')).toEqual(new Map([[2, 6]]));
    expect(codeSpanEnds('a ``x ` y`` c')).toEqual(new Map([[2, 10]]));
    expect(codeSpanEnds('a `x ``y`')).toEqual(new Map([[2, 8]]));
    expect(codeSpanEnds('a `x')).toEqual(new Map([[2, 2]]));
  });

  test('runs of every length, none closing another, are each plain text', () => {
    // Runs of 1, 2, 3… backticks (scanning ahead from each one would cost the square of the line).
    const line = Array.from({ length: 1_500 }, (_, i) => '`'.repeat(i + 1)).join(' ');
    const ends = codeSpanEnds(line);
    expect(ends.size).toBe(1_500);
    expect([...ends].every(([start, end]) => line.slice(start, end + 1) === '`'.repeat(end - start + 1))).toBe(true);
  });

  test('a body over the size limit is refused with its size and the setting to change', () => {
    expect(bodyLimitProblem('x'.repeat(DEFAULT_MAX_BODY_BYTES))).toBeUndefined();
    expect(bodyLimitProblem('x'.repeat(DEFAULT_MAX_BODY_BYTES + 1))).toBe(
      'the body is 2,097,153 bytes; the limit is 2,097,152 bytes: split the article, or raise CLIPPINGS_MAX_BODY_BYTES',
    );
    // Bytes, not characters: 1,000 CJK characters are 3,000 bytes.
    expect(bodyLimitProblem('東'.repeat(1_000), { maxBytes: 2_999 })).toMatch(/the body is 3,000 bytes/);
  });
});

describe('bodyLimitsFrom', () => {
  test('CLIPPINGS_MAX_BODY_BYTES sets the size limit; nothing set keeps the default', () => {
    expect(bodyLimitsFrom({}).maxBytes).toBe(DEFAULT_MAX_BODY_BYTES);
    expect(bodyLimitsFrom({ CLIPPINGS_MAX_BODY_BYTES: '12000000' }).maxBytes).toBe(12_000_000);
    expect(() => bodyLimitsFrom({ CLIPPINGS_MAX_BODY_BYTES: '2MB' })).toThrow(
      /CLIPPINGS_MAX_BODY_BYTES must be a whole number of bytes.*got "2MB"/,
    );
  });
});
