/** Broken archives fail the build with every broken file, its field and what was expected. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from '../helpers/build.ts';

describe('a broken archive', () => {
  test('fails once, naming every broken file, field and expectation', async () => {
    const result = await buildFixture({ content: 'tests/fixtures/broken/articles' });
    expect(result.code).not.toBe(0);
    const out = result.output;
    expect(out).toContain('9 article files have problems');
    const expectations: [file: string, text: string][] = [
      ['2021/impossible-date.md', 'date: expected a date as YYYY-MM-DD or an ISO date-time with offset'],
      ['2021/impossible-date.md', 'got "2021-02-30"'],
      ['2021/quoted-impossible-date.md', 'got "2021-02-29"'],
      ['2021/missing-title.md', 'title: title is required'],
      ['2021/updated-before-date.md', 'updated: must not be before date (2021-05-02)'],
      ['2022/unclosed.md', 'frontmatter is never closed'],
      ['2022/bad-types.md', 'tags: expected a list of tags'],
      ['2022/bad-types.md', 'authors.0: an author name must not be empty'],
      ['2022/bad-types.md', 'source.url: expected an http:// or https:// URL'],
      ['2022/bad-types.md', 'image.src: expected an image path starting with /'],
      ['2022/bad-types.md', 'slug: expected lower-case letters'],
      ['2022/bad-types.md', 'unknown field(s): colour'],
      ['2022/bad-yaml.md', 'frontmatter is not valid YAML'],
      ['2022/section-symbols.md', 'section: section must contain a letter or digit'],
      [
        '2022/too-deep.md',
        'body: the body nests containers 33 levels deep at line 33 (33 of lists and quotes); the limit is 32 levels',
      ],
    ];
    for (const [file, text] of expectations) {
      expect(out).toContain(`tests/fixtures/broken/articles/${file}`);
      const block = out.slice(out.indexOf(`tests/fixtures/broken/articles/${file}`)).split(/\n {2}tests\//)[0];
      expect(block, `${file} should report ${text}`).toContain(text);
    }
    expect(out).not.toContain('fine.md');
    expect(result.has('index.html')).toBe(false);
    // Every file is checked before any body renders: the valid one was not rendered for a build that could not pass.
    expect(readdirSync(join(result.env['CLIPPINGS_CACHE_DIR'] as string, 'article-bodies'))).toEqual([]);
    // Refusals are messages, not crashes: no stack trace under them.
    expect(out).not.toMatch(/Stack trace:|^\s+at .+:\d+:\d+\)?$/m);
  }, 180_000);

  test('two articles on one URL fail the build naming both files', async () => {
    const result = await buildFixture({ content: 'tests/fixtures/duplicate-urls/articles' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /duplicate-urls\/articles\/one\.md\n\s+- slug: \/2022\/03\/01\/same-story\/ is also the URL of tests\/fixtures\/duplicate-urls\/articles\/two\.md/,
    );
    expect(result.output).toMatch(
      /duplicate-urls\/articles\/two\.md\n\s+- slug: \/2022\/03\/01\/same-story\/ is also the URL of tests\/fixtures\/duplicate-urls\/articles\/one\.md/,
    );
    expect(result.output).not.toContain('three.md');
  }, 180_000);
});
