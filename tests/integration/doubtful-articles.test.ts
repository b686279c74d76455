/**
 * Articles that are valid but doubtful are built as written, and the build
 * says what looks wrong with each, naming the file: a body without a word
 * (an import that lost the story), a date after today (a mistyped year); on
 * every build, not only the one that read the file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, BUILDS, projectRoot } from '../helpers/build.ts';

test(
  'an article without body text and one dated after today are built, each named in a warning',
  { timeout: 180_000 },
  async () => {
    mkdirSync(BUILDS, { recursive: true });
    const articles = join(mkdtempSync(join(BUILDS, 'doubtful-')), 'articles');
    const write = (path: string, lines: string[]) => {
      mkdirSync(join(articles, path, '..'), { recursive: true });
      writeFileSync(join(articles, path), [...lines, ''].join('\n'));
    };
    write('2024/03/ferry-timetable.md', [
      '---',
      'title: "Ferry timetable changes"',
      'date: "2024-03-02"',
      'section: Port',
      '---',
      '',
      '<!-- the story was here -->',
    ]);
    write('2099/03/quay-reopens.md', [
      '---',
      'title: "Quay reopens"',
      'date: "2099-03-01"',
      'section: Port',
      '---',
      '',
      'The quay reopened on Monday.',
    ]);
    write('2024/03/harbour-wall.md', [
      '---',
      'title: "Harbour wall rebuilt"',
      'date: "2024-03-05"',
      'section: Port',
      '---',
      '',
      'The wall stands again.',
    ]);
    const site = await buildFixture({ content: articles });
    expect(site.code, site.output).toBe(0);
    const shown = (path: string) => relative(projectRoot, join(articles, path));
    expect(site.output).toContain(
      `${shown('2024/03/ferry-timetable.md')} has no words in its body: was its text lost?`,
    );
    expect(site.output).toContain(`${shown('2099/03/quay-reopens.md')} is dated 2099-03-01, after today`);
    // Only those two: a sound article is not warned of.
    expect(site.output).not.toContain(`${shown('2024/03/harbour-wall.md')} `);
    // Both are built as written.
    expect(await site.read('2024/03/02/ferry-timetable/index.html')).toContain('Ferry timetable changes');
    expect(await site.read('2099/03/01/quay-reopens/index.html')).toContain('The quay reopened on Monday.');
    // Built again with nothing changed (every article from the cache): the warnings are said again.
    const again = await buildFixture({ content: articles, reuse: site });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('0 rendered, 3 unchanged');
    expect(again.output).toContain(
      `${shown('2024/03/ferry-timetable.md')} has no words in its body: was its text lost?`,
    );
    expect(again.output).toContain(`${shown('2099/03/quay-reopens.md')} is dated 2099-03-01, after today`);
    expect(again.output).not.toContain(`${shown('2024/03/harbour-wall.md')} `);
  },
);
