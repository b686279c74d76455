/**
 * The mistakes of a newcomer's first articles, reported at their source in
 * one run: a missing image names the article file and line and says where
 * the file goes, beside another file's broken field and a file not saved as
 * UTF-8; a folder that disagrees with the date is a warning naming the file,
 * given even when the build stops.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, BUILDS, projectRoot } from '../helpers/build.ts';

test('a missing image, a broken field and a wrong folder are named in one run', { timeout: 180_000 }, async () => {
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
  const other = join(articles, '2025', '06', 'second-story.md');
  writeFileSync(
    other,
    ['---', 'title: "Ferry timetable"', 'date: "2025-06-31"', 'section: Transport', '---', '', 'Text.', ''].join('\n'),
  );
  // Saved by an editor in Windows-1252: its é would read as U+FFFD, so the file is refused whole.
  const latin = join(articles, '2025', '06', 'cafe-du-port.md');
  writeFileSync(
    latin,
    Buffer.from(
      ['---', 'title: "Café du port"', 'date: "2025-06-02"', 'section: Ville', '---', '', 'Le café a fermé.', ''].join(
        '\n',
      ),
      'latin1',
    ),
  );
  // Jekyll's extension is an article's too (its missing section names it); a text beside the articles is not built, and is told.
  const jekyll = join(articles, '2025', '06', 'tide-tables.markdown');
  writeFileSync(jekyll, ['---', 'title: "Tide tables"', 'date: "2025-06-03"', '---', '', 'Text.', ''].join('\n'));
  writeFileSync(join(articles, '2025', '06', 'notes.txt'), 'Call the harbour master.\n');
  // A sound article in the wrong folder: warned of even though the build stops for the others.
  const misfiled = join(articles, '2025', '06', 'dredging-begins.md');
  writeFileSync(
    misfiled,
    ['---', 'title: "Dredging begins"', 'date: "2023-02-14"', 'section: Environment', '---', '', 'Text.', ''].join(
      '\n',
    ),
  );
  const site = await buildFixture({ content: articles });
  const shown = relative(projectRoot, file);
  expect(site.code).not.toBe(0);
  expect(site.output).toContain('4 article files have problems');
  expect(site.output).toContain(`${relative(projectRoot, jekyll)}\n    - section: section is required`);
  expect(site.output).toMatch(
    /1 file in \S+\/articles\/ is not an article and not built: 2025\/06\/notes\.txt\. Articles are Markdown files/,
  );
  expect(site.output).toContain(
    `${relative(projectRoot, latin)}\n    - is not UTF-8 text: byte 0xE9 at line 2, column 12 cannot be read; save it as UTF-8`,
  );
  expect(site.output).toContain(
    `${shown}\n    - body: line 9 shows /images/harbour.jpg, which is not in public/: add public/images/harbour.jpg, or fix the link`,
  );
  expect(site.output).toContain(relative(projectRoot, other));
  expect(site.output).toContain('got "2025-06-31"');
  expect(site.output).toContain(
    `${relative(projectRoot, misfiled)} is in folder 2025/06/ but dated 2023-02-14: move it to 2023/02/`,
  );
});
