/**
 * The mistakes of a newcomer's first article, reported at their source: a
 * missing image names the article file and line and says where the file
 * goes; a folder that disagrees with the date is a warning naming the file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, BUILDS, projectRoot } from '../helpers/build.ts';

test('a missing image and a wrong folder are named in the article file', { timeout: 180_000 }, async () => {
  mkdirSync(BUILDS, { recursive: true });
  const articles = join(mkdtempSync(join(BUILDS, 'source-errors-')), 'articles');
  mkdirSync(join(articles, '2025', '06'), { recursive: true });
  const file = join(articles, '2025', '06', 'my-story.md');
  writeFileSync(
    file,
    [
      '---',
      'title: "Harbour dredging to start in March"',
      'date: "2023-02-14"',
      'section: Environment',
      '---',
      '',
      'The quay, before the work:',
      '',
      '![Dredgers at the quay](/images/harbour.jpg)',
      '',
    ].join('\n'),
  );
  const site = await buildFixture({ content: articles });
  const shown = relative(projectRoot, file);
  expect(site.code).not.toBe(0);
  expect(site.output).toContain(
    `${shown}:9 links to /images/harbour.jpg, which is not in the build: add public/images/harbour.jpg, or fix the link`,
  );
  expect(site.output).toContain(`${shown} is in folder 2025/06/ but dated 2023-02-14: move it to 2023/02/`);
});
