/**
 * A broken content/site.json stops the build before anything is written,
 * with one line per field and no stack trace; a failed build leaves no stray folder in dist/.
 * Another archive folder's own site.json, beside its articles, is the one built with.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILDS, buildFixture } from '../helpers/build.ts';
import { parsePage } from '../helpers/html.ts';

describe('archive settings', () => {
  test(
    'a missing publisher and an unknown key fail the build, one line each, and leave no dist/',
    { timeout: 180_000 },
    async () => {
      const result = await buildFixture({
        content: 'tests/fixtures/basic/articles',
        env: { CLIPPINGS_SITE_FILE: 'tests/fixtures/site-settings/broken-site.json' },
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'tests/fixtures/site-settings/broken-site.json has 2 problems:\n  - publisher: is required: who published the articles',
      );
      expect(result.output).toContain(
        '  - unknown field(s): colour; the fields are title, description, lang and publisher',
      );
      expect(result.output).not.toContain('TypeError');
      // The message and its hint alone: a stack trace into our code would only hide which field to fix.
      expect(result.output).not.toMatch(/Stack trace:|^\s+at .+:\d+:\d+\)?$/m);
      expect(existsSync(result.dist)).toBe(false);
    },
  );

  test(
    'an archive folder laid out as content/ is built with its own site.json, and one without is warned about',
    { timeout: 300_000 },
    async () => {
      const archive = await mkdtemp(join(BUILDS, 'own-archive-'));
      await cp('tests/fixtures/basic/articles', join(archive, 'articles'), { recursive: true });
      const settings = {
        title: 'Archives du Port',
        description: 'Le port, jour après jour.',
        lang: 'fr',
        publisher: 'Le Port',
      };
      await writeFile(join(archive, 'site.json'), JSON.stringify(settings));
      const own = await buildFixture({ content: join(archive, 'articles') });
      expect(own.code, own.output).toBe(0);
      const home = await own.read('index.html');
      expect(home).toMatch(/<html lang="fr"/);
      expect(home).toContain('Archives du Port');
      expect(own.output).not.toContain('has no site.json');

      const bare = await buildFixture({ content: 'tests/fixtures/basic/articles' });
      expect(bare.code, bare.output).toBe(0);
      expect(bare.output).toMatch(/has no site\.json in it or beside it: .* come from content\/site\.json/);
    },
  );

  test(
    'an archive in a language without an interface table: the interface is English and says so, the articles keep theirs',
    { timeout: 300_000 },
    async () => {
      const archive = await mkdtemp(join(BUILDS, 'untranslated-'));
      await cp('tests/fixtures/basic/articles', join(archive, 'articles'), { recursive: true });
      // Pashto, written right to left, has no table.
      const settings = { title: 'د بندر آرشیف', description: 'د بندر خبرونه', lang: 'ps', publisher: 'د بندر ورځپاڼه' };
      await writeFile(join(archive, 'site.json'), JSON.stringify(settings));
      const built = await buildFixture({ content: join(archive, 'articles') });
      expect(built.code, built.output).toBe(0);
      expect(built.output).toContain('no interface translation for "ps": the interface is in English');
      // A listing is interface: English, marked so and laid out left to right as English is; the archive's name and
      // its articles (Pashto, as they declare none) are marked with their own language and direction, the French
      // one with its own.
      const home = parsePage(await built.read('index.html'));
      expect(home.all('html')[0]?.properties).toMatchObject({ lang: 'en', dir: 'ltr' });
      expect(home.all('.site-title')[0]?.properties).toMatchObject({ lang: 'ps', dir: 'rtl' });
      const listed = home.all('main [lang]').map((item) => [item.properties['lang'], item.properties['dir']]);
      expect(listed).toContainEqual(['ps', 'rtl']);
      expect(listed).toContainEqual(['fr', 'ltr']);
      // The sections' names are the archive's words, in the sections' blocks and in every listed article's kicker.
      for (const link of [...home.all('.section-block h2 a'), ...home.all('.article-list .kicker a')])
        expect(link.properties, String(link.properties['href'])).toMatchObject({ lang: 'ps', dir: 'rtl' });
      expect(home.all('.article-list .kicker a').length).toBeGreaterThan(0);
      // Names, in whatever script they are written, are set apart, so "(2)" stays after "Environment" or "محیط زیست".
      const sections = parsePage(await built.read('sections/index.html'));
      const names = sections.all('.facet-index a').map((link) => link.properties['dir']);
      expect(names.length).toBeGreaterThan(0);
      expect(names.every((dir) => dir === 'auto')).toBe(true);
      // The search reads dates typed in From and To as the archive's readers write them, in Pashto.
      const search = parsePage(await built.read('search/index.html'));
      expect(search.all('#search-form')[0]?.properties['dataDatesLang']).toBe('ps');
      // An article page is its article's language, right to left, the interface around it English, left to right.
      const article = parsePage(await built.read('2021/03/14/orchard-market/index.html'));
      expect(article.all('html')[0]?.properties).toMatchObject({ lang: 'ps', dir: 'ltr' });
      expect(article.all('article.article')[0]?.properties).toMatchObject({ lang: 'ps', dir: 'rtl' });
      expect(article.all('header.masthead')[0]?.properties['lang']).toBe('en');
      // Its section's name is the archive's word, in the English-marked kicker.
      expect(article.all('.kicker a')[0]?.properties).toMatchObject({ lang: 'ps', dir: 'rtl' });
      // So are its tags.
      const tags = article.all('.tags a');
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag.properties).toMatchObject({ lang: 'ps', dir: 'rtl' });
      expect(article.all('footer.site-footer')[0]?.properties['lang']).toBe('en');
      // The archive's name and description in it are its own words.
      expect(article.all('footer.site-footer p')[0]?.properties).toMatchObject({ lang: 'ps', dir: 'rtl' });
    },
  );
});
