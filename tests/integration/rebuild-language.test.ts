/**
 * Incremental builds reuse unchanged pages; a change of the archive's
 * settings (here its language) changes every page, so none may be reused.
 */
import { expect, test } from 'vitest';
import { buildFixture } from '../helpers/build.ts';
import { parsePage } from '../helpers/html.ts';

test('rebuilding in another language renders every page again', { timeout: 300_000 }, async () => {
  const english = await buildFixture({ content: 'tests/fixtures/i18n/fr/articles' });
  expect(english.code, english.output).toBe(0);
  expect(parsePage(await english.read('2024/05/12/marche-du-port/index.html')).text('.site-nav a')).toBe('Latest');
  const french = await buildFixture({
    content: 'tests/fixtures/i18n/fr/articles',
    reuse: english,
    env: { CLIPPINGS_SITE_FILE: 'tests/fixtures/i18n/fr/site.json' },
  });
  expect(french.code, french.output).toBe(0);
  for (const path of ['2024/05/12/marche-du-port/index.html', '2024/05/index.html', 'tags/port/index.html']) {
    expect(parsePage(await french.read(path)).text('.site-nav a'), path).toBe('À la une');
  }
});
