/**
 * Incremental builds reuse unchanged pages; a change of the archive's
 * settings (here its language) changes every page, so none may be reused.
 * An article that names no language is in the site's: switching the site to
 * French makes it French (its `<html lang>`, which Pagefind stems by).
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUILDS, buildFixture } from '../helpers/build.ts';
import { parsePage } from '../helpers/html.ts';

const UNMARKED = '2023/11/tempete-ciaran.md';
const UNMARKED_PAGE = '2023/11/02/tempete-ciaran/index.html';

test('rebuilding in another language renders every page again', { timeout: 300_000 }, async () => {
  // The French fixture, with one article's `lang: fr` line taken out.
  await mkdir(BUILDS, { recursive: true });
  const content = join(await mkdtemp(join(BUILDS, 'unmarked-')), 'articles');
  await cp('tests/fixtures/i18n/fr/articles', content, { recursive: true });
  const unmarked = join(content, UNMARKED);
  const text = await readFile(unmarked, 'utf8');
  expect(text).toContain('\nlang: fr\n');
  await writeFile(unmarked, text.replace('\nlang: fr\n', '\n'));

  const english = await buildFixture({ content });
  expect(english.code, english.output).toBe(0);
  expect(parsePage(await english.read('2024/05/12/marche-du-port/index.html')).text('.site-nav a')).toBe('Latest');
  expect(parsePage(await english.read(UNMARKED_PAGE)).attr('html', 'lang')).toBe('en');
  const french = await buildFixture({
    content,
    reuse: english,
    env: { CLIPPINGS_SITE_FILE: 'tests/fixtures/i18n/fr/site.json' },
  });
  expect(french.code, french.output).toBe(0);
  for (const path of ['2024/05/12/marche-du-port/index.html', '2024/05/index.html', 'tags/port/index.html']) {
    expect(parsePage(await french.read(path)).text('.site-nav a'), path).toBe('À la une');
  }
  expect(parsePage(await french.read(UNMARKED_PAGE)).attr('html', 'lang')).toBe('fr');
  // Interface labels around the article are French too, with French punctuation.
  expect(await french.read(UNMARKED_PAGE)).toMatch(
    /class="cite-style"[^>]*>Chicago \(17e éd\.\), bibliographie\u202f:</,
  );
  // An article that names its language keeps it whatever the site's.
  expect(parsePage(await french.read('2024/05/20/ferry-timetable/index.html')).attr('html', 'lang')).toBe('en');
});
