/** Property-based tests: the helpers' promises hold for any input, not just the examples. */
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { daysInMonth, formatDay, parseArticleDate } from '../../src/lib/dates.ts';
import { isCanonicalSlug, slugify } from '../../src/lib/slugs.ts';
import { articlePath, withBase } from '../../src/lib/urls.ts';
import { renderArticleBody } from '../../src/markdown/pipeline.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const anyDay = fc.record({
  year: fc.integer({ min: 1, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
});

describe('slugify', () => {
  test('is idempotent, canonical and URL-safe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const slug = slugify(text);
        expect(slugify(slug)).toBe(slug);
        if (slug !== '') expect(isCanonicalSlug(slug)).toBe(true);
        expect(slug).not.toMatch(/[\s/\\?#%.<>"'`]|^-|-$|--/);
      }),
    );
  });
});

describe('dates', () => {
  test('a day is accepted exactly when it exists, and comes back as written', () => {
    fc.assert(
      fc.property(anyDay, ({ year, month, day }) => {
        const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        const parsed = parseArticleDate(text);
        expect(parsed !== undefined).toBe(day <= daysInMonth(year, month));
        if (parsed) {
          expect(parsed.day).toBe(text);
          const utc = new Date(parsed.timestamp);
          expect([utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()]).toEqual([year, month, day]);
          expect(formatDay(text, 'yyyy-MM-dd')).toBe(text);
        }
      }),
    );
  });

  test('a date-time keeps the calendar day written, whatever its offset', () => {
    fc.assert(
      fc.property(
        anyDay.filter(({ year, month, day }) => day <= daysInMonth(year, month)),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: -12, max: 14 }),
        ({ year, month, day }, hour, offset) => {
          const zone = `${offset < 0 ? '-' : '+'}${pad(Math.abs(offset))}:00`;
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:30:00${zone}`;
          const parsed = parseArticleDate(text);
          expect(parsed?.day).toBe(text.slice(0, 10));
          expect(articlePath(parsed!.day, 'x')).toBe(`/${pad(year, 4)}/${pad(month)}/${pad(day)}/x/`);
          expect(parsed?.timestamp).toBe(Date.parse(text));
        },
      ),
    );
  });
});

describe('withBase', () => {
  test('prefixes site paths once and leaves absolute URLs alone', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 4 }), (baseParts, pathParts) => {
        const base = `/${baseParts.map((p) => `${p}/`).join('')}`;
        const path = `/${pathParts.map((p) => `${p}/`).join('')}`;
        const result = withBase(base, path);
        expect(result).toBe(`${base}${path.slice(1)}`);
        expect(result).not.toContain('//');
        expect(withBase(base, `https://example.org${path}`)).toBe(`https://example.org${path}`);
      }),
    );
  });
});

describe('the sanitizer', () => {
  const payloads = fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '<iframe src=javascript:alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<style>*{}</style>',
    '<div onclick=alert(1)>',
    '<body onload=alert(1)>',
    '<object data=x>',
    '[x](javascript:alert(1))',
    '![x](javascript:alert(1))',
  );
  const filler = fc.string({ maxLength: 20 }).map((text) => text.replace(/[<>&`\\]/g, ' '));
  const tags = fc.constantFrom(
    '',
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<em>',
    '\n\n',
    '> ',
    '- ',
    '<table><tr><td>',
    '<!--',
    '-->',
    '<![CDATA[',
    '"',
    "'",
  );

  test('no mix of payloads, markup and text leaves anything executable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(payloads, filler, tags), { minLength: 1, maxLength: 12 }), async (parts) => {
        const { html } = await renderArticleBody(parts.join(''));
        // Read the output as a browser would: escaped text is harmless, elements and attributes are not.
        visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
          expect(['script', 'style', 'iframe', 'object', 'embed', 'svg', 'body', 'math']).not.toContain(
            element.tagName,
          );
          for (const [name, value] of Object.entries(element.properties)) {
            expect(name).not.toMatch(/^on/i);
            if (name === 'href' || name === 'src')
              expect(String(value)).not.toMatch(/^\s*(javascript|data|vbscript):/i);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
